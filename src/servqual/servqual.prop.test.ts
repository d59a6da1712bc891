import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import {
  MetricInputError,
  servqual,
  servqualInstrument,
  servqualSummary,
  type Answer,
  type ServqualInstrument,
  type ServqualOptions,
  type ServqualResponse,
  type ServqualResult,
} from '../index.js';

interface Case {
  readonly instrument: ServqualInstrument;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly responses: readonly (ServqualResponse | null)[];
}

/** Mostly answers on the scale, sometimes `null` or `undefined`. */
const answer = (min: number, max: number): fc.Arbitrary<Answer> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

const responseOf = (k: number, min: number, max: number, missing = true): fc.Arbitrary<ServqualResponse> => {
  const value = missing ? answer(min, max) : fc.integer({ min, max });
  return fc.record({
    expectations: fc.array(value, { minLength: k, maxLength: k }),
    perceptions: fc.array(value, { minLength: k, maxLength: k }),
  });
};

/** A custom instrument: 1–8 items, each labelled with one of up to 4 dimensions. */
const instrumentArbitrary: fc.Arbitrary<ServqualInstrument> = fc
  .array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 8 })
  .map((labels) => ({
    items: labels.length,
    dimensions: [...new Set(labels)].map((label) => ({
      name: `d${String(label)}`,
      items: labels.flatMap((other, i) => (other === label ? [i + 1] : [])),
    })),
  }));

const caseOf = (instrument: fc.Arbitrary<ServqualInstrument>, missing = true): fc.Arbitrary<Case> =>
  fc
    .record({ instrument, scaleMin: fc.integer({ min: -3, max: 2 }), span: fc.integer({ min: 1, max: 9 }) })
    .chain(({ instrument: shape, scaleMin, span }) =>
      fc.record({
        instrument: fc.constant(shape),
        scaleMin: fc.constant(scaleMin),
        scaleMax: fc.constant(scaleMin + span),
        responses: fc.array(
          fc.oneof({ weight: 12, arbitrary: responseOf(shape.items, scaleMin, scaleMin + span, missing) }, { weight: 1, arbitrary: fc.constant(null) }),
          { minLength: 1, maxLength: 25 },
        ),
      }),
    );

const customCase = caseOf(instrumentArbitrary);
const standardCase = caseOf(fc.constant(servqualInstrument));

/** Importance points for each dimension, from whole-number shares scaled to add up to 100. */
const importanceOf = (instrument: ServqualInstrument, shares: readonly number[]): Record<string, number> => {
  const parts = instrument.dimensions.map((_, d) => shares[d % shares.length]! + (d === 0 ? 1 : 0));
  const total = parts.reduce((sum, part) => sum + part, 0);
  return Object.fromEntries(instrument.dimensions.map(({ name }, d) => [name, (100 * parts[d]!) / total]));
};
const shares = fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 5 });

const optionsOf = (c: Case, importance?: Record<string, number>): ServqualOptions =>
  importance === undefined
    ? { instrument: c.instrument, scaleMin: c.scaleMin, scaleMax: c.scaleMax }
    : { instrument: c.instrument, scaleMin: c.scaleMin, scaleMax: c.scaleMax, importance };

/** `servqual`, or `undefined` when some dimension has no respondent (`EMPTY`). */
function tryServqual(responses: readonly (ServqualResponse | null)[], options: ServqualOptions): ServqualResult | undefined {
  try {
    return servqual(responses, options);
  } catch (error) {
    if (error instanceof MetricInputError && error.code === 'EMPTY') return undefined;
    throw error;
  }
}

const answered = (response: ServqualResponse, i: number): boolean =>
  response.expectations[i] != null && response.perceptions[i] != null;
const gapOf = (response: ServqualResponse, i: number): number => Number(response.perceptions[i]!) - Number(response.expectations[i]!);
const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The scores straight from the definitions, respondent by respondent, in plain floating point. */
function direct(c: Case, importance?: Record<string, number>): { itemGaps: (number | null)[]; dimensionGaps: number[]; unweighted: number; weighted?: number } {
  const responses = c.responses.filter((response): response is ServqualResponse => response !== null);
  const itemGaps = Array.from({ length: c.instrument.items }, (_, i) => {
    const gaps = responses.filter((response) => answered(response, i)).map((response) => gapOf(response, i));
    return gaps.length === 0 ? null : mean(gaps);
  });
  const dimensionGaps = c.instrument.dimensions.map(({ items }) =>
    mean(
      responses.flatMap((response) => {
        const gaps = items.filter((item) => answered(response, item - 1)).map((item) => gapOf(response, item - 1));
        return gaps.length === 0 ? [] : [mean(gaps)];
      }),
    ),
  );
  const unweighted = mean(dimensionGaps);
  if (importance === undefined) return { itemGaps, dimensionGaps, unweighted };
  const weighted = c.instrument.dimensions.reduce((sum, { name }, d) => sum + (importance[name]! / 100) * dimensionGaps[d]!, 0);
  return { itemGaps, dimensionGaps, unweighted, weighted };
}

const swap = (response: ServqualResponse | null): ServqualResponse | null =>
  response === null ? null : { expectations: response.perceptions, perceptions: response.expectations };

describe('servqual properties', () => {
  test.prop([customCase, shares])('agrees with the definitions computed respondent by respondent', (c, weights) => {
    const importance = importanceOf(c.instrument, weights);
    const result = tryServqual(c.responses, optionsOf(c, importance));
    fc.pre(result !== undefined);
    const expected = direct(c, importance);
    result.itemGaps.forEach((gap, i) => {
      const other = expected.itemGaps[i];
      if (other === null || other === undefined) expect(gap).toBeNull();
      else expect(gap).toBeCloseTo(other, 12);
    });
    c.instrument.dimensions.forEach(({ name }, d) => {
      expect(result.dimensionGaps[name]).toBeCloseTo(expected.dimensionGaps[d]!, 12);
    });
    expect(result.unweightedScore).toBeCloseTo(expected.unweighted, 12);
    expect(result.weightedScore).toBeCloseTo(expected.weighted!, 12);
    expect(result.respondents).toBe(servqualSummary(c.responses, optionsOf(c)).respondents);
  });

  test.prop([customCase, shares])('every gap and score lies within ±(scaleMax − scaleMin)', (c, weights) => {
    const result = tryServqual(c.responses, optionsOf(c, importanceOf(c.instrument, weights)));
    fc.pre(result !== undefined);
    const span = c.scaleMax - c.scaleMin;
    const values = [
      ...result.itemGaps.filter((gap): gap is number => gap !== null),
      ...Object.values(result.dimensionGaps),
      result.unweightedScore,
      result.weightedScore!,
    ];
    for (const value of values) {
      expect(Number.isFinite(value)).toBe(true);
      expect(Math.abs(value)).toBeLessThanOrEqual(span);
    }
  });

  test.prop([customCase, shares])('swapping perceptions and expectations negates every gap and score exactly', (c, weights) => {
    const options = optionsOf(c, importanceOf(c.instrument, weights));
    const result = tryServqual(c.responses, options);
    fc.pre(result !== undefined);
    const swapped = servqual(c.responses.map(swap), options);
    const negated = (x: number | null | undefined, y: number | null | undefined): boolean =>
      x === null || y === null ? x === y : x !== undefined && y !== undefined && x === -y;
    result.itemGaps.forEach((gap, i) => {
      expect(negated(swapped.itemGaps[i], gap), `item ${String(i + 1)}`).toBe(true);
    });
    for (const [name, gap] of Object.entries(result.dimensionGaps)) {
      expect(negated(swapped.dimensionGaps[name], gap), name).toBe(true);
    }
    expect(negated(swapped.unweightedScore, result.unweightedScore)).toBe(true);
    expect(negated(swapped.weightedScore, result.weightedScore)).toBe(true);
  });

  test.prop([standardCase])('with equal weights 20/20/20/20/20 the weighted score is the unweighted score', (c) => {
    const importance = { tangibles: 20, reliability: 20, responsiveness: 20, assurance: 20, empathy: 20 };
    const result = tryServqual(c.responses, optionsOf(c, importance));
    fc.pre(result !== undefined);
    expect(result.weightedScore).toBeCloseTo(result.unweightedScore, 12);
  });

  test.prop([customCase])('with equal weights 100 / D on any instrument, likewise', (c) => {
    const share = 100 / c.instrument.dimensions.length;
    const importance = Object.fromEntries(c.instrument.dimensions.map(({ name }) => [name, share]));
    const result = tryServqual(c.responses, optionsOf(c, importance));
    fc.pre(result !== undefined);
    expect(result.weightedScore).toBeCloseTo(result.unweightedScore, 12);
  });

  test.prop([caseOf(instrumentArbitrary.map((shape) => ({ items: shape.items, dimensions: [{ name: 'all', items: Array.from({ length: shape.items }, (_, i) => i + 1) }] })))])(
    'with one dimension, the unweighted and weighted scores are its gap',
    (c) => {
      const result = tryServqual(c.responses, optionsOf(c, { all: 100 }));
      fc.pre(result !== undefined);
      expect(result.unweightedScore).toBe(result.dimensionGaps['all']);
      expect(result.weightedScore).toBeCloseTo(result.dimensionGaps['all']!, 14);
    },
  );

  test.prop([caseOf(instrumentArbitrary, false)])('when every item is answered, a dimension gap is the mean of its item gaps', (c) => {
    // Every response that is not null answers every item; the sample may still be all nulls.
    const result = tryServqual(c.responses, optionsOf(c));
    fc.pre(result !== undefined);
    for (const { name, items } of c.instrument.dimensions) {
      expect(result.dimensionGaps[name]).toBeCloseTo(mean(items.map((item) => result.itemGaps[item - 1]!)), 12);
    }
  });

  test.prop([customCase, fc.nat(), fc.nat()])('one higher perception never lowers a score', (c, at, item) => {
    const result = tryServqual(c.responses, optionsOf(c, importanceOf(c.instrument, [1, 2, 3])));
    fc.pre(result !== undefined);
    const r = at % c.responses.length;
    const i = item % c.instrument.items;
    const response = c.responses[r];
    const perception = response?.perceptions[i];
    fc.pre(response != null);
    fc.pre(typeof perception === 'number' && perception < c.scaleMax);
    const raised = c.responses.map((other, index) =>
      index === r ? { expectations: response.expectations, perceptions: response.perceptions.map((p, j) => (j === i ? perception + 1 : p)) } : other,
    );
    const higher = servqual(raised, optionsOf(c, importanceOf(c.instrument, [1, 2, 3])));
    for (const [name, gap] of Object.entries(result.dimensionGaps)) expect(higher.dimensionGaps[name]).toBeGreaterThanOrEqual(gap);
    expect(higher.unweightedScore).toBeGreaterThanOrEqual(result.unweightedScore);
    expect(higher.weightedScore).toBeGreaterThanOrEqual(result.weightedScore!);
  });

  test.prop([customCase, fc.infiniteStream(fc.nat())])('the summary does not depend on the order of responses', (c, seeds) => {
    const shuffled = [...c.responses];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = seeds.next().value % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(servqualSummary(shuffled, optionsOf(c))).toStrictEqual(servqualSummary(c.responses, optionsOf(c)));
  });

  test.prop([customCase])('an accessor, a generator and an array agree; every response is a respondent or unanswered', (c) => {
    const summary = servqualSummary(c.responses, optionsOf(c));
    expect(servqualSummary(c.responses.map((response) => ({ response })), (row) => row.response, optionsOf(c))).toStrictEqual(summary);
    expect(servqualSummary(new Set(c.responses.map((response) => [response] as const)), (row) => row[0], optionsOf(c))).toStrictEqual(summary);
    expect(summary.respondents + summary.unanswered).toBe(c.responses.length);
    const withAnswers = c.responses
      .filter((response): response is ServqualResponse => response !== null)
      .filter((response) => response.expectations.some((_, i) => answered(response, i)));
    expect(summary.respondents).toBe(withAnswers.length);
  });

  test.prop([
    customCase,
    fc.nat(),
    fc.nat(),
    fc.boolean(),
    fc.oneof(fc.integer({ min: 12 }), fc.integer({ max: -4 }), fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true })),
  ])('any invalid answer anywhere is an error naming it', (c, at, item, side, bad) => {
    const r = at % c.responses.length;
    const i = item % c.instrument.items;
    const key = side ? 'expectations' : 'perceptions';
    const response = c.responses[r] ?? { expectations: Array<null>(c.instrument.items).fill(null), perceptions: Array<null>(c.instrument.items).fill(null) };
    const corrupted = c.responses.map((other, index) =>
      index === r ? { ...response, [key]: response[key].map((value, j) => (j === i ? bad : value)) } : other,
    );
    const code = Number.isInteger(bad) ? 'OUT_OF_RANGE' : 'NOT_INTEGER';
    expectMetricError(() => servqualSummary(corrupted, optionsOf(c)), {
      metric: 'servqualSummary',
      code,
      field: `responses[${String(r)}].${key}[${String(i)}]`,
    });
  });
});
