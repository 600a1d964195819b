/**
 * The 数据核验 section: how many consistency checks ran and with what result,
 * failures first, each with the figures involved. Nothing is invented: with no
 * checks the section says that none ran.
 */
import type { CheckResult, Fact, Indicator } from '../schema/normalized';
import { figureText, yuanStringToDisplay } from '../core/format';
import { quoteHref } from '../core/anchors';
import { isStructuralRule } from './rules';

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
  /** The operands: facts, or indicator rows for the performance-table rules, each with its quote. */
  figures: { id: string; label: string; href: string | null; quote: string | null }[];
}

const ORDER: Record<CheckResult['status'], number> = { fail: 0, rounding: 1, pass: 2, not_applicable: 3 };

export const CHECK_STATUS_ZH: Record<CheckResult['status'], string> = {
  fail: '不一致',
  rounding: '尾数差异',
  pass: '一致',
  not_applicable: '不适用',
};

/** The checks of whether the document agrees with itself, without the structural results (shown in the scorecard). */
export function consistencyChecks(checks: readonly CheckResult[]): CheckResult[] {
  return checks.filter((c) => !isStructuralRule(c.rule));
}

export function checkCounts(checks: CheckResult[]): CheckCounts {
  const n = (s: CheckResult['status']) => checks.filter((c) => c.status === s).length;
  return { ran: checks.length, pass: n('pass'), rounding: n('rounding'), fail: n('fail'), notApplicable: n('not_applicable') };
}

/** A quote on one line: table cells (tabs, line breaks) read as spaced words. */
function oneLine(quote: string): string {
  return quote
    .replace(/[\t\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function checkViews(checks: CheckResult[], facts: Fact[], indicators: Indicator[] = []): CheckView[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => ORDER[a.c.status] - ORDER[b.c.status] || a.i - b.i)
    .map(({ c }) => ({
      check: c,
      difference: c.difference_yuan !== null ? yuanStringToDisplay(c.difference_yuan) : null,
      figures: c.fact_ids.map((id) => {
        const f = byId.get(id);
        if (!f) {
          const ind = indicatorById.get(id);
          if (ind)
            return {
              id,
              label: ind.level3 || ind.level2 || ind.level1 || (ind.row_kind === 'total' ? '总分' : id),
              href: quoteHref(ind.anchor),
              quote: oneLine(ind.quote),
            };
          return { id, label: id, href: null, quote: null };
        }
        return { id, label: `${f.item || f.concept_zh} ${figureText(f)}`.trim(), href: quoteHref(f.anchor), quote: oneLine(f.quote) };
      }),
    }));
}
