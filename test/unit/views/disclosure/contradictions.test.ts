import { describe, expect, it } from 'vitest';
import { failedCheckLinks, figureFlags } from '../../../../src/views/disclosure/contradictions';
import { checkElementId } from '../../../../src/checks/report';
import type { CheckResult } from '../../../../src/schema/normalized';
import { literalFact as fact } from '../../../support/checks';

const check = (over: Partial<CheckResult>): CheckResult => ({
  check_id: 'c',
  rule: 'r',
  rule_zh: '同一数字多处一致',
  status: 'fail',
  stated: '1',
  computed: '2',
  unit: '万元',
  difference_yuan: '-10000.00',
  tolerance_yuan: '100.00',
  fact_ids: [],
  message: 'm',
  ...over,
});
const money = (id: string, item: string, v: string, anchor = `q-${id}`) => fact({ id, item, published: v, value: v, anchor });

describe('figures contradicted by failed checks', () => {
  it('names the other stated figure on both sides of a two-figure comparison, with links to it and to the check', () => {
    const facts = [money('annex', '公用经费支出', '88.93'), money('t06', '公用经费合计', '54.39')];
    const flags = figureFlags([check({ check_id: 'same@annex=t06', stated: '88.93', computed: '54.39', fact_ids: ['annex', 't06'] })], facts);
    expect(flags.get('t06')).toEqual([
      {
        checkId: 'same@annex=t06',
        checkHref: `#${checkElementId('same@annex=t06')}`,
        kind: 'other',
        otherValue: '88.93 万元',
        otherLabel: '文件另一处所载（公用经费支出）',
        otherHref: '#q-annex',
        text: '文件另一处所载（公用经费支出）为 88.93 万元',
      },
    ]);
    expect(flags.get('annex')?.[0]).toMatchObject({ kind: 'other', otherValue: '54.39 万元', otherHref: '#q-t06' });
  });

  it('a stated total whose parts sum to another value names the sum as computed; each part names the stated total', () => {
    const facts = [money('total', '按支出性质分', '162.935556'), money('basic', '基本支出', '104.524245'), money('project', '项目支出', '59.147961')];
    const flags = figureFlags([check({ check_id: 'sum', stated: '162.935556', computed: '163.672206', fact_ids: ['total', 'basic', 'project'] })], facts);
    expect(flags.get('total')?.[0]).toMatchObject({ kind: 'sum', otherValue: '163.672206 万元', otherLabel: '各组成部分之和（本站计算）', otherHref: null });
    expect(flags.get('basic')?.[0]).toMatchObject({
      kind: 'part',
      otherValue: '163.672206 万元',
      otherLabel: '文件所载按支出性质分 162.935556 万元',
      otherHref: '#q-total',
    });
  });

  it('compares numbers by value, not by how they are written', () => {
    const facts = [money('a', '年初预算数', '106'), money('b', '财政拨款支出年初预算数', '0.00')];
    const flags = figureFlags([check({ stated: '106', computed: '0', fact_ids: ['a', 'b'] })], facts);
    expect(flags.get('a')?.[0]).toMatchObject({ kind: 'other', otherValue: '0 万元' });
    expect(flags.get('b')?.[0]).toMatchObject({ kind: 'other', otherValue: '106 万元' });
  });

  it('flags nothing for passing or rounding checks, checks in another unit, or counts of elements', () => {
    const facts = [money('a', 'A', '1'), money('b', 'B', '2'), fact({ id: 's', unit: '分', published: '97', value: '97', fen: null })];
    expect(figureFlags([check({ status: 'pass', fact_ids: ['a', 'b'] }), check({ status: 'rounding', fact_ids: ['a', 'b'] })], facts).size).toBe(0);
    expect(figureFlags([check({ unit: '项', stated: '1', computed: '2', fact_ids: ['s', 'a'] })], facts).size).toBe(0);
    expect(figureFlags([check({ stated: '2', computed: '2', fact_ids: ['a', 'b'] })], facts).size).toBe(0);
    expect(figureFlags([check({ stated: null, fact_ids: ['a', 'b'] })], facts).size).toBe(0);
  });

  it('gives each check one marker per figure, in check order', () => {
    const facts = [money('a', 'A', '1'), money('b', 'B', '2'), money('c', 'C', '3')];
    const flags = figureFlags(
      [
        check({ check_id: 'x', fact_ids: ['a', 'b'] }),
        check({ check_id: 'x', fact_ids: ['a', 'b'] }),
        check({ check_id: 'y', stated: '1', computed: '3', fact_ids: ['a', 'c'] }),
      ],
      facts,
    );
    expect(flags.get('a')?.map((f) => f.checkId)).toEqual(['x', 'y']);
  });

  it('check anchors are valid, distinct ids for distinct check ids', () => {
    const ids = ['same.a@x=y', 'same.a@x+y', 'same.a@x_y', 'sum.total=basic+project'];
    const anchors = ids.map(checkElementId);
    expect(new Set(anchors).size).toBe(ids.length);
    for (const a of anchors) expect(a).toMatch(/^ck-[A-Za-z0-9._@=+~-]+$/);
  });

  it('lists failed checks by rule and the figures they compare', () => {
    const facts = [money('a', '公用经费支出', '88.93'), money('b', '公用经费合计', '54.39')];
    const links = failedCheckLinks([check({ check_id: 'k', fact_ids: ['a', 'b'] }), check({ check_id: 'ok', status: 'pass' })], facts);
    expect(links).toEqual([{ checkId: 'k', href: `#${checkElementId('k')}`, title: '同一数字多处一致：公用经费支出、公用经费合计' }]);
  });
});
