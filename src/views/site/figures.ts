/**
 * How a headline figure reads on the site shell (home and county pages):
 * the number exactly as published, its unit, the exact yuan for money, and
 * plain words for what is missing or withheld. Never a zero for a gap.
 */
import { fenToYuan, groupThousands, toFen } from '../../core/decimal';
import { COMPUTED_LABEL, EMPTY_LABEL, MISSING_LABEL, WITHHELD_LABEL } from '../../core/format';
import type { DerivedFigure, DisclosureSummary, KeyFigure, KeyFigureId } from '../../schema/normalized';
import { KEY_FIGURE_ZH } from '../../schema/normalized';
import { spendingTotalOf } from '../../core/spending';

export const NOT_STATED = MISSING_LABEL;
export const WITHHELD = WITHHELD_LABEL;
export const EMPTY = EMPTY_LABEL;

/** Chinese labels of the headline figures, in the order they are shown. */
export const KEY_LABELS: Record<KeyFigureId, string> = KEY_FIGURE_ZH;

export interface FigureView {
  /** The main text: the number as published, or the words for a gap. */
  text: string;
  unit: string;
  /** True when `text` is a number (it is then wrapped in <data>). */
  isNumber: boolean;
  /** Exact yuan for money ("899300.00"), else null. */
  yuan: string | null;
  /** Exact yuan grouped for display ("899,300.00 元"), else null. */
  yuanText: string | null;
  /** A remark such as "明细涉密不予公开" or "计算值". */
  remark: string | null;
  status: KeyFigure['status'] | 'missing' | 'computed';
  /** The fact the figure was picked from (for the link to its source), else null. */
  factId: string | null;
}

const MONEY_UNITS = new Set(['万元', '元']);

export function viewKeyFigure(k: KeyFigure | null | undefined): FigureView {
  if (!k) return { text: NOT_STATED, unit: '', isNumber: false, yuan: null, yuanText: null, remark: null, status: 'missing', factId: null };
  if (k.status === 'empty') return { text: EMPTY, unit: '', isNumber: false, yuan: null, yuanText: null, remark: null, status: 'empty', factId: k.fact_id };
  if (k.status === 'withheld' && k.value === null)
    return { text: WITHHELD, unit: '', isNumber: false, yuan: null, yuanText: null, remark: null, status: 'withheld', factId: k.fact_id };
  const isNumber = k.value !== null;
  const yuan = k.fen !== null && MONEY_UNITS.has(k.unit) ? fenToYuan(k.fen) : null;
  return {
    text: k.published,
    unit: k.unit === '文字' ? '' : k.unit,
    isNumber,
    yuan,
    yuanText: yuan === null ? null : `${groupThousands(yuan)} 元`,
    remark: k.status === 'withheld' ? '明细涉密不予公开' : null,
    status: k.status,
    factId: k.fact_id,
  };
}

export function viewDerived(d: DerivedFigure): FigureView {
  return {
    text: d.value,
    unit: d.unit,
    isNumber: true,
    yuan: null,
    yuanText: null,
    remark: `${COMPUTED_LABEL}：${d.formula_zh}`,
    status: 'computed',
    factId: null,
  };
}

/**
 * The total spending of a disclosure: as stated, or else the computed sum of
 * basic and project spending (labelled as computed), or null.
 */
export interface SpendingTotal {
  /** 万元, exact decimal string as published or as computed. */
  wan: string;
  fen: number | null;
  computed: boolean;
  formula: string | null;
}

/** The machine-readable value of a total (<data value>): exact yuan when known, else the 万元 as published. */
export function totalDataValue(t: SpendingTotal): string {
  return t.fen !== null ? fenToYuan(t.fen) : t.wan;
}

export function spendingTotal(d: DisclosureSummary): SpendingTotal | null {
  const t = spendingTotalOf(d);
  if (!t) return null;
  if (!t.computed) {
    const k = t.figure;
    return k.status === 'reported' && k.value !== null && k.unit === '万元' ? { wan: k.published, fen: k.fen, computed: false, formula: null } : null;
  }
  const c = t.figure;
  return c.unit === '万元' ? { wan: c.value, fen: wanToFen(c.value), computed: true, formula: c.formula_zh } : null;
}

/** Exact fen of a 万元 decimal string (toFen's rules: at most six decimals), as a safe integer. */
export function wanToFen(wan: string): number | null {
  const r = toFen(wan, '万元');
  if (!r.ok) return null;
  const n = Number(r.fen);
  return Number.isSafeInteger(n) ? n : null;
}

/** A disclosure's consistency checks in a few words. */
export function checkSummary(c: DisclosureSummary['checks']): { text: string; tone: 'fail' | 'ok' | 'none' } {
  if (c.total === 0 || c.total === c.not_applicable) return { text: '未做检查', tone: 'none' };
  if (c.fail > 0) return { text: `${c.fail} 项不一致`, tone: 'fail' };
  const checked = c.total - c.not_applicable;
  return { text: `${checked} 项对得上${c.rounding > 0 ? `（其中 ${c.rounding} 项为四舍五入差异）` : ''}`, tone: 'ok' };
}

/** The transparency score for lists: "91.2 分（A 级）", or that none applies. */
export function scorecardText(s: DisclosureSummary['scorecard']): string {
  return s.score === null ? '未评分（没有适用的标准）' : `${s.score} 分（${s.grade} 级）`;
}

/** What FigureValue.astro renders, precomputed, for pages that inline it in long tables (a component per cell is slow to render). */
export interface FigureParts {
  cls: string;
  isNumber: boolean;
  /** The <data> value: exact yuan for money, else the number as published. */
  machine: string;
  text: string;
  unit: string;
  remark: string | null;
}

export function figureParts(view: FigureView, hideUnit?: string): FigureParts {
  return {
    cls: `figure figure-${view.status}`,
    isNumber: view.isNumber,
    machine: view.yuan ?? view.text,
    text: view.text,
    unit: view.unit === hideUnit ? '' : view.unit,
    remark: view.remark,
  };
}
