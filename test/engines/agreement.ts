/**
 * Helpers of the property tests that compare a summary computed by SQL with the JavaScript
 * summary of the same rows: random rows, grouped the same way on both sides.
 */
import { fc } from '@fast-check/vitest';
import { periodKey, type Period } from '../../src/index.js';
import type { SummaryRow } from '../../src/sql/index.js';

/** Instants around the 2026 daylight-saving changes of Europe and North America, and midnights. */
export const INSTANTS = [
  '2026-03-08T06:59:59Z', '2026-03-08T07:00:00Z', '2026-03-29T00:59:59Z', '2026-03-29T01:00:00Z',
  '2026-03-29T22:30:00Z', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-11-01T05:30:00Z',
  '2026-11-01T06:30:00Z', '2026-12-31T23:30:00Z', '2027-01-01T00:30:00Z', '2026-06-30T22:00:00Z',
].map((time) => new Date(time));

/** A time: one of the instants above, shifted by up to a day either way. */
export const instant = fc
  .tuple(fc.constantFrom(...INSTANTS), fc.integer({ min: -86_400, max: 86_400 }))
  .map(([base, seconds]) => new Date(base.getTime() + seconds * 1000));

/** A group value: a few channels, or NULL. */
export const channel = fc.constantFrom('phone', 'chat', 'email', null);

/** The key of a SQL summary row, as `key(channel, period)` writes it. */
export function sqlKey(row: SummaryRow<unknown>): string {
  return key(row.groups['channel'] ?? null, row.period);
}

export function key(group: unknown, period?: string): string {
  return JSON.stringify([group, period ?? null]);
}

/** Rows grouped by channel and the period of `at` in `timeZone`, as the SQL groups them. */
export function groupRows<T extends { channel: string | null; at: Date }>(rows: readonly T[], period: Period, timeZone: string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const id = key(row.channel, periodKey(row.at, period, { timeZone }));
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  return groups;
}

/** `a` and `b` equal to `relative` of their size (1e-12 by default), for sums and means that engines add in another order. */
export function closeTo(a: number, b: number, relative = 1e-12): boolean {
  return Math.abs(a - b) <= relative * Math.max(1, Math.abs(a), Math.abs(b));
}
