import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/charts/bars';
import { exportSvg } from '../../../src/charts/export';
import { barTable, compositionTable, tableTree } from '../../../src/charts/table';
import { attrText, h, serialize, textOf } from '../../../src/charts/tree';

const evil = '"><script>alert(1)</script>&amp;';

describe('element tree and serialiser', () => {
  it('escapes text and attribute values, so data never becomes markup', () => {
    expect(serialize(h('text', { 'data-x': evil }, evil))).toBe(
      '<text data-x="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;</text>',
    );
    expect(attrText(1 / 3)).toBe('0.33');
    expect(attrText(false)).toBeNull();
    expect(serialize(h('g', { hidden: true, a: null }))).toBe('<g hidden=""/>');
  });

  it('a chart, its data table and its download built from hostile labels hold them only as escaped text', () => {
    const rows = [{ key: 'k', label: evil, value: 1, display: evil, href: '/a?b="c"' }];
    const svg = barChart({ id: 'x', title: evil, desc: evil, unit: evil, width: 360, rows });
    const out = serialize(svg) + serialize(tableTree(barTable(rows, { label: evil, value: 'v', ref: 'r' }))) + exportSvg(svg, evil, evil);
    expect(out).not.toContain('<script');
    expect(out).not.toMatch(/="[^"]*"[^ />?]/);
    expect(textOf(svg)).toContain(evil);
    expect(out).toContain('href="/a?b=&quot;c&quot;"');
  });
});

describe('data table', () => {
  it('has column and row headers, numeric cells marked, links, swatches, a caption and a closing row', () => {
    const parts = [
      { key: 'p', label: '人员经费', value: 1, display: '1 万元', href: '#q-1' },
      { key: 'g', label: '公用经费', value: 3, display: '3 万元' },
    ];
    const t = compositionTable(parts, ['25.0%', '75.0%'], { label: '构成', value: '金额' }, { label: '合计', display: '4 万元' });
    const out = serialize(tableTree({ ...t, caption: { id: 'c', text: '表' }, rows: t.rows.map((r) => ({ ...r, attrs: { 'data-key': r.key } })) }, 'legend'));
    expect(out).toMatch(
      /^<table class="legend"><caption id="c">表<\/caption><thead><tr><th scope="col">构成<\/th><th scope="col" class="num">金额<\/th><th scope="col" class="num">占比<\/th><\/tr><\/thead>/,
    );
    expect(out).toContain(
      '<tr data-key="p"><th scope="row"><span class="sw sw-s0" aria-hidden="true"/>人员经费</th><td class="num"><a href="#q-1">1 万元</a></td><td class="num">25.0%</td></tr>',
    );
    expect(out).toContain('<tfoot><tr><th scope="row">合计</th><td class="num">4 万元</td><td class="num">100%</td></tr></tfoot>');
  });
});
