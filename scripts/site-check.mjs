// Test of the documentation site as a reader sees it: builds it with TypeDoc into a temporary
// folder, serves it on 127.0.0.1 (no network: requests to any other origin are refused and count
// as errors) and opens it in headless chromium (Debian's, driven by puppeteer-core) at 1280 px:
// - no console errors, page errors or failed requests on any page visited;
// - the sidebar lists the domains (Survey, Customer, Operations…) and the guides;
// - the `nps` page shows its formula as KaTeX markup, once, and "Formula" once in "On this page";
//   no function page anywhere in the site repeats its Formula section (overloads);
// - the search box finds `serviceLevel` for "service level", `agentsRequired` in the first ten
//   for "erlang", and something for "week" and "formula";
// - no element sticks out of the content column at 1280 px on the pages visited.
// Screenshots go to a temporary folder, printed at the start. Prints `site: N passed, N failed`;
// without chromium every browser check fails with the reason (never a silent skip).
// `node scripts/site-check.mjs` builds the site; `node scripts/site-check.mjs DIR` checks a site
// already built in DIR (as `npm test` does with the one its docs step built).
/* global document, getComputedStyle -- functions passed to tab.evaluate run in the page */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = resolve(import.meta.dirname, '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'service-metrics-site-'));
const prebuilt = process.argv[2];
const site = prebuilt === undefined ? join(work, 'site') : resolve(prebuilt);
const screenshots = join(work, 'screenshots');
mkdirSync(screenshots);
console.log(`site: ${prebuilt === undefined ? 'building into' : 'checking'} ${site}; screenshots in ${screenshots}`);

let passed = 0;
let failed = 0;
function report(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(ok ? `site ok: ${name}` : `site FAILED: ${name}\n  ${String(detail).replaceAll('\n', '\n  ')}`);
}

const domains = ['Survey', 'Customer', 'Operations', 'Business hours', 'SERVQUAL', 'Workforce', 'Statistics', 'Segments', 'SQL', 'Guides'];
const viewport = { width: 1280, height: 900 };

/** Pages opened in the browser, checked for errors and overflow, and photographed. */
const pages = [
  'index.html',
  'functions/nps.html',
  'functions/agentsRequired.html',
  'functions/erlangCPerformance.html',
  'functions/serviceLevel.html',
  'functions/clvDiscounted.html',
  'interfaces/NpsSummary.html',
];

const build =
  prebuilt === undefined
    ? spawnSync(join(root, 'node_modules', '.bin', 'typedoc'), ['--out', site], { cwd: root, encoding: 'utf8' })
    : { status: existsSync(join(site, 'index.html')) ? 0 : 1, stdout: '', stderr: `no site in ${site}` };
report(prebuilt === undefined ? 'typedoc builds the site' : `a built site is in ${prebuilt}`, build.status === 0, `${build.stdout}${build.stderr}`);

// Static check of every function page: one Formula section at most (overloads share one description).
if (build.status === 0) {
  const functionsDir = join(site, 'functions');
  const repeated = readdirSync(functionsDir).filter((file) => (readFileSync(join(functionsDir, file), 'utf8').match(/id="formula"/g) ?? []).length > 1);
  report('no function page repeats its Formula section', repeated.length === 0, repeated.join(', '));
  for (const file of readdirSync(join(site, 'documents'))) pages.push(`documents/${file}`);
  // The README's metric tables link functions through their source files: in the site, each
  // such link must lead to the function's page, never to a copy of the .ts file.
  const landing = readFileSync(join(site, 'index.html'), 'utf8');
  const toPages = new Set(landing.match(/href="functions\/\w+\.html"/g) ?? []).size;
  const toSources = landing.match(/href="media\/[^"]+\.ts"/g) ?? [];
  report('the landing page links about 150 function pages and no source file', toPages >= 150 && toSources.length === 0, `${toPages} function pages; ${toSources.join(', ')}`);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  const file = normalize(join(site, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(site) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});

async function inBrowser() {
  if (!existsSync(chromium)) {
    report('browser checks (console, sidebar, formula, search, layout)', false, `no browser at ${chromium}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
    return;
  }
  const { default: puppeteer } = await import('puppeteer-core');
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // Root (as in CI containers) cannot use chromium's sandbox.
    args: ['--headless=new', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const tab = await browser.newPage();
    await tab.setViewport(viewport);
    let errors = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    tab.on('pageerror', (error) => errors.push(`page error: ${String(error)}`));
    tab.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    tab.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await tab.setRequestInterception(true);
    tab.on('request', (request) => (request.url().startsWith(origin) ? request.continue() : request.abort()));

    const open = async (path) => {
      errors = [];
      await tab.goto(`${origin}/${path}`, { waitUntil: 'networkidle0' });
      // TypeDoc shows the page once its scripts ran; the sidebar is filled from navigation.js.
      await tab.waitForFunction(() => document.body.style.display !== 'none' && document.querySelector('.site-menu nav a') !== null, { timeout: 10_000 });
    };

    for (const path of pages) {
      await open(path);
      const name = path.replace(/\.html$/, '').replaceAll('/', '_');
      await tab.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
      report(`${path}: no console errors, page errors or failed requests`, errors.length === 0, errors.join('\n'));
      const overflowing = await tab.evaluate(overflowingElements);
      report(`${path}: nothing overflows the content column at ${viewport.width} px`, overflowing.length === 0, overflowing.join('\n'));
    }

    await open('index.html');
    const categories = await tab.evaluate(() =>
      [...document.querySelectorAll('.site-menu nav details > summary')].map((summary) => summary.textContent.trim()),
    );
    const missing = domains.filter((domain) => !categories.includes(domain));
    report('the sidebar has the domains and the guides', missing.length === 0, `missing ${missing.join(', ')}; found ${categories.join(', ')}`);
    const moduleLevel = await tab.evaluate(() => [...document.querySelectorAll('.site-menu nav a')].some((a) => /\/modules\/|\bapi\b|\bindex\b/.test(a.textContent ?? '')));
    report('the sidebar has no module level (`api`, `index`)', !moduleLevel);

    await open('functions/nps.html');
    const nps = await tab.evaluate(() => ({
      formulas: document.querySelectorAll('.col-content .sm-math .katex-display').length,
      headings: document.querySelectorAll('.col-content [id="formula"]').length,
      onThisPage: [...document.querySelectorAll('.page-menu a')].filter((a) => a.textContent.trim() === 'Formula').length,
      fraction: document.querySelector('.col-content .sm-math .mfrac') !== null,
      katexFont: document.fonts.check('16px KaTeX_Main'),
    }));
    report('nps: the formula is rendered by KaTeX (a fraction), once', nps.formulas === 1 && nps.fraction, JSON.stringify(nps));
    report('nps: one Formula heading, once in "On this page"', nps.headings === 1 && nps.onThisPage === 1, JSON.stringify(nps));
    report('nps: KaTeX fonts are served by the site', nps.katexFont, JSON.stringify(nps));

    const search = async (query) => {
      await open('index.html');
      await tab.click('#tsd-search-trigger');
      await tab.waitForSelector('#tsd-search-input', { visible: true });
      await tab.type('#tsd-search-input', query);
      await tab.waitForFunction(() => document.querySelectorAll('#tsd-search-results li a').length > 0 || /no results/i.test(document.querySelector('#tsd-search-status')?.textContent ?? ''), { timeout: 10_000 }).catch(() => undefined);
      await sleep(300);
      await tab.screenshot({ path: join(screenshots, `search-${query.replaceAll(' ', '-')}.png`) });
      return tab.evaluate(() => [...document.querySelectorAll('#tsd-search-results li a')].map((a) => new URL(a.href).pathname.replace(/^\//, '')));
    };
    const serviceLevel = await search('service level');
    report('search "service level" finds serviceLevel', serviceLevel.includes('functions/serviceLevel.html'), serviceLevel.slice(0, 10).join(', '));
    const erlang = await search('erlang');
    report('search "erlang": agentsRequired in the first ten', erlang.slice(0, 10).includes('functions/agentsRequired.html'), erlang.slice(0, 10).join(', '));
    for (const query of ['week', 'formula']) {
      const found = await search(query);
      report(`search "${query}" finds something`, found.length > 0, 'no results');
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs in the page: elements whose right edge passes the content column's, outside scroll boxes. */
function overflowingElements() {
  const column = document.querySelector('.col-content');
  if (!column) return ['no .col-content'];
  const limit = column.getBoundingClientRect().right + 1;
  const scrolls = (element) => {
    for (let e = element.parentElement; e && e !== column; e = e.parentElement) {
      const overflow = getComputedStyle(e).overflowX;
      if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
    }
    return false;
  };
  const out = [];
  for (const element of column.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= limit || scrolls(element)) continue;
    const text = (element.textContent ?? '').trim().slice(0, 60);
    out.push(`<${element.tagName.toLowerCase()} class="${element.className}"> ends at ${Math.round(box.right)} px > ${Math.round(limit)}: ${text}`);
    if (out.length >= 10) break;
  }
  return out;
}

if (build.status === 0) {
  try {
    await inBrowser();
  } catch (error) {
    report('browser checks ran to the end', false, error instanceof Error ? error.stack : String(error));
  }
}
console.log(`site: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
