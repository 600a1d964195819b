import type { Collections } from '../../src/normalize/corpus';
import { replaceDirectory, writeJson } from './write-atomic';

export const GENERATED_DIR = process.env.PORTAL_GENERATED_DIR ?? '.generated';

/** One small JSON file per entry, one folder per collection (see src/content.config.ts). */
export function writeCollections(c: Collections, target: string): void {
  replaceDirectory(target, (dir) => {
    for (const e of c.counties) writeJson(dir, `counties/${e.code}.json`, e);
    for (const e of c.disclosures) writeJson(dir, `disclosures/${e.id}.json`, e);
    for (const e of c.details) writeJson(dir, `details/${e.id}.json`, e);
    for (const e of c.sources) writeJson(dir, `sources/${e.id}.json`, e);
  });
}
