import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/draft/check';
import { draftDisclosure } from '../../../src/draft/draft';
import { evaluateDraft } from '../../../src/draft/evaluate';
import { csvOf } from '../../../src/draft/writer';
import { FACT_COLUMNS } from '../../../src/schema/curated';
import { registries, registryText } from '../../support/draft';

/** A small 部门决算 of the fixture county, written for this test. */
const DOC = [
  '2025年度',
  '中共示例县委网络安全和信息化委员会办公室',
  '部门决算',
  '',
  '第一部分 部门概况',
  '',
  '一、部门职责',
  '',
  '负责全县网络安全和信息化工作。本部门共有编制人数 5 人，实有人数 4 人。',
  '',
  '第二部分',
  '',
  '2025年度部门决算表',
  '',
  '支出决算表',
  '',
  '公开 03 表',
  '单位：万元',
  '',
  '项 目\t\t本年支出合计\t基本支出\t项目支出',
  '功能分类科目编码\t科目名称\t\t\t',
  '栏次\t\t1\t2\t3',
  '合计\t\t20.00\t15.00\t5.00',
  '201\t一般公共服务支出\t20.00\t15.00\t5.00',
  '20137\t网信事务\t20.00\t15.00\t5.00',
  '2013701\t行政运行\t15.00\t15.00\t',
  '2013799\t其他网信事务支出\t5.00\t\t5.00',
  '',
  '注：本表反映部门本年度各项支出情况。',
  '',
  '一般公共预算财政拨款基本支出决算明细表',
  '',
  '公开 06 表',
  '',
  '经济分类科目编码    科目名称        决算数    经济分类科目编码    科目名称      决算数',
  '301                 工资福利支出    12.00     302                 商品和服务支出  3.00',
  '30101               基本工资        12.00     30201               办公费        3.00',
  '人员经费合计                        12.00     公用经费合计                      3.00',
  '',
  '注：本表反映基本支出明细情况。',
  '',
  '第三部分 情况说明',
  '',
  '一、支出决算情况说明',
  '',
  '2025年度支出合计20.00万元，其中：基本支出15.00万元，占75.00%；项目支出5.00万元，占25.00%。',
  '人员经费12.00万元，占基本支出的80.00%，公用经费3.00万元，占基本支出的20.00%。',
  '其余2.5万元经费，因内容涉密，依法不予公开。',
  '本年度完成专项任务7项，满意度达到96.5%。',
  '',
  '二、存在的问题',
  '',
  '预算编制不够细化。',
  '',
  '填报日期：2026.3.5',
].join('\n');

describe('draft of a fixture document', () => {
  const draft = draftDisclosure(DOC, registries(), { sourceFile: 'fixture.txt' });

  it('derives the id and passes the curated-data checker as it stands', () => {
    expect(draft.id).toBe('439901-cac-2025-final-accounts');
    const problems = checkDraft(draft.id!, { ...draft.files, 'source.txt': DOC }, registryText());
    expect(problems).toEqual([]);
  });

  it('drafts the tables (tab-separated and space-aligned) and the sentences', () => {
    const table = draft.facts.filter((f) => f.kind === 'table');
    expect(table.filter((f) => f.row.table === '公开03表')).toHaveLength(13);
    expect(table.filter((f) => f.row.table === '公开06表').map((f) => f.row.code || f.row.concept)).toEqual([
      '301',
      '302',
      '30101',
      '30201',
      'personnel',
      'running_costs',
    ]);
    const withheld = draft.facts.find((f) => f.row.status === 'withheld');
    expect(withheld?.row.value).toBe('2.5');
  });

  it('lists in REVIEW.md the counted numbers no row covers, with their lines', () => {
    const missing = draft.uncovered.missing.map((m) => m.text);
    expect(missing).toEqual(['96.5']);
    const line = DOC.split('\n').findIndex((l) => l.includes('96.5')) + 1;
    expect(draft.uncovered.missing[0].line).toBe(line);
    expect(draft.files['REVIEW.md']).toContain(`| ${line} | 96.5 |`);
  });

  it('scores a draft against a curation: itself gives full recall and precision, a changed concept loses one figure', () => {
    const rows = draft.facts.map((f) => f.row);
    const self = evaluateDraft(DOC, draft, csvOf(FACT_COLUMNS, rows), null);
    expect(self.table.matched).toBe(self.table.curated);
    expect(self.table.matchedDrafted).toBe(self.table.drafted);
    expect(self.sentence.matched).toBe(self.sentence.curated);
    const changed = rows.map((r, i) => (i === 0 ? { ...r, concept: 'other_amount' } : r));
    const e = evaluateDraft(DOC, draft, csvOf(FACT_COLUMNS, changed), null);
    expect(e.table.matched + e.sentence.matched).toBe(rows.length - 1);
  });
});
