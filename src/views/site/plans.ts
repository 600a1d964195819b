/**
 * The build's plans of the paged lists, made once per build from the
 * summaries and shared by the pages, their getStaticPaths and the sitemap, so
 * the links, the pages and the sitemap always agree.
 */
import { allDisclosures } from '../../store/collections';
import { checksPlan, type ChecksPlan } from '../checks/checks-plan';
import { addRuleCounts, sortRuleCounts, type RuleCount } from '../../store/failures';
import { ruleCountsOf } from '../../store/failures-read';
import { config } from '../../config';

let checks: Promise<ChecksPlan> | null = null;
export function checksPlanOnce(): Promise<ChecksPlan> {
  checks ??= allDisclosures().then((ds) => checksPlan(ds, config.pageLimits.checks));
  return checks;
}

/** Failures by rule over the whole corpus: reads each failing disclosure's (small) failures file once, one at a time. */
export async function ruleCounts(): Promise<RuleCount[]> {
  const plan = await checksPlanOnce();
  const counts = new Map<string, RuleCount>();
  for (const page of plan.pages) for (const d of page) addRuleCounts(counts, ruleCountsOf(d.id));
  return sortRuleCounts(counts);
}
