import { describe, expect, test } from "vitest";
import {
  churnRate,
  clvPurchases,
  contactMix,
  contactMixSummary,
  erlangC,
  escalationRate,
  npsFromSummary,
  npsSampleSize,
  proportionSampleSize,
  surveyResponseRate,
} from "../src/index.js";
import { expectMetricError } from "./helpers.js";

// A formula's named amounts are strict, as options are: a typo in an optional field would
// otherwise be ignored and change the result silently. Summaries stay lax (warehouse rows carry
// their key columns). Every call below returned a number on the old code.
describe("a formula input rejects an unknown key, naming it and listing the accepted ones", () => {
  test("a typo in an optional field", () => {
    // Without the margin, 300 × 5 × 2 = 3000 (revenue CLV) instead of 1200: a silent change.
    const error = expectMetricError(
      () =>
        clvPurchases({
          averagePurchaseValue: 300,
          purchasesPerYear: 5,
          lifespanYears: 2,
          grossMarginRat: 0.4,
        } as never),
      {
        metric: "clvPurchases",
        code: "UNKNOWN_VALUE",
        field: "input.grossMarginRat",
      }
    );
    expect(error.message).toContain("'grossMarginRate'");
    expectMetricError(
      () =>
        churnRate({
          customersAtStart: 500,
          customersLost: 50,
          customersLst: 60,
        } as never),
      {
        metric: "churnRate",
        code: "UNKNOWN_VALUE",
        field: "counts.customersLst",
      }
    );
    expectMetricError(
      () =>
        surveyResponseRate({
          responses: 150,
          surveysSent: 1000,
          undeliverables: 40,
        } as never),
      {
        metric: "surveyResponseRate",
        code: "UNKNOWN_VALUE",
        field: "counts.undeliverables",
      }
    );
    expectMetricError(
      () =>
        npsSampleSize({
          marginOfError: 5,
          mixture: { promoters: 50, passives: 30, detractors: 20 },
        } as never),
      {
        metric: "npsSampleSize",
        code: "UNKNOWN_VALUE",
        field: "input.mixture",
      }
    );
    expectMetricError(
      () =>
        proportionSampleSize({
          marginOfError: 5,
          expectedPercent: 85,
        } as never),
      {
        metric: "proportionSampleSize",
        code: "UNKNOWN_VALUE",
        field: "input.expectedPercent",
      }
    );
  });

  test("every formula input, optional fields or not, and a Date in its place", () => {
    expectMetricError(
      () => escalationRate({ contacts: 10, escalated: 1, team: "a" } as never),
      {
        metric: "escalationRate",
        code: "UNKNOWN_VALUE",
        field: "counts.team",
      }
    );
    expectMetricError(
      () => erlangC({ trafficErlangs: 2, agents: 3, agent: 4 } as never),
      { metric: "erlangC", code: "UNKNOWN_VALUE", field: "input.agent" }
    );
    expectMetricError(() => erlangC(new Date() as never), {
      metric: "erlangC",
      code: "WRONG_TYPE",
      field: "input",
    });
  });

  test("contactMix's accessors: a typo would drop a column", () => {
    const rows = [{ channel: "chat", solved: true }];
    for (const [name, fn] of [
      ["contactMix", contactMix],
      ["contactMixSummary", contactMixSummary],
    ] as const) {
      expectMetricError(
        () =>
          fn(rows, {
            by: (row: { channel: string }) => row.channel,
            resolve: (row: { solved: boolean }) => row.solved,
          } as never),
        {
          metric: name,
          code: "UNKNOWN_VALUE",
          field: "fields.resolve",
        }
      );
    }
  });

  test("summaries stay lax: a warehouse row keeps its key columns", () => {
    // (520 − 180) / (520 + 300 + 180) = 340 / 1000 → 34.
    expect(
      npsFromSummary({
        promoters: 520,
        passives: 300,
        detractors: 180,
        team: "north",
      } as never)
    ).toBe(34);
  });
});
