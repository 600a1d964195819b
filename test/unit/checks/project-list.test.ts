import { describe, expect, it } from 'vitest';
import { run, only, ofRule, wan, project, expectOneSentence } from '../../support/checks';

const S = '（二）项目支出情况';

/** 江华 2024: four named projects plus a withheld remainder, against the stated project total. */
function jianghua(total: string, amounts: string[], withheld: string | null, linked = true) {
  const facts = [wan('project.actual', 'project_expenditure', total, { section: S, item: '项目支出实际支出' })];
  amounts.forEach((v, i) =>
    facts.push(wan(`p${i}`, 'project_amount', v, { section: S, project_id: `p${i}`, item: '', part_of: linked ? 'project.actual' : null })),
  );
  if (withheld !== undefined)
    facts.push(
      wan('withheld', 'project_withheld', withheld, { section: S, status: 'withheld', item: '其余经费（涉密）', part_of: linked ? 'project.actual' : null }),
    );
  return facts;
}
const projects = ['网络安全和新媒体管理项目', '安全监测系统续购项目', '新媒体宣传矩阵打造项目', '乡村振兴驻村工作项目'].map((n, i) => project(`p${i}`, n));

describe('project_list: named projects plus the withheld remainder equal the project total', () => {
  it('passes when they add up', () => {
    const r = only(run(jianghua('102.45', ['3.5', '15', '15', '5.18'], '63.77'), [], projects), 'project_list');
    expect(r.status).toBe('pass');
    expect(r.fact_ids).toEqual(['project.actual', 'p0', 'p1', 'p2', 'p3', 'withheld']);
  });

  it('is rounding when the amounts’ precision explains the difference', () => {
    const r = only(run(jianghua('88.45', ['3.50', '15.00', '15.00', '5.18'], '49.78'), [], projects), 'project_list');
    expect(r).toMatchObject({ status: 'rounding', computed: '88.46', difference_yuan: '-100.00', tolerance_yuan: '300.00' });
  });

  it('fails for 江华 2024: 3.5 + 15 + 15 + 5.18 + 63.77 = 102.45, not 88.45', () => {
    const r = only(run(jianghua('88.45', ['3.5', '15', '15', '5.18'], '63.77'), [], projects), 'project_list');
    expect(r).toMatchObject({ status: 'fail', stated: '88.45', computed: '102.45', difference_yuan: '-140000.00' });
    // 15 and 15 are printed without decimals: ±0.5 万元 each.
    expect(r.tolerance_yuan).toBe('10650.00');
    expect(r.message).toContain('网络安全和新媒体管理项目3.5万元');
    expect(r.message).toContain('其余经费（涉密）63.77万元');
    expectOneSentence(r);
  });

  it('finds the projects stated alongside the total when nothing is linked', () => {
    const r = only(run(jianghua('88.45', ['3.5', '15', '15', '5.18'], '63.77', false), [], projects), 'project_list');
    expect(r.status).toBe('fail');
  });

  it('without a stated remainder, the named projects may not exceed the total', () => {
    const facts = jianghua('88.45', ['3.5', '15', '15', '5.18'], null).filter((f) => f.id !== 'withheld');
    expect(only(run(facts, [], projects), 'project_list').status).toBe('pass');
    const over = jianghua('30.45', ['3.5', '15', '15', '5.18'], null).filter((f) => f.id !== 'withheld');
    expect(only(run(over, [], projects), 'project_list').status).toBe('fail');
  });

  it('is not applicable when the remainder is withheld without an amount', () => {
    const r = only(run(jianghua('88.45', ['3.5', '15', '15', '5.18'], null), [], projects), 'project_list');
    expect(r.status).toBe('not_applicable');
    expect(r.message).toContain('涉密未公开');
  });

  it('does not report the linked projects again as named parts', () => {
    expect(ofRule(run(jianghua('88.45', ['3.5', '15', '15', '5.18'], '63.77'), [], projects), 'named_parts')).toHaveLength(0);
  });
});
