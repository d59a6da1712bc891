import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, test } from 'vitest';
import { chartCaption, chartKind, chartRows, chartSpec, chartTitle, controlSeries, groupLabel, renderChartSvg } from './charts.js';
import {
  abandonmentControlled,
  allNull,
  csatByAgent,
  csatByWeek,
  handleTimeByChannelAndWeek,
  hostile,
  hostileText,
  npsByChannel,
  npsControlledByChannel,
  npsOverall,
  withNullValues,
} from './html.fixtures.js';

/** Every `field` named anywhere in a spec. */
function fields(spec: unknown): string[] {
  if (Array.isArray(spec)) return spec.flatMap(fields);
  if (spec === null || typeof spec !== 'object') return [];
  return Object.entries(spec).flatMap(([name, value]) =>
    name === 'field' && typeof value === 'string' ? [value] : fields(value),
  );
}

describe('chartKind', () => {
  test('no chart without groups, bars for --by, a line for --period, lines for both', () => {
    expect(chartKind(npsOverall)).toBeUndefined();
    expect(chartKind(npsByChannel)).toBe('bars');
    expect(chartKind(csatByWeek)).toBe('line');
    expect(chartKind(handleTimeByChannelAndWeek)).toBe('lines');
    expect(chartSpec(npsOverall)).toBeUndefined();
  });
});

describe('chart data', () => {
  test('a group is named by its --by values in column order; a null key is "(none)"', () => {
    expect(chartRows(withNullValues).map((row) => row.group)).toEqual(['north · eu', 'south · (none)']);
    expect(groupLabel({ key: {}, value: 1, interval: null, answered: 1, unanswered: 0, small: false, summary: null }, [])).toBe('');
  });

  test('a group without answers is kept, with null value and bounds', () => {
    expect(chartRows(csatByWeek)[2]).toEqual({ group: '', period: '2026-W47', value: null, lower: null, upper: null, small: true });
  });

  test('titles name the split: by period first, then the --by columns', () => {
    expect(chartTitle(npsByChannel)).toBe('NPS by channel');
    expect(chartTitle(handleTimeByChannelAndWeek)).toBe('Average handle time by week and channel');
  });

  test('a spec reads only its own fixed field names, never a column name from the data', () => {
    for (const result of [npsByChannel, csatByWeek, handleTimeByChannelAndWeek, withNullValues, hostile]) {
      const named = new Set(fields(chartSpec(result)));
      expect([...named].filter((field) => !['group', 'period', 'value', 'lower', 'upper'].includes(field))).toEqual([]);
    }
    const control = new Set(fields(chartSpec(abandonmentControlled)));
    expect([...control].filter((field) => !['period', 'value', 'centre', 'controlLower', 'controlUpper', 'signalNote'].includes(field))).toEqual([]);
  });

  test('bars keep every group on the axis, one without answers too', () => {
    const spec = chartSpec(withNullValues) as { encoding: { x: { scale: { domain: string[] } } } };
    expect(spec.encoding.x.scale.domain).toEqual(['north · eu', 'south · (none)']);
  });

  test('percentages are drawn on 0–100; an all-null NPS chart still has an axis', () => {
    const y = (spec: TopLevelSpec | undefined) =>
      (spec as { layer: { encoding: { y: { scale: unknown } } }[] }).layer[0]!.encoding.y.scale;
    expect(y(chartSpec(csatByWeek))).toEqual({ domain: [0, 100] });
    expect(y(chartSpec(npsByChannel))).toEqual({ zero: true });
    expect(y(chartSpec({ ...allNull, unit: 'points' }))).toEqual({ domain: [-100, 100] });
  });
});

describe('renderChartSvg', () => {
  test('draws bars and whiskers as an accessible image named by its title', async () => {
    const svg = await renderChartSvg(chartSpec(npsByChannel)!, { title: 'NPS by channel', idPrefix: 'm1-' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="NPS by channel"><title>NPS by channel<\/title>/);
    expect(svg).toMatch(/class="mark-rect[^"]*"[^>]*>(<path[^>]*\/>){3}/);
    expect(svg).toMatch(/class="mark-rule[^"]*"[^>]*>(<line[^>]*\/>|<path[^>]*\/>){3}/);
  });

  test('draws lines and bands, one per group, with a legend of the groups', async () => {
    const svg = await renderChartSvg(chartSpec(handleTimeByChannelAndWeek)!, { title: 't', idPrefix: 'm1-' });
    // Vega draws a series as one group holding one path: two channels, two lines, two bands.
    expect(svg.match(/class="mark-line role-mark[^"]*"[^>]*><path [^>]*d="M[^"]+"/g)).toHaveLength(2);
    expect(svg.match(/class="mark-area role-mark[^"]*"[^>]*><path [^>]*d="M[^"]+"/g)).toHaveLength(2);
    expect(svg).toContain('>phone</text>');
    expect(svg).toContain('>chat</text>');
  });

  test('null values do not break a chart: bars without answers are left out, all-null draws an empty chart', async () => {
    const some = await renderChartSvg(chartSpec(withNullValues)!, { title: 't', idPrefix: 'a-' });
    expect(some).toMatch(/class="mark-rect[^"]*"[^>]*>(<path[^>]*\/>){1}<\/g>/);
    expect(some).not.toContain('NaN');
    const none = await renderChartSvg(chartSpec(allNull)!, { title: 't', idPrefix: 'b-' });
    expect(none).toMatch(/class="mark-rect[^"]*"[^>]*\/>/);
    expect(none.match(/>none<\/text>/g)).toHaveLength(2);
    expect(none).not.toContain('NaN');
    const gap = await renderChartSvg(chartSpec(csatByWeek)!, { title: 't', idPrefix: 'c-' });
    expect(gap).not.toContain('NaN');
  });

  test('text from the data is escaped in the drawing and in its name', async () => {
    const svg = await renderChartSvg(chartSpec(hostile)!, { title: chartTitle(hostile), idPrefix: 'h-' });
    expect(svg).not.toMatch(/<script|<img/i);
    expect(svg).toContain('aria-label="NPS &lt;script&gt;window.pwned = 1&lt;/script&gt;&lt;img src=&quot;');
    expect(chartTitle(hostile)).toContain(hostileText);
  });

  test('element ids are prefixed, so two charts on a page keep their own clip paths', async () => {
    const clipped: TopLevelSpec = {
      data: { values: [{ value: 1 }] },
      mark: { type: 'bar', clip: true },
      encoding: { y: { field: 'value', type: 'quantitative' } },
    };
    const svg = await renderChartSvg(clipped, { title: 't', idPrefix: 'metric-2-' });
    const ids = [...svg.matchAll(/\bid="([^"]*)"/g)].map((match) => match[1]);
    const references = [...svg.matchAll(/url\(#([^)]*)\)/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(references.length).toBeGreaterThan(0);
    for (const id of [...ids, ...references]) expect(id).toMatch(/^metric-2-/);
    expect(references.every((reference) => ids.includes(reference))).toBe(true);
  });
});

describe('many groups', () => {
  test('from 12 groups on, bars run across the page, one group per line, none left out', async () => {
    const spec = chartSpec(csatByAgent) as { encoding: { y?: { field: string; scale: { domain: string[] } } } };
    expect(spec.encoding.y?.field).toBe('group');
    expect(spec.encoding.y?.scale.domain).toHaveLength(30);
    const svg = await renderChartSvg(chartSpec(csatByAgent)!, { title: 't', idPrefix: 'a-' });
    const answered = csatByAgent.groups.filter((group) => group.value !== null).length;
    expect(svg).toMatch(new RegExp(`class="mark-rect role-mark[^"]*"[^>]*>(<path[^>]*/>){${String(answered)}}</g>`));
    expect(svg.match(/>none<\/text>/g)).toHaveLength(30 - answered);
    expect(svg.match(/>agent \d\d<\/text>/g)).toHaveLength(30);
    expect(svg).not.toContain('NaN');
  });

  test('11 groups still stand side by side', () => {
    const spec = chartSpec({ ...csatByAgent, groups: csatByAgent.groups.slice(0, 11) }) as { encoding: { x?: { field: string } } };
    expect(spec.encoding.x?.field).toBe('group');
  });
});

describe('control charts (--control)', () => {
  test('rows carry the centre, the limits and the signals in words; a period without a value has none', () => {
    const rows = chartRows(abandonmentControlled);
    expect(rows[0]).toEqual({ group: '', period: '2026-11-02', value: 10, lower: 7, upper: 13.8, small: false, centre: 9.5, controlLower: 4.4, controlUpper: 14.6, signals: '' });
    expect(rows[4]).toMatchObject({ value: null, centre: null, controlLower: null, controlUpper: null, signals: '' });
    expect(rows[5]!.signals).toBe('a point beyond the 3σ limits; 2 of 3 in a row beyond 2σ, same side');
  });

  test('the spec: centre and limits as steps, the limits dashed, the axis fitted to the data, no interval band', () => {
    const spec = chartSpec(abandonmentControlled) as { layer: { mark: { type: string; strokeDash?: number[]; interpolate?: string }; encoding: { y: { field: string; scale: unknown } } }[] };
    expect(spec.layer.map((layer) => [layer.mark.type, layer.encoding.y.field, layer.mark.strokeDash ?? null, layer.mark.interpolate ?? null])).toEqual([
      ['line', 'centre', null, 'step'],
      ['line', 'controlLower', [6, 4], 'step'],
      ['line', 'controlUpper', [6, 4], 'step'],
      ['line', 'value', null, null],
      ['point', 'value', null, null],
    ]);
    expect(spec.layer.every((layer) => JSON.stringify(layer.encoding.y.scale) === '{"zero":false}')).toBe(true);
    expect(chartCaption(abandonmentControlled)).toBe(
      'Control chart (p-chart): Abandonment rate of each period; grey line: the centre, from the first 4 periods with a value; dashed red lines: the 3σ control limits (they step with each period’s number of answers); red diamonds: periods where a rule signals, named in the table. A gap is a period without answers.',
    );
  });

  test('the drawing: two dashed limit lines, the centre, the values, and a named diamond per signalled period', async () => {
    const svg = await renderChartSvg(chartSpec(abandonmentControlled)!, { title: 't', idPrefix: 'c-' });
    // The day without answers breaks each line in two: 4 line marks of 2 segments each.
    const lines = [...svg.matchAll(/class="mark-line role-mark[^"]*"[^>]*><path ([^>]*)\/>/g)].map((match) => match[1]!);
    expect(lines).toHaveLength(4);
    expect(lines.filter((path) => path.includes('stroke-dasharray="6,4"'))).toHaveLength(2);
    expect(lines.map((path) => /d="([^"]*)"/.exec(path)![1]!.match(/M/g)?.length)).toEqual([2, 2, 2, 2]);
    expect(svg.match(/aria-roledescription="signal"/g)).toHaveLength(2);
    expect(svg).toContain('<title>2026-11-07: a point beyond the 3σ limits; 2 of 3 in a row beyond 2σ, same side</title></path>');
    expect(svg).toContain('<title>2026-11-08: 2 of 3 in a row beyond 2σ, same side</title></path>');
    expect(svg).not.toContain('NaN');
    expect(svg).not.toMatch(/class="mark-area role-mark/);
  });

  test('with --by, one series per group, each a period chart of its own', () => {
    const series = controlSeries(npsControlledByChannel);
    expect(series.map((one) => one.name)).toEqual(['chat', 'phone']);
    expect(series.map((one) => chartKind(one.result))).toEqual(['line', 'line']);
    expect(series[1]!.result.groups.map((group) => [group.key, group.value, group.control?.centre])).toEqual([[{}, 5, 6], [{}, 7, 6], [{}, 6, 6]]);
    expect(series[1]!.result.by).toEqual([]);
  });
});
