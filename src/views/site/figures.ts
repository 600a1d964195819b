/**
 * How a headline figure reads on the site shell (home and county pages):
 * the number exactly as published, its unit, the exact yuan for money, and
 * plain words for what is missing or withheld. Never a zero for a gap.
 */
import { fenToYuan, groupThousands, toFen } from '../../core/decimal';
import {
  COMPUTED_LABEL,
  displayFigure,
  EMPTY_LABEL,
  MISSING_LABEL,
  perPersonYuan,
  readableWan,
  unitSuffix,
  WITHHELD_LABEL,
  withUnit,
  type FigureLike,
} from '../../core/format';
import type { DerivedFigure, DisclosureSummary, KeyFigure, KeyFigureId } from '../../schema/normalized';
import { KEY_FIGURE_ZH } from '../../schema/normalized';
import { spendingTotalOf } from '../../core/spending';

export const NOT_STATED = MISSING_LABEL;
export const WITHHELD = WITHHELD_LABEL;
export const EMPTY = EMPTY_LABEL;

/** Chinese labels of the headline figures, in the order they are shown. */
export const KEY_LABELS: Record<KeyFigureId, string> = KEY_FIGURE_ZH;

export type FigureStatus = KeyFigure['status'] | 'missing' | 'computed';

/**
 * The one figure-or-gap display (disclosure, county and home pages): what
 * FigureValue.astro renders. A gap is its reason in words, never a zero.
 */
export interface FigureView {
  /** The main text: the number (readable form when `readable`, see core/format), or the words for a gap. */
  text: string;
  unit: string;
  /** True when `text` is a number (it is then wrapped in <data>). */
  isNumber: boolean;
  /** True when `text` is rounded from `exact`: shown with 约 and the exact value beside it. */
  approx: boolean;
  /** The exact value with its unit when `text` is rounded ("162.935556 万元"), else null. */
  exact: string | null;
  /** What `exact` is: 文件所载 (as published), 精确值 (an exact computed value) or 保留到分 (computed, to the fen). */
  exactLabel: string;
  /** The <data> value: exact yuan for money, else the exact number. */
  machine: string;
  /** Exact yuan for money ("899300.00"), else null. */
  yuan: string | null;
  /** Exact yuan grouped for display ("899,300.00 元"), else null. */
  yuanText: string | null;
  /** A remark such as "明细涉密不予公开" or "计算值：…". */
  remark: string | null;
  status: FigureStatus;
  /** The fact the figure was picked from (for the link to its source), else null. */
  factId: string | null;
  /** Link to the figure's quote on its disclosure page, when known. */
  href: string | null;
}

const MONEY_UNITS = new Set(['万元', '元']);

export interface FigureOptions {
  /** Headline or comparison: money in 万元 to two decimals (约, exact beside it). Default: exactly as published. */
  readable?: boolean;
  /** Link to the quote (disclosure pages). */
  href?: string | null;
}

function gap(text: string, status: FigureStatus, factId: string | null, href: string | null): FigureView {
  return {
    text,
    unit: '',
    isNumber: false,
    approx: false,
    exact: null,
    exactLabel: '',
    machine: '',
    yuan: null,
    yuanText: null,
    remark: null,
    status,
    factId,
    href,
  };
}

function numberView(
  published: string,
  unit: string,
  fen: number | bigint | null,
  opts: FigureOptions,
  rest: Pick<FigureView, 'remark' | 'status' | 'factId'>,
): FigureView {
  const yuan = fen !== null && MONEY_UNITS.has(unit) ? fenToYuan(fen) : null;
  const r = opts.readable && unit === '万元' ? readableWan(published) : null;
  const shownUnit = unitSuffix(unit);
  return {
    text: r ? r.text : published,
    unit: shownUnit,
    isNumber: true,
    approx: r?.approx ?? false,
    exact: r?.approx ? withUnit(r.exact, unit) : null,
    exactLabel: rest.status === 'computed' ? '精确值' : '文件所载',
    machine: yuan ?? published,
    yuan,
    yuanText: yuan === null ? null : `${groupThousands(yuan)} 元`,
    href: opts.href ?? null,
    ...rest,
  };
}

/** A stated (or missing, withheld, empty) figure: a KeyFigure or Fact, or null when the document does not state it. */
export function figureView(k: FigureLike | null | undefined, factId: string | null = null, opts: FigureOptions = {}): FigureView {
  const href = opts.href ?? null;
  if (!k) return gap(NOT_STATED, 'missing', null, null);
  const d = displayFigure(k);
  if (!d.stated) return gap(d.text, d.state === 'reported' ? 'missing' : d.state, factId, href);
  return numberView(k.published, k.unit, k.fen, opts, { remark: k.status === 'withheld' ? '明细涉密不予公开' : null, status: k.status, factId });
}

/** A headline figure of the summary (summary.key). */
export function viewKeyFigure(k: KeyFigure | null | undefined, opts: FigureOptions = {}): FigureView {
  return figureView(k, k?.fact_id ?? null, opts);
}

/**
 * The exact amount and head count of a per-person figure (unit 万元/人), when
 * its two operands (looked up by fact id) are an amount in 万元 and a count.
 */
export function perPersonOperands(d: DerivedFigure, lookup: (factId: string) => FigureLike | null | undefined): { fen: number; persons: string } | undefined {
  if (d.unit !== '万元/人' || d.operands.length !== 2) return undefined;
  const [num, den] = d.operands.map(lookup);
  if (!num || !den || num.unit !== '万元' || num.fen === null || den.value === null) return undefined;
  return { fen: num.fen, persons: den.value };
}

/**
 * A figure the portal computes (always remarked 计算值 with its formula).
 * Amounts per person come as whole 元/人 (约 when rounded) when the exact
 * amount and head count are given (`perPerson`).
 */
export function viewDerived(d: DerivedFigure, opts: FigureOptions & { perPerson?: { fen: number | bigint; persons: string } } = {}): FigureView {
  const remark = `${COMPUTED_LABEL}：${d.formula_zh}`;
  const pp = d.unit === '万元/人' && opts.perPerson ? perPersonYuan(opts.perPerson.fen, opts.perPerson.persons) : null;
  if (pp) {
    return {
      ...gap(pp.text, 'computed', null, null),
      isNumber: true,
      unit: '元/人',
      approx: pp.approx,
      exact: pp.approx ? `${pp.exact} 元/人` : null,
      exactLabel: pp.exactIsExact ? '精确值' : '保留到分',
      machine: pp.exact.replace(/,/g, ''),
      remark,
    };
  }
  const money = d.unit === '万元' ? toFen(d.value, '万元') : null;
  return numberView(d.value, d.unit, money?.ok ? money.fen : null, { readable: opts.readable }, { remark, status: 'computed', factId: null });
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
  /** Rounded for reading: 约 goes in front of the number. */
  approx: boolean;
  unit: string;
  remark: string | null;
}

export function figureParts(view: FigureView, hideUnit?: string): FigureParts {
  return {
    cls: `figure figure-${view.status}`,
    isNumber: view.isNumber,
    machine: view.machine,
    text: view.text,
    approx: view.approx,
    unit: view.unit === hideUnit ? '' : view.unit,
    remark: [view.remark, view.exact && `${view.exactLabel} ${view.exact}`].filter(Boolean).join('；') || null,
  };
}

/** A figure view as words in a sentence: "约 162.94 万元（文件所载 162.935556 万元）", "89.93 万元", "文件未载明". */
export function figureWords(v: FigureView): string {
  if (!v.isNumber) return v.text;
  const main = `${v.approx ? '约 ' : ''}${v.text}${v.unit ? (v.unit === '%' ? '%' : ` ${v.unit}`) : ''}`;
  return v.exact ? `${main}（${v.exactLabel} ${v.exact}）` : main;
}
