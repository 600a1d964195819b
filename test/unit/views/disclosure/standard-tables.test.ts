/**
 * The document's tables rebuilt from the facts (views/disclosure/standard-tables.ts):
 * for the whole corpus, every fact with a table lands in exactly one place,
 * rows and columns keep the document's order and 合计 rows are kept; on
 * literal facts, side-by-side parts, form blocks and merged lines.
 */
import { describe, expect, it } from 'vitest';
import {
  anchorStart,
  cellIndexAt,
  cellView,
  codeDepth,
  hasTablePosition,
  standardTables,
  type StandardTable,
} from '../../../../src/views/disclosure/standard-tables';
import type { Fact } from '../../../../src/schema/normalized';
import { literalFact as fact } from '../../../support/checks';
import { collections } from '../../../support/disclosure-html';

const { details, sources } = collections();
const cellFacts = (t: StandardTable) => t.blocks.flatMap((b) => b.rows.flatMap((r) => r.cells.flat()));

describe.each(details.map((d) => [d.id, d] as const))('standard tables of %s', (id, d) => {
  const source = sources.find((s) => s.id === id)!.text;
  const view = standardTables(d.facts, source);

  it('puts every fact with a table in exactly one cell or statement of its table, and every other fact in the rest', () => {
    const seen = new Map<string, number>();
    for (const t of view.tables) {
      for (const f of [...cellFacts(t), ...t.statements]) {
        seen.set(f.id, (seen.get(f.id) ?? 0) + 1);
        expect(f.table, f.id).toBe(t.table);
        expect(f.section, f.id).toBe(t.section);
      }
      expect(t.facts.length, t.table).toBe(cellFacts(t).length + t.statements.length);
      for (const f of cellFacts(t)) expect(hasTablePosition(f), f.id).toBe(true);
      for (const f of t.statements) expect(hasTablePosition(f), f.id).toBe(false);
    }
    for (const f of d.facts) {
      if (f.table.trim()) expect(seen.get(f.id), `fact ${f.id} placed once`).toBe(1);
      else expect(seen.has(f.id), f.id).toBe(false);
    }
    expect(view.rest.map((f) => f.id)).toEqual(d.facts.filter((f) => !f.table.trim()).map((f) => f.id));
  });

  it('places each fact in the column it names and a row that carries its label, and keeps every 合计 row', () => {
    for (const t of view.tables)
      for (const b of t.blocks) {
        expect(new Set(b.columns).size, `${t.table}: columns unique`).toBe(b.columns.length);
        expect(b.units.length).toBe(b.columns.length);
        for (const r of b.rows) {
          expect(r.cells.length).toBe(b.columns.length);
          r.cells.forEach((cell, i) => {
            for (const f of cell) {
              expect(f.column, f.id).toBe(b.columns[i]);
              expect(r.label, f.id).toContain((f.row.trim() || f.item.trim()).split(/\s*\/\s*/)[0]);
            }
          });
        }
      }
    const totalRows = new Set(d.facts.filter((f) => hasTablePosition(f) && /(合计|小计|总计|总分)/.test(f.row)).map((f) => `${f.table}\u0000${f.row}`));
    const shownTotals = new Set(
      view.tables.flatMap((t) => t.blocks.flatMap((b) => b.rows.filter((r) => r.total).flatMap((r) => r.cells.flat().map((f) => `${t.table}\u0000${f.row}`)))),
    );
    for (const k of totalRows) expect(shownTotals.has(k), k.replace('\u0000', ' ')).toBe(true);
  });

  it('keeps the document order: tables, rows within a block, columns by their first figure', () => {
    const starts = view.tables.map((t) => anchorStart(t.anchor));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const t of view.tables)
      for (const b of t.blocks) {
        const rowStarts = b.rows.map((r) => Math.min(...r.cells.flat().map((f) => anchorStart(f.anchor))));
        expect(rowStarts, `${t.table} rows`).toEqual([...rowStarts].sort((x, y) => x - y));
        const colStarts = b.columns.map((_, i) => Math.min(...b.rows.flatMap((r) => r.cells[i]).map((f) => anchorStart(f.anchor))));
        expect(colStarts, `${t.table} columns`).toEqual([...colStarts].sort((x, y) => x - y));
      }
  });

  it('never shows a gap as zero: a blank cell has no fact, a withheld or empty figure keeps its label', () => {
    for (const t of view.tables)
      for (const f of [...cellFacts(t), ...t.statements]) {
        const item = cellView(f, t.unit);
        expect(item.href).toBe(`#${f.anchor}`);
        if (f.value === null) expect(item.isNumber, f.id).toBe(false);
        else expect(item.text, f.id).toBe(f.published);
      }
  });
});

describe('standardTables on literal facts', () => {
  // 公开01表 in miniature: 收入 on the left, 支出 on the right of the same lines.
  const source = ['公开01表', '项目\t金额\t项目\t金额', '财政拨款收入\t89.93\t一般公共服务支出\t89.93', '本年收入合计\t89.93\t本年支出合计\t89.93', ''].join(
    '\n',
  );
  const at = (text: string) => {
    const start = source.indexOf(text);
    return { anchor: `q-${start}-${start + text.length}`, line: source.slice(0, start).split('\n').length };
  };
  const t01: Fact[] = [
    fact({ id: 'in', table: '公开01表', row: '财政拨款收入', column: '收入 金额', ...at('财政拨款收入\t89.93') }),
    fact({ id: 'out', table: '公开01表', row: '一般公共服务支出', column: '支出 金额', code: '201', ...at('一般公共服务支出\t89.93') }),
    fact({ id: 'in.total', table: '公开01表', row: '本年收入合计', column: '收入 金额', ...at('本年收入合计\t89.93') }),
    fact({ id: 'out.total', table: '公开01表', row: '本年支出合计', column: '支出 金额', ...at('本年支出合计\t89.93') }),
    fact({ id: 'text', section: '二、', ...at('公开01表') }),
  ];

  it('tells side-by-side parts apart by the cell their rows start at, each part a block with its own columns', () => {
    const { tables, rest } = standardTables(t01, source);
    expect(rest.map((f) => f.id)).toEqual(['text']);
    expect(tables).toHaveLength(1);
    const blocks = tables[0].blocks;
    expect(blocks.map((b) => b.columns)).toEqual([['收入 金额'], ['支出 金额']]);
    expect(blocks.map((b) => b.rows.map((r) => r.label))).toEqual([
      ['财政拨款收入', '本年收入合计'],
      ['一般公共服务支出', '本年支出合计'],
    ]);
    expect(blocks.map((b) => b.rows.map((r) => r.total))).toEqual([
      [false, true],
      [false, true],
    ]);
    expect(blocks[1].rows[0].code).toBe('201');
    expect(tables[0].unit).toBe('万元');
  });

  it('without the source reads a table as one part (rows in document order, columns split where they share none)', () => {
    const { tables } = standardTables(t01);
    expect(tables[0].blocks.map((b) => b.rows.map((r) => r.label))).toEqual([['财政拨款收入'], ['一般公共服务支出'], ['本年收入合计'], ['本年支出合计']]);
  });

  it('orders columns by their first figure and leaves a blank cell empty (no fact, no zero)', () => {
    const facts = [
      fact({ id: 'a1', table: 'T', row: '合计', column: '本年支出合计（栏次1）', anchor: 'q-10-20', line: 2 }),
      fact({ id: 'a2', table: 'T', row: '合计', column: '基本支出（栏次2）', anchor: 'q-10-20', line: 2 }),
      fact({ id: 'b1', table: 'T', row: '201 一般公共服务支出', code: '201', column: '本年支出合计（栏次1）', anchor: 'q-30-40', line: 3 }),
      fact({ id: 'c2', table: 'T', row: '2013701 行政运行', code: '2013701', column: '基本支出（栏次2）', anchor: 'q-50-60', line: 4 }),
    ];
    const [b] = standardTables(facts).tables[0].blocks;
    expect(b.columns).toEqual(['本年支出合计（栏次1）', '基本支出（栏次2）']);
    expect(b.rows.map((r) => [r.name, r.depth, r.cells.map((c) => c.map((f) => f.id))])).toEqual([
      ['合计', 0, [['a1'], ['a2']]],
      ['一般公共服务支出', 0, [['b1'], []]],
      ['行政运行', 2, [[], ['c2']]],
    ]);
  });

  it('merges single figures one form line prints under different labels, and splits a row whose cell holds several items', () => {
    const line = '\t预算数：\t0.5\t到位数：\t0.5\t100';
    const facts = [
      fact({ id: 'b', table: 'P', row: '预算数', column: '预算安排情况', anchor: `q-0-${line.length}`, line: 1 }),
      fact({ id: 'r', table: 'P', row: '到位数', column: '资金到位情况', anchor: `q-0-${line.length}`, line: 1 }),
      fact({ id: 'x', table: 'P', row: '预算数 / 执行数', column: '预算执行进度', anchor: `q-0-${line.length}`, line: 1, unit: '%' }),
      fact({ id: 'g1t', table: 'P', row: '三、目标完成情况', item: '检查', column: '年度预期目标', anchor: 'q-100-110', line: 3, unit: '次' }),
      fact({ id: 'g2t', table: 'P', row: '三、目标完成情况', item: '行动', column: '年度预期目标', anchor: 'q-100-110', line: 3, unit: '项' }),
      fact({ id: 'g1a', table: 'P', row: '三、目标完成情况', item: '检查', column: '具体完成情况', anchor: 'q-120-130', line: 3, unit: '次' }),
    ];
    const [money, goals] = standardTables(facts, line + '\n\n' + 'x'.repeat(200)).tables[0].blocks;
    expect(money.rows).toHaveLength(1);
    expect(money.rows[0]).toMatchObject({ label: '预算数 / 到位数 / 执行数', merged: true });
    expect(money.columns).toEqual(['预算安排情况', '资金到位情况', '预算执行进度']);
    expect(money.units).toEqual(['万元', '万元', '%']);
    expect(goals.rows.map((r) => [r.label, r.group, r.name, r.cells.map((c) => c.map((f) => f.id))])).toEqual([
      ['三、目标完成情况 · 检查', '三、目标完成情况', '检查', [['g1t'], ['g1a']]],
      ['三、目标完成情况 · 行动', '三、目标完成情况', '行动', [['g2t'], []]],
    ]);
  });

  it('keeps a table published empty as a statement, shown by its label', () => {
    const empty = fact({ id: 't07', table: '公开07表', status: 'empty', published: '', value: null, fen: null, anchor: 'q-5-9' });
    const { tables } = standardTables([empty]);
    expect(tables[0].blocks).toEqual([]);
    expect(tables[0].statements.map((f) => f.id)).toEqual(['t07']);
    expect(cellView(empty, null)).toMatchObject({ isNumber: false, text: '本表无数据' });
  });

  it('helpers: cell index of an offset, code depth, table unit left out of a cell', () => {
    expect(cellIndexAt('a\tb\tc\nd\te', 4)).toBe(2);
    expect(cellIndexAt('a\tb\tc\nd\te', 8)).toBe(1);
    expect([codeDepth('201'), codeDepth('20137'), codeDepth('2013701'), codeDepth(null)]).toEqual([0, 1, 2, 0]);
    expect(cellView(fact({ published: '89.93' }), '万元').unit).toBe('');
    expect(cellView(fact({ published: '62', unit: '%' }), '万元').unit).toBe('%');
  });
});
