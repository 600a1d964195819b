/**
 * Pure helpers behind the disclosure page: number display, the source-text
 * anchor tree and the page's data views (the chart kernel: test/charts/).
 */
import { describe, expect, it } from 'vitest';
import {
  displayFigure,
  figureText,
  unitAfter,
  percentOf,
  percentText,
  yuanStringToDisplay,
  yuanText,
  dateZh,
  MISSING_LABEL,
} from '../../../../src/core/format';
import { sourceTree, treeText, type SourceNode } from '../../../../src/views/disclosure/source-tree';
import { classificationBreakdown, isLeaf } from '../../../../src/views/disclosure/breakdowns';
import { cellNumber, indicatorScopes, sumCells } from '../../../../src/views/disclosure/indicators';
import { groupFacts, factParts, splitHeading } from '../../../../src/views/disclosure/fact-groups';
import { checkCounts, checkViews } from '../../../../src/checks/report';
import { buildDate } from '../../../../src/core/build-date';
import type { CheckResult, Fact, Indicator } from '../../../../src/schema/normalized';
import { literalFact as fact } from '../../../support/checks';

const fig = (published: string, unit = '万元', status: 'reported' | 'withheld' | 'empty' = 'reported', fen: number | null = null) => ({
  published,
  value: published === '' ? null : published,
  unit,
  fen,
  status,
});

describe('format', () => {
  it('shows amounts as published with the exact yuan', () => {
    const d = displayFigure(fig('162.935556', '万元', 'reported', 162935556));
    expect(d).toMatchObject({ text: '162.935556', unit: '万元', yuan: '1,629,355.56 元', stated: true, stateLabel: '已公开' });
    expect(figureText(fig('89.93', '万元', 'reported', 89930000))).toBe('89.93 万元');
    expect(figureText(fig('3.96', '%'))).toBe('3.96%');
    expect(figureText(fig('优秀', '文字'))).toBe('优秀');
    expect(yuanText(5)).toBe('0.05 元');
  });

  it('puts the one unit suffix after a shown figure, none after a gap or a text value', () => {
    expect(unitAfter(displayFigure(fig('89.93', '万元', 'reported', 89930000)))).toBe(' 万元');
    expect(unitAfter(displayFigure(fig('3.96', '%')))).toBe('%');
    expect(unitAfter(displayFigure(fig('优秀', '文字')))).toBe('');
    expect(unitAfter(displayFigure(fig('', '万元', 'withheld')))).toBe('');
    expect(unitAfter(displayFigure(null))).toBe('');
  });

  it('never turns a gap into a zero', () => {
    expect(figureText(null)).toBe(MISSING_LABEL);
    expect(displayFigure(fig('', '万元', 'withheld'))).toMatchObject({ text: '涉密不予公开', stated: false, state: 'withheld' });
    expect(displayFigure(fig('', '万元', 'empty'))).toMatchObject({ text: '本表无数据', stated: false, state: 'empty' });
    // A withheld amount that is stated keeps its number and says it is withheld.
    expect(displayFigure(fig('63.77', '万元', 'withheld', 63770000))).toMatchObject({ text: '63.77', stateLabel: '涉密不予公开', stated: true });
  });

  it('computes percentages to one decimal, exactly', () => {
    expect(percentOf(3555n, 8994n)).toBe('39.5%');
    expect(percentOf(1n, 0n)).toBeNull();
    expect(percentText('61.538')).toBe('61.5%');
    expect(percentText('0.05')).toBe('0.1%');
  });

  it('states a yuan difference in 万元 and yuan', () => {
    expect(yuanStringToDisplay('-10000.00')).toEqual({ wan: '-1.00 万元', yuan: '-10,000.00 元' });
    expect(yuanStringToDisplay('100')).toEqual({ wan: '0.01 万元', yuan: '100.00 元' });
    expect(yuanStringToDisplay('abc')).toBeNull();
  });

  it('writes dates in Chinese', () => {
    expect(dateZh('2024-06-17')).toBe('2024年6月17日');
    expect(dateZh('2024-06')).toBe('2024年6月');
    expect(dateZh('--05-16')).toBe('5月16日');
  });
});

describe('source anchor tree', () => {
  const text = 'ab\tcd\nef<g>&h';
  const flat = (nodes: SourceNode[]): string[] => nodes.flatMap((n) => (typeof n === 'string' ? [] : [...(n.id === null ? [] : [n.id]), ...flat(n.children)]));

  it('wraps nested and disjoint ranges and keeps every character', () => {
    const anchors = [
      { id: 'q-0-8', start: 0, end: 8 },
      { id: 'q-3-5', start: 3, end: 5 },
      { id: 'q-9-12', start: 9, end: 12 },
      { id: 'q-6-6', start: 6, end: 6 },
    ];
    const tree = sourceTree(text, anchors);
    expect(treeText(tree)).toBe(text);
    expect(flat(tree).sort()).toEqual(anchors.map((a) => a.id).sort());
    const outer = tree.find((n) => typeof n !== 'string' && n.id === 'q-0-8');
    expect(outer && typeof outer !== 'string' && treeText(outer.children)).toBe(text.slice(0, 8));
    const point = JSON.stringify(tree).includes('"id":"q-6-6","point":true,"children":[]');
    expect(point).toBe(true);
  });

  it('turns a crossing range into a point so its link still lands', () => {
    const tree = sourceTree(text, [
      { id: 'q-0-5', start: 0, end: 5 },
      { id: 'q-3-9', start: 3, end: 9 },
    ]);
    expect(treeText(tree)).toBe(text);
    expect(JSON.stringify(tree)).toContain('"id":"q-3-9","point":true');
  });
});

describe('page data views', () => {
  it('breakdown: one statement, leaves only, matched by code', () => {
    const facts = [
      fact({ id: 't03.201', code: '201', code_system: 'functional', code_name: '一般公共服务支出', fen: 89930000, table: '公开03表', line: 10 }),
      fact({ id: 't03.2013701', code: '2013701', code_system: 'functional', code_name: '行政运行', fen: 39780000, table: '公开03表', line: 12 }),
      fact({ id: 't03.2013799', code: '2013799', code_system: 'functional', code_name: '其他网信事务支出', fen: 50160000, table: '公开03表', line: 13 }),
      fact({ id: 'text.204', code: '204', code_system: 'functional', code_name: '公共安全支出', fen: 0, scope: 'general_budget', line: 40 }),
    ];
    const b = classificationBreakdown(facts, 'functional')!;
    expect(b.rows.map((r) => r.key)).toEqual(['t03.2013701', 't03.2013799']);
    expect(b.table).toBe('公开03表');
    expect(classificationBreakdown(facts, 'economic')).toBeNull();
    expect(isLeaf('201', ['201', '20137'])).toBe(false);
  });

  it('indicators: sums are exact and only of plain numbers', () => {
    expect(sumCells(['10', '9.5', '10分'])).toBe('29.5');
    expect(sumCells(['10', '≥98%'])).toBeNull();
    expect(cellNumber('１０')).toBe(10);
    const ind = (o: Partial<Indicator>): Indicator => ({
      id: 'i',
      scope: 'department',
      project_id: null,
      row_kind: 'indicator',
      level1: '产出指标',
      level2: '',
      level3: '',
      target: '',
      actual: '',
      weight: '',
      score: '',
      deviation_note: '',
      quote: '',
      anchor: 'q-0-1',
      line: 1,
      note: '',
      ...o,
    });
    const [s] = indicatorScopes(
      [
        ind({ id: 'sec', row_kind: 'section', weight: '40' }),
        ind({ id: 'a', level3: 'A', score: '10' }),
        ind({ id: 'b', level3: 'B', score: '25' }),
        ind({ id: 't', row_kind: 'total', weight: '100', score: '35' }),
      ],
      [],
    );
    expect(s.sectionLevel).toBe(true);
    expect(s.chart).toEqual([expect.objectContaining({ key: 'sec', value: 35, ref: 40, display: '35 / 40' })]);
    expect(s.total?.id).toBe('t');
    expect(s.weightSum).toBe('40');
  });

  it('figures are grouped by section and table in document order', () => {
    const g = groupFacts([
      fact({ id: 'b', section: '第二部分 表', table: '公开01表', line: 20 }),
      fact({ id: 'a', section: '第一部分 概况', line: 5 }),
      fact({ id: 'c', section: '第二部分 表', table: '公开01表', line: 21 }),
    ]);
    expect(g.map((x) => x.facts.map((f) => f.id))).toEqual([['a'], ['b', 'c']]);
    expect(splitHeading('第三部分 2024年度 一、')).toEqual(['第三部分', '2024年度 一、']);
    expect(factParts(g).map((p) => p.head)).toEqual(['第一部分', '第二部分']);
  });

  it('checks: failures first, counts as reported, differences in 万元 and yuan', () => {
    const c = (status: CheckResult['status'], id: string): CheckResult => ({
      check_id: id,
      rule: 'r',
      rule_zh: '规则',
      status,
      stated: '1.00',
      computed: '2.00',
      unit: '万元',
      difference_yuan: '-10000.00',
      tolerance_yuan: '100',
      fact_ids: ['x'],
      message: 'm',
    });
    const checks = [c('pass', 'p'), c('rounding', 'r'), c('fail', 'f'), c('not_applicable', 'n')];
    expect(checkCounts(checks)).toEqual({ ran: 4, pass: 1, rounding: 1, fail: 1, notApplicable: 1 });
    const v = checkViews(checks, [fact({ id: 'x', item: '本年支出合计', published: '89.93' })]);
    expect(v.map((x) => x.check.check_id)).toEqual(['f', 'r', 'p', 'n']);
    expect(v[0].difference).toEqual({ wan: '-1.00 万元', yuan: '-10,000.00 元' });
    expect(v[0].figures[0]).toEqual({ quote: '', id: 'x', label: '本年支出合计 89.93 万元', href: '#q-0-1' });
    expect(checkCounts([])).toEqual({ ran: 0, pass: 0, rounding: 0, fail: 0, notApplicable: 0 });
    // An operand without a value says why, never a number: not stated, withheld, or an empty table cell.
    const gap = (status: 'reported' | 'withheld' | 'empty') =>
      checkViews([c('fail', 'g')], [fact({ id: 'x', item: '项目支出', published: '', value: null, fen: null, status })])[0].figures[0].label;
    expect([gap('reported'), gap('withheld'), gap('empty')]).toEqual(['项目支出 文件未载明', '项目支出 涉密不予公开', '项目支出 本表无数据']);
  });

  it('build date honours SOURCE_DATE_EPOCH (China time)', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1718640000' })).toBe('2024-06-18');
    expect(buildDate({}, new Date('2024-06-17T20:00:00Z'))).toBe('2024-06-18');
  });
});
