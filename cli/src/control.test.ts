// --control's charts over hand-made period groups. Every expected number is worked out here
// from the counts or values, by the textbook formulas (Montgomery §7.2 for the p-chart, Laney
// 2002 for p′, Wheeler's XmR constants), never read from the code under test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, test } from 'vitest';
import { controlChartOf, proportionSample, withControl, type ControlOptions } from './control.js';
import { UsageError } from './errors.js';
import type { GroupJson, MetricResultJson } from './result.js';
import { cli } from './runForTest.js';

const WESTERN_ELECTRIC = ['beyondLimits', 'twoOfThreeBeyondTwoSigma', 'fourOfFiveBeyondOneSigma', 'runOfEight'];

function options(periods: number, more: Partial<ControlOptions> = {}): ControlOptions {
  return { baseline: { periods }, rules: 'westernElectric', laney: false, ...more };
}

/** A period of a proportion: `count` of `size` contacts, valued as the CLI values it. */
function share(period: string, count: number, size: number, key: GroupJson['key'] = {}): GroupJson {
  return { key, period, value: size === 0 ? null : (100 * count) / size, interval: null, answered: size, unanswered: 0, small: false, summary: null };
}

/** A period of a one-number metric (NPS, AHT). */
function single(period: string, value: number | null, key: GroupJson['key'] = {}): GroupJson {
  return { key, period, value, interval: null, answered: value === null ? 0 : 50, unanswered: 0, small: false, summary: null };
}

/** A copy without its `control` field. */
function withoutControl<T extends { readonly control?: unknown }>(item: T): Omit<T, 'control'> {
  const copy: { control?: unknown } & Omit<T, 'control'> = { ...item };
  delete copy.control;
  return copy;
}

/** Deep-frozen groups, to prove nothing is written to them. */
function frozen(groups: GroupJson[]): GroupJson[] {
  return Object.freeze(groups.map((group) => Object.freeze({ ...group, key: Object.freeze({ ...group.key }) }))) as GroupJson[];
}

describe('the chart of a metric', () => {
  test('a percentage is a p-chart; points, scores and seconds are individuals charts', () => {
    expect(controlChartOf('%')).toBe('pChart');
    expect(['points', 'score', 'seconds'].map(controlChartOf)).toEqual(['individualsChart', 'individualsChart', 'individualsChart']);
  });

  test("a period's count is read back from its percentage and answers, exactly", () => {
    expect(proportionSample({ value: (100 * 7) / 9, answered: 9 })).toEqual({ count: 7, size: 9 });
    expect(proportionSample({ value: (100 * 123_456) / 987_654, answered: 987_654 })).toEqual({ count: 123_456, size: 987_654 });
    expect(() => proportionSample({ value: 12.5, answered: 9 })).toThrow('is not a share of 9 answers');
  });
});

describe('p-chart of a percentage', () => {
  // Abandoned of offered, five days; the limits from the first four.
  const counts = [[10, 100], [12, 120], [8, 90], [15, 110], [30, 100]] as const;
  const groups = frozen(counts.map(([count, size], index) => share(`2026-11-0${String(index + 1)}`, count, size)));

  test('centre = all abandoned / all offered of the baseline; limits p̄ ± 3√(p̄(100 − p̄)/n) per day', () => {
    const { control, groups: charted } = withControl(groups, '%', options(4));
    expect(control).toEqual({ chart: 'pChart', laney: false, baseline: { periods: 4 }, ruleSet: 'westernElectric', rules: WESTERN_ELECTRIC });
    // (10 + 12 + 8 + 15) / (100 + 120 + 90 + 110) = 45 / 420 = 3/28.
    const centre = 300 / 28;
    counts.forEach(([, size], index) => {
      const sigma = Math.sqrt((centre * (100 - centre)) / size);
      const point = charted[index]!.control!;
      expect(point.centre).toBeCloseTo(centre, 12);
      expect(point.lower).toBeCloseTo(centre - 3 * sigma, 12);
      expect(point.upper).toBeCloseTo(centre + 3 * sigma, 12);
      expect(point.baseline).toBe(index < 4);
    });
    // 30 % against an upper limit of 10.71 + 3 × 3.09 = 19.99 %: beyond; the baseline days are quiet.
    expect(charted.map((group) => group.control!.signals)).toEqual([[], [], [], [], ['beyondLimits']]);
    // The rest of each period is as it was.
    expect(charted.map(withoutControl)).toEqual(groups);
  });

  test("a small day's limits are wider, and the lower limit stops at 0 %", () => {
    const { groups: charted } = withControl(frozen([share('a', 5, 100), share('b', 6, 100), share('c', 1, 10)]), '%', options(2));
    // p̄ = 11/200 = 5.5 %; with n = 10, 3σ = 3√(5.5 × 94.5 / 10) = 21.56 > 5.5.
    const upper = 5.5 + 3 * Math.sqrt((5.5 * 94.5) / 10);
    expect(charted[2]!.control).toMatchObject({ lower: 0, baseline: false, signals: [] });
    expect(charted[2]!.control!.upper).toBeCloseTo(upper, 12);
  });

  test("Laney's p′: each limit widened by σ_z, the moving-range spread of the baseline's z-scores", () => {
    // Large days that differ by more than sampling (over-dispersion).
    const big = [[900, 10_000], [1_100, 10_000], [950, 10_000], [1_080, 10_000], [1_000, 10_000], [1_400, 10_000]] as const;
    const { control, groups: charted } = withControl(frozen(big.map(([count, size], index) => share(`d${String(index)}`, count, size))), '%', options(5, { laney: true }));
    expect(control.laney).toBe(true);
    const centre = (100 * (900 + 1_100 + 950 + 1_080 + 1_000)) / 50_000; // 10.06 %
    const sigma = Math.sqrt((centre * (100 - centre)) / 10_000);
    const z = big.slice(0, 5).map(([count, size]) => ((100 * count) / size - centre) / sigma);
    const movingRanges = z.slice(1).map((value, index) => Math.abs(value - z[index]!));
    const sigmaZ = movingRanges.reduce((sum, range) => sum + range, 0) / movingRanges.length / 1.128;
    expect(sigmaZ).toBeGreaterThan(3);
    expect(charted[0]!.control!.upper).toBeCloseTo(centre + 3 * sigma * sigmaZ, 10);
    expect(charted[0]!.control!.lower).toBeCloseTo(centre - 3 * sigma * sigmaZ, 10);
    // 14 % is beyond p̄ + 3σσ_z ≈ 13.2 %, and only it.
    expect(charted.map((group) => group.control!.signals.includes('beyondLimits'))).toEqual([false, false, false, false, false, true]);
    // The plain p-chart's limits, 10.06 ± 3√(10.06 × 89.94 / 10,000) = 10.06 ± 0.90, put two
    // baseline days beyond them too (9 % and 11 %): the over-dispersion Laney corrects.
    const plain = withControl(frozen(big.map(([count, size], index) => share(`d${String(index)}`, count, size))), '%', options(5));
    expect(plain.groups.map((group) => group.control!.signals.includes('beyondLimits'))).toEqual([true, true, false, false, false, true]);
  });
});

describe('individuals chart of one value per period', () => {
  // Weekly AHT in seconds; the limits from the first six weeks.
  const weeks = [300, 310, 305, 295, 300, 310, 360];
  const groups = frozen(weeks.map((value, index) => single(`2026-W${String(40 + index)}`, value)));

  test('centre = the baseline mean; limits x̄ ± 3·MR̄/1.128', () => {
    const { control, groups: charted } = withControl(groups, 'seconds', options(6));
    expect(control.chart).toBe('individualsChart');
    // x̄ = 1820 / 6; moving ranges 10, 5, 10, 5, 10: MR̄ = 8.
    const centre = 1820 / 6;
    const halfWidth = (3 * 8) / 1.128;
    for (const group of charted) {
      expect(group.control!.centre).toBeCloseTo(centre, 12);
      expect(group.control!.lower).toBeCloseTo(centre - halfWidth, 12);
      expect(group.control!.upper).toBeCloseTo(centre + halfWidth, 12);
    }
    // 360 > 303.3 + 21.3.
    expect(charted.map((group) => group.control!.signals.length)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(charted[6]!.control!.signals).toEqual(['beyondLimits']);
  });

  test('the rule set is the one asked for: a trend of six is a Nelson and NHS signal, not a Western Electric one', () => {
    const rising = frozen([10, 12, 9, 11, 10, 11, 12, 13, 14, 15, 16].map((value, index) => single(`p${String(index).padStart(2, '0')}`, value)));
    const western = withControl(rising, 'points', options(6));
    const nhs = withControl(rising, 'points', options(6, { rules: 'nhs' }));
    expect(nhs.control.rules).toEqual(['beyondLimits', 'runOfSeven', 'trendOfSix', 'twoOfThreeBeyondTwoSigma']);
    // 11, 12, 13, 14, 15, 16 (periods 5–10) rise six in a row.
    expect(nhs.groups.slice(5).every((group) => group.control!.signals.includes('trendOfSix'))).toBe(true);
    expect(western.groups.some((group) => group.control!.signals.includes('trendOfSix'))).toBe(false);
  });

  test('a period without a value is no point: null control, and the baseline is the first periods with a value', () => {
    const gappy = frozen([single('w1', 10), single('w2', null), single('w3', 14), single('w4', 12), single('w5', 30)]);
    const { groups: charted } = withControl(gappy, 'points', options(3));
    expect(charted[1]!.control).toBeNull();
    // Baseline 10, 14, 12: x̄ = 12, moving ranges 4 and 2 (across the gap): MR̄ = 3.
    expect(charted[0]!.control!.centre).toBeCloseTo(12, 12);
    expect(charted[0]!.control!.upper).toBeCloseTo(12 + 9 / 1.128, 12);
    expect(charted.map((group) => group.control?.baseline ?? null)).toEqual([true, null, true, true, false]);
    expect(charted[4]!.control!.signals).toEqual(['beyondLimits']);
  });
});

describe('a baseline from a date range', () => {
  test('the periods starting from FROM up to, not including, TO, wherever they are in the series', () => {
    // Weeks 41 to 44 start on 2026-10-05, -12, -19 and -26; the range ends on 2026-11-02, the Monday of week 45.
    const weeks = [300, 310, 305, 295, 300, 340, 360];
    const groups = frozen(weeks.map((value, index) => single(`2026-W${String(40 + index)}`, value)));
    const { control, groups: charted } = withControl(groups, 'seconds', { baseline: { from: '2026-10-05', to: '2026-11-02' }, rules: 'westernElectric', laney: false });
    expect(control.baseline).toEqual({ from: '2026-10-05', to: '2026-11-02' });
    // Baseline 310, 305, 295, 300: x̄ = 302.5; moving ranges 5, 10, 5: MR̄ = 20/3.
    const halfWidth = (3 * 20) / 3 / 1.128;
    expect(charted.map((group) => group.control!.baseline)).toEqual([false, true, true, true, true, false, false]);
    expect(charted[0]!.control!.centre).toBeCloseTo(302.5, 12);
    expect(charted[0]!.control!.upper).toBeCloseTo(302.5 + halfWidth, 12);
    // 340 and 360 beyond 302.5 + 17.7; 300 in week 40 is judged too, before the baseline.
    expect(charted.map((group) => group.control!.signals.includes('beyondLimits'))).toEqual([false, false, false, false, false, true, true]);
  });

  test('a range with no period of a series is refused, naming the series', () => {
    const groups = frozen([single('2026-11-02', 10, { channel: 'chat' }), single('2026-11-03', 12, { channel: 'chat' }), single('2026-11-09', 11, { channel: 'mail' }), single('2026-11-10', 14, { channel: 'mail' })]);
    expect(() => withControl(groups, 'points', { baseline: { from: '2026-11-02', to: '2026-11-05' }, rules: 'westernElectric', laney: false })).toThrow(/^--control 2026-11-02\.\.2026-11-05 \(mail\): individualsChart: options\.baseline/);
  });
});

describe('--by: one chart per group', () => {
  test('each group is its own series, with its own centre and limits', () => {
    const chat = { channel: 'chat' };
    const phone = { channel: 'phone' };
    const groups = frozen([
      single('w1', 10, chat), single('w2', 20, chat), single('w3', 30, chat),
      single('w1', 100, phone), single('w2', 104, phone), single('w3', 98, phone),
    ]);
    const { groups: charted } = withControl(groups, 'points', options(2));
    // chat: x̄ = 15, MR̄ = 10; phone: x̄ = 102, MR̄ = 4.
    expect(charted.slice(0, 3).map((group) => group.control!.centre)).toEqual([15, 15, 15]);
    expect(charted[0]!.control!.upper).toBeCloseTo(15 + 30 / 1.128, 12);
    expect(charted.slice(3).map((group) => group.control!.centre)).toEqual([102, 102, 102]);
    expect(charted[3]!.control!.upper).toBeCloseTo(102 + 12 / 1.128, 12);
    expect(charted.map((group) => group.control!.baseline)).toEqual([true, true, false, true, true, false]);
  });
});

describe('where a chart cannot be drawn: a usage error that says why', () => {
  const weeks = frozen([single('w1', 10), single('w2', 12), single('w3', null)]);

  test('a baseline longer than the series (periods with a value), naming the group', () => {
    expect(() => withControl(weeks, 'points', options(3))).toThrow(new UsageError('--control 3: the baseline is longer than the series: 2 periods have a value (give a shorter baseline, or a longer time range)'));
    const byChannel = frozen([single('w1', 10, { channel: 'chat' }), single('w1', 10, { channel: 'mail' }), single('w2', 11, { channel: 'mail' })]);
    expect(() => withControl(byChannel, 'points', options(2))).toThrow('--control 2: the baseline is longer than the series (chat): 1 period has a value');
    expect(() => withControl([], '%', options(1))).toThrow('--control 1: no period has a value to chart');
  });

  test('an individuals chart (and Laney) needs two baseline periods; Laney is for percentages only', () => {
    expect(() => withControl(weeks, 'points', options(1))).toThrow('--control 1: an individuals chart needs a baseline of at least 2 periods');
    expect(() => withControl(weeks, 'points', options(2, { laney: true }))).toThrow('--laney widens the limits of a p-chart');
    expect(() => withControl(frozen([share('a', 1, 10), share('b', 2, 10)]), '%', options(1, { laney: true }))).toThrow("Laney's p′-chart needs a baseline of at least 2 periods");
  });

  test('a baseline with nothing to judge by: the library says why, after the flag', () => {
    const flat = frozen([single('w1', 10), single('w2', 10), single('w3', 10)]);
    expect(() => withControl(flat, 'points', options(3))).toThrow(/^--control 3: individualsChart: /);
    const none = frozen([share('a', 0, 10), share('b', 0, 20), share('c', 3, 20)]);
    expect(() => withControl(none, '%', options(2))).toThrow(UsageError);
    expect(() => withControl(none, '%', options(2))).toThrow(/^--control 2: pChart: .*above 0 % and below 100 %/);
  });
});

describe('the command line: --control', () => {
  const directory = mkdtempSync(join(tmpdir(), 'service-metrics-control-'));
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  // Five days of calls: 10 of 100 abandoned, 12 of 120, 8 of 90, 15 of 110, then 30 of 100;
  // phone and chat alternate row by row, and each day's NPS answers are a fixed pattern.
  const days = [[10, 100], [12, 120], [8, 90], [15, 110], [30, 100]] as const;
  const lines = ['startedAt,channel,outcome,score'];
  days.forEach(([abandoned, offered], day) => {
    for (let index = 0; index < offered; index++) {
      const at = `2026-11-0${String(day + 2)}T${String(8 + (index % 10)).padStart(2, '0')}:00:00Z`;
      lines.push(`${at},${index % 2 === 0 ? 'phone' : 'chat'},${index < abandoned ? 'abandoned' : 'answered'},${(index + day) % 11}`);
    }
  });
  const calls = join(directory, 'calls.csv');
  writeFileSync(calls, `${lines.join('\n')}\n`);
  const abandonment = ['abandonment', calls, '--outcome', 'outcome', '--period', 'day', '--time', 'startedAt'];

  test('JSON: the chart, and each period with its centre, limits, baseline and signals; nothing else changes', async () => {
    const plain = await cli(...abandonment, '--format', 'json');
    const charted = await cli(...abandonment, '--control', '4', '--format', 'json');
    expect([charted.code, charted.stderr]).toEqual([0, '']);
    const before = JSON.parse(plain.stdout) as MetricResultJson;
    const after = JSON.parse(charted.stdout) as MetricResultJson;
    expect('control' in before).toBe(false);
    expect(before.groups.some((group) => 'control' in group)).toBe(false);
    const { control, groups } = after;
    expect({ ...withoutControl(after), groups: [] }).toEqual({ ...before, groups: [] });
    expect(groups.map(withoutControl)).toEqual(before.groups);
    expect(control).toEqual({ chart: 'pChart', laney: false, baseline: { periods: 4 }, ruleSet: 'westernElectric', rules: WESTERN_ELECTRIC });
    // As in the p-chart test above: p̄ = 45/420; the fifth day, 30 %, beyond its upper limit.
    const centre = 300 / 28;
    groups.forEach((group, index) => {
      const sigma = Math.sqrt((centre * (100 - centre)) / days[index]![1]);
      expect(group.control!.centre).toBeCloseTo(centre, 12);
      expect(group.control!.upper).toBeCloseTo(centre + 3 * sigma, 12);
      expect(group.control!.lower).toBeCloseTo(centre - 3 * sigma, 12);
    });
    expect(groups.map((group) => [group.period, group.control!.baseline, group.control!.signals])).toEqual([
      ['2026-11-02', true, []],
      ['2026-11-03', true, []],
      ['2026-11-04', true, []],
      ['2026-11-05', true, []],
      ['2026-11-06', false, ['beyondLimits']],
    ]);
  });

  test('CSV: five control columns after the usual ones; the table and Markdown: centre, limits, signals and a legend', async () => {
    const plain = (await cli(...abandonment, '--format', 'csv')).stdout.split('\n');
    const csv = (await cli(...abandonment, '--control', '4', '--format', 'csv')).stdout.split('\n');
    expect(csv[0]).toBe(`${plain[0]!},control_centre,control_lower,control_upper,control_baseline,control_signals`);
    expect(csv[5]!.startsWith(`${plain[5]!},`)).toBe(true);
    expect(csv[5]!.split(',').slice(-2)).toEqual(['false', 'beyondLimits']);
    expect(csv[1]!.split(',').slice(-2)).toEqual(['true', '']);
    expect(Number(csv[1]!.split(',').at(-5))).toBeCloseTo(300 / 28, 12);

    const table = (await cli(...abandonment, '--control', '4')).stdout;
    expect(table).not.toBe((await cli(...abandonment)).stdout);
    expect(table).toMatch(/centre +control limits +signals/);
    // p̄ = 10.7 %; day 5 (n = 100): 10.71 ± 3 × 3.093 = 1.4 % – 20.0 %.
    expect(table).toMatch(/2026-11-06 +30\.0 % .* 10\.7 % +1\.4 % – 20\.0 % +beyondLimits/);
    expect(table).toMatch(/2026-11-02 .*\(baseline\)/);
    expect(table).toContain('control: p-chart, centre and 3σ limits from the first 4 periods with a value; signals by the Western Electric rules (beyondLimits, twoOfThreeBeyondTwoSigma, fourOfFiveBeyondOneSigma, runOfEight)');
    expect((await cli(...abandonment)).stdout).not.toMatch(/control limits|control: /);
    const markdown = (await cli(...abandonment, '--control', '4', '--format', 'markdown')).stdout;
    expect(markdown).toContain('| centre | control limits | signals |');
    expect(markdown).toMatch(/\n\ncontrol: p-chart, centre and 3σ limits from the first 4 periods with a value; .*\n$/);
    expect((await cli(...abandonment, '--format', 'markdown')).stdout).not.toMatch(/control limits|control: /);
  });

  test('HTML: the limits and centre drawn as lines, the signal marked and named', async () => {
    const html = (await cli(...abandonment, '--control', '4', '--format', 'html')).stdout;
    // Two dashed limit lines, a centre line and the values: four line paths.
    expect(html.match(/class="mark-line role-mark[^"]*"[^>]*><path [^>]*d="M[^"]+"/g)).toHaveLength(4);
    expect(html.match(/stroke-dasharray="6,4"/g)).toHaveLength(2);
    expect(html).toContain('<title>2026-11-06: a point beyond the 3σ limits</title>');
    expect(html).toContain('<span class="rule" title="beyondLimits">a point beyond the 3σ limits</span>');
    expect(html).not.toMatch(/class="mark-area role-mark/);
  });

  test('a date range: --control 2026-11-02..2026-11-06 is the first four days, as --control 4', async () => {
    const byCount = JSON.parse((await cli(...abandonment, '--control', '4', '--format', 'json')).stdout) as MetricResultJson;
    const byDate = JSON.parse((await cli(...abandonment, '--control', '2026-11-02..2026-11-06', '--format', 'json')).stdout) as MetricResultJson;
    expect(byDate.control!.baseline).toEqual({ from: '2026-11-02', to: '2026-11-06' });
    expect(byDate.groups).toEqual(byCount.groups);
    expect((await cli(...abandonment, '--control', '2026-11-02..2026-11-06')).stdout).toContain('control: p-chart, centre and 3σ limits from the periods starting from 2026-11-02 to 2026-11-05;');
  });

  test('--by: one series (and one chart) per group; an individuals chart for NPS; the rule set and Laney as asked', async () => {
    const result = JSON.parse((await cli('nps', calls, '--score', 'score', '--by', 'channel', '--period', 'day', '--time', 'startedAt', '--control', '3', '--control-rules', 'nelson', '--format', 'json')).stdout) as MetricResultJson;
    expect(result.control).toMatchObject({ chart: 'individualsChart', ruleSet: 'nelson', baseline: { periods: 3 } });
    for (const channel of ['chat', 'phone']) {
      const series = result.groups.filter((group) => group.key['channel'] === channel);
      const values = series.map((group) => group.value!);
      // x̄ and MR̄ of the first three days of this channel.
      const centre = (values[0]! + values[1]! + values[2]!) / 3;
      const movingRange = (Math.abs(values[1]! - values[0]!) + Math.abs(values[2]! - values[1]!)) / 2;
      expect(series.map((group) => group.control!.centre)).toEqual(series.map(() => centre));
      expect(series[0]!.control!.upper).toBeCloseTo(centre + (3 * movingRange) / 1.128, 10);
    }
    const html = (await cli('nps', calls, '--score', 'score', '--by', 'channel', '--period', 'day', '--time', 'startedAt', '--control', '3', '--format', 'html')).stdout;
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('aria-label="NPS by day: chat"');
    const laney = JSON.parse((await cli(...abandonment, '--control', '4', '--laney', '--format', 'json')).stdout) as MetricResultJson;
    expect(laney.control!.laney).toBe(true);
  });

  test('in a report configuration, as an option like any other', async () => {
    const config = join(directory, 'report.yaml');
    writeFileSync(config, `title: Calls\nmetrics:\n  - { metric: abandonment, file: calls.csv, options: { outcome: outcome, period: day, time: startedAt, control: 2026-11-02..2026-11-06, control-rules: nhs } }\n`);
    const out = join(directory, 'report.html');
    const { code, stderr } = await cli('report', config, '--out', out);
    expect([code, stderr]).toEqual([0, 'abandonment: done\nwrote ' + out + '\n']);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/stroke-dasharray="6,4"/g)).toHaveLength(2);
    expect(html).toContain('<title>2026-11-06: a point beyond the 3σ limits</title>');
  });

  test('refused where it cannot apply, with exit code 2 and the reason', async () => {
    const refused = async (...argv: string[]): Promise<string> => {
      const { code, stderr } = await cli(...argv);
      expect(code).toBe(2);
      return stderr;
    };
    expect(await refused('abandonment', calls, '--outcome', 'outcome', '--control', '4')).toBe('service-metrics: --control charts a series of periods: give --period day|week|month\n');
    expect(await refused(...abandonment, '--control', '6')).toBe('service-metrics: --control 6: the baseline is longer than the series: 5 periods have a value (give a shorter baseline, or a longer time range)\n');
    const usage = '--control must be the number of first periods the limits come from (such as 12), or a date range FROM..TO, the end not included (2026-11-02..2026-11-16), got';
    for (const bad of ['four', '0', '2.5', '2026-11-02', '2026-11-02..', '02/11/2026..16/11/2026']) expect(await refused(...abandonment, '--control', bad)).toBe(`service-metrics: ${usage} ${JSON.stringify(bad)}\n`);
    // A range the library refuses: empty for the series, or backwards.
    expect(await refused(...abandonment, '--control', '2026-12-01..2026-12-08')).toMatch(/^service-metrics: --control 2026-12-01\.\.2026-12-08: pChart: options\.baseline .*2026-11-02 to 2026-11-06/);
    expect(await refused(...abandonment, '--control', '2026-11-05..2026-11-02')).toContain('--control 2026-11-05..2026-11-02: pChart: options.baseline.to must be a date after from');
    expect(await refused(...abandonment, '--laney')).toBe('service-metrics: --control-rules and --laney go with --control <k>\n');
    expect(await refused(...abandonment, '--control', '4', '--control-rules', 'strict')).toContain("argument 'strict' is invalid");
    expect(await refused('nps', calls, '--score', 'score', '--period', 'day', '--time', 'startedAt', '--control', '3', '--laney')).toContain('--laney widens the limits of a p-chart');
    expect(await refused('contact-mix', calls, '--channel', 'channel', '--period', 'day', '--time', 'startedAt', '--control', '3')).toBe('service-metrics: contact-mix does not take --control: each period has one share per channel, not one value to chart\n');
  });
});

describe('every percentage metric is a p-chart of its own counts (the bundled sample)', () => {
  // Each metric's success per row, read from the CSV by csv-parse; the p-chart's centre and
  // limits of each day are then worked out from those counts alone.
  type Row = Record<string, string>;
  const surveys = parse<Row>(readFileSync('data/sample/surveys.csv'), { columns: true });
  const contacts = parse<Row>(readFileSync('data/sample/contacts.csv'), { columns: true });
  const flag = (text: string): number | null => (text === '' ? null : text === 'true' ? 1 : 0);
  const cases: { argv: string[]; rows: Row[]; time: string; success: (row: Row) => number | null }[] = [
    // CSAT on 1–5: satisfied is 4 or 5 (the top two boxes).
    { argv: ['csat', 'data/sample/surveys.csv', '--score', 'csatScore'], rows: surveys, time: 'submittedAt', success: (row) => (row['csatScore'] === '' ? null : Number(row['csatScore']) >= 4 ? 1 : 0) },
    // Abandoned as missed: answered within 20 s of all offered.
    { argv: ['service-level', 'data/sample/contacts.csv', '--wait', 'waitSeconds', '--outcome', 'outcome', '--threshold', '20'], rows: contacts, time: 'startedAt', success: (row) => (row['outcome'] === 'answered' && Number(row['waitSeconds']) <= 20 ? 1 : 0) },
    { argv: ['abandonment', 'data/sample/contacts.csv', '--outcome', 'outcome'], rows: contacts, time: 'startedAt', success: (row) => (row['outcome'] === 'abandoned' ? 1 : 0) },
    { argv: ['fcr', 'data/sample/contacts.csv', '--resolved', 'resolved'], rows: contacts, time: 'startedAt', success: (row) => flag(row['resolved']!) },
    { argv: ['escalation', 'data/sample/contacts.csv', '--escalated', 'escalated'], rows: contacts, time: 'startedAt', success: (row) => flag(row['escalated']!) },
    {
      argv: ['aht', 'data/sample/contacts.csv', '--duration', 'talkSeconds,holdSeconds,afterContactSeconds', '--statistic', 'within=600'],
      rows: contacts,
      time: 'startedAt',
      success: (row) => (['talkSeconds', 'holdSeconds', 'afterContactSeconds'].some((name) => row[name] === '') ? null : Number(row['talkSeconds']) + Number(row['holdSeconds']) + Number(row['afterContactSeconds']) <= 600 ? 1 : 0),
    },
  ];

  test.each(cases)('$argv.0', async ({ argv, rows, time, success }) => {
    const { code, stdout, stderr } = await cli(...argv, '--period', 'day', '--time', time, '--control', '7', '--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout) as MetricResultJson;
    expect(result.control!.chart).toBe('pChart');
    // Counts per UTC day, from the rows.
    const days = new Map<string, { count: number; size: number }>();
    for (const row of rows) {
      const value = success(row);
      if (value === null) continue;
      const day = row[time]!.slice(0, 10);
      const counts = days.get(day) ?? { count: 0, size: 0 };
      days.set(day, { count: counts.count + value, size: counts.size + 1 });
    }
    const ordered = [...days].sort(([a], [b]) => (a < b ? -1 : 1));
    const baseline = ordered.slice(0, 7).reduce((sum, [, counts]) => ({ count: sum.count + counts.count, size: sum.size + counts.size }), { count: 0, size: 0 });
    const centre = (100 * baseline.count) / baseline.size;
    expect(result.groups.map((group) => group.period)).toEqual(ordered.map(([day]) => day));
    result.groups.forEach((group, index) => {
      const { size } = ordered[index]![1];
      const sigma = Math.sqrt((centre * (100 - centre)) / size);
      expect(group.control!.centre).toBeCloseTo(centre, 10);
      expect(group.control!.upper).toBeCloseTo(Math.min(100, centre + 3 * sigma), 10);
      expect(group.control!.lower).toBeCloseTo(Math.max(0, centre - 3 * sigma), 10);
    });
  });
});
