/**
 * The phase and scope conventions of content/README.md as the sentence rules
 * apply them, on small texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { draftBasicData } from '../../../src/draft/basic-data';
import { functionalNames } from '../../../src/draft/functional-names';
import { blocksOf, rowsOf } from '../../../src/draft/layout';
import { draftSentences } from '../../../src/draft/sentences';
import { linesOf, sectionsOf } from '../../../src/draft/text';
import { ctxOf } from '../../support/draft';

const CODES = [
  { code: '201', name: '一般公共服务支出' },
  { code: '20132', name: '组织事务' },
  { code: '2013201', name: '行政运行' },
  { code: '20137', name: '网信事务' },
  { code: '2013701', name: '行政运行' },
  { code: '2013799', name: '其他网信事务支出' },
];

function draft(source: string) {
  const lines = linesOf(source);
  return draftSentences({ source, lines, sections: sectionsOf(lines), tableLines: new Set(), covered: () => false, functionalNames: functionalNames(CODES) });
}
const brief = (src: string) => draft(src).map((f) => [f.row.concept, f.row.phase, f.row.scope, f.row.code, f.row.value, f.row.unit].filter(Boolean).join(' '));

describe('phase conventions', () => {
  it('a part in brackets (含 …) takes the stage of its whole only inside the brackets', () => {
    expect(brief('本部门年初预算收入 20.00 万元，调整预算数 25.00 万元（含结转和结余 1.00 万元），支出 24.00 万元。')).toEqual([
      'income_total initial_budget all 20.00 万元',
      'income_total adjusted_budget all 25.00 万元',
      'carryover_begin adjusted_budget all 1.00 万元',
      'expenditure_total actual all 24.00 万元',
    ]);
  });

  it('parts listed after 其中 keep the stage of their whole to the end of the sentence', () => {
    expect(brief('项目支出年初预算9万元，其中：基本支出6万元，项目支出3万元。')).toEqual([
      'project_expenditure initial_budget all 9 万元',
      'basic_expenditure initial_budget all 6 万元',
      'project_expenditure initial_budget all 3 万元',
    ]);
  });

  it('assets are positions at a date: phase none, scope unspecified; an asset usage rate is left out, not read as budget execution', () => {
    expect(brief('年末资产总额12.50万元，固定资产原值20.00万元，在用资产20.00万元，资产使用率100%。')).toEqual([
      'assets_total none unspecified 12.50 万元',
      'fixed_assets_original none unspecified 20.00 万元',
      'assets_in_use none unspecified 20.00 万元',
    ]);
  });

  it('a ratio between two stages (执行率, 完成预算安排的 …%) has phase none', () => {
    expect(brief('本年整体支出全年预算数50万元，执行数45万元，完成预算的90%。')).toEqual([
      'expenditure_total adjusted_budget all 50 万元',
      'expenditure_total actual all 45 万元',
      'execution_rate none all 90 %',
    ]);
    expect(brief('基本支出实际支出8万元，完成预算安排的100%。').at(-1)).toBe('execution_rate none all 100 %');
  });

  it('counts: a (含 …) count is a part of the count before it; 实际工作 staff; a count of the county itself is no work volume', () => {
    const facts = draft('内设科室 4 个（含 1 个事业单位），实际工作5人，全县12个乡镇均已覆盖。');
    expect(facts.map((f) => `${f.row.concept} ${f.row.phase} ${f.row.value}${f.row.unit}`)).toEqual([
      'internal_units none 4个',
      'internal_units none 1个',
      'staff_working none 5人',
    ]);
    expect(facts[1].row.part_of).toBe(facts[0].row.fact_id);
    expect(facts[1].row.item).toBe('事业单位');
  });

  it('the staff block of a 基础数据表: headcount and control rate have phase none', () => {
    const ctx = ctxOf(['财政供养人员情况（人）\t编制数\t2025 年实际在职人数\t控制率', '\t10\t8\t80%'].join('\n'));
    const facts = draftBasicData(ctx, blocksOf(rowsOf(ctx.lines), ctx.lines), 2025);
    expect(facts.map((f) => `${f.row.concept} ${f.row.phase} ${f.row.value}`)).toEqual([
      'staff_authorised none 10',
      'staff_actual none 8',
      'control_rate none 80',
    ]);
  });
});

describe('scope conventions', () => {
  it('flows of money with no source named are all: 会议费, 政府采购 included', () => {
    expect(brief('本部门开支会议费0.30万元；政府采购支出总额2.00万元，其中：政府采购货物支出2.00万元。')).toEqual([
      'meeting_fees actual all 0.30 万元',
      'procurement_total actual all 2.00 万元',
      'procurement_goods actual all 2.00 万元',
    ]);
  });

  it('a share printed without its amount takes the scope of the money its label names', () => {
    expect(brief('货物采购授予中小企业合同金额占货物支出金额的100%。')).toEqual(['share actual all 100 %']);
  });

  it('全部为财政资金 makes the sentence fiscal; 项目资金收入 is funds received and the bare 支出 after it the project money spent', () => {
    expect(brief('示例项目资金收入12.00万元，支出11.00万元，全部为财政资金，资金到位率100%，实际使用率91.67%。')).toEqual([
      'project_expenditure funds_received fiscal 12.00 万元',
      'project_expenditure actual fiscal 11.00 万元',
      'funds_in_place_rate none fiscal 100 %',
      'execution_rate none fiscal 91.67 %',
    ]);
  });
});

describe('functional codes from names', () => {
  it('resolves a 类/款/项 path under each parent, and only names unique in the registry', () => {
    const names = functionalNames(CODES);
    expect(names.path('1、一般公共服务（类）组织事务（款）行政运行（项）。')).toBe('2013201');
    expect(names.path('一般公共服务（类）网信事务（款）其他网信事务支出（项）')).toBe('2013799');
    expect(names.path('一般公共服务（类）宣传事务（款）行政运行（项）')).toBeNull();
    expect(names.unique('组织事务支出支出')).toBe('20132');
    expect(names.unique('行政运行')).toBeNull();
  });

  it('amounts under a class heading get its code', () => {
    expect(brief('1、一般公共服务（类）网信事务（款）行政运行（项）。\n\n年初预算为5万元，支出决算为6万元。')).toEqual([
      'expenditure_total initial_budget all 2013701 5 万元',
      'expenditure_total actual all 2013701 6 万元',
    ]);
  });

  it('classes listed after 主要有 are coded parts of the concept before it; a class amount outside a list is left out', () => {
    expect(brief('本年度项目支出主要有组织事务支出1.00万元，网信事务支出2.00万元。')).toEqual([
      'project_expenditure actual all 20132 1.00 万元',
      'project_expenditure actual all 20137 2.00 万元',
    ]);
    expect(brief('网信事务支出2.00万元。')).toEqual([]);
  });
});

describe('comparisons stated in words', () => {
  it('决算数与预算数一致 / 决算数等于年初预算数: a comparison of the budget and actual amounts of the same concept before it', () => {
    const facts = draft('“三公”经费财政拨款支出预算为1万元，支出决算为1万元；与上年相比增加0万元。决算数与预算数一致，严格按预算执行。');
    const claim = facts.at(-1)!.row;
    const byId = new Map(facts.map((f) => [f.row.fact_id, f.row]));
    expect([claim.concept, claim.phase, claim.scope, claim.value, claim.unit]).toEqual(['comparison', 'none', 'fiscal', '一致', '文字']);
    expect([byId.get(claim.of)?.phase, byId.get(claim.base)?.phase, byId.get(claim.base)?.concept]).toEqual([
      'actual',
      'adjusted_budget',
      'three_public_total',
    ]);

    const initial = draft('项目支出年初预算2万元，决算数为3万元，决算数等于年初预算数。');
    const c = initial.at(-1)!.row;
    expect([c.concept, c.value, initial.find((f) => f.row.fact_id === c.base)?.row.phase]).toEqual(['comparison', '等于', 'initial_budget']);
  });

  it('no comparison without a word of agreement or without the two amounts', () => {
    expect(draft('项目支出年初预算2万元，决算数为3万元。决算数与预算数存在差异。').map((f) => f.row.concept)).not.toContain('comparison');
    expect(draft('决算数与预算数一致。')).toEqual([]);
  });
});
