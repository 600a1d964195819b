/**
 * Rounding-aware tolerance.
 *
 * Every published figure is read as an exact decimal together with the
 * precision it was printed with. A figure printed with `d` decimals may have
 * been rounded from a more precise amount, so it stands for any amount within
 * half a unit of its last decimal (89.93 万元 → 89.925 … 89.935). The
 * tolerance of a comparison is the sum of those half units over every rounded
 * operand (the whole included):
 *
 *   - money: half a unit of the last printed decimal of 万元 (or 元). Six
 *     decimals of 万元 (two of 元) are one fen, so such an amount is exact and
 *     adds nothing. An amount printed without decimals ("15 万元") is taken at
 *     its printed precision, i.e. ±0.5 万元: the document does not tell us that
 *     the zeros were dropped rather than rounded away.
 *     Example: three parts and a whole, each to 2 decimals of 万元:
 *     tolerance = 4 × 0.005 万元 = 200 元.
 *   - percentages are always results of a division, hence always rounded:
 *     ± half a unit of their last decimal ("92.88" → ±0.005 percentage points).
 *   - counts (人, 个 …) are exact. Scores and weights (分) are assigned, not
 *     measured: an integer score is exact; a score printed with decimals
 *     (33.33) is rounded to its last decimal.
 *   - areas are measured: half a unit of the last decimal.
 *
 * A difference of zero is `pass`; a difference within the tolerance is
 * `rounding` (not a contradiction); anything larger is `fail`. A withheld or
 * empty operand without a value is never read as zero: the check is
 * `not_applicable`.
 *
 * For a percentage computed from rounded amounts the tolerance is propagated
 * through the ratio exactly (interval arithmetic on the amounts' ranges) and
 * half a unit of the stated percentage's last decimal is added; see
 * `compareRatio`.
 */
import type { Fact } from '../schema/normalized';
import { toFen } from '../core/decimal';
import {
  type Rat,
  ZERO,
  HUNDRED,
  rat,
  add,
  sub,
  mul,
  div,
  neg,
  absR,
  cmp,
  isZero,
  sign,
  minR,
  maxR,
  halfUnit,
  parseRat,
  pow10,
  toFixed,
  toExact,
} from '../core/rational';

export type CheckStatus = 'pass' | 'rounding' | 'fail' | 'not_applicable';

/** What kind of number an operand is; money is held in fen. */
export type QuantityKind = 'money' | 'percent' | 'count' | 'score' | 'area' | 'text';

export interface Operand {
  fact: Fact;
  kind: QuantityKind;
  /** Exact value: fen for money, the number itself otherwise. Null when not stated. */
  value: Rat | null;
  /** Half a unit of the last published decimal, in the same unit as `value`; zero when exact. */
  tol: Rat;
  /** Decimals as published (in the fact's own unit). */
  decimals: number;
  /** Decimals needed to show the value in the check's unit (万元 for money). */
  displayDecimals: number;
  /** Why `value` is null. */
  missing: 'withheld' | 'empty' | 'unparsable' | null;
}

/** Decimals of 万元 / 元 that make one fen. */
const FEN_DECIMALS: Record<string, number> = { 万元: 6, 元: 2 };
/** Extra decimals when showing an amount in 元 as 万元. */
const WAN_SHIFT: Record<string, number> = { 万元: 0, 元: 4 };

export function kindOf(f: Fact): QuantityKind {
  return f.value_kind;
}

const operands = new WeakMap<Fact, Operand>();

/** Read a fact as an operand with its exact value and its rounding tolerance (memoised per fact object). */
export function operand(f: Fact): Operand {
  let o = operands.get(f);
  if (!o) {
    o = readOperand(f);
    operands.set(f, o);
  }
  return o;
}

function readOperand(f: Fact): Operand {
  const kind = kindOf(f);
  const base = { fact: f, kind };
  if (f.value === null || f.value === undefined || f.value === '') {
    const missing = f.status === 'withheld' ? 'withheld' : f.status === 'empty' ? 'empty' : 'unparsable';
    return { ...base, value: null, tol: ZERO, decimals: 0, displayDecimals: 0, missing };
  }
  if (kind === 'money') {
    const m = toFen(f.value, f.unit);
    if (!m.ok) return { ...base, value: null, tol: ZERO, decimals: 0, displayDecimals: 0, missing: 'unparsable' };
    const fen = f.fen !== null && f.fen !== undefined ? BigInt(f.fen) : m.fen;
    const d = m.decimals;
    const full = FEN_DECIMALS[f.unit];
    const tol = d >= full ? ZERO : rat(pow10(full - d), 2n);
    return { ...base, value: signed(f, rat(fen)), tol, decimals: d, displayDecimals: d + (WAN_SHIFT[f.unit] ?? 0), missing: null };
  }
  const p = parseRat(f.value);
  if (!p) return { ...base, value: null, tol: ZERO, decimals: 0, displayDecimals: 0, missing: 'unparsable' };
  return { ...base, value: signed(f, p.value), tol: numberTolerance(kind, p.decimals), decimals: p.decimals, displayDecimals: p.decimals, missing: null };
}

/** A change (增减额, 增减率) is signed by its stated direction: 减少 is negative. */
function signed(f: Fact, value: Rat): Rat {
  return f.concept === 'change_amount' || f.concept === 'change_rate' ? signedByDirection(value, f.direction) : value;
}

/** Tolerance of a non-money number printed with `decimals` decimals. */
export function numberTolerance(kind: QuantityKind, decimals: number): Rat {
  switch (kind) {
    case 'percent':
    case 'area':
      return halfUnit(decimals);
    case 'score':
      return decimals > 0 ? halfUnit(decimals) : ZERO;
    default:
      return ZERO;
  }
}

/** The unit a check is expressed in for operands of this kind. */
export function checkUnit(kind: QuantityKind, fallback: string): string {
  if (kind === 'money') return '万元';
  if (kind === 'percent') return '%';
  if (kind === 'score') return '分';
  return fallback;
}

/** Status of `computed` against `stated` given the summed tolerance. */
export function equalStatus(stated: Rat, computed: Rat, tol: Rat): CheckStatus {
  const diff = absR(sub(computed, stated));
  if (isZero(diff)) return 'pass';
  return cmp(diff, tol) <= 0 ? 'rounding' : 'fail';
}

/** Status of "the parts may not exceed the whole". */
export function atMostStatus(whole: Rat, parts: Rat, tol: Rat): CheckStatus {
  const excess = sub(parts, whole);
  if (sign(excess) <= 0) return 'pass';
  return cmp(excess, tol) <= 0 ? 'rounding' : 'fail';
}

export const totalTolerance = (ops: readonly Operand[]): Rat => ops.reduce((t, o) => add(t, o.tol), ZERO);

// ---------------------------------------------------------------- display

/** An operand's value in the check's unit (万元 for money), exact. */
export function showValue(kind: QuantityKind, value: Rat, minDecimals: number): string {
  if (kind === 'money') return fenToWanRat(value, minDecimals);
  return toExact(value, minDecimals, 12) ?? toFixed(value, Math.max(minDecimals, 6));
}

function fenToWanRat(fen: Rat, minDecimals: number): string {
  const wan = div(fen, rat(1_000_000n));
  return toExact(wan, minDecimals, 8) ?? toFixed(wan, 6);
}

/** Exact yuan string of an integer fen amount: 10000n → "100.00". */
export function fenToYuanString(fen: Rat): string {
  const f = fen.d === 1n ? fen.n : (fen.n * 1n) / fen.d;
  const negative = f < 0n;
  const a = negative ? -f : f;
  return `${negative ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
}

// ---------------------------------------------------------------- ratios

export interface RatioComparison {
  status: CheckStatus;
  /** Exact computed percentage (of ÷ base × 100, or (of − base) ÷ base × 100). */
  computed: Rat;
  /** Range of percentages the rounded operands allow. */
  low: Rat;
  high: Rat;
  /** Half a unit of the stated percentage's last decimal. */
  statedHalf: Rat;
  /** The computed percentage shown with two more decimals than the stated one (exact when it terminates). */
  computedText: string;
  computedExact: boolean;
}

/**
 * Compare a stated percentage with the one computed from two stated amounts.
 *
 * - `pass`: the exact ratio of the stated amounts, rounded half-up to the
 *   stated percentage's decimals, is the stated percentage.
 * - `rounding`: some amounts within the operands' rounding ranges give a
 *   ratio within half a unit of the stated percentage (exact interval
 *   arithmetic over the corners of the ranges).
 * - `fail`: no such amounts exist.
 * Returns null when the base is zero, or so small that its range includes zero.
 */
export function compareRatio(stated: Rat, statedDecimals: number, of: Operand, base: Operand, mode: 'ratio' | 'change'): RatioComparison | null {
  if (of.value === null || base.value === null || isZero(base.value)) return null;
  const baseLow = sub(base.value, base.tol);
  const baseHigh = add(base.value, base.tol);
  if (sign(baseLow) !== sign(baseHigh) || isZero(baseLow) || isZero(baseHigh)) return null;
  const pct = (n: Rat, d: Rat): Rat => {
    const r = div(n, d);
    return mul(mode === 'change' ? sub(r, rat(1n)) : r, HUNDRED);
  };
  const computed = pct(of.value, base.value);
  const corners: Rat[] = [];
  for (const n of [sub(of.value, of.tol), add(of.value, of.tol)]) for (const d of [baseLow, baseHigh]) corners.push(pct(n, d));
  const low = minR(corners);
  const high = maxR(corners);
  const statedHalf = halfUnit(statedDecimals);
  let status: CheckStatus;
  if (toFixed(computed, statedDecimals) === toFixed(stated, statedDecimals)) status = 'pass';
  else if (cmp(sub(stated, statedHalf), high) <= 0 && cmp(add(stated, statedHalf), low) >= 0) status = 'rounding';
  else status = 'fail';
  const shown = statedDecimals + 2;
  const exact = toExact(computed, statedDecimals, shown);
  return {
    status,
    computed,
    low,
    high,
    statedHalf,
    computedText: exact ?? toFixed(computed, shown),
    computedExact: exact !== null,
  };
}

/** The stated signed change: a 减少 (decrease) is negative whatever the printed sign. */
export function signedByDirection(value: Rat, direction: Fact['direction']): Rat {
  if (direction === 'decrease') return sign(value) > 0 ? neg(value) : value;
  if (direction === 'increase') return absR(value);
  return value;
}
