import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { JS_WHITESPACE } from '../internal/sql/labels.js';
import { nevFromSummary, nevSummary, periodKey } from '../index.js';
import { nevSummarySql, querySummaries, SqlCheckError } from './index.js';

const engines: Engine[] = [];
const HOSTILE = 'response"; DROP TABLE responses; --';
// Ten responses, classified by hand below.
const responses = [
  { team: 'billing', response: 'happy', at: '2026-03-02T10:00:00Z' },
  { team: 'billing', response: ' Cared for ', at: '2026-03-08T23:30:00Z' }, // Monday 00:30 in Paris (UTC+1): week 11 there
  { team: 'billing', response: 'STRESSED', at: '2026-03-09T10:00:00Z' },
  { team: 'billing', response: 'neutral', at: '2026-03-10T10:00:00Z' },
  { team: 'billing', response: null, at: '2026-03-03T10:00:00Z' },
  { team: 'billing', response: '\u00a0Trusting\t', at: '2026-03-03T10:00:00Z' },
  { team: 'tech', response: 'positive', at: '2026-03-02T10:00:00Z' },
  { team: 'tech', response: 'frustrated', at: '2026-03-02T11:00:00Z' },
  { team: 'tech', response: 'Negative ', at: '2026-03-09T11:00:00Z' },
  { team: null, response: 'pleased', at: '2026-03-02T10:00:00Z' },
];
const EMOJI = { '🙂': 'positive', '😐': 'neutral', '🙁': 'negative', 'très bien ': 'positive' } as const;
const taps = ['🙂', '🙂 ', '😐', '🙁', 'Très bien', 'happy'];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
  for (const engine of engines) {
    await engine.load('responses', { team: 'TEXT', response: 'TEXT', at: 'TIMESTAMPTZ' }, responses);
    await engine.load('taps', { response: 'TEXT' }, taps.map((response) => ({ response })));
    // Each character JavaScript trims, on both sides of an emotion.
    await engine.load('spaces', { response: 'TEXT' }, Array.from(JS_WHITESPACE).map((space) => ({ response: `${space}Happy${space}` })));
    // Unknown to nevSummary: 'angry' (twice), '', 'cared  for' (two spaces), an emoji without a label.
    await engine.load('dirty', { response: 'TEXT' }, ['happy', 'angry', 'angry', '', 'cared  for', '😀', null].map((response) => ({ response })));
    await engine.load('numbers', { response: 'DOUBLE PRECISION' }, [{ response: 1 }]);
    await engine.load('hostile', { [HOSTILE]: 'TEXT' }, [{ [HOSTILE]: 'Valued' }, { [HOSTILE]: null }]);
    // Capitals JavaScript lower-cases otherwise than DuckDB: 'İ' (U+0130) to 'i' + U+0307, a final 'Σ' to 'ς'.
    await engine.load('dotted', { response: 'TEXT' }, ['happy', '\u0130NTERESTED'].map((response) => ({ response })));
    await engine.load('sigmas', { response: 'TEXT' }, ['\u03b1\u03c3', '\u0391\u03a3'].map((response) => ({ response })));
    await engine.load('inner_sigma', { response: 'TEXT' }, ['\u03c3\u03b1', '\u03a3\u0391'].map((response) => ({ response })));
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

test('JS_WHITESPACE is every code point that String.prototype.trim removes', () => {
  const trimmed: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (String.fromCodePoint(code).trim() === '') trimmed.push(String.fromCodePoint(code));
  }
  expect(Array.from(JS_WHITESPACE).sort()).toStrictEqual(trimmed.sort());
});

describe.each(['duckdb', 'postgres'] as const)('nevSummarySql on %s', (name) => {
  const engine = (): Engine => engines.find((e) => e.name === name)!;

  test('classifies per group as nevSummary does: trimmed, case ignored', async () => {
    const rows = await querySummaries(nevSummarySql({ dialect: name, from: 'responses', response: 'response', groupBy: ['team'] }), engine().run);
    // By hand: billing happy, cared for, trusting positive; neutral; stressed negative; NULL → 3, 1, 1, 1
    // unanswered. Tech: positive; frustrated and negative → 1, 0, 2. No team: pleased → 1, 0, 0.
    expect(rows).toStrictEqual([
      { groups: { team: 'billing' }, summary: { positive: 3, neutral: 1, negative: 1, unanswered: 1 } },
      { groups: { team: 'tech' }, summary: { positive: 1, neutral: 0, negative: 2, unanswered: 0 } },
      { groups: { team: null }, summary: { positive: 1, neutral: 0, negative: 0, unanswered: 0 } },
    ]);
    expect(rows[0]!.summary).toStrictEqual(nevSummary(responses.filter((row) => row.team === 'billing').map((row) => row.response)));
    // Billing: 100 × (3 − 1) / 5.
    expect(nevFromSummary(rows[0]!.summary)).toBe(40);
  });

  test('by ISO week in Europe/Paris, the keys periodKey gives', async () => {
    const query = nevSummarySql({ dialect: name, from: 'responses', response: 'response', period: { column: 'at', unit: 'week', timeZone: 'Europe/Paris' } });
    expect(periodKey('2026-03-08T23:30:00Z', 'week', { timeZone: 'Europe/Paris' })).toBe('2026-W11');
    // Week 10: happy, NULL, trusting, positive, frustrated, pleased → 4, 0, 1, 1 unanswered;
    // week 11: cared for, STRESSED, neutral, Negative → 1, 1, 2.
    expect(await querySummaries(query, engine().run)).toStrictEqual([
      { groups: {}, period: '2026-W10', summary: { positive: 4, neutral: 0, negative: 1, unanswered: 1 } },
      { groups: {}, period: '2026-W11', summary: { positive: 1, neutral: 1, negative: 2, unanswered: 0 } },
    ]);
  });

  test('every character JavaScript trims is trimmed', async () => {
    const [all] = await querySummaries(nevSummarySql({ dialect: name, from: 'spaces', response: 'response' }), engine().run);
    expect(all!.summary).toStrictEqual({ positive: JS_WHITESPACE.length, neutral: 0, negative: 0, unanswered: 0 });
  });

  test('labels of the options, trimmed and lower-cased as nevSummary does', async () => {
    const [all] = await querySummaries(nevSummarySql({ dialect: name, from: 'taps', response: 'response' }, { labels: EMOJI }), engine().run);
    // 🙂, '🙂 ', 'Très bien' (the label 'très bien ' trimmed) and happy positive; 😐 neutral; 🙁 negative.
    expect(all!.summary).toStrictEqual({ positive: 4, neutral: 1, negative: 1, unanswered: 0 });
    expect(all!.summary).toStrictEqual(nevSummary(taps, { labels: EMOJI }));
    // Without the labels, the emoji are unknown.
    await expect(querySummaries(nevSummarySql({ dialect: name, from: 'taps', response: 'response' }), engine().run)).rejects.toMatchObject({ code: 'UNKNOWN_VALUE', badRows: 5 });
  });

  test('unknown labels and non-text values are bad, with the code nevSummary gives', async () => {
    const error = (await querySummaries(nevSummarySql({ dialect: name, from: 'dirty', response: 'response' }), engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    expect(error).toBeInstanceOf(SqlCheckError);
    // angry, angry, '', 'cared  for', 😀: 5 bad rows; angry the most frequent.
    expect(error).toMatchObject({ metric: 'nevSummarySql', column: 'response', field: 'column "response"', code: 'UNKNOWN_VALUE', badRows: 5, received: 'angry' });
    expect(error.examples[0]).toStrictEqual({ value: 'angry', rows: 2 });
    expect(error.examples.map((example) => example.value)).toEqual(expect.arrayContaining(['', 'cared  for', '😀']));
    for (const value of ['', 'cared  for', '😀']) expectMetricError(() => nevSummary([value]), { metric: 'nevSummary', code: 'UNKNOWN_VALUE' });
    // A number is not a label: WRONG_TYPE, as nevSummary([1]) says.
    expectMetricError(() => nevSummary([1 as never]), { metric: 'nevSummary', code: 'WRONG_TYPE' });
    await expect(querySummaries(nevSummarySql({ dialect: name, from: 'numbers', response: 'response' }), engine().run)).rejects.toMatchObject({ code: 'WRONG_TYPE', badRows: 1, received: 1 });
  });

  test('a capital lower-cased otherwise by the engine matches no label: bad, never miscounted', async () => {
    // 'İNTERESTED' lower-cases to 'i̇nterested' (with U+0307) in JavaScript, an unknown label;
    // DuckDB's lower gives 'interested', which a bare lower(…) IN (…) counted as positive.
    expectMetricError(() => nevSummary(['\u0130NTERESTED']), { metric: 'nevSummary', code: 'UNKNOWN_VALUE' });
    await expect(querySummaries(nevSummarySql({ dialect: name, from: 'dotted', response: 'response' }), engine().run)).rejects.toMatchObject({
      code: 'UNKNOWN_VALUE',
      badRows: 1,
      received: '\u0130NTERESTED',
    });
    // With the label 'ασ': 'ΑΣ' is 'ας' (final sigma) in JavaScript, unknown; 'ασ' in DuckDB.
    const greek = { labels: { '\u03b1\u03c3': 'positive', '\u03c3\u03b1': 'negative' } } as const;
    expectMetricError(() => nevSummary(['\u0391\u03a3'], greek), { metric: 'nevSummary', code: 'UNKNOWN_VALUE' });
    await expect(querySummaries(nevSummarySql({ dialect: name, from: 'sigmas', response: 'response' }, greek), engine().run)).rejects.toMatchObject({
      code: 'UNKNOWN_VALUE',
      badRows: 1,
    });
    // The price: 'ΣΑ', which JavaScript reads as 'σα', is reported too (INCONSISTENT: nevSummary accepts it), not counted.
    expect(nevSummary(['\u03a3\u0391'], greek)).toStrictEqual({ positive: 0, neutral: 0, negative: 1, unanswered: 0 });
    await expect(querySummaries(nevSummarySql({ dialect: name, from: 'inner_sigma', response: 'response' }, greek), engine().run)).rejects.toMatchObject({
      code: 'INCONSISTENT',
      badRows: 1,
      received: '\u03a3\u0391',
    });
  });

  test('a hostile column name is one quoted identifier', async () => {
    const [all] = await querySummaries(nevSummarySql({ dialect: name, from: 'hostile', response: HOSTILE }), engine().run);
    expect(all!.summary).toStrictEqual({ positive: 1, neutral: 0, negative: 0, unanswered: 1 });
    await expect(querySummaries(nevSummarySql({ dialect: name, from: 'responses', response: HOSTILE }), engine().run)).rejects.toThrow(/not found|does not exist|does not have a column/i);
    expect(await engine().run('SELECT COUNT(*) AS n FROM responses', [])).toStrictEqual([{ n: name === 'duckdb' ? 10n : '10' }]);
  });
});

describe('nevSummarySql text and input', () => {
  test('the portable text: no FILTER, `?` in the order of the values; it runs on DuckDB', async () => {
    const query = nevSummarySql({ dialect: 'portable', from: { query: 'SELECT * FROM responses WHERE team = ?', values: ['tech'] }, response: 'response' });
    expect(query.text).not.toContain('FILTER');
    expect(query.text).not.toMatch(/\$\d/);
    expect(query.text.split('?').length - 1).toBe(query.values.length);
    // The subquery's value first, then per class 'İ' (its labels hold an i), the characters to trim and its labels.
    expect(query.values.slice(0, 4)).toStrictEqual(['tech', '\u0130', JS_WHITESPACE, 'happy']);
    expect((await querySummaries(query, engines[0]!.run))[0]!.summary).toStrictEqual({ positive: 1, neutral: 0, negative: 2, unanswered: 0 });
  });

  test('options are checked as nev checks them, for nevSummarySql', () => {
    const input = { dialect: 'duckdb', from: 't', response: 'r' } as const;
    expectMetricError(() => nevSummarySql(input, { labels: { Happy: 'negative' } }), { metric: 'nevSummarySql', field: 'options.labels["Happy"]', code: 'INCONSISTENT' });
    expectMetricError(() => nevSummarySql(input, { labels: { '🙂': 'good' as never } }), { metric: 'nevSummarySql', field: 'options.labels["🙂"]', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => nevSummarySql(input, { labels: { ' ': 'neutral' } }), { metric: 'nevSummarySql', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => nevSummarySql({ ...input, response: 5 } as never), { metric: 'nevSummarySql', field: 'input.response', code: 'WRONG_TYPE' });
  });
});
