import { describe, expect, it } from 'vitest';
import { decimalsOf, fenToWan, fenToYuan, groupThousands, normaliseNumberText, parseDecimal, toFen } from '../../../src/core/decimal';

describe('exact money', () => {
  it('converts six decimals of 万元 to exact fen', () => {
    expect(toFen('162.935556', '万元')).toEqual({ ok: true, fen: 162935556n, decimals: 6 });
    expect(toFen('89.93', '万元')).toEqual({ ok: true, fen: 89930000n, decimals: 2 });
    expect(toFen('0.00', '万元')).toEqual({ ok: true, fen: 0n, decimals: 2 });
    expect(toFen('106', '万元')).toEqual({ ok: true, fen: 106000000n, decimals: 0 });
    expect(toFen('1234.56', '元')).toEqual({ ok: true, fen: 123456n, decimals: 2 });
  });

  it('sums many two-decimal amounts exactly (where floating point would drift)', () => {
    const parts = Array.from({ length: 1000 }, () => '0.1');
    let float = 0;
    for (const p of parts) float += Number(p);
    expect(float).not.toBe(100); // the trap this module avoids
    const fen = parts.reduce((s, p) => s + (toFen(p, '万元') as { fen: bigint }).fen, 0n);
    expect(fen).toBe(100_000_000n);
    expect(fenToWan(fen, 2)).toBe('100.00');
    const cents = ['39.78', '50.16'].reduce((s, p) => s + (toFen(p, '万元') as { fen: bigint }).fen, 0n);
    expect(fenToWan(cents, 2)).toBe('89.94');
  });

  it('rejects more than six decimals of 万元 and non-numbers', () => {
    expect(toFen('1.2345678', '万元')).toMatchObject({ ok: false });
    expect(toFen('1.234', '元')).toMatchObject({ ok: false });
    expect(toFen('八十', '万元')).toMatchObject({ ok: false });
    expect(toFen('12', '人')).toMatchObject({ ok: false });
  });

  it('normalises full-width digits, Chinese decimal points and separators', () => {
    expect(normaliseNumberText('８９．９３')).toBe('89.93');
    expect(normaliseNumberText('89。93')).toBe('89.93');
    expect(normaliseNumberText('1,234.5')).toBe('1234.5');
    expect(normaliseNumberText('－3')).toBe('-3');
    expect(normaliseNumberText('12a')).toBeNull();
    expect(parseDecimal('０.５')).toMatchObject({ text: '0.5', scaled: 5n, scale: 1 });
  });

  it('formats fen as exact yuan and 万元', () => {
    expect(fenToYuan(162935556n)).toBe('1629355.56');
    expect(fenToYuan(-5n)).toBe('-0.05');
    expect(fenToWan(162935556n, 2)).toBe('162.935556');
    expect(fenToWan(89930000n, 2)).toBe('89.93');
    expect(groupThousands('1629355.56')).toBe('1,629,355.56');
  });

  it('counts the decimals of a decimal string as written', () => {
    expect(decimalsOf('89.93')).toBe(2);
    expect(decimalsOf('162.935556')).toBe(6);
    expect(decimalsOf('106')).toBe(0);
    expect(decimalsOf('-0.50')).toBe(2);
  });
});
