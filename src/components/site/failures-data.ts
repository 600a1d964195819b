/**
 * Reading a disclosure's failed checks at build time: from the small
 * `failures/<id>.json` the normalizer writes (model/failures.ts) when the
 * generated folder has them, else computed from the disclosure's details (the
 * same views, at the cost of reading the whole details file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { GENERATED_DIR, detailsOf } from '../../data/collections';
import { FAILURES_KIND, failureFile, failureFileSchema, type FailureFile } from './model/failures';

let hasFiles: boolean | null = null;

function readFailures(id: string): unknown | null {
  hasFiles ??= existsSync(join(GENERATED_DIR, FAILURES_KIND));
  if (!hasFiles) return null;
  const file = join(GENERATED_DIR, FAILURES_KIND, `${id}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read the failures of disclosure ${id} (${file}), though its summary counts failed checks: run \`npm run build\` again (${(e as Error).message})`);
  }
}

/** A disclosure's failed checks with their operands and quotes, validated. */
export async function failuresOf(id: string): Promise<FailureFile> {
  const raw = readFailures(id);
  return raw === null ? failureFile(await detailsOf(id)) : failureFileSchema.parse(raw);
}

/** Only what counting by rule needs, validated (a fifth of the cost of the full schema: the overview reads every file). */
const ruleOnly = z.object({ id: z.string(), failures: z.array(z.object({ check: z.object({ rule: z.string(), rule_zh: z.string() }) })) });

export async function ruleCountsOf(id: string): Promise<{ id: string; failures: { check: { rule: string; rule_zh: string } }[] }> {
  const raw = readFailures(id);
  return raw === null ? failureFile(await detailsOf(id)) : ruleOnly.parse(raw);
}
