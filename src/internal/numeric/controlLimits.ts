import type { ReadBaseline } from '../checks/controlChart.js';
import { checkFinite, checkPositive, fail } from '../checks/validate.js';
import type { ControlChartPoint, RunRule } from '../types/controlChart.js';
import { runRuleSignals } from './runRules.js';

/**
 * The centre and σ of an individuals series from its baseline's values, `x[start]` to
 * `x[end − 1]`: the mean, and the average moving range over d₂ = 1.128 (Wheeler; Montgomery
 * §6.4), which leaves out the shifts a chart looks for. Fails (`OUT_OF_RANGE` on the baseline's
 * field) for fewer than 2 points, no variation, or sums that overflow.
 */
export function baselineOfIndividuals(
  metric: string,
  baseline: Extract<ReadBaseline, { kind: 'points' }>,
  x: readonly number[],
): { centre: number; averageMovingRange: number; sigma: number } {
  const { start, end, field, received } = baseline;
  const points = end - start;
  if (points < 2) fail(metric, field, 'OUT_OF_RANGE', `at least 2 points (one moving range); this baseline has ${String(points)}`, received);
  let sum = 0;
  let ranges = 0;
  for (let index = start; index < end; index++) {
    sum += x[index]!;
    if (index > start) ranges += Math.abs(x[index]! - x[index - 1]!);
  }
  const centre = sum / points;
  const averageMovingRange = ranges / (points - 1);
  if (averageMovingRange === 0) fail(metric, field, 'OUT_OF_RANGE', 'a baseline whose values vary (its moving ranges are all 0)', received);
  const sigma = averageMovingRange / 1.128;
  if (!Number.isFinite(centre) || !Number.isFinite(3 * averageMovingRange)) fail(metric, field, 'OUT_OF_RANGE', 'a baseline whose mean and moving ranges are finite', received);
  return { centre, averageMovingRange, sigma };
}

/**
 * The centre and σ of an individuals-type chart (XmR, EWMA, CUSUM): from its baseline's values
 * ({@link baselineOfIndividuals}), or the fixed `{ centre, sigma }`. Fails (`OUT_OF_RANGE`) when
 * centre ± `width`·σ, the farthest the chart reaches, is not finite.
 */
export function meanAndSigma(metric: string, baseline: ReadBaseline, x: readonly number[], width: number): { centre: number; sigma: number; averageMovingRange: number | null } {
  const found =
    baseline.kind === 'points'
      ? baselineOfIndividuals(metric, baseline, x)
      : { centre: checkFinite(metric, 'options.baseline.centre', baseline.values['centre']), sigma: checkPositive(metric, 'options.baseline.sigma', baseline.values['sigma']), averageMovingRange: null };
  if (!Number.isFinite(found.centre + width * found.sigma) || !Number.isFinite(found.centre - width * found.sigma)) {
    if (baseline.kind === 'points') fail(metric, baseline.field, 'OUT_OF_RANGE', 'a baseline whose limits are finite', baseline.received);
    fail(metric, 'options.baseline.sigma', 'OUT_OF_RANGE', 'a baseline whose limits are finite', baseline.values['sigma']);
  }
  return found;
}

/**
 * The points of an attribute chart (p, u) around `centre`: each value's sampling σ (`sampling`),
 * widened with `laney` by Laney's σ_z — the moving-range σ of the baseline's standardised values
 * zᵢ = (vᵢ − centre)/σᵢ ({@link baselineOfIndividuals}), or the fixed `baseline.sigmaZ` — and its
 * limits centre ± 3σ, clipped at 0 and at `ceiling`; run rules read z = (v − centre)/σ.
 */
export function attributeChartPoints(
  metric: string,
  baseline: ReadBaseline,
  laney: boolean,
  values: readonly number[],
  centre: number,
  sampling: readonly number[],
  rules: readonly RunRule[],
  ceiling: number,
): { sigmaZ: number | null; points: ControlChartPoint[] } {
  let sigmaZ: number | null = null;
  if (laney) {
    sigmaZ =
      baseline.kind === 'points'
        ? baselineOfIndividuals(metric, baseline, values.map((value, index) => (value - centre) / sampling[index]!)).sigma
        : checkPositive(metric, 'options.baseline.sigmaZ', baseline.values['sigmaZ']);
  }
  const sigmas = sampling.map((sigma) => sigma * (sigmaZ ?? 1));
  if (sigmas.some((sigma) => !Number.isFinite(centre + 3 * sigma))) {
    if (baseline.kind === 'points') fail(metric, baseline.field, 'OUT_OF_RANGE', 'a σ_z whose limits are finite', baseline.received);
    fail(metric, 'options.baseline.sigmaZ', 'OUT_OF_RANGE', 'a σ_z whose limits are finite', baseline.values['sigmaZ']);
  }
  const signals = runRuleSignals(values, values.map((value, index) => (value - centre) / sigmas[index]!), rules);
  return {
    sigmaZ,
    points: values.map((value, index) => ({
      value,
      centre,
      lower: Math.max(0, centre - 3 * sigmas[index]!),
      upper: Math.min(ceiling, centre + 3 * sigmas[index]!),
      sigma: sigmas[index]!,
      signals: signals[index]!,
    })),
  };
}
