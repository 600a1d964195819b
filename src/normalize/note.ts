/**
 * The editorial note of a disclosure (note.md): plain Markdown of a small,
 * documented subset, parsed here into data that a component renders (text
 * is escaped like every other field; nothing of the note is ever compiled or
 * run). What it may hold:
 *
 *   paragraphs (blank-line separated), `### ` headings, `- ` lists,
 *   **strong**, *emphasis*, [links](https://…) (http or https only), and
 *
 *   ::: chart
 *   title: 2024 年基本支出构成
 *   facts: t06.301, t06.302
 *   :::
 *
 * a bar chart of figures of this disclosure named by fact_id (one unit), so a
 * charted number carries its quote like every figure. Raw HTML, images, MDX
 * (import/export, {expressions}, <Components />) are errors naming the line.
 */
import type { Problem } from '../core/problems';
import { httpUrl } from '../schema/curated';
import type { Fact, NoteBlock, NoteInline } from '../schema/normalized';
import { fieldTextProblems } from './validate-rows';

export const NOTE_FILE = 'note.md';
/** The former MDX note: refused, because compiling it runs the code it holds. */
export const MDX_NOTE_FILE = 'note.mdx';

const MAX_CHART_FACTS = 30;

/** Inline Markdown → runs; problems name the line. */
function inlines(text: string, file: string, line: number, problems: Problem[]): NoteInline[] {
  const out: NoteInline[] = [];
  const re = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^()\s]*)\)/g;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push({ type: 'text', text: text.slice(at, m.index) });
    if (m[1] !== undefined) out.push({ type: 'strong', text: m[1] });
    else if (m[2] !== undefined) out.push({ type: 'em', text: m[2] });
    else if (httpUrl.safeParse(m[4]).success) out.push({ type: 'link', text: m[3], href: m[4] });
    else {
      problems.push({ file, where: `line ${line}`, expected: 'a link to an http(s) URL, e.g. [原文](https://…)', found: JSON.stringify(m[4].slice(0, 60)) });
      out.push({ type: 'text', text: m[3] });
    }
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ type: 'text', text: text.slice(at) });
  // A link the pattern above did not take (e.g. parentheses in it) is refused, not printed half-parsed.
  const broken = out.find((x) => x.type === 'text' && /\]\(/.test(x.text));
  if (broken)
    problems.push({
      file,
      where: `line ${line}`,
      expected: 'a link to an http(s) URL, e.g. [原文](https://…)',
      found: JSON.stringify(broken.text.slice(broken.text.indexOf(']('), 60)),
    });
  return out;
}

/** What on a line is not plain Markdown of the subset, or null. */
function unsupported(line: string): string | null {
  if (/<\/?[A-Za-z!?]/.test(line)) return 'raw HTML or an MDX component (<…>)';
  if (/^\s*(import|export)\s/.test(line)) return 'an MDX import/export line';
  if (/[{}]/.test(line)) return 'an MDX expression ({…})';
  if (/!\[/.test(line)) return 'an image (![…](…))';
  if (/^\s*(```|~~~)/.test(line)) return 'a code block';
  if (/^\s*(#|##)\s/.test(line)) return "a level 1 or 2 heading (the note sits under the page's 编者按 heading: use ### )";
  return null;
}

/** note.md → blocks, with every problem (file and line) recorded. */
export function parseNote(text: string, file: string, problems: Problem[]): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  const lines = text.split('\n');
  let para: { text: string[]; line: number } | null = null;
  let list: { items: NoteInline[][] } | null = null;
  const flush = () => {
    if (para) blocks.push({ type: 'paragraph', inlines: inlines(para.text.join(''), file, para.line, problems) });
    para = null;
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const l = lines[i];
    fieldTextProblems(file, `line ${n}`, 'note', l, problems);
    if (/^:::\s*chart\s*$/.test(l)) {
      flush();
      const fields: Record<string, string> = {};
      let j = i + 1;
      for (; j < lines.length && !/^:::\s*$/.test(lines[j]); j++) {
        const kv = /^\s*(title|facts)\s*:\s*(.*)$/.exec(lines[j]);
        if (kv) fields[kv[1]] = kv[2].trim();
        else if (lines[j].trim())
          problems.push({
            file,
            where: `line ${j + 1}`,
            expected: 'title: … or facts: id, id … inside ::: chart',
            found: JSON.stringify(lines[j].slice(0, 60)),
          });
      }
      if (j === lines.length) problems.push({ file, where: `line ${n}`, expected: 'a closing ::: line for the chart', found: 'the end of the file' });
      const facts = (fields.facts ?? '').split(/[,，\s]+/).filter(Boolean);
      if (!fields.title) problems.push({ file, where: `line ${n}`, expected: 'title: … in the chart', found: 'no title' });
      if (facts.length === 0 || facts.length > MAX_CHART_FACTS)
        problems.push({ file, where: `line ${n}`, expected: `facts: 1 to ${MAX_CHART_FACTS} fact ids`, found: `${facts.length}` });
      blocks.push({ type: 'chart', title: fields.title ?? '', facts, line: n });
      i = j;
      continue;
    }
    if (/^:::/.test(l)) {
      problems.push({ file, where: `line ${n}`, expected: 'a ::: chart block (the only directive)', found: JSON.stringify(l.slice(0, 60)) });
      continue;
    }
    const bad = unsupported(l);
    if (bad) {
      problems.push({
        file,
        where: `line ${n}`,
        expected: 'plain Markdown (paragraphs, ### headings, - lists, **strong**, *emphasis*, [links](https://…)) and ::: chart blocks',
        found: bad,
      });
      continue;
    }
    if (l.trim() === '') {
      flush();
      continue;
    }
    const h = /^###\s+(.+)$/.exec(l);
    if (h) {
      flush();
      blocks.push({ type: 'heading', inlines: inlines(h[1], file, n, problems) });
      continue;
    }
    const li = /^\s*[-*]\s+(.+)$/.exec(l);
    if (li) {
      if (para) flush();
      if (!list) {
        list = { items: [] };
        blocks.push({ type: 'list', items: list.items });
      }
      list.items.push(inlines(li[1], file, n, problems));
      continue;
    }
    if (list) list = null;
    if (!para) para = { text: [], line: n };
    para.text.push(l.trim());
  }
  flush();
  return blocks;
}

/** Charts name facts of the disclosure, all reported, numeric and of one unit. */
export function checkNoteCharts(blocks: readonly NoteBlock[], facts: readonly Fact[], file: string, problems: Problem[]): void {
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const b of blocks) {
    if (b.type !== 'chart') continue;
    const found = b.facts.map((id) => byId.get(id));
    b.facts.forEach((id, k) => {
      const f = found[k];
      if (!f) problems.push({ file, where: `line ${b.line}, facts`, expected: 'the fact_id of a figure in facts.csv', found: JSON.stringify(id) });
      else if (f.status !== 'reported' || f.value === null || f.decimals === null)
        problems.push({ file, where: `line ${b.line}, facts`, expected: 'a reported number (not withheld, empty or text)', found: `${id} (${f.status})` });
    });
    const units = new Set(found.filter(Boolean).map((f) => f!.unit));
    if (units.size > 1) problems.push({ file, where: `line ${b.line}, facts`, expected: 'figures of one unit in a chart', found: [...units].join(', ') });
  }
}
