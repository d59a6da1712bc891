import { fail } from './validate.js';

/**
 * A label that names a group (a channel, a category, a cause): a non-empty string. `''` is
 * rejected (`OUT_OF_RANGE`) because a blank cell in an export usually means "unknown": map it
 * to `null` to skip the row, or to a name of its own to count it.
 */
export function checkLabel(metric: string, field: string, value: unknown, what: string): string {
  if (typeof value !== 'string') fail(metric, field, 'WRONG_TYPE', `${what}: a non-empty string, or null for none`, value);
  if (value === '') fail(metric, field, 'OUT_OF_RANGE', `${what}: a non-empty string, or null for none`, value);
  return value;
}
