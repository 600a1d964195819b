import { describe, expect, it } from 'vitest';
import { compareCard, shareImageSvg, wrapText } from '../../../../src/views/site/share-image';

describe('share preview images', () => {
  it('wraps by width (Han characters 1 em, others about half) and cuts with … after the last line', () => {
    expect(wrapText('一二三四五六', 3, 3)).toEqual(['一二三', '四五六']);
    expect(wrapText('2024年度', 3.5, 3)).toEqual(['2024年', '度']);
    expect(wrapText('一二三四五六七', 3, 2)).toEqual(['一二三', '四五…']);
    expect(wrapText('', 3, 2)).toEqual([]);
  });

  it('escapes every text of the card and names it in <title> and aria-label', () => {
    const svg = shareImageSvg({ kicker: 'A & B', title: '<标题> "引号"', lines: ['x < y'] });
    expect(svg).toContain('<title>&lt;标题&gt; &quot;引号&quot;</title>');
    expect(svg).toContain('aria-label="&lt;标题&gt; &quot;引号&quot;（A &amp; B）"');
    expect(svg).toContain('>x &lt; y</text>');
    expect(svg).not.toMatch(/<标题>/);
  });

  it('a comparison card counts disclosures, counties and the span of years', () => {
    const card = compareCard('网信办', [
      { county: '攸县', year: 2024 },
      { county: '攸县', year: 2021 },
      { county: '衡山县', year: 2023 },
    ]);
    expect(card.title).toBe('对比各地网信办');
    expect(card.lines[0]).toBe('3 份公开文件 · 2 个县（市、区） · 2021—2024年度');
  });
});
