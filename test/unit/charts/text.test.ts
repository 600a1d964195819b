import { describe, expect, it } from 'vitest';
import { charWidthEm, fitText, textWidth, wrapText } from '../../../src/charts/text';

describe('text measure', () => {
  it('counts CJK ideographs, full-width forms and CJK punctuation one em, Latin and digits about half', () => {
    for (const ch of ['支', '出', '，', '。', '（', '）', '“', '—', '…', 'Ａ', '１']) expect(charWidthEm(ch), ch).toBe(1);
    for (const ch of ['0', '9', 'a', 'Z']) {
      expect(charWidthEm(ch), ch).toBeGreaterThan(0.5);
      expect(charWidthEm(ch), ch).toBeLessThan(0.7);
    }
    expect(charWidthEm('.')).toBeLessThan(charWidthEm('0'));
    expect(textWidth('行政运行', 12)).toBe(48);
    expect(textWidth('行政运行 39.78', 12)).toBeLessThan(textWidth('行政运行行政运行', 12));
  });

  it('cuts labels to fit, with an ellipsis, and leaves short ones alone', () => {
    const long = '把牢网络舆论导向，为全县社会和谐稳定营造良好的网络舆论氛围';
    const cut = fitText(long, 120, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(120);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(fitText('办公费', 120, 12)).toBe('办公费');
  });

  it('wraps text into lines no wider than the limit, losing nothing', () => {
    const s = '引用：某县网信办 2024 年部门决算，https://example.org/a/very/long/path，访问日期 2026-12-02';
    const lines = wrapText(s, 11, 150);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(150);
    expect(lines.join('').replace(/ /g, '')).toBe(s.replace(/ /g, ''));
  });
});
