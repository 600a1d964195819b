import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bars';
import { exportSvg } from '../../src/charts/export';
import { tableTree, barTable } from '../../src/charts/table';
import { attrText, h, serialize, textOf } from '../../src/charts/tree';

const evil = '"><script>alert(1)</script>&amp;';

describe('element tree and serialiser', () => {
  it('escapes text and attribute values, so data never becomes markup', () => {
    expect(serialize(h('text', { 'data-x': evil }, evil))).toBe('<text data-x="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;</text>');
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
