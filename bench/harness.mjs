// A small benchmark harness: the project and a baseline are measured in the same run,
// interleaved round by round so that both see the same machine, and the ratio of their median
// times is printed. Absolute times on shared machines mean little; the ratio is the result.

/** The library under test: the built package, or another build given by BENCH_DIST. */
export async function loadLibrary() {
  const path = process.env.BENCH_DIST ?? new URL('../dist/index.js', import.meta.url).href;
  return import(path.startsWith('/') ? `file://${path}` : path);
}

/** A seeded pseudo-random generator (mulberry32), so every run benchmarks the same data. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let sink; // keeps results alive so no call is optimised away

/** Milliseconds per call of `run`, calling it `calls` times in a row. */
function sample(run, calls) {
  const started = performance.now();
  for (let i = 0; i < calls; i++) sink = run();
  return (performance.now() - started) / calls;
}

/** How many calls make one sample last at least `minSampleMs`. */
function callsPerSample(run, minSampleMs) {
  let calls = 1;
  while (sample(run, calls) * calls < minSampleMs && calls < 1e7) calls *= 2;
  return calls;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function formatTime(ms) {
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  if (ms >= 1e-3) return `${(ms * 1e3).toFixed(2)} µs`;
  return `${(ms * 1e6).toFixed(1)} ns`;
}

/**
 * Measures `project` and `baseline` interleaved over `rounds` rounds and prints one line:
 * the median time per call of each and their ratio (project ÷ baseline). With `target`, the
 * line says whether the ratio meets it (`≤ target` when `lowerIsBetter`, the default).
 */
export function compare(title, { project, baseline, rounds = 15, minSampleMs = 30, target, targetLabel }) {
  for (let i = 0; i < 3; i++) {
    sink = project();
    sink = baseline();
  }
  const projectCalls = callsPerSample(project, minSampleMs);
  const baselineCalls = callsPerSample(baseline, minSampleMs);
  const projectTimes = [];
  const baselineTimes = [];
  for (let round = 0; round < rounds; round++) {
    projectTimes.push(sample(project, projectCalls));
    baselineTimes.push(sample(baseline, baselineCalls));
  }
  const projectMs = median(projectTimes);
  const baselineMs = median(baselineTimes);
  const ratio = projectMs / baselineMs;
  const verdict = target === undefined ? '' : ratio <= target ? `  meets ${targetLabel ?? `≤ ${target}×`}` : `  MISSES ${targetLabel ?? `≤ ${target}×`}`;
  console.log(
    `${title}\n  service-metrics ${formatTime(projectMs)}   baseline ${formatTime(baselineMs)}   ratio ${ratio.toFixed(3)}×${verdict}`,
  );
  return { projectMs, baselineMs, ratio, sink };
}
