/**
 * Read every file under the content folder into memory, keyed as
 * "content/<path inside it>" (how problems name files).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CorpusFiles } from '../normalize/corpus';
import { diskFile } from './normalize-slice';

/** Files the build would refuse (links out of the repository, dangling links, too big) are left out here. */
export function readCorpusFiles(contentDir: string): CorpusFiles {
  const files: CorpusFiles = new Map();
  const read = diskFile(contentDir);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue; // a dangling link
      }
      if (isDir) walk(full);
      else {
        const key = 'content/' + relative(contentDir, full).split(sep).join('/');
        const bytes = read(key);
        if (bytes instanceof Uint8Array) files.set(key, bytes);
      }
    }
  };
  walk(contentDir);
  return files;
}
