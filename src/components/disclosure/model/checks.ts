/**
 * The 数据核验 section: how many consistency checks ran and with what result,
 * failures first, each with the figures involved. Nothing is invented: with no
 * checks the section says that none ran.
 */
import type { CheckResult, Fact } from '../../../schema/normalized';
import { withUnit, yuanStringToDisplay } from '../../../lib/format';
import { quoteHref } from './anchors';

export interface CheckCounts {
  ran: number;
  pass: number;
  rounding: number;
  fail: number;
  notApplicable: number;
}

export interface CheckView {
  check: CheckResult;
  difference: { wan: string; yuan: string } | null;
  figures: { id: string; label: string; href: string | null }[];
}

const ORDER: Record<CheckResult['status'], number> = { fail: 0, rounding: 1, pass: 2, not_applicable: 3 };

export const CHECK_STATUS_ZH: Record<CheckResult['status'], string> = {
  fail: '不一致',
  rounding: '尾数差异',
  pass: '一致',
  not_applicable: '不适用',
};

export function checkCounts(checks: CheckResult[]): CheckCounts {
  const n = (s: CheckResult['status']) => checks.filter((c) => c.status === s).length;
  return { ran: checks.length, pass: n('pass'), rounding: n('rounding'), fail: n('fail'), notApplicable: n('not_applicable') };
}

export function checkViews(checks: CheckResult[], facts: Fact[]): CheckView[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => ORDER[a.c.status] - ORDER[b.c.status] || a.i - b.i)
    .map(({ c }) => ({
      check: c,
      difference: c.difference_yuan !== null ? yuanStringToDisplay(c.difference_yuan) : null,
      figures: c.fact_ids.map((id) => {
        const f = byId.get(id);
        const value = f ? (f.published ? withUnit(f.published, f.unit) : f.status === 'withheld' ? '涉密不予公开' : '本表无数据') : '';
        return { id, label: f ? `${f.item || f.concept_zh} ${value}`.trim() : id, href: quoteHref(f?.anchor) };
      }),
    }));
}
