import { describe, expect, it } from 'vitest';
import { draftIndicators } from '../../../src/draft/indicators';
import { blocksOf, rowsOf } from '../../../src/draft/layout';
import { ctxOf } from '../../support/draft';

function draft(src: string) {
  const ctx = ctxOf(src);
  return draftIndicators(ctx, blocksOf(rowsOf(ctx.lines), ctx.lines));
}
const ind = (src: string) =>
  draft(src).indicators.map((i) =>
    [i.row.row_kind, i.row.scope, i.row.level1, i.row.level2, i.row.level3, i.row.target, i.row.actual, i.row.weight, i.row.score].join('|'),
  );

describe('indicator tables and funding blocks', () => {
  it('drafts a tab-separated project indicator table: sections with their weight, rows, the 总分 row and the project', () => {
    const src = [
      '一、基本情况\t项目名称\t示例宣传经费\t实施单位\t示例县委网信办',
      '四、年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值\t实际完成值\t分值\t自评得分',
      '\t产出指标（40）\t数量指标\t指标 1：开展宣传\t≥6 次\t8 次\t20\t20',
      '\t\t质量指标\t指标 1：稿件合格率\t≥95%\t96%\t20\t18',
      '总分\t\t\t\t\t\t100\t88',
    ].join('\n');
    const d = draft(src);
    expect(d.projects.map((p) => p.row.name)).toEqual(['示例宣传经费']);
    expect(ind(src)).toEqual([
      'section|project|产出指标|||||40|',
      'indicator|project|产出指标|数量指标|开展宣传|≥6 次|8 次|20|20',
      'indicator|project|产出指标|质量指标|稿件合格率|≥95%|96%|20|18',
      'total|project|总分|||||100|88',
    ]);
    expect(d.facts.map((f) => [f.row.concept, f.row.value, f.row.project_id])).toEqual([['evaluation_total_score', '88', 'p1']]);
  });

  it('drafts a flattened department table: the funding block into facts and a funding row, indicator rows by header position', () => {
    const src = [
      '\t年度预算申请',
      '\t',
      '\t年初预算数',
      '\t全年预算数',
      '\t全年执行数',
      '\t分值',
      '\t执行率',
      '\t自评得分',
      '',
      '\t',
      '\t年度资金总额',
      '\t10.00',
      '\t12.00',
      '\t12.00',
      '\t10',
      '\t100%',
      '\t10',
      '',
      '\t绩效指标',
      '\t一级指标',
      '\t二级指标',
      '\t三级指标',
      '\t年度指标值',
      '\t实际完成值',
      '\t分值',
      '\t自评得分',
      '\t偏差原因',
      '',
      '\t',
      '\t产出指标',
      '(50 分)',
      '\t数量指标',
      '\t制度完善',
      '\t100%',
      '\t100%',
      '\t10',
      '\t10',
      '\t',
      '',
      '\t',
      '\t总分',
      '\t100',
      '\t95',
      '',
    ].join('\n');
    const d = draft(src);
    expect(d.facts.map((f) => [f.row.concept, f.row.phase, f.row.value].join(' '))).toEqual([
      'expenditure_total initial_budget 10.00',
      'expenditure_total adjusted_budget 12.00',
      'expenditure_total actual 12.00',
      'execution_rate none 100',
      'evaluation_total_score none 95',
    ]);
    expect(ind(src)).toEqual([
      'funding|department|预算执行率||年度资金总额||100%|10|10',
      'section|department|产出指标|||||50|',
      'indicator|department|产出指标|数量指标|制度完善|100%|100%|10|10',
      'total|department|总分|||||100|95',
    ]);
    // The indicator row's quote starts after the section cell (quotes nest, never cross).
    expect(d.indicators[2].row.quote.startsWith('\t数量指标')).toBe(true);
  });
});
