import { describe, expect, it } from 'vitest';
import { halfWidth, indexText, queryWords, separateHan } from '../../../src/search/cjk';

const Z = '\u200B';

describe('Chinese text as the excerpts read it (one word per Han character)', () => {
  it('separates Han characters from each other and from other text, not inside numbers or Latin words', () => {
    expect(indexText('三公经费89.93万元')).toBe(`三${Z}公${Z}经${Z}费${Z}89.93${Z}万${Z}元`);
    expect(indexText('GB/T 2260')).toBe('GB/T 2260');
    expect(indexText('支出 合计')).toBe(`支${Z}出 合${Z}计`);
    expect(indexText('“三公”经费')).toBe(`“${Z}三${Z}公${Z}”${Z}经${Z}费`);
    expect(indexText('年度（2024）部门，89.93%。')).toBe(`年${Z}度${Z}（2024）${Z}部${Z}门${Z}，89.93%。`);
  });

  it('turns full-width digits, letters and the full stop between digits into ASCII', () => {
    expect(halfWidth('８９．９３ＡＢｃ')).toBe('89.93ABc');
    expect(halfWidth('报告。')).toBe('报告。');
    expect(indexText('８９．９３万元')).toBe(`89.93${Z}万${Z}元`);
  });

  it('puts one space-separated word per Han character in a query, in ASCII forms', () => {
    expect(queryWords('三公经费')).toBe('三 公 经 费');
    expect(queryWords(' 江华  89．93万元 ')).toBe('江 华 89.93 万 元');
    expect(separateHan('abc', ' ')).toBe('abc');
  });
});
