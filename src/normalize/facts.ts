/** facts.csv → validated, exact, located facts. */
import { rowWhere, type RowRef } from './csv';
import { parseDecimal, toFen, fenToSafeNumber } from '../core/decimal';
import { show } from '../core/problems';
import { COMPARISON_WORDS, CONCEPTS, UNITS_BY_KIND, comparisonClaim, type ConceptId } from '../core/concepts';
import { FACT_COLUMNS, FACT_REQUIRED, factRowSchema, type FactRow } from '../schema/curated';
import type { Fact } from '../schema/normalized';
import { place, type DisclosureContext, type Placed } from './context';
import { quoteContainsValue } from './locate';
import { validateIdentifiedCsv } from './validate-rows';

export function normalizeFacts(ctx: DisclosureContext, text: string): Fact[] {
  const file = `${ctx.folder}/facts.csv`;
  const { rows, firstOf: rowOf } = validateIdentifiedCsv(
    file,
    text,
    { required: FACT_REQUIRED, columns: FACT_COLUMNS, schema: factRowSchema, idColumn: 'fact_id', kind: 'fact' },
    ctx.problems,
  );
  const facts: Fact[] = [];
  for (const { at, data } of rows) {
    if (rowOf.get(data.fact_id) !== at) continue;
    const fact = normalizeFact(ctx, file, at, data);
    if (fact) facts.push(fact);
  }
  // References between facts resolve within the disclosure. Every row that passed its own schema
  // is checked, even one with other problems, so a run lists cross-row errors beside row errors.
  for (const { at, data } of rows) {
    if (rowOf.get(data.fact_id) !== at) continue;
    for (const key of ['of', 'base', 'part_of'] as const) {
      const ref = data[key];
      const where = rowWhere(at, { kind: 'fact', value: data.fact_id }, key);
      if (ref && !rowOf.has(ref))
        ctx.problems.push({ file, where, expected: 'the fact_id of a fact in this file', found: `"${ref}", which is not a fact_id here` });
      if (ref === data.fact_id) ctx.problems.push({ file, where, expected: 'another fact', found: 'the fact itself' });
    }
  }
  for (const c of referenceCycles(facts)) {
    ctx.problems.push({
      file,
      where: rowWhere(rowOf.get(c[0])!, { kind: 'fact', value: c[0] }, c.key),
      expected: `${c.key} references that end at a fact that is not its own ${c.key}`,
      found: `a cycle ${[...c, c[0]].join(' → ')}`,
    });
  }
  return facts;
}

/**
 * Cycles through part_of (a whole that is its own part), and through of/base
 * together (a rate whose operand is computed from the rate). Self-references
 * are reported apart. Each cycle once, starting at its smallest id.
 */
export function referenceCycles(facts: readonly Pick<Fact, 'id' | 'of' | 'base' | 'part_of'>[]): (string[] & { key: string })[] {
  const out: (string[] & { key: string })[] = [];
  const edges: [string, (f: Pick<Fact, 'of' | 'base' | 'part_of'>) => (string | null)[]][] = [
    ['part_of', (f) => [f.part_of]],
    ['of/base', (f) => [f.of, f.base]],
  ];
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const [key, next] of edges) {
    const state = new Map<string, 1 | 2>(); // 1 on the path, 2 done
    const seen = new Set<string>();
    const visit = (id: string, path: string[]): void => {
      state.set(id, 1);
      path.push(id);
      for (const n of next(byId.get(id)!)) {
        if (!n || n === id || !byId.has(n)) continue;
        if (state.get(n) === 1) {
          const cyc = path.slice(path.indexOf(n));
          const start = cyc.indexOf([...cyc].sort()[0]);
          const norm = [...cyc.slice(start), ...cyc.slice(0, start)];
          const k = norm.join(' ');
          if (!seen.has(k)) {
            seen.add(k);
            out.push(Object.assign(norm, { key: key === 'part_of' ? 'part_of' : 'of' }));
          }
        } else if (!state.has(n)) visit(n, path);
      }
      path.pop();
      state.set(id, 2);
    };
    for (const f of facts) if (!state.has(f.id)) visit(f.id, []);
  }
  return out;
}

function normalizeFact(ctx: DisclosureContext, file: string, ref: RowRef, r: FactRow): Fact | null {
  const at = (col: string) => rowWhere(ref, { kind: 'fact', value: r.fact_id }, col);
  const before = ctx.problems.length;
  const concept = CONCEPTS[r.concept as ConceptId];
  const kind = concept.kind;
  const status = r.status || 'reported';
  if (!UNITS_BY_KIND[kind].includes(r.unit)) {
    ctx.problems.push({ file, where: at('unit'), expected: `a unit for ${r.concept} (${concept.zh}): ${UNITS_BY_KIND[kind].join(', ')}`, found: show(r.unit) });
  }
  let value: string | null = null;
  let decimals: number | null = null;
  let fen: number | null = null;
  if (r.value === '') {
    if (status === 'reported')
      ctx.problems.push({ file, where: at('value'), expected: 'the value as printed (required unless status is withheld or empty)', found: 'an empty value' });
  } else if (kind === 'text') {
    value = r.value;
  } else {
    const d = parseDecimal(r.value);
    if (!d) {
      ctx.problems.push({ file, where: at('value'), expected: `a number as printed (e.g. 89.93) in ${r.unit}`, found: show(r.value) });
    } else {
      value = d.text;
      decimals = d.scale;
      if (kind === 'money' && UNITS_BY_KIND.money.includes(r.unit)) {
        const m = toFen(r.value, r.unit);
        if (!m.ok)
          ctx.problems.push({
            file,
            where: at('value'),
            expected: `an amount with at most ${r.unit === '万元' ? 6 : 2} decimals of ${r.unit} (one fen)`,
            found: `"${r.value}" with ${d.scale} decimals`,
          });
        else if (!Number.isSafeInteger(Number(m.fen)))
          ctx.problems.push({
            file,
            where: at('value'),
            expected: `an amount below ${(Number.MAX_SAFE_INTEGER / 1e6).toFixed(0)} 万元 (exact in JSON)`,
            found: show(r.value),
          });
        else fen = fenToSafeNumber(m.fen);
      }
    }
  }
  if (r.code && !r.code_system)
    ctx.problems.push({ file, where: at('code_system'), expected: 'functional or economic (required with a code)', found: 'an empty value' });
  let codeName: string | null = null;
  if (r.code && r.code_system) {
    const reg = r.code_system === 'functional' ? ctx.registries.functional : ctx.registries.economic;
    const entry = reg.get(r.code);
    if (r.code_system === 'economic' && r.code.length === 7)
      ctx.problems.push({ file, where: at('code'), expected: 'an economic code of 3 or 5 digits', found: show(r.code) });
    if (!entry)
      ctx.problems.push({
        file,
        where: at('code'),
        expected: `a ${r.code_system} classification code listed in content/registries/${r.code_system}-codes.csv`,
        found: `unknown code ${r.code}`,
      });
    else codeName = entry.name;
  }
  // A change stated without its amount (withheld, or a table cell left empty) has no direction to record either.
  if ((r.concept === 'change_amount' || r.concept === 'change_rate') && !r.direction && r.value !== '') {
    ctx.problems.push({ file, where: at('direction'), expected: 'increase or decrease for a change with a value', found: 'an empty value' });
  }
  if (['share', 'execution_rate', 'control_rate'].includes(r.concept) && !r.of !== !r.base) {
    ctx.problems.push({ file, where: at(r.of ? 'base' : 'of'), expected: 'both operands (of and base) or neither', found: 'only one' });
  }
  if (r.concept === 'comparison') {
    if (!comparisonClaim(r.value))
      ctx.problems.push({
        file,
        where: at('value'),
        expected: `a comparing word as printed: ${Object.values(COMPARISON_WORDS).flat().join(', ')} (possibly after 有所/略有)`,
        found: show(r.value),
      });
    if (!r.of || !r.base)
      ctx.problems.push({ file, where: at(r.of ? 'base' : 'of'), expected: 'the two compared figures (of and base) of a comparison', found: 'an empty value' });
  }
  const valueOk = ctx.problems.length === before;
  const placed: Placed | null = place(ctx, file, at('quote'), r.quote, r.after);
  if (placed && valueOk && r.value && !quoteContainsValue(placed.quote, r.value)) {
    ctx.problems.push({ file, where: at('quote'), expected: `a quote that contains the value "${r.value}"`, found: show(placed.quote) });
  }
  if (ctx.problems.length > before || !placed) return null;
  return {
    id: r.fact_id,
    concept: r.concept,
    concept_zh: concept.zh,
    value_kind: kind,
    phase: r.phase,
    scope: r.scope,
    code: r.code || null,
    code_system: r.code_system || null,
    code_name: codeName,
    item: r.item,
    published: r.value,
    value,
    unit: r.unit,
    decimals,
    fen,
    status,
    direction: r.direction || null,
    of: r.of || null,
    base: r.base || null,
    part_of: r.part_of || null,
    project_id: r.project_id || null,
    section: r.section,
    table: r.table,
    row: r.row,
    column: r.column,
    quote: placed.quote,
    anchor: placed.anchor,
    line: placed.line,
    note: r.note,
  };
}
