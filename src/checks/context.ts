/**
 * What every rule needs to know about one disclosure: the facts by id, their
 * document order, where each was stated (its "locus"), and which funding
 * scopes may be compared with each other.
 *
 * Scope compatibility. A figure for 一般公共预算财政拨款 (general_budget) and a
 * figure for 全部资金 (all) are different quantities whenever the department
 * has other money. They are treated as the same quantity only when the
 * document itself shows that it has none:
 *
 *   - contrary evidence: a non-zero (or withheld) amount in the
 *     government_fund, state_capital or social_insurance scope, or a non-zero
 *     (or withheld) 上级补助/事业/经营/附属单位上缴/其他收入/使用非财政拨款结余;
 *   - positive evidence: the document states such a source as zero or as an
 *     empty table ("本表无数据", "无政府性基金预算支出").
 *
 * With positive and no contrary evidence the disclosure is "single-source":
 * all, fiscal, general_budget and unspecified are one class. Otherwise
 * fiscal ≡ general_budget when government-fund and state-capital money are
 * shown to be zero and never stated otherwise; every other scope, including
 * `unspecified`, is compared only with itself. Counts, scores and areas do not
 * depend on the funding scope.
 */
import type { Fact, Indicator, Project } from '../schema/normalized';
import { parseRat, isZero } from '../core/rational';

const OTHER_FISCAL_SCOPES = new Set<Fact['scope']>(['government_fund', 'state_capital']);
const NON_FISCAL_SCOPES = new Set<Fact['scope']>(['social_insurance']);
const NON_FISCAL_INCOME = new Set<Fact['concept']>([
  'superior_subsidy_income',
  'business_income',
  'operating_income',
  'affiliated_income',
  'other_income',
  'non_fiscal_balance_used',
]);

export interface ScopeEvidence {
  singleSource: boolean;
  fiscalIsGeneralBudget: boolean;
}

export interface CheckInput {
  facts: Fact[];
  indicators: Indicator[];
  projects: Project[];
}

export interface Ctx {
  facts: Fact[];
  indicators: Indicator[];
  projects: Project[];
  byId: Map<string, Fact>;
  /** Position in document order (line, then input order). */
  pos: Map<string, number>;
  /** Facts that name each fact as their `part_of`. */
  childrenOf: Map<string, Fact[]>;
  /** Facts by concept, in document order. */
  byConcept: Map<Fact['concept'], Fact[]>;
  /** Per-run memo of derived strings (labels, keys), by fact. */
  memo: Map<Fact, Map<string, string>>;
  evidence: ScopeEvidence;
  /** Comparable-scope class of a fact. */
  scopeClass(f: Fact): string;
  /** Where a fact is stated: its section and table. */
  locus(f: Fact): string;
  isTable(f: Fact): boolean;
  projectName(id: string | null): string | null;
  /** Fact pairs (whole>part) already checked by a sum rule, to avoid reporting them twice. */
  covered: Set<string>;
}

function zeroOrEmpty(f: Fact): boolean {
  if (f.status === 'empty') return true;
  if (f.value === null) return false;
  const p = parseRat(f.value);
  return p !== null && isZero(p.value);
}

function nonZeroOrWithheld(f: Fact): boolean {
  if (f.status === 'withheld') return true;
  if (f.status === 'empty' || f.value === null) return false;
  const p = parseRat(f.value);
  return p !== null && !isZero(p.value);
}

export function scopeEvidence(facts: readonly Fact[]): ScopeEvidence {
  let contraryFiscal = false;
  let contraryNonFiscal = false;
  let evidenceFiscal = false;
  let evidenceNonFiscal = false;
  for (const f of facts) {
    const money = f.value_kind === 'money';
    const otherFiscal = money && OTHER_FISCAL_SCOPES.has(f.scope);
    const nonFiscal = (money && NON_FISCAL_SCOPES.has(f.scope)) || NON_FISCAL_INCOME.has(f.concept);
    if (otherFiscal) {
      if (nonZeroOrWithheld(f)) contraryFiscal = true;
      else if (zeroOrEmpty(f)) evidenceFiscal = true;
    }
    if (nonFiscal) {
      if (nonZeroOrWithheld(f)) contraryNonFiscal = true;
      else if (zeroOrEmpty(f)) evidenceNonFiscal = true;
    }
  }
  const singleSource = !contraryFiscal && !contraryNonFiscal && (evidenceFiscal || evidenceNonFiscal);
  return { singleSource, fiscalIsGeneralBudget: !contraryFiscal && (evidenceFiscal || singleSource) };
}

export function scopeClassFor(evidence: ScopeEvidence, f: Fact): string {
  if (f.value_kind === 'count' || f.value_kind === 'score' || f.value_kind === 'area' || f.value_kind === 'text') return '*';
  const s = f.scope;
  if (evidence.singleSource && (s === 'all' || s === 'fiscal' || s === 'general_budget' || s === 'unspecified')) return 'all';
  if (evidence.fiscalIsGeneralBudget && (s === 'fiscal' || s === 'general_budget')) return 'fiscal';
  return s;
}

export function buildContext(input: CheckInput): Ctx {
  // Document order: by line, then as given. Every rule iterates in this order.
  const facts = input.facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.line - b.f.line || a.i - b.i)
    .map(({ f }) => f);
  const byId = new Map<string, Fact>();
  for (const f of facts) if (!byId.has(f.id)) byId.set(f.id, f);
  const pos = new Map<string, number>();
  facts.forEach((f, k) => pos.set(f.id, k));
  const childrenOf = new Map<string, Fact[]>();
  for (const f of facts) {
    if (!f.part_of) continue;
    const list = childrenOf.get(f.part_of) ?? [];
    list.push(f);
    childrenOf.set(f.part_of, list);
  }
  const byConcept = groupBy(facts, (f) => f.concept) as Map<Fact['concept'], Fact[]>;
  const evidence = scopeEvidence(facts);
  const projects = new Map(input.projects.map((p) => [p.id, p.name]));
  return {
    facts,
    indicators: input.indicators,
    projects: input.projects,
    byId,
    pos,
    childrenOf,
    byConcept,
    memo: new Map(),
    evidence,
    scopeClass: (f) => scopeClassFor(evidence, f),
    locus: (f) => `${f.section}\u0000${f.table}`,
    isTable: (f) => f.table.trim() !== '',
    projectName: (id) => (id ? (projects.get(id) ?? null) : null),
    covered: new Set(),
  };
}

/** A string derived from a fact, computed once per run. */
export function memo(ctx: Ctx, f: Fact, key: string, compute: () => string): string {
  let m = ctx.memo.get(f);
  if (!m) {
    m = new Map();
    ctx.memo.set(f, m);
  }
  let v = m.get(key);
  if (v === undefined) {
    v = compute();
    m.set(key, v);
  }
  return v;
}

/** Sort facts into document order. */
export function inOrder(ctx: Ctx, facts: readonly Fact[]): Fact[] {
  return [...facts].sort((a, b) => (ctx.pos.get(a.id) ?? 0) - (ctx.pos.get(b.id) ?? 0));
}

/** Group items by a key, keeping first-appearance order of keys and items. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** The identity of a stated value for "same value" comparisons: exact number, or the missing status. */
const valueKeys = new WeakMap<Fact, string>();

export function valueKey(f: Fact): string {
  let k = valueKeys.get(f);
  if (k === undefined) {
    k = readValueKey(f);
    valueKeys.set(f, k);
  }
  return k;
}

function readValueKey(f: Fact): string {
  if (f.value === null || f.value === '') return `null:${f.status}`;
  // Money in 元 and 万元 compare by fen.
  if (f.value_kind === 'money' && f.fen !== null) return `fen:${f.fen}`;
  const p = parseRat(f.value);
  if (!p) return `text:${f.value}`;
  return `num:${p.value.n}/${p.value.d}`;
}

/** Facts with distinct values, first of each value in document order. */
export function distinctValues(ctx: Ctx, facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const f of inOrder(ctx, facts)) {
    const k = valueKey(f);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

/**
 * The reference statement among several statements of one quantity: the
 * value stated most often (counted once per place), ties broken in favour of
 * a table, then of the earliest statement.
 */
export function referenceOf(ctx: Ctx, reps: readonly Fact[]): Fact {
  const counts = new Map<string, number>();
  for (const f of reps) if (f.value !== null) counts.set(valueKey(f), (counts.get(valueKey(f)) ?? 0) + 1);
  const candidates = reps.filter((f) => f.value !== null);
  const pool = candidates.length ? candidates : [...reps];
  return [...pool].sort((a, b) => {
    const ca = counts.get(valueKey(a)) ?? 0;
    const cb = counts.get(valueKey(b)) ?? 0;
    if (ca !== cb) return cb - ca;
    const ta = ctx.isTable(a) ? 0 : 1;
    const tb = ctx.isTable(b) ? 0 : 1;
    if (ta !== tb) return ta - tb;
    return (ctx.pos.get(a.id) ?? 0) - (ctx.pos.get(b.id) ?? 0);
  })[0];
}
