/**
 * Every curated figure, grouped as in the document: by section and table, in
 * the order they first appear (source line).
 */
import { PHASES, SCOPES } from '../../core/concepts';
import type { Fact } from '../../schema/normalized';
import { displayFigure, unitAfter } from '../../core/format';
import { factRowId } from '../../core/anchors';

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

/** One row of the figures tables, as strings: the template only places them (a row is rendered per fact, so it stays cheap). */
export interface FactRow {
  rowId: string;
  concept: string;
  /** The item as printed when it differs from the concept, and the classification code with its name. */
  detail: string;
  phaseScope: string;
  href: string;
  text: string;
  /** Printed right after the value: "%" sticks to it, other units follow a space; '' for gaps. */
  unit: string;
  yuan: string | null;
  /** Not a plain reported figure (withheld, empty, missing). */
  warn: boolean;
  state: string;
}

export function factRow(f: Fact): FactRow {
  const d = displayFigure(f);
  const detail = [f.item && f.item !== f.concept_zh ? f.item : '', f.code ? `${f.code} ${f.code_name ?? ''}`.trim() : ''].filter(Boolean).join(' · ');
  return {
    rowId: factRowId(f.id),
    concept: f.concept_zh,
    detail,
    phaseScope: phaseScope(f),
    href: `#${f.anchor}`,
    text: d.text,
    unit: unitAfter(d),
    yuan: d.yuan,
    warn: d.state !== 'reported',
    state: d.stateLabel,
  };
}

/** A group as the figures section shows it, in one flat list. */
export interface FactGroupView {
  /** The shared heading word (h3) printed before the first group of a part that needs one; null otherwise. */
  heading: string | null;
  table: string;
  /** The rest of the heading, or the part's name when the group has neither table nor rest. */
  title: string;
  facts: Fact[];
}

export function factGroupViews(facts: Fact[]): FactGroupView[] {
  return factParts(groupFacts(facts)).flatMap((p) =>
    p.groups.map((g, i) => ({
      heading: i === 0 && (p.groups.length > 1 || p.groups[0].rest) ? p.head || '正文' : null,
      table: g.table,
      title: g.rest || (g.table ? '' : p.head || '正文'),
      facts: g.facts,
    })),
  );
}
