// `service-metrics report <config>`: several metric commands, one result each, from a JSON or
// YAML file. Each entry is run exactly as its command line would be (same options, same checks).
import { readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BadDataError, UsageError } from '../errors.js';
import type { Io } from '../main.js';
import type { MetricResultJson } from '../result.js';

/** A report configuration, as written in the file. */
export interface ReportConfig {
  /** The report's title. */
  readonly title?: string;
  /** Options given to every metric (`tz`, `missing`…), overridden by a metric's own. */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** The metrics, in the order they appear. */
  readonly metrics: readonly {
    readonly metric: string;
    /** The file, relative to the configuration file. */
    readonly file?: string;
    /** The command's options by their long names (`score`, `by`, `min-answers` or `minAnswers`). */
    readonly options?: Readonly<Record<string, unknown>>;
  }[];
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** A metric entry as a command line. */
export function argvOf(entry: unknown, defaults: Readonly<Record<string, unknown>>, base: string, index: number): string[] {
  if (typeof entry !== 'object' || entry === null || typeof (entry as { metric?: unknown }).metric !== 'string') {
    throw new UsageError(`report: metrics[${index}] needs a "metric" (nps, csat, service-level…)`);
  }
  const { metric, file, options } = entry as ReportConfig['metrics'][number];
  if (file !== undefined && typeof file !== 'string') throw new UsageError(`report: metrics[${index}].file must be a path`);
  if (options !== undefined && (typeof options !== 'object' || Array.isArray(options))) throw new UsageError(`report: metrics[${index}].options must be an object`);
  const argv = [metric];
  if (file !== undefined) argv.push(isAbsolute(file) ? file : resolve(base, file));
  for (const [name, value] of Object.entries({ ...defaults, ...(options ?? {}) })) {
    if (['format', 'out'].includes(kebab(name))) throw new UsageError(`report: metrics[${index}].options.${name}: the report sets the output itself`);
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === null || item === undefined || item === false) continue;
      if (typeof item === 'object') throw new UsageError(`report: metrics[${index}].options.${name} must be text, a number or a list of them`);
      argv.push(`--${kebab(name)}`);
      if (item !== true) argv.push(String(item));
    }
  }
  return [...argv, '--format', 'json'];
}

/** Reads the configuration and runs each metric. */
export async function runReport(path: string, io: Io): Promise<{ title: string; metrics: MetricResultJson[] }> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`no report configuration ${path}`);
  }
  let config: unknown;
  try {
    config = ['.yaml', '.yml'].includes(extname(path).toLowerCase()) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { title, defaults, metrics: entries } = (typeof config === 'object' && config !== null ? config : {}) as Partial<Record<keyof ReportConfig, unknown>>;
  if (!Array.isArray(entries) || entries.length === 0) throw new UsageError(`${path}: a report needs "metrics", a list of { metric, file, options }`);
  if (defaults !== undefined && (typeof defaults !== 'object' || defaults === null || Array.isArray(defaults))) throw new UsageError(`${path}: "defaults" must be an object of options`);
  // Imported here: main.ts imports this module.
  const { main } = await import('../main.js');
  const metrics: MetricResultJson[] = [];
  for (const [index, entry] of (entries as unknown[]).entries()) {
    const argv = argvOf(entry, (defaults ?? {}) as Record<string, unknown>, dirname(resolve(path)), index);
    let output = '';
    let errors = '';
    const code = await main(argv, { stdout: (chunk) => (output += chunk), stderr: (chunk) => (errors += chunk), interactive: false });
    const failure = `report: metrics[${index}] (${argv[0]!}): ${errors.trim().replace(/^service-metrics: /, '')}`;
    if (code === 1) throw new BadDataError(failure);
    if (code !== 0) throw new UsageError(failure);
    metrics.push(JSON.parse(output) as MetricResultJson);
    io.stderr(`${argv[0]!}: done\n`);
  }
  return { title: typeof title === 'string' ? title : 'service-metrics report', metrics };
}
