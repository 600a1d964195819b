import { describe, expect, it } from 'vitest';
import { blocksOf, rowsOf } from '../../../src/draft/layout';
import { draftStandardTables } from '../../../src/draft/standard-tables';
import { ctxOf } from '../../support/draft';

function draft(src: string) {
  const ctx = ctxOf(src);
  return draftStandardTables(ctx, blocksOf(rowsOf(ctx.lines), ctx.lines));
}
const brief = (src: string) =>
  draft(src).facts.map((f) =>
    [f.row.concept, f.row.scope, f.row.code, f.row.value, f.row.part_of ? f.row.part_of.split('.').slice(1).join('.') : ''].join(' '),
  );

const INCOME = (sep: (cells: string[]) => string) =>
  [
    '收入决算表',
    '公开 02 表',
    '单位：万元',
    '',
    ...[
      ['项目', '', '本年收入合计', '财政拨款收入', '事业收入'],
      ['功能分类科目编码', '科目名称', '', '', ''],
      ['栏次', '', '1', '2', '3'],
      ['合计', '', '12.50', '12.00', '0.50'],
      ['201', '一般公共服务支出', '12.50', '12.00', '0.50'],
      ['20137', '网信事务', '12.50', '12.00', '0.50'],
    ].map(sep),
    '',
    '注：本表反映收入情况。',
  ].join('\n');

const EXPECTED_INCOME = [
  'income_total all  12.50 ',
  'fiscal_appropriation_income fiscal  12.00 ',
  'business_income all  0.50 ',
  'income_total all 201 12.50 total.income_total',
  'fiscal_appropriation_income fiscal 201 12.00 total.fiscal_appropriation_income.fiscal',
  'business_income all 201 0.50 total.business_income',
  'income_total all 20137 12.50 201.income_total',
  'fiscal_appropriation_income fiscal 20137 12.00 201.fiscal_appropriation_income.fiscal',
  'business_income all 20137 0.50 201.business_income',
];

describe('standard tables', () => {
  it('drafts every non-empty cell of a tab-separated income table with concept, scope, code and part_of', () => {
    expect(brief(INCOME((c) => c.join('\t')))).toEqual(EXPECTED_INCOME);
  });

  it('drafts the same cells from a space-aligned layout', () => {
    const src = [
      '收入决算表',
      '公开 02 表',
      '',
      '科目编码    科目名称            本年收入合计    财政拨款收入',
      '201         一般公共服务支出    12.50           12.00',
      '20137       网信事务            12.50           12.00',
      '',
      '注：本表反映收入情况。',
    ].join('\n');
    expect(brief(src)).toEqual([
      'income_total all 201 12.50 ',
      'fiscal_appropriation_income fiscal 201 12.00 ',
      'income_total all 20137 12.50 201.income_total',
      'fiscal_appropriation_income fiscal 20137 12.00 201.fiscal_appropriation_income.fiscal',
    ]);
  });

  it('drafts the same cells from a flattened layout (one cell per line)', () => {
    const flat = INCOME((c) => c.map((x) => `\t${x}`).join('\n') + '\n').replace(/\n\n注/, '\n注');
    expect(brief(flat)).toEqual(EXPECTED_INCOME);
  });

  it('quotes the whole row, says which rule drafted it and lists 栏次 and codes as not figures', () => {
    const d = draft(INCOME((c) => c.join('\t')));
    const f = d.facts.find((x) => x.row.code === '20137')!;
    expect(f.row.quote).toBe('20137\t网信事务\t12.50\t12.00\t0.50');
    expect(f.row.note).toMatch(/^draft: 公开02表 cell/);
    expect(f.row.table).toBe('公开02表');
    expect(d.notFigures.map((n) => n.reason).sort()).toEqual(['column_number', 'other', 'other']);
    expect(d.unclassified).toEqual([]);
  });

  it('lists a value in a column it cannot name as unclassified, never as a guessed figure', () => {
    const src = ['支出决算表', '公开 03 表', '项 目\t\t本年支出合计\t神秘支出', '功能分类科目编码\t科目名称\t\t', '201\t一般公共服务支出\t3.00\t1.00'].join(
      '\n',
    );
    const d = draft(src);
    expect(d.facts.map((f) => f.row.value)).toEqual(['3.00']);
    expect(d.unclassified.map((u) => u.line)).toEqual([5]);
  });

  it('drafts an empty table as one status=empty fact quoting the statement', () => {
    const src = [
      '政府性基金预算财政拨款支出决算表',
      '公开 07 表',
      '项 目\t\t年初结转和结余\t本年收入\t本年支出',
      '科目代码\t科目名称\t\t\t',
      '栏次\t\t1\t2\t3',
      '合计\t\t\t\t',
      '',
      '说明：本单位没有政府性基金收入，故本表无数据。',
    ].join('\n');
    const [f] = draft(src).facts;
    expect([f.row.status, f.row.scope, f.row.value, f.row.quote]).toEqual(['empty', 'government_fund', '', '说明：本单位没有政府性基金收入，故本表无数据。']);
  });

  it('drafts a 基本支出 detail table by economic code, classes part of the 人员经费 / 公用经费 totals of their column group', () => {
    const src = [
      '一般公共预算财政拨款基本支出决算明细表',
      '公开 06 表',
      '经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数',
      '301\t工资福利支出\t3.00\t302\t商品和服务支出\t2.00',
      '30101\t基本工资\t3.00\t30201\t办公费\t2.00',
      '人员经费合计\t\t3.00\t公用经费合计\t\t2.00',
    ].join('\n');
    expect(brief(src)).toEqual([
      'basic_expenditure general_budget 301 3.00 personnel',
      'basic_expenditure general_budget 302 2.00 running_costs',
      'basic_expenditure general_budget 30101 3.00 301',
      'basic_expenditure general_budget 30201 2.00 302',
      'personnel general_budget  3.00 ',
      'running_costs general_budget  2.00 ',
    ]);
  });

  it('drafts an income/expenditure summary table side by side, with functional classes by name', () => {
    const src = [
      '收入支出决算总表',
      '公开 01 表',
      '收入\t\t\t支出\t\t',
      '项目\t行次\t金额\t项目\t行次\t金额',
      '栏次\t\t1\t栏次\t\t2',
      '一、一般公共预算财政拨款收入\t1\t5.00\t一、一般公共服务支出\t3\t5.00',
      '本年收入合计\t2\t5.00\t本年支出合计\t4\t5.00',
    ].join('\n');
    const d = draft(src);
    expect(brief(src)).toEqual([
      'fiscal_appropriation_income general_budget  5.00 r2.income_total',
      'income_total all  5.00 ',
      'expenditure_total all 201 5.00 r4.expenditure_total',
      'expenditure_total all  5.00 ',
    ]);
    expect(d.notFigures.filter((n) => n.reason === 'row_number')).toHaveLength(4);
  });

  it('ignores tables whose headers it does not know', () => {
    expect(draft('甲\t乙\n1.00\t2.00').facts).toEqual([]);
  });
});
