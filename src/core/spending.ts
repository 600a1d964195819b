/**
 * The spending-total rule, in one place: a disclosure's 支出合计 is the figure
 * the document states (whatever its status: a withheld total stays withheld),
 * and only when the document states none, the sum of basic and project
 * spending that normalize/key-figures derives under COMPUTED_TOTAL_ID,
 * always labelled as computed. Generic over the figure types so that core/
 * needs no schema; callers pass normalized key and derived figures.
 */

/** Id of the derived figure 支出合计（计算值） = 基本支出 + 项目支出. */
export const COMPUTED_TOTAL_ID = 'expenditure_total_computed';

export type SpendingTotalFigure<K, D> = { computed: false; figure: K } | { computed: true; figure: D };

export function spendingTotalOf<K, D extends { id: string }>(d: {
  key: { expenditure_total?: K | null };
  derived: readonly D[];
}): SpendingTotalFigure<K, D> | null {
  const stated = d.key.expenditure_total;
  if (stated) return { computed: false, figure: stated };
  const computed = d.derived.find((x) => x.id === COMPUTED_TOTAL_ID);
  return computed ? { computed: true, figure: computed } : null;
}
