import { fail } from '../checks/validate.js';

/**
 * `a + b` for two safe integers taken from the two summaries of a merge: counts, or the signed
 * sums of whole-number scores. The total must be a safe integer too (within ±(2⁵³ − 1)), past
 * which a double no longer counts one by one and a later read of the merged summary would reject
 * it: otherwise `OUT_OF_RANGE` on `field`, the b side of the pair (`b.promoters`).
 */
export function addCounts(metric: string, field: string, a: number, b: number): number {
  const sum = a + b;
  // Both are safe integers: a total within ±(2⁵³ − 1) is exact, one beyond rounds to 2⁵³ or more.
  if (!Number.isSafeInteger(sum)) {
    fail(metric, field, 'OUT_OF_RANGE', `a whole number that, added to a's ${String(a)}, stays within ±(2⁵³ − 1)`, b);
  }
  return sum;
}
