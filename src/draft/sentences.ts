/**
 * Figures stated in sentences: amounts in 万元/元 with the concept their
 * label names, budget phases (年初预算 / 全年预算 / 决算), shares with their
 * operands, changes with direction, counts of staff, vehicles and units,
 * withheld amounts (涉密, 不予公开: status withheld, never zero) and
 * statements that a budget has no data. A number whose label names no known
 * concept is left for REVIEW.md.
 */
import { CONCEPTS, UNITS_BY_KIND, type ConceptId, type PhaseId, type ScopeId } from '../core/concepts';
import type { FunctionalNames } from './functional-names';
import { headingLevel, quoteAt, type Line } from './text';
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
  [/支出合计|总支出|支出总计|整体支出|财政拨款支出$|^(其中)?支出$/, 'expenditure_total'],
  [/涉及资金/, 'evaluation_funds'],
  [/资产总额/, 'assets_total'],
  [/负债总额/, 'liabilities_total'],
  [/净资产/, 'net_assets'],
  [/固定资产(账面)?原值/, 'fixed_assets_original'],
  [/累计折旧/, 'accumulated_depreciation'],
  [/在用资产/, 'assets_in_use'],
  [/固定资产/, 'fixed_assets_original'],
  [/净值$/, 'fixed_assets_net'],
  [/项目资金(合计|收入)?$/, 'project_expenditure'],
];

const GENERIC = /(支出|收入)?(年初|全年)?(预算|决算|执行)(安排)?(数|支出)?$|^实际支出$|(我|本)(单位|部门)/;

const COUNT_LABELS: [RegExp, RegExp, ConceptId][] = [
  [/行政编制/, /^(人|名)$/, 'staff_authorised_admin'],
  [/事业编制/, /^(人|名)$/, 'staff_authorised_institution'],
  [/编制/, /^(人|名)$/, 'staff_authorised'],
  [/在编/, /^(人|名)$/, 'staff_on_payroll'],
  [/涉退|安置|就业岗位/, /^(人|名)$/, 'staff_other'],
  [/离休|退休/, /^(人|名)$/, 'retirees'],
  [/实际(工作|在岗)/, /^(人|名)$/, 'staff_working'],
  [/实有|在职|现有/, /^(人|名)$/, 'staff_actual'],
  [/内设(机构|股室|科室)?$/, /^个$/, 'internal_units'],
  [/(下设|所属).{0,6}$/, /^个$/, 'subordinate_units'],
  [/团组$/, /^个$/, 'overseas_groups'],
  [/^累计$|出国.*累计$/, /^人次$/, 'overseas_person_trips'],
  [/车辆|公务用车保有量/, /^辆$/, 'vehicles'],
  [/设备/, /^台（套）$/, 'equipment_over_1m'],
];

const NUM = String.raw`(?<![\d.])(\d+(?:\.\d+)?)`;
/**
 * Units of counted activities: the count units but vehicles and equipment,
 * which the pattern names on their own. Longest first, so that an
 * alternation matches 人次 before 次 and 余万条 before 条.
 */
const ACTIVITY_UNITS = UNITS_BY_KIND.count.filter((u) => u !== '辆' && u !== '台（套）').sort((a, b) => b.length - a.length);
const FIGURE = new RegExp(NUM + String.raw`\s*(万元|元|%|％|台（套）|分|辆|` + ACTIVITY_UNITS.join('|') + ')', 'g');

export interface SentenceInput {
  source: string;
  lines: Line[];
  sections: string[];
  /** Lines that belong to tables (skipped here). */
  tableLines: Set<number>;
  /** Offsets already covered by a drafted figure (skipped here). */
  covered: (start: number, end: number) => boolean;
  /** 3-digit functional classes by name (一般公共服务支出 → 201), for amounts a sentence lists by class. */
  functionalClasses?: Map<string, string>;
  /** Functional codes by a 类/款/项 heading path or a name unique in the registry. */
  functionalNames?: FunctionalNames;
  /** The id of the named project a figure belongs to (created on first use). */
  project?: (name: string, start: number, end: number, purpose: string) => string | null;
}

interface Clause {
  start: number;
  end: number;
  text: string;
}

/** Sentences (to 。) split into clauses (at ， ； ：). */
function clausesOf(text: string, offset: number): { sentence: Clause; clauses: Clause[] }[] {
  const out: { sentence: Clause; clauses: Clause[] }[] = [];
  for (const m of text.matchAll(/[^。！？]+[。！？]?/g)) {
    const s = m[0];
    const base = offset + m.index!;
    const clauses: Clause[] = [];
    for (const c of s.matchAll(/[^，,；;：:。！？]+/g)) clauses.push({ start: base + c.index!, end: base + c.index! + c[0].length, text: c[0] });
    out.push({ sentence: { start: base, end: base + s.length, text: s }, clauses });
  }
  return out;
}

/** Flows of money (content/README.md, scope rule 2): with no money named, the department's money as a whole. */
const FLOW_GROUPS = new Set(['income', 'expenditure', 'three_public', 'operations', 'procurement']);
/** Positions at a date and what the department has (phase rule 2): no budget stage, no funding source. */
const isPosition = (concept: ConceptId) => CONCEPTS[concept].group === 'assets' || CONCEPTS[concept].group === 'staff';
/** "…全部为财政资金" / "均为财政拨款": the sentence says all its money is fiscal. */
const ALL_FISCAL = /(全部|均|都)(为|是|来源于|来自)财政(拨款)?(资金)?/;

/**
 * The funding scope (content/README.md, scope rules): what the label or the
 * sentence's subject says, else the section heading; a flow of money with no
 * money named is `all`, anything else `unspecified`.
 */
function scopeOf(text: string, section: string, concept: ConceptId): ScopeId {
  if (!FLOW_GROUPS.has(CONCEPTS[concept].group) && concept !== 'change_amount') return 'unspecified';
  if (/一般公共预算|一般公共财政/.test(text)) return 'general_budget';
  if (/政府性基金/.test(text)) return 'government_fund';
  if (/国有资本经营/.test(text)) return 'state_capital';
  if (/社会保险基金/.test(text)) return 'social_insurance';
  if (/财政拨款/.test(text)) return /一般公共预算/.test(section) ? 'general_budget' : 'fiscal';
  if (/一般公共预算/.test(section)) return 'general_budget';
  if (/财政拨款/.test(section)) return 'fiscal';
  if (ALL_FISCAL.test(text)) return 'fiscal';
  return 'all';
}

/** The budget phase a label names, or null when it names none. */
function phaseOf(label: string): PhaseId | null {
  if (/年初(预算|可用预算|安排)/.test(label)) return 'initial_budget';
  if (/全年预算|调整预算|调整后|预算数|预算为|预算安排|预算$/.test(label)) return 'adjusted_budget';
  if (/到位|收到|资金收入$/.test(label)) return 'funds_received';
  if (/决算|执行数|实际支出|已支出|(已|投入)使用/.test(label)) return 'actual';
  return null;
}

/**
 * Paragraphs of prose: a line that does not end a sentence (。！？；：) runs on
 * into the next non-empty prose line (conversions break sentences across
 * lines, even with blank lines between), unless that line is a heading.
 */
function paragraphsOf(lines: Line[], tableLines: Set<number>): Line[] {
  const out: Line[] = [];
  const prose = (l: Line) => !tableLines.has(l.n) && l.text.trim() !== '' && !l.text.includes('\t');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!prose(l)) continue;
    let end = i;
    for (let j = i + 1; j < lines.length && j <= end + 3; j++) {
      if (/[。！？；：:;]\s*$/.test(lines[end].text) || headingLevel(lines[end].text) !== null) break;
      const next = lines[j];
      if (next.text.trim() === '') continue;
      if (!prose(next) || headingLevel(next.text) !== null) break;
      end = j;
    }
    const last = lines[end];
    out.push({
      n: l.n,
      start: l.start,
      text: lines
        .slice(i, end + 1)
        .map((x) => x.text)
        .join('\n')
        .slice(0, last.start + last.text.length - l.start),
    });
    i = end;
  }
  return out;
}

/** Is offset `i` of `text` inside a bracket opened by 含 (（含 A 1 万元、B 2 万元）)? */
function inHanBracket(text: string, i: number): boolean {
  const open = Math.max(text.lastIndexOf('（', i), text.lastIndexOf('(', i));
  if (open < 0 || !/^[（(]\s*含/.test(text.slice(open))) return false;
  return !/[）)]/.test(text.slice(open, i));
}

/** A count of the county itself (全县16个乡镇 …) describes the place, not work done. */
const PLACE = /(全|本)(县|市|区|省|镇|乡)$/;
/** A usage rate of assets is not the execution of a budget. */
const ASSET_WORDS = /资产|设备|房屋|车辆/;

/** A share printed without its amount (X占Y的100%): the scope of the money its label names before 占, else unspecified. */
function shareScope(label: string, ctx: string, section: string): ScopeId {
  const numerator = /^(.*?)占/.exec(label)?.[1] ?? '';
  const concept = numerator ? MONEY_LABELS.find(([re]) => re.test(numerator))?.[1] : undefined;
  return concept ? scopeOf(ctx, section, concept) : 'unspecified';
}

/**
 * "决算数等于年初预算数" / "决算数与预算数一致": a `comparison` of the last
 * budget amount of the paragraph with the actual amount of the same concept,
 * code and scope, the comparing word as printed. Nothing when the pair is not
 * there or the sentence compares with no word of agreement.
 */
function comparisonOf(text: string, before: DraftFact[]): Partial<DraftFact['row']> | null {
  const m = /决算(?:数)?(等于|与)(年初)?预算(?:数)?(一致|相等|相同)?/.exec(text.replace(/\s+/g, ''));
  const word = m && (m[1] === '等于' ? '等于' : m[3]);
  if (!m || !word || !text.includes(word)) return null;
  const isBudget = (f: DraftFact) => (m[2] ? f.row.phase === 'initial_budget' : f.row.phase === 'adjusted_budget' || f.row.phase === 'initial_budget');
  const budget = [...before].reverse().find((f) => f.row.unit === '万元' && isBudget(f));
  const actual =
    budget && [...before].reverse().find((f) => f.row.phase === 'actual' && (['concept', 'code', 'scope'] as const).every((k) => f.row[k] === budget.row[k]));
  if (!budget || !actual) return null;
  return {
    concept: 'comparison',
    phase: 'none',
    scope: actual.row.scope,
    item: m[0],
    value: word,
    unit: '文字',
    of: actual.row.fact_id,
    base: budget.row.fact_id,
  };
}

const STAFF_WORDS = /编制|在编|实有|在职|现有|人员|离休|退休|工作人员/;

export function draftSentences(input: SentenceInput): DraftFact[] {
  const { source, lines } = input;
  const out: DraftFact[] = [];
  let seq = 0;
  let lineN = 0;
  const add = (start: number, end: number, row: Partial<DraftFact['row']>, note: string): DraftFact | null => {
    const q = quoteAt(source, start, end);
    if (!q) return null;
    const f: DraftFact = {
      kind: 'sentence',
      start,
      end,
      row: {
        ...emptyFact(),
        ...row,
        fact_id: `text.l${lineN}.${++seq}`,
        quote: q.quote,
        after: q.after,
        note: `draft: sentence ${note}`,
        section: input.sections[lineN - 1],
      },
    };
    out.push(f);
    return f;
  };
  // "1、一般公共服务（类）网信事务（款）行政运行（项）。" on its own: the code of the amounts of the next paragraph.
  let headingCode: string | null = null;
  for (const l of paragraphsOf(lines, input.tableLines)) {
    lineN = l.n;
    const section = input.sections[l.n - 1];
    const pathCode = input.functionalNames?.path(l.text) ?? null;
    const paragraphCode = headingCode;
    headingCode = pathCode;
    if (pathCode) continue;
    let subject: DraftFact | null = null;
    for (const { sentence, clauses } of clausesOf(l.text, l.start)) {
      const head = sentence.text.replace(/^\s*\d{4}\s*年度?/, '').split(/\d/)[0];
      // A part (其中 …, 含 …, and the items listed after it in the clause) whose label names no phase takes the phase of the figure before it.
      let lastPhase: PhaseId | null = phaseOf(head);
      let inherits = false;
      let prevKind = '';
      const withheld = /涉密|不予公开/.test(sentence.text);
      const fiscalSentence = ALL_FISCAL.test(sentence.text);
      let last: DraftFact | null = null;
      let lastCount: DraftFact | null = null;
      // "项目支出主要有组织事务支出0.2万元，网信事务支出219.95万元": the concept the listed classes are parts of.
      let listing: ConceptId | null = null;
      for (const c of clauses) {
        let prevEnd = 0;
        if (/^\s*其中\s*$/.test(c.text)) inherits = true;
        for (const m of c.text.matchAll(FIGURE)) {
          const s = c.start + m.index!;
          const e = s + m[0].length;
          const label = c.text
            .slice(prevEnd, m.index!)
            .replace(/\n\s*/g, '')
            .replace(/^[、）)\s]+/, '')
            .replace(/(为|是|达到|达|共计|约|\s)+$/, '');
          // 其中 lists parts to the end of the sentence; a part in brackets (含 …) only inside its brackets.
          inherits = /^[（(]?其中/.test(label) || inherits;
          const part = inherits || /^[（(]?含/.test(label) || inHanBracket(sentence.text, s - sentence.start);
          const unit = m[2] === '％' ? '%' : m[2];
          prevEnd = m.index! + m[0].length;
          const kindBefore = prevKind;
          prevKind = unit;
          if (input.covered(s, e) || /第\s*$/.test(label)) continue;
          // The label, the sentence's subject and, when the sentence says so, that all its money is fiscal.
          const ctx = `${label} ${head}${fiscalSentence ? ' 全部为财政资金' : ''}`;
          if (unit === '万元' || unit === '元') {
            const change = /(增加|减少|增长|下降|追加)(预算)?$/.exec(label);
            if (change) {
              if (!subject && !/上年|年初|年中/.test(sentence.text)) continue;
              add(
                c.start,
                c.end,
                {
                  concept: 'change_amount',
                  phase: /年中/.test(label) ? 'adjusted_budget' : 'actual',
                  scope: subject ? subject.row.scope : scopeOf(ctx, section, 'change_amount'),
                  item: label,
                  value: m[1],
                  unit,
                  direction: /减少|下降/.test(change[1]) ? 'decrease' : 'increase',
                },
                'change',
              );
              continue;
            }
            if (withheld && /涉密|不予公开/.test(c.text.slice(m.index!) + sentence.text.slice(c.end - sentence.start))) {
              const lead = sentence.text.length - sentence.text.trimStart().length;
              last = add(
                sentence.start + lead,
                sentence.end,
                {
                  concept: 'project_withheld',
                  phase: 'actual',
                  scope: scopeOf(ctx, section, 'project_withheld'),
                  item: label,
                  value: m[1],
                  unit,
                  status: 'withheld',
                },
                'withheld',
              );
              continue;
            }
            let classCode = input.functionalClasses?.get(label.trim()) ?? '';
            const listed = classCode ? null : /^(.*?)主要(?:有|用于|包括|是)(?:以下方面)?[：:]?\s*(\S.*)$/.exec(label);
            const listedCode = listed ? (input.functionalNames?.unique(listed[2]) ?? null) : null;
            if (listed && listedCode) listing = MONEY_LABELS.find(([re]) => re.test(listed[1]))?.[1] ?? null;
            const itemCode = listing ? (listedCode ?? input.functionalNames?.unique(label) ?? null) : null;
            if (itemCode) classCode = itemCode;
            const named: ConceptId | null = itemCode ? listing : classCode ? 'expenditure_total' : (MONEY_LABELS.find(([re]) => re.test(label))?.[1] ?? null);
            const core = label.replace(/^.*?\d{4}\s*年度?/, '');
            const generic = GENERIC.test(core);
            let concept = named;
            // A bare 支出 after 项目资金收入 in the same sentence: the project money's expenditure.
            if (
              concept === 'expenditure_total' &&
              /^(其中)?支出$/.test(label.trim()) &&
              subject?.row.concept === 'project_expenditure' &&
              subject.start >= sentence.start
            )
              concept = 'project_expenditure';
            if (!concept && generic) {
              // 支出 / 收入 at the end of a generic label say which side; otherwise the paragraph's subject.
              const side = /支出/.test(core) ? 'expenditure' : /收入/.test(core) ? 'income' : null;
              const subjectConcept = subject?.row.concept as ConceptId | undefined;
              const other = side === 'expenditure' ? 'income' : 'expenditure';
              if (side && (!subjectConcept || CONCEPTS[subjectConcept].group === other))
                concept = side === 'expenditure' ? 'expenditure_total' : 'income_total';
              else concept = subjectConcept ?? (/(我|本)(单位|部门)|整体/.test(label) ? 'expenditure_total' : null);
            }
            // "X项目资金，2024年实际支出3.5万元": the amount of a named project.
            const prevClause = clauses[clauses.indexOf(c) - 1];
            const named_project =
              !named && generic && prevClause && prevClause.start >= sentence.start ? /^\s*(\S{2,30}?项目)(资金|经费)?\s*$/.exec(prevClause.text) : null;
            if (named_project && input.project) {
              const pid = input.project(named_project[1], prevClause.start, c.end, /主要用于([^。；;]+)/.exec(sentence.text)?.[1]?.trim() ?? '');
              if (pid) {
                last = add(
                  prevClause.start + prevClause.text.length - prevClause.text.trimStart().length,
                  c.end,
                  {
                    concept: 'project_amount',
                    phase: phaseOf(label) ?? 'actual',
                    scope: scopeOf(ctx, section, 'project_amount'),
                    item: named_project[1],
                    value: m[1],
                    unit,
                    project_id: pid,
                  },
                  'project amount',
                );
                continue;
              }
            }
            // Under a 类/款/项 heading: the amounts of that class (年初预算为0万元，支出决算为39.78万元).
            if (paragraphCode && !classCode && (concept === 'expenditure_total' || (!concept && generic))) {
              concept = 'expenditure_total';
              classCode = paragraphCode;
            }
            if (!concept) continue;
            const evaluation = concept === 'evaluation_funds';
            const phase = phaseOf(label) ?? (part ? lastPhase : null) ?? 'actual';
            lastPhase = phase;
            const f = add(
              c.start,
              c.end,
              {
                concept,
                phase: evaluation || isPosition(concept) ? 'none' : phase,
                scope: evaluation ? 'unspecified' : scopeOf(ctx, section, concept),
                code: classCode,
                code_system: classCode ? 'functional' : '',
                item: label.replace(/^.*?\d{4}\s*年度?/, '') || label,
                value: m[1],
                unit,
              },
              paragraphCode && classCode === paragraphCode
                ? 'amount under a class heading'
                : itemCode
                  ? 'listed class amount'
                  : classCode
                    ? 'functional class amount'
                    : 'amount',
            );
            if (f) {
              last = f;
              if ((named && !classCode) || (!subject && concept)) subject = f;
            }
          } else if (unit === '%') {
            let concept: ConceptId | null = null;
            if (/使用率/.test(label) && ASSET_WORDS.test(label)) continue;
            if (/^占|占.*的?$/.test(label)) concept = 'share';
            else if (/执行率|完成预算(安排)?的|支付进度|使用率/.test(label)) concept = 'execution_rate';
            else if (/到位率/.test(label)) concept = 'funds_in_place_rate';
            else if (/控制率/.test(label)) concept = 'control_rate';
            else if (/率$/.test(label) || (/^(减少|增加|提高|下降|增长)$/.test(label) && ACTIVITY_UNITS.includes(kindBefore))) concept = 'activity_rate';
            if (!concept) continue;
            if (concept === 'activity_rate') {
              add(c.start, c.end, { concept, phase: 'actual', scope: 'unspecified', item: label, value: m[1], unit }, 'rate');
              continue;
            }
            const of = concept === 'share' && last ? last : null;
            const baseLabel = /占(.*?)的?$/.exec(label)?.[1] ?? '';
            const baseConcept = MONEY_LABELS.find(([re]) => re.test(baseLabel))?.[1];
            const base = of && baseConcept ? [...out].reverse().find((f) => f.row.concept === baseConcept && f !== of) : undefined;
            // A share's quote runs from its amount to the percentage, so it holds both.
            const start = of && of.start < c.start && of.end <= c.start + 2 + (c.start - of.end) ? of.start : c.start;
            add(
              of ? Math.min(start, c.start) : c.start,
              c.end,
              {
                concept,
                phase: concept === 'share' ? (of?.row.phase ?? 'actual') : 'none',
                scope: of?.row.scope ?? (concept === 'share' ? shareScope(label, ctx, section) : scopeOf(ctx, section, 'expenditure_total')),
                item: label || '占比',
                value: m[1],
                unit,
                of: of && base ? of.row.fact_id : '',
                base: of && base ? base.row.fact_id : '',
              },
              concept,
            );
          } else if (unit === '分') {
            if (!/得分|总分/.test(label)) continue;
            add(c.start, c.end, { concept: 'evaluation_total_score', phase: 'none', scope: 'unspecified', item: label, value: m[1], unit }, 'score');
            const grade = /^分?[为是]?(优秀|良好|合格|中等|较差|差)/.exec(c.text.slice(prevEnd).replace(/^\s+/, ''));
            if (grade)
              add(
                c.start,
                c.end,
                { concept: 'evaluation_grade', phase: 'none', scope: 'unspecified', item: '评价等级', value: grade[1], unit: '文字' },
                'grade',
              );
          } else {
            const after = c.text.slice(prevEnd);
            const hit = COUNT_LABELS.find(([re, u]) => re.test(label) && u.test(unit));
            let concept: ConceptId | null = hit ? hit[2] : null;
            // （含 1 个副科级单位）after a count: a part of that count.
            const partOf = /^[（(]?含$/.test(label.trim()) && lastCount && lastCount.row.unit === unit ? lastCount : null;
            if (partOf) concept = partOf.row.concept as ConceptId;
            if (!concept && unit === '个' && /^内设机构/.test(after)) concept = 'internal_units';
            if (!concept && unit === '个' && /涉及项目$/.test(label)) concept = 'evaluation_projects';
            if (
              !concept &&
              ACTIVITY_UNITS.includes(unit) &&
              !(/^(人|名|个)$/.test(unit) && STAFF_WORDS.test(label + after.slice(0, 6))) &&
              !/机构|股室|科室|单位$/.test(label + after.slice(0, 4)) &&
              !PLACE.test(label.trim())
            )
              concept = 'activity_metric';
            if (!concept) continue;
            const position = isPosition(concept) || concept === 'evaluation_projects';
            const threePublic = concept === 'vehicles' || concept === 'overseas_groups' || concept === 'overseas_person_trips';
            const item = partOf ? after.replace(/[）)][\s\S]*$/, '').trim() : label.trim() || after.slice(0, 8);
            const f = add(
              c.start,
              c.end,
              {
                concept,
                phase: position ? 'none' : 'actual',
                scope: threePublic && /财政拨款/.test(sentence.text + section) ? 'fiscal' : 'unspecified',
                item,
                value: m[1],
                unit,
                part_of: partOf ? partOf.row.fact_id : '',
              },
              concept === 'activity_metric' ? 'work volume' : partOf ? 'count part' : 'count',
            );
            if (f && !partOf) lastCount = f;
          }
        }
      }
      // Statements that a budget has no data at all: empty, never zero.
      const none = /未安排(政府性基金|国有资本经营|社会保险基金)预算[^。]*?无\1预算(支出|收入)/.exec(sentence.text);
      if (none) {
        const scope: ScopeId = none[1] === '政府性基金' ? 'government_fund' : none[1] === '国有资本经营' ? 'state_capital' : 'social_insurance';
        const text = sentence.text.replace(/\s+$/, '');
        add(
          sentence.start,
          sentence.start + text.length,
          {
            concept: none[2] === '收入' ? 'income_total' : 'expenditure_total',
            phase: 'actual',
            scope,
            item: `${none[1]}预算`,
            value: '',
            unit: '万元',
            status: 'empty',
          },
          'empty statement',
        );
      }
      const claim = comparisonOf(
        sentence.text,
        out.filter((f) => f.start >= l.start && f.start < sentence.end),
      );
      if (claim) {
        const lead = sentence.text.length - sentence.text.trimStart().length;
        add(sentence.start + lead, sentence.start + sentence.text.trimEnd().length, claim, 'comparison');
      }
    }
  }
  return out;
}
