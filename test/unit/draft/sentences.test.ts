import { describe, expect, it } from 'vitest';
import { draftSentences } from '../../../src/draft/sentences';
import { linesOf, sectionsOf } from '../../../src/draft/text';

function draft(source: string) {
  const lines = linesOf(source);
  return draftSentences({ source, lines, sections: sectionsOf(lines), tableLines: new Set(), covered: () => false });
}
const brief = (src: string) =>
  draft(src).map((f) => [f.row.concept, f.row.phase, f.row.scope, f.row.value, f.row.unit, f.row.status, f.row.direction].filter(Boolean).join(' '));

describe('sentence figures', () => {
  it('drafts a share with its operands: of the amount before it, base the whole it names', () => {
    const facts = draft('本年基本支出20.00万元，其中：人员经费5.00万元，占基本支出的25.00%。');
    expect(facts.map((f) => f.row.concept)).toEqual(['basic_expenditure', 'personnel', 'share']);
    const share = facts[2].row;
    expect([share.of, share.base, share.value, share.unit]).toEqual([facts[1].row.fact_id, facts[0].row.fact_id, '25.00', '%']);
    expect(share.quote).toBe('人员经费5.00万元，占基本支出的25.00%');
    expect(share.note).toBe('draft: sentence share');
  });

  it('reads budget phases and lets a generic label inherit the sentence subject', () => {
    expect(brief('“三公”经费财政拨款支出预算为1.5万元，支出决算为1.2万元。')).toEqual([
      'three_public_total adjusted_budget fiscal 1.5 万元',
      'three_public_total actual fiscal 1.2 万元',
    ]);
    expect(brief('项目支出年初预算4.5万元。')).toEqual(['project_expenditure initial_budget all 4.5 万元']);
  });

  it('drafts changes with their direction', () => {
    expect(brief('机关运行经费支出3万元，比上年减少0.5万元。')).toEqual([
      'admin_running_costs actual all 3 万元',
      'change_amount actual all 0.5 万元 decrease',
    ]);
  });

  it('drafts a withheld amount as withheld (never zero) and a budget without data as empty', () => {
    expect(brief('其余6.5万元经费，因内容涉密，依法不予公开。')).toEqual(['project_withheld actual all 6.5 万元 withheld']);
    expect(brief('本年度我单位未安排政府性基金预算，无政府性基金预算支出。')).toEqual(['expenditure_total actual government_fund 万元 empty']);
  });

  it('drafts counts of staff, units and vehicles', () => {
    expect(brief('本部门共有编制人数 9 人，其中行政编制 6 名，实有人数 8 人，内设机构 3 个，车辆0辆。')).toEqual([
      'staff_authorised none unspecified 9 人',
      'staff_authorised_admin none unspecified 6 名',
      'staff_actual none unspecified 8 人',
      'internal_units none unspecified 3 个',
      'vehicles none unspecified 0 辆',
    ]);
  });

  it('leaves out amounts whose label names no known concept (precision over recall)', () => {
    expect(draft('对超过0.5万元的事项要认真研究，情况良好占优。')).toEqual([]);
  });

  it('skips figures a table row already covers', () => {
    const source = '人员经费5.00万元。';
    const lines = linesOf(source);
    expect(draftSentences({ source, lines, sections: sectionsOf(lines), tableLines: new Set(), covered: () => true })).toEqual([]);
  });

  it('drafts the amount of a project the sentence names, with the project and its purpose', () => {
    const source = '示例宣传项目资金，2025年实际支出3.5万元，主要用于宣传周活动等方面。';
    const lines = linesOf(source);
    const named: string[] = [];
    const facts = draftSentences({
      source,
      lines,
      sections: sectionsOf(lines),
      tableLines: new Set(),
      covered: () => false,
      project: (name, _s, _e, purpose) => (named.push(`${name}: ${purpose}`), 'p1'),
    });
    expect(named).toEqual(['示例宣传项目: 宣传周活动等方面']);
    expect(facts.map((f) => [f.row.concept, f.row.value, f.row.project_id])).toEqual([['project_amount', '3.5', 'p1']]);
  });
});
