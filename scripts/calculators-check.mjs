// The calculators of the documentation site (docs/calculators.md) in a real browser: opens the
// built page in Debian's chromium (headless, driven by puppeteer-core, served from a local HTTP
// server on 127.0.0.1; any other request is refused), types inputs into each calculator, and
// checks that every number shown is what the built library (dist/) returns in Node for the same
// inputs, rounded as the page says (`toFixed` to the decimals below), and that the exact double
// in the output's `data-value` is the one dist/ returns in the same browser. (Node 20's V8 and
// Chromium's differ in the last bit of Math.exp for about one argument in ten, so an Erlang
// result may differ from Node's by an ulp: such a difference is printed, and more than 1e-12
// relative fails.) Bad inputs must show the library's own MetricInputError message, word for
// word, and no NaN. No console error, no failed request, and pages without a
// calculator do not load its script. Saves screenshots and prints their folder.
//
//   node scripts/calculators-check.mjs <site-dir>   check a site already built (npm test does this
//                                                   after its build and docs steps)
//   node scripts/calculators-check.mjs              build the package and the site first
//
// Prints `calculators: N passed, N failed`. Without chromium every check fails and says what to
// install: it never skips.
/* global document, getComputedStyle */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = join(root, '.tmp', 'calculators-screenshots');
const dist = join(root, 'dist');
let passed = 0;
let failed = 0;

function report(name, wrong) {
  if (wrong.length === 0) passed++;
  else failed++;
  console.log(wrong.length === 0 ? `calculators ok: ${name}` : `calculators FAILED: ${name}\n  ${wrong.join('\n  ')}`);
}

// How many decimals each output shows (the page's `Output.decimals` in docs/site/calculators.ts).
const DECIMALS = {
  nps: { nps: 1, lower: 1, upper: 1 },
  'sample-size': { answers: 0 },
  csat: { csat: 1, lower: 1, upper: 1, mean: 2 },
  staffing: {
    trafficErlangs: 2,
    agents: 0,
    scheduledHeadcount: 0,
    serviceLevel: 1,
    averageSpeedOfAnswer: 1,
    occupancy: 1,
    probabilityOfWaiting: 3,
    probabilityOfAbandoning: 3,
    averageWait: 1,
  },
};

/** The cases: what to type (field name → text; a select's value), and what the library says in Node. */
function cases(lib) {
  const pick = (object, names) => Object.fromEntries(names.map((name) => [name, object[name]]));
  const QUEUE = ['trafficErlangs', 'agents', 'serviceLevel', 'averageSpeedOfAnswer', 'occupancy', 'probabilityOfWaiting'];
  const ABANDON = ['probabilityOfAbandoning', 'averageWait'];
  const workload = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 };
  const staffingInputs = { contacts: '100', intervalSeconds: '1800', averageHandleSeconds: '180', serviceLevel: '80', thresholdSeconds: '20' };
  const nps = (summary, options) => {
    const interval = lib.npsIntervalFromSummary(summary, options);
    return { nps: lib.npsFromSummary(summary), lower: interval.lower, upper: interval.upper };
  };
  const csat = (counts, satisfiedFrom, confidenceLevel) => {
    const summary = { scaleMin: 1, scaleMax: 5, counts, unanswered: 0 };
    const interval = lib.proportionIntervalFromSummary(
      { successes: counts.slice(satisfiedFrom - 1).reduce((a, b) => a + b, 0), trials: counts.reduce((a, b) => a + b, 0) },
      { method: 'wilson', confidenceLevel },
    );
    return {
      csat: lib.csatFromSummary(summary, { satisfiedFrom }),
      lower: interval.lower,
      upper: interval.upper,
      mean: lib.csatMeanFromSummary(summary),
    };
  };
  const csatInputs = (counts) => Object.fromEntries(counts.map((count, i) => [`count${i + 1}`, String(count)]));
  const error = (compute) => {
    try {
      compute();
    } catch (caught) {
      if (caught instanceof lib.MetricInputError) return caught.message;
      throw caught;
    }
    throw new Error('the library accepted an input the case calls bad');
  };
  return [
    {
      calculator: 'nps',
      name: "Wald, the doc example's counts",
      inputs: { promoters: '520', passives: '300', detractors: '180', method: 'wald', confidenceLevel: '0.95', populationSize: '' },
      expected: nps({ promoters: 520, passives: 300, detractors: 180 }, { method: 'wald' }),
      functions: ['npsFromSummary', 'npsIntervalFromSummary'],
    },
    {
      calculator: 'nps',
      name: 'score interval at 90 % with a population of 200',
      inputs: { promoters: '19', passives: '15', detractors: '6', method: 'score', confidenceLevel: '0.9', populationSize: '200' },
      expected: nps({ promoters: 19, passives: 15, detractors: 6 }, { method: 'score', confidenceLevel: 0.9, populationSize: 200 }),
      functions: ['npsFromSummary', 'npsIntervalFromSummary'],
    },
    {
      calculator: 'nps',
      name: 'adjusted Wald at 99 %, mostly detractors',
      inputs: { promoters: '3', passives: '4', detractors: '30', method: 'adjustedWald', confidenceLevel: '0.99', populationSize: '' },
      expected: nps({ promoters: 3, passives: 4, detractors: 30 }, { method: 'adjustedWald', confidenceLevel: 0.99 }),
      functions: ['npsFromSummary', 'npsIntervalFromSummary'],
    },
    {
      calculator: 'nps',
      name: 'bad input: a fractional count',
      inputs: { promoters: '10.5', passives: '4', detractors: '3', method: 'wald', confidenceLevel: '0.95', populationSize: '' },
      error: error(() => lib.npsFromSummary({ promoters: 10.5, passives: 4, detractors: 3 })),
    },
    {
      calculator: 'nps',
      name: 'bad input: a confidence level of 95',
      inputs: { promoters: '10', passives: '4', detractors: '3', confidenceLevel: '95' },
      error: error(() => lib.npsIntervalFromSummary({ promoters: 10, passives: 4, detractors: 3 }, { method: 'wald', confidenceLevel: 95 })),
    },
    {
      calculator: 'nps',
      name: 'bad input: text in a count',
      inputs: { promoters: 'ten', confidenceLevel: '0.95' },
      error: error(() => lib.npsFromSummary({ promoters: 'ten', passives: 4, detractors: 3 })),
    },
    {
      calculator: 'sample-size',
      name: 'NPS, ± 5 points, worst case',
      inputs: { kind: 'nps', marginOfError: '5', confidenceLevel: '0.95', populationSize: '', promoters: '', passives: '', detractors: '' },
      expected: { answers: lib.npsSampleSize({ marginOfError: 5 }) },
      functions: ['npsSampleSize'],
    },
    {
      calculator: 'sample-size',
      name: 'NPS, ± 3 points at 90 %, a 50/30/20 mix, 5,000 customers',
      inputs: { kind: 'nps', marginOfError: '3', confidenceLevel: '0.9', populationSize: '5000', promoters: '50', passives: '30', detractors: '20' },
      expected: {
        answers: lib.npsSampleSize(
          { marginOfError: 3, mix: { promoters: 50, passives: 30, detractors: 20 } },
          { confidenceLevel: 0.9, populationSize: 5000 },
        ),
      },
      functions: ['npsSampleSize'],
    },
    {
      calculator: 'sample-size',
      name: 'a rate, ± 5 % expecting 85 %, 400 customers',
      inputs: { kind: 'proportion', marginOfError: '5', confidenceLevel: '0.95', populationSize: '400', expectedPercentage: '85' },
      expected: { answers: lib.proportionSampleSize({ marginOfError: 5, expectedPercentage: 85 }, { populationSize: 400 }) },
      functions: ['proportionSampleSize'],
    },
    {
      calculator: 'sample-size',
      name: 'bad input: a mix with a share left empty',
      inputs: { kind: 'nps', marginOfError: '5', promoters: '50', passives: '', detractors: '20' },
      error: error(() => lib.npsSampleSize({ marginOfError: 5, mix: { promoters: 50, passives: undefined, detractors: 20 } })),
    },
    {
      calculator: 'sample-size',
      name: 'bad input: a margin of 0',
      inputs: { kind: 'proportion', marginOfError: '0', populationSize: '', expectedPercentage: '' },
      error: error(() => lib.proportionSampleSize({ marginOfError: 0 }, { confidenceLevel: 0.95 })),
    },
    {
      calculator: 'csat',
      name: "Intercom's worked example, top two boxes",
      inputs: { ...csatInputs([5, 5, 10, 20, 10]), satisfiedFrom: '4', confidenceLevel: '0.95' },
      expected: csat([5, 5, 10, 20, 10], 4, 0.95),
      functions: ['csatFromSummary', 'csatMeanFromSummary', 'csatMetric', 'proportionIntervalFromSummary'],
    },
    {
      calculator: 'csat',
      name: 'top box at 90 %',
      inputs: { ...csatInputs([2, 1, 7, 31, 59]), satisfiedFrom: '5', confidenceLevel: '0.9' },
      expected: csat([2, 1, 7, 31, 59], 5, 0.9),
      functions: ['csatFromSummary', 'csatMeanFromSummary', 'csatMetric', 'proportionIntervalFromSummary'],
    },
    {
      calculator: 'csat',
      name: 'bad input: a negative count',
      inputs: { ...csatInputs([2, 1, 7, -31, 59]), satisfiedFrom: '4', confidenceLevel: '0.95' },
      error: error(() => lib.csatFromSummary({ scaleMin: 1, scaleMax: 5, counts: [2, 1, 7, -31, 59], unanswered: 0 }, { satisfiedFrom: 4 })),
    },
    {
      calculator: 'csat',
      name: 'bad input: no answers',
      inputs: { ...csatInputs([0, 0, 0, 0, 0]), satisfiedFrom: '4', confidenceLevel: '0.95' },
      error: error(() => lib.csatFromSummary({ scaleMin: 1, scaleMax: 5, counts: [0, 0, 0, 0, 0], unanswered: 0 }, { satisfiedFrom: 4 })),
    },
    {
      calculator: 'staffing',
      name: 'Erlang C, 80 % in 20 s, 85 % occupancy cap, 30 % shrinkage',
      inputs: { model: 'erlangC', ...staffingInputs, maxOccupancy: '85', shrinkage: '0.3', agents: '' },
      expected: (() => {
        const plan = lib.agentsRequired(workload, { serviceLevel: 80, thresholdSeconds: 20, maxOccupancy: 85, shrinkage: 0.3 });
        return { ...pick(plan, QUEUE), scheduledHeadcount: plan.scheduledHeadcount };
      })(),
      functions: ['agentsRequired'],
    },
    {
      calculator: 'staffing',
      name: 'Erlang C, 250 calls an hour at 330 s, 80 % in 30 s',
      inputs: { model: 'erlangC', ...staffingInputs, contacts: '250', intervalSeconds: '3600', averageHandleSeconds: '330', thresholdSeconds: '30', maxOccupancy: '', shrinkage: '', agents: '' },
      expected: (() => {
        const plan = lib.agentsRequired({ contacts: 250, intervalSeconds: 3600, averageHandleSeconds: 330 }, { serviceLevel: 80, thresholdSeconds: 30 });
        return { ...pick(plan, QUEUE), scheduledHeadcount: plan.scheduledHeadcount };
      })(),
      functions: ['agentsRequired'],
    },
    {
      calculator: 'staffing',
      name: 'Erlang A, patience 120 s',
      inputs: { model: 'erlangA', ...staffingInputs, maxOccupancy: '', shrinkage: '', averagePatienceSeconds: '120', agents: '' },
      expected: (() => {
        const plan = lib.agentsRequiredWithAbandonment({ ...workload, averagePatienceSeconds: 120 }, { serviceLevel: 80, thresholdSeconds: 20 });
        return { ...pick(plan, [...QUEUE, ...ABANDON]), scheduledHeadcount: plan.scheduledHeadcount };
      })(),
      functions: ['agentsRequiredWithAbandonment'],
    },
    {
      calculator: 'staffing',
      name: 'Erlang C with 16 agents given',
      inputs: { model: 'erlangC', ...staffingInputs, agents: '16' },
      expected: pick(lib.erlangCPerformance({ ...workload, agents: 16 }, { thresholdSeconds: 20 }), QUEUE),
      functions: ['erlangCPerformance'],
    },
    {
      calculator: 'staffing',
      name: 'Erlang A with 9 agents given (below the traffic: callers abandon)',
      inputs: { model: 'erlangA', ...staffingInputs, averagePatienceSeconds: '300', agents: '9' },
      expected: pick(lib.erlangAPerformance({ ...workload, agents: 9, averagePatienceSeconds: 300 }, { thresholdSeconds: 20 }), [...QUEUE, ...ABANDON]),
      functions: ['erlangAPerformance'],
    },
    {
      calculator: 'staffing',
      name: 'bad input: Erlang C with no more agents than traffic',
      inputs: { model: 'erlangC', ...staffingInputs, agents: '10' },
      error: error(() => lib.erlangCPerformance({ ...workload, agents: 10 }, { thresholdSeconds: 20 })),
    },
    {
      calculator: 'staffing',
      name: 'bad input: a 100 % service-level target',
      inputs: { model: 'erlangC', ...staffingInputs, serviceLevel: '100', maxOccupancy: '', shrinkage: '', agents: '' },
      error: error(() => lib.agentsRequired(workload, { serviceLevel: 100, thresholdSeconds: 20 })),
    },
  ];
}

/** What one calculator shows: outputs (hidden or not), the error line, the functions named in "Computed by". */
function readCalculator(id) {
  const container = document.querySelector(`.sm-calc[data-calculator="${id}"]`);
  if (container === null) return null;
  const visible = (node) => node.closest('[hidden]') === null && getComputedStyle(node).display !== 'none';
  const outputs = {};
  for (const node of container.querySelectorAll('output[data-output]')) {
    outputs[node.dataset.output] = { text: node.textContent, value: node.dataset.value, visible: visible(node) };
  }
  const error = container.querySelector('.sm-calc-error');
  const links = [...container.querySelectorAll('a')].filter(visible).map((a) => ({ text: a.textContent.trim(), href: a.href }));
  return {
    outputs,
    error: error !== null && visible(error) ? error.textContent : '',
    links,
    text: container.innerText,
  };
}

/** The site's files over HTTP on 127.0.0.1 (file: URLs make chromium refuse the SVG icons). */
async function serve(site) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    // The built package, for the test's own computations in the same browser (not part of the site).
    const [base, rest] = path.startsWith('/__dist/') ? [dist, path.slice('/__dist'.length)] : [site, path];
    const file = join(base, rest);
    if (path === '/favicon.ico' && !existsSync(file)) {
      // Chromium asks for /favicon.ico by itself when a page names no icon: not a request of the site.
      response.writeHead(204).end();
      return;
    }
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

async function inBrowser(site, lib) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { server, origin } = await serve(site);
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // Root (as in CI containers) cannot use chromium's sandbox.
    args: ['--headless=new', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 1000 });
    const problems = [];
    const requested = [];
    tab.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    tab.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    // Nothing leaves the machine: any request to another origin is refused (and reported).
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      requested.push(request.url());
      if (request.url().startsWith(origin)) void request.continue();
      else void request.abort();
    });

    // Pages without a calculator do not load its script.
    for (const page of ['index.html', 'documents/How_sure_is_this_number_.html']) {
      if (!existsSync(join(site, page))) continue;
      requested.length = 0;
      problems.length = 0;
      await tab.goto(`${origin}/${page}`, { waitUntil: 'load' });
      const wrong = [...problems];
      if (requested.some((url) => url.includes('calculators.'))) wrong.push('loads the calculators script or stylesheet');
      report(`${page} does not load the calculators`, wrong);
    }

    const page = 'documents/Calculators.html';
    problems.length = 0;
    await tab.goto(`${origin}/${page}`, { waitUntil: 'load' });
    const ids = Object.keys(DECIMALS);
    const mounted = await tab.evaluate((list) => list.map((id) => document.querySelector(`.sm-calc[data-calculator="${id}"] form`) !== null), ids);
    report(
      'the Calculators page shows four calculators',
      ids.filter((id, i) => !mounted[i]).map((id) => `no calculator "${id}" (is ${page} built, and assets/calculators.js loaded?)`),
    );
    // Every calculator fits the content column at 1280 px.
    const overflow = await tab.evaluate(() =>
      [...document.querySelectorAll('.sm-calc')].flatMap((calc) => {
        const column = calc.closest('.col-content') ?? document.body;
        const box = calc.getBoundingClientRect();
        const limit = column.getBoundingClientRect().right + 1;
        return box.right > limit || calc.scrollWidth > calc.clientWidth + 1 ? [`${calc.dataset.calculator} overflows the content column`] : [];
      }),
    );
    report('the calculators fit the content column at 1280 px', overflow);
    mkdirSync(screenshots, { recursive: true });

    // The same cases computed by dist/ in this browser: `cases` is self-contained, its source is sent over.
    const inBrowserValues = await tab.evaluate(async (source) => {
      const built = await import('/__dist/index.js');
      const list = new Function(`return (${source});`)()(built);
      return list.map((testCase) => testCase.expected ?? null);
    }, cases.toString());
    for (const [i, testCase] of cases(lib).entries()) {
      const wrong = [];
      const scope = `.sm-calc[data-calculator="${testCase.calculator}"]`;
      try {
        for (const [name, text] of Object.entries(testCase.inputs)) {
          const selector = `${scope} [name="${name}"]`;
          const tag = await tab.$eval(selector, (node) => node.tagName);
          if (tag === 'SELECT') {
            await tab.select(selector, text);
          } else {
            // As a reader would: select what is there, then type (or delete it).
            await tab.click(selector, { count: 3 });
            await tab.keyboard.press('Backspace');
            if (text !== '') await tab.type(selector, text);
          }
        }
        const shown = await tab.evaluate(readCalculator, testCase.calculator);
        if (shown === null) throw new Error(`no calculator "${testCase.calculator}"`);
        if (/NaN|Infinity|undefined/.test(shown.text.replace(shown.error, ''))) wrong.push(`shows NaN, Infinity or undefined: ${shown.text}`);
        if (testCase.error !== undefined) {
          if (shown.error !== testCase.error) wrong.push(`error shown: ${JSON.stringify(shown.error)}; the library's: ${JSON.stringify(testCase.error)}`);
          for (const [name, output] of Object.entries(shown.outputs)) {
            if (output.value !== '' || (output.visible && output.text !== '–')) wrong.push(`${name} shows ${JSON.stringify(output.text)} beside an error`);
          }
        } else {
          if (shown.error !== '') wrong.push(`an error is shown: ${shown.error}`);
          const decimals = DECIMALS[testCase.calculator];
          for (const [name, value] of Object.entries(testCase.expected)) {
            const output = shown.outputs[name];
            const text = value.toFixed(decimals[name]);
            const here = inBrowserValues[i]?.[name];
            if (output === undefined || !output.visible) {
              wrong.push(`${name} is not shown`);
            } else if (output.text !== text) {
              wrong.push(`${name}: shown ${JSON.stringify(output.text)}; the library in Node: ${text} (${String(value)})`);
            } else if (output.value !== String(here)) {
              wrong.push(`${name}: the page computed ${output.value}; dist/ in the same browser ${String(here)}`);
            } else if (here !== value) {
              if (!(Math.abs(here - value) <= 1e-12 * Math.abs(value))) wrong.push(`${name}: ${String(here)} in the browser, ${String(value)} in Node`);
              else console.log(`calculators note: ${testCase.calculator} ${name} is ${String(here)} in chromium, ${String(value)} in Node (the engines' Math.exp)`);
            }
          }
          for (const [name, output] of Object.entries(shown.outputs)) {
            if (!(name in testCase.expected) && output.visible) wrong.push(`${name} is shown (${output.text}) but this case has no such result`);
          }
          // "Computed by": exactly the functions used, each a link to its own page of the site.
          const named = shown.links.map((link) => link.text);
          const missing = testCase.functions.filter((name) => !named.includes(name));
          const extra = named.filter((name) => !testCase.functions.includes(name));
          if (missing.length > 0 || extra.length > 0) wrong.push(`"Computed by" names ${named.join(', ')}; expected ${testCase.functions.join(', ')}`);
          for (const link of shown.links) {
            const file = join(site, new URL(link.href).pathname);
            if (!link.href.startsWith(origin) || !existsSync(file)) wrong.push(`the link to ${link.text} leads nowhere: ${link.href}`);
            else if (!readFileSync(file, 'utf8').includes(`<title>${link.text} |`)) wrong.push(`the link to ${link.text} opens another page: ${link.href}`);
          }
        }
        const element = await tab.$(scope);
        await element?.screenshot({ path: join(screenshots, `${String(i + 1).padStart(2, '0')}-${testCase.calculator}.png`) });
      } catch (error) {
        wrong.push(String(error));
      }
      report(`${testCase.calculator}: ${testCase.name}`, wrong);
    }
    report('no console error, page error or failed request on the Calculators page', [...problems]);
    await tab.screenshot({ path: join(screenshots, 'page.png'), fullPage: true });
    console.log(`calculators: screenshots in ${relative(process.cwd(), screenshots) || '.'}`);
  } finally {
    await browser.close();
    server.close();
  }
}

let site = process.argv[2] === undefined ? undefined : resolve(process.argv[2]);
try {
  if (site === undefined) {
    // Standalone: build the package (the Node side of the comparison) and the site.
    site = join(root, '.tmp', 'calculators-site');
    for (const [what, args] of [
      ['the package', [join(root, 'scripts', 'build.mjs')]],
      ['the site', [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', site]],
    ]) {
      const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      if (result.status !== 0) throw new Error(`building ${what} failed`);
    }
  }
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('no dist/index.js: run `npm run build` first');
  const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  if (!existsSync(chromium)) {
    // Every check fails, and says what to do: never a silent skip.
    const why = `no browser at ${chromium} (install Debian's chromium: apt-get install -y chromium, or set CHROMIUM_PATH)`;
    for (const testCase of cases(lib)) report(`${testCase.calculator}: ${testCase.name}`, [why]);
  } else {
    rmSync(screenshots, { recursive: true, force: true });
    await inBrowser(site, lib);
  }
} catch (error) {
  failed++;
  console.log(`calculators FAILED: ${String(error?.stack ?? error)}`);
}
console.log(`calculators: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
