/**
 * Figures stated in sentences: amounts in 万元/元 with the concept their
 * label names, budget phases (年初预算 / 全年预算 / 决算), shares with their
 * operands, changes with direction, counts of staff, vehicles and units,
 * withheld amounts (涉密, 不予公开: status withheld, never zero) and
 * statements that a budget has no data. A number whose label names no known
 * concept is left for REVIEW.md.
 */
import { CONCEPTS, type ConceptId, type PhaseId, type ScopeId } from '../schema/concepts';
import { quoteAt, type Line } from './text';
import { emptyFact, type DraftFact } from './types';

/** Labels → concepts, most specific first. `generic` labels (支出, 预算 …) inherit the sentence's subject. */
const MONEY_LABELS: [RegExp, ConceptId][] = [
  [/授予小微企业合同金额/, 'procurement_small_micro'],
  [/授予中小企业合同金额/, 'procurement_sme'],
  [/政府采购(支出)?总额|政府采购支出(?!.*(货物|工程|服务))/, 'procurement_total'],
  [/政府采购货物支出|^其中货物$/, 'procurement_goods'],
  [/政府采购工程支出|^工程$/, 'procurement_works'],
  [/政府采购服务支出|^服务$/, 'procurement_services'],
  [/公务用车购置费?及运行维护费/, 'three_public_vehicles'],
  [/公务用车购置费/, 'vehicle_purchase'],
  [/公务用车运行维护费/, 'vehicle_operation'],
  [/因公出国[（(]境[）)]\s*费/, 'three_public_overseas'],
  [/公务接待费/, 'official_reception'],
  [/[“"]?三公[”"]?经费/, 'three_public_total'],
  [/机关运行经费/, 'admin_running_costs'],
  [/会议费/, 'meeting_fees'],
  [/培训费/, 'training_fees'],
  [/收、支总计|收支总计/, 'grand_total'],
  [/使用非财政拨款结余/, 'non_fiscal_balance_used'],
  [/年初结转和结余/, 'carryover_begin'],
  [/年末结转和结余/, 'carryover_end'],
  [/结转和结余/, 'carryover_begin'],
  [/财政拨款收入|一般公共财政拨款$/, 'fiscal_appropriation_income'],
  [/上级补助收入/, 'superior_subsidy_income'],
  [/事业收入/, 'business_income'],
  [/经营收入/, 'operating_income'],
  [/附属单位上缴收入/, 'affiliated_income'],
  [/其他(预算)?收入/, 'other_income'],
  [/收入合计|总收入|预算(安排)?收入/, 'income_total'],
  [/人员经费/, 'personnel'],
  [/公用经费/, 'running_costs'],
  [/基本支出/, 'basic_expenditure'],
  [/项目支出/, 'project_expenditure'],
  [/上缴上级支出/, 'remitted_to_superior'],
  [/经营支出/, 'operating_expenditure'],
  [/对附属单位补助支出/, 'subsidy_to_affiliates'],
  [/支出合计|总支出|支出总计|整体支出/, 'expenditure_total'],
  [/资产总额/, 'assets_total'],
  [/负债总额/, 'liabilities_total'],
  [/净资产/, 'net_assets'],
  [/固定资产(账面)?原值/, 'fixed_assets_original'],
  [/累计折旧/, 'accumulated_depreciation'],
  [/在用资产/, 'assets_in_use'],
];

const GENERIC = /(支出|收入)?(年初)?(预算|决算|执行)(数)?(为|支出)?$|^(实际)?支出$|^(执行数|决算数|预算数)$/;

const COUNT_LABELS: [RegExp, RegExp, ConceptId][] = [
  [/行政编制/, /^(人|名)$/, 'staff_authorised_admin'],
  [/事业编制/, /^(人|名)$/, 'staff_authorised_institution'],
  [/编制/, /^(人|名)$/, 'staff_authorised'],
  [/在编/, /^(人|名)$/, 'staff_on_payroll'],
  [/离休|退休/, /^(人|名)$/, 'retirees'],
  [/实有|在职|现有/, /^(人|名)$/, 'staff_actual'],
  [/内设(机构|股室|科室)?$/, /^个$/, 'internal_units'],
  [/(下设|所属).{0,6}$/, /^个$/, 'subordinate_units'],
  [/团组/, /^个$/, 'overseas_groups'],
  [/出国.*累计$|累计$/, /^人次$/, 'overseas_person_trips'],
  [/车辆|公务用车保有量/, /^辆$/, 'vehicles'],
  [/设备/, /^台（套）$/, 'equipment_over_1m'],
];

const NUM = String.raw`(?<![\d.])(\d+(?:\.\d+)?)`;
const MONEY = new RegExp(NUM + String.raw`\s*(万元|元)`, 'g');
const PERCENT = new RegExp(NUM + String.raw`\s*(%|％)`, 'g');
const COUNT = new RegExp(NUM + String.raw`\s*(台（套）|人次|个|人|名|辆)`, 'g');
const SCORE = new RegExp(String.raw`(总得分|自评得分|总分|得分)[为是：:\s]*` + NUM + String.raw`\s*分`, 'g');

export interface SentenceInput {
  source: string;
  lines: Line[];
  sections: string[];
  /** Lines that belong to tables (skipped here). */
  tableLines: Set<number>;
  /** Offsets already covered by a drafted figure (skipped here). */
  covered: (start: number, end: number) => boolean;
  finalAccounts: boolean;
}

interface Clause {
  start: number;
  end: number;
  text: string;
}

/** Sentences (to 。) split into clauses (at ， ； ： 、 and brackets). */
function clausesOf(text: string, offset: number): { sentence: Clause; clauses: Clause[] }[] {
  const out: { sentence: Clause; clauses: Clause[] }[] = [];
  for (const m of text.matchAll(/[^。！？]+[。！？]?/g)) {
    const s = m[0];
    const base = offset + m.index!;
    const clauses: Clause[] = [];
    for (const c of s.matchAll(/[^，,；;：:、（）()。！？]+/g)) clauses.push({ start: base + c.index!, end: base + c.index! + c[0].length, text: c[0] });
    out.push({ sentence: { start: base, end: base + s.length, text: s }, clauses });
  }
  return out;
}

function scopeOf(sentence: string, section: string, concept: ConceptId): ScopeId {
  const both = sentence;
  if (/一般公共预算|一般公共财政/.test(both)) return 'general_budget';
  if (/政府性基金/.test(both)) return 'government_fund';
  if (/国有资本经营/.test(both)) return 'state_capital';
  if (/社会保险基金/.test(both)) return 'social_insurance';
  if (/财政拨款/.test(both)) return /一般公共预算/.test(section) ? 'general_budget' : 'fiscal';
  const g = CONCEPTS[concept].group;
  return g === 'income' || g === 'expenditure' || g === 'three_public' ? 'all' : 'unspecified';
}

function phaseOf(label: string, finalAccounts: boolean): PhaseId {
  if (/年初/.test(label)) return 'initial_budget';
  if (/全年预算|调整预算|调整后|预算数|预算为|预算安排|预算$/.test(label)) return 'adjusted_budget';
  if (/上年|\d{4}年(决算)?$/.test(label) && !/增|减/.test(label)) return 'actual';
  if (/到位|收到/.test(label)) return 'funds_received';
  void finalAccounts;
  return 'actual';
}

export function draftSentences(input: SentenceInput): DraftFact[] {
  const { source, lines } = input;
  const out: DraftFact[] = [];
  let seq = 0;
  const add = (d: Omit<DraftFact, 'row'> & { row: Partial<DraftFact['row']> }, note: string): DraftFact | null => {
    const q = quoteAt(source, d.start, d.end);
    if (!q) return null;
    const row = { ...emptyFact(), ...d.row, fact_id: `text.l${lineN}.${++seq}`, quote: q.quote, after: q.after, note: `draft: sentence ${note}`, section: input.sections[lineN - 1] };
    const f: DraftFact = { kind: 'sentence', row, start: d.start, end: d.end };
    out.push(f);
    return f;
  };
  let lineN = 0;
  for (const l of lines) {
    lineN = l.n;
    if (input.tableLines.has(l.n) || !l.text.trim() || l.text.includes('\t')) continue;
    const section = input.sections[l.n - 1];
    for (const { sentence, clauses } of clausesOf(l.text, l.start)) {
      let subject: ConceptId | null = null;
      let last: DraftFact | null = null;
      const sentenceFacts: DraftFact[] = [];
      const withheld = /涉密|不予公开/.test(sentence.text);
      for (const c of clauses) {
        const rel = (i: number) => c.start + i;
        for (const m of c.text.matchAll(MONEY)) {
          const s = rel(m.index!);
          const e = s + m[0].length;
          if (input.covered(s, e)) continue;
          const label = c.text.slice(0, m.index!).replace(/(为|是|达|共计|约|\s)+$/, '');
          const change = /(增加|减少|增长|下降|追加)(预算)?$/.exec(label);
          const hit = MONEY_LABELS.find(([re]) => re.test(label));
          let concept: ConceptId | null = hit ? hit[1] : null;
          if (!concept && (GENERIC.test(label) || change) && subject) concept = subject;
          if (change && concept) {
            add({ kind: 'sentence', start: c.start, end: c.end, row: { concept: 'change_amount', phase: /年中/.test(label) ? 'adjusted_budget' : 'actual', scope: scopeOf(sentence.text, section, concept), item: label, value: m[1], unit: m[2], direction: /减少|下降/.test(change[1]) ? 'decrease' : 'increase' } }, 'change');
            continue;
          }
          if (withheld && /涉密|不予公开/.test(sentence.text.slice(m.index!))) {
            const f = add({ kind: 'sentence', start: sentence.start, end: sentence.end - (sentence.text.endsWith('。') ? 0 : 0), row: { concept: 'project_withheld', phase: 'actual', scope: scopeOf(sentence.text, section, 'project_withheld'), item: label, value: m[1], unit: m[2], status: 'withheld' } }, 'withheld');
            if (f) last = f;
            continue;
          }
          if (!concept) continue;
          subject = concept;
          const f = add({ kind: 'sentence', start: c.start, end: c.end, row: { concept, phase: phaseOf(label, input.finalAccounts), scope: scopeOf(sentence.text, section, concept), item: label.replace(/^.*?(\d{4}\s*年度?)/, ''), value: m[1], unit: m[2] } }, 'amount');
          if (f) {
            last = f;
            sentenceFacts.push(f);
          }
        }
        for (const m of c.text.matchAll(PERCENT)) {
          const s = rel(m.index!);
          if (input.covered(s, s + m[0].length)) continue;
          const label = c.text.slice(0, m.index!);
          let concept: ConceptId | null = null;
          if (/^占/.test(label.trim()) || /占.*的?$/.test(label)) concept = 'share';
          else if (/执行率|完成预算的|支付进度|使用率/.test(label)) concept = 'execution_rate';
          else if (/到位率/.test(label)) concept = 'funds_in_place_rate';
          else if (/控制率/.test(label)) concept = 'control_rate';
          if (!concept) continue;
          const of = concept === 'share' && last ? last : null;
          const baseLabel = /占(.*?)的?$/.exec(label)?.[1] ?? '';
          const baseConcept = MONEY_LABELS.find(([re]) => re.test(baseLabel))?.[1];
          const base = of && baseConcept ? [...out].reverse().find((f) => f.row.concept === baseConcept && f !== of) : undefined;
          // A share spans from its amount to the percentage, so the quote holds both operands' clause.
          const start = of && concept === 'share' ? of.start : c.start;
          add({ kind: 'sentence', start, end: c.end, row: { concept, phase: of?.row.phase ?? 'actual', scope: of?.row.scope ?? scopeOf(sentence.text, section, 'expenditure_total'), item: label.trim() || '占比', value: m[1], unit: '%', of: of && base ? of.row.fact_id : '', base: of && base ? base.row.fact_id : '' } }, concept);
        }
        for (const m of c.text.matchAll(COUNT)) {
          const s = rel(m.index!);
          if (input.covered(s, s + m[0].length)) continue;
          if (/^\d+\s*个月/.test(c.text.slice(m.index!))) continue;
          const label = c.text.slice(0, m.index!).trim();
          const hit = COUNT_LABELS.find(([re, unit]) => re.test(label) && unit.test(m[2]));
          if (!hit) continue;
          add({ kind: 'sentence', start: c.start, end: c.end, row: { concept: hit[2], phase: 'none', scope: 'unspecified', item: label.trim(), value: m[1], unit: m[2] } }, 'count');
        }
        for (const m of c.text.matchAll(SCORE)) {
          const s = rel(m.index!);
          if (input.covered(s, s + m[0].length)) continue;
          add({ kind: 'sentence', start: c.start, end: c.end, row: { concept: 'evaluation_total_score', phase: 'none', scope: 'unspecified', item: m[1], value: m[2], unit: '分' } }, 'score');
        }
      }
      // Statements that a budget has no data at all: empty, never zero.
      const none = /未安排(政府性基金|国有资本经营|社会保险基金)预算[^。]*?无\1预算(支出|收入)/.exec(sentence.text);
      if (none) {
        const scope: ScopeId = none[1] === '政府性基金' ? 'government_fund' : none[1] === '国有资本经营' ? 'state_capital' : 'social_insurance';
        add({ kind: 'sentence', start: sentence.start, end: sentence.end, row: { concept: none[2] === '收入' ? 'income_total' : 'expenditure_total', phase: 'actual', scope, item: `${none[1]}预算`, value: '', unit: '万元', status: 'empty' } }, 'empty statement');
      }
    }
  }
  return out;
}
