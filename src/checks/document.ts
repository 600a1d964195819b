/**
 * What the structural rules read beyond the figures: the document's kind, its
 * (redacted) source text and its curated narrative sections; and how they
 * find a table or a section heading in the text.
 */
import type { DisclosureKind } from '../core/disclosure-id';
import type { NarrativeEntry } from '../schema/normalized';

export interface DocumentInput {
  kind: DisclosureKind;
  /** The source text the anchors point into. */
  source: string;
  narrative: NarrativeEntry[];
}

export interface TextRange {
  start: number;
  end: number;
}

/** A heading line: short, not a sentence, possibly numbered ("七、…", "（二）…", "第四部分"). */
const HEADING = /^(第[一二三四五六七八九十]+部分\s*)?([一二三四五六七八九十]+\s*、|（[一二三四五六七八九十]+）|\d+\s*[.、．])?\s*[^\s。；;，,].{0,40}$/u;
/** A heading, not a short sentence: no sentence punctuation. */
const isHeading = (t: string): boolean => HEADING.test(t) && !/[。，；;,]/.test(t);

/** Where a top-level section ends: the next "第X部分" or "X、" heading. */
const TOP_HEADING = /^\s*(-\s*)?(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*、)/u;

interface Line extends TextRange {
  text: string;
}

function lines(source: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text of source.split('\n')) {
    out.push({ text, start, end: start + text.length });
    start += text.length + 1;
  }
  return out;
}

const linesMemo = new WeakMap<DocumentInput, Line[]>();
function linesOf(doc: DocumentInput): Line[] {
  let l = linesMemo.get(doc);
  if (!l) {
    l = lines(doc.source);
    linesMemo.set(doc, l);
  }
  return l;
}

export interface FoundSection {
  /** The heading line as printed. */
  heading: string;
  headingRange: TextRange;
  /** The text from the end of the heading to the next top-level heading. */
  body: TextRange;
  bodyText: string;
}

/**
 * The first heading matching `pattern` that has a body of at least ten
 * characters of prose (a table-of-contents entry has none: more headings
 * follow), preferring top-level headings ("七、…") to sub-headings.
 */
export function findSection(doc: DocumentInput, pattern: RegExp): FoundSection | null {
  const ls = linesOf(doc);
  const candidates = ls.map((l, i) => ({ l, i, t: l.text.trim().replace(/^-\s*/, '') })).filter(({ t }) => isHeading(t) && pattern.test(t));
  const ordered = [...candidates.filter((c) => TOP_HEADING.test(c.l.text)), ...candidates.filter((c) => !TOP_HEADING.test(c.l.text))];
  for (const { l, i, t } of ordered) {
    let j = i + 1;
    while (j < ls.length && !TOP_HEADING.test(ls[j].text)) j++;
    const end = j < ls.length ? ls[j].start : doc.source.length;
    const bodyText = doc.source.slice(l.end, end);
    const prose = bodyText.split('\n').filter((x) => x.trim() && !isHeading(x.trim().replace(/^-\s*/, '')));
    if (prose.join('').replace(/\s+/g, '').length < 10) continue;
    return { heading: t, headingRange: { start: l.start, end: l.end }, body: { start: l.end, end }, bodyText };
  }
  return null;
}

/** Every match of a pattern in the text, with its range. */
export function findAll(doc: DocumentInput, pattern: RegExp): (TextRange & { text: string })[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  return [...doc.source.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

/** Start offset of an anchor "q-<start>-<end>". */
export function anchorStart(anchor: string): number {
  return Number(anchor.split('-')[1]);
}

/** A quote shortened for a message. */
export function excerpt(text: string, max = 40): string {
  const t = text.replace(/\s+/g, '').replace(/。$/, '');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
