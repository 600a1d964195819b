import { describe, expect, it } from 'vitest';
import { run, only, wan, fact, expectOneSentence } from '../../support/checks';

const S = '六、基本支出决算情况说明';
const base = [
  wan('basic', 'basic_expenditure', '89.93', { section: S }),
  wan('pers', 'personnel', '35.55', { section: S }),
  wan('run', 'running_costs', '54.39', { section: S }),
];
const share = (id: string, value: string, of: string) =>
  fact({ id, concept: 'share', value, of, base: 'basic', section: S, item: `${of === 'pers' ? '人员经费' : '公用经费'}占基本支出` });

describe('rate: stated percentages against the stated amounts', () => {
  it('passes when the exact ratio rounds to the stated percentage', () => {
    const r = only(run([...base, share('s1', '39.53', 'pers')]), 'rate');
    expect(r).toMatchObject({ status: 'pass', stated: '39.53', computed: '39.5307', unit: '%', difference_yuan: null, tolerance_yuan: null });
    expect(r.fact_ids).toEqual(['s1', 'pers', 'basic']);
    expect(r.message).toBe(
      '占比应等于部分除以总数：“六、基本支出决算情况说明”部分写人员经费占基本支出39.53%，用人员经费35.55万元除以基本支出89.93万元计算为约39.5307%，四舍五入到所写位数后两者一致。',
    );
  });

  it('is rounding when the amounts’ own rounding explains it (攸县 60.47% vs 54.39 ÷ 89.93 = 60.4804%)', () => {
    const r = only(run([...base, share('s2', '60.47', 'run')]), 'rate');
    expect(r).toMatchObject({ status: 'rounding', stated: '60.47', computed: '60.4804' });
    expect(r.message).toContain('在四舍五入误差范围内');
    expectOneSentence(r);
  });

  it('fails when no rounding explains it', () => {
    const r = only(run([...base, share('s3', '62.47', 'run')]), 'rate');
    expect(r.status).toBe('fail');
    expect(r.message).toContain('相差1.9896个百分点');
  });

  it('uses counts exactly (衡山 控制率 62% = 8 ÷ 13)', () => {
    const facts = [
      fact({ id: 'auth', concept: 'staff_authorised', value: '13', phase: 'none' }),
      fact({ id: 'act', concept: 'staff_actual', value: '8', phase: 'none' }),
      fact({ id: 'ctl', concept: 'control_rate', value: '62', of: 'act', base: 'auth', phase: 'none' }),
    ];
    expect(only(run(facts), 'rate')).toMatchObject({ status: 'pass', computed: '61.54' });
    facts[2] = fact({ id: 'ctl', concept: 'control_rate', value: '61', of: 'act', base: 'auth', phase: 'none' });
    expect(only(run(facts), 'rate').status).toBe('fail');
  });

  it('signs a rate of change by its direction', () => {
    const facts = [
      wan('now', 'running_costs', '90.00'),
      wan('before', 'running_costs', '100.00', { phase: 'prior_year_actual' }),
      fact({ id: 'chg', concept: 'change_rate', value: '10', direction: 'decrease', of: 'now', base: 'before' }),
    ];
    expect(only(run(facts), 'rate')).toMatchObject({ status: 'pass', stated: '-10', computed: '-10' });
    facts[2] = fact({ id: 'chg', concept: 'change_rate', value: '10', direction: 'increase', of: 'now', base: 'before' });
    expect(only(run(facts), 'rate').status).toBe('fail');
  });

  it('is not applicable with a withheld operand, a zero base, or no stated base', () => {
    const withheld = [
      wan('w', 'project_amount', null, { status: 'withheld' }),
      wan('t', 'project_expenditure', '10'),
      fact({ id: 'r', concept: 'share', value: '50', of: 'w', base: 't' }),
    ];
    expect(only(run(withheld), 'rate').status).toBe('not_applicable');
    const zero = [wan('a', 'project_amount', '0'), wan('t', 'project_expenditure', '0'), fact({ id: 'r', concept: 'share', value: '0', of: 'a', base: 't' })];
    expect(only(run(zero), 'rate').status).toBe('not_applicable');
    const noBase = [wan('a', 'project_amount', '5'), fact({ id: 'r', concept: 'funds_in_place_rate', value: '100', of: 'a' })];
    const r = only(run(noBase), 'rate');
    expect(r.status).toBe('not_applicable');
    expect(r.message).toContain('没有写出计算它所需的分母');
  });
});
