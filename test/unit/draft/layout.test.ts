import { describe, expect, it } from 'vitest';
import { blocksOf, rowsOf } from '../../../src/draft/layout';
import { linesOf } from '../../../src/draft/text';

const cells = (src: string) => rowsOf(linesOf(src)).map((r) => r.cells.map((c) => c.text));

describe('table rows in three layouts', () => {
  it('splits tab-separated rows, keeping empty cells', () => {
    expect(cells('合计\t\t12.50\t12.50\n201\t一般公共服务支出\t12.50\t')).toEqual([
      ['合计', '', '12.50', '12.50'],
      ['201', '一般公共服务支出', '12.50', ''],
    ]);
  });

  it('splits space-aligned rows at runs of two or more spaces, only in blocks of such lines', () => {
    const src = '说明  这是一行  文字\n\n201      一般公共服务支出      12.50\n20137    网信事务              12.50\n';
    expect(cells(src)).toEqual([
      ['201', '一般公共服务支出', '12.50'],
      ['20137', '网信事务', '12.50'],
    ]);
  });

  it('joins a flattened table (one cell per line, rows separated by blank lines) into rows, continuing wrapped cells', () => {
    const src = '\t一级指标\n\t分值\n\n\t产出指标\n(50 分)\n\t10\n\n正文。';
    expect(cells(src)).toEqual([
      ['一级指标', '分值'],
      ['产出指标\n(50 分)', '10'],
    ]);
  });

  it('keeps each cell at its offsets in the source', () => {
    const src = '前言\n201\t网信事务\t7.5\n';
    const [row] = rowsOf(linesOf(src));
    for (const c of row.cells) expect(src.slice(c.start, c.end)).toBe(c.text);
    expect(src.slice(row.start, row.end)).toBe('201\t网信事务\t7.5');
  });

  it('groups rows into blocks separated by text lines, not by blank lines', () => {
    const src = 'a\t1\n\nb\t2\n注：说明\nc\t3\n';
    const lines = linesOf(src);
    expect(blocksOf(rowsOf(lines), lines).map((b) => b.length)).toEqual([2, 1]);
  });
});
