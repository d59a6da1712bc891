import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { surveyResponseRate, type SurveyResponseCounts, type FromWarehouse } from '../index.js';

describe('surveyResponseRate', () => {
  test('responses / invitations × 100', () => {
    // By hand: 150 of 1000 = 15 %; 1 of 3 is the double nearest 100/3.
    expect(surveyResponseRate({ responses: 150, surveysSent: 1000 })).toBe(15);
    expect(surveyResponseRate({ responses: 1, surveysSent: 3 })).toBe(100 / 3);
    expect(surveyResponseRate({ responses: 0, surveysSent: 20 })).toBe(0);
    expect(surveyResponseRate({ responses: 20, surveysSent: 20 })).toBe(100);
  });

  test('takes undeliverable invitations out of the denominator', () => {
    // By hand: 150 / (1000 − 40) = 150 / 960 = 15.625 %.
    expect(surveyResponseRate({ responses: 150, surveysSent: 1000, undeliverable: 40 })).toBe(15.625);
    expect(surveyResponseRate({ responses: 150, surveysSent: 1000, undeliverable: 0 })).toBe(15);
    expect(surveyResponseRate({ responses: 5, surveysSent: 10, undeliverable: 5 })).toBe(100);
  });

  test('is AAPOR RR1 when responses are completes and every delivered case stays in', () => {
    // AAPOR RR1 = I / ((I + P) + (R + NC + O) + (UH + UO)). A made-up disposition: I = 90
    // completes, P = 10 partials, R = 40, NC = 300, O = 10, unknown 50: 500 cases, RR1 = 18 %,
    // RR2 = (I + P) / 500 = 20 %.
    expect(surveyResponseRate({ responses: 90, surveysSent: 90 + 10 + 40 + 300 + 10 + 50 })).toBe(18);
    expect(surveyResponseRate({ responses: 90 + 10, surveysSent: 500 })).toBe(20);
  });

  test('does not mutate its input', () => {
    expect(() => surveyResponseRate(deepFreeze({ responses: 1, surveysSent: 2, undeliverable: 0 }))).not.toThrow();
  });

  test('rejects nothing delivered as EMPTY', () => {
    expectMetricError(() => surveyResponseRate({ responses: 0, surveysSent: 0 }), {
      metric: 'surveyResponseRate',
      code: 'EMPTY',
      field: 'counts.surveysSent',
    });
    expectMetricError(() => surveyResponseRate({ responses: 0, surveysSent: 5, undeliverable: 5 }), {
      metric: 'surveyResponseRate',
      code: 'EMPTY',
      field: 'counts.surveysSent',
    });
  });

  test('rejects contradictory counts as INCONSISTENT', () => {
    expectMetricError(() => surveyResponseRate({ responses: 12, surveysSent: 10 }), {
      metric: 'surveyResponseRate',
      code: 'INCONSISTENT',
      field: 'counts.responses',
    });
    expectMetricError(() => surveyResponseRate({ responses: 10, surveysSent: 10, undeliverable: 1 }), {
      metric: 'surveyResponseRate',
      code: 'INCONSISTENT',
      field: 'counts.responses',
    });
    expectMetricError(() => surveyResponseRate({ responses: 0, surveysSent: 10, undeliverable: 11 }), {
      metric: 'surveyResponseRate',
      code: 'INCONSISTENT',
      field: 'counts.undeliverable',
    });
  });

  test.each(['responses', 'surveysSent', 'undeliverable'] as const)('rejects a bad %s', (name) => {
    const good = { responses: 1, surveysSent: 10, undeliverable: 0 };
    for (const [bad, code] of [[-1, 'NEGATIVE'], [1.5, 'NOT_INTEGER'], ...NOT_NUMBERS] as const) {
      const error = expectMetricError(() => surveyResponseRate({ ...good, [name]: bad }), {
        metric: 'surveyResponseRate',
        code,
        field: `counts.${name}`,
      });
      expect(error.received).toBe(bad);
    }
  });

  test('rejects a missing count or a missing object', () => {
    expectMetricError(() => surveyResponseRate({ responses: 1 } as never), {
      metric: 'surveyResponseRate',
      code: 'WRONG_TYPE',
      field: 'counts.surveysSent',
    });
    expectMetricError(() => surveyResponseRate(null as never), { metric: 'surveyResponseRate', code: 'WRONG_TYPE', field: 'counts' });
  });

  test('types', () => {
    expectTypeOf(surveyResponseRate).parameter(0).toEqualTypeOf<FromWarehouse<SurveyResponseCounts>>();
    // @ts-expect-error surveysSent is required
    expectTypeOf(surveyResponseRate).toBeCallableWith({ responses: 1 });
  });
});
