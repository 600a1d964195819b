import { describe, expect, it } from 'vitest';
import { run, only, wan, expectOneSentence } from '../../support/checks';

const S = '2.部门决算情况';
const amounts = (now: string, before: string) => [
  wan('now', 'running_costs', now, { section: S, item: '公用经费2023年决算' }),
  wan('before', 'running_costs', before, { section: S, item: '公用经费2022年', phase: 'prior_year_actual' }),
];
const change = (value: string, direction: 'increase' | 'decrease') =>
  wan('chg', 'change_amount', value, { section: S, item: '公用经费比上年', direction, of: 'now', base: 'before' });

describe('change: stated changes against the difference of the stated amounts', () => {
  it('passes (衡山 公用经费比上年减少2.534303万元)', () => {
    const r = only(run([...amounts('7.955101', '10.489404'), change('2.534303', 'decrease')]), 'change');
    expect(r).toMatchObject({ status: 'pass', stated: '-2.534303', computed: '-2.534303', difference_yuan: '0.00', tolerance_yuan: '0.00' });
    expect(r.fact_ids).toEqual(['chg', 'now', 'before']);
    expect(r.message).toBe(
      '增减额应等于前后两个数之差：“2.部门决算情况”部分写公用经费比上年减少2.534303万元，按公用经费2023年决算7.955101万元减去公用经费2022年10.489404万元计算为减少2.534303万元，两者一致。',
    );
  });

  it('is rounding when the change is printed with fewer decimals', () => {
    const r = only(run([...amounts('7.955101', '10.489404'), change('2.53', 'decrease')]), 'change');
    expect(r).toMatchObject({ status: 'rounding', difference_yuan: '43.03', tolerance_yuan: '50.00' });
  });

  it('fails when the change does not match', () => {
    const r = only(run([...amounts('7.955101', '10.489404'), change('3.534303', 'decrease')]), 'change');
    expect(r).toMatchObject({ status: 'fail', difference_yuan: '-10000.00' });
    expectOneSentence(r);
  });

  it('fails when the direction is wrong, even within rounding', () => {
    const r = only(run([...amounts('10.00', '10.01'), change('0.01', 'increase')]), 'change');
    expect(r.status).toBe('fail');
    expect(r.message).toContain('计算为减少0.01万元');
  });

  it('is not applicable when an amount is withheld', () => {
    const facts = [
      wan('now', 'running_costs', null, { status: 'withheld' }),
      wan('before', 'running_costs', '1', { phase: 'prior_year_actual' }),
      change('1', 'increase'),
    ];
    expect(only(run(facts), 'change').status).toBe('not_applicable');
  });
});
