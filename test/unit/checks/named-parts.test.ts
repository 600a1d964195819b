import { describe, expect, it } from 'vitest';
import { run, only, ofRule, wan, fact, expectOneSentence } from '../../support/checks';

const S = '（一）基本支出';

/** 宁乡 2021: 日常公用经费 14.13 with stated parts 三公 5.49, 培训费 25.5, 会议费 8.8. */
function ningxiang(whole: string, parts: [string, string, string]) {
  return [
    wan('running', 'running_costs', whole, { section: S, item: '日常公用经费', scope: 'unspecified' }),
    wan('three', 'three_public_total', parts[0], { section: S, item: '三公经费支出', part_of: 'running', scope: 'unspecified' }),
    wan('training', 'training_fees', parts[1], { section: S, item: '培训费', part_of: 'running', scope: 'unspecified' }),
    wan('meeting', 'meeting_fees', parts[2], { section: S, item: '会议费', part_of: 'running', scope: 'unspecified' }),
  ];
}

describe('named_parts: parts linked with part_of may not exceed the whole', () => {
  it('passes when the named parts stay within the whole', () => {
    const r = only(run(ningxiang('44.13', ['5.49', '25.5', '8.8'])), 'named_parts');
    expect(r).toMatchObject({ status: 'pass', check_id: 'parts@running', stated: '44.13', computed: '39.79' });
    expect(r.message).toContain('没有超过总数');
  });

  it('is rounding when they exceed it by no more than rounding explains', () => {
    const r = only(run(ningxiang('39.7', ['5.49', '25.5', '8.8'])), 'named_parts');
    expect(r.status).toBe('rounding');
  });

  it('fails for 宁乡 2021: 5.49 + 25.5 + 8.8 = 39.79 exceeds 14.13', () => {
    const r = only(run(ningxiang('14.13', ['5.49', '25.5', '8.8'])), 'named_parts');
    expect(r).toMatchObject({ status: 'fail', stated: '14.13', computed: '39.79', difference_yuan: '-256600.00', tolerance_yuan: '1100.00' });
    expect(r.message).toBe(
      '列出的各部分合计不应超过日常公用经费：“（一）基本支出”部分写日常公用经费14.13万元，其中列出的三公经费支出5.49万元、培训费25.5万元与会议费8.8万元合计39.79万元，比总数还多25.66万元（256,600元），超出四舍五入可以解释的范围（最多1,100元），数字对不上。',
    );
    expectOneSentence(r);
  });

  it('requires equality when the linked parts form a complete standard breakdown', () => {
    const staff = (t: string, a: string, b: string) => [
      fact({ id: 't', concept: 'staff_authorised', value: t, phase: 'none', section: 'a' }),
      fact({ id: 'a', concept: 'staff_authorised_admin', value: a, phase: 'none', section: 'b', part_of: 't' }),
      fact({ id: 'b', concept: 'staff_authorised_institution', value: b, phase: 'none', section: 'c', part_of: 't' }),
    ];
    // Parts stated in other sections than the whole: no single place has them all, so
    // sum_parts checks across places once, and the links are not checked again.
    const rs = run(staff('7', '4', '2'));
    expect(ofRule(rs, 'sum_parts').map((r) => r.status)).toEqual(['fail']);
    expect(ofRule(rs, 'named_parts')).toHaveLength(0);
  });

  it('checks signed changes of a complete breakdown (人员经费增加 + 公用经费减少 = 基本支出增加)', () => {
    const base = [
      wan('basic', 'basic_expenditure', '104.524245'),
      wan('basic.b', 'basic_expenditure', '103.13', { phase: 'initial_budget' }),
      wan('pers', 'personnel', '96.569144'),
      wan('pers.b', 'personnel', '85.89', { phase: 'initial_budget' }),
      wan('run', 'running_costs', '7.955101'),
      wan('run.b', 'running_costs', '17.24', { phase: 'initial_budget' }),
    ];
    const changes = (b: string, p: string, r: string) => [
      wan('c.basic', 'change_amount', b, { of: 'basic', base: 'basic.b', direction: 'increase', section: 'x' }),
      wan('c.pers', 'change_amount', p, { of: 'pers', base: 'pers.b', direction: 'increase', part_of: 'c.basic', section: 'x' }),
      wan('c.run', 'change_amount', r, { of: 'run', base: 'run.b', direction: 'decrease', part_of: 'c.basic', section: 'x' }),
    ];
    expect(only(run([...base, ...changes('1.394245', '10.679144', '9.284899')]), 'named_parts').status).toBe('pass');
    expect(only(run([...base, ...changes('1.39', '10.68', '9.28')]), 'named_parts').status).toBe('rounding');
    expect(only(run([...base, ...changes('1.394245', '10.679144', '8.284899')]), 'named_parts').status).toBe('fail');
  });

  it('does not check signed changes whose parts are not a standard breakdown', () => {
    const facts = [
      wan('a', 'running_costs', '10'),
      wan('a.b', 'running_costs', '5', { phase: 'prior_year_actual' }),
      wan('c', 'change_amount', '5', { of: 'a', base: 'a.b', direction: 'increase' }),
      wan('d', 'change_amount', '9', { direction: 'increase', part_of: 'c' }),
    ];
    expect(ofRule(run(facts), 'named_parts')).toHaveLength(0);
  });
});
