/**
 * The naming grammar of docs/conventions.md, checked on the export list. For a metric `x` over
 * a sample: `x`, `xSummary`, `mergeXSummaries`, `xFromSummary`, `xMetric`; a view of another
 * family's summary has `x`, `xFromSummary` and `xMetric` only; "From" means nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/** Views: metrics computed from another family's summary (`csatMeanFromSummary(csatSummary)`). */
const VIEWS: Readonly<Record<string, string>> = {
  csatMean: 'csat',
  enps: 'nps',
  npsInterval: 'nps',
  meanInterval: 'mean',
  proportionInterval: 'proportion',
};

/** Intervals are views whose descriptor is their family's: `npsMetric().interval`. */
const INTERVAL_VIEWS: ReadonlySet<string> = new Set(['npsInterval', 'meanInterval', 'proportionInterval']);

/** Summary families without a descriptor, and why. */
const NO_DESCRIPTOR: Readonly<Record<string, string>> = {
  agentRatings: 'a table of agents (one row per agent), not one number per group',
  servqual: 'a structured result (gaps per dimension and item), not one number per group',
};

const capitalise = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const uncapitalise = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** Every violation of the grammar, as `name: reason`, keyed by the export that breaks it. */
function violations(exports: ReadonlySet<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const report = (name: string, reason: string): void => {
    found.set(name, [...(found.get(name) ?? []), reason]);
  };
  const has = (name: string): boolean => exports.has(name);
  const families = new Set<string>();
  for (const name of exports) {
    const merge = /^merge([A-Z]\w*)Summaries$/.exec(name);
    const fromSummary = /^([a-z]\w*)FromSummary$/.exec(name);
    const summary = fromSummary === null ? /^([a-z]\w*)Summary$/.exec(name) : null;
    const fromSummaries = /^([a-z]\w*)FromSummaries$/.exec(name);
    const descriptor = /^([a-z]\w*)Metric$/.exec(name);
    if (name.includes('From') && fromSummary === null && fromSummaries === null) {
      report(name, '"From" is only for xFromSummary');
    }
    if (fromSummaries !== null && !has(fromSummaries[1]!)) {
      report(name, `xFromSummaries is the keyed form of a segment helper, and ${fromSummaries[1]!} is not exported`);
    }
    if (merge !== null) {
      const x = uncapitalise(merge[1]!);
      families.add(x);
      if (!has(`${x}Summary`)) report(name, `no ${x}Summary`);
      if (!has(`${x}FromSummary`)) report(name, `no ${x}FromSummary`);
    }
    if (summary !== null) {
      const x = summary[1]!;
      families.add(x);
      if (!has(`merge${capitalise(x)}Summaries`)) report(name, `no merge${capitalise(x)}Summaries`);
      if (!has(`${x}FromSummary`)) report(name, `no ${x}FromSummary`);
    }
    if (fromSummary !== null) {
      const x = fromSummary[1]!;
      const family = VIEWS[x];
      if (family === undefined) {
        if (!has(`${x}Summary`)) report(name, `no ${x}Summary, and ${x} is not a listed view`);
      } else if (!has(`${family}Summary`)) {
        report(name, `the view ${x} reads ${family}Summary, which is not exported`);
      }
    }
    if (descriptor !== null && !has(descriptor[1]!)) report(name, `no ${descriptor[1]!}`);
  }
  for (const x of families) {
    const summaryName = `${x}Summary`;
    const at = has(summaryName) ? summaryName : `merge${capitalise(x)}Summaries`;
    if (!has(x)) report(at, `no ${x}, the metric of the sample`);
    if (!(x in NO_DESCRIPTOR) && !has(`${x}Metric`)) report(at, `no ${x}Metric descriptor`);
  }
  for (const [view, family] of Object.entries(VIEWS)) {
    if (!has(view)) report(view, `the listed view ${view} is not exported`);
    const descriptor = INTERVAL_VIEWS.has(view) ? `${family}Metric` : `${view}Metric`;
    if (!has(descriptor)) report(view, `no ${descriptor} descriptor`);
  }
  return found;
}

describe('the naming grammar (docs/conventions.md)', () => {
  test('every export obeys it', async () => {
    const exports = new Set(Object.keys(await import('../src/index.js')));
    const broken = [...violations(exports)].map(([name, reasons]) => `${name}: ${reasons.join('; ')}`);
    expect(broken).toEqual([]);
  });

  test('the check catches each kind of violation', () => {
    const reasons = (names: string[]): string[] => [...violations(new Set(names))].map(([name, why]) => `${name}: ${why.join('; ')}`).sort();
    const family = ['nps', 'npsSummary', 'mergeNpsSummaries', 'npsFromSummary', 'npsMetric'];
    const views = ['csat', 'csatSummary', 'mergeCsatSummaries', 'csatFromSummary', 'csatMetric', 'csatMean', 'csatMeanFromSummary', 'csatMeanMetric', 'enps', 'enpsFromSummary', 'enpsMetric', 'npsInterval', 'npsIntervalFromSummary', 'mean', 'meanSummary', 'mergeMeanSummaries', 'meanFromSummary', 'meanMetric', 'meanInterval', 'meanIntervalFromSummary', 'agentRatings', 'agentRatingsSummary', 'mergeAgentRatingsSummaries', 'agentRatingsFromSummary', 'proportion', 'proportionSummary', 'mergeProportionSummaries', 'proportionFromSummary', 'proportionMetric', 'proportionInterval', 'proportionIntervalFromSummary'];
    expect(reasons([...family, ...views])).toEqual([]);
    expect(reasons([...family, ...views, 'npsFromCounts'])).toEqual(['npsFromCounts: "From" is only for xFromSummary']);
    expect(reasons([...family, ...views, 'serviceLevelFromLog'])).toEqual(['serviceLevelFromLog: "From" is only for xFromSummary']);
    expect(reasons([...family, ...views, 'periodSeriesFromSummaries'])).toEqual([
      'periodSeriesFromSummaries: xFromSummaries is the keyed form of a segment helper, and periodSeries is not exported',
    ]);
    expect(reasons(family.filter((name) => name !== 'mergeNpsSummaries').concat(views))).toEqual(['npsSummary: no mergeNpsSummaries']);
    expect(reasons(family.filter((name) => name !== 'npsFromSummary').concat(views))).toEqual([
      'mergeNpsSummaries: no npsFromSummary',
      'npsSummary: no npsFromSummary',
    ]);
    expect(reasons(family.filter((name) => name !== 'npsMetric').concat(views))).toEqual([
      'npsInterval: no npsMetric descriptor',
      'npsSummary: no npsMetric descriptor',
    ]);
    expect(reasons(family.filter((name) => name !== 'nps').concat(views))).toEqual(['npsMetric: no nps', 'npsSummary: no nps, the metric of the sample']);
    expect(reasons([...family, ...views, 'averageDurationFromSummary'])).toEqual([
      'averageDurationFromSummary: no averageDurationSummary, and averageDuration is not a listed view',
    ]);
    expect(reasons([...family, ...views, 'servqualSummary', 'mergeServqualSummaries', 'servqualFromSummary', 'servqual'])).toEqual([]);
    expect(reasons([...family, ...views.filter((name) => name !== 'enpsMetric')])).toEqual(['enps: no enpsMetric descriptor']);
  });
});

/** String literals of src/ that are not camelCase words, outside comments: option and result values. */
function kebabLiterals(): string[] {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.includes('.test.')) {
        // Comments (doc examples) are left out: only the code's own literals are values.
        const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
        for (const [literal] of code.matchAll(/'[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+'/g)) {
          if (literal !== "'service-metrics'") found.push(`${path.slice(src.length)}: ${literal}`);
        }
      }
    }
  };
  walk(src);
  return found;
}

describe('option values (docs/conventions.md)', () => {
  test('are camelCase strings, as the names are', () => {
    expect(kebabLiterals()).toEqual([]);
  });
});


/** The runtime exports of service-metrics/sql that are not `…Sql` builders. */
const SQL_READERS: ReadonlySet<string> = new Set(['readSummaries', 'querySummaries', 'SqlCheckError']);

/** Summary families without SQL, and why. */
const NO_SQL: Readonly<Record<string, string>> = {
  agentRatings: 'a table of agents computed from several rating columns per agent; group by agent with meanSummarySql',
  servqual: 'one summary across many item columns of a questionnaire, not a column of values',
};

/** Every violation of the `xSummarySql` grammar of service-metrics/sql, as `name: reason`. */
function sqlViolations(core: ReadonlySet<string>, sql: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const name of sql) {
    if (SQL_READERS.has(name)) continue;
    const builder = /^([a-z]\w*)Sql$/.exec(name);
    if (builder === null) found.push(`${name}: not a reader, and not a core name + Sql`);
    else if (!core.has(builder[1]!)) found.push(`${name}: ${builder[1]!} is not an export of service-metrics`);
  }
  for (const name of core) {
    const merge = /^merge([A-Z]\w*)Summaries$/.exec(name);
    if (merge === null) continue;
    const x = uncapitalise(merge[1]!);
    if (!(x in NO_SQL) && !sql.has(`${x}SummarySql`)) found.push(`${x}Summary: no ${x}SummarySql in service-metrics/sql`);
  }
  return found.sort();
}

describe('the SQL names (docs/conventions.md)', () => {
  test('every summary family has its xSummarySql, and every Sql name is a core name + Sql', async () => {
    const core = new Set(Object.keys(await import('../src/index.js')));
    const sql = new Set(Object.keys(await import('../src/sql/index.js')));
    expect(sqlViolations(core, sql)).toEqual([]);
  });

  test('the check catches each kind of violation', () => {
    const core = new Set(['nps', 'npsSummary', 'mergeNpsSummaries', 'durationPercentile', 'servqualSummary', 'mergeServqualSummaries']);
    expect(sqlViolations(core, new Set(['npsSummarySql', 'durationPercentileSql', 'readSummaries']))).toEqual([]);
    expect(sqlViolations(core, new Set(['durationPercentileSql']))).toEqual(['npsSummary: no npsSummarySql in service-metrics/sql']);
    expect(sqlViolations(core, new Set(['npsSummarySql', 'npsSql2', 'csatSummarySql']))).toEqual([
      'csatSummarySql: csatSummary is not an export of service-metrics',
      'npsSql2: not a reader, and not a core name + Sql',
    ]);
  });
});
