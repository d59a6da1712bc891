/**
 * Runs every `@example` in the library's doc comments and checks each `// => value` it shows,
 * so the documentation cannot drift from the code.
 *
 * - `expression; // => value` (or `// => value` alone on the next line) checks that the
 *   expression equals the value. A number written with decimals is the value rounded to those
 *   decimals (`// => 33.33` accepts 33.333…); a number written without decimals must match to
 *   within 1e-9 of its size.
 * - `expression; // => throws CODE` checks that the expression throws a `MetricInputError`
 *   with that code.
 * - Every runtime export must appear in at least one example's import list.
 */
import * as fs from 'node:fs';
import * as csvParse from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import * as library from '../src/index.js';
import * as sqlLibrary from '../src/sql/index.js';

const root = join(import.meta.dirname, '..');
/** The exports of both entry points, `service-metrics` and `service-metrics/sql`. */
const exportsByName = { ...library, ...sqlLibrary } as Readonly<Record<string, unknown>>;

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0].replace(/^\s*\/?\*+\/? ?/gm, '');
    for (const block of body.matchAll(/@example\s*```tsx?\n([\s\S]*?)```/g)) {
      const before = text.slice(0, (comment.index) + comment[0].indexOf('@example'));
      examples.push({ file: relative(root, file), line: before.split('\n').length, code: block[1] ?? '' });
    }
  }
  return examples;
}

/** Modules an example may import, besides the library itself. */
const modules: Readonly<Record<string, unknown>> = { 'service-metrics': library, 'service-metrics/sql': sqlLibrary, 'node:fs': fs, 'csv-parse/sync': csvParse };

/**
 * The example's code, with each checked statement wrapped in a call to a checker and each
 * import turned into a destructuring of `__modules`.
 */
function instrument(code: string): { program: string; imports: string[]; checks: number } {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const imports: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const module = (node.moduleSpecifier as ts.StringLiteral).text;
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly = clause?.phaseModifier === ts.SyntaxKind.TypeKeyword;
      const names =
        bindings && ts.isNamedImports(bindings) && !typeOnly
          ? bindings.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text)
          : [];
      if (module === 'service-metrics' || module === 'service-metrics/sql') imports.push(...names);
      const text = names.length > 0 ? `const { ${names.join(', ')} } = __modules[${JSON.stringify(module)}];` : '';
      edits.push({ start: node.getStart(), end: node.end, text });
      return;
    }
    if (ts.isExpressionStatement(node)) {
      const shown = /^[ \t]*(?:\r?\n[ \t]*)?\/\/ => (.*)/.exec(code.slice(node.end));
      if (shown) {
        const expected = (shown[1] ?? '').trim();
        const expression = node.expression.getText();
        const throwsCode = /^throws (\w+)$/.exec(expected);
        edits.push({
          start: node.getStart(),
          end: node.end,
          text: throwsCode
            ? `__checkThrows(() => (${expression}), ${JSON.stringify(throwsCode[1])});`
            : `__check((${expression}), (${expected}), ${JSON.stringify(expected)});`,
        });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let program = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    program = program.slice(0, edit.start) + edit.text + program.slice(edit.end);
  }
  const checks = edits.filter((edit) => edit.text.startsWith('__check')).length;
  const output = ts.transpileModule(program, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  return { program: output.replace(/^export \{\};\s*$/m, ''), imports, checks };
}

function decimalsShown(value: number): number {
  const text = String(value);
  if (text.includes('e')) return -1;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

function expectShown(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const decimals = decimalsShown(expected);
    const tolerance = decimals > 0 ? 0.5 * 10 ** -decimals * (1 + 1e-9) : 1e-9 * Math.max(1, Math.abs(expected));
    expect(Math.abs(actual - expected), `${path}: ${String(actual)} is shown as ${String(expected)}`).toBeLessThanOrEqual(
      tolerance,
    );
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} should be an array`).toBe(true);
    const array = actual as unknown[];
    expect(array.length, `${path}.length`).toBe(expected.length);
    expected.forEach((item, i) => {
      expectShown(array[i], item, `${path}[${String(i)}]`);
    });
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    expect(typeof actual === 'object' && actual !== null, `${path} should be an object`).toBe(true);
    const object = actual as Record<string, unknown>;
    expect(Object.keys(object).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectShown(object[key], value, `${path}.${key}`);
    return;
  }
  expect(actual, path).toStrictEqual(expected);
}

/** The README's TypeScript blocks, which must run; their `// =>` values are checked too. */
function readmeExamples(): Example[] {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((block) => ({
    file: 'README.md',
    line: text.slice(0, block.index).split('\n').length,
    code: block[1] ?? '',
  }));
}

/** Runs an example as the body of an async function, so examples may `await` (a database query). */
async function runExample(program: string, check: unknown, checkThrows: unknown): Promise<void> {
  const AsyncFunction = (Object.getPrototypeOf(async () => {
    await Promise.resolve();
  }) as { constructor: FunctionConstructor }).constructor;
  const run = new AsyncFunction('__modules', '__check', '__checkThrows', program) as (...args: unknown[]) => Promise<void>;
  await run(modules, check, checkThrows);
}

const examples = sourceFiles(join(root, 'src'))
  .flatMap(examplesOf)
  .map((example) => ({ ...example, ...instrument(example.code) }));
const readme = readmeExamples().map((example) => ({ ...example, ...instrument(example.code) }));

describe('doc examples', () => {
  test.each(examples.map((example) => [`${example.file}:${String(example.line)}`, example] as const))(
    '%s',
    async (_name, { program, imports, checks }) => {
      expect(checks, 'an example shows at least one `// =>` value').toBeGreaterThan(0);
      for (const name of imports) {
        expect(exportsByName, `the example imports ${name}`).toHaveProperty(name);
      }
      let ran = 0;
      const check = (actual: unknown, expected: unknown, text: string): void => {
        ran++;
        expectShown(actual, expected, `// => ${text}`);
      };
      const checkThrows = (run: () => unknown, code: string): void => {
        ran++;
        expect(run).toThrow(library.MetricInputError);
        try {
          run();
        } catch (error) {
          expect((error as library.MetricInputError).code).toBe(code);
        }
      };
      await runExample(program, check, checkThrows);
      expect(ran, 'every `// =>` line was reached').toBe(checks);
    },
  );

  test.each(readme.map((example) => [`${example.file}:${String(example.line)}`, example] as const))(
    '%s runs',
    async (_name, { program, checks }) => {
      let ran = 0;
      const check = (actual: unknown, expected: unknown, text: string): void => {
        ran++;
        expectShown(actual, expected, `// => ${text}`);
      };
      const log = console.log;
      console.log = () => undefined; // the README's examples print; the test only needs them to run
      try {
        await runExample(program, check, () => undefined);
      } finally {
        console.log = log;
      }
      expect(ran).toBe(checks);
    },
  );

  test('every runtime export appears in an example', () => {
    const runtimeExports = Object.keys(exportsByName).filter((name) => typeof exportsByName[name] === 'function');
    const imported = new Set(examples.flatMap((example) => example.imports));
    const missing = runtimeExports.filter((name) => !imported.has(name));
    expect(missing).toEqual([]);
  });
});
