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

/**
 * What a result's two values are called wherever results are shown: the first
 * is always a figure the document prints; the second is either another figure
 * the document prints (the reference statement of a repeated figure, the base
 * of a worded comparison, a lone part, a score against its weight) or what the
 * portal computed from the document's figures (a sum, a ratio, a difference).
 * Never "计算值" for a printed figure.
 */
export const VALUE_LABELS = { stated: '文件所载', statedElsewhere: '文件另一处所载', computed: '本站计算' } as const;

/** The label of a result's second value (`computed`). */
export function secondValueLabel(check: Pick<CheckResult, 'computed_stated_id'>): string {
  return check.computed_stated_id ? VALUE_LABELS.statedElsewhere : VALUE_LABELS.computed;
}

/**
 * Element id of a check's entry in the 数据核验 section of its disclosure page
 * (`#ck-…` links from headline figures and from the /checks/ pages). Stable:
 * made from the check id alone (unique within a disclosure) as its 32-bit
 * FNV-1a hash in base 36. Check ids run to ~90 characters and a long 部门决算
 * has ~150 checks, so spelling them out cost its page ~10 KB of its 300 KB
 * budget; a test over the corpus keeps the ids of each disclosure distinct.
 */
export function checkElementId(checkId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < checkId.length; i++) h = Math.imul(h ^ checkId.charCodeAt(i), 0x01000193) >>> 0;
  return `ck-${h.toString(36)}`;
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
