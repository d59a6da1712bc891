import { describe, expect, expectTypeOf, test } from "vitest";
import type * as library from "../src/index.js";
import type {
  AgentRatingsSummary,
  CesSummary,
  CsatSummary,
  EngagementIndexSummary,
  MeanSummary,
  NevIntensitySummary,
  NevSummary,
  NpsSummary,
  ServqualSummary,
  SummaryCounts,
} from "../src/index.js";

type FirstParameter<F> = F extends (first: infer P, ...rest: never[]) => unknown
  ? P
  : never;
type Param<K extends keyof typeof library> = FirstParameter<
  (typeof library)[K]
>;

// Every xFromSummary takes its family's summary type, with the bookkeeping fields optional through
// the one generic SummaryCounts<S, K> (K = 'unanswered' by default): no NpsCounts, NevCounts or
// MeanFromSummaryInput beside it. Checked by `tsc -p tsconfig.test.json`.
describe("xFromSummary parameters share one shape", () => {
  test("SummaryCounts<S> of each family", () => {
    expectTypeOf<Param<"npsFromSummary">>().toEqualTypeOf<
      SummaryCounts<NpsSummary>
    >();
    expectTypeOf<Param<"enpsFromSummary">>().toEqualTypeOf<
      SummaryCounts<NpsSummary>
    >();
    expectTypeOf<Param<"npsIntervalFromSummary">>().toEqualTypeOf<
      SummaryCounts<NpsSummary>
    >();
    expectTypeOf<Param<"nevFromSummary">>().toEqualTypeOf<
      SummaryCounts<NevSummary>
    >();
    expectTypeOf<Param<"nevIntensityFromSummary">>().toEqualTypeOf<
      SummaryCounts<NevIntensitySummary>
    >();
    expectTypeOf<Param<"csatFromSummary">>().toEqualTypeOf<
      SummaryCounts<CsatSummary>
    >();
    expectTypeOf<Param<"cesFromSummary">>().toEqualTypeOf<
      SummaryCounts<CesSummary>
    >();
    expectTypeOf<Param<"engagementIndexFromSummary">>().toEqualTypeOf<
      SummaryCounts<EngagementIndexSummary>
    >();
    expectTypeOf<Param<"servqualFromSummary">>().toEqualTypeOf<
      SummaryCounts<ServqualSummary>
    >();
    expectTypeOf<Param<"meanIntervalFromSummary">>().toEqualTypeOf<
      SummaryCounts<MeanSummary>
    >();
    expectTypeOf<Param<"meanFromSummary">>().toEqualTypeOf<
      SummaryCounts<MeanSummary, "sumOfSquaredDeviations" | "unanswered">
    >();
    expectTypeOf<Param<"agentRatingsFromSummary">>().toEqualTypeOf<
      readonly SummaryCounts<AgentRatingsSummary>[]
    >();
  });

  test("the removed duplicates are gone", () => {
    // @ts-expect-error NpsCounts is SummaryCounts<NpsSummary> now
    expectTypeOf<library.NpsCounts>().toBeObject();
    // @ts-expect-error NevCounts is SummaryCounts<NevSummary> now
    expectTypeOf<library.NevCounts>().toBeObject();
    // @ts-expect-error MeanFromSummaryInput is SummaryCounts<MeanSummary, 'sumOfSquaredDeviations' | 'unanswered'> now
    expectTypeOf<library.MeanFromSummaryInput>().toBeObject();
  });
});

// What a driver sends type-checks and computes: DuckDB's COUNT(*) is a bigint, a typed array
// holds a histogram. The values are the hand-computed NPS (3 − 1)/6 = 33.33 and CSAT 30/50 = 60.
describe('warehouse summaries: bigint counts and typed arrays', () => {
  test('npsFromSummary and csatFromSummary accept them, in types and at run time', async () => {
    const { csatFromSummary, npsFromSummary } = await import('../src/index.js');
    const nps = npsFromSummary({ promoters: 3n, passives: 2n, detractors: 1n });
    expect(nps).toBeCloseTo(100 / 3, 12);
    const csat = csatFromSummary({ scaleMin: 1, scaleMax: 5, counts: new Float64Array([5, 5, 10, 20, 10]) });
    expect(csat).toBe(60);
    expectTypeOf(nps).toEqualTypeOf<number>();
  });
});
