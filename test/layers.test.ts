/**
 * The layers of src/ (docs/conventions.md, "Layout of the source"), checked on the import
 * statements of every source file: domain modules import `internal/`, never the reverse;
 * inside `internal/` a folder imports only the folders below it; and no two modules import
 * each other, directly or through others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The folders of src/internal/, lowest first: each may import its own folder and those
 * listed before it, never one listed after it.
 */
const INTERNAL_ORDER = ['types', 'checks', 'summaries', 'numeric', 'segments', 'sql'] as const;

/** Modules outside src/internal/ that internal modules may import: the error and the shared public types. */
const BELOW_INTERNAL = (file: string): boolean => file.startsWith('src/errors/') || file === 'src/types.ts';

/** Every relative module specifier a file imports or re-exports, static or dynamic. */
function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const pattern = /\b(?:import|export)\s[^;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*(?:\(\s*)?['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) {
    const specifier = match[1] ?? match[2]!;
    if (specifier.startsWith('.')) found.push(specifier);
  }
  return found;
}

/** The source files of src/ (tests excluded), as paths from the repository root with `/`. */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The import graph of src/: each file with the files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const targets = importSpecifiers(source).map((specifier) =>
      relative(ROOT, resolve(ROOT, dirname(file), specifier.replace(/\.js$/, '.ts'))).split('\\').join('/'),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** Every import that breaks the layers, as `from -> to`. */
function layerViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const rank = (file: string): number => INTERNAL_ORDER.indexOf(file.split('/')[2] as (typeof INTERNAL_ORDER)[number]);
  const broken: string[] = [];
  for (const [from, targets] of graph) {
    if (!from.startsWith('src/internal/')) continue;
    for (const to of targets) {
      const allowed = to.startsWith('src/internal/') ? rank(from) >= 0 && rank(to) >= 0 && rank(to) <= rank(from) : BELOW_INTERNAL(to);
      if (!allowed) broken.push(`${from} -> ${to}`);
    }
  }
  return broken;
}

/** The import cycles of a graph: its strongly connected components of more than one module, or a module importing itself. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe('the checker', () => {
  test('reads static, type-only, multi-line, re-export, side-effect and dynamic imports, relative ones only', () => {
    const source = [
      "import { a } from './a.js';",
      "import type {\n  B,\n  C,\n} from '../b.js';",
      "export { d } from './d.js';",
      "export type { E } from \"./e.js\";",
      "import './f.js';",
      "const g = await import('./g.js');",
      "import { h } from 'vitest';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a.js', '../b.js', './d.js', './e.js', './f.js', './g.js']);
  });

  test('flags an internal module that imports a domain module or a higher internal folder', () => {
    const graph = new Map([
      ['src/internal/numeric/erlang.ts', ['src/workforce/ContactWorkload.ts', 'src/internal/checks/validate.ts', 'src/types.ts']],
      ['src/internal/checks/validate.ts', ['src/errors/MetricInputError.ts', 'src/internal/numeric/erlang.ts']],
      ['src/internal/elsewhere.ts', ['src/internal/checks/validate.ts']],
      ['src/workforce/erlangC.ts', ['src/internal/numeric/erlang.ts']],
    ]);
    expect(layerViolations(graph)).toEqual([
      'src/internal/numeric/erlang.ts -> src/workforce/ContactWorkload.ts',
      'src/internal/checks/validate.ts -> src/internal/numeric/erlang.ts',
      'src/internal/elsewhere.ts -> src/internal/checks/validate.ts',
    ]);
  });

  test('finds cycles through any number of modules, and none in a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(importCycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });
});

describe('src/', () => {
  const graph = importGraph();

  test('every relative import names a source file', () => {
    const files = new Set(graph.keys());
    const missing = [...graph].flatMap(([from, targets]) => targets.filter((to) => !files.has(to)).map((to) => `${from} -> ${to}`));
    expect(missing).toEqual([]);
  });

  test('internal modules import only lower internal folders, the error and the shared types', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  test('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  test('every folder of src/internal/ has a place in the order and a README', () => {
    const folders = readdirSync(join(ROOT, 'src/internal'), { withFileTypes: true });
    expect(folders.filter((entry) => !entry.isDirectory()).map((entry) => entry.name)).toEqual([]);
    expect(folders.map((entry) => entry.name).sort()).toEqual([...INTERNAL_ORDER].sort());
    for (const folder of INTERNAL_ORDER) expect(readdirSync(join(ROOT, 'src/internal', folder))).toContain('README.md');
  });
});
