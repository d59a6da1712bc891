import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { enps, enpsFromSummary, nps, npsSummary } from '../index.js';

describe('enps', () => {
  test('is the NPS formula asked of employees (Bain; Reichheld in Qualtrics: "just like customer NPS")', () => {
    // By hand: 4 promoters (9–10), 3 passives (7–8), 3 detractors (0–6) of 10: 40 % − 30 % = 10.
    expect(enps([10, 10, 9, 9, 8, 7, 7, 6, 3, 0])).toBe(10);
    expect(enps([9, 9])).toBe(100);
    expect(enps([0, 6])).toBe(-100);
    expect(enps([10, 8, 8])).toBe(100 / 3);
  });

  test('takes rows through an accessor and custom breaks, as nps does', () => {
    const rows = [{ r: 8 }, { r: 5 }, { r: null }];
    expect(enps(rows, (row) => row.r, { promotersFrom: 8 })).toBe(0);
    expect(enps([8, 8, 5], { promotersFrom: 8 })).toBe(nps([8, 8, 5], { promotersFrom: 8 }));
  });

  test('eNPS from counts, as from npsSummary', () => {
    // 120 − 45 = 75 of 300: 25.
    expect(enpsFromSummary({ promoters: 120, passives: 135, detractors: 45 })).toBe(25);
    expect(enpsFromSummary(npsSummary([10, 3, null]))).toBe(0);
  });

  test('does not mutate its input', () => {
    expect(() => enps(deepFreeze([10, null, 3]))).not.toThrow();
    expect(() => enpsFromSummary(deepFreeze({ promoters: 1, passives: 0, detractors: 0 }))).not.toThrow();
  });

  test('errors name enps, with the field and code nps gives', () => {
    expectMetricError(() => enps([]), { metric: 'enps', code: 'EMPTY' });
    expectMetricError(() => enps([null]), { metric: 'enps', code: 'EMPTY' });
    for (const [bad, code] of [[11, 'OUT_OF_RANGE'], [-1, 'OUT_OF_RANGE'], [7.5, 'NOT_INTEGER'], ...NOT_NUMBERS] as const) {
      const error = expectMetricError(() => enps([10, bad as number]), { metric: 'enps', code, field: 'scores[1]' });
      expect(error.message.startsWith('enps: scores[1] must be an integer from 0 to 10; received ')).toBe(true);
    }
    expectMetricError(() => enps('10' as never), { metric: 'enps', code: 'WRONG_TYPE', field: 'scores' });
    expectMetricError(() => enps([9], { promotersFrom: 11 }), { metric: 'enps', code: 'OUT_OF_RANGE', field: 'options.promotersFrom' });
    expectMetricError(() => enps([9], { promotersFrom: 6, detractorsUpTo: 6 }), {
      metric: 'enps',
      code: 'INCONSISTENT',
      field: 'options.detractorsUpTo',
    });
    expectMetricError(() => enps([9], 'x' as never), { metric: 'enps', code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => enps([9], 5 as never, {}), { metric: 'enps', code: 'WRONG_TYPE', field: 'score' });
  });

  test('errors of enpsFromSummary name it', () => {
    expectMetricError(() => enpsFromSummary({ promoters: 0, passives: 0, detractors: 0 }), {
      metric: 'enpsFromSummary',
      code: 'EMPTY',
    });
    expectMetricError(() => enpsFromSummary({ promoters: -1, passives: 0, detractors: 2 }), {
      metric: 'enpsFromSummary',
      code: 'NEGATIVE',
      field: 'summary.promoters',
    });
    expectMetricError(() => enpsFromSummary({ promoters: 1.5, passives: 0, detractors: 2 }), {
      metric: 'enpsFromSummary',
      code: 'NOT_INTEGER',
      field: 'summary.promoters',
    });
    expectMetricError(() => enpsFromSummary(null as never), { metric: 'enpsFromSummary', code: 'WRONG_TYPE', field: 'summary' });
  });
});
