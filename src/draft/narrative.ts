/**
 * Narrative sections by their standard headings (职能职责, 机构设置, 存在的问题,
 * 改进措施 …): the heading and its text up to the next heading of the same or
 * a higher level, verbatim. Headings whose kind is not recognised are left out.
 */
import type { NARRATIVE_KINDS } from '../schema/curated';
import { headingLevel, quoteAt, type Line } from './text';

type Kind = keyof typeof NARRATIVE_KINDS;

const KINDS: [RegExp, Kind][] = [
  [/名词解释/, 'glossary'],
  [/问题/, 'problems'],
  [/措施|建议|整改|下一步/, 'measures'],
  [/结果应用|公开情况|结果公开/, 'results_use'],
  [/自评工作|自评的?(方法|过程|组织)|评价工作开展|组织实施/, 'evaluation_process'],
  [/职责|职能/, 'duties'],
  [/机构设置|单位构成|机构及人员|组织机构/, 'organisation'],
  [/人员/, 'staff'],
  [/绩效目标|实现情况|成效|效益|绩效情况|履职/, 'achievements'],
  [/项目/, 'projects'],
  [/收入|支出|预算|决算|经费|资产|采购/, 'budget'],
];

export interface DraftNarrative {
  kind: Kind;
  title: string;
  quote: string;
  after?: string;
  start: number;
  end: number;
}

export function draftNarrative(source: string, lines: Line[]): DraftNarrative[] {
  const out: DraftNarrative[] = [];
  const heads = lines.map((l, i) => ({ i, lv: headingLevel(l.text) })).filter((h) => h.lv !== null) as { i: number; lv: 0 | 1 | 2 }[];
  heads.forEach((h, k) => {
    if (h.lv === 0) return;
    const title = lines[h.i].text.trim();
    const kind = KINDS.find(([re]) => re.test(title))?.[1];
    if (!kind) return;
    const next = heads.slice(k + 1).find((x) => x.lv <= h.lv);
    const endLine = next ? next.i : lines.length;
    // The body: lines after the heading up to the next heading; empty bodies (a table of contents) are skipped.
    const body = lines.slice(h.i + 1, endLine);
    const lastText = [...body].reverse().find((l) => l.text.trim());
    if (!lastText || !body.some((l) => l.text.trim() && headingLevel(l.text) === null)) return;
    const start = lines[h.i].start + (lines[h.i].text.length - lines[h.i].text.trimStart().length);
    const end = lastText.start + lastText.text.trimEnd().length;
    const q = quoteAt(source, start, end);
    if (q) out.push({ kind, title, quote: q.quote, ...(q.after ? { after: q.after } : {}), start, end });
  });
  return out;
}
