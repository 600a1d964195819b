import { describe, expect, it } from 'vitest';
import { chunkLineAt, HIGHLIGHT_PARAM, lineTable, sourceLineHref, sourceLineId, sourceLineOf, wordRanges } from '../../../src/core/anchors';

describe('source-line deep links', () => {
  it('names line n L<n> and reads it back; other ids are not lines', () => {
    expect(sourceLineId(12)).toBe('L12');
    expect(sourceLineOf(sourceLineId(12))).toBe(12);
    for (const id of ['q-1-2', 'L0', 'L', 'L1a', 'src-h']) expect(sourceLineOf(id)).toBeNull();
    expect(() => sourceLineId(0)).toThrow(/whole number/);
  });

  it('links to the words on the line, the words in the query and the line in the fragment', () => {
    const href = sourceLineHref('/disclosures/x/', 7, ' 公务接待费 ');
    const u = new URL(href, 'https://h.invalid');
    expect(u.pathname).toBe('/disclosures/x/');
    expect(u.searchParams.get(HIGHLIGHT_PARAM)).toBe('公务接待费');
    expect(u.hash).toBe('#L7');
    expect(sourceLineHref('/p/?a=1', 3, 'x y')).toBe('/p/?a=1&hl=x%20y#L3');
    expect(sourceLineHref('/p/', 3, '')).toBe('/p/#L3');
  });

  it('finds every occurrence of the words, any whitespace matching any, case-insensitive, regex characters literal', () => {
    expect(wordRanges('30217\t公务接待费  0.5 公务接待费', '公务接待费')).toEqual([
      [6, 11],
      [17, 22],
    ]);
    expect(wordRanges('合计\t\t89.93 万元', '合计 89.93')).toEqual([[0, 9]]);
    expect(wordRanges('ABC abc', 'abc')).toHaveLength(2);
    expect(wordRanges('89x93 89.93', '89.93')).toEqual([[6, 11]]);
    expect(wordRanges('text', '  ')).toEqual([]);
  });
});

describe('the line of a search hit in its chunk', () => {
  it('counts the non-whitespace characters of each line, blank lines too', () => {
    expect(lineTable(['公务 接待费\t0.5', '', '  ', '合计'])).toBe('8,0,0,2');
  });

  it('finds the line that holds a match offset, however the index folds the whitespace', () => {
    const lines = ['\t一、收入', '', '30217\t公务接待费\t0.5', '合计  89.93'];
    const table = lineTable(lines);
    const kept = lines.filter((l) => l.trim()).join('\n');
    const folded = kept.replace(/\s+/g, ' ').trim();
    for (const text of [kept, folded]) {
      expect(chunkLineAt(text, 10, table, text.indexOf('一'))).toBe(10);
      expect(chunkLineAt(text, 10, table, text.indexOf('公务接待费'))).toBe(12);
      expect(chunkLineAt(text, 10, table, text.indexOf('0.5'))).toBe(12);
      expect(chunkLineAt(text, 10, table, text.indexOf('合计'))).toBe(13);
      expect(chunkLineAt(text, 10, table, text.indexOf('89'))).toBe(13);
    }
  });

  it('says null when the offset is outside the text or the table does not reach it', () => {
    expect(chunkLineAt('甲乙', 1, '2', 2)).toBeNull();
    expect(chunkLineAt('甲乙', 1, '2', -1)).toBeNull();
    expect(chunkLineAt('甲乙', 1, '1', 1)).toBeNull();
    expect(chunkLineAt('甲乙', 1, '', 0)).toBeNull();
    expect(chunkLineAt('甲乙', 1, 'x', 0)).toBeNull();
  });
});
