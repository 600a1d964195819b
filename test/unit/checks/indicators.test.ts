import { describe, expect, it } from 'vitest';
import { run, only, ofRule, wan, fact, indicator, project, expectOneSentence } from '../../support/checks';
import type { Indicator } from '../../../src/schema/normalized';

/** A department table like 衡山's: sections 产出(50) 效益(40) 满意度(10), total 100, funding block beside it. */
function table(
  weights: { out: string[]; eff: string[]; sat: string[] },
  scores: { out: string[]; eff: string[]; sat: string[] },
  total = { weight: '100', score: '' },
  funding?: Partial<Indicator>,
): Indicator[] {
  const rows: Indicator[] = [];
  if (funding) rows.push(indicator({ id: 'funding', row_kind: 'funding', level1: '', weight: '10', score: '10', actual: '100%', ...funding }));
  rows.push(indicator({ id: 'sec.out', row_kind: 'section', level1: '产出指标(50 分)', weight: '50' }));
  rows.push(indicator({ id: 'sec.eff', row_kind: 'section', level1: '效益指标（40 分）', weight: '40' }));
  rows.push(indicator({ id: 'sec.sat', row_kind: 'section', level1: '满意度指标（10 分）', weight: '10' }));
  const add = (sec: string, key: 'out' | 'eff' | 'sat') =>
    weights[key].forEach((w, i) =>
      rows.push(indicator({ id: `${key}${i}`, level1: i === 0 ? sec : '', level3: `${sec}指标${i + 1}`, weight: w, score: scores[key][i] ?? '' })),
    );
  add('产出指标\n(50 分)', 'out');
  add('效益指标\n（40 分）', 'eff');
  add('满意度指标\n（10 分）', 'sat');
  const sum = [...scores.out, ...scores.eff, ...scores.sat].reduce((s, x) => s + Number(x || 0), 0);
  rows.push(indicator({ id: 'total', row_kind: 'total', weight: total.weight, score: total.score || String(sum) }));
  return rows;
}
const W = { out: ['10', '10', '10', '10', '10'], eff: ['10', '10', '10', '10'], sat: ['10'] };
const S = { out: ['10', '10', '9', '10', '10'], eff: ['9', '10', '9', '10'], sat: ['10'] };

describe('indicator_weights: indicator weights vs section weights and the total', () => {
  it('passes (衡山: 50 + 40 + 10 = 100, the funding block’s 10 listed beside the total)', () => {
    const rs = ofRule(run([], table(W, S, undefined, {})), 'indicator_weights');
    expect(rs.map((r) => [r.check_id, r.status])).toEqual([
      ['ind.weights.department.产出', 'pass'],
      ['ind.weights.department.效益', 'pass'],
      ['ind.weights.department.满意度', 'pass'],
      ['ind.weights_total.department', 'pass'],
    ]);
    expect(rs[3].message).toBe(
      '各部分分值之和应等于总分值：部门整体支出绩效自评表的总分值写100分，产出50分、效益40分与满意度10分合计100分（预算执行率部分的10分另列，不计入总分），两者一致。',
    );
  });

  it('accepts a funding block counted in the total', () => {
    const r = ofRule(run([], table(W, S, { weight: '110', score: '' }, {})), 'indicator_weights').find((x) => x.check_id.startsWith('ind.weights_total'))!;
    expect(r.status).toBe('pass');
    expect(r.message).toContain('含预算执行率部分10分');
  });

  it('is rounding when weights printed with decimals explain the difference', () => {
    const w = { out: ['16.67', '16.67', '16.67'], eff: W.eff, sat: W.sat };
    const s = { out: ['16.67', '16.67', '16.67'], eff: S.eff, sat: S.sat };
    const rs = ofRule(run([], table(w, s)), 'indicator_weights');
    expect(rs[0]).toMatchObject({ check_id: 'ind.weights.department.产出', status: 'rounding', stated: '50', computed: '50.01', unit: '分' });
  });

  it('fails when the weights do not add up', () => {
    const w = { ...W, eff: ['10', '10', '10', '20'] };
    const rs = ofRule(run([], table(w, S)), 'indicator_weights');
    const r = rs.find((x) => x.check_id === 'ind.weights.department.效益')!;
    expect(r).toMatchObject({ status: 'fail', stated: '40', computed: '50' });
    expect(r.message).toBe('各指标分值之和应等于所属一级指标的分值：部门整体支出绩效自评表中“效益”写40分，其下4个指标的分值合计50分，相差10分，数字对不上。');
    expect(rs.find((x) => x.check_id === 'ind.weights_total.department')!.status).toBe('pass');
    const total = ofRule(run([], table(W, S, { weight: '90', score: '' })), 'indicator_weights').find((x) => x.check_id === 'ind.weights_total.department')!;
    expect(total.status).toBe('fail');
  });
});

describe('indicator_score_cap: scores ≤ weights', () => {
  it('passes with one result per table', () => {
    const r = only(run([], table(W, S)), 'indicator_score_cap');
    expect(r).toMatchObject({ check_id: 'ind.score_cap.department', status: 'pass' });
    expect(r.message).toContain('检查的10项得分都没有超过各自的分值');
  });

  it('is rounding when decimals explain a score just over its weight', () => {
    const w = { out: ['16.67', '16.67', '16.66'], eff: W.eff, sat: W.sat };
    const s = { out: ['16.67', '16.675', '16.66'], eff: S.eff, sat: S.sat };
    const r = only(run([], table(w, s)), 'indicator_score_cap');
    expect(r).toMatchObject({ check_id: 'ind.score_cap@out1', status: 'rounding' });
  });

  it('fails for a score above its weight', () => {
    const r = only(run([], table(W, { ...S, sat: ['12'] })), 'indicator_score_cap');
    expect(r).toMatchObject({ check_id: 'ind.score_cap@sat0', status: 'fail', stated: '10', computed: '12' });
    expectOneSentence(r);
  });

  it('caps section scores when the indicators carry no weights (元氏 form)', () => {
    const rows = [
      indicator({ id: 'a', level1: '效益指标(40)', level3: '保障工作正常开展', score: '40' }),
      indicator({ id: 'b', level1: '满意度指标(10分)', level3: '满意度', score: '10' }),
    ];
    expect(only(run([], rows), 'indicator_score_cap').status).toBe('pass');
    rows[0] = indicator({ id: 'a', level1: '效益指标(40)', level3: '保障工作正常开展', score: '45' });
    expect(only(run([], rows), 'indicator_score_cap')).toMatchObject({ check_id: 'ind.score_cap.department.效益', status: 'fail' });
  });
});

describe('indicator_total_score: scores vs the stated total score', () => {
  it('passes (衡山: 97, the funding block’s score not counted)', () => {
    const r = only(run([], table(W, S, { weight: '100', score: '97' }, {})), 'indicator_total_score');
    expect(r).toMatchObject({ status: 'pass', stated: '97', computed: '97' });
    expect(r.message).toContain('不含另列的预算执行率部分10分');
  });

  it('is rounding with scores printed with decimals', () => {
    const s = { out: ['9.33', '9.33', '9.33', '10', '10'], eff: S.eff, sat: S.sat };
    const r = only(run([], table(W, s, { weight: '100', score: '96' })), 'indicator_total_score');
    expect(r).toMatchObject({ status: 'rounding', computed: '95.99' });
  });

  it('fails when the scores do not add up to the total', () => {
    const r = only(run([], table(W, S, { weight: '100', score: '98' })), 'indicator_total_score');
    expect(r).toMatchObject({ status: 'fail', stated: '98', computed: '97' });
  });

  it('counts the funding row when the total needs it and the weights cannot tell (元氏 form)', () => {
    const rows = [
      indicator({ id: 'f', row_kind: 'funding', level1: '预算执行率指标（10分）', score: '10', actual: '100%' }),
      indicator({ id: 'a', level1: '产出指标（40）', level3: 'x', score: '40' }),
      indicator({ id: 'b', level1: '效益指标（40）', level3: 'y', score: '40' }),
      indicator({ id: 'c', level1: '满意度指标（10分）', level3: 'z', score: '10' }),
      indicator({ id: 't', row_kind: 'total', score: '100' }),
    ];
    const r = only(run([], rows), 'indicator_total_score');
    expect(r.status).toBe('pass');
    expect(r.message).toContain('含预算执行率部分10分');
  });
});

describe('indicator_execution: the stated execution rate vs the funding block', () => {
  const p = project('it', '信息化及人员培训费');
  const funding = (budget: string, actual: string) => [
    wan('it.budget', 'project_amount', budget, { project_id: 'it', phase: 'adjusted_budget', table: '项目绩效自评表', column: '预算数' }),
    wan('it.actual', 'project_amount', actual, { project_id: 'it', phase: 'actual', table: '项目绩效自评表', column: '执行数' }),
  ];
  const row = (actual: string) => [indicator({ id: 'it.funding', scope: 'project', project_id: 'it', row_kind: 'funding', actual, weight: '10', score: '10' })];

  it('passes', () => {
    const r = only(run(funding('10', '10'), row('100%'), [p]), 'indicator_execution');
    expect(r).toMatchObject({ status: 'pass', stated: '100', computed: '100', fact_ids: ['it.funding', 'it.actual', 'it.budget'] });
  });

  it('is rounding when the amounts’ rounding explains it', () => {
    expect(only(run(funding('30', '29.99'), row('99.99%'), [p]), 'indicator_execution').status).toBe('rounding');
  });

  it('fails (元氏 2022: 100% stated, 5.78 of 10 spent)', () => {
    const r = only(run(funding('10', '5.78'), row('100%'), [p]), 'indicator_execution');
    expect(r).toMatchObject({ status: 'fail', stated: '100', computed: '57.8' });
    expect(r.message).toContain('“信息化及人员培训费”项目绩效自评表中预算执行情况写实际执行率100%');
    expectOneSentence(r);
  });

  it('uses a stated execution rate’s operands, and an indicator named 预算执行率', () => {
    const facts = [
      ...funding('10', '5.78'),
      fact({ id: 'it.rate', concept: 'execution_rate', value: '58', of: 'it.actual', base: 'it.budget', project_id: 'it', table: '项目绩效自评表' }),
    ];
    const ind = [
      indicator({ id: 'it.exec', scope: 'project', project_id: 'it', level1: '预算执行率指标（10分）', level2: '预算执行率', actual: '58%', score: '10' }),
    ];
    expect(only(run(facts, ind, [p]), 'indicator_execution')).toMatchObject({ status: 'pass', check_id: 'ind.execution@it.exec' });
  });

  it('skips targets that are not point values and tables without a funding block', () => {
    expect(ofRule(run(funding('10', '5.78'), row('≥95%'), [p]), 'indicator_execution')).toHaveLength(0);
    expect(ofRule(run([], row('100%'), [p]), 'indicator_execution')).toHaveLength(0);
  });
});
