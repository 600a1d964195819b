import { describe, expect, it } from 'vitest';
import { run, only, ofRule, wan, fact, expectOneSentence } from '../../support/checks';

const t01 = (v: string, more = {}) => wan('t01.exp', 'expenditure_total', v, { table: '公开01表', item: '本年支出合计', scope: 'all', ...more });
const t03 = (v: string, more = {}) =>
  wan('t03.exp', 'expenditure_total', v, { table: '公开03表', item: '合计', column: '本年支出合计（栏次1）', scope: 'all', ...more });
const text = (v: string, more = {}) => wan('text.exp', 'expenditure_total', v, { section: '三、支出决算情况说明', item: '支出合计', scope: 'all', ...more });
const annex = (v: string, more = {}) =>
  wan('annex.exp', 'expenditure_total', v, { section: '附件 二、一般公共预算支出情况', item: '财政拨款支出', scope: 'fiscal', ...more });
/** The document states that there is no government-fund money: all scopes are one. */
const noOtherMoney = wan('t07.empty', 'expenditure_total', null, { status: 'empty', scope: 'government_fund', table: '公开07表' });

describe('same_quantity: one quantity stated in several places', () => {
  it('passes when the places agree, comparing each with one reference (not every pair)', () => {
    const rs = ofRule(run([t01('89.93'), t03('89.93'), text('89.93')]), 'same_quantity');
    expect(rs.map((r) => [r.check_id, r.status])).toEqual([
      ['same.expenditure_total.actual.all@t03.exp=t01.exp', 'pass'],
      ['same.expenditure_total.actual.all@text.exp=t01.exp', 'pass'],
    ]);
    expect(rs[0].message).toBe(
      '同一个数在不同地方应写得一样（本年支出合计）：公开01表写本年支出合计89.93万元，公开03表写合计（本年支出合计）89.93万元，两处一致。',
    );
  });

  it('is rounding when one place prints fewer decimals', () => {
    const r = only(run([t01('10.679144'), text('10.68')]), 'same_quantity');
    expect(r).toMatchObject({ status: 'rounding', stated: '10.68', computed: '10.679144', difference_yuan: '8.56', tolerance_yuan: '50.00' });
  });

  it('fails for 攸县: the annex says 88.93 where the tables say 89.93', () => {
    const rs = ofRule(run([t01('89.93'), t03('89.93'), text('89.93'), annex('88.93'), noOtherMoney]), 'same_quantity');
    const r = rs.find((x) => x.fact_ids[0] === 'annex.exp')!;
    expect(r).toMatchObject({ status: 'fail', stated: '88.93', computed: '89.93', difference_yuan: '-10000.00', tolerance_yuan: '100.00' });
    expect(r.message).toContain('公开01表写本年支出合计89.93万元，“附件 二、一般公共预算支出情况”部分却写财政拨款支出88.93万元，相差1万元（10,000元）');
    expectOneSentence(r);
    // The other places agree with the reference.
    expect(rs.filter((x) => x !== r).map((x) => x.status)).toEqual(['pass', 'pass']);
  });

  it('takes the value stated in most places as the reference', () => {
    // 衡山: text 163.672206 twice, the funding block 162.935556 once.
    const facts = [
      wan('annex2', 'expenditure_total', '162.935556', { table: '附件二', scope: 'all', line: 1 }),
      wan('text1', 'expenditure_total', '163.672206', { section: '2.部门决算情况', scope: 'all', line: 2 }),
      wan('text2', 'expenditure_total', '163.672206', { section: '一般公共预算支出情况', scope: 'all', line: 3 }),
    ];
    const rs = ofRule(run(facts), 'same_quantity');
    expect(rs.map((r) => [r.fact_ids, r.status])).toEqual([
      [['annex2', 'text1'], 'fail'],
      [['text2', 'text1'], 'pass'],
    ]);
    expect(rs[0].difference_yuan).toBe('-7366.50');
  });

  it('does not check a quantity stated only once, nor two values stated in one place', () => {
    expect(ofRule(run([t01('89.93')]), 'same_quantity')).toHaveLength(0);
    const oneSentence = [
      fact({ id: 'a', concept: 'fixed_assets_original', value: '16.52', phase: 'none', section: 's' }),
      fact({ id: 'b', concept: 'fixed_assets_original', value: '18.17', phase: 'none', section: 's' }),
    ];
    expect(ofRule(run(oneSentence), 'same_quantity')).toHaveLength(0);
  });

  it('keeps phases, codes and projects apart', () => {
    const facts = [
      t01('89.93'),
      text('0', { phase: 'initial_budget' }),
      t03('39.78', { code: '2013701', code_system: 'functional' }),
      wan('p', 'expenditure_total', '5', { project_id: 'x', scope: 'all', section: 'y' }),
    ];
    expect(ofRule(run(facts), 'same_quantity')).toHaveLength(0);
  });

  it('is not applicable when one place withholds the figure (withheld is never zero)', () => {
    const r = only(run([t01('89.93'), text(null as unknown as string, { status: 'withheld' })]), 'same_quantity');
    expect(r.status).toBe('not_applicable');
    expect(r.message).toContain('涉密未公开');
  });
});

describe('same_quantity: funding scopes', () => {
  it('compares all / fiscal / general_budget / unspecified only when the document shows there is no other money', () => {
    // Without evidence: a fiscal figure and an all-funds figure are different quantities.
    expect(ofRule(run([t01('89.93'), annex('88.93')]), 'same_quantity')).toHaveLength(0);
    // With an empty government-fund table (本表无数据), they are the same quantity.
    expect(only(run([t01('89.93'), annex('88.93'), noOtherMoney]), 'same_quantity').status).toBe('fail');
    // Evidence of other money (a non-zero 事业收入) keeps them apart.
    const other = wan('biz', 'business_income', '5.00', { scope: 'all' });
    expect(ofRule(run([t01('89.93'), annex('88.93'), noOtherMoney, other]), 'same_quantity')).toHaveLength(0);
  });

  it('treats fiscal and general_budget as one when government-fund money is shown to be zero', () => {
    const a = wan('a', 'expenditure_total', '10.00', { scope: 'fiscal', table: '公开04表' });
    const b = wan('b', 'expenditure_total', '11.00', { scope: 'general_budget', table: '公开05表' });
    expect(ofRule(run([a, b]), 'same_quantity')).toHaveLength(0);
    const gf = wan('gf', 'expenditure_total', '0', { scope: 'government_fund', section: '八' });
    const biz = wan('biz', 'business_income', '3', { scope: 'all' });
    expect(only(run([a, b, gf, biz]), 'same_quantity').status).toBe('fail');
  });

  it('compares counts whatever their scope', () => {
    const s = (id: string, v: string, section: string) => fact({ id, concept: 'staff_authorised', value: v, phase: 'none', scope: 'unspecified', section });
    expect(only(run([s('a', '7', 'x'), s('b', '7', 'y')]), 'same_quantity')).toMatchObject({ status: 'pass', unit: '人', difference_yuan: null });
    expect(only(run([s('a', '7', 'x'), s('b', '8', 'y')]), 'same_quantity').status).toBe('fail');
  });
});
