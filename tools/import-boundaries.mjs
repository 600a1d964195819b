#!/usr/bin/env node
/**
 * The layout's arrows, checked over import lines (static, dynamic, re-exports,
 * side-effect imports, `new URL(…, import.meta.url)`) of every .ts/.mts/.mjs/
 * .js/.astro/.mdx file: `npm run lint` runs it after tsc and fails on the first
 * arrow that runs back up. The layers are the folders of src/ (README, Layout);
 * each may import only the layers listed in MAY_IMPORT. Files outside src/
 * (scripts/, tools/, test/, the root configs) may import any layer but the
 * Astro markup ones.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro markup: only markup imports it. */
const MARKUP = ['components', 'layouts', 'pages'];
/** Browser-safe layers: no Node built-ins, no astro: modules. */
export const BROWSER_SAFE = ['core', 'schema', 'compare', 'search', 'charts', 'client'];

/** Layer → the layers it may import (besides itself). `*` is every layer of src/. */
export const MAY_IMPORT = {
  core: [],
  'config.ts': ['core'],
  schema: ['core'],
  checks: ['schema', 'core'],
  normalize: ['checks', 'schema', 'core'],
  store: ['checks', 'schema', 'config.ts', 'core'],
  downloads: ['store', 'normalize', 'checks', 'schema', 'config.ts', 'core'],
  search: ['schema', 'core'],
  // compare builds its figures with the chart kernel; charts knows nothing of compare.
  compare: ['charts', 'schema', 'core'],
  charts: ['core'],
  views: ['store', 'compare', 'charts', 'checks', 'schema', 'config.ts', 'core'],
  client: ['compare', 'charts', 'search', 'core'],
  components: ['*', '!build', '!draft'],
  layouts: ['*', '!build', '!draft'],
  pages: ['*', '!build', '!draft'],
  'content.config.ts': ['store', 'schema'],
  draft: ['normalize', 'checks', 'schema', 'core'],
  build: ['*', '!components', '!layouts', '!pages', '!views', '!client'],
  styles: [],
};

/**
 * Known arrows that run back up, each with the issue that removes it. Keep this
 * list short: an entry is a debt, not a permission.
 */
export const KNOWN = [];

/** The layer of a repository path: the folder under src/, a root file of src/, or null outside src/. */
export function layerOf(path) {
  const m = /^src\/([^/]+)(\/)?/.exec(path);
  if (!m) return null;
  // a root file of src/ named without its extension ('../config')
  return m[2] || /\.[a-z]+$/.test(m[1]) ? m[1] : `${m[1]}.ts`;
}

/** Every import specifier of a source text. */
export function importsOf(text) {
  const out = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+|\bnew URL\(\s*)(['"])([^'"\n]+)\1/gm;
  for (const m of text.matchAll(re)) out.push(m[2]);
  return out;
}

function allowed(from, to) {
  if (from === to) return true;
  const rule = MAY_IMPORT[from];
  if (rule === undefined) return false;
  if (rule.includes('*')) return !rule.includes(`!${to}`);
  return rule.includes(to);
}

/**
 * The violations in a set of files ({ path, text }, repository-relative paths).
 * Relative specifiers are resolved against the file; a target outside src/ is
 * only checked for the markup rule (src/ importing scripts/, tools/ or test/ is
 * a violation too).
 */
export function violations(files) {
  const found = [];
  for (const { path, text } of files) {
    const from = layerOf(path);
    for (const spec of importsOf(text)) {
      if (from !== null && BROWSER_SAFE.includes(from) && (spec.startsWith('node:') || spec.startsWith('astro:'))) {
        found.push({ path, spec, why: `${from}/ is browser-safe: no ${spec.split(':')[0]}: imports` });
        continue;
      }
      if (!spec.startsWith('./') && !spec.startsWith('../')) continue;
      const target = posix.normalize(posix.join(posix.dirname(path), spec));
      const to = layerOf(target);
      if (KNOWN.some((k) => k.from === path && target.startsWith(k.to.replace(/\.ts$/, '')))) continue;
      if (from === null) {
        if (to !== null && MARKUP.includes(to)) found.push({ path, spec, why: `only components/, layouts/ and pages/ import ${to}/` });
        continue;
      }
      if (to === null) {
        if (!/^(scripts|tools|test)\//.test(target)) continue;
        found.push({ path, spec, why: `src/ never imports ${target.split('/')[0]}/` });
        continue;
      }
      if (!allowed(from, to))
        found.push({
          path,
          spec,
          why: MARKUP.includes(to)
            ? `only components/, layouts/ and pages/ import ${to}/`
            : `${from} may not import ${to} (allowed: ${(MAY_IMPORT[from] ?? []).join(', ') || 'nothing else in src/'})`,
        });
    }
  }
  return found;
}

function main() {
  const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).split('\n');
  const files = listed
    .filter((f) => /\.(ts|mts|mjs|js|astro|mdx)$/.test(f) && !/^(node_modules|dist)/.test(f))
    .flatMap((path) => {
      try {
        return [{ path, text: readFileSync(path, 'utf8') }];
      } catch {
        return []; // deleted in the work tree
      }
    });
  const unknown = [...new Set(files.map((f) => layerOf(f.path)).filter((l) => l !== null && !(l in MAY_IMPORT)))];
  const found = violations(files);
  for (const l of unknown) console.error(`src/${l}: a layer without a rule: add it to MAY_IMPORT in tools/import-boundaries.mjs`);
  for (const v of found) console.error(`${v.path}: imports '${v.spec}': ${v.why}`);
  if (found.length || unknown.length) process.exit(1);
  console.log(`import boundaries: ${files.length} files, no arrow runs back up`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
