import { describe, expect, it } from 'vitest';
import { barChart, type BarDatum } from '../../../src/charts/bars';
import { groupedFigure, barFigure } from '../../../src/charts/figures';
import { layoutStack, stackChart } from '../../../src/charts/stack';
import { textOf, type ElNode } from '../../../src/charts/tree';
import { textWidth } from '../../../src/charts/text';
import { find, hasClass, num } from './support';

const rows: BarDatum[] = [
  { key: 'a', label: '行政运行', value: 39.78, display: '39.78 万元' },
  { key: 'b', label: '其他网信事务支出', value: 50.16, display: '50.16 万元' },
  { key: 'z', label: '零', value: 0, display: '0.00 万元' },
  { key: 'c', label: '未载明', value: null, display: '文件未载明' },
];
const chart = (r: BarDatum[] = rows, width = 360) => barChart({ id: 'b', title: 'T', desc: 'D', unit: '万元', rows: r, width });
const mark = (t: ElNode, key: string) => find(t, (n) => hasClass('mark')(n) && n.attrs['data-key'] === key)[0];
const bar = (t: ElNode, key: string) => find(mark(t, key), hasClass('bar'))[0];

describe('bar chart', () => {
  it('draws widths proportional to the values, a gap as no bar with its reason, a zero as a zero line', () => {
    const t = chart();
    expect(num(bar(t, 'a'), 'width') / num(bar(t, 'b'), 'width')).toBeCloseTo(39.78 / 50.16, 2);
    expect(find(mark(t, 'c'), hasClass('bar'))).toHaveLength(0);
    expect(textOf(mark(t, 'c'))).toContain('文件未载明');
    expect(find(mark(t, 'z'), hasClass('bar'))).toHaveLength(0);
    expect(find(mark(t, 'z'), hasClass('bar-zero'))).toHaveLength(1);
  });

  it('keeps every bar and value inside the width, rows in order, labels above their bars', () => {
    for (const width of [300, 360, 720]) {
      const t = chart(rows, width);
      for (const r of rows.filter((x) => x.value)) {
        const b = bar(t, r.key);
        expect(num(b, 'x') + num(b, 'width')).toBeLessThanOrEqual(width);
        const v = find(mark(t, r.key), hasClass('bar-value'))[0];
        expect(num(v, 'x') + textWidth(r.display, num(v, 'font-size'))).toBeLessThanOrEqual(width);
        const label = find(mark(t, r.key), hasClass('mark-label'))[0];
        expect(num(label, 'y')).toBeLessThan(num(b, 'y'));
      }
      const ys = rows.map((r) => num(find(mark(t, r.key), hasClass('mark-label'))[0], 'y'));
      expect(ys).toEqual([...ys].sort((x, y) => x - y));
      expect(num(t, 'height')).toBeGreaterThan(Math.max(...ys));
    }
  });

  it('draws a reference outline behind on the same scale, the value after the longer of the two', () => {
    const t = chart([{ key: 'i', label: '指标', value: 9, ref: 10, display: '9 / 10' }]);
    const ref = find(mark(t, 'i'), hasClass('ref'))[0];
    expect(num(ref, 'width') / num(bar(t, 'i'), 'width')).toBeCloseTo(10 / 9, 2);
    expect(num(find(mark(t, 'i'), hasClass('bar-value'))[0], 'x')).toBeGreaterThan(num(ref, 'x') + num(ref, 'width'));
  });

  it('marks computed values dashed, negatives left of zero, and has an accessible name and the unit', () => {
    const t = chart([
      { key: 'p', label: 'p', value: 5, display: '5（计算值）', computed: true },
      { key: 'n', label: 'n', value: -5, display: '−5' },
    ]);
    expect(bar(t, 'p').attrs['stroke-dasharray']).toBeTruthy();
    expect(hasClass('computed')(bar(t, 'p'))).toBe(true);
    expect(num(bar(t, 'p'), 'fill-opacity')).toBeLessThan(1);
    expect(hasClass('c-bar')(bar(t, 'p'))).toBe(true);
    expect(num(bar(t, 'n'), 'x') + num(bar(t, 'n'), 'width')).toBeCloseTo(num(bar(t, 'p'), 'x'), 5);
    expect(t.attrs.role).toBe('img');
    expect(t.attrs['aria-labelledby']).toBe('b-title b-desc');
    expect(find(t, (n) => n.tag === 'title' && n.attrs.id === 'b-title')).toHaveLength(1);
    expect(textOf(t)).toContain('单位：万元');
  });

  it('cuts long labels to the width; the data table keeps them whole', () => {
    const long = '把牢网络舆论导向，为全县社会和谐稳定营造良好的网络舆论氛围，持续推进';
    const f = barFigure({
      id: 'f',
      title: 'T',
      desc: 'D',
      rows: [{ key: 'l', label: long, value: 1, display: '1', href: '#q-1' }],
      headers: { label: '项目', value: '数值', ref: '参照' },
    });
    expect(textOf(find(f.svg, hasClass('mark-label'))[0]).endsWith('…')).toBe(true);
    expect(f.table.rows[0].cells[0].text).toBe(long);
    expect(f.table.rows[0].cells[1]).toEqual({ text: '1', href: '#q-1' });
    expect(f.table.columns).toHaveLength(2);
  });
});

describe('grouped bars', () => {
  it('a heading per group, a bar per series coloured by series, gaps kept, a table of groups × series', () => {
    const series = [
      { key: 'i', label: '年初预算' },
      { key: 'a', label: '全年预算' },
      { key: 'x', label: '决算' },
    ];
    const groups = [
      { key: 'g', label: '支出合计', values: [106, 89.93, null], displays: ['106 万元', '89.93 万元', '文件未载明'] },
      { key: 'h', label: '基本支出', values: [50, 40, 39], displays: ['50', '40', '39'] },
    ];
    const f = groupedFigure({ id: 'g', title: 'T', desc: 'D', series, groups, label: '支出项目' });
    expect(find(f.svg, hasClass('group-label')).map(textOf)).toEqual(['支出合计', '基本支出']);
    expect(find(f.svg, hasClass('mark'))).toHaveLength(6);
    const fills = find(f.svg, hasClass('bar')).map((b) =>
      String(b.attrs.class)
        .split(' ')
        .find((c) => c.startsWith('c-')),
    );
    expect(fills).toEqual(['c-s0', 'c-s1', 'c-s0', 'c-s1', 'c-s2']);
    expect(textOf(f.svg)).toContain('文件未载明');
    expect(f.table.columns.map((c) => c.label)).toEqual(['支出项目', '年初预算', '全年预算', '决算']);
    expect(f.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['支出合计', '106 万元', '89.93 万元', '文件未载明'],
      ['基本支出', '50', '40', '39'],
    ]);
  });
});

describe('composition bar', () => {
  it('segments fill the width in order with the given shares; a share is printed only where it fits', () => {
    const parts = [
      { key: 'p', label: '人员经费', value: 35.55, share: '39.5%' },
      { key: 'r', label: '公用经费', value: 54.39, share: '60.5%' },
      { key: 'j', label: '项目支出', value: 0, share: '0.0%' },
    ];
    const L = layoutStack(parts);
    expect(L.segments.map((s) => s.share)).toEqual(['39.5%', '60.5%', '0.0%']);
    expect(L.segments[1].x).toBeCloseTo(L.segments[0].width, 0);
    expect(L.segments[0].width + L.segments[1].width).toBeCloseTo(360, 0);
    expect(L.segments[2].showLabel).toBe(false);
    const t = stackChart({ id: 's', title: 'T', desc: 'D', parts });
    expect(find(t, hasClass('seg-lbl')).map(textOf)).toEqual(['39.5%', '60.5%']);
    expect(t.attrs.role).toBe('img');
  });
});
