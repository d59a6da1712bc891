// The calculators' TypeDoc plugin (loaded by `plugin` in typedoc.json). Every `typedoc` run
// (`npm run docs`, `npx typedoc`, the docs step of `npm test`) bundles docs/site/calculators.ts
// with the library's source (`src/`, not a stale dist/) into one IIFE with esbuild, writes it to
// `assets/calculators.js` with `assets/calculators.css`, and adds a <script> and a <link> to the
// pages that hold a calculator container (`<div class="sm-calc" data-calculator="…">` in a
// project document): today docs/calculators.md only. Other pages load neither. Nothing is fetched
// at view time: the bundle is a file of the site.
//
// esbuild is the one tsup already installs and runs for the package build. A bundle that fails
// to build is a TypeDoc error, so the docs step of `npm test` fails with esbuild's message.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { JSX, RendererEvent } from 'typedoc';

const here = import.meta.dirname;
const root = resolve(here, '..', '..');
const container = /<div\b[^>]*\bclass="sm-calc"[^>]*\bdata-calculator="/;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(RendererEvent.BEGIN, () => {
    app.renderer.preRenderAsyncJobs.push(async (event) => {
      const assets = join(event.outputDirectory, 'assets');
      mkdirSync(assets, { recursive: true });
      try {
        await build({
          absWorkingDir: root,
          entryPoints: [join(here, 'calculators.ts')],
          outfile: join(assets, 'calculators.js'),
          bundle: true,
          format: 'iife',
          platform: 'browser',
          target: 'es2020',
          minify: true,
          legalComments: 'none',
          tsconfig: join(here, 'tsconfig.json'),
          logLevel: 'silent',
        });
      } catch (error) {
        const messages = error?.errors?.map((message) => `${message.location?.file ?? ''}:${message.location?.line ?? ''} ${message.text}`);
        app.logger.error(`docs/site/calculators-plugin.mjs: esbuild could not bundle docs/site/calculators.ts: ${messages?.join('; ') ?? String(error)}`);
        return;
      }
      copyFileSync(join(here, 'calculators.css'), join(assets, 'calculators.css'));
    });
  });

  app.renderer.hooks.on('head.end', (context) =>
    hasCalculator(context.page.model)
      ? JSX.createElement('link', { rel: 'stylesheet', href: context.relativeURL('assets/calculators.css', true) })
      : JSX.createElement(JSX.Fragment, null),
  );
  app.renderer.hooks.on('body.end', (context) =>
    hasCalculator(context.page.model)
      ? JSX.createElement('script', { src: context.relativeURL('assets/calculators.js', true) })
      : JSX.createElement(JSX.Fragment, null),
  );
}

/** A project document whose Markdown holds a calculator container. */
function hasCalculator(model) {
  return model?.isDocument?.() === true && model.content.some((part) => part.kind === 'text' && container.test(part.text));
}
