/**
 * Rule `classification_depth` (部门决算 only): spending is broken down to the
 * levels the rules require — 支出功能分类 to 项 (7-digit codes) and 支出经济分类
 * to 款 (5-digit codes) — judged by the codes of the curated figures. stated =
 * the most digits found, computed = the digits required.
 */
import type { CheckResult, Fact } from '../schema/normalized';
import type { Ctx } from './context';
import type { DocumentInput } from './document';
import { makeResult } from './result';

const SYSTEMS = [
  { system: 'functional' as const, zh: '支出功能分类', level: '项', digits: 7 },
  { system: 'economic' as const, zh: '支出经济分类', level: '款', digits: 5 },
];

export function checkClassificationDepth(ctx: Ctx, doc: DocumentInput): CheckResult[] {
  if (doc.kind !== 'final-accounts') return [];
  return SYSTEMS.map((s) => {
    const coded = ctx.facts.filter((f): f is Fact & { code: string } => f.code_system === s.system && f.code !== null);
    const deepest = coded.reduce((m, f) => Math.max(m, f.code.length), 0);
    const base = { check_id: `structure.classification.${s.system}`, rule: 'classification_depth' as const, computed: String(s.digits), unit: '位' };
    const heading = `部门决算的${s.zh}应细化到“${s.level}”（${s.digits}位科目编码）`;
    if (!deepest) return makeResult({ ...base, status: 'fail', stated: null, fact_ids: [], message: `${heading}：文件中没有带${s.zh}科目编码的数字。` });
    const sample = coded
      .filter((f) => f.code.length === deepest)
      .slice(0, 3)
      .map((f) => f.id);
    const ok = deepest >= s.digits;
    const codes = [...new Set(coded.filter((f) => f.code.length === deepest).map((f) => f.code))];
    return makeResult({
      ...base,
      status: ok ? 'pass' : 'fail',
      stated: String(deepest),
      fact_ids: sample,
      message: ok
        ? `${heading}：文件列到${deepest}位科目（如${codes.slice(0, 2).join('、')}），符合要求。`
        : `${heading}：文件最细只列到${deepest}位科目（如${codes.slice(0, 2).join('、')}），没有细化到“${s.level}”。`,
    });
  });
}
