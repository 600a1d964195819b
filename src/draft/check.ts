/** Run the curated-data checker in memory on one draft folder beside the registries (what `npm run check` would say). */
import { runChecks } from '../checks/index';
import type { Problem } from '../core/problems';
import { DISCLOSURES_DIR, normalizeCorpus, type CorpusFiles } from '../normalize/corpus';
import { REGISTRY_FILES } from '../normalize/registries';

export function checkDraft(
  id: string,
  files: Record<string, string | Uint8Array | undefined>,
  registryText: Record<keyof typeof REGISTRY_FILES, string>,
): Problem[] {
  const enc = new TextEncoder();
  const corpus: CorpusFiles = new Map();
  for (const [k, path] of Object.entries(REGISTRY_FILES)) corpus.set(path, enc.encode(registryText[k as keyof typeof REGISTRY_FILES]));
  for (const [name, body] of Object.entries(files)) {
    if (body === undefined || name === 'REVIEW.md') continue;
    corpus.set(`${DISCLOSURES_DIR}/${id}/${name}`, typeof body === 'string' ? enc.encode(body) : body);
  }
  return normalizeCorpus(corpus, runChecks).problems;
}
