import { checkFinite, checkPositive, fail } from '../checks/validate.js';

/**
 * The centre and σ of an individuals series from its first `points` values: the mean, and the
 * average moving range over d₂ = 1.128 (Wheeler; Montgomery §6.4), which leaves out the shifts
 * a chart looks for. Fails (`OUT_OF_RANGE` on `field`) for fewer than 2 points, no variation,
 * or sums that overflow.
 */
export function baselineOfIndividuals(metric: string, field: string, x: readonly number[], points: number): { centre: number; averageMovingRange: number; sigma: number } {
  if (points < 2) fail(metric, field, 'OUT_OF_RANGE', 'at least 2 points (one moving range)', points);
  let sum = 0;
  let ranges = 0;
  for (let index = 0; index < points; index++) {
    sum += x[index]!;
    if (index > 0) ranges += Math.abs(x[index]! - x[index - 1]!);
  }
  const centre = sum / points;
  const averageMovingRange = ranges / (points - 1);
  if (averageMovingRange === 0) fail(metric, field, 'OUT_OF_RANGE', 'a baseline whose values vary (its moving ranges are all 0)', points);
  const sigma = averageMovingRange / 1.128;
  if (!Number.isFinite(centre) || !Number.isFinite(3 * averageMovingRange)) fail(metric, field, 'OUT_OF_RANGE', 'a baseline whose mean and moving ranges are finite', points);
  return { centre, averageMovingRange, sigma };
}

/**
 * The centre and σ of an individuals-type chart (XmR, EWMA, CUSUM): from its baseline's first
 * `points` values ({@link baselineOfIndividuals}), or the fixed `{ centre, sigma }`. Fails
 * (`OUT_OF_RANGE`) when centre ± `width`·σ, the farthest the chart reaches, is not finite.
 */
export function meanAndSigma(
  metric: string,
  baseline: number | Readonly<Record<string, unknown>>,
  x: readonly number[],
  width: number,
): { centre: number; sigma: number; averageMovingRange: number | null } {
  const found =
    typeof baseline === 'number'
      ? baselineOfIndividuals(metric, 'options.baseline.points', x, baseline)
      : { centre: checkFinite(metric, 'options.baseline.centre', baseline['centre']), sigma: checkPositive(metric, 'options.baseline.sigma', baseline['sigma']), averageMovingRange: null };
  if (!Number.isFinite(found.centre + width * found.sigma) || !Number.isFinite(found.centre - width * found.sigma)) {
    fail(metric, typeof baseline === 'number' ? 'options.baseline.points' : 'options.baseline.sigma', 'OUT_OF_RANGE', 'a baseline whose limits are finite', typeof baseline === 'number' ? baseline : baseline['sigma']);
  }
  return found;
}
