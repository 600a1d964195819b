/** Shared by `npm run draft` and `npm run draft:eval`: registries from disk, a draft folder to disk. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblems, type Problem } from '../core/problems';
import { readerFor } from '../normalize/corpus';
import { readRegistries, REGISTRY_FILES, type Registries } from '../normalize/registries';
import type { Draft } from '../draft/draft';

export function loadRegistries(root: string): { registries: Registries; text: Record<keyof typeof REGISTRY_FILES, string> } {
  const problems: Problem[] = [];
  const read = readerFor((p) => {
    const full = resolve(root, p);
    return existsSync(full) ? readFileSync(full) : undefined;
  }, problems);
  const registries = readRegistries(read, problems);
  if (problems.length) {
    process.stderr.write(formatProblems(problems) + '\n');
    process.exit(1);
  }
  const text = Object.fromEntries(Object.entries(REGISTRY_FILES).map(([k, p]) => [k, readFileSync(resolve(root, p), 'utf8')])) as Record<
    keyof typeof REGISTRY_FILES,
    string
  >;
  return { registries, text };
}

/** Write a draft folder: source.txt byte for byte, the drafted files. */
export function writeDraft(dir: string, source: Uint8Array, draft: Draft): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.txt'), source);
  for (const [name, body] of Object.entries(draft.files)) if (body !== undefined) writeFileSync(join(dir, name), body);
}
