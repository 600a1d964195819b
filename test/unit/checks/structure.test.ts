/**
 * The structural rules and the comparative-statement rule, each with a
 * document that meets it, one that partly meets it, one that fails it and one
 * where it does not apply.
 */
import { describe, expect, it } from 'vitest';
import { runChecks, type DocumentInput } from '../../../src/checks';
import { STANDARD_TABLES, tableNumber } from '../../../src/checks/standard-tables';
import { checkResultSchema, type CheckResult, type Fact, type Indicator, type NarrativeEntry } from '../../../src/schema/normalized';
import { expectOneSentence, fact, indicator, wan } from '../../support/checks';

function doc(kind: DocumentInput['kind'], source: string, narrative: NarrativeEntry[] = []): DocumentInput {
  return { kind, source, narrative };
}
const note = (kind: string, text: string): NarrativeEntry => ({ kind, kind_zh: kind, title: kind, status: 'reported', text, anchor: 'q-0-1', line: 1 });

function runDoc(d: DocumentInput, facts: Fact[] = [], indicators: Indicator[] = []): CheckResult[] {
  const results = runChecks({ facts, indicators, projects: [], document: d });
  for (const r of results) {
    checkResultSchema.parse(r);
    expectOneSentence(r);
  }
  expect(new Set(results.map((r) => r.check_id)).size).toBe(results.length);
  return results;
}
const brief = (rs: CheckResult[], rule: string) => rs.filter((r) => r.rule === rule).map((r) => `${r.status} ${r.check_id} ${r.stated}/${r.computed}`);

/** A final-accounts text with the given tables (number → body) and explanation sections. */
function finalAccounts(tables: Record<number, string>, sections: string[]): string {
  const toc = ['目录', ...sections.map((s) => `- ${s}`)].join('\n');
  const body = Object.entries(tables)
    .map(([n, b]) => `${STANDARD_TABLES[Number(n) - 1]}\n\n公开 0${n} 表\n单位：万元\n${b}\n`)
    .join('\n');
  const text = sections.map((s) => `${s}\n\n${s.replace(/^[一二三四五六七八九十]+、/, '')}的具体内容写在这里，共有足够多的文字。`).join('\n\n');
  return `${toc}\n\n第二部分\n\n${body}\n第三部分\n\n${text}\n`;
}
const cell = (n: number, id: string, v: string | null, more: Partial<Fact> = {}) =>
  wan(id, 'expenditure_total', v, { table: tableNumber(n), scope: 'all', ...more });
const ALL_TABLES = Object.fromEntries(STANDARD_TABLES.map((_, i) => [i + 1, `合计\t1.00`]));
const allCells = () => STANDARD_TABLES.map((_, i) => cell(i + 1, `t${i + 1}`, '1.00'));

describe('standard_tables: the nine 公开表 and their empty-table statements', () => {
  it('meets: all nine tables with data', () => {
    const rs = runDoc(doc('final-accounts', finalAccounts(ALL_TABLES, [])), allCells());
    expect(brief(rs, 'standard_tables')).toEqual(STANDARD_TABLES.map((_, i) => `pass structure.table.0${i + 1} 1/1`));
  });

  it('partly: two tables missing; an empty table with its statement passes, one without fails', () => {
    const tables = {
      ...ALL_TABLES,
      7: '合计\t\n\n说明：我单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。',
      8: '合计\t\n\n注：本表反映国有资本经营预算支出情况。',
    } as Record<number, string>;
    delete tables[3];
    delete tables[4];
    const facts = allCells().filter((f) => !['t3', 't4', 't7', 't8'].includes(f.id));
    const rs = runDoc(doc('final-accounts', finalAccounts(tables, [])), facts);
    const b = brief(rs, 'standard_tables');
    expect(b.filter((x) => x.startsWith('fail'))).toEqual(['fail structure.table.03 0/1', 'fail structure.table.04 0/1', 'fail structure.table.08.empty 0/1']);
    expect(b).toContain('pass structure.table.07 1/1');
    expect(b).toContain('pass structure.table.07.empty 1/1');
    expect(rs.find((r) => r.check_id === 'structure.table.07.empty')!.message).toContain('故本表无数据');
  });

  it('a curated empty figure carries the statement', () => {
    const tables = { ...ALL_TABLES, 7: '合计' };
    const facts = [...allCells().filter((f) => f.id !== 't7'), cell(7, 't7.empty', null, { status: 'empty', quote: '本单位无政府性基金预算支出' })];
    const rs = runDoc(doc('final-accounts', finalAccounts(tables, [])), facts);
    expect(rs.find((r) => r.check_id === 'structure.table.07.empty')).toMatchObject({ status: 'pass', fact_ids: ['t7.empty'] });
  });

  it('fails: no table at all', () => {
    const rs = runDoc(doc('final-accounts', '第一部分 部门概况\n\n一、部门职责\n\n负责全县网络安全和信息化工作的统筹协调。'));
    expect(brief(rs, 'standard_tables')).toEqual(STANDARD_TABLES.map((_, i) => `fail structure.table.0${i + 1} 0/1`));
  });

  it('does not apply to a self-evaluation (no result, never a failure)', () => {
    expect(brief(runDoc(doc('performance-self-evaluation', finalAccounts({}, []))), 'standard_tables')).toEqual([]);
  });
});

const SECTIONS = [
  '一、收入支出决算总体情况说明',
  '七、财政拨款三公经费支出决算情况说明',
  '九、关于机关运行经费支出说明',
  '十一、关于政府采购支出说明',
  '十二、关于国有资产占用情况说明',
  '十三、关于预算绩效情况的说明',
  '十四、名词解释',
];

describe('required_sections: the written explanation', () => {
  const full = finalAccounts({}, SECTIONS)
    .replace('财政拨款三公经费支出决算情况说明的具体内容', '三公经费比上年减少，主要原因是厉行节约，具体内容')
    .replace('关于政府采购支出说明的具体内容', '政府采购货物支出1万元、工程支出0万元、服务支出0万元，授予中小企业合同金额1万元，占100%，具体内容');

  it('meets: every part, 三公 with its reasons, 政府采购 by kind with the SME share', () => {
    expect(brief(runDoc(doc('final-accounts', full)), 'required_sections').every((x) => x.startsWith('pass'))).toBe(true);
  });

  it('partly: 三公 without reasons, 政府采购 without the breakdown; table-of-contents entries do not count', () => {
    const rs = runDoc(doc('final-accounts', finalAccounts({}, SECTIONS.slice(0, 4)) + '\n目录外只剩一行：十二、关于国有资产占用情况说明'));
    expect(brief(rs, 'required_sections')).toEqual([
      'pass structure.section.income_expenditure 1/1',
      'fail structure.section.three_public 1/2',
      'pass structure.section.admin_running_costs 1/1',
      'fail structure.section.procurement 1/3',
      'fail structure.section.state_assets 0/1',
      'fail structure.section.performance 0/1',
      'fail structure.section.glossary 0/1',
    ]);
  });

  it('fails: only headings in a table of contents', () => {
    const toc = ['目录', ...SECTIONS.map((s) => `- ${s}`)].join('\n');
    expect(brief(runDoc(doc('final-accounts', toc)), 'required_sections').every((x) => x.startsWith('fail') && x.endsWith(' 0/' + x.split('/')[1]))).toBe(true);
  });

  it('does not apply to a self-evaluation', () => {
    expect(brief(runDoc(doc('performance-self-evaluation', full)), 'required_sections')).toEqual([]);
  });
});

describe('classification_depth: 功能分类 to 项, 经济分类 to 款', () => {
  const f = (id: string, code: string, system: 'functional' | 'economic') => wan(id, 'expenditure_total', '1', { code, code_system: system });
  it('meets', () => {
    expect(brief(runDoc(doc('final-accounts', 'x'), [f('a', '2013701', 'functional'), f('b', '30101', 'economic')]), 'classification_depth')).toEqual([
      'pass structure.classification.functional 7/7',
      'pass structure.classification.economic 5/5',
    ]);
  });
  it('partly: 功能分类 only to 款', () => {
    expect(brief(runDoc(doc('final-accounts', 'x'), [f('a', '20137', 'functional'), f('b', '30101', 'economic')]), 'classification_depth')).toEqual([
      'fail structure.classification.functional 5/7',
      'pass structure.classification.economic 5/5',
    ]);
  });
  it('fails: no coded figure', () => {
    expect(brief(runDoc(doc('final-accounts', 'x'), [wan('a', 'expenditure_total', '1')]), 'classification_depth')).toEqual([
      'fail structure.classification.functional null/7',
      'fail structure.classification.economic null/5',
    ]);
  });
  it('does not apply to a self-evaluation', () => {
    expect(brief(runDoc(doc('performance-self-evaluation', 'x')), 'classification_depth')).toEqual([]);
  });
});

describe('evaluation_parts: what a self-evaluation report states', () => {
  const funding = [
    wan('ib', 'expenditure_total', '10', { phase: 'initial_budget' }),
    wan('ab', 'expenditure_total', '10', { phase: 'adjusted_budget' }),
    wan('ac', 'expenditure_total', '9', { phase: 'actual' }),
    fact({ id: 'er', concept: 'execution_rate', value: '90', of: 'ac', base: 'ab' }),
    fact({ id: 'ts', concept: 'evaluation_total_score', value: '95', phase: 'none' }),
    fact({ id: 'gr', concept: 'evaluation_grade', value: '优秀', unit: '文字', phase: 'none' }),
  ];
  const rows = [
    indicator({ id: 'i1', level1: '产出指标(10)', level3: '指标1', weight: '10', score: '9' }),
    indicator({ id: 'i2', level1: '效益指标', level3: '指标2', weight: '5', score: '5' }),
  ];
  const narrative = [note('problems', '问题'), note('measures', '措施')];

  it('meets: funding block, indicator rows with weights and scores, total and grade, problems and measures', () => {
    expect(brief(runDoc(doc('performance-self-evaluation', 'x', narrative), funding, rows), 'evaluation_parts')).toEqual([
      'pass structure.evaluation.funding 4/4',
      'pass structure.evaluation.indicators 2/2',
      'pass structure.evaluation.result 2/2',
      'pass structure.evaluation.problems_measures 2/2',
    ]);
  });

  it('partly: no 年初预算, a row without a score, no grade, no measures; a weight stated for the 一级指标 counts', () => {
    const partial = funding.filter((f) => f.id !== 'ib' && f.id !== 'gr');
    const inds = [
      indicator({ id: 's', row_kind: 'section', level1: '产出指标', weight: '10' }),
      indicator({ id: 'i1', level1: '产出指标', level3: '指标1', score: '9' }),
      indicator({ id: 'i2', level1: '产出指标', level3: '指标2', weight: '5' }),
    ];
    expect(brief(runDoc(doc('performance-self-evaluation', 'x', [note('problems', '问题')]), partial, inds), 'evaluation_parts')).toEqual([
      'fail structure.evaluation.funding 3/4',
      'fail structure.evaluation.indicators 1/2',
      'fail structure.evaluation.result 1/2',
      'fail structure.evaluation.problems_measures 1/2',
    ]);
  });

  it('fails: nothing of it; blank template rows are not indicators', () => {
    expect(brief(runDoc(doc('performance-self-evaluation', 'x'), [], [indicator({ id: 'blank', level1: '效益指标' })]), 'evaluation_parts')).toEqual([
      'fail structure.evaluation.funding 0/4',
      'fail structure.evaluation.indicators 0/0',
      'fail structure.evaluation.result 0/2',
      'fail structure.evaluation.problems_measures 0/2',
    ]);
  });

  it('does not apply to final accounts', () => {
    expect(brief(runDoc(doc('final-accounts', 'x', narrative), funding, rows), 'evaluation_parts')).toEqual([]);
  });
});

describe('statement: a comparison in words against the figures it names', () => {
  const pair = (a: string, b: string, decimals = true) =>
    [wan('act', 'expenditure_total', a), wan('bud', 'expenditure_total', b, { phase: 'initial_budget' })].map((f) => (decimals ? f : f));
  const claim = (word: string) =>
    fact({ id: 'c', concept: 'comparison', value: word, unit: '文字', phase: 'none', of: 'act', base: 'bud', item: `决算数${word}年初预算数` });
  const status = (facts: Fact[]) =>
    runChecks({ facts, indicators: [], projects: [] })
      .filter((r) => r.rule === 'statement')
      .map((r) => r.status);

  it('meets: 等于 for equal figures, 增加 for a real increase, 减少 for a real decrease', () => {
    expect(status([...pair('10.00', '10.00'), claim('等于')])).toEqual(['pass']);
    expect(status([...pair('12.00', '10.00'), claim('有所增加')])).toEqual(['pass']);
    expect(status([...pair('8.00', '10.00'), claim('下降')])).toEqual(['pass']);
  });

  it('partly (within rounding): 持平 for figures a rounding apart, 增加 for a difference rounding may explain', () => {
    expect(status([...pair('10.01', '10'), claim('持平')])).toEqual(['rounding']);
    expect(status([...pair('10.3', '10'), claim('增加')])).toEqual(['rounding']);
  });

  it('fails: 等于 for 39.78 against 0 (攸县), 增加 for a decrease', () => {
    const rs = runChecks({ facts: [...pair('39.78', '0'), claim('等于')], indicators: [], projects: [] }).filter((r) => r.rule === 'statement');
    expect(rs.map((r) => r.status)).toEqual(['fail']);
    expect(rs[0].message).toContain('说法与数字不符');
    expect(rs[0].difference_yuan).toBe('397800.00');
    expectOneSentence(rs[0]);
    expect(status([...pair('8.00', '10.00'), claim('增加')])).toEqual(['fail']);
  });

  it('does not apply when a figure is withheld or missing', () => {
    expect(status([wan('act', 'expenditure_total', null, { status: 'withheld' }), wan('bud', 'expenditure_total', '10'), claim('一致')])).toEqual([
      'not_applicable',
    ]);
    expect(status([wan('bud', 'expenditure_total', '10'), { ...claim('一致'), of: 'gone' }])).toEqual(['not_applicable']);
  });
});
