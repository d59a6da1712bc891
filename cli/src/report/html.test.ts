import { describe, expect, test } from 'vitest';
import type { MetricResultJson } from '../result.js';
import {
  abandonmentControlled,
  allNull,
  contactMix,
  csatByWeek,
  handleTimeByChannelAndWeek,
  hostile,
  npsByChannel,
  npsControlledByChannel,
  npsOverall,
  withNullValues,
} from './html.fixtures.js';
import { renderHtml } from './html.js';

/** A deep copy with every object frozen, to prove the renderer does not write to its input. */
function frozen<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (item: unknown): void => {
    if (item === null || typeof item !== 'object') return;
    Object.freeze(item);
    for (const child of Object.values(item)) freeze(child);
  };
  freeze(copy);
  return copy;
}

/**
 * The contents of a page's elements of one tag, tags inside them removed (no DOM in Node);
 * entities are left as they are.
 */
function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) =>
    match[1]!.replace(/<[^>]*>/g, ''),
  );
}

async function page(result: MetricResultJson): Promise<string> {
  return renderHtml([frozen(result)], { title: 'Report' });
}

describe('renderHtml: one result without groups', () => {
  test('a headline with value, unit, interval and answers; no chart and no table', async () => {
    const html = await page(npsOverall);
    expect(texts(html, 'h2')).toEqual(['NPS nps']);
    expect(html).toContain('<span class="value">42.3</span><span class="unit">points</span>');
    expect(html).toContain('95\u00a0% interval 35.1 – 49.0 (wald)');
    expect(html).toContain('812 answered · 95 unanswered (10.5% of 907)');
    expect(html).toContain('Source: survey.csv');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<table');
  });
});

describe('renderHtml: --by channel with comparisons', () => {
  test('a bar chart and a row per group with its comparison', async () => {
    const html = await page(npsByChannel);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toContain('role="img" aria-label="NPS by channel"');
    expect(texts(html, 'th')).toEqual([
      'channel', 'NPS (points)', '95\u00a0% interval (wald)', 'Answered', 'Unanswered', 'Small group',
      'Compared with', 'Difference', 'Adjusted p (Holm)', 'Significant',
    ]);
    const rows = texts(html, 'tr').slice(1);
    expect(rows).toEqual([
      'email51.544.0 – 59.04005–phone+63.9&lt; 0.001yes',
      // Not small, and no comparison: it is the baseline.
      'phone\u221212.4\u221220.5 – \u22124.33805–––––',
      'chat25.0\u22128.2 – 58.2325smallphone+37.40.060no',
    ]);
    expect(html).toContain('title="p before adjustment: 0.030"');
  });
});

describe('renderHtml: --period week', () => {
  test('a line chart with a band, and the week without answers in the table', async () => {
    const html = await page(csatByWeek);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toMatch(/class="mark-line role-mark/);
    expect(html).toMatch(/class="mark-area role-mark/);
    expect(texts(html, 'th')).toEqual(['week', 'CSAT (percent)', '95\u00a0% interval (wilson)', 'Answered', 'Unanswered', 'Small group']);
    expect(texts(html, 'tr').slice(1)).toEqual([
      '2026-W4580.1\u00a0%75.0\u00a0% – 84.5\u00a0%1005–',
      '2026-W4683.7\u00a0%79.2\u00a0% – 87.4\u00a0%1005–',
      '2026-W47– (no answers)–012small',
      '2026-W4879.9\u00a0%74.8\u00a0% – 84.2\u00a0%1005–',
    ]);
    expect(html).toContain('<span class="value">81.3\u00a0%</span>');
  });
});

describe('renderHtml: --by channel --period week, in seconds', () => {
  test('one line per channel, durations readable in the table and the headline', async () => {
    const html = await page(handleTimeByChannelAndWeek);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html.match(/class="mark-line role-mark/g)).toHaveLength(2);
    expect(html).toContain('<span class="value">1 h 02 min</span><span class="unit">seconds (3,725 s)</span>');
    expect(texts(html, 'th').slice(0, 3)).toEqual(['channel', 'week', 'Average handle time (seconds)']);
    expect(texts(html, 'tr').slice(1)).toEqual([
      'phone2026-W471 h 02 min58 min 20 s – 1 h 05 min1005–',
      'phone2026-W4856 min 50 s53 min 20 s – 1 h 00 min1005–',
      'chat2026-W473 min 06 s2 min 40 s – 3 min 31 s1005–',
      'chat2026-W4842.3 s30 s – 54.5 s1005–',
    ]);
  });
});

describe('renderHtml: --period day --control 4', () => {
  test('a control chart with its limit lines, and the centre, limits and signals of each period in the table', async () => {
    const html = await page(abandonmentControlled);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html.match(/class="mark-line role-mark/g)).toHaveLength(4);
    expect(html.match(/stroke-dasharray="6,4"/g)).toHaveLength(2);
    expect(html).toContain('<figcaption>Control chart (p-chart): Abandonment rate of each period; grey line: the centre, from the first 4 periods with a value;');
    expect(texts(html, 'th').slice(-3)).toEqual(['Centre', 'Control limits', 'Signals']);
    expect(texts(html, 'tr').slice(1)).toEqual([
      '2026-11-0210.0\u00a0%7.0\u00a0% – 13.8\u00a0%3005–9.5\u00a0%4.4\u00a0% – 14.6\u00a0%baseline',
      '2026-11-039.0\u00a0%6.0\u00a0% – 13.0\u00a0%2505–9.5\u00a0%3.9\u00a0% – 15.1\u00a0%baseline',
      '2026-11-048.5\u00a0%5.4\u00a0% – 13.1\u00a0%2005–9.5\u00a0%3.3\u00a0% – 15.7\u00a0%baseline',
      '2026-11-0510.5\u00a0%7.4\u00a0% – 14.7\u00a0%2705–9.5\u00a0%3.6\u00a0% – 15.4\u00a0%baseline',
      '2026-11-06– (no answers)–05small–––',
      '2026-11-0721.0\u00a0%16.0\u00a0% – 27.0\u00a0%2005–9.5\u00a0%3.3\u00a0% – 15.7\u00a0%a point beyond the 3σ limits; 2 of 3 in a row beyond 2σ, same side',
      '2026-11-0814.0\u00a0%9.9\u00a0% – 19.4\u00a0%2005–9.5\u00a0%3.3\u00a0% – 15.7\u00a0%2 of 3 in a row beyond 2σ, same side',
    ]);
    expect(html.match(/<tr class="signal">/g)).toHaveLength(2);
    expect(html).toContain('<span class="rule" title="twoOfThreeBeyondTwoSigma">2 of 3 in a row beyond 2σ, same side</span>');
  });

  test('with --by, one control chart per group, each named by its group', async () => {
    const html = await page(npsControlledByChannel);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('aria-label="NPS by week: chat"');
    expect(html).toContain('aria-label="NPS by week: phone"');
    expect(html.match(/stroke-dasharray="6,4"/g)).toHaveLength(4);
    expect(html.match(/<figcaption>Control chart \(individuals \(XmR\) chart\)/g)).toHaveLength(2);
    const ids = [...html.matchAll(/\bid="([^"]*)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('results without --control are drawn as before: no limit lines, no control columns', async () => {
    const html = await page(csatByWeek);
    expect(html).not.toContain('stroke-dasharray');
    expect(html).not.toContain('Control limits');
  });
});

describe('renderHtml: null values', () => {
  test('a group without answers and a null key value are shown, and the chart still draws', async () => {
    const html = await page(withNullValues);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(texts(html, 'tr')[2]).toBe('south(none)– (no answers)–040small');
    expect(html).not.toContain('NaN');
  });

  test('a result without any answer: "no answers" as headline, an empty chart, no NaN', async () => {
    const html = await page(allNull);
    expect(html).toContain('<span class="value">no answers</span>');
    expect(html).toContain('no confidence interval');
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).not.toContain('NaN');
    expect(html).not.toContain('undefined');
  });
});

describe('renderHtml: contact-mix', () => {
  test('the headline counts the contacts; the shares are bars and rows', async () => {
    const html = await page(contactMix);
    expect(html).toContain('<span class="value">1,234 contacts</span>');
    expect(html).not.toContain('no answers');
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(texts(html, 'tr').slice(1)).toEqual(['phone61.2\u00a0%58.5\u00a0% – 63.9\u00a0%1,2340–', 'chat38.8\u00a0%36.1\u00a0% – 41.5\u00a0%1,2340–']);
  });

  test('another metric with answers but no overall value says so', async () => {
    const html = await page({ ...contactMix, metric: 'other' });
    expect(html).toContain('<span class="value">no overall value</span>');
  });
});

describe('renderHtml: hostile text', () => {
  test('markup in labels, sources, column names, keys, methods and baselines is shown as text', async () => {
    const html = await renderHtml([frozen(hostile)], { title: '<script>window.pwned = 4</script>', generatedAt: '<b>now</b>' });
    expect(html).not.toMatch(/<script|<img|<b>|onerror="/i);
    expect(html).toContain('<title>&lt;script&gt;window.pwned = 4&lt;/script&gt;</title>');
    expect(html).toContain('Generated &lt;b&gt;now&lt;/b&gt;');
    // A column name that closes its cell does not add cells: the heading row has 2 keys + 5 + 4.
    expect(texts(html, 'th')).toHaveLength(11);
    expect(texts(html, 'tr')[1]).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    // Text that looks like an entity is escaped again, not decoded.
    expect(html).toContain('&amp;amp; {{x}} ${y}');
  });
});

describe('renderHtml: the page', () => {
  test('self-contained: no script, no stylesheet, font or image from anywhere, and a policy that forbids them', async () => {
    const html = await renderHtml([npsOverall, npsByChannel, csatByWeek, handleTimeByChannelAndWeek, withNullValues, allNull], { title: 'All' });
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|@font-face/i);
    expect(html.match(/url\((?!#)/g)).toBeNull();
    // Every reference stays in the page: in-page links only. (SVG's xmlns names are not requests.)
    const references = [...html.matchAll(/\b(?:src|href|xlink:href)="([^"]*)"/g)].map((match) => match[1]!);
    expect(references.filter((reference) => !reference.startsWith('#'))).toEqual([]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html.match(/<svg [^>]*role="img" aria-label="[^"]+"><title>[^<]+<\/title>/g)).toHaveLength(5);
    expect(html).toContain('<html lang="en">');
    expect(texts(html, 'nav')[0]).toContain('Average handle time');
  });

  test('ids are unique across the page', async () => {
    const html = await renderHtml([npsByChannel, csatByWeek, npsByChannel], { title: 'ids' });
    const ids = [...html.matchAll(/\bid="([^"]*)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the same results give the same page; the time appears only when given', async () => {
    const once = await renderHtml([npsByChannel, csatByWeek], { title: 'Weekly' });
    const again = await renderHtml([npsByChannel, csatByWeek], { title: 'Weekly' });
    expect(again).toBe(once);
    expect(once).not.toContain('Generated');
    const stamped = await renderHtml([npsByChannel], { title: 'Weekly', generatedAt: '2026-12-05T08:00:00Z' });
    expect(stamped).toContain('<p class="generated">Generated 2026-12-05T08:00:00Z</p>');
  });

  test('no results: a page that says so', async () => {
    const html = await renderHtml([], { title: 'Empty' });
    expect(html).toContain('<p>No results.</p>');
    expect(html).toContain('<h1>Empty</h1>');
  });
});
