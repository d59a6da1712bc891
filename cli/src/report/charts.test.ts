import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, test } from 'vitest';
import { chartKind, chartRows, chartSpec, chartTitle, groupLabel, renderChartSvg } from './charts.js';
import {
  allNull,
  csatByAgent,
  csatByWeek,
  handleTimeByChannelAndWeek,
  hostile,
  hostileText,
  npsByChannel,
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
