/**
 * The /checks/ pages: every disclosure with a failed consistency check, in
 * region order (province, prefecture, county, department, newest year first),
 * cut into numbered pages of at most `max` failures (a disclosure's failures
 * stay together), and the overview's counts by region. Planned from the
 * summaries alone (their failure counts), so planning reads no details; each
 * page then reads the failures of its own disclosures only.
 */
import type { DisclosureSummary } from '../../schema/normalized';
import { packPages } from '../../core/paginate';
import { cmp, kindOrder, regionIndex, regionOrder, type ProvinceEntry } from '../site/region-index';

export interface CheckTotals {
  /** Checks run over all disclosures. */
  ran: number;
  fail: number;
  rounding: number;
  /** Disclosures with at least one failure. */
  disclosures: number;
}

export interface ChecksPlan {
  totals: CheckTotals;
  /** Page n (1-based) is pages[n − 1]. */
  pages: DisclosureSummary[][];
  regions: ProvinceEntry[];
}

/** Region order, then county, department type, newest year, kind, id. */
export function listOrder(a: DisclosureSummary, b: DisclosureSummary): number {
  return (
    regionOrder(a, b) ||
    cmp(a.county_code, b.county_code) ||
    cmp(a.department_type, b.department_type) ||
    b.year - a.year ||
    kindOrder(a.kind, b.kind) ||
    cmp(a.id, b.id)
  );
}

export function checksPlan(disclosures: readonly DisclosureSummary[], maxFailuresPerPage: number): ChecksPlan {
  const totals: CheckTotals = { ran: 0, fail: 0, rounding: 0, disclosures: 0 };
  const failing: DisclosureSummary[] = [];
  for (const d of disclosures) {
    totals.ran += d.checks.total;
    totals.fail += d.checks.fail;
    totals.rounding += d.checks.rounding;
    if (d.checks.fail > 0) failing.push(d);
  }
  totals.disclosures = failing.length;
  failing.sort(listOrder);
  const pages = packPages(failing, (d) => d.checks.fail, maxFailuresPerPage);
  return {
    totals,
    pages,
    regions: regionIndex(
      pages,
      (d) => d,
      (d) => d.checks.fail,
    ),
  };
}

/** Site path (without the base) of failures page n. */
