/**
 * One synthetic disclosure's files from a seed's: the same rewrite applied to
 * the source text and to every curated text field (quotes, anchors, items,
 * names, notes), so each quote stays a verbatim substring of the new source
 * and every check sees the same structure as in the seed.
 *
 * The rewrite is one simultaneous pass (longest match first, so no
 * replacement is rewritten again):
 *   - place and department names: the seed's county, prefecture, province and
 *     department names become the synthetic ones;
 *   - work words: the seeds' 网信 vocabulary becomes distinct words of the
 *     synthetic department's line of work, drawn per disclosure;
 *   - project names: new names from a town of the county and the
 *     department's words;
 *   - money: every amount of the seed (a 万元 or 元 figure) is multiplied by
 *     one whole number per disclosure, exactly, keeping its decimals, so sums
 *     of parts, shares and rates hold as in the seed. An amount printed the
 *     same as a count, score, weight or percentage of the seed keeps its
 *     value (it cannot be told apart in the text), a factor is refused
 *     when a scaled amount would print like another number of the seed or
 *     when it changes any check result of the seed (factorJudge).
 * Identifiers, codes, vocabulary columns and not-figure patterns are never
 * rewritten.
 */
import Papa from 'papaparse';
import { runChecks } from '../src/checks/index';
import { normalizeCorpus, type CorpusFiles } from '../src/normalize/corpus';

const NUMBER = /(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g;
const MONEY_UNITS = new Set(['万元', '元']);

/** Columns that hold identifiers, codes or vocabulary: never rewritten. */
const FIXED_COLUMNS = new Set([
  'fact_id',
  'concept',
  'phase',
  'scope',
  'code',
  'code_system',
  'unit',
  'status',
  'direction',
  'of',
  'base',
  'part_of',
  'project_id',
  'indicator_id',
  'row_kind',
  'pattern',
  'reason',
]);

export interface SeedFile {
  name: string;
  /** CSV: header and rows; JSON: parsed value; text: the text. */
  kind: 'csv' | 'json' | 'text';
  header?: string[];
  rows?: Record<string, string>[];
  json?: unknown;
  text?: string;
}

export interface SeedTemplate {
  folder: string;
  meta: Record<string, unknown> & { id: string; year: number; kind: string; title: string; department_name: string; department_short_name: string };
  files: SeedFile[];
  /** Amounts that are scaled (printed strings). */
  money: string[];
  /** Every other number printed anywhere in the seed's files. */
  otherNumbers: Set<string>;
  /** Project names of projects.csv, in order. */
  projects: string[];
  /** Text of the not-figure patterns (words there must not be rewritten). */
  patterns: string;
  /** Quotes the seed locates without an `after` (each must stay unique in the rewritten source). */
  uniqueQuotes: string[];
}

function parseCsvText(text: string): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  if (parsed.errors.length) throw new Error(`synth: seed CSV does not parse: ${parsed.errors[0].message}`);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

/** A seed folder read once: its files parsed, its amounts and other numbers listed. */
export function readSeedTemplate(folder: string, files: Map<string, string>): SeedTemplate {
  const out: SeedFile[] = [];
  let meta: SeedTemplate['meta'] | undefined;
  for (const [name, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (name === 'note.md') continue; // an editorial note belongs to the real document
    if (name.endsWith('.csv')) out.push({ name, kind: 'csv', ...parseCsvText(text) });
    else if (name.endsWith('.json')) {
      const json = JSON.parse(text.replace(/^\uFEFF/, ''));
      if (name === 'disclosure.json') meta = json;
      out.push({ name, kind: 'json', json });
    } else out.push({ name, kind: 'text', text });
  }
  if (!meta) throw new Error(`synth: seed ${folder} has no disclosure.json`);
  const facts = out.find((f) => f.name === 'facts.csv')?.rows ?? [];
  const money = new Set<string>();
  const kept = new Set<string>();
  for (const r of facts) {
    if (!r.value) continue;
    (MONEY_UNITS.has(r.unit) ? money : kept).add(r.value);
  }
  for (const r of out.find((f) => f.name === 'indicators.csv')?.rows ?? []) {
    for (const c of ['weight', 'score']) for (const v of (r[c] ?? '').match(NUMBER) ?? []) kept.add(v);
    for (const c of ['target', 'actual']) for (const m of (r[c] ?? '').matchAll(/(\d+(?:\.\d+)?)\s*[%％分]/g)) kept.add(m[1]);
  }
  const patterns = (out.find((f) => f.name === 'not-figures.csv')?.rows ?? []).map((r) => `${r.pattern}`).join('\n');
  for (const v of patterns.match(NUMBER) ?? []) kept.add(v);
  for (const m of (out.find((f) => f.name === 'source.txt')?.text ?? '').matchAll(/(?<![\d.])\d+(?:\.\d+)?(?=\s*[%％])/g)) kept.add(m[0]);
  const scaled = [...money].filter((v) => !kept.has(v) && /[1-9]/.test(v));
  const otherNumbers = new Set<string>();
  const collect = (s: string) => {
    for (const v of s.match(NUMBER) ?? []) if (!scaled.includes(v)) otherNumbers.add(v);
  };
  for (const f of out) {
    if (f.kind === 'text') collect(f.text!);
    else if (f.kind === 'json') collect(JSON.stringify(f.json));
    else for (const r of f.rows!) for (const [k, v] of Object.entries(r)) if (!FIXED_COLUMNS.has(k)) collect(v ?? '');
  }
  const projects = (out.find((f) => f.name === 'projects.csv')?.rows ?? []).map((r) => r.name);
  const uniqueQuotes = new Set<string>();
  for (const f of out) {
    if (f.kind === 'csv') for (const r of f.rows!) if (r.quote && !r.after) uniqueQuotes.add(r.quote);
    if (f.kind === 'json') for (const q of quotesOf(f.json)) uniqueQuotes.add(q);
  }
  return { folder, meta, files: out, money: scaled, otherNumbers, projects, patterns, uniqueQuotes: [...uniqueQuotes] };
}

/** Quotes without an `after` anywhere in a JSON value (narrative entries, dates, the title quote). */
function quotesOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(quotesOf);
  if (!v || typeof v !== 'object') return [];
  const o = v as Record<string, unknown>;
  const own = ['quote', 'title_quote'].filter((k) => typeof o[k] === 'string' && !o.after).map((k) => o[k] as string);
  return [...own, ...Object.values(o).flatMap(quotesOf)];
}

/** Whether every quote the seed locates without `after` still occurs exactly once in the rewritten source. */
export function quotesStayUnique(t: SeedTemplate, rw: Rewriter, source: string): boolean {
  for (const q of t.uniqueQuotes) {
    const r = rw(q);
    const i = source.indexOf(r);
    if (i < 0 || source.indexOf(r, i + 1) >= 0) return false;
  }
  return true;
}

/** An exact decimal string times a whole number, printed with the same decimals. */
export function scaleDecimal(value: string, factor: number): string {
  const dot = value.indexOf('.');
  const decimals = dot < 0 ? 0 : value.length - dot - 1;
  const digits = BigInt(value.replace('.', ''));
  const s = (digits * BigInt(factor)).toString().padStart(decimals + 1, '0');
  return decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
}

/** The amounts' rewrite for a factor, or null when a scaled amount would print like another number of the seed. */
export function moneyMap(t: SeedTemplate, factor: number): Map<string, string> | null {
  const map = new Map<string, string>();
  for (const v of t.money) {
    const s = scaleDecimal(v, factor);
    if (t.otherNumbers.has(s)) return null;
    map.set(v, s);
  }
  return map;
}

export interface Rewrite {
  /** Word or name → replacement (applied longest first, simultaneously). */
  words: Map<string, string>;
  /** Amount → scaled amount (whole numbers only, never inside a longer number). */
  money: Map<string, string>;
}

export type Rewriter = (s: string) => string;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function makeRewriter({ words, money }: Rewrite): Rewriter {
  const keys = [...words.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const wordRe = keys.length ? new RegExp(keys.map(escapeRe).join('|'), 'g') : null;
  return (s) => {
    const w = wordRe ? s.replace(wordRe, (m) => words.get(m)!) : s;
    return money.size ? w.replace(NUMBER, (m) => money.get(m) ?? m) : w;
  };
}

/** The seed's files rewritten: file name → content. disclosure.json gets `meta` merged over the rewritten fields. */
export function rewriteFiles(t: SeedTemplate, rw: Rewriter, meta: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of t.files) {
    if (f.kind === 'text') out.set(f.name, rw(f.text!));
    else if (f.kind === 'csv') {
      const rows = f.rows!.map((r) => Object.fromEntries(f.header!.map((h) => [h, FIXED_COLUMNS.has(h) ? (r[h] ?? '') : rw(r[h] ?? '')])));
      out.set(
        f.name,
        Papa.unparse(
          { fields: f.header!, data: rows.map((r) => f.header!.map((h) => r[h])) },
          { newline: '\n', quotes: (v: unknown) => typeof v === 'string' && /[,"\t\r\n]|^\s|\s$/.test(v) },
        ) + '\n',
      );
    } else if (f.name === 'disclosure.json') {
      const m = t.meta as Record<string, unknown>;
      const dates = (m.dates as { quote: string; after?: string }[] | undefined)?.map((d) => ({
        ...d,
        quote: rw(d.quote),
        ...(d.after ? { after: rw(d.after) } : {}),
      }));
      const rewritten: Record<string, unknown> = { ...m, title_quote: rw(String(m.title_quote)), ...(dates ? { dates } : {}), ...meta };
      out.set(f.name, JSON.stringify(rewritten, null, 2) + '\n');
    } else {
      out.set(f.name, JSON.stringify(rewriteJson(f.json, rw), null, 2) + '\n');
    }
  }
  return out;
}

/** Every string of a JSON value rewritten except the `kind` and `status` vocabulary. */
function rewriteJson(v: unknown, rw: Rewriter): unknown {
  if (typeof v === 'string') return rw(v);
  if (Array.isArray(v)) return v.map((x) => rewriteJson(x, rw));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'kind' || k === 'status' ? x : rewriteJson(x, rw)]));
  return v;
}

/** The check statuses of a disclosure's files as the curated-data check computes them, rule by rule, sorted (null: the files do not validate). */
export function checkStatuses(registries: CorpusFiles, folder: string, files: Map<string, string>): string[] | null {
  const corpus: CorpusFiles = new Map(registries);
  const enc = new TextEncoder();
  for (const [name, text] of files) corpus.set(`content/disclosures/${folder}/${name}`, enc.encode(text));
  const r = normalizeCorpus(corpus, runChecks);
  if (r.problems.length || r.normalized.length !== 1) return null;
  return r.normalized[0].details.checks.map((c) => `${c.rule}:${c.status}`).sort();
}

/**
 * Which factors keep a seed's check results exactly (every rule's pass, rounding, fail): a factor is
 * tried once and remembered. A seed with a rounding difference keeps its amounts: scaled, the
 * difference grows past the rounding its printed decimals explain and would read as a contradiction.
 */
export function factorJudge(t: SeedTemplate, registries: CorpusFiles): (factor: number) => Map<string, string> | null {
  const identity = makeRewriter({ words: new Map(), money: new Map() });
  const base = checkStatuses(registries, t.folder, rewriteFiles(t, identity, {}));
  if (!base) throw new Error(`synth: seed ${t.folder} does not pass the curated-data check`);
  const scalable = !base.some((s) => s.endsWith(':rounding'));
  const seen = new Map<number, Map<string, string> | null>();
  return (factor) => {
    if (!scalable) return null;
    if (!seen.has(factor)) {
      const money = moneyMap(t, factor);
      const same = money && checkStatuses(registries, t.folder, rewriteFiles(t, makeRewriter({ words: new Map(), money }), {}))?.join('|') === base.join('|');
      seen.set(factor, same ? money : null);
    }
    return seen.get(factor)!;
  };
}
