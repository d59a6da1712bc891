import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { contactMix, contactMixFromSummary, contactMixSummary, mergeContactMixSummaries } from '../index.js';

interface Row {
  readonly channel: string | null;
  readonly resolved: boolean | null;
  readonly fcr: boolean | null;
  readonly satisfied: boolean | null;
}
const answer = fc.constantFrom(true, false, null);
const row: fc.Arbitrary<Row> = fc.record(
  {
    channel: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('phone', 'chat', 'email', 'social', '__proto__') }, { weight: 1, arbitrary: fc.constant(null) }),
    resolved: answer,
    fcr: answer,
    satisfied: answer,
  },
  { noNullPrototype: true },
);
const rows = fc.array(row, { maxLength: 80 });
const fields = {
  by: (r: Row) => r.channel,
  resolved: (r: Row) => r.resolved,
  resolvedOnFirstContact: (r: Row) => r.fcr,
  satisfied: (r: Row) => r.satisfied,
};
const rateOf = (yes: number, no: number): number | null => (yes + no === 0 ? null : (yes / (yes + no)) * 100);

describe('contactMix properties', () => {
  test.prop([rows])('the shares add up to 100 and every rate is in 0–100 or null', (sample) => {
    fc.pre(sample.some((r) => r.channel !== null));
    const mix = contactMix(sample, fields);
    const groups = Object.values(mix.groups);
    expect(groups.reduce((sum, g) => sum + g.share, 0)).toBeCloseTo(100, 10);
    expect(groups.reduce((sum, g) => sum + g.contacts, 0)).toBe(mix.contacts);
    expect(mix.contacts + mix.unclassified).toBe(sample.length);
    for (const g of groups) {
      for (const rate of [g.resolutionRate, g.firstContactResolution, g.satisfaction]) {
        if (rate !== null) {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  test.prop([rows])('agrees with counting each group by filtering', (sample) => {
    fc.pre(sample.some((r) => r.channel !== null));
    const mix = contactMix(sample, fields);
    const classified = sample.filter((r) => r.channel !== null);
    for (const name of new Set(classified.map((r) => r.channel!))) {
      const members = classified.filter((r) => r.channel === name);
      const count = (pick: (r: Row) => boolean | null, value: boolean): number => members.filter((r) => pick(r) === value).length;
      const group = mix.groups[name]!;
      expect(group.contacts).toBe(members.length);
      expect(group.share).toBeCloseTo((members.length / classified.length) * 100, 10);
      const expected = [
        rateOf(count((r) => r.resolved, true), count((r) => r.resolved, false)),
        rateOf(count((r) => r.fcr, true), count((r) => r.fcr, false)),
        rateOf(count((r) => r.satisfied, true), count((r) => r.satisfied, false)),
      ];
      [group.resolutionRate, group.firstContactResolution, group.satisfaction].forEach((rate, i) => {
        if (expected[i] === null) expect(rate).toBeNull();
        else expect(rate).toBeCloseTo(expected[i]!, 10);
      });
    }
    expect(Object.keys(mix.groups).length).toBe(new Set(classified.map((r) => r.channel)).size);
  });

  test.prop([fc.array(rows, { minLength: 1, maxLength: 6 })])('the batch mix equals the mix of merged chunk summaries, whole', (chunks) => {
    const all = chunks.flat();
    fc.pre(all.some((r) => r.channel !== null));
    const merged = chunks.map((chunk) => contactMixSummary(chunk, fields)).reduce((a, b) => mergeContactMixSummaries(a, b));
    expect(merged).toStrictEqual(contactMixSummary(all, fields));
    expect(contactMixFromSummary(merged)).toStrictEqual(contactMix(all, fields));
  });

  test.prop([rows, fc.infiniteStream(fc.nat())])('does not depend on the order of the rows', (sample, seeds) => {
    const shuffled = [...sample];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = seeds.next().value % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(contactMixSummary(shuffled, fields)).toStrictEqual(contactMixSummary(sample, fields));
  });
});
