import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { runNormalize } from '../../../src/build/normalize-run';
import { compareRecord } from '../../../src/compare/record-build';
import { barModel, scatterModel } from '../../../src/compare/model';
import { barChartTree, barDesc, markTitle, scatterChartTree, scatterDesc } from '../../../src/compare/charts';
import { comparedText } from '../../../src/compare/measures';
import { tableRow } from '../../../src/compare/measures-table';
import { placeLabels } from '../../../src/charts/scatter';
import { barTable, scatterTable } from '../../../src/compare/table';
import { BOM, neutralise, tableCsv } from '../../../src/compare/csv';
import { citationText } from '../../../src/compare/citation';
import { exportSvg } from '../../../src/charts/export';
import { buildPairFigure, pairRows } from '../../../src/compare/pair';
import { signed } from '../../../src/compare/pair-table';
import { serialize, textOf, type Child, type ElNode } from '../../../src/charts/tree';
import type { CompareRecord } from '../../../src/compare/records';

const result = runNormalize(process.cwd());
const records: CompareRecord[] = result.collections!.disclosures.map((s) => compareRecord(s, `/disclosures/${s.id}/`));
const view = { measure: 'expenditure_total' as const, per: 'none' as const, sort: 'desc' as const, hl: null };

function find(node: Child, pred: (n: ElNode) => boolean, out: ElNode[] = []): ElNode[] {
  if (typeof node === 'string') return out;
  if (pred(node)) out.push(node);
  node.children.forEach((c) => find(c, pred, out));
  return out;
}
const byClass = (cls: string) => (n: ElNode) => typeof n.attrs.class === 'string' && n.attrs.class.split(' ').includes(cls);

describe('bar model', () => {
  it('sorts by exact value, gaps last, and the other orders', () => {
    const desc = barModel('t', records, { ...view, per: 'staff_authorised' }, '网信办');
    const ok = desc.marks.filter((m) => m.value.status === 'ok').map((m) => Number(m.value.value));
    expect(ok).toEqual([...ok].sort((a, b) => b - a));
    const firstGap = desc.marks.findIndex((m) => m.value.status !== 'ok');
    expect(firstGap).toBeGreaterThan(0);
    expect(desc.marks.slice(firstGap).every((m) => m.value.status !== 'ok')).toBe(true);
    const asc = barModel('t', records, { ...view, sort: 'asc' }, '网信办').marks.map((m) => Number(m.value.value));
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const byCounty = barModel('t', records, { ...view, sort: 'county' }, '网信办').marks.map((m) => m.record.county_code);
    expect(byCounty).toEqual([...byCounty].sort());
    const byYear = barModel('t', records, { ...view, sort: 'year' }, '网信办').marks.map((m) => m.record.year);
    expect(byYear).toEqual([...byYear].sort((a, b) => b - a));
  });

  it('notes different years and document kinds, computed values and gaps', () => {
    const m = barModel('t', records, { ...view, per: 'staff_authorised' }, '网信办');
    const notes = m.notes.join('\n');
    expect(notes).toContain('不同年度');
    expect(notes).toContain('不同类型');
    expect(notes).toContain('计算值');
    // The gap count comes from the data: every disclosure without a value, however many the corpus has.
    const gaps = m.marks.filter((x) => x.value.status !== 'ok');
    expect(gaps.length).toBeGreaterThan(0);
    expect(notes).toMatch(new RegExp(`${gaps.length} 份文件没有该数值.*不按 0 计`));
    for (const g of gaps) expect(notes).toContain(`${g.label}（${g.value.reason}）`);
  });

  it('does not warn about years or kinds when the compared items agree', () => {
    const same = records.filter((r) => r.kind === 'performance-self-evaluation' && r.year === 2024);
    expect(barModel('t', same, view, '网信办').notes.join('')).not.toMatch(/不同年度|不同类型/);
  });

  it('highlights the chosen county', () => {
    const m = barModel('t', records, { ...view, hl: '430223' }, '网信办');
    expect(m.marks.filter((x) => x.tone === 'hl').map((x) => x.record.county_code)).toEqual(['430223']);
  });
});

describe('bar chart', () => {
  const m = barModel('t', records, { ...view, per: 'staff_authorised' }, '网信办');
  const tree = barChartTree({
    id: 't',
    title: m.title,
    desc: barDesc(m.marks, m.unit, '从高到低'),
    unit: m.unit,
    marks: m.marks,
    domainAtLeast: 0,
    width: 400,
  });

  it('labels every mark with county, year and kind, and draws gaps without a bar, with the reason', () => {
    const marks = find(tree, byClass('mark'));
    expect(marks.length).toBe(records.length);
    for (const g of marks) {
      const r = records.find((x) => x.id === g.attrs['data-key'])!;
      expect(textOf(g)).toContain(`${r.county} ${r.year}年`);
      const bars = find(g, byClass('bar'));
      if (g.attrs['data-status'] === 'ok') expect(bars.length).toBe(1);
      else {
        expect(bars.length).toBe(0);
        expect(textOf(g)).toMatch(/空缺：文件未载明编制数/);
      }
    }
  });

  it('states the unit under the axis and has an accessible name', () => {
    expect(textOf(tree)).toContain('单位：元/人');
    expect(tree.attrs.role).toBe('img');
    expect(tree.attrs['aria-labelledby']).toBe('t-title t-desc');
  });

  it('draws a stated zero as a zero line, not a gap', () => {
    const zero = barModel('z', records, { ...view, measure: 'project_expenditure' }, '网信办');
    const t = barChartTree({ id: 'z', title: '', desc: '', unit: '万元', marks: zero.marks, domainAtLeast: 0, width: 400 });
    const g = find(t, (n) => n.attrs['data-key'] === '430223-cac-2024-final-accounts')[0];
    expect(g.attrs['data-status']).toBe('ok');
    expect(find(g, byClass('bar-zero')).length).toBe(1);
  });
});

describe('scatter', () => {
  const m = scatterModel('s', records, view, '网信办');
  const tree = scatterChartTree(m, 400, scatterDesc(m));
  it('plots points with both values, labels them and titles both axes with units', () => {
    const pts = find(tree, byClass('point'));
    expect(pts.length).toBe(m.points.filter((p) => p.x.status === 'ok' && p.y.status === 'ok').length);
    for (const p of pts) expect(textOf(p)).toMatch(/\d{4}(决算|自评)/);
    expect(textOf(tree)).toContain('横轴：实有人数（人）');
    expect(textOf(tree)).toContain('纵轴：支出合计（万元）');
  });

  it('follows the per-person basis for its staff axis and notes unplotted points', () => {
    const a = scatterModel('s', records, { ...view, per: 'staff_authorised' }, '网信办');
    expect(a.xLabel).toBe('编制数');
    const unplotted = a.points.filter((p) => p.x.status !== 'ok' || p.y.status !== 'ok');
    expect(unplotted.length).toBeGreaterThan(0);
    expect(a.notes.join('')).toContain(`${unplotted.length} 份文件缺少编制数或支出合计，未画点`);
  });

  it('places labels without overlapping each other or the points', () => {
    const pts = [
      { px: 100, py: 100, w: 80 },
      { px: 104, py: 102, w: 80 },
      { px: 108, py: 98, w: 80 },
      { px: 300, py: 100, w: 80 },
      { px: 390, py: 100, w: 80 },
    ];
    const spots = placeLabels(pts, { x0: 0, x1: 400, y0: 0, y1: 300 });
    const boxes = spots.map((s, i) => {
      const w = pts[i].w;
      const x0 = s.anchor === 'start' ? s.x : s.anchor === 'end' ? s.x - w : s.x - w / 2;
      return { x0, x1: x0 + w, y0: s.y - 11, y1: s.y + 3 };
    });
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i].x1).toBeLessThanOrEqual(400);
      expect(boxes[i].x0).toBeGreaterThanOrEqual(0);
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `labels ${i} and ${j} overlap`).toBe(false);
      }
    }
  });
});

describe('values as compared', () => {
  it('read 万元 to two decimals, marked 约, with the exact value in titles; other units and short amounts as published', () => {
    expect(comparedText('162.935556', '万元')).toEqual({ text: '约 162.94', exact: '162.935556' });
    expect(comparedText('12345.5', '万元')).toEqual({ text: '12,345.5', exact: null });
    expect(comparedText('5.780000', '万元')).toEqual({ text: '5.78', exact: null });
    expect(comparedText('99922', '元/人')).toEqual({ text: '99,922', exact: null });
    expect(comparedText('39.53', '%')).toEqual({ text: '39.53', exact: null });
  });

  // 衡山 2023 states its 支出合计 as 162.935556 万元 (to the fen).
  const HENGSHAN = '430423-cac-2023-performance-self-evaluation';
  const m = barModel('t', records, view, '网信办');
  const mark = m.marks.find((x) => x.record.id === HENGSHAN)!;
  const row = barTable(m).rows.find((r) => r.key === mark.key)!;

  it('show the rounded form in the chart, its table and the large-type table, the exact one in the title and the CSV', () => {
    const exact = mark.value.value!;
    const shown = comparedText(exact, '万元');
    expect(shown.exact, 'the seed states more than two decimals').toBe(exact);
    expect(row.html.value).toBe(shown.text);
    expect(row.cells.value).toBe(exact);
    expect(row.links?.value).toMatch(/#q-/);
    expect(markTitle(mark, '万元')).toContain(`${shown.text} 万元（文件所载 ${exact} 万元）`);
    expect(textOf(barChartTree({ id: 'x', title: 't', desc: 'd', unit: '万元', marks: m.marks, domainAtLeast: 0, width: 640 }))).toContain(shown.text);
    expect(tableRow(mark.record)[0]).toMatchObject({ text: shown.text, status: 'ok' });
  });
});

describe('data table and CSV', () => {
  const m = barModel('t', records, { ...view, per: 'staff_authorised' }, '网信办');
  const table = barTable(m);
  const citation = citationText({
    title: m.title,
    unit: m.unit,
    sources: m.marks.map((x) => x.record.title),
    url: 'https://example.org/compare/?per=staff_authorised',
    date: '2025-01-02',
  });
  const csv = tableCsv(table, citation);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, skipEmptyLines: true });

  it('holds exactly the plotted rows, in chart order, gaps empty with their status', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.disclosure_id)).toEqual(m.marks.map((x) => x.record.id));
    for (const [i, row] of parsed.data.entries()) {
      const mark = m.marks[i];
      expect(row.value).toBe(mark.value.value ?? '');
      expect(row.county).toBe(mark.record.county);
      expect(row.year).toBe(String(mark.record.year));
      expect(row.unit).toBe('元/人');
      expect(row.measure).toBe('expenditure_total/staff_authorised');
      expect(row.status).toBe(mark.value.status === 'ok' ? 'computed' : mark.value.status);
      if (mark.value.status !== 'ok') expect(row.note).toBe(mark.value.reason);
    }
  });

  it('has the citation as the last column of every row, with the view URL and date', () => {
    expect(parsed.meta.fields!.at(-1)).toBe('citation');
    for (const row of parsed.data) {
      expect(row.citation).toBe(citation);
      expect(row.citation).toContain('https://example.org/compare/?per=staff_authorised');
      expect(row.citation).toContain('访问日期：2025-01-02');
    }
  });

  it('is RFC 4180 with CRLF and a BOM, quoting what needs quoting, neutralising formulas but not numbers', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.split('\r\n').length).toBe(m.marks.length + 2);
    expect(neutralise('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutralise('-5.20')).toBe('-5.20');
    expect(neutralise('@x')).toBe("'@x");
    const t = { caption: '', csvColumns: ['a'], htmlColumns: [], rows: [{ key: 'k', status: 'ok' as const, cells: { a: 'x,"y"\nz' }, html: {} }] };
    expect(tableCsv(t, 'c')).toBe(`${BOM}a,caveats,citation\r\n"x,""y""\nz",,c\r\n`);
    expect(tableCsv(t, 'c', ['须知一。', '须知二。'])).toBe(`${BOM}a,caveats,citation\r\n"x,""y""\nz",须知一。 须知二。,c\r\n`);
  });

  it('shows the same rows in the HTML table, a gap as 空缺', () => {
    expect(table.rows.map((r) => r.key)).toEqual(m.marks.map((x) => x.key));
    for (const r of table.rows) if (r.status !== 'ok') expect(r.html.value).toBe('空缺');
  });

  it('scatter CSV holds both coordinates and the unplotted rows with their reason', () => {
    const s = scatterModel('s', records, { ...view, per: 'staff_authorised' }, '网信办');
    const rows = Papa.parse<Record<string, string>>(tableCsv(scatterTable(s), 'c').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(records.length);
    const gap = rows.filter((r) => r.x_value === '');
    const missing = s.points.filter((p) => p.x.status !== 'ok');
    expect(gap.length).toBe(missing.length);
    expect(gap.map((r) => r.note).sort()).toEqual(missing.map((p) => p.x.reason).sort());
  });
});

describe('SVG export', () => {
  it('is a standalone SVG with the title above and the citation below, text escaped', () => {
    const m = barModel('t', records, view, '网信办');
    const tree = barChartTree({ id: 't', title: 'A & B <x>', desc: '', unit: m.unit, marks: m.marks, domainAtLeast: 0, width: 720 });
    const svg = exportSvg(tree, 'A & B <x>', '引用：《A & B》');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('A &amp; B &lt;x&gt;');
    expect(svg).toContain('引用：《A &amp; B》');
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('style=');
    for (const r of records) expect(svg).toContain(`${r.county} ${r.year}年`);
  });

  it('serialises attributes safely', () => {
    expect(serialize({ tag: 'text', attrs: { 'data-x': '"><script>' }, children: ['<b>'] })).toBe('<text data-x="&quot;&gt;&lt;script&gt;">&lt;b&gt;</text>');
  });
});

describe('pair', () => {
  const a = records.find((r) => r.id === '430223-cac-2024-final-accounts')!;
  const b = records.find((r) => r.id === '430423-cac-2023-performance-self-evaluation')!;
  const rows = pairRows(a, b);

  it('subtracts exactly, amounts to the more precise decimals', () => {
    expect(rows.find((r) => r.key === 'expenditure_total')!.diff).toBe('-73.005556');
    expect(signed('-73.005556')).toBe('−73.005556');
    expect(signed('0.00')).toBe('0.00');
    expect(signed('1234.5')).toBe('+1,234.5');
  });

  it('has no difference where either side is a gap', () => {
    const three = rows.find((r) => r.key === 'three_public_execution')!;
    expect(three.a.status).not.toBe('ok');
    expect(three.diff).toBeNull();
  });

  it('builds a chart whose CSV has one row per bar', () => {
    const f = buildPairFigure({ a, b, pageUrl: 'https://example.org/compare/pair/x/y/', date: '2025-01-02', width: 400, js: false });
    const rows2 = Papa.parse<Record<string, string>>(f.csv().slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows2.length).toBe(12);
    expect(new Set(rows2.map((r) => r.disclosure_id))).toEqual(new Set([a.id, b.id]));
    expect(rows2[0].citation).toContain('https://example.org/compare/pair/x/y/');
  });
});
