/**
 * Links to sources (docs/conventions.md, "Links to sources"): every link in the TSDoc of src/,
 * the guides and the README is https. A page that serves no https is cited through its archived
 * copy (`https://web.archive.org/web/<year>/http://…`), where the `http://` is part of the path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The files whose links a reader follows: src/ (TSDoc), docs/ (guides), README.md, cli/README.md. */
function documentedFiles(): string[] {
  const walk = (folder: string, extension: RegExp): string[] =>
    readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && extension.test(entry.name))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
  return [...walk('src', /\.ts$/), ...walk('docs', /\.md$/), 'README.md', 'cli/README.md'];
}

/** The `http://` links of a text, with their line numbers: not an archive's path, not a local address. */
function plainHttpLinks(text: string): { line: number; link: string }[] {
  const found: { line: number; link: string }[] = [];
  text.split('\n').forEach((content, index) => {
    for (const match of content.matchAll(/(?<!\/)http:\/\/[^\s)>\]|'"`]+/g)) {
      if (/^http:\/\/(localhost|127\.0\.0\.1)\b/.test(match[0])) continue;
      found.push({ line: index + 1, link: match[0] });
    }
  });
  return found;
}

describe('links to sources', () => {
  test('the check finds a plain http link and lets archived copies and local addresses through', () => {
    const text = [
      ' * @see {@link http://example.com/page | a page}',
      ' * @see {@link https://web.archive.org/web/2020/http://example.com/page | archived}',
      'curl http://localhost:8080/health',
      '[a guide](http://example.org/guide)',
    ].join('\n');
    expect(plainHttpLinks(text)).toEqual([
      { line: 1, link: 'http://example.com/page' },
      { line: 4, link: 'http://example.org/guide' },
    ]);
  });

  test('every link in src/, docs/ and the READMEs is https', () => {
    const found = documentedFiles().flatMap((file) => plainHttpLinks(readFileSync(join(ROOT, file), 'utf8')).map(({ line, link }) => `${file}:${line} ${link}`));
    expect(found).toEqual([]);
  });
});
