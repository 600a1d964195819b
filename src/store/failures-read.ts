/**
 * Reading a disclosure's failed checks at build time from the small
 * `failures/<id>.json` the normalizer writes for each disclosure with a
 * failure (model/failures.ts), instead of its whole details file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { failureFileSchema, type FailureFile } from './failures';
import { entryFile, GENERATED_DIR, KINDS } from './layout';

function readFailures(id: string): unknown {
  const file = entryFile(GENERATED_DIR, KINDS.failures, id);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(
      `cannot read the failures of disclosure ${id} (${file}), though its summary counts failed checks: run \`npm run build\` again (${(e as Error).message})`,
    );
  }
}

/** A disclosure's failed checks with their operands and quotes, validated. */
export function failuresOf(id: string): FailureFile {
  return failureFileSchema.parse(readFailures(id));
}

/** Only what counting by rule needs, validated (a fifth of the cost of the full schema: the overview reads every file). */
const ruleOnly = z.object({ id: z.string(), failures: z.array(z.object({ check: z.object({ rule: z.string(), rule_zh: z.string() }) })) });

export function ruleCountsOf(id: string): { id: string; failures: { check: { rule: string; rule_zh: string } }[] } {
  return ruleOnly.parse(readFailures(id));
}
