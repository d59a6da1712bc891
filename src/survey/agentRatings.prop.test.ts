import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { agentRatings, agentRatingsSummary, meanInterval, meanSummary } from '../index.js';

interface Row {
  readonly agent: string | number;
  readonly rating: number | null;
}

const read = { agent: (row: Row) => row.agent, rating: (row: Row) => row.rating };

const row: fc.Arbitrary<Row> = fc.record(
  {
    agent: fc.oneof(fc.constantFrom('ana', 'ben', 'cy', 'Dee', ''), fc.integer({ min: 0, max: 12 })),
    rating: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }) },
      { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -100, max: 100 }) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
  },
  { noNullPrototype: true },
);
const rowsArbitrary = fc.array(row, { maxLength: 120 });

describe('agentRatings properties', () => {
  test.prop([rowsArbitrary, fc.double({ min: 0.5, max: 0.999, noNaN: true })])(
    "each agent's summary and interval are exactly those of that agent's ratings alone",
    (rows, confidenceLevel) => {
      const results = agentRatings(rows, read, { confidenceLevel });
      const summaries = agentRatingsSummary(rows, read);
      expect(results.map((r) => r.agent)).toStrictEqual(summaries.map((s) => s.agent));
      for (const [i, result] of results.entries()) {
        const own = rows.filter((r) => String(r.agent) === result.agent).map((r) => r.rating);
        const { agent, ...summary } = summaries[i]!;
        expect(agent).toBe(result.agent);
        expect(summary).toStrictEqual(meanSummary(own));
        expect(result.count).toBe(summary.count);
        expect(result.unanswered).toBe(summary.unanswered);
        expect(result.mean).toBe(summary.count === 0 ? null : summary.mean);
        expect(result.interval).toStrictEqual(summary.count < 2 ? null : meanInterval(own, { confidenceLevel }));
        expect(result.small).toBe(summary.count < 30);
      }
    },
  );

  test.prop([rowsArbitrary])('lists every agent once, sorted, and accounts for every row', (rows) => {
    const results = agentRatings(rows, read);
    const agents = results.map((r) => r.agent);
    expect(new Set(agents)).toStrictEqual(new Set(rows.map((r) => String(r.agent))));
    expect(agents).toStrictEqual([...agents].sort());
    expect(results.reduce((n, r) => n + r.count + r.unanswered, 0)).toBe(rows.length);
  });

  test.prop([rowsArbitrary, fc.infiniteStream(fc.nat())])('does not depend on the order of rows, up to rounding', (rows, seeds) => {
    const shuffled = [...rows];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = seeds.next().value % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const [a, b] = [agentRatings(rows, read), agentRatings(shuffled, read)];
    expect(b.map((r) => [r.agent, r.count, r.unanswered])).toStrictEqual(a.map((r) => [r.agent, r.count, r.unanswered]));
    for (const [i, result] of a.entries()) {
      if (result.mean === null) continue;
      expect(b[i]?.mean).toBeCloseTo(result.mean, 9);
    }
  });

  test.prop([rowsArbitrary, fc.integer({ min: 0, max: 50 })])('small is exactly count < minimumAnswers', (rows, minimumAnswers) => {
    for (const result of agentRatings(rows, read, { minimumAnswers })) {
      expect(result.small).toBe(result.count < minimumAnswers);
    }
  });
});
