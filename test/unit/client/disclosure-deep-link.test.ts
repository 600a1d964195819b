/**
 * The words a deep link marks (client/source/deep-link.ts): full-width digits
 * and letters match their ASCII forms on either side, and the ranges are
 * offsets into the original text (the fold keeps every character's place).
 */
import { describe, expect, it } from 'vitest';
import { foldedWordRanges } from '../../../src/search/cjk';
import { halfWidth } from '../../../src/search/cjk';

describe('deep-link word ranges', () => {
  it('finds ASCII words in full-width text and full-width words in ASCII text, at the original offsets', () => {
    const text = '30217\t公务接待费\t８９．９３\t１２３ ＡＢｃ';
    const [[a, b]] = foldedWordRanges(text, '89.93');
    expect(text.slice(a, b)).toBe('８９．９３');
    const [[c, d]] = foldedWordRanges(text, '123 abc');
    expect(text.slice(c, d)).toBe('１２３ ＡＢｃ');
    const [[e, f]] = foldedWordRanges('合计 89.93 万元', '８９．９３');
    expect('合计 89.93 万元'.slice(e, f)).toBe('89.93');
    expect(foldedWordRanges(text, '公务接待费 ８９．９３')).toEqual([[6, 17]]);
  });

  it('folds length-preservingly: every character keeps its offset', () => {
    const s = '０１２３４５６７８９ＡＺａｚ８．５　８９．９３．';
    expect(halfWidth(s)).toHaveLength(s.length);
    expect(foldedWordRanges('abc', 'ａｂｃ')).toEqual([[0, 3]]);
    expect(foldedWordRanges('ａｂｃ', 'x')).toEqual([]);
  });
});
