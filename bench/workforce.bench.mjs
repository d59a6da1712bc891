// Workforce planning beyond Erlang C, each against a baseline measured in the same run:
// - Erlang B staffing (linesRequired) against the textbook loop: one pass of the recurrence from
//   0 lines, stopping at the first N whose blocking meets the target;
// - its inverse (trafficCapacity) against bisection on the traffic with that full pass at each step;
// - fitting exponential smoothing (exponentialSmoothing, model chosen by AICc) against the
//   fixed-parameter Holt–Winters forecast (forecastVolume) on the same series: the cost of fitting;
// - staffing with the lagged offered load against the stationary per-interval method.
// No target is set for these: the lines say what each costs.
import { compare, formatTime, loadLibrary, seededRandom } from './harness.mjs';

const { exponentialSmoothing, forecastVolume, linesRequired, staffingPlan, trafficCapacity } = await loadLibrary();

/** Erlang B by one pass of its recurrence from 0 lines, up to the first N with B(N) ≤ target. */
function textbookLines(traffic, blocking) {
  let b = 1;
  for (let lines = 1; ; lines++) {
    b = (traffic * b) / (lines + traffic * b);
    if (b <= blocking) return lines;
  }
}

/** Erlang B of `lines` by the full recurrence, and the traffic at `blocking` by 100 bisection steps. */
function bisectedCapacity(lines, blocking) {
  const erlangB = (traffic) => {
    let b = 1;
    for (let n = 1; n <= lines; n++) b = (traffic * b) / (n + traffic * b);
    return b;
  };
  let low = 0;
  let high = 2 * lines + 10;
  for (let step = 0; step < 100; step++) {
    const middle = (low + high) / 2;
    if (erlangB(middle) > blocking) high = middle;
    else low = middle;
  }
  return low;
}

for (const traffic of [100, 10_000, 100_000]) {
  const project = () => linesRequired({ trafficErlangs: traffic, blocking: 0.01 }).lines;
  const baseline = () => textbookLines(traffic, 0.01);
  if (project() !== baseline()) throw new Error(`linesRequired and the textbook loop disagree at ${traffic} Erlangs`);
  console.log(`Lines required, Erlang B, ${traffic.toLocaleString('en')} Erlangs at 1 % blocking (${project()} lines)`);
  const result = compare('  vs one pass of the recurrence from 0 lines', { project, baseline, rounds: 9 });
  console.log(`  ${formatTime(result.projectMs)} per call`);
}

for (const lines of [15, 1000, 100_000]) {
  const project = () => trafficCapacity({ lines, blocking: 0.01 });
  const baseline = () => bisectedCapacity(lines, 0.01);
  if (Math.abs(project() - baseline()) > 1e-6 * project()) throw new Error(`trafficCapacity and bisection disagree at ${lines} lines`);
  console.log(`Traffic carried, Erlang B, ${lines.toLocaleString('en')} lines at 1 % blocking (${project().toFixed(3)} Erlangs)`);
  const result = compare('  vs bisection on the traffic, the full recurrence at each step', { project, baseline, rounds: lines > 1000 ? 5 : 9 });
  console.log(`  ${formatTime(result.projectMs)} per call`);
}

// Four years of a monthly series with trend and seasonality, and four weeks of half-hours with a
// daily and a weekly cycle, from a seeded generator.
const random = seededRandom(15);
const monthly = Array.from({ length: 48 }, (_, t) => 200 + 2 * t + 40 * Math.sin((2 * Math.PI * t) / 12) + 10 * (random() - 0.5));
const halfHours = Array.from({ length: 4 * 336 }, (_, t) => {
  const day = Math.max(0, Math.sin((Math.PI * (t % 48)) / 48));
  const weekday = Math.floor(t / 48) % 7 < 5 ? 1 : 0.4;
  return 20 + 200 * day * weekday + 10 * (random() - 0.5);
});
{
  const project = () => exponentialSmoothing(monthly, { seasonLength: 12, horizon: 12 }).forecast[0];
  const baseline = () => forecastVolume(monthly, { seasonLength: 12, horizon: 12, method: 'holtWinters' })[0];
  console.log(`Exponential smoothing, 48 months, season 12, model by AICc (${exponentialSmoothing(monthly, { seasonLength: 12 }).model})`);
  const result = compare('  vs the fixed-parameter Holt–Winters forecast (forecastVolume)', { project, baseline, rounds: 5, minSampleMs: 100 });
  console.log(`  ${formatTime(result.projectMs)} per fit`);
}
{
  const options = { seasonLength: 48, secondSeasonLength: 336, horizon: 48, model: 'ANA' };
  const project = () => exponentialSmoothing(halfHours, options).forecast[0];
  const baseline = () => forecastVolume(halfHours, { seasonLength: 336, horizon: 48, method: 'holtWinters' })[0];
  console.log('Exponential smoothing, 4 weeks of half-hours, seasons 48 and 336 (ANA)');
  const result = compare('  vs the fixed-parameter Holt–Winters forecast (forecastVolume, weekly season)', { project, baseline, rounds: 3, minSampleMs: 200 });
  console.log(`  ${formatTime(result.projectMs)} per fit`);
}

{
  // A day of 48 half-hours whose volume rises and falls quickly, 100 to 2,000 calls per interval.
  const day = Array.from({ length: 48 }, (_, i) => ({ contacts: Math.round(100 + 1900 * Math.max(0, Math.sin((Math.PI * (i - 12)) / 24))), averageHandleSeconds: 300 }));
  const targets = { intervalSeconds: 1800, serviceLevel: 80, thresholdSeconds: 20 };
  const project = () => staffingPlan(day, { ...targets, offeredLoad: 'lagged' }).length;
  const baseline = () => staffingPlan(day, targets).length;
  console.log('Staffing plan, 48 half-hours of 100 to 2,000 calls, 80 % in 20 s');
  const result = compare('  lagged offered load vs stationary per interval', { project, baseline, rounds: 7 });
  console.log(`  ${formatTime(result.projectMs)} per day`);
}
