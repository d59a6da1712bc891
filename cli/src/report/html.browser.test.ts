// The report as a reader gets it: the HTML written to a file and opened in headless chromium
// (Debian's, driven by puppeteer-core), with every request from the page refused and recorded.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  abandonmentControlled,
  allNull,
  contactMix,
  csatByWeek,
  handleTimeByChannelAndWeek,
  hostile,
  npsByChannel,
  npsOverall,
  withNullValues,
} from './html.fixtures.js';
import { renderHtml } from './html.js';

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The results on the page, in order, with the headline each must show. */
const shown = [
  { result: npsOverall, headline: '42.3', chart: undefined },
  { result: npsByChannel, headline: '42.3', chart: 'rect' },
  { result: csatByWeek, headline: '81.3\u00a0%', chart: 'line' },
  { result: handleTimeByChannelAndWeek, headline: '1 h 02 min', chart: 'line' },
  { result: withNullValues, headline: '72.5\u00a0%', chart: 'rect' },
  { result: allNull, headline: 'no answers', chart: 'empty' },
  { result: contactMix, headline: '1,234 contacts', chart: 'rect' },
  { result: abandonmentControlled, headline: '10.4\u00a0%', chart: 'control' },
  { result: hostile, headline: '10.0', chart: 'rect' },
] as const;

/**
 * The little of the DOM these tests read in the page. The CLI is compiled without the DOM
 * library (cli/tsconfig.json), so the page-side functions name what they use here.
 */
interface DomElement {
  readonly textContent: string | null;
  readonly innerText: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getBoundingClientRect(): { readonly width: number; readonly height: number; readonly top: number; readonly bottom: number };
  checkVisibility(): boolean;
  scrollIntoView(): void;
}

/** The page's document, inside a function run by `page.evaluate`. */
type InPage = typeof globalThis & { readonly document: DomElement; readonly pwned?: unknown };

interface Seen {
  readonly consoleErrors: string[];
  readonly requests: string[];
  readonly failedRequests: string[];
}

describe('renderHtml in headless chromium', () => {
  let folder = '';
  let browser: Browser | undefined;
  let opened: Page | undefined;
  const seen: Seen = { consoleErrors: [], requests: [], failedRequests: [] };

  /**
   * The page, or a clear error. No silent skip: without a browser every test of this suite
   * fails (a failed `beforeAll` would mark them skipped, which a count of failures misses).
   */
  function page(): Page {
    if (opened !== undefined) return opened;
    throw new Error(
      existsSync(chromium)
        ? `html.browser.test: chromium at ${chromium} did not open the report (see the error of beforeAll)`
        : `html.browser.test: no chromium at ${chromium}; install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }

  beforeAll(async () => {
    if (!existsSync(chromium)) return;
    folder = mkdtempSync(join(tmpdir(), 'service-metrics-report-'));
    const file = join(folder, 'report.html');
    writeFileSync(file, await renderHtml(shown.map((item) => item.result), { title: 'Browser test', generatedAt: '2026-12-05' }));
    const url = pathToFileURL(file).href;
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--headless=new', '--no-sandbox'] });
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1200, height: 900 });
    tab.on('console', (message) => {
      if (message.type() === 'error') seen.consoleErrors.push(message.text());
    });
    tab.on('pageerror', (error) => seen.consoleErrors.push(String(error)));
    tab.on('requestfailed', (request) => seen.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`));
    // The page itself is the only request allowed; anything else is recorded and refused.
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      if (request.url() === url) {
        void request.continue();
      } else {
        seen.requests.push(request.url());
        void request.abort();
      }
    });
    await tab.goto(url, { waitUntil: 'load' });
    opened = tab;
  });

  afterAll(async () => {
    await browser?.close();
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  test('no console error, no script run, no request beyond the page', async () => {
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.requests).toEqual([]);
    expect(seen.failedRequests).toEqual([]);
    const pwned = await page().evaluate(() => (globalThis as InPage).pwned);
    expect(pwned).toBeUndefined();
    const active = await page().evaluate(() => (globalThis as InPage).document.querySelectorAll('script, img, iframe, link').length);
    expect(active).toBe(0);
  });

  test('one chart per result with groups, each an image with a name and drawn marks', async () => {
    const charts = await page().evaluate(() =>
      Array.from((globalThis as InPage).document.querySelectorAll('section.metric'), (section) => {
        const svg = section.querySelector('svg');
        if (svg === null) return null;
        const box = svg.getBoundingClientRect();
        const marks = (selector: string) =>
          Array.from(svg.querySelectorAll(`g.role-mark.${selector} > path`)).filter((path) => (path.getAttribute('d') ?? '') !== '').length;
        return {
          role: svg.getAttribute('role'),
          label: svg.getAttribute('aria-label') ?? '',
          title: svg.querySelector('title')?.textContent ?? '',
          width: box.width,
          height: box.height,
          rects: marks('mark-rect'),
          lines: marks('mark-line'),
          areas: marks('mark-area'),
          texts: svg.querySelectorAll('g.role-mark.mark-text > text').length,
        };
      }),
    );
    expect(charts).toHaveLength(shown.length);
    expect(await page().evaluate(() => (globalThis as InPage).document.querySelectorAll('svg').length)).toBe(shown.filter((item) => item.chart !== undefined).length);
    shown.forEach((item, index) => {
      const chart = charts[index];
      if (item.chart === undefined) {
        expect(chart, item.result.label).toBeNull();
        return;
      }
      expect(chart).not.toBeNull();
      expect(chart!.role).toBe('img');
      expect(chart!.label).not.toBe('');
      expect(chart!.title).toBe(chart!.label);
      expect(chart!.width).toBeGreaterThan(50);
      expect(chart!.height).toBeGreaterThan(50);
      if (item.chart === 'rect') expect(chart!.rects).toBe(item.result.groups.filter((group) => group.value !== null).length);
      if (item.chart === 'line') {
        expect(chart!.lines).toBeGreaterThan(0);
        expect(chart!.areas).toBeGreaterThan(0);
      }
      // Centre, two limits and the values; no interval band.
      if (item.chart === 'control') {
        expect(chart!.lines).toBe(4);
        expect(chart!.areas).toBe(0);
      }
      // All groups without answers: no bar, a "none" label for each group.
      if (item.chart === 'empty') {
        expect(chart!.rects).toBe(0);
        expect(chart!.texts).toBe(item.result.groups.length);
      }
    });
  });

  test('the headline values are visible', async () => {
    const headlines = await page().evaluate(() =>
      Array.from((globalThis as InPage).document.querySelectorAll('section.metric .headline .value'), (value) => {
        value.scrollIntoView();
        const box = value.getBoundingClientRect();
        return { text: value.innerText, visible: value.checkVisibility() && box.width > 0 && box.height > 0 };
      }),
    );
    expect(headlines).toEqual(shown.map((item) => ({ text: item.headline, visible: true })));
  });

  test('a control chart draws its limits around the centre, and names each signal on its mark and in the table', async () => {
    const drawn = await page().evaluate((index) => {
      const section = (globalThis as InPage).document.querySelectorAll('section.metric')[index]!;
      section.scrollIntoView();
      const lines = Array.from(section.querySelectorAll('g.role-mark.mark-line > path'), (path) => {
        const box = path.getBoundingClientRect();
        return { dashed: path.getAttribute('stroke-dasharray'), top: box.top, bottom: box.bottom, width: box.width, visible: path.checkVisibility() };
      });
      const signals = Array.from(section.querySelectorAll('path[aria-roledescription="signal"]'), (path) => ({
        title: path.querySelector('title')?.textContent ?? '',
        visible: path.checkVisibility(),
      }));
      const rows = Array.from(section.querySelectorAll('tr.signal td.signals'), (cell) => cell.innerText);
      return { lines, signals, rows };
    }, shown.findIndex((item) => item.chart === 'control'));
    const [centre, lower, upper, values] = drawn.lines;
    expect([centre!.dashed, lower!.dashed, upper!.dashed, values!.dashed]).toEqual([null, '6,4', '6,4', null]);
    for (const line of drawn.lines) {
      expect(line.visible).toBe(true);
      expect(line.width).toBeGreaterThan(300);
    }
    // Screen y grows downwards: the upper limit is above the centre, the lower limit below it.
    expect(upper!.bottom).toBeLessThan(centre!.top);
    expect(lower!.top).toBeGreaterThan(centre!.bottom);
    expect(drawn.signals).toEqual([
      { title: '2026-11-07: a point beyond the 3σ limits; 2 of 3 in a row beyond 2σ, same side', visible: true },
      { title: '2026-11-08: 2 of 3 in a row beyond 2σ, same side', visible: true },
    ]);
    expect(drawn.rows).toEqual(['a point beyond the 3σ limits; 2 of 3 in a row beyond 2σ, same side', '2 of 3 in a row beyond 2σ, same side']);
  });

  test('hostile text is shown as text', async () => {
    const heading = await page().evaluate(() => {
      const headings = (globalThis as InPage).document.querySelectorAll('section.metric h2');
      return headings[headings.length - 1]?.textContent ?? '';
    });
    expect(heading).toContain('<script>window.pwned = 1</script>');
  });
});
