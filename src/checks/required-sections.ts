/**
 * Rule `required_sections` (部门决算 only): the written explanation has the
 * parts the disclosure rules require, each found by its heading in the text
 * (not in the table of contents), some with required content: 三公 with the
 * reasons for its changes, 政府采购 by 货物/工程/服务 with the amount and share
 * awarded to 中小企业. One result per part: stated = requirements met of
 * computed = requirements.
 */
import type { CheckResult, Fact } from '../schema/normalized';
import type { Ctx } from './context';
import { anchorStart, findSection, type DocumentInput, type FoundSection } from './document';
import { joinZh } from './messages';
import { makeResult } from './result';

interface Requirement {
  zh: string;
  test: (s: FoundSection) => boolean;
}

interface SectionSpec {
  id: string;
  zh: string;
  heading: RegExp;
  also?: Requirement[];
}

export const REQUIRED_SECTIONS: readonly SectionSpec[] = [
  { id: 'income_expenditure', zh: '收入支出决算总体情况', heading: /(?<!财政拨款|预算)收入支出决算总体情况|(?<!财政拨款)收支总体情况/ },
  {
    id: 'three_public',
    zh: '“三公”经费支出情况',
    heading: /三公/,
    also: [{ zh: '增减变化的原因', test: (s) => /原因|主要是|由于|因为|严格按照|严格控制|厉行节约/.test(s.bodyText) }],
  },
  { id: 'admin_running_costs', zh: '机关运行经费', heading: /机关运行经费/ },
  {
    id: 'procurement',
    zh: '政府采购支出',
    heading: /政府采购/,
    also: [
      { zh: '按货物、工程、服务分列', test: (s) => ['货物', '工程', '服务'].every((w) => s.bodyText.includes(w)) },
      { zh: '授予中小企业合同金额及占比', test: (s) => /中小企业[^。]*\d[^。]*(%|％)/.test(s.bodyText) },
    ],
  },
  { id: 'state_assets', zh: '国有资产占用情况', heading: /国有资产/ },
  { id: 'performance', zh: '预算绩效情况', heading: /绩效/ },
  { id: 'glossary', zh: '名词解释', heading: /名词解释/ },
];

export function checkRequiredSections(ctx: Ctx, doc: DocumentInput): CheckResult[] {
  if (doc.kind !== 'final-accounts') return [];
  return REQUIRED_SECTIONS.map((spec) => {
    const found = findSection(doc, spec.heading);
    const also = spec.also ?? [];
    const base = { check_id: `structure.section.${spec.id}`, rule: 'required_sections' as const, computed: String(1 + also.length), unit: '项' };
    const heading = `部门决算应说明${spec.zh}${also.length ? `（含${joinZh(also.map((a) => a.zh))}）` : ''}`;
    if (!found) return makeResult({ ...base, status: 'fail', stated: '0', fact_ids: [], message: `${heading}：文件中找不到这一部分。` });
    const missing = also.filter((a) => !a.test(found));
    const inside = factsWithin(ctx.facts, found)
      .slice(0, 3)
      .map((f) => f.id);
    const met = 1 + also.length - missing.length;
    const where = `文件在“${found.heading}”中作了说明`;
    return makeResult({
      ...base,
      status: missing.length ? 'fail' : 'pass',
      stated: String(met),
      fact_ids: inside,
      message: missing.length ? `${heading}：${where}，但没有写出${joinZh(missing.map((a) => a.zh))}。` : `${heading}：${where}。`,
    });
  });
}

/** Facts quoted from inside a section's body. */
function factsWithin(facts: readonly Fact[], s: FoundSection): Fact[] {
  return facts.filter((f) => {
    const at = anchorStart(f.anchor);
    return at >= s.body.start && at < s.body.end;
  });
}
