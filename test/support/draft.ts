/** Registries for the draft tests: the repository's classification codes and department types, plus a fixture county. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Problem } from '../../src/core/problems';
import { readRegistries, REGISTRY_FILES, type Registries } from '../../src/normalize/registries';
import { linesOf, sectionsOf } from '../../src/draft/text';
import type { DocContext } from '../../src/draft/standard-tables';

const FIXTURE_COUNTY = '439901,示例县,示例,示例市,439900,湖南省,430000,,,,,fixture county for the draft tests';

export function registryText(): Record<keyof typeof REGISTRY_FILES, string> {
  const text = Object.fromEntries(Object.entries(REGISTRY_FILES).map(([k, p]) => [k, readFileSync(resolve(p), 'utf8')])) as Record<
    keyof typeof REGISTRY_FILES,
    string
  >;
  text.counties = text.counties.replace(/\n*$/, '\n') + FIXTURE_COUNTY + '\n';
  return text;
}

export function registries(): Registries {
  const text = registryText();
  const byPath = new Map<string, string>(Object.entries(REGISTRY_FILES).map(([k, p]) => [p, text[k as keyof typeof REGISTRY_FILES]]));
  const problems: Problem[] = [];
  const r = readRegistries((p) => byPath.get(p) ?? null, problems);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return r;
}

export function ctxOf(source: string): DocContext {
  const lines = linesOf(source);
  return { source, lines, sections: sectionsOf(lines), registries: registries() };
}
