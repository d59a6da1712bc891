import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { averageDurationFromSummary, durationSummary, mergeDurationSummaries, type DurationSummary } from '../index.js';

const duration = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e5 }));
const period = fc.array(fc.oneof({ weight: 9, arbitrary: duration }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 60 });
const periods = fc.array(period, { minLength: 1, maxLength: 8 });

const mergeAll = (summaries: readonly DurationSummary[]): DurationSummary =>
  summaries.reduce((a, b) => mergeDurationSummaries(a, b), durationSummary([]));

describe('duration summary properties', () => {
  test.prop([periods])('the mean of merged period summaries is the mean of all durations (volume-weighted)', (days) => {
    const all = days.flat().filter((x): x is number => x !== null);
    fc.pre(all.length > 0);
    const merged = mergeAll(days.map((day) => durationSummary(day)));
    // Independent: a plain sum over every duration, divided by how many.
    expect(averageDurationFromSummary(merged)).toBeCloseTo(all.reduce((s, x) => s + x, 0) / all.length, 6);
    // And it weighs each day by its volume: Σ countᵢ·meanᵢ / Σ countᵢ.
    const weighted = days
      .map((day) => durationSummary(day))
      .filter((s) => s.count > 0)
      .reduce((acc, s) => acc + s.count * averageDurationFromSummary(s), 0);
    expect(averageDurationFromSummary(merged)).toBeCloseTo(weighted / all.length, 6);
  });

  test.prop([periods])('merged extremes, counts and missing rows are those of the whole', (days) => {
    const merged = mergeAll(days.map((day) => durationSummary(day)));
    const all = days.flat();
    const present = all.filter((x): x is number => x !== null);
    expect(merged.count).toBe(present.length);
    expect(merged.unanswered).toBe(all.length - present.length);
    expect(merged.minSeconds).toBe(present.length === 0 ? null : Math.min(...present));
    expect(merged.maxSeconds).toBe(present.length === 0 ? null : Math.max(...present));
  });

  test.prop([period, duration])('one more duration above the mean never lowers it; one below never raises it', (day, extra) => {
    const summary = durationSummary(day);
    fc.pre(summary.count > 0);
    const mean = averageDurationFromSummary(summary);
    const after = averageDurationFromSummary(durationSummary([...day, extra]));
    if (extra >= mean) expect(after).toBeGreaterThanOrEqual(mean * (1 - 1e-12));
    else expect(after).toBeLessThanOrEqual(mean * (1 + 1e-12));
  });
});
