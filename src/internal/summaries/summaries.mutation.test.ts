/**
 * Behaviour of the summary arithmetic that mutation testing (`npm run mutation:shared`) found
 * unchecked: the texts of its errors, Neumaier's step, the mean kept within [min, max], the
 * Wilson bound, bigint scores, scale mismatches, and errors passed on under the caller's name.
 *
 * Equivalent mutants left alive (no test can tell them apart):
 * - fast paths switched off or narrowed (`forEachDuration`'s and `countScaleAnswers`' `typeof …
 *   === 'number'` tests and their range tests): the general path returns the same number;
 * - `DurationAccumulator.add`'s `x < this.min` as `<=` (and `>` as `>=`): at equality the kept
 *   value is the same number;
 * - `meanOfSummary`'s `minSeconds !== null` as `true`, and `mean < minSeconds` as `<=`: a null
 *   minimum compares as 0, below any mean ≥ 0, and at equality the mean is already the minimum;
 *   the same for `mean >= maxSeconds`;
 * - `summariseValues`' `typeof x === 'number'` as `true`: `Number.isFinite` is false for anything
 *   but a number;
 * - `wilsonLower`'s `successes === 0` shortcut as `false`: the general form is 0 there too for
 *   every z > 0 (the guard keeps z = 0 from 0 / 0);
 * - `amountOrComponents`-style `sum >= x` as `sum > x` in Neumaier's step: equal terms give the
 *   same expression in both branches.
 */
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../../test/helpers.js';
import { MetricInputError } from '../../errors/MetricInputError.js';
import { addCounts } from './addCounts.js';
import { DurationAccumulator, forEachDuration, meanOfSummary, sortedDurations, statsOf, summariseWaits } from './durations.js';
import { checkMeanSummary, summariseValues } from './meanStatistics.js';
import { asMetric, checkNpsCounts, renameField } from './npsCounts.js';
import { percentageOfWhole } from './partOfWhole.js';
import { checkProportionCounts, checkProportionSummary, summariseProportion, wilsonBounds } from './proportionMath.js';
import { answeredOrThrow, checkScaleHistogram, countScaleAnswers, mergeScaleHistograms, scaleFromOptions } from './scaleHistogram.js';

describe('durations', () => {
  test("Neumaier's step keeps the bits the larger term drops: 4 + 3·2⁵⁴ + 24 totals 3·2⁵⁴ + 32", () => {
    // The exact total, 3·2⁵⁴ + 28, lies halfway between the doubles 3·2⁵⁴ + 24 and + 32; ties go
    // to the even significand, + 32. Compensating as if the running sum were always the larger
    // term gives + 24.
    const accumulator = new DurationAccumulator();
    for (const seconds of [4, 3 * 2 ** 54, 24]) accumulator.add(seconds);
    expect(accumulator.total('m', 'f')).toBe(3 * 2 ** 54 + 32);
  });

  test('an empty pass has no minimum or maximum; an overflowing one says so', () => {
    expect(new DurationAccumulator().summary('m', 'f', 2)).toEqual({ count: 0, totalSeconds: 0, minSeconds: null, maxSeconds: null, unanswered: 2 });
    const accumulator = new DurationAccumulator();
    accumulator.add(1e308);
    accumulator.add(1e308);
    expect(expectMetricError(() => accumulator.total('m', 'f'), { metric: 'm', code: 'OUT_OF_RANGE', field: 'f' }).expected).toBe('durations whose total is a finite number');
  });

  test('−0 is read as 0, and a bad accessor is named `duration`', () => {
    const seen: number[] = [];
    forEachDuration('m', 'durations', [-0], undefined, (seconds) => seen.push(seconds));
    expect(Object.is(seen[0], 0)).toBe(true);
    const error = expectMetricError(() => sortedDurations('m', 'durations', [1], 5), { metric: 'm', code: 'WRONG_TYPE', field: 'duration' });
    expect(error.expected).toBe('a function (row, index) => value');
  });

  test('the mean is kept within [min, max]: rounding cannot put it outside', () => {
    const low = 204.49037687178628;
    const lowTotal = low + low + low;
    expect(lowTotal / 3).toBeLessThan(low); // the premise: the rounded total divides to below the minimum
    expect(meanOfSummary('m', 'f', { count: 3, totalSeconds: lowTotal, minSeconds: low, maxSeconds: low, unanswered: 0 })).toBe(low);
    const highTotal = 0.1 + 0.1 + 0.1;
    expect(highTotal / 3).toBeGreaterThan(0.1);
    expect(meanOfSummary('m', 'f', { count: 3, totalSeconds: highTotal, minSeconds: 0.1, maxSeconds: 0.1, unanswered: 0 })).toBe(0.1);
    // A warehouse summary without min and max: the plain mean.
    expect(meanOfSummary('m', 'f', { count: 2, totalSeconds: 4, minSeconds: null, maxSeconds: null, unanswered: 0 })).toBe(2);
    expect(expectMetricError(() => meanOfSummary('m', 'f', { count: 0, totalSeconds: 0, minSeconds: null, maxSeconds: null, unanswered: 0 }), { metric: 'm', code: 'EMPTY', field: 'f' }).expected).toBe(
      'at least one duration',
    );
  });

  test('percentiles that are not a list say what they must be', () => {
    const error = expectMetricError(() => statsOf('durationStats', [1], { percentiles: 5 }, undefined), {
      metric: 'durationStats',
      code: 'WRONG_TYPE',
      field: 'options.percentiles',
    });
    expect(error.expected).toBe('a list of percentiles from 0 to 100');
  });

  test('waits: an abandoned contact without a wait is refused where its wait is averaged, saying for what', () => {
    const log = [{ waitSeconds: 10, outcome: 'answered' }, { waitSeconds: null, outcome: 'abandoned' }];
    for (const outcome of ['all', 'abandoned'] as const) {
      const error = expectMetricError(() => summariseWaits('m', log, undefined, outcome), { metric: 'm', code: 'WRONG_TYPE', field: 'contacts[1].waitSeconds' });
      expect(error.expected).toBe(`a finite number ≥ 0: an abandoned contact's wait is needed for the average wait of ${outcome} contacts`);
    }
    expect(summariseWaits('m', log, undefined, 'answered')).toEqual({ count: 1, totalSeconds: 10, minSeconds: 10, maxSeconds: 10, unanswered: 0 });
    expectMetricError(() => summariseWaits('m', [{ waitSeconds: 1e308, outcome: 'answered' }, { waitSeconds: 1e308, outcome: 'answered' }], undefined, 'all'), {
      metric: 'm',
      code: 'OUT_OF_RANGE',
      field: 'contacts',
    });
  });
});

describe('means and proportions', () => {
  test('the texts of a mean summary that cannot be', () => {
    expect(expectMetricError(() => checkMeanSummary('m', 's', { count: 0, mean: 1, sumOfSquaredDeviations: 0 }), { metric: 'm', code: 'INCONSISTENT', field: 's.mean' }).expected).toBe(
      '0 when count is 0',
    );
    expect(
      expectMetricError(() => checkMeanSummary('m', 's', { count: 1, mean: 1, sumOfSquaredDeviations: 2 }), { metric: 'm', code: 'INCONSISTENT', field: 's.sumOfSquaredDeviations' }).expected,
    ).toBe('0 when count is 0 or 1');
  });

  test('a mean pass counts missing values as unanswered, and names a bad accessor', () => {
    expect(summariseValues('m', [1, null, 3], undefined)).toEqual({ count: 2, mean: 2, sumOfSquaredDeviations: 2, unanswered: 1 });
    expect(expectMetricError(() => summariseValues('m', [1], 5), { metric: 'm', code: 'WRONG_TYPE', field: 'value' }).expected).toBe('a function (row, index) => value');
    expect(expectMetricError(() => summariseProportion('m', [1], 5), { metric: 'm', code: 'WRONG_TYPE', field: 'value' }).expected).toBe('a function (row, index) => value');
  });

  test('the texts of proportions that cannot be', () => {
    expect(expectMetricError(() => checkProportionCounts('m', 's', { successes: 0, trials: 0 }), { metric: 'm', code: 'EMPTY', field: 's.trials' }).expected).toBe('at least one trial');
    expect(expectMetricError(() => checkProportionCounts('m', 's', { successes: 4, trials: 3 }), { metric: 'm', code: 'INCONSISTENT', field: 's.successes' }).expected).toBe('at most trials (3)');
    expect(expectMetricError(() => checkProportionSummary('m', 's', { successes: 4, trials: 3 }), { metric: 'm', code: 'INCONSISTENT', field: 's.successes' }).expected).toBe('at most trials (3)');
    expect(expectMetricError(() => summariseProportion('m', [2], undefined), { metric: 'm', code: 'OUT_OF_RANGE', field: 'values[0]' }).expected).toBe(
      'true, false, 1 or 0 (null or undefined for none)',
    );
    expect(
      expectMetricError(() => percentageOfWhole('m', { contacts: 0, resolved: 0 }, 'input', 'contacts', 'resolved'), { metric: 'm', code: 'EMPTY', field: 'input.contacts' }).expected,
    ).toBe('at least 1 (a rate over no contacts is undefined)');
  });

  test('the Wilson bounds agree with the textbook form (centre ∓ half-width)', () => {
    // Wilson (1927): (p̂ + z²/2n ∓ z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n); 7 of 20, z = 1.96.
    const [x, n, z] = [7, 20, 1.96];
    const p = x / n;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    const { lower, upper } = wilsonBounds(x, n, z);
    expect(lower).toBeCloseTo(centre - half, 14);
    expect(upper).toBeCloseTo(centre + half, 14);
  });

  test('adding counts past 2⁵³ − 1 says what it added to', () => {
    expect(expectMetricError(() => addCounts('m', 'b.n', 5, Number.MAX_SAFE_INTEGER), { metric: 'm', code: 'OUT_OF_RANGE', field: 'b.n' }).expected).toBe(
      "a whole number that, added to a's 5, stays within ±(2⁵³ − 1)",
    );
  });
});

describe('NPS counts and renamed errors', () => {
  test('no answer is EMPTY, with its text', () => {
    expect(expectMetricError(() => checkNpsCounts('m', 's', { promoters: 0, passives: 0, detractors: 0 }), { metric: 'm', code: 'EMPTY', field: 's' }).expected).toBe('at least one answer');
  });

  test("asMetric passes the caller's own error on as it is, or renamed when asked", () => {
    const own = new MetricInputError({ metric: 'm', field: 'b.count', code: 'NEGATIVE', expected: 'e', received: -1 });
    const raise = (): never => {
      throw own;
    };
    let thrown: unknown;
    try {
      asMetric('m', raise);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe(own);
    const renamed = expectMetricError(() => asMetric('m', raise, (field) => renameField(field, 'b', 'b[3]')), { metric: 'm', code: 'NEGATIVE', field: 'b[3].count' });
    expect([renamed.expected, renamed.received]).toEqual(['e', -1]);
  });

  test('renameField renames a whole leading name only', () => {
    expect(renameField('b', 'b', 'x')).toBe('x');
    expect(renameField('b.count', 'b', 'x')).toBe('x.count');
    expect(renameField('b[2]', 'b', 'x')).toBe('x[2]');
    expect(renameField('bases', 'b', 'x')).toBe('bases');
    expect(renameField('a[b[', 'b', 'x')).toBe('a[b[');
  });
});

describe('scale histograms', () => {
  test('bigint scores are counted on their scale point', () => {
    expect(countScaleAnswers('m', 'scores', [1n, 5n, 5n, null], undefined, { scaleMin: 1, scaleMax: 5 })).toEqual({ scaleMin: 1, scaleMax: 5, counts: [1, 0, 0, 0, 2], unanswered: 1 });
  });

  test('the texts of counts that do not fit the scale or overflow', () => {
    const read = (counts: unknown) => () => checkScaleHistogram('m', 's', { scaleMin: 1, scaleMax: 3, counts });
    expect(expectMetricError(read(5), { metric: 'm', code: 'WRONG_TYPE', field: 's.counts' }).expected).toBe('a list of 3 counts');
    expect(expectMetricError(read([1, 2]), { metric: 'm', code: 'INCONSISTENT', field: 's.counts' }).expected).toBe('one count per scale point (3)');
    expect(expectMetricError(read([2 ** 52, 2 ** 52, 1]), { metric: 'm', code: 'OUT_OF_RANGE', field: 's.counts[1]' }).expected).toBe(
      'a count, with the others, of at most 2⁵³ − 1 answers',
    );
  });

  test('merging another scale names the end that differs, with the value received', () => {
    const histogram = (scaleMin: number, scaleMax: number) => ({ scaleMin, scaleMax, counts: new Array<number>(scaleMax - scaleMin + 1).fill(1), unanswered: 0 });
    const max = expectMetricError(() => mergeScaleHistograms('m', histogram(1, 5), histogram(1, 7)), { metric: 'm', code: 'INCONSISTENT', field: 'b.scaleMax' });
    expect([max.expected, max.received]).toEqual(['the same scale as a (1–5)', 7]);
    const min = expectMetricError(() => mergeScaleHistograms('m', histogram(1, 5), histogram(0, 10)), { metric: 'm', code: 'INCONSISTENT', field: 'b.scaleMin' });
    expect(min.received).toBe(0);
    const big = { scaleMin: 1, scaleMax: 2, counts: [2 ** 52, 0], unanswered: 0 };
    expect(expectMetricError(() => mergeScaleHistograms('m', big, big), { metric: 'm', code: 'OUT_OF_RANGE', field: 'b.counts' }).expected).toBe(
      "counts that, with a's, total at most 2⁵³ − 1",
    );
  });

  test("an option naming another scale than the summary's, and no answers, say so", () => {
    const error = expectMetricError(() => scaleFromOptions('m', { scaleMax: 7 }, { scaleMin: 1, scaleMax: 5 }, { scaleMin: 1, scaleMax: 5 }), {
      metric: 'm',
      code: 'INCONSISTENT',
      field: 'options.scaleMax',
    });
    expect(error.expected).toBe("the summary's scaleMax (5) or unset");
    expect(expectMetricError(() => answeredOrThrow('m', 's', { scaleMin: 1, scaleMax: 2, counts: [0, 0], unanswered: 3 }), { metric: 'm', code: 'EMPTY', field: 's' }).expected).toBe(
      'at least one answer',
    );
  });
});
