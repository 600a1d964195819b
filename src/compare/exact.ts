/**
 * Exact rationals for comparisons: a value is num/den (BigInt) in the unit of
 * its measure. Sorting and differences use these, never the rounded display.
 */
import { parseDecimal, ratioString } from '../core/decimal';

export interface Exact {
  /** Numerator and positive denominator as decimal integer strings (JSON-safe). */
  num: string;
  den: string;
}

export function exact(num: bigint, den: bigint): Exact {
  if (den === 0n) throw new RangeError('exact value with a zero denominator');
  return den < 0n ? { num: String(-num), den: String(-den) } : { num: String(num), den: String(den) };
}

/** An exact value from a decimal string as published ("162.935556" → 162935556/1000000). */
export function exactFromDecimal(text: string): Exact | null {
  const d = parseDecimal(text);
  return d ? exact(d.scaled, 10n ** BigInt(d.scale)) : null;
}

/** −1, 0 or 1 as a < b, a = b, a > b (exactly, by cross-multiplication). */
export function compareExact(a: Exact, b: Exact): number {
  const l = BigInt(a.num) * BigInt(b.den);
  const r = BigInt(b.num) * BigInt(a.den);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a − b, rounded half-up to `decimals` (exact when the operands have at most that many decimals). */
export function differenceString(a: Exact, b: Exact, decimals: number): string {
  const num = BigInt(a.num) * BigInt(b.den) - BigInt(b.num) * BigInt(a.den);
  const den = BigInt(a.den) * BigInt(b.den);
  return ratioString(num, den, decimals) as string;
}

/** Decimals of a decimal string: "89.93" → 2, "0" → 0. */
export function decimalsOf(text: string): number {
  const i = text.indexOf('.');
  return i < 0 ? 0 : text.length - i - 1;
}
