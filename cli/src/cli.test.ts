// The CLI end to end, in process: files with what real exports hold, read by the command, and
// compared with the library on the same rows (read by csv-parse, an independent CSV reader) or
// with numbers worked out by hand in the comments.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  abandonmentRateMetric,
  cesMetric,
  compareGroups,
  contactMixMetric,
  csatMetric,
  durationPercentile,
  firstContactOutcomes,
  firstContactResolutionMetric,
  groupBy,
  meanMetric,
  nevMetric,
  npsMetric,
  proportionMetric,
  serviceLevelMetric,
  type QueueContact,
  type SegmentMetric,
} from 'service-metrics';
import { cli } from './runForTest.js';
import { progressRunner } from './compute.js';
import type { MetricResultJson } from './result.js';
// The throwaway PostgreSQL server of `npm test` (its settings come through vitest's `inject`).
import type {} from '../../test/engines/globalSetup.js';

const directory = mkdtempSync(join(tmpdir(), 'service-metrics-cli-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});


async function json(...argv: string[]): Promise<MetricResultJson> {
  const { code, stdout, stderr } = await cli(...argv, '--format', 'json');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as MetricResultJson;
}

function file(name: string, content: string | Buffer): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

// An export as real ones are: a byte-order mark, CRLF line ends, a header with spaces, quoted
// commas, quotes and newlines in free text, a blank line, NA and n/a tokens, scale labels,
// Y/N/yes/no/true flags, h:mm:ss durations and day-first dates. Lines: the header is line 1;
// record 2 spans lines 3–5; line 6 is blank.
const MESSY = [
  'Id,Channel Name,NPS Score,Comment,Submitted,Escalated,Handle Time',
  '1,chat,10 - Extremely likely,"hello, world",31/05/2023 10:00,Y,0:05:10',
  '2,phone,NA,"multi\r\nline\r\ntext",01/06/2023 09:00,n,125',
  '',
  '3,email,7,ok,02/06/2023 11:30,yes,',
  '4,chat,9,"she said ""great""",02/06/2023 23:30,no,1:00:00',
  '5, chat ,3,,03/06/2023 08:00,N,n/a',
  '6,phone,0 - Not at all likely,x,03/06/2023 12:00,true,90',
].join('\r\n');
const messy = file('messy.csv', `\uFEFF${MESSY}\r\n`);
const READ = ['--missing', 'NA,n/a', '--date-format', '%d/%m/%Y %H:%M'];

describe('a messy export', () => {
  it('NPS: labels read as their number, NA is no answer, groups trimmed', async () => {
    // Scores 10, –, 7, 9, 3, 0: promoters 2, passives 1, detractors 2 of 5: NPS 0.
    // chat 10, 9, 3: (2 − 1)/3; email 7: 0; phone 0 (and NA): −100.
    const result = await json('nps', messy, '--score', 'NPS Score', '--by', 'Channel Name', ...READ);
    expect(result.value).toBe(0);
    expect([result.answered, result.unanswered]).toEqual([5, 1]);
    expect(result.summary).toEqual({ promoters: 2, passives: 1, detractors: 2, unanswered: 1 });
    expect(result.groups.map((group) => [group.key['Channel Name'], group.value, group.answered])).toEqual([
      ['chat', (100 * 1) / 3, 3],
      ['email', 0, 1],
      ['phone', -100, 1],
    ]);
  });

  it('periods from day-first dates, in a time zone', async () => {
    // 31 May: 10 (100); 1 June: NA only (no value); 2 June: 7, 9 (50); 3 June: 3, 0 (−100).
    const result = await json('nps', messy, '--score', 'NPS Score', '--period', 'day', '--time', 'Submitted', '--tz', 'Europe/Paris', ...READ);
    expect(result.groups.map((group) => [group.period, group.value])).toEqual([
      ['2023-05-31', 100],
      ['2023-06-01', null],
      ['2023-06-02', 50],
      ['2023-06-03', -100],
    ]);
  });

  it('escalation from Y/N flags, and AHT from h:mm:ss and seconds', async () => {
    // Y n yes no N true: 3 of 6.
    const escalation = await json('escalation', messy, '--escalated', 'Escalated', ...READ);
    expect(escalation.value).toBe(50);
    expect(escalation.answered).toBe(6);
    // 0:05:10 = 310, 125, 1:00:00 = 3600, 90; two missing: (310 + 125 + 3600 + 90) / 4.
    const aht = await json('aht', messy, '--duration', 'Handle Time', ...READ);
    expect(aht.value).toBe(4125 / 4);
    expect([aht.answered, aht.unanswered]).toEqual([4, 2]);
    const within = await json('aht', messy, '--duration', 'Handle Time', '--statistic', 'within=300', ...READ);
    expect(within.value).toBe(50); // 125 and 90 of the four
  });

  it('the same file as TSV and as JSON lines gives the same NPS', async () => {
    const rows = parse<Record<string, string>>(MESSY, { columns: true, bom: true, skip_empty_lines: true });
    const tsv = file('messy.tsv', [Object.keys(rows[0]!).join('\t'), ...rows.map((row) => Object.values(row).map((cell) => cell.replace(/\s+/g, ' ')).join('\t'))].join('\n'));
    const jsonl = file('messy.jsonl', rows.map((row) => JSON.stringify(row)).join('\n'));
    for (const path of [tsv, jsonl]) {
      const result = await json('nps', path, '--score', 'NPS Score', ...READ);
      expect(result.summary).toEqual({ promoters: 2, passives: 1, detractors: 2, unanswered: 1 });
    }
  });
});

describe('bad data', () => {
  // The messy export (its last record on line 10) with four bad cells: a score of 11 (line 11),
  // a flag "maybe" and a two-part time "1:02" (line 12), a date that does not exist, 31 June (line 13).
  const bad = file(
    'bad.csv',
    `${MESSY}\r\n7,chat,11,x,04/06/2023 10:00,Y,60\r\n8,chat,8,x,04/06/2023 10:00,maybe,1:02\r\n9,email,9,x,31/06/2023 10:00,N,60\r\n`,
  );

  it('a metric stops with the first bad rows and their lines (exit code 1)', async () => {
    const { code, stderr, stdout } = await cli('nps', bad, '--score', 'NPS Score', '--period', 'day', '--time', 'Submitted', ...READ);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('2 bad rows');
    expect(stderr).toContain('line 11, NPS Score: "11": must be an integer from 0 to 10');
    expect(stderr).toContain('line 13, Submitted: "31/06/2023 10:00": not a time in the format %d/%m/%Y %H:%M');
  });

  it('check lists every bad row, with counts per reason', async () => {
    const { code, stdout } = await cli('check', 'escalation', bad, '--escalated', 'Escalated', '--format', 'json', ...READ);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as { rows: number; badRows: number; bad: { line: number; column: string; value: string }[] };
    expect(result.rows).toBe(9);
    expect(result.bad).toEqual([{ line: 12, column: 'Escalated', value: 'maybe', reason: 'not a yes/no flag (Y/N, yes/no, true/false, 1/0)' }]);
    const aht = await cli('check', 'aht', bad, '--duration', 'Handle Time', '--by', 'Channel Name', ...READ);
    expect(aht.code).toBe(1);
    expect(aht.stdout).toMatch(/^\s*12\s+Handle Time\s+"1:02"\s+not a duration/m);
  });

  it('a date that does not exist is bad, never the next day', async () => {
    const { code, stdout } = await cli('check', 'nps', bad, '--score', 'NPS Score', '--period', 'month', '--time', 'Submitted', '--format', 'json', ...READ);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as { bad: { line: number; column: string }[]; reasons: { column: string; rows: number }[] };
    expect(result.bad.map((row) => [row.line, row.column])).toEqual([
      [11, 'NPS Score'],
      [13, 'Submitted'],
    ]);
  });

  it('a clean file checks clean (exit code 0)', async () => {
    const { code, stdout } = await cli('check', 'nps', messy, '--score', 'NPS Score', ...READ);
    expect(code).toBe(0);
    expect(stdout).toContain('no bad rows');
  });

  it('without --missing, NA is a bad value, not a silent gap', async () => {
    const { code, stderr } = await cli('nps', messy, '--score', 'NPS Score');
    expect(code).toBe(1);
    expect(stderr).toContain('line 3, NPS Score: "NA": not a number');
  });

  // LF line ends (the messy export has CRLF): header line 1, a record on line 2, blank lines 3
  // and 4, a record spanning lines 5–6, then lines 7 and 8.
  const lf = file('lf.csv', 'score,at\n9,2026-01-05T10:00:00Z\n\n\n"7\nx",x\n10,\nx,2026-01-06T10:00:00Z\n');

  it('line numbers hold with LF line ends, blank lines and a cell across two lines', async () => {
    const { code, stdout } = await cli('check', 'nps', lf, '--score', 'score', '--format', 'json');
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as { bad: { line: number; column: string }[] };
    expect(result.bad.map(({ line, column }) => [line, column])).toEqual([
      [5, 'score'],
      [8, 'score'],
    ]);
  });

  it('with --period, a row without a time is a bad row (it has no period), not a crash', async () => {
    const { code, stderr } = await cli('nps', lf, '--score', 'score', '--period', 'week', '--time', 'at');
    expect(code).toBe(1);
    expect(stderr).toContain('line 7, at: (empty): missing: a row without a time has no period');
    const checked = await cli('check', 'nps', lf, '--score', 'score', '--period', 'week', '--time', 'at', '--format', 'json');
    expect((JSON.parse(checked.stdout) as { bad: { line: number; column: string }[] }).bad.map(({ line, column }) => [line, column])).toEqual([
      [5, 'score'],
      [5, 'at'],
      [7, 'at'],
      [8, 'score'],
    ]);
  });
});

describe('usage errors: one line on stderr, exit code 2', () => {
  it('an unknown column names the columns that exist', async () => {
    const { code, stderr } = await cli('nps', messy, '--score', 'nps score');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'service-metrics: --score "nps score": no such column (did you mean "NPS Score"?); the columns are "Id", "Channel Name", "NPS Score", "Comment", "Submitted", "Escalated", "Handle Time"\n',
    );
  });

  it('a bad option value, a missing file, a missing column option', async () => {
    expect((await cli('service-level', messy, '--wait', 'Handle Time', '--abandoned', 'Escalated', '--threshold', 'twenty')).stderr).toBe('service-metrics: --threshold must be a number, got "twenty"\n');
    expect((await cli('nps', join(directory, 'nothing.csv'), '--score', 'x')).code).toBe(2);
    expect((await cli('nps', messy)).stderr).toBe('service-metrics: --score <column> is required\n');
    expect((await cli('nps', messy, '--score', 'NPS Score', '--confidence', '95')).code).toBe(2);
    expect((await cli('nps', messy, '--score', 'NPS Score', '--period', 'day')).stderr).toContain('--period needs --time');
    expect((await cli('nps', messy, '--score', 'NPS Score', '--tz', 'Mars/Olympus')).stderr).toContain('not an IANA time zone');
    expect((await cli('nps', messy, '--score', 'NPS Score', '--bogus')).code).toBe(2);
  });

  it('a Latin-1 file read as UTF-8 says which option reads it', async () => {
    const latin = file('latin.csv', Buffer.from('channel,score\nt\xe9l\xe9phone,9\nchat,3\n', 'latin1'));
    const { code, stderr } = await cli('nps', latin, '--score', 'score');
    expect(code).toBe(2);
    expect(stderr).toContain('--encoding latin-1');
    const result = await json('nps', latin, '--score', 'score', '--by', 'channel', '--encoding', 'latin-1');
    expect(result.groups.map((group) => [group.key['channel'], group.value])).toEqual([
      ['chat', -100],
      ['téléphone', 100],
    ]);
  });
});

// The bundled sample, read by csv-parse and computed by the library: the CLI must agree.
const surveys = parse<Record<string, string>>(readFileSync('data/sample/surveys.csv'), { columns: true });
const contacts = parse<Record<string, string>>(readFileSync('data/sample/contacts.csv'), { columns: true });
const score = (text: string): number | null => (text === '' ? null : Number(text));

describe('the bundled sample, as the library computes it', () => {
  it("the README's Quick start: NPS by channel", async () => {
    const expected = groupBy(surveys, { key: (row) => row['channel']!, value: (row) => score(row['npsScore']!), metric: npsMetric() });
    const result = await json('nps', 'data/sample/surveys.csv', '--score', 'npsScore', '--by', 'channel');
    expect(result.groups.map((group) => [group.key['channel'], group.value, group.interval, group.answered, group.small])).toEqual(
      expected.map((group) => [group.key, group.value, group.interval && { lower: group.interval.lower, upper: group.interval.upper, method: group.interval.method, confidence: 0.95 }, group.answered, group.small]),
    );
  });

  it('service level by channel', async () => {
    const metric = serviceLevelMetric({ thresholdSeconds: 20 });
    const contact = (row: Record<string, string>): QueueContact => ({ waitSeconds: Number(row['waitSeconds']), outcome: row['outcome'] as QueueContact['outcome'] });
    const expected = groupBy(contacts, { key: (row) => row['channel']!, value: contact, metric });
    const result = await json('service-level', 'data/sample/contacts.csv', '--wait', 'waitSeconds', '--outcome', 'outcome', '--threshold', '20', '--by', 'channel');
    expect(result.groups.map((group) => [group.key['channel'], group.value, group.answered])).toEqual(expected.map((group) => [group.key, group.value, group.answered]));
  });

  it('--compare first: Holm-adjusted tests, as compareGroups gives them', async () => {
    const groups = groupBy(surveys, { key: (row) => row['channel']!, value: (row) => score(row['npsScore']!), metric: npsMetric() });
    const expected = compareGroups(groups, { metric: npsMetric(), against: { key: groups[0]!.key }, adjustment: 'holm' });
    const result = await json('nps', 'data/sample/surveys.csv', '--score', 'npsScore', '--by', 'channel', '--compare', 'first');
    expect(result.groups.map((group) => group.comparison?.adjustedPValue ?? null)).toEqual(expected.map((test) => test.adjustedPValue));
    expect(result.groups.map((group) => group.comparison?.difference ?? null)).toEqual(expected.map((test) => test.comparison?.difference ?? null));
  });

  it('outputs: table, CSV and Markdown carry the same numbers', async () => {
    const argv = ['nps', 'data/sample/surveys.csv', '--score', 'npsScore', '--by', 'channel'];
    const result = await json(...argv);
    const csv = parse<Record<string, string>>((await cli(...argv, '--format', 'csv')).stdout, { columns: true });
    expect(csv.map((row) => [row['channel'], Number(row['value']), Number(row['answered'])])).toEqual(result.groups.map((group) => [group.key['channel'], group.value, group.answered]));
    const table = (await cli(...argv)).stdout;
    for (const group of result.groups) expect(table).toMatch(new RegExp(`^${String(group.key['channel'])}\\s+${group.value!.toFixed(1)}\\s`, 'm'));
    expect((await cli(...argv, '--format', 'markdown')).stdout).toContain(`| chat | ${result.groups[0]!.value!.toFixed(1)} |`);
  });

  // Each command over the sample, against the library's descriptor over the same rows.
  const value = <V, S>(metric: SegmentMetric<V, S>, values: readonly V[]): number => metric.value(metric.summarise(values));
  const flag = (text: string): 0 | 1 | null => (text === '' ? null : text === 'true' ? 1 : 0);
  const queue = (row: Record<string, string>): QueueContact => ({ waitSeconds: Number(row['waitSeconds']), outcome: row['outcome'] as QueueContact['outcome'] });
  const cases: [string, string[], () => number][] = [
    ['csat', ['data/sample/surveys.csv', '--score', 'csatScore'], () => value(csatMetric(), surveys.map((row) => score(row['csatScore']!)))],
    ['ces', ['data/sample/surveys.csv', '--score', 'cesScore'], () => value(cesMetric(), surveys.map((row) => score(row['cesScore']!)))],
    ['ces', ['data/sample/surveys.csv', '--score', 'cesScore', '--report', 'net'], () => value(cesMetric({ report: 'net' }), surveys.map((row) => score(row['cesScore']!)))],
    ['nev', ['data/sample/surveys.csv', '--response', 'emotion'], () => value(nevMetric(), surveys.map((row) => (row['emotion'] === '' ? null : row['emotion']!)))],
    ['abandonment', ['data/sample/contacts.csv', '--outcome', 'outcome'], () => value(abandonmentRateMetric(), contacts.map(queue))],
    ['abandonment', ['data/sample/contacts.csv', '--outcome', 'outcome', '--wait', 'waitSeconds', '--short-abandon', '5'], () => value(abandonmentRateMetric({ shortAbandonSeconds: 5 }), contacts.map(queue))],
    ['asa', ['data/sample/contacts.csv', '--wait', 'waitSeconds', '--outcome', 'outcome'], () => value(meanMetric(), contacts.filter((row) => row['outcome'] === 'answered').map((row) => Number(row['waitSeconds'])))],
    ['aht', ['data/sample/contacts.csv', '--duration', 'talkSeconds,holdSeconds,afterContactSeconds'], () => value(meanMetric(), contacts.map((row) => Number(row['talkSeconds']) + Number(row['holdSeconds']) + Number(row['afterContactSeconds'])))],
    ['first-response-time', ['data/sample/contacts.csv', '--duration', 'firstResponseSeconds', '--statistic', 'median'], () => durationPercentile(contacts.flatMap((row) => (row['firstResponseSeconds'] === '' ? [] : [Number(row['firstResponseSeconds'])])), { percentile: 50 })],
    ['resolution-time', ['data/sample/contacts.csv', '--duration', 'resolutionSeconds', '--statistic', 'within=3600'], () => value(proportionMetric(), contacts.map((row) => (row['resolutionSeconds'] === '' ? null : Number(row['resolutionSeconds']) <= 3600)))],
    ['escalation', ['data/sample/contacts.csv', '--escalated', 'escalated'], () => value(proportionMetric(), contacts.map((row) => flag(row['escalated']!)))],
    ['fcr', ['data/sample/contacts.csv', '--resolved', 'resolved'], () => value(proportionMetric(), contacts.map((row) => flag(row['resolved']!)))],
    [
      'fcr',
      ['data/sample/contacts.csv', '--customer', 'customerId', '--contacted-at', 'startedAt', '--window-days', '3'],
      () => value(firstContactResolutionMetric(), firstContactOutcomes(contacts, (row) => ({ customerId: row['customerId']!, contactedAt: Date.parse(row['startedAt']!) }), { repeatWindowSeconds: 3 * 86_400 })),
    ],
  ];
  it.each(cases)('%s %s', async (command, argv, expected) => {
    const result = await json(command, ...argv);
    expect(result.value).toBeCloseTo(expected(), 9);
  });

  it('contact mix: each channel and its share', async () => {
    const result = await json('contact-mix', 'data/sample/contacts.csv', '--channel', 'channel');
    const channels = [...new Set(contacts.map((row) => row['channel']!))].sort();
    expect(result.groups.map((group) => [group.key['channel'], group.value])).toEqual(channels.map((channel) => [channel, value(contactMixMetric({ category: channel }), contacts.map((row) => row['channel']!))]));
  });

  it('a --by column may have the name of a column the metric uses internally', async () => {
    const path = file('names.csv', 'rating,score\n10,a\n0,b\n9,a\n');
    const result = await json('nps', path, '--score', 'rating', '--by', 'score');
    expect(result.groups.map((group) => [group.key['score'], group.value])).toEqual([
      ['a', 100],
      ['b', -100],
    ]);
  });

  it('--out writes the file', async () => {
    const out = join(directory, 'nps.json');
    const { stdout } = await cli('nps', 'data/sample/surveys.csv', '--score', 'npsScore', '--format', 'json', '--out', out);
    expect(stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as MetricResultJson).metric).toBe('nps');
  });
});

describe('progress on a terminal', () => {
  it('a long query shows the share read on stderr, then clears the line', async () => {
    let stderr = '';
    const slow = () => new Promise<[]>((resolve) => setTimeout(() => { resolve([]); }, 1200));
    const run = progressRunner(slow, { stdout: () => undefined, stderr: (text) => (stderr += text), interactive: true }, () => 42.7);
    await run('SELECT 1', []);
    expect(stderr).toContain('service-metrics: reading… 42 %, ');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
    let quiet = '';
    await progressRunner(slow, { stdout: () => undefined, stderr: (text) => (quiet += text), interactive: false }, () => 42)('SELECT 1', []);
    expect(quiet).toBe('');
  });
});

describe('HTML: --format html and report', () => {
  it('--format html writes one self-contained page with the chart', async () => {
    const { code, stdout } = await cli('nps', 'data/sample/surveys.csv', '--score', 'npsScore', '--by', 'channel', '--format', 'html');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(stdout).toContain('<svg');
    expect(stdout).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('report runs each metric of a YAML configuration, paths relative to it', async () => {
    const sample = join(process.cwd(), 'data/sample');
    const config = file(
      'report.yaml',
      [
        'title: November <support>',
        'defaults: { tz: Europe/Paris }',
        'metrics:',
        `  - { metric: nps, file: ${join(sample, 'surveys.csv')}, options: { score: npsScore, by: channel } }`,
        `  - { metric: service-level, file: ${join(sample, 'contacts.csv')}, options: { wait: waitSeconds, outcome: outcome, threshold: 20, period: week, time: startedAt } }`,
      ].join('\n'),
    );
    const out = join(directory, 'report.html');
    const { code, stderr } = await cli('report', config, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain(`wrote ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('November &lt;support&gt;');
    expect(html.match(/<svg/g)).toHaveLength(2);
    const nps = await json('nps', 'data/sample/surveys.csv', '--score', 'npsScore');
    expect(html).toContain(nps.value!.toFixed(1));
  });

  it('a report entry with a usage error or bad data fails with its index', async () => {
    const wrong = file('wrong.json', JSON.stringify({ metrics: [{ metric: 'nps', file: 'messy.csv', options: { score: 'nope' } }] }));
    const usage = await cli('report', wrong, '--out', join(directory, 'wrong.html'));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^service-metrics: report: metrics\[0\] \(nps\): --score "nope": no such column/);
    const bad = file('bad.json', JSON.stringify({ metrics: [{ metric: 'nps', file: 'messy.csv', options: { score: 'NPS Score' } }] }));
    expect((await cli('report', bad, '--out', join(directory, 'bad.html'))).code).toBe(1);
    expect((await cli('report', file('empty.json', '{}'))).stderr).toContain('a report needs "metrics"');
  });
});

describe('--db: the same SQL on PostgreSQL', () => {
  it('NPS by channel from a table equals NPS from the file', async () => {
    const settings = inject('postgres');
    const client = new pg.Client({ ...settings, database: 'metrics' });
    await client.connect();
    try {
      await client.query('DROP TABLE IF EXISTS cli_surveys');
      await client.query('CREATE TABLE cli_surveys (channel TEXT, "npsScore" INTEGER, "submittedAt" TIMESTAMPTZ)');
      for (let start = 0; start < surveys.length; start += 500) {
        const chunk = surveys.slice(start, start + 500);
        const values = chunk.flatMap((row) => [row['channel'], score(row['npsScore']!), row['submittedAt']]);
        await client.query(`INSERT INTO cli_surveys VALUES ${chunk.map((_, index) => `($${3 * index + 1}, $${3 * index + 2}, $${3 * index + 3})`).join(', ')}`, values);
      }
      const url = `postgres://${settings.user}@${settings.host}:${settings.port}/metrics`;
      const argv = ['--score', 'npsScore', '--by', 'channel', '--period', 'week', '--time', 'submittedAt', '--tz', 'America/New_York'];
      const fromDb = await json('nps', '--db', url, '--table', 'cli_surveys', ...argv);
      const fromFile = await json('nps', 'data/sample/surveys.csv', ...argv);
      expect(fromDb.groups).toEqual(fromFile.groups);
      expect(fromDb.summary).toEqual(fromFile.summary);
      const query = await json('nps', '--db', url, '--query', "SELECT * FROM cli_surveys WHERE channel = 'chat'", '--score', 'npsScore');
      expect(query.summary).toEqual(fromFile.groups.filter((group) => group.key['channel'] === 'chat').reduce((sum, group) => npsMetric().merge(sum, group.summary as never), npsMetric().summarise([])));
      expect((await cli('nps', '--db', url, '--table', 'cli_surveys', '--score', 'score')).stderr).toContain('the columns are "channel", "npsScore", "submittedAt"');
      await client.query(`INSERT INTO cli_surveys VALUES ('chat', 9, NULL)`);
      const untimed = await cli('nps', '--db', url, '--table', 'cli_surveys', ...argv);
      expect(untimed.code).toBe(1);
      expect(untimed.stderr).toContain('cli_surveys: 1 row has no submittedAt (a row without a time has no period), so no nps was computed');
    } finally {
      await client.query('DROP TABLE IF EXISTS cli_surveys');
      await client.end();
    }
  });
});
