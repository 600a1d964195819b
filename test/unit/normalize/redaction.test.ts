/**
 * The one mobile-number detector (redaction, `npm run check`) and the broader
 * net of the leak scan: every written form the issue lists, and what must
 * not count (amounts, codes, dates, longer digit runs, hex digests).
 */
import { describe, expect, it } from 'vitest';
import { findMobileNumbers, MOBILE_LIKE, mobileDigits, REDACTED_MOBILE, redactPersonalData } from '../../../src/normalize/redact';

/** Every form of issue 20, and more common ones, with the 11 digits each stands for. */
export const PHONE_FORMS: [string, string][] = [
  ['13812345678', '13812345678'],
  ['138-1234-5678', '13812345678'],
  ['138 1234 5671', '13812345671'],
  ['1381234 5678', '13812345678'],
  ['138-12345678', '13812345678'],
  ['+8613812345670', '13812345670'],
  ['+86 138 1234 5678', '13812345678'],
  ['+86-13812345678', '13812345678'],
  ['(+86)13812345678', '13812345678'],
  ['（+86）138-1234-5678', '13812345678'],
  ['008613812345674', '13812345674'],
  ['0086 13812345674', '13812345674'],
  ['8613812345674', '13812345674'],
  ['138－1234－5670', '13812345670'],
  ['１３８１２３４５６７８', '13812345678'],
  ['１３８－１２３４－５６７８', '13812345678'],
  ['138\u30001234\u30005678', '13812345678'],
  ['138\u00a01234\u00a05678', '13812345678'],
  ['199–1234–5678', '19912345678'],
];

const NOT_PHONES = [
  '决算总收入162.935556万元',
  '1381234567', // 10 digits
  '138123456789', // 12 digits
  '12812345678', // 12x is not a mobile prefix
  '填报日期：2024.6.17',
  '20137\t网信事务\t89.93\t89.93',
  '支出 138.12 345.67 万元',
  '编号 430223-cac-2024',
];

describe('the mobile-number detector', () => {
  it.each(PHONE_FORMS)('finds and redacts %s', (form, digits) => {
    for (const text of [form, `联系电话：${form}。`, `电话${form}，传真`]) {
      expect(findMobileNumbers(text), text).toHaveLength(1);
      expect(mobileDigits(findMobileNumbers(text)[0])).toBe(digits);
      const r = redactPersonalData(text);
      expect(r.count).toBe(1);
      expect(r.text).toContain(REDACTED_MOBILE);
      expect(r.text.replace(/\D/g, '')).not.toContain(digits.slice(3));
    }
  });

  it.each(NOT_PHONES)('leaves %s alone', (text) => {
    expect(findMobileNumbers(text)).toEqual([]);
    expect(redactPersonalData(text)).toEqual({ text, count: 0 });
    expect([...text.matchAll(MOBILE_LIKE)]).toEqual([]);
  });

  it('removes bidi override characters from published text (quotes go through the same function)', () => {
    expect(redactPersonalData('金额\u202e12.5\u202c万元').text).toBe('金额12.5万元');
  });
});

describe('the leak scan net (broader than the detector)', () => {
  it.each(PHONE_FORMS)('finds %s', (form, digits) => {
    const m = [...`<p>电话：${form}</p>`.matchAll(MOBILE_LIKE)];
    expect(m).toHaveLength(1);
    expect(mobileDigits(m[0][0])).toBe(digits);
  });

  it.each([
    ['split by an inline tag', '13<mark>8</mark>1234 5678'],
    ['split by zero-width spaces (the search index)', [...'13812345678'].join('\u200b')],
    ['with dots', '138.1234.5678'],
    ['with slashes', '138/1234/5678'],
    ['with two separators', '138 - 1234 - 5678'],
  ])('finds a number %s, which the detector does not know', (_, text) => {
    expect([...text.matchAll(MOBILE_LIKE)]).toHaveLength(1);
  });

  it('does not count digits inside a run of letters and digits (hex digests, hashed file names)', () => {
    expect([...'sha256 a13812345678b0c'.matchAll(MOBILE_LIKE)]).toEqual([]);
  });

  it('does not join table cells or separate numbers into one', () => {
    expect([...'<td>162.935556</td><td class="num">10</td>'.matchAll(MOBILE_LIKE)]).toEqual([]);
    expect([...'162.935556 10 100% 10'.matchAll(MOBILE_LIKE)]).toEqual([]);
  });
});
