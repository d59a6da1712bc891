import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { retentionRate } from '../index.js';

/** Consistent counts built from their parts: CS ≥ 1 at the start, `kept` of them stay, `joined` join. */
const consistent = fc
  .record({ start: fc.integer({ min: 1, max: 1_000_000 }), keptShare: fc.double({ min: 0, max: 1, noNaN: true }), joined: fc.nat(1_000_000) })
  .map(({ start, keptShare, joined }) => {
    const kept = Math.floor(keptShare * start);
    return { kept, counts: { customersAtStart: start, customersAtEnd: kept + joined, newCustomers: joined } };
  });

describe('retentionRate properties', () => {
  test.prop([consistent])('equals kept / start × 100 and stays in 0–100', ({ kept, counts }) => {
    const result = retentionRate(counts);
    // Independent: the share of the start base that stayed, from the parts the counts were built from.
    expect(result).toBeCloseTo((kept / counts.customersAtStart) * 100, 10);
    expect(result).toBeGreaterThanOrEqual(0);
    expect(result).toBeLessThanOrEqual(100);
  });

  test.prop([consistent, fc.nat(1000)])('new customers who stay do not change it', ({ counts }, extra) => {
    const more = { ...counts, customersAtEnd: counts.customersAtEnd + extra, newCustomers: counts.newCustomers + extra };
    expect(retentionRate(more)).toBe(retentionRate(counts));
  });

  test.prop([consistent])('one more customer kept never lowers it', ({ kept, counts }) => {
    fc.pre(kept < counts.customersAtStart);
    expect(retentionRate({ ...counts, customersAtEnd: counts.customersAtEnd + 1 })).toBeGreaterThan(retentionRate(counts));
  });

  test.prop([consistent, fc.integer({ min: 1, max: 1000 })])('more kept than the start base is always INCONSISTENT', ({ counts }, over) => {
    const tooMany = { ...counts, customersAtEnd: counts.customersAtStart + counts.newCustomers + over };
    expectMetricError(() => retentionRate(tooMany), { metric: 'retentionRate', code: 'INCONSISTENT', field: 'counts.customersAtEnd' });
  });
});
