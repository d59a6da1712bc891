/**
 * Tests that mutation testing found missing in serviceLevel.ts: the bounds between a summary's
 * counts, at and past their limits, and the texts of their errors.
 */
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { serviceLevelFromSummary } from '../index.js';

// 100 answered (80 within the threshold), 20 abandoned (8 within the threshold).
const base = { answered: 100, answeredWithinThreshold: 80, abandoned: 20, abandonedWithinThreshold: 8 };
const metric = 'serviceLevelFromSummary';

describe('serviceLevelFromSummary: counts against each other', () => {
  test('abandonedWithinThreshold at most abandoned', () => {
    // Abandons within the threshold met (the variant counts them as met): (80 + 20) / 120.
    expect(serviceLevelFromSummary({ ...base, abandonedWithinThreshold: 20 }, { variant: 'abandonedWithinThresholdAsMet' })).toBeCloseTo((100 * 100) / 120, 12);
    const error = expectMetricError(() => serviceLevelFromSummary({ ...base, abandonedWithinThreshold: 21 }), { metric, field: 'summary.abandonedWithinThreshold', code: 'INCONSISTENT' });
    expect(error.expected).toBe('at most abandoned (20)');
  });

  test('shortAbandoned at most abandonedWithinThreshold, or abandoned when that is absent', () => {
    expect(() => serviceLevelFromSummary({ ...base, shortAbandoned: 8 })).not.toThrow();
    const within = expectMetricError(() => serviceLevelFromSummary({ ...base, shortAbandoned: 9 }), { metric, field: 'summary.shortAbandoned', code: 'INCONSISTENT' });
    expect(within.expected).toBe('at most abandonedWithinThreshold (8): a short abandon is shorter than the threshold');
    const without = { answered: 100, answeredWithinThreshold: 80, abandoned: 20 };
    expect(() => serviceLevelFromSummary({ ...without, shortAbandoned: 20 })).not.toThrow();
    const all = expectMetricError(() => serviceLevelFromSummary({ ...without, shortAbandoned: 21 }), { metric, field: 'summary.shortAbandoned', code: 'INCONSISTENT' });
    expect(all.expected).toBe('at most abandoned (20)');
  });

  test('abandonedWaitUnknown at most abandoned − abandonedWithinThreshold, and 0 for the variants that need every wait', () => {
    expect(() => serviceLevelFromSummary({ ...base, abandonedWaitUnknown: 12 })).not.toThrow();
    const over = expectMetricError(() => serviceLevelFromSummary({ ...base, abandonedWaitUnknown: 13 }), { metric, field: 'summary.abandonedWaitUnknown', code: 'INCONSISTENT' });
    expect(over.expected).toBe('at most abandoned − abandonedWithinThreshold (12): an abandon within the threshold has a known wait');
    const needs = expectMetricError(() => serviceLevelFromSummary({ ...base, abandonedWaitUnknown: 1 }, { variant: 'ignoreAbandonedWithinThreshold' }), {
      metric, field: 'summary.abandonedWaitUnknown', code: 'INCONSISTENT',
    });
    expect(needs.expected).toBe("0: the variant 'ignoreAbandonedWithinThreshold' needs every abandoned contact's wait");
  });

  test('thresholds: a short abandon threshold at most the threshold, and options that agree with the summary', () => {
    expect(() => serviceLevelFromSummary({ ...base, thresholdSeconds: 20, shortAbandonSeconds: 20 })).not.toThrow();
    const short = expectMetricError(() => serviceLevelFromSummary({ ...base, thresholdSeconds: 20, shortAbandonSeconds: 21 }), {
      metric, field: 'summary.shortAbandonSeconds', code: 'INCONSISTENT',
    });
    expect(short.expected).toBe('at most thresholdSeconds (20): a short abandon is shorter than the threshold');
    expect(() => serviceLevelFromSummary({ ...base, thresholdSeconds: 20 }, { thresholdSeconds: 20 } as never)).not.toThrow();
    const other = expectMetricError(() => serviceLevelFromSummary({ ...base, thresholdSeconds: 20 }, { thresholdSeconds: 30 } as never), {
      metric, field: 'options.thresholdSeconds', code: 'INCONSISTENT',
    });
    expect(other.expected).toBe('summary.thresholdSeconds (20)');
    const unknown = expectMetricError(() => serviceLevelFromSummary({ ...base, thresholdSeconds: 20, shortAbandonSeconds: 5, shortAbandoned: 0, abandonedWaitUnknown: 1 }), {
      metric, field: 'summary.abandonedWaitUnknown', code: 'INCONSISTENT',
    });
    expect(unknown.expected).toBe('0 when summary.shortAbandonSeconds > 0: a short abandon needs its wait');
  });
});
