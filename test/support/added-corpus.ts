/**
 * The curated corpus with the fixture folders of test/support/fixtures/added-corpus/ added, as a
 * curator would add them: the disclosure folders copied in, their registry rows appended.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ADDED_FIXTURES = 'test/support/fixtures/added-corpus';

/** The ids of the added disclosure folders. */
export function addedIds(): string[] {
  return readdirSync(join(ADDED_FIXTURES, 'disclosures'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
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
    if (file.endsWith('.csv')) {
      // The fixture's header row names the columns; only its data rows are appended.
      const base = readFileSync(target, 'utf8');
      writeFileSync(target, base.replace(/\n?$/, '\n') + extra.split('\n').slice(1).join('\n'));
    } else if (file.endsWith('.json')) {
      const base = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : [];
      writeFileSync(target, JSON.stringify([...base, ...JSON.parse(extra)], null, 2) + '\n');
    }
  }
  return readdirSync(join(out, 'disclosures'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}
