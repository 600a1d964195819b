import { describe, expect, it } from 'vitest';
import { runChecks, RULES, RULE_IDS, METHOD_NOTES, SUM_TEMPLATES, summarizeChecks } from '../../../src/checks';
import { checkResultSchema } from '../../../src/schema/normalized';
import { CONCEPTS } from '../../../src/core/concepts';
import { run, wan, fact, indicator, project, expectOneSentence, inOneSentence } from '../../support/checks';

/** A small final-accounts disclosure with one rounding difference and one contradiction, like 攸县 2024. */
function youxian() {
  const t = (id: string, concept: Parameters<typeof wan>[1], v: string, table: string, more = {}) => wan(id, concept, v, { table, scope: 'all', ...more });
  const s6 = { section: '六、一般公共预算财政拨款基本支出决算情况说明', scope: 'general_budget' as const };
  const annex = { section: '附件 二、一般公共预算支出情况 （一）基本支出情况', scope: 'fiscal' as const };
  return [
    t('t01.exp', 'expenditure_total', '89.93', '公开01表', { item: '本年支出合计' }),
    t('t03.exp', 'expenditure_total', '89.93', '公开03表', { item: '合计', column: '本年支出合计（栏次1）' }),
    t('t03.basic', 'basic_expenditure', '89.93', '公开03表', { item: '合计', column: '基本支出（栏次2）' }),
    wan('t07.empty', 'expenditure_total', null, { status: 'empty', scope: 'government_fund', table: '公开07表', item: '政府性基金预算财政拨款支出' }),
    wan('s6.basic', 'basic_expenditure', '89.93', { ...s6, item: '财政拨款基本支出' }),
    wan('s6.personnel', 'personnel', '35.55', { ...s6, item: '人员经费', part_of: 's6.basic' }),
    fact({ id: 's6.personnel.share', concept: 'share', value: '39.53', of: 's6.personnel', base: 's6.basic', ...s6, item: '人员经费占基本支出' }),
    wan('s6.running', 'running_costs', '54.39', { ...s6, item: '公用经费', part_of: 's6.basic' }),
    fact({ id: 's6.running.share', concept: 'share', value: '60.47', of: 's6.running', base: 's6.basic', ...s6, item: '公用经费占基本支出' }),
    wan('annex.exp', 'expenditure_total', '88.93', { ...annex, item: '财政拨款支出' }),
  ];
}

describe('runChecks', () => {
  it('returns schema-valid results with unique, readable ids', () => {
    const results = run(youxian());
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(checkResultSchema.safeParse(r).success).toBe(true);
      expect(r.rule_zh).toBe(RULES[r.rule as keyof typeof RULES].zh);
      expectOneSentence(r);
    }
  });

  it('finds the rounding difference and the contradiction of a 攸县-like disclosure', () => {
    const results = run(youxian());
    const brief = results.map((r) => `${r.status} ${r.check_id}`);
    expect(brief).toEqual([
      'rounding sum.basic=personnel+running_costs.actual.all@s6.basic',
      'pass sum.total=basic+project.actual.all@t03.exp',
      'pass same.expenditure_total.actual.all@t03.exp=t01.exp',
      'fail same.expenditure_total.actual.all@annex.exp=t01.exp',
      'pass same.basic_expenditure.actual.all@s6.basic=t03.basic',
      'pass rate.share@s6.personnel.share',
      'rounding rate.share@s6.running.share',
    ]);
    expect(summarizeChecks(results)).toEqual({ total: 7, pass: 4, rounding: 2, fail: 1, not_applicable: 0 });
  });

  it('is pure and deterministic: same results for the same input, in any input order, input untouched', () => {
    const facts = youxian();
    const copy = structuredClone(facts);
    const a = runChecks({ facts, indicators: [], projects: [] });
    expect(facts).toEqual(copy);
    const b = runChecks({ facts: [...facts].reverse(), indicators: [], projects: [] });
    expect(b).toEqual(a);
  });

  it('returns nothing for an empty disclosure, and no check for a figure stated once', () => {
    expect(runChecks({ facts: [], indicators: [], projects: [] })).toEqual([]);
    expect(run([wan('a', 'expenditure_total', '10')])).toEqual([]);
  });

  it('numbers repeated check ids', () => {
    // Two statements of one whole in one place pair with two sets of parts → two checks of one fact id.
    const facts = inOneSentence(
      's',
      ['o', 'fixed_assets_original', '16.52'],
      ['n1', 'fixed_assets_net', '14.02'],
      ['d1', 'accumulated_depreciation', '2.5'],
      ['n2', 'fixed_assets_net', '13.02'],
      ['d2', 'accumulated_depreciation', '3.5'],
    );
    const ids = run(facts).map((r) => r.check_id);
    expect(ids).toEqual(['sum.fixed_assets=net+depreciation.none.unspecified@o', 'sum.fixed_assets=net+depreciation.none.unspecified@o#2']);
  });
});

describe('RULES documentation', () => {
  it('documents every rule the checks emit, in Chinese', () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(RULES[id].description.length).toBeGreaterThan(20);
      expect(RULES[id].stated).toBeTruthy();
      expect(RULES[id].computed).toBeTruthy();
    }
    for (const note of Object.values(METHOD_NOTES)) expect(note.description).toMatch(/[\u4e00-\u9fff]/);
    const emitted = new Set(
      [
        ...run(youxian()),
        ...run(
          [wan('b', 'project_amount', '5', { project_id: 'p' }), wan('a', 'project_expenditure', '10')].map((f) => (f.id === 'b' ? { ...f, part_of: 'a' } : f)),
          [indicator({ id: 'i', level1: '产出指标(10)', weight: '10', score: '9' }), indicator({ id: 't', row_kind: 'total', weight: '10', score: '9' })],
          [project('p', 'P')],
        ),
      ].map((r) => r.rule),
    );
    for (const rule of emitted) expect(RULE_IDS).toContain(rule);
  });

  it('uses only concepts of the vocabulary in the sum templates', () => {
    for (const t of SUM_TEMPLATES) {
      expect(CONCEPTS[t.whole]).toBeDefined();
      for (const s of t.slots) for (const alt of s.alts) for (const c of alt) expect(CONCEPTS[c]).toBeDefined();
    }
  });
});
