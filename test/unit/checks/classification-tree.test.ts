import { describe, expect, it } from 'vitest';
import { run, ofRule, only, wan } from '../../support/checks';

const T = { table: '公开03表', column: '本年支出合计（栏次1）' };
const cell = (id: string, code: string | null, value: string, item: string) =>
  wan(id, 'expenditure_total', value, { ...T, code, code_system: code ? 'functional' : null, item });

function table03(total: string, cls: string, kuan: string, items: [string, string]) {
  return [
    cell('total', null, total, '合计'),
    cell('201', '201', cls, '一般公共服务支出'),
    cell('20137', '20137', kuan, '网信事务'),
    cell('2013701', '2013701', items[0], '行政运行'),
    cell('2013799', '2013799', items[1], '其他网信事务支出'),
  ];
}

describe('classification_tree: functional 类/款/项 by code prefix, and the 合计 row', () => {
  it('passes when every level adds up', () => {
    const rs = ofRule(run(table03('89.94', '89.94', '89.94', ['39.78', '50.16'])), 'classification_tree');
    expect(rs.map((r) => [r.check_id, r.status])).toEqual([
      ['tree.functional.201.expenditure_total.actual.general_budget@201', 'pass'],
      ['tree.functional.20137.expenditure_total.actual.general_budget@20137', 'pass'],
      ['tree.functional.total.expenditure_total.actual.general_budget@total', 'pass'],
    ]);
  });

  it('is rounding when the 项 rows add up to 0.01 more (攸县 39.78 + 50.16 vs 89.93)', () => {
    const r = ofRule(run(table03('89.93', '89.93', '89.93', ['39.78', '50.16'])), 'classification_tree').find((x) => x.check_id.includes('20137'))!;
    expect(r).toMatchObject({ status: 'rounding', stated: '89.93', computed: '89.94', difference_yuan: '-100.00', tolerance_yuan: '150.00' });
    expect(r.message).toContain('公开03表写网信事务89.93万元，但行政运行39.78万元与其他网信事务支出50.16万元之和为89.94万元');
  });

  it('fails when a level does not add up', () => {
    const rs = ofRule(run(table03('89.93', '89.93', '89.93', ['39.78', '40.16'])), 'classification_tree');
    expect(rs.find((x) => x.check_id.includes('20137'))!.status).toBe('fail');
    const total = run(table03('99.93', '89.93', '89.93', ['39.78', '50.15'])).find((x) => x.check_id.includes('.total.'))!;
    expect(total.status).toBe('fail');
    expect(total.message).toContain('合计（本年支出合计）99.93万元');
  });

  it('matches by code, never by name, and keeps columns (concepts) and tables apart', () => {
    const facts = [
      ...table03('89.93', '89.93', '89.93', ['39.78', '50.15']),
      wan('b.20137', 'basic_expenditure', '10.00', { ...T, code: '20137', code_system: 'functional', item: '网信事务' }),
      wan('b.2013701', 'basic_expenditure', '10.00', { ...T, code: '2013701', code_system: 'functional', item: '行政运行' }),
      wan('x.2013799', 'expenditure_total', '50.16', { table: '公开05表', code: '2013799', code_system: 'functional', item: '网信事务' }),
    ];
    const rs = ofRule(run(facts), 'classification_tree');
    expect(rs.map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('in text, where only the main items may be listed, the children may not exceed the parent', () => {
    const s = { section: '五、支出决算具体情况' };
    const one = [
      wan('p', 'expenditure_total', '89.93', { ...s, code: '20137', code_system: 'functional' }),
      wan('c', 'expenditure_total', '39.78', { ...s, code: '2013701', code_system: 'functional' }),
    ];
    // A single item within its parent is not worth a line; it is reported only when it fails.
    expect(ofRule(run(one), 'classification_tree')).toHaveLength(0);
    const under = [...one, wan('d', 'expenditure_total', '40.00', { ...s, code: '2013799', code_system: 'functional' })];
    expect(only(run(under), 'classification_tree').status).toBe('pass');
    const over = [...one, wan('d', 'expenditure_total', '50.16', { ...s, code: '2013799', code_system: 'functional' })];
    expect(only(run(over), 'classification_tree').status).toBe('rounding');
    over[2] = wan('d', 'expenditure_total', '60.16', { ...s, code: '2013799', code_system: 'functional' });
    expect(only(run(over), 'classification_tree').status).toBe('fail');
  });
});

describe('classification_tree: economic 类 (3 digits) and 款 (5 digits)', () => {
  const econ = (id: string, code: string, value: string) =>
    wan(id, 'basic_expenditure', value, { table: '公开06表', code, code_system: 'economic', item: code, column: '决算数' });
  it('pass', () => {
    const r = only(
      run([econ('301', '301', '24.42'), econ('30101', '30101', '15.21'), econ('30102', '30102', '8.21'), econ('30103', '30103', '1.00')]),
      'classification_tree',
    );
    expect(r.status).toBe('pass');
  });
  it('rounding (攸县 302 = 52.19 vs 52.18)', () => {
    const parts = [
      ['30201', '39.49'],
      ['30202', '7.28'],
      ['30211', '1.41'],
      ['30228', '3.00'],
      ['30239', '1.00'],
    ].map(([c, v]) => econ(c, c, v));
    const r = only(run([econ('302', '302', '52.19'), ...parts]), 'classification_tree');
    expect(r).toMatchObject({ status: 'rounding', computed: '52.18', difference_yuan: '100.00', tolerance_yuan: '300.00' });
  });
  it('fail', () => {
    expect(only(run([econ('310', '310', '2.20'), econ('31002', '31002', '1.20')]), 'classification_tree').status).toBe('fail');
  });
  it('does not treat 5-digit economic codes as parents', () => {
    expect(ofRule(run([econ('30101', '30101', '1.00'), econ('3010101', '3010101', '2.00')]), 'classification_tree')).toHaveLength(0);
  });
});

describe('economic_split: 人员经费 = 301 + 303, 公用经费 = the other classes', () => {
  const t06 = (personnel: string, running: string, c301: string, c302: string, c310: string) => [
    wan('301', 'basic_expenditure', c301, { table: '公开06表', code: '301', code_system: 'economic', item: '工资福利支出' }),
    wan('302', 'basic_expenditure', c302, { table: '公开06表', code: '302', code_system: 'economic', item: '商品和服务支出' }),
    wan('310', 'basic_expenditure', c310, { table: '公开06表', code: '310', code_system: 'economic', item: '资本性支出' }),
    wan('personnel', 'personnel', personnel, { table: '公开06表', item: '人员经费合计' }),
    wan('running', 'running_costs', running, { table: '公开06表', item: '公用经费合计' }),
  ];
  it('pass', () => {
    const rs = ofRule(run(t06('35.55', '54.39', '35.55', '52.19', '2.20')), 'economic_split');
    expect(rs.map((r) => [r.check_id, r.status])).toEqual([
      ['econ.personnel=301+303.actual.general_budget@personnel', 'pass'],
      ['econ.running_costs=302+310+….actual.general_budget@running', 'pass'],
    ]);
  });
  it('rounding', () => {
    const rs = ofRule(run(t06('35.55', '54.40', '35.55', '52.19', '2.20')), 'economic_split');
    expect(rs.map((r) => r.status)).toEqual(['pass', 'rounding']);
  });
  it('fail', () => {
    const rs = ofRule(run(t06('36.55', '54.39', '35.55', '52.19', '2.20')), 'economic_split');
    expect(rs.map((r) => r.status)).toEqual(['fail', 'pass']);
  });
});
