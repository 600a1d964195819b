/**
 * The figures section's precomputed views (model/fact-groups.ts): groups in
 * one flat list with the shared heading printed once per part, and each row
 * as the strings the template places.
 */
import { describe, expect, it } from 'vitest';
import { factGroupViews, factRow } from '../../../../src/views/disclosure/fact-groups';
import type { Fact } from '../../../../src/schema/normalized';
import { literalFact as fact } from '../../../support/checks';

describe('factGroupViews', () => {
  const facts = [
    fact({ id: 'a', section: '第一部分 概况', line: 1 }),
    fact({ id: 'b', section: '第二部分 决算表', table: '公开01表', line: 5 }),
    fact({ id: 'c', section: '第二部分 决算表', table: '公开02表', line: 9 }),
    fact({ id: 'd', section: '附件', line: 12 }),
    fact({ id: 'e', section: '第二部分 决算表', table: '公开01表', line: 6 }),
  ];

  it('lists the fact groups in document order (part, table, line), each fact once', () => {
    const views = factGroupViews(facts);
    // By part, then table, then line: b and e share 公开01表.
    expect(views.map((v) => v.facts.map((f) => f.id))).toEqual([['a'], ['b', 'e'], ['c'], ['d']]);
    expect(views.flatMap((v) => v.facts).length).toBe(facts.length);
  });

  it("prints a part's heading once, before its first group, only when the part needs one", () => {
    const views = factGroupViews(facts);
    expect(views.map((v) => v.heading)).toEqual(['第一部分', '第二部分', null, null]);
    expect(views.map((v) => v.title)).toEqual(['概况', '决算表', '决算表', '附件']);
    expect(views.map((v) => v.table)).toEqual(['', '公开01表', '公开02表', '']);
  });
});

describe('factRow', () => {
  it('a reported amount: value, unit after a space, exact yuan, row id, link to its quote', () => {
    const r = factRow(
      fact({
        id: 't01.r1',
        concept_zh: '财政拨款收入',
        item: '一般公共预算财政拨款收入',
        published: '89.93',
        fen: 89_930_000,
        anchor: 'q-5-9',
        scope: 'general_budget',
      }),
    );
    expect(r).toMatchObject({
      rowId: 'f-t01.r1',
      concept: '财政拨款收入',
      detail: '一般公共预算财政拨款收入',
      href: '#q-5-9',
      text: '89.93',
      unit: ' 万元',
      yuan: '899,300.00 元',
      warn: false,
      state: '已公开',
    });
    expect(r.phaseScope).toContain('一般公共预算');
  });

  it('percent sticks to the number; the item equal to the concept and empty codes add nothing', () => {
    const r = factRow(
      fact({ concept_zh: '执行率', item: '执行率', published: '98.5', value: '98.5', unit: '%', fen: null, code: '2013701', code_name: '行政运行' }),
    );
    expect(r).toMatchObject({ unit: '%', yuan: null, detail: '2013701 行政运行' });
  });

  it('gaps are labelled, never zero, and flagged', () => {
    const r = factRow(fact({ published: '', value: null, fen: null, status: 'withheld' }));
    expect(r).toMatchObject({ text: '涉密不予公开', unit: '', warn: true });
    expect(factRow(fact({ published: '', value: null, fen: null })).text).toBe('文件未载明');
  });
});
