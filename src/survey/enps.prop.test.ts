import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { MetricInputError, enps, enpsFromSummary, nps, npsFromSummary } from '../index.js';

const score = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null));
const breaks = fc
  .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 9 }))
  .filter(([from, upTo]) => upTo < from)
  .map(([promotersFrom, detractorsUpTo]) => ({ promotersFrom, detractorsUpTo }));

/** The value, or the error's code and field, of a call. */
function outcome(run: () => number): unknown {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof MetricInputError)) throw error;
    return { code: error.code, field: error.field, expected: error.expected };
  }
}

describe('enps properties', () => {
  test.prop([fc.array(score, { maxLength: 100 }), breaks])('eNPS = NPS, for any answers and breaks', (scores, options) => {
    expect(outcome(() => enps(scores, options))).toStrictEqual(outcome(() => nps(scores, options)));
    expect(outcome(() => enps(scores.map((s) => ({ s })), (row) => row.s))).toStrictEqual(outcome(() => nps(scores)));
  });

  test.prop([fc.array(fc.anything(), { maxLength: 20 })])('eNPS fails exactly where NPS fails, with the same code and field', (values) => {
    expect(outcome(() => enps(values as number[]))).toStrictEqual(outcome(() => nps(values as number[])));
  });

  test.prop([fc.record({ promoters: fc.nat(1000), passives: fc.nat(1000), detractors: fc.nat(1000) })])(
    'enpsFromSummary = npsFromSummary',
    (counts) => {
      expect(outcome(() => enpsFromSummary(counts))).toStrictEqual(outcome(() => npsFromSummary(counts)));
    },
  );
});
