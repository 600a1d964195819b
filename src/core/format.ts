/**
 * Display helpers for figures: amounts as published (万元 with the published
 * decimals) with the exact yuan value, percentages computed by the portal to
 * one decimal, and explicit labels for figures that are missing, withheld or
 * empty. Never turns a gap into a zero. Pure and exact: money goes through
 * fen integers (src/core/decimal.ts), never binary floating point.
 */
import { fenToWan, fenToYuan, groupThousands, parseDecimal } from './decimal';
import { div, parseRat, rat, ratioString, sign, toDecimalString, toExact, toFixed } from './rational';
import { FACT_STATUSES, type FactStatus } from './concepts';

/** A figure the document does not state at all. */
export const MISSING_LABEL = '文件未载明';
/** A figure withheld as classified (the amount may still be stated, its detail is not). */
export const WITHHELD_LABEL = FACT_STATUSES.withheld;
/** A table published with no data. */
export const EMPTY_LABEL = FACT_STATUSES.empty;
/** Marks every figure the portal computes rather than quotes. */
export const COMPUTED_LABEL = '计算值';

/** The fields of a Fact or KeyFigure needed to show it. */
export interface FigureLike {
  published: string;
  value: string | null;
  unit: string;
  fen: number | null;
  status: FactStatus;
}

export type FigureState = FactStatus | 'missing';

export interface FigureDisplay {
  /** The number (or text value) as printed, or the gap label when nothing is stated. */
  text: string;
  /** Unit to print after the text ('' for text values or gaps). */
  unit: string;
  /** Exact yuan with thousands separators, e.g. "899,300.00 元"; null when not money. */
  yuan: string | null;
  state: FigureState;
  /** 已公开 / 涉密不予公开 / 本表无数据 / 文件未载明. */
  stateLabel: string;
  /** True when `text` is a stated value (not a gap label). */
  stated: boolean;
}

/** Unit as printed after a number: "%" sticks to it, text values have none. */
export function unitSuffix(unit: string): string {
  if (unit === '文字') return '';
  return unit;
}

/** "89.93 万元", "3.96%", "9 人", "优秀". */
export function withUnit(text: string, unit: string): string {
  const u = unitSuffix(unit);
  if (!u) return text;
  return u === '%' ? `${text}%` : `${text} ${u}`;
}

/** Exact yuan text for an amount in fen: 89930000 → "899,300.00 元". */
export function yuanText(fen: number | bigint): string {
  return `${groupThousands(fenToYuan(fen))} 元`;
}

export function stateLabel(state: FigureState): string {
  return state === 'missing' ? MISSING_LABEL : FACT_STATUSES[state];
}

/** How to show a fact or key figure (null = the document does not state it). */
export function displayFigure(f: FigureLike | null | undefined): FigureDisplay {
  if (!f) return { text: MISSING_LABEL, unit: '', yuan: null, state: 'missing', stateLabel: MISSING_LABEL, stated: false };
  const hasValue = f.published.trim() !== '' && f.value !== null;
  if (!hasValue) {
    const label = f.status === 'reported' ? MISSING_LABEL : FACT_STATUSES[f.status];
    return { text: label, unit: '', yuan: null, state: f.status === 'reported' ? 'missing' : f.status, stateLabel: label, stated: false };
  }
  return {
    text: f.published,
    unit: unitSuffix(f.unit),
    yuan: f.fen !== null ? yuanText(f.fen) : null,
    state: f.status,
    stateLabel: FACT_STATUSES[f.status],
    stated: true,
  };
}

/** What follows a shown figure's text: " 万元", "%" (stuck to the number), or nothing for text values and gaps. */
export function unitAfter(d: FigureDisplay): string {
  if (!d.stated || !d.unit) return '';
  return d.unit === '%' ? d.unit : ` ${d.unit}`;
}

/** The figure as one string, e.g. "89.93 万元" or "文件未载明". */
export function figureText(f: FigureLike | null | undefined): string {
  const d = displayFigure(f);
  return d.text + unitAfter(d);
}

/** Share num ÷ den as a percentage with one decimal ("39.5%"); null when den is 0. */
export function percentOf(num: bigint, den: bigint): string | null {
  const r = ratioString(num * 100n, den, 1);
  return r === null ? null : `${r}%`;
}

/** A computed percentage string (already a number of percent) to one decimal: "61.538" → "61.5%". */
export function percentText(value: string): string {
  const d = parseDecimal(value);
  if (!d) return value;
  const r = ratioString(d.scaled, 10n ** BigInt(d.scale), 1);
  return `${r}%`;
}

/** Exact 万元 for an amount in fen, at least `decimals` decimals (more only when needed to stay exact). */
export function wanText(fen: number | bigint, decimals = 2): string {
  return fenToWan(fen, decimals);
}

/**
 * A yuan amount given as a decimal string (as in CheckResult.difference_yuan)
 * → exact 万元 and yuan display strings. Null when it is not a number.
 */
export function yuanStringToDisplay(yuan: string): { wan: string; yuan: string } | null {
  const d = parseDecimal(yuan);
  if (!d || d.scale > 2) return null;
  const fen = d.scaled * 10n ** BigInt(2 - d.scale);
  return { wan: `${fenToWan(fen, 2)} 万元`, yuan: yuanText(fen) };
}

/** A number of fen as a plain number for chart geometry (never for sums or display). */
export function fenToChartNumber(fen: number | bigint): number {
  return Number(fen) / 1_000_000;
}

/** ISO date (possibly partial, or --MM-DD) → Chinese: 2024年6月17日, 2024年6月, 6月17日. */
export function dateZh(iso: string): string {
  const md = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (md) return `${Number(md[1])}月${Number(md[2])}日`;
  const [y, m, d] = iso.split('-');
  if (!m) return `${y}年`;
  if (!d) return `${y}年${Number(m)}月`;
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/**
 * A number in its readable form for headlines and comparisons, and whether
 * that form is rounded. `exact` is the number as published (or computed
 * exactly); `approx` is true only when `text` differs in value from it, and
 * then every display must say 约 and show `exact` next to it.
 */
export interface ReadableNumber {
  text: string;
  exact: string;
  approx: boolean;
}

/** Decimals of 万元 kept in a headline: the fen of an amount in 万元 would be six. */
export const READABLE_WAN_DECIMALS = 2;

/**
 * An amount in 万元 (a published decimal string) for a headline: at most two
 * decimals, rounded half away from zero, never padded ("162.935556" → 约
 * "162.94"; "89.93" and "106" stay as published; "5.780000" → "5.78",
 * exact). Null when the text is not a number.
 */
export function readableWan(published: string): ReadableNumber | null {
  const p = parseRat(published);
  if (!p) return null;
  if (p.decimals <= READABLE_WAN_DECIMALS) return { text: p.text, exact: p.text, approx: false };
  const exactShort = toExact(p.value, 0, READABLE_WAN_DECIMALS);
  if (exactShort !== null) return { text: exactShort, exact: p.text, approx: false };
  return { text: toFixed(p.value, READABLE_WAN_DECIMALS), exact: p.text, approx: true };
}

/**
 * Yuan per person from an amount in fen and a head count (a decimal string),
 * to whole yuan with thousands separators: 899300000 fen ÷ "9" → 约 "99,922"
 * (`exact` is to the fen, "99,922.22", and `exactIsExact` says whether
 * that is the whole value). Null when the count is not a positive number.
 */
export function perPersonYuan(fen: bigint | number, persons: string): (ReadableNumber & { exactIsExact: boolean }) | null {
  const n = parseRat(persons);
  if (!n || sign(n.value) <= 0) return null;
  const perPerson = div(rat(BigInt(fen), 100n), n.value);
  const whole = toFixed(perPerson, 0);
  const exact = toDecimalString(perPerson, 0, 2);
  return { text: groupThousands(whole), exact: groupThousands(exact.text), approx: toExact(perPerson, 0, 0) === null, exactIsExact: exact.exact };
}

/** A stated amount in words for a comparison: "约 104.52 万元" when rounded (readableWan), else as figureText. */
export function readableFigureText(f: FigureLike | null | undefined): string {
  const r = f && f.unit === '万元' && f.value !== null ? readableWan(f.value) : null;
  return r ? `${r.approx ? '约 ' : ''}${withUnit(r.text, f!.unit)}` : figureText(f);
}
