/**
 * How check results name what they compare, over the real corpus: the second
 * value is marked as printed in the document exactly when it is (and then it
 * is that figure's value), headings name a repeated figure as the document
 * does, and a tolerance wider than the last published digit is said. Seed
 * expectations are keyed by disclosure and check id; the rest derive from
 * the data.
 */
import { describe, expect, it } from 'vitest';
import { config } from '../../../src/config';
import { readCorpusFiles } from '../../../src/build/corpus-files';
import { runChecks } from '../../../src/checks';
import { checkElementId, secondValueLabel, VALUE_LABELS } from '../../../src/checks/report';
import { operand, showValue } from '../../../src/checks/tolerance';
import { normalizeCorpus } from '../../../src/normalize/corpus';
import type { CheckResult, DisclosureDetails } from '../../../src/schema/normalized';

const collections = normalizeCorpus(readCorpusFiles(config.contentDir), runChecks).collections!;
const all: { d: DisclosureDetails; c: CheckResult }[] = collections.details.flatMap((d) => d.checks.map((c) => ({ d, c })));
const check = (disclosure: string, id: string): CheckResult => {
  const d = collections.details.find((x) => x.id === disclosure);
  const c = d?.checks.find((x) => x.check_id === id);
  if (!c) throw new Error(`no check ${id} in ${disclosure}`);
  return c;
};
const heading = (c: CheckResult) => c.message.slice(0, c.message.indexOf('：'));

describe('the second value is named for what it is', () => {
  it('marks a printed second value with the figure that prints it, and that figure prints it', () => {
    const marked = all.filter(({ c }) => c.computed_stated_id);
    expect(marked.length).toBeGreaterThan(0);
    for (const { d, c } of marked) {
      expect(c.fact_ids, c.check_id).toContain(c.computed_stated_id);
      const f = d.facts.find((x) => x.id === c.computed_stated_id);
      if (f && c.computed !== null) {
        const o = operand(f);
        expect(showValue(o.kind, o.value!, o.displayDecimals), `${d.id} ${c.check_id}`).toBe(c.computed);
      }
      expect(secondValueLabel(c)).toBe(VALUE_LABELS.statedElsewhere);
    }
  });

  it('a repeated figure is compared with another printed statement, a worded comparison with its printed base', () => {
    for (const { c } of all.filter(({ c }) => (c.rule === 'same_quantity' || c.rule === 'statement') && c.computed !== null)) {
      expect(c.computed_stated_id, c.check_id).toBeTruthy();
    }
  });

  it('a sum of several parts, a ratio and a difference are the portal’s own computation', () => {
    const computed = all.filter(({ c }) => ['rate', 'change', 'indicator_execution'].includes(c.rule) || (c.rule === 'sum_parts' && c.fact_ids.length > 2));
    expect(computed.length).toBeGreaterThan(0);
    for (const { c } of computed) expect(secondValueLabel(c), c.check_id).toBe(VALUE_LABELS.computed);
  });

  it('no label says 计算值', () => {
    expect(Object.values(VALUE_LABELS).join()).not.toContain('计算值');
  });
});

describe('headings name a repeated figure as the document does', () => {
  it('攸县: a plain 年初预算数 is not called 财政拨款支出年初预算数', () => {
    const c = check('430223-cac-2024-final-accounts', 'same.expenditure_total.initial_budget.all@annex.perf.initial_budget=text.s3.5.3.initial_budget');
    expect(heading(c)).toBe('同一个数在不同地方应写得一样（年初预算数）');
    expect(c.message).toContain('写财政拨款支出年初预算数0万元');
    expect(c.message).toContain('却写年初预算数106万元');
  });

  it('every same-quantity heading names a name both statements print, or the concept both are read as', () => {
    for (const { d, c } of all.filter(({ c }) => c.rule === 'same_quantity')) {
      const name = heading(c)
        .replace(/^同一个数在不同地方应写得一样（/, '')
        .replace(/）$/, '');
      const [a, b] = c.fact_ids.map((id) => d.facts.find((f) => f.id === id)!);
      const printed = (f: typeof a) => `${f.item}${f.column}${f.code_name ?? ''}`.replace(/\s+/g, '');
      const bare = name.replace(/\s+/g, '');
      const inBoth = printed(a).includes(bare) && printed(b).includes(bare);
      const concept = name.startsWith(a.concept_zh) && a.concept === b.concept;
      expect(inBoth || concept, `${d.id} ${c.check_id}: ${name}`).toBe(true);
    }
  });
});

describe('a tolerance wider than the last published digit is said', () => {
  it('元氏: the 99.99% execution rate against 29.99 ÷ 30 万元 says how wide a range the rounded 30 allows', () => {
    const c = check('130132-cac-2022-performance-self-evaluation', 'rate.execution_rate@cyber-security.execution_rate');
    expect(c.status).toBe('rounding');
    expect(c.message).toContain('算得的比率可在98.311%至101.678%之间');
  });

  it('元氏: the failed 100% execution says the range the amounts allow', () => {
    const c = check('130132-cac-2022-performance-self-evaluation', 'ind.execution@it-training.funding');
    expect(c.status).toBe('fail');
    expect(c.message).toContain('算得的比率可在55.0%至60.9%之间');
  });

  it('攸县: three amounts to two decimals allow 150 元, and the message says so', () => {
    const c = check('430223-cac-2024-final-accounts', 'sum.basic=personnel+running_costs.actual.all@text.s3.6.basic');
    expect(c).toMatchObject({ status: 'rounding', tolerance_yuan: '150.00' });
    expect(c.message).toContain('最多可差150元');
  });

  it('every money result that is not a pass and whose tolerance exceeds 100 元 of a two-decimal figure states the tolerance', () => {
    for (const { c } of all.filter(({ c }) => c.tolerance_yuan && (c.status === 'rounding' || c.status === 'fail'))) {
      const tol = Number(c.tolerance_yuan);
      const decimals = Math.max(...[c.stated, c.computed].map((v) => (v && v.includes('.') ? v.split('.')[1].length : 0)));
      const unitYuan = 10 ** (4 - decimals);
      if (tol > unitYuan) expect(c.message, c.check_id).toMatch(/最多(可差)?[\d,.]+元/);
    }
  });
});

describe('check element ids', () => {
  it('are unique within a disclosure and need no escaping in a URL fragment', () => {
    for (const d of collections.details) {
      const ids = d.checks.map((c) => checkElementId(c.check_id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^ck-[0-9a-z]+$/);
    }
  });

  it('are the same id for the same check', () => {
    const id = 'same.expenditure_total.actual.all@a=b#2';
    // A permalink: the same check keeps its id from build to build.
    expect(checkElementId(id)).toBe('ck-1s9y8gr');
    expect(checkElementId(id)).not.toBe(checkElementId(`${id}3`));
    expect(checkElementId(id).length).toBeLessThanOrEqual(10);
  });
});
