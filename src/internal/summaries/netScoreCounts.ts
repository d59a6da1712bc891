import { addCounts } from './addCounts.js';
import { checkCount, checkObject, fail } from '../checks/validate.js';

/**
 * The counts of a net score's summary: its three classes (`promoters`, `passives`, `detractors`
 * for NPS; `positive`, `neutral`, `negative` for NEV) and the answers left blank.
 */
export type NetScoreCounts<K extends string> = Readonly<Record<K | 'unanswered', number>>;

/**
 * Reads a net score's counts object named `field`: the three classes `names` and the optional
 * `unanswered` (0 when absent), each a whole number from 0 to 2⁵³ − 1 (errors name
 * `field.promoters`…). All zero is allowed, as in a summary to merge.
 */
export function readNetScoreCounts<K extends string>(
  metric: string,
  field: string,
  value: unknown,
  names: readonly [K, K, K],
): NetScoreCounts<K> {
  const object = checkObject(metric, field, value);
  const counts: Partial<Record<K | 'unanswered', number>> = {};
  for (const name of names) counts[name] = checkCount(metric, `${field}.${name}`, object[name]);
  const unanswered = object['unanswered'];
  counts.unanswered = unanswered === undefined ? 0 : checkCount(metric, `${field}.unanswered`, unanswered);
  return counts as NetScoreCounts<K>;
}

/**
 * Merges two net-score summaries `a` and `b` for `metric`: each count the sum of the two
 * (`OUT_OF_RANGE` on `b.<name>` for a total past 2⁵³ − 1), `unanswered` always present.
 */
export function mergeNetScoreCounts<K extends string>(metric: string, a: unknown, b: unknown, names: readonly [K, K, K]): NetScoreCounts<K> {
  const left = readNetScoreCounts(metric, 'a', a, names);
  const right = readNetScoreCounts(metric, 'b', b, names);
  const merged: Partial<Record<K | 'unanswered', number>> = {};
  for (const name of [...names, 'unanswered' as const]) merged[name] = addCounts(metric, `b.${name}`, left[name], right[name]);
  return merged as NetScoreCounts<K>;
}

/**
 * The net score of a net score's counts, from −100 to 100: 100 × (first class − last class) /
 * (all three); `EMPTY` on `field` (received 0) when there is no answer.
 */
export function netScore(metric: string, field: string, positive: number, neutral: number, negative: number): number {
  const answered = positive + neutral + negative;
  // The count, not the counts object: "received 0" says what was missing.
  if (answered === 0) fail(metric, field, 'EMPTY', 'at least one answer', answered);
  // 100 × (an integer) is exact, so the one division rounds correctly.
  return (100 * (positive - negative)) / answered;
}
