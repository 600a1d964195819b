import { describe, expect, it } from 'vitest';
import { run, ofRule, only, wan, fact, expectOneSentence, inOneSentence } from '../../support/checks';

const S6 = '六、一般公共预算财政拨款基本支出决算情况说明';

function basic(b: string, p: string, r: string, more = {}) {
  return [wan('basic', 'basic_expenditure', b, more), wan('personnel', 'personnel', p, more), wan('running', 'running_costs', r, more)];
}

describe('sum_parts: basic = personnel + running costs', () => {
  it('passes when the parts add up exactly', () => {
    const r = only(run(basic('69.38', '64.44', '4.94')), 'sum_parts');
    expect(r.status).toBe('pass');
    expect(r.check_id).toBe('sum.basic=personnel+running_costs.actual.general_budget@basic');
    expect(r).toMatchObject({ stated: '69.38', computed: '69.38', unit: '万元', difference_yuan: '0.00', tolerance_yuan: '150.00' });
    expect(r.fact_ids).toEqual(['basic', 'personnel', 'running']);
    expectOneSentence(r);
  });

  it('is rounding when the difference is within the published precision (攸县 89.93 vs 35.55 + 54.39)', () => {
    const r = only(run(basic('89.93', '35.55', '54.39')), 'sum_parts');
    expect(r.status).toBe('rounding');
    expect(r).toMatchObject({ stated: '89.93', computed: '89.94', difference_yuan: '-100.00', tolerance_yuan: '150.00' });
    expect(r.message).toBe(
      '基本支出应等于人员经费加公用经费：文件写基本支出89.93万元，但人员经费35.55万元与公用经费54.39万元之和为89.94万元，相差0.01万元（100元），在四舍五入误差范围内（按各数所写的小数位，最多可差150元）。',
    );
  });

  it('fails on a real contradiction', () => {
    const r = only(run(basic('88.93', '35.55', '54.39')), 'sum_parts');
    expect(r.status).toBe('fail');
    expect(r).toMatchObject({ difference_yuan: '-10100.00', tolerance_yuan: '150.00' });
    expect(r.message).toContain('超出四舍五入可以解释的范围（最多150元）');
    expectOneSentence(r);
  });

  it('is exact (tolerance 0) for amounts published to the fen', () => {
    const r = only(run(basic('104.524245', '96.569144', '7.955100')), 'sum_parts');
    expect(r).toMatchObject({ status: 'fail', tolerance_yuan: '0.00', difference_yuan: '0.01' });
  });

  it('is not applicable when a part is withheld without an amount, and says so', () => {
    const facts = basic('69.38', '64.44', '4.94');
    facts[2] = wan('running', 'running_costs', null, { status: 'withheld' });
    const r = only(run(facts), 'sum_parts');
    expect(r.status).toBe('not_applicable');
    expect(r.message).toContain('涉密未公开');
    expect(r.message).toContain('不能当作零');
  });

  it('does not pair figures of different phases', () => {
    const facts = [...basic('69.38', '64.44', '4.94'), wan('basic.b', 'basic_expenditure', '70.00', { phase: 'adjusted_budget' })];
    expect(ofRule(run(facts), 'sum_parts')).toHaveLength(1);
  });
});

describe('sum_parts: where the parts are stated', () => {
  it('checks each place that states the whole with its parts, and not across places then', () => {
    const a = basic('89.93', '35.55', '54.39', { section: S6 });
    const b = [wan('t.personnel', 'personnel', '35.55', { table: '公开06表' }), wan('t.running', 'running_costs', '54.39', { table: '公开06表' })];
    const rs = ofRule(run([...a, ...b]), 'sum_parts');
    expect(rs.map((r) => r.check_id)).toEqual(['sum.basic=personnel+running_costs.actual.general_budget@basic']);
    expect(rs[0].message).toContain(`“${S6}”部分写基本支出89.93万元`);
  });

  it('falls back to one check across places when no place states a complete set', () => {
    const facts = [
      wan('t05.basic', 'basic_expenditure', '89.93', { table: '公开05表' }),
      wan('t06.personnel', 'personnel', '35.55', { table: '公开06表' }),
      wan('t06.running', 'running_costs', '54.39', { table: '公开06表' }),
    ];
    const r = only(run(facts), 'sum_parts');
    expect(r.status).toBe('rounding');
    expect(r.message).toContain('公开05表写基本支出89.93万元，但公开06表的人员经费35.55万元与公用经费54.39万元之和为89.94万元');
  });

  it('in text requires every required part; in a table blank cells may be missing', () => {
    const text = [wan('total', 'expenditure_total', '100'), wan('b', 'basic_expenditure', '60', { section: 'x' })];
    expect(ofRule(run(text), 'sum_parts')).toHaveLength(0);
    const table = [
      wan('t.total', 'expenditure_total', '89.93', { table: '公开03表', item: '合计', column: '本年支出合计（栏次1）' }),
      wan('t.basic', 'basic_expenditure', '89.93', { table: '公开03表', item: '合计', column: '基本支出（栏次2）' }),
    ];
    const r = only(run(table), 'sum_parts');
    expect(r.status).toBe('pass');
    expect(r.message).toBe(
      '支出合计应等于基本支出加项目支出：公开03表写合计（本年支出合计）89.93万元，合计（基本支出）89.93万元（表中其余栏目空白），两者一致。',
    );
  });

  it('pairs 年初 and 年末 statements in one sentence in document order', () => {
    const facts = inOneSentence(
      '四、资产管理情况',
      ['orig.begin', 'fixed_assets_original', '16.52'],
      ['dep.begin', 'accumulated_depreciation', '2.5'],
      ['net.begin', 'fixed_assets_net', '14.02'],
      ['orig.end', 'fixed_assets_original', '18.17'],
      ['dep.end', 'accumulated_depreciation', '5'],
      ['net.end', 'fixed_assets_net', '13.17'],
    );
    const rs = ofRule(run(facts), 'sum_parts');
    expect(rs.map((r) => [r.fact_ids, r.status])).toEqual([
      [['orig.begin', 'net.begin', 'dep.begin'], 'pass'],
      [['orig.end', 'net.end', 'dep.end'], 'pass'],
    ]);
    // 年初 and 年末 are not "the same quantity stated twice".
    expect(ofRule(run(facts), 'same_quantity')).toHaveLength(0);
  });
});

describe('sum_parts: total = basic + project', () => {
  const f = (t: string, b: string, p: string) => [wan('t', 'expenditure_total', t), wan('b', 'basic_expenditure', b), wan('p', 'project_expenditure', p)];
  it('pass', () => expect(only(run(f('350.28', '130.13', '220.15')), 'sum_parts').status).toBe('pass'));
  it('rounding', () => expect(only(run(f('350.28', '130.13', '220.16')), 'sum_parts').status).toBe('rounding'));
  it('fail (衡山 funding block 162.935556 vs 104.524245 + 59.147961)', () => {
    const r = only(run(f('162.935556', '104.524245', '59.147961')), 'sum_parts');
    expect(r).toMatchObject({ status: 'fail', computed: '163.672206', difference_yuan: '-7366.50', tolerance_yuan: '0.00' });
  });
});

describe('sum_parts: 三公 total = overseas + vehicles + reception; vehicles = purchase + operation', () => {
  const three = (t: string, o: string, v: string, r: string) => [
    wan('t', 'three_public_total', t),
    wan('o', 'three_public_overseas', o),
    wan('v', 'three_public_vehicles', v),
    wan('r', 'official_reception', r),
  ];
  it('pass', () => expect(only(run(three('2.55', '0', '0', '2.55')), 'sum_parts').status).toBe('pass'));
  it('rounding', () => expect(only(run(three('3.00', '1.00', '1.00', '1.01')), 'sum_parts').status).toBe('rounding'));
  it('fail', () => expect(only(run(three('3.00', '1.00', '1.00', '2.00')), 'sum_parts').status).toBe('fail'));

  it('accepts purchase + operation in place of the vehicles subtotal', () => {
    const facts = [
      wan('t', 'three_public_total', '5.00'),
      wan('o', 'three_public_overseas', '0'),
      wan('vp', 'vehicle_purchase', '2.00'),
      wan('vo', 'vehicle_operation', '1.00'),
      wan('r', 'official_reception', '2.00'),
    ];
    const r = only(run(facts), 'sum_parts');
    expect(r.status).toBe('pass');
    expect(r.fact_ids).toEqual(['t', 'o', 'vp', 'vo', 'r']);
  });

  it('checks the vehicles subtotal against purchase + operation', () => {
    const v = (a: string, b: string, c: string) => [wan('v', 'three_public_vehicles', a), wan('p', 'vehicle_purchase', b), wan('o', 'vehicle_operation', c)];
    expect(only(run(v('3.00', '1.00', '2.00')), 'sum_parts').status).toBe('pass');
    expect(only(run(v('3.0', '1.00', '2.04')), 'sum_parts').status).toBe('rounding');
    expect(only(run(v('3.00', '1.00', '1.00')), 'sum_parts').status).toBe('fail');
  });
});

describe('sum_parts: counts are exact', () => {
  const staff = (t: string, a: string, b: string) => [
    fact({ id: 'all', concept: 'staff_authorised', value: t, scope: 'unspecified', phase: 'none' }),
    fact({ id: 'adm', concept: 'staff_authorised_admin', value: a, scope: 'unspecified', phase: 'none' }),
    fact({ id: 'ins', concept: 'staff_authorised_institution', value: b, scope: 'unspecified', phase: 'none' }),
  ];
  it('pass', () => {
    const r = only(run(staff('7', '4', '3')), 'sum_parts');
    expect(r).toMatchObject({ status: 'pass', unit: '人', difference_yuan: null, tolerance_yuan: null });
  });
  it('fail (no rounding for counts)', () => {
    const r = only(run(staff('7', '4', '4')), 'sum_parts');
    expect(r.status).toBe('fail');
    expect(r.message).toContain('相差1人');
  });
});
