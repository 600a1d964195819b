/**
 * Read every file under the content folder into memory, keyed as
 * "content/<path inside it>" (how problems name files).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CorpusFiles } from '../../src/normalize/corpus';

export function readCorpusFiles(contentDir: string): CorpusFiles {
  const files: CorpusFiles = new Map();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set('content/' + relative(contentDir, full).split(sep).join('/'), readFileSync(full));
    }
  };
  walk(contentDir);
  return files;
}
