/**
 * Every curated figure, grouped as in the document: by section and table, in
 * the order they first appear (source line).
 */
import { PHASES, SCOPES } from '../../../schema/concepts';
import type { Fact } from '../../../schema/normalized';

export interface FactGroup {
  key: string;
  section: string;
  table: string;
  line: number;
  facts: Fact[];
}

export function groupFacts(facts: Fact[]): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const f of facts) {
    const key = `${f.section}\u0000${f.table}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, section: f.section, table: f.table, line: f.line, facts: [] };
      groups.set(key, g);
    }
    g.facts.push(f);
    g.line = Math.min(g.line, f.line);
  }
  const out = [...groups.values()].sort((a, b) => a.line - b.line);
  for (const g of out) g.facts.sort((a, b) => a.line - b.line);
  return out;
}

export interface FactPart {
  /** The first word of the section heading, e.g. "第三部分", "附件四", "公开01表" … shared by consecutive groups. */
  head: string;
  groups: (FactGroup & { rest: string })[];
}

/** Split a heading at its first space: "第三部分 2024年度… 一、…" → ["第三部分", "2024年度… 一、…"]. */
export function splitHeading(section: string): [string, string] {
  const s = section.trim();
  const i = s.search(/\s/);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1).trim()];
}

/** Consecutive groups that share the first word of their section heading, nested under it. */
export function factParts(groups: FactGroup[]): FactPart[] {
  const parts: FactPart[] = [];
  for (const g of groups) {
    const [head, rest] = splitHeading(g.section);
    const last = parts[parts.length - 1];
    if (last && last.head === head) last.groups.push({ ...g, rest });
    else parts.push({ head, groups: [{ ...g, rest }] });
  }
  return parts;
}

/** "决算 / 执行数 · 一般公共预算财政拨款"; the phase and scope words that say something. */
export function phaseScope(f: Fact): string {
  const parts: string[] = [];
  if (f.phase !== 'none') parts.push(PHASES[f.phase]);
  if (f.scope !== 'unspecified') parts.push(SCOPES[f.scope]);
  return parts.join(' · ');
}
