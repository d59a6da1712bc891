// One-off helper for merging branches begun before src/internal/ was split into folders
// (issue 9); delete it once those branches are merged. It rewrites, in src/ and test/:
// - a relative import of a file that no longer exists (`../internal/validate.js`,
//   `./SegmentMetric.js`) to the file's new home, by name: `src/internal/<folder>/<name>.ts`,
//   or for types, the `src/internal/types/` module that declares each imported name;
// - in src/internal/, a type import from a domain module whose names all live in
//   src/internal/types/.
// Usage: node scripts/fix-internal-imports.mjs [root]   (prints each file it rewrites)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const walk = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(posix.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [posix.join(dir, entry.name)] : [],
  );

const internal = walk('src/internal');
const typeHome = new Map();
for (const file of internal.filter((f) => f.startsWith('src/internal/types/'))) {
  for (const match of readFileSync(join(root, file), 'utf8').matchAll(/^export (?:interface|type) (\w+)/gm)) typeHome.set(match[1], file);
}
const byName = new Map(internal.map((file) => [posix.basename(file), file]));
const specifierTo = (from, file) => {
  const spec = relative(dirname(join(root, from)), join(root, file)).split('\\').join('/').replace(/\.ts$/, '.js');
  return spec.startsWith('.') ? spec : `./${spec}`;
};

const pattern = /^(import|export)( type)? \{([^}]*)\} from '(\.[^']+)';$/gm;
for (const file of [...walk('src'), ...walk('test')]) {
  const text = readFileSync(join(root, file), 'utf8');
  const fixed = text.replace(pattern, (line, kind, typeOnly, names, spec) => {
    const target = relative(root, resolve(dirname(join(root, file)), spec.replace(/\.js$/, '.ts'))).split('\\').join('/');
    const missing = !existsSync(join(root, target));
    const upward = file.startsWith('src/internal/') && !target.startsWith('src/internal/') && !target.startsWith('src/errors/') && target !== 'src/types.ts';
    if (!missing && !upward) return line;
    const list = names.split(',').map((n) => n.trim()).filter(Boolean);
    const bare = (n) => n.replace(/^type\s+/, '').split(/\s+as\s+/)[0];
    if (typeOnly !== undefined || list.every((n) => n.startsWith('type '))) {
      if (list.every((n) => typeHome.has(bare(n)))) {
        const groups = new Map();
        for (const n of list) groups.set(typeHome.get(bare(n)), [...(groups.get(typeHome.get(bare(n))) ?? []), n.replace(/^type\s+/, '')]);
        return [...groups].map(([home, group]) => `${kind} type { ${group.join(', ')} } from '${specifierTo(file, home)}';`).join('\n');
      }
    }
    const moved = missing ? byName.get(posix.basename(target)) : undefined;
    return moved === undefined ? line : line.replace(`'${spec}'`, `'${specifierTo(file, moved)}'`);
  });
  if (fixed !== text) {
    writeFileSync(join(root, file), fixed);
    console.log(file);
  }
}
