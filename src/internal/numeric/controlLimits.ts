import { fail } from '../checks/validate.js';

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
