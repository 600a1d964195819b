/**
 * The one exact-number type: a reduced fraction of BigInts. Published figures
 * are decimals (core/decimal parses them); sums, differences and ratios stay
 * exact fractions until they are printed, rounded half away from zero once.
 * Used by the consistency checks, the comparison measures and derived key
 * figures. Nothing passes through binary floating point.
 */
import { parseDecimal } from './decimal';

/** A fraction n/d with d > 0, reduced. */
export interface Rat {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (a: bigint): bigint => (a < 0n ? -a : a);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(n: bigint, d: bigint = 1n): Rat {
  if (d === 1n) return { n, d };
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const ZERO: Rat = rat(0n);
export const ONE: Rat = rat(1n);
export const HUNDRED: Rat = rat(100n);

export const add = (a: Rat, b: Rat): Rat => (a.d === b.d ? rat(a.n + b.n, a.d) : rat(a.n * b.d + b.n * a.d, a.d * b.d));
export const sub = (a: Rat, b: Rat): Rat => (a.d === b.d ? rat(a.n - b.n, a.d) : rat(a.n * b.d - b.n * a.d, a.d * b.d));
export const mul = (a: Rat, b: Rat): Rat => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rat, b: Rat): Rat => rat(a.n * b.d, a.d * b.n);
export const neg = (a: Rat): Rat => rat(-a.n, a.d);
export const absR = (a: Rat): Rat => rat(abs(a.n), a.d);
export const sign = (a: Rat): -1 | 0 | 1 => (a.n < 0n ? -1 : a.n > 0n ? 1 : 0);
export const isZero = (a: Rat): boolean => a.n === 0n;
export const cmp = (a: Rat, b: Rat): -1 | 0 | 1 => sign(sub(a, b));
export const eq = (a: Rat, b: Rat): boolean => a.n === b.n && a.d === b.d;
export const sum = (xs: readonly Rat[]): Rat => xs.reduce(add, ZERO);
export const minR = (xs: readonly Rat[]): Rat => xs.reduce((m, x) => (cmp(x, m) < 0 ? x : m));
export const maxR = (xs: readonly Rat[]): Rat => xs.reduce((m, x) => (cmp(x, m) > 0 ? x : m));

export const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** Half a unit in the `decimals`-th decimal place: 2 → 0.005. */
export const halfUnit = (decimals: number): Rat => rat(1n, 2n * pow10(decimals));

/** A published decimal as an exact fraction, with its number of decimals. */
export function parseRat(text: string): { value: Rat; decimals: number; text: string } | null {
  const d = parseDecimal(text);
  if (!d) return null;
  return { value: rat(d.scaled, pow10(d.scale)), decimals: d.scale, text: d.text };
}

/** Round half away from zero to `decimals` places, as a fixed-point string. */
export function toFixed(r: Rat, decimals: number): string {
  const scale = pow10(decimals);
  const num = abs(r.n) * scale;
  const q = (num * 2n + r.d) / (2n * r.d);
  const whole = q / scale;
  const frac = (q % scale).toString().padStart(decimals, '0');
  const s = decimals > 0 ? `${whole}.${frac}` : `${whole}`;
  return r.n < 0n && q !== 0n ? `-${s}` : s;
}

/**
 * num/den as a decimal string rounded half away from zero to `decimals`
 * places; null when den is 0. Used for derived figures, which always say they
 * are computed.
 */
export function ratioString(num: bigint, den: bigint, decimals: number): string | null {
  return den === 0n ? null : toFixed(rat(num, den), decimals);
}

/** A published decimal as an exact fraction ("162.935556" → 40733889/250000), or null. */
export function ratFromDecimal(text: string): Rat | null {
  return parseRat(text)?.value ?? null;
}

/** Round half away from zero to `decimals` places, as a fraction. */
export function roundTo(r: Rat, decimals: number): Rat {
  return parseRat(toFixed(r, decimals))!.value;
}

/**
 * The exact decimal expansion of `r` when it terminates within `maxDecimals`
 * places (with at least `minDecimals` places), else null.
 */
export function toExact(r: Rat, minDecimals = 0, maxDecimals = 12): string | null {
  for (let k = 0; k <= maxDecimals; k++) {
    const scaled = r.n * pow10(k);
    if (scaled % r.d === 0n) return toFixed(r, Math.max(k, minDecimals));
  }
  return null;
}

/** Exact when the expansion terminates within `maxDecimals`, otherwise rounded to `maxDecimals`. */
export function toDecimalString(r: Rat, minDecimals: number, maxDecimals: number): { text: string; exact: boolean } {
  const exact = toExact(r, minDecimals, maxDecimals);
  return exact !== null ? { text: exact, exact: true } : { text: toFixed(r, maxDecimals), exact: false };
}

/** An integer-valued fraction as a BigInt (throws otherwise). */
export function toBigInt(r: Rat): bigint {
  if (r.d !== 1n) throw new RangeError(`${r.n}/${r.d} is not an integer`);
  return r.n;
}
