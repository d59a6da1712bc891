import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { deepFreeze } from './helpers.js';

/**
 * What the shared contract needs to know about one mergeable summary: how to build it from
 * values, how to merge two, and (optionally) the batch metric and the metric from a summary.
 */
export interface SummaryContract<V, S> {
  readonly name: string;
  /** Samples the summary accepts. */
  readonly sample: fc.Arbitrary<V[]>;
  readonly summarise: (values: readonly V[]) => S;
  readonly merge: (a: S, b: S) => S;
  /** The metric computed from a summary, and the batch call it must equal. */
  readonly metric?: {
    readonly fromSummary: (summary: S) => number;
    readonly batch: (values: readonly V[]) => number;
    /** Whether the metric is defined for this sample (for example, at least one answer). */
    readonly defined: (summary: S) => boolean;
    /** Decimal digits that must agree when sums of floats are merged in another order; exact if unset. */
    readonly digits?: number;
  };
  /** How two summaries are compared; exact deep equality unless sums of floats need a tolerance. */
  readonly expectEqual?: (actual: S, expected: S) => void;
}

/**
 * The contract every summary of the library keeps: built in chunks and merged it equals the
 * batch summary; merging is associative and commutative with the empty summary as identity;
 * it is plain JSON; inputs are never mutated; and the batch metric is exactly "summarise, then
 * compute".
 */
export function describeSummaryContract<V, S>(contract: SummaryContract<V, S>): void {
  const equal = contract.expectEqual ?? ((actual: S, expected: S) => { expect(actual).toStrictEqual(expected); });
  const { sample, summarise, merge } = contract;

  describe(`${contract.name} summary contract`, () => {
    test.prop([sample, sample])('summarise(a ++ b) = merge(summarise(a), summarise(b))', (a, b) => {
      equal(merge(summarise(a), summarise(b)), summarise([...a, ...b]));
    });

    test.prop([sample, sample, sample])('merge is associative', (a, b, c) => {
      const [x, y, z] = [summarise(a), summarise(b), summarise(c)];
      equal(merge(merge(x, y), z), merge(x, merge(y, z)));
    });

    test.prop([sample, sample])('merge is commutative', (a, b) => {
      equal(merge(summarise(a), summarise(b)), merge(summarise(b), summarise(a)));
    });

    test.prop([sample])('the empty summary is the identity of merge', (a) => {
      equal(merge(summarise(a), summarise([])), summarise(a));
      equal(merge(summarise([]), summarise(a)), summarise(a));
    });

    test.prop([sample])('a summary is plain JSON', (a) => {
      const summary = summarise(a);
      expect(JSON.parse(JSON.stringify(summary))).toStrictEqual(summary);
    });

    test.prop([sample, sample])('neither summarising nor merging mutates its input', (a, b) => {
      const frozen = deepFreeze(structuredClone(a));
      const [x, y] = [deepFreeze(summarise(frozen)), deepFreeze(summarise(b))];
      expect(() => merge(x, y)).not.toThrow();
      expect(frozen).toStrictEqual(a);
    });

    const metric = contract.metric;
    if (metric) {
      test.prop([fc.array(sample, { minLength: 1, maxLength: 6 })])(
        'the batch metric equals the metric of merged chunk summaries',
        (chunks) => {
          const merged = chunks.map(summarise).reduce((x, y) => merge(x, y));
          if (!metric.defined(merged)) return;
          const [fromChunks, batch] = [metric.fromSummary(merged), metric.batch(chunks.flat())];
          if (metric.digits === undefined) expect(fromChunks).toBe(batch);
          else expect(fromChunks).toBeCloseTo(batch, metric.digits);
        },
      );
    }
  });
}
