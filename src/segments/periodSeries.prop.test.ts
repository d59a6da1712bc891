import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  nps,
  npsMetric,
  periodKey,
  periodSeries,
  periodSeriesFromSummaries,
  type NpsSummary,
  type Period,
  type Timestamp,
} from '../index.js';

const DAY = 86_400_000;

/** Instants around the 2026 clock changes of Europe and the United States, and a year boundary. */
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(2026, 2, 5), max: Date.UTC(2026, 3, 5) }),
  fc.integer({ min: Date.UTC(2026, 9, 20), max: Date.UTC(2026, 10, 10) }),
  fc.integer({ min: Date.UTC(2026, 11, 20), max: Date.UTC(2027, 0, 12) }),
);

/** The same instant written as epoch milliseconds, a Date, or an ISO string with Z or an offset. */
const timestamp: fc.Arbitrary<Timestamp> = fc
  .tuple(instant, fc.constantFrom('number', 'date', 'z', 'offset'))
  .map(([ms, form]) => {
    if (form === 'number') return ms;
    if (form === 'date') return new Date(ms);
    const iso = new Date(ms).toISOString();
    if (form === 'z') return iso;
    // The same instant, written at UTC−05:30.
    return `${new Date(ms - 5.5 * 3_600_000).toISOString().slice(0, 23)}-05:30`;
  });

const rows = fc.array(fc.record({ at: timestamp, score: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)) }), {
  maxLength: 80,
});
const zone = fc.constantFrom('UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe');
const period = fc.constantFrom<Period>('day', 'week', 'month');

interface Row { at: Timestamp; score: number | null }

function inputOf(kind: Period, timeZone: string) {
  return { time: (row: Row) => row.at, period: kind, timeZone, value: (row: Row) => row.score, metric: npsMetric() };
}

/**
 * The period key by another route: the local date read by an `Intl.DateTimeFormat` of another
 * locale and options, formatting each instant (no table of hours), and the ISO week by the textbook rule on `Date` (Thursday of the week → its
 * year; week = 1 + ⌊(days from 1 January of that year to the Thursday) / 7⌋).
 */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function independentKey(at: Timestamp, kind: Period, timeZone: string): string {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  let formatter = dateFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(ms);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
  const [year, month, day] = [get('year'), get('month'), get('day')];
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (kind === 'day') return `${String(year)}-${pad(month)}-${pad(day)}`;
  if (kind === 'month') return `${String(year)}-${pad(month)}`;
  const date = Date.UTC(year, month - 1, day);
  const thursday = date + (3 - ((new Date(date).getUTCDay() + 6) % 7)) * DAY;
  const weekYear = new Date(thursday).getUTCFullYear();
  return `${String(weekYear)}-W${pad(1 + Math.floor((thursday - Date.UTC(weekYear, 0, 1)) / DAY / 7))}`;
}

describe('periodSeries properties', () => {
  test.prop([rows, period, zone])("each period's NPS is nps() of the rows an independent calendar puts in it", (data, kind, timeZone) => {
    const result = periodSeries(data, inputOf(kind, timeZone));
    const keys = data.map((row) => independentKey(row.at, kind, timeZone));
    expect(result.map((entry) => entry.key).filter((key) => keys.includes(key))).toEqual([...new Set(keys)].sort());
    for (const entry of result) {
      const scores = data.filter((_, i) => keys[i] === entry.key).map((row) => row.score);
      expect(entry.value).toBe(scores.some((score) => score !== null) ? nps(scores) : null);
    }
  });

  test.prop([timestamp, period, zone])('periodKey agrees with an independent calendar', (at, kind, timeZone) => {
    expect(periodKey(at, kind, { timeZone })).toBe(independentKey(at, kind, timeZone));
  });

  test.prop([rows, period, zone, fc.infiniteStream(fc.nat())])('bucketing does not depend on the order of the rows', (data, kind, timeZone, seeds) => {
    const shuffled = [...data];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = (seeds.next().value as number) % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(periodSeries(shuffled, inputOf(kind, timeZone))).toStrictEqual(periodSeries(data, inputOf(kind, timeZone)));
  });

  test.prop([fc.array(rows, { minLength: 1, maxLength: 5 }), period, zone, fc.boolean()])(
    'a series computed in chunks, summaries merged per period, equals the batch series',
    (chunks, kind, timeZone, fillChunks) => {
      const input = inputOf(kind, timeZone);
      const pieces = chunks.flatMap((chunk) => periodSeries(chunk, { ...input, fillGaps: fillChunks }));
      expect(periodSeriesFromSummaries(pieces, { period: kind, metric: input.metric })).toStrictEqual(periodSeries(chunks.flat(), input));
    },
  );

  test.prop([rows, period, zone])('warehouse counts per period, counted independently, give the batch series', (data, kind, timeZone) => {
    // As a warehouse would: GROUP BY the period key, COUNT promoters, passives, detractors and
    // unanswered rows, here counted by filtering on the independent key.
    const counts = new Map<string, NpsSummary>();
    data.forEach((row) => {
      const key = independentKey(row.at, kind, timeZone);
      const before = counts.get(key) ?? { promoters: 0, passives: 0, detractors: 0, unanswered: 0 };
      const s = row.score;
      counts.set(key, {
        promoters: before.promoters + (s !== null && s >= 9 ? 1 : 0),
        passives: before.passives + (s === 7 || s === 8 ? 1 : 0),
        detractors: before.detractors + (s !== null && s <= 6 ? 1 : 0),
        unanswered: before.unanswered + (s === null ? 1 : 0),
      });
    });
    const warehouse = [...counts].map(([key, summary]) => ({ key, summary }));
    const input = inputOf(kind, timeZone);
    expect(periodSeriesFromSummaries(warehouse, { period: kind, metric: input.metric })).toStrictEqual(periodSeries(data, input));
  });
});
