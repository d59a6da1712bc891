// The documentation site's TypeDoc plugin (loaded by `plugin` in typedoc.json). Four jobs, each
// small enough to read in one sitting, none of them a custom theme:
//
// 1. Math. A fenced block ```math … ``` in a doc comment or a guide is TeX, rendered at build
//    time by KaTeX into HTML (no JavaScript and no network needed to read it). KaTeX's
//    stylesheet and fonts are copied into `assets/katex/`. A formula KaTeX cannot parse is a
//    build error. Outside the site (an editor's hover, GitHub) the block shows as TeX source.
// 2. Overloads share one description. TypeScript gives every overload signature the comment
//    written above the first, so TypeDoc printed the summary, "Formula", "Variants", the
//    example and the sources once per signature (and twice in "On this page"). When later
//    signatures carry the same comment as the first, they keep only their own `@returns`.
// 3. Search weighs summaries. TypeDoc indexes names (weight 10) and whole comments (1): a long
//    comment that names Erlang C three times ranked below short interfaces that name it once.
//    The one-line summary becomes a field of its own, weight 4, so "erlang" finds
//    `agentsRequired` ("… (Erlang C), and the headcount") among the first results.
// 4. Links from Markdown to source files. `[`nps`](src/survey/nps.ts)` in the README or a guide
//    opens the file on GitHub and, in the site, the page of the export the file is named after
//    (file name = export name). `[`npsSummary`](src/survey/nps.ts#npsSummary)` opens the page of
//    `npsSummary`, another export of that file.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { Converter, IndexEvent, JSX, MarkdownEvent, RendererEvent } from 'typedoc';
import { Comment, ReflectionKind } from 'typedoc/models';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..', '..');

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Loaded lazily so that the rest of the site still builds if KaTeX is missing, with a clear error.
  /** @type {typeof import('katex') | undefined} */
  let katex;
  try {
    katex = require('katex');
  } catch {
    katex = undefined;
  }

  // ── 1. Math ──────────────────────────────────────────────────────────────────────────────
  // TypeDoc's markdown-it turns ```math into <pre><code class="math">…</code><button>…</button></pre>
  // (`math` is in `ignoredHighlightLanguages`, so it is escaped, not highlighted); this listener
  // runs after TypeDoc's own and swaps each such block for KaTeX's HTML.
  const mathBlock = /<pre><code class="math">([\s\S]*?)<\/code><button[^>]*>[^<]*<\/button><\/pre>\n?/g;
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      event.parsedText = event.parsedText.replace(mathBlock, (_block, escaped) => {
        const tex = unescapeHtml(escaped).trim();
        if (katex === undefined) {
          app.logger.error('docs/site/plugin.mjs: katex is not installed (npm i -D -E katex@0.19.1); a formula cannot be rendered');
          return `<pre><code>${escaped}</code></pre>`;
        }
        try {
          const html = katex.renderToString(tex, { displayMode: true, throwOnError: true, output: 'htmlAndMathml', strict: 'error' });
          return `<div class="sm-math">${html}</div>\n`;
        } catch (error) {
          app.logger.error(`KaTeX cannot render a formula on ${event.page.model.name}: ${String(error)}\n${tex}`);
          return `<pre><code>${escaped}</code></pre>`;
        }
      });
    },
    -100,
  );
  app.renderer.hooks.on('head.end', (context) =>
    JSX.createElement('link', { rel: 'stylesheet', href: context.relativeURL('assets/katex/katex.min.css', true) }),
  );
  app.renderer.on(RendererEvent.END, (event) => {
    if (katex === undefined) return;
    const dist = dirname(require.resolve('katex/dist/katex.min.css'));
    const out = join(event.outputDirectory, 'assets', 'katex');
    mkdirSync(join(out, 'fonts'), { recursive: true });
    copyFileSync(join(dist, 'katex.min.css'), join(out, 'katex.min.css'));
    // Every browser the site supports reads woff2, the first source of each @font-face.
    for (const font of readdirSync(join(dist, 'fonts')).filter((file) => file.endsWith('.woff2'))) {
      copyFileSync(join(dist, 'fonts', font), join(out, 'fonts', font));
    }
  });

  // ── 2. Overloads share one description ───────────────────────────────────────────────────
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Function | ReflectionKind.Method)) {
      const [first, ...others] = reflection.signatures ?? [];
      if (first?.comment === undefined) continue;
      for (const signature of others) {
        if (signature.comment === undefined || !sameDescription(signature.comment, first.comment)) continue;
        const returns = signature.comment.blockTags.filter((tag) => tag.tag === '@returns');
        signature.comment = new Comment([], returns.map((tag) => tag.clone()), new Set(signature.comment.modifierTags));
      }
    }
  });

  // ── 3. Search weighs summaries ───────────────────────────────────────────────────────────
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    event.searchFieldWeights.summary = 4;
    event.searchResults.forEach((reflection, i) => {
      const comment = reflection.comment ?? (reflection.isDeclaration() ? reflection.signatures?.[0]?.comment : undefined);
      const summary = comment === undefined ? '' : Comment.combineDisplayParts(comment.getShortSummary(true));
      event.searchFields[i] = { ...event.searchFields[i], summary };
    });
  });

  // ── 4. Links from Markdown to source files ───────────────────────────────────────────────
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    /** @type {Map<string, import('typedoc/models').Reflection>} */
    const exports = new Map(project.children?.map((child) => [child.name, child]) ?? []);
    for (const file of sourceFiles(join(root, 'src'))) {
      const reflection = exports.get(basename(file, '.ts'));
      if (reflection !== undefined) project.files.registerReflectionPath(file.replaceAll('\\', '/'), reflection);
    }
    /** @param {readonly import('typedoc/models').CommentDisplayPart[] | undefined} parts */
    const retarget = (parts) => {
      for (const part of parts ?? []) {
        if (part.kind !== 'relative-link' || typeof part.target !== 'number' || part.targetAnchor === undefined) continue;
        const path = project.files.resolvePath(part.target);
        const target = exports.get(part.targetAnchor);
        if (path === undefined || target === undefined || !path.startsWith(`${root.replaceAll('\\', '/')}/src/`)) continue;
        // One registry entry per (file, export): the link resolves to the export's page.
        const alias = `${path}/${part.targetAnchor}`;
        project.files.registerReflectionPath(alias, target);
        part.target = project.files.registerAbsolute(alias).target;
        part.targetAnchor = undefined;
      }
    };
    retarget(project.readme);
    for (const reflection of Object.values(project.reflections)) {
      if (reflection.isDocument()) retarget(reflection.content);
    }
  });
}

/** The same summary and the same block tags, apart from `@param` (moved to parameters) and `@returns`. */
function sameDescription(a, b) {
  const shared = (comment) => comment.blockTags.filter((tag) => tag.tag !== '@returns' && tag.tag !== '@param');
  if (Comment.combineDisplayParts(a.summary) !== Comment.combineDisplayParts(b.summary)) return false;
  const [tagsA, tagsB] = [shared(a), shared(b)];
  return tagsA.length === tagsB.length && tagsA.every((tag, i) => tag.similarTo(tagsB[i]));
}

function* sourceFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory() && entry.name !== 'internal') yield* sourceFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.includes('.test.')) yield path;
  }
}

function unescapeHtml(text) {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}
