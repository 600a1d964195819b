/**
 * What the /checks/ pages show of one disclosure: its failed consistency
 * checks, each with the operands' labels, links and quotes (the same views as
 * the disclosure page's 数据核验 section). Small on purpose: the normalizer can
 * write it beside the details as `failures/<id>.json` for each disclosure with
 * a failure (failureFile), so the /checks/ pages read a few KB per disclosure
 * instead of its whole details (about 100 KB and 2 ms each: at 100,000
 * disclosures that alone would be minutes). Pure and free of Astro imports, so
 * the normalizer's worker threads can import it.
 */
import { z } from 'zod';
import { checkResultSchema, type DisclosureDetails } from '../schema/normalized';
import { checkViews, consistencyChecks, type CheckView } from '../checks/report';

export interface FailureFile {
  id: string;
  failures: CheckView[];
}

/** The failed consistency checks of a disclosure (structural results belong to the scorecard), in the order the disclosure page lists them. */
export function failureFile(details: DisclosureDetails): FailureFile {
  return {
    id: details.id,
    failures: checkViews(consistencyChecks(details.checks), details.facts, details.indicators).filter((v) => v.check.status === 'fail'),
  };
}

export const failureFileSchema: z.ZodType<FailureFile> = z.object({
  id: z.string(),
  failures: z.array(
    z.object({
      check: checkResultSchema,
      difference: z.object({ wan: z.string(), yuan: z.string() }).nullable(),
      figures: z.array(z.object({ id: z.string(), label: z.string(), href: z.string().nullable(), quote: z.string().nullable() })),
    }),
  ),
});

export interface RuleCount {
  rule: string;
  rule_zh: string;
  failures: number;
  disclosures: number;
}

/** Adds one disclosure's failures to the counts by rule (counting one file at a time keeps memory flat). */
export function addRuleCounts(counts: Map<string, RuleCount>, file: { failures: { check: { rule: string; rule_zh: string } }[] }): void {
  const seen = new Set<string>();
  for (const v of file.failures) {
    const c = v.check;
    let r = counts.get(c.rule);
    if (!r) counts.set(c.rule, (r = { rule: c.rule, rule_zh: c.rule_zh, failures: 0, disclosures: 0 }));
    r.failures++;
    if (!seen.has(c.rule)) {
      seen.add(c.rule);
      r.disclosures++;
    }
  }
}

/** Failures by rule, most failures first (then by rule id). */
export function countByRule(files: Iterable<FailureFile>): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const f of files) addRuleCounts(counts, f);
  return sortRuleCounts(counts);
}

export function sortRuleCounts(counts: Map<string, RuleCount>): RuleCount[] {
  return [...counts.values()].sort((a, b) => b.failures - a.failures || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
