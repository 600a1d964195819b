/**
 * Exact decimals for published figures. Amounts never pass through binary
 * floating point: a published string becomes a scaled integer (BigInt), and
 * money becomes an integer number of fen (0.01 yuan). 1 万元 = 10,000 yuan =
 * 1,000,000 fen, so six decimals of 万元 are exactly one fen.
 */

export interface ParsedDecimal {
  /** The normalised text, e.g. "89.93" (ASCII digits, "." as decimal point). */
  text: string;
  negative: boolean;
  /** The digits without the point, as an integer: 89.93 → 8993n. Negative when `negative`. */
  scaled: bigint;
  /** Number of decimals as published: 89.93 → 2. */
  scale: number;
}

const FULLWIDTH_DIGITS = /[０-９]/g;

/**
 * Normalise full-width digits, full-width or Chinese decimal points and signs,
 * and thousands separators. Returns null when the result is not a plain decimal.
 */
export function normaliseNumberText(raw: string): string | null {
  let s = raw.trim();
  s = s.replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  // A Chinese full stop or full-width point between digits is a decimal point.
  s = s.replace(/(\d)[．。](\d)/g, '$1.$2');
  s = s.replace(/^[－−]/, '-').replace(/^＋/, '+');
  // Thousands separators only in the canonical 1,234,567.89 shape.
  if (/^[-+]?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/[,，]/g, '');
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  return s.replace(/^\+/, '');
}

export function parseDecimal(raw: string): ParsedDecimal | null {
  const text = normaliseNumberText(raw);
  if (text === null) return null;
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [intPart, fracPart = ''] = unsigned.split('.');
  const magnitude = BigInt(intPart + fracPart);
  return { text, negative, scaled: negative ? -magnitude : magnitude, scale: fracPart.length };
}

/** Decimals of the money unit that make one fen. */
export const FEN_SCALE: Record<string, number> = { 万元: 6, 元: 2 };

export type MoneyResult = { ok: true; fen: bigint; decimals: number } | { ok: false; reason: string };

/** Convert a published amount in 万元 or 元 to exact fen. */
export function toFen(raw: string, unit: string): MoneyResult {
  const maxScale = FEN_SCALE[unit];
  if (maxScale === undefined) return { ok: false, reason: `unit "${unit}" is not a money unit (万元 or 元)` };
  const d = parseDecimal(raw);
  if (!d) return { ok: false, reason: `"${raw}" is not a number` };
  if (d.scale > maxScale) {
    return { ok: false, reason: `"${raw}" has ${d.scale} decimals; at most ${maxScale} decimals of ${unit} (one fen) are possible` };
  }
  return { ok: true, fen: d.scaled * 10n ** BigInt(maxScale - d.scale), decimals: d.scale };
}

/** fen as a JSON-safe integer; throws if it would lose precision (beyond ±9e15 fen, i.e. 90 billion 万元). */
export function fenToSafeNumber(fen: bigint): number {
  const n = Number(fen);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount of ${fen} fen is beyond exact JSON integers`);
  return n;
}

/** Exact yuan string from fen: 89930000n → "899300.00". */
export function fenToYuan(fen: bigint | number): string {
  const f = BigInt(fen);
  const neg = f < 0n;
  const abs = neg ? -f : f;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${cents}`;
}

/** Exact 万元 string from fen with exactly `decimals` decimals when that is exact, else all six. */
export function fenToWan(fen: bigint | number, decimals = 6): string {
  const f = BigInt(fen);
  const neg = f < 0n;
  const abs = neg ? -f : f;
  const whole = abs / 1_000_000n;
  let frac = (abs % 1_000_000n).toString().padStart(6, '0');
  // Trim only zeros, never significant digits: the value stays exact.
  const keep = Math.max(decimals, frac.replace(/0+$/, '').length);
  frac = frac.slice(0, keep);
  return `${neg ? '-' : ''}${whole}${frac ? '.' + frac : ''}`;
}

/** Yuan with thousands separators for display: 899300.00 → "899,300.00". */
export function groupThousands(s: string): string {
  const [i, f] = s.split('.');
  const neg = i.startsWith('-');
  const digits = neg ? i.slice(1) : i;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${f !== undefined ? '.' + f : ''}`;
}

/** Decimals of a plain decimal string as written: "89.93" → 2, "0" → 0. */
export function decimalsOf(text: string): number {
  const i = text.indexOf('.');
  return i < 0 ? 0 : text.length - i - 1;
}
