/**
 * The curated corpus with the fixture folders of test/support/fixtures/added-corpus/ added, as a
 * curator would add them: the disclosure folders copied in, their registry rows appended.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, isUpToDate } from './site/child-build';
import { readCorpusFiles } from '../../src/build/corpus-files';
import { normalizeCorpus, type Collections } from '../../src/normalize/corpus';
import { runChecks } from '../../src/checks/index';
import { TEST_SITE } from './site/site';

export const ADDED_FIXTURES = 'test/support/fixtures/added-corpus';

/** The ids of the added disclosure folders. */
export function addedIds(): string[] {
  return readdirSync(join(ADDED_FIXTURES, 'disclosures'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Copy `content` to `out` and add the fixtures; returns the ids of every disclosure in `out`. */
export function writeAddedCorpus(out: string, content = 'content'): string[] {
  rmSync(out, { recursive: true, force: true });
  cpSync(content, out, { recursive: true });
  for (const id of addedIds()) cpSync(join(ADDED_FIXTURES, 'disclosures', id), join(out, 'disclosures', id), { recursive: true });
  const registries = join(ADDED_FIXTURES, 'registries');
  for (const file of readdirSync(registries)) {
    const target = join(out, 'registries', file);
    const extra = readFileSync(join(registries, file), 'utf8');
    // Rows and types the registry already has (a curator added the same folder for real) are kept once.
    if (file.endsWith('.csv')) {
      // The fixture's header row names the columns; only its data rows whose key (first column) is new are appended.
      const base = readFileSync(target, 'utf8');
      const keys = new Set(base.split('\n').map((l) => l.split(',')[0]));
      const rows = extra
        .split('\n')
        .slice(1)
        .filter((l) => l.trim() && !keys.has(l.split(',')[0]));
      writeFileSync(target, base.replace(/\n?$/, '\n') + rows.map((l) => l + '\n').join(''));
    } else if (file.endsWith('.json')) {
      const base: { id: string }[] = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : [];
      const added = (JSON.parse(extra) as { id: string }[]).filter((t) => !base.some((b) => b.id === t.id));
      writeFileSync(target, JSON.stringify([...base, ...added], null, 2) + '\n');
    }
  }
  return readdirSync(join(out, 'disclosures'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Where the added corpus is built: its own content copy, generated folder, Astro cache and dist. */
export const ADDED_BUILD = { content: '.generated-added-content', generated: '.generated-added', cache: 'node_modules/.astro-added', dist: 'dist-added' };

/**
 * Build the added corpus unless its dist is newer than the sources (the site and browser tests
 * share one build), and return its normalized collections.
 */
export function ensureAddedBuilt(): Collections {
  const sources = [ADDED_FIXTURES, 'test/support/added-corpus.ts'];
  // The content copy is rewritten only when a build is due, so a second test file reads the same copy.
  if (!isUpToDate(ADDED_BUILD.dist, sources) || !existsSync(ADDED_BUILD.content)) {
    const ids = writeAddedCorpus(ADDED_BUILD.content);
    for (const id of addedIds()) if (!ids.includes(id)) throw new Error(`${id} was not added`);
    // Deployed at a test origin: the tests read its sitemaps, which a preview build has none of.
    ensureBuilt(
      ADDED_BUILD.dist,
      { PORTAL_SITE: TEST_SITE, PORTAL_CONTENT_DIR: ADDED_BUILD.content, PORTAL_GENERATED_DIR: ADDED_BUILD.generated, PORTAL_CACHE_DIR: ADDED_BUILD.cache },
      sources,
    );
  }
  const r = normalizeCorpus(readCorpusFiles(ADDED_BUILD.content), runChecks);
  if (!r.collections) throw new Error(`the added corpus does not normalize: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.collections;
}
