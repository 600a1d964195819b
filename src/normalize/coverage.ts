/**
 * Coverage: is every figure-like number of a source text captured? A number
 * counts when it is followed by 万元 or %, sits on a table line (a line with a
 * tab), or is a table cell of a table published without tabs: a cell of
 * figures alone on its line (a table flattened one cell per line) or between
 * cells set apart by two or more spaces. It is covered when a captured item's
 * quote range contains it and the item's values (or a figure's classification
 * code) include that number, or when a not-figures rule (行次, dates, phone
 * numbers …) excludes it.
 */
import type { DisclosureDetails } from '../schema/normalized';
import type { NotFigureRule } from './items';

export interface NumberToken {
  text: string;
  start: number;
  end: number;
  line: number;
}

// A number directly followed by "." is a list label ("1."), not a figure: Chinese sentences end in "。".
const NUMBER = /(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g;

export function numbersIn(s: string): string[] {
  return [...s.matchAll(NUMBER)].map((m) => m[0]);
}

// A cell of a table laid out without tabs: text runs joined by single spaces, set apart from the next
// cell by two or more spaces or an ideographic space (which \s matches).
const CELL = /\S+(?: \S+)*/g;
// A cell that holds one figure: a number with an optional comparison sign, minus, unit or percent sign
// (≥30家, 98%, 310.52, 12 次); a year or date alone (2024年度, 5月) is a heading, not a figure.
const FIGURE_CELL = /^[≥≤><＞＜=]?\s*[-－]?\d+(?:\.\d+)?\s*(?:%|％|万元|元|(?![年月日])[\u4e00-\u9fff]{1,2})?$/;

/** Offsets of the cells of a tab-less line that are a single figure. */
function figureCells(raw: string): { start: number; end: number }[] {
  return [...raw.matchAll(CELL)].filter((c) => FIGURE_CELL.test(c[0])).map((c) => ({ start: c.index!, end: c.index! + c[0].length }));
}

/** The numbers of a text that the coverage rule counts. */
export function countedNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  let lineStart = 0;
  let line = 1;
  for (const raw of text.split('\n')) {
    const isTableLine = raw.includes('\t');
    const cells = isTableLine ? [] : figureCells(raw);
    for (const m of raw.matchAll(NUMBER)) {
      const after = raw.slice(m.index! + m[0].length);
      const inCell = cells.some((c) => c.start <= m.index! && m.index! < c.end);
      if (isTableLine || inCell || /^\s*(万元|%|％)/.test(after))
        out.push({ text: m[0], start: lineStart + m.index!, end: lineStart + m.index! + m[0].length, line });
    }
    lineStart += raw.length + 1;
    line++;
  }
  return out;
}

interface Capture {
  start: number;
  end: number;
  numbers: Set<string>;
}

function range(anchor: string): { start: number; end: number } {
  const [, s, e] = anchor.split('-');
  return { start: Number(s), end: Number(e) };
}

export function capturesOf(d: DisclosureDetails): Capture[] {
  const caps: Capture[] = [];
  for (const f of d.facts) {
    const numbers = [...(f.published ? numbersIn(f.published) : []), ...(f.code ? [f.code] : [])];
    if (numbers.length) caps.push({ ...range(f.anchor), numbers: new Set(numbers) });
  }
  for (const i of d.indicators) caps.push({ ...range(i.anchor), numbers: new Set([i.target, i.actual, i.weight, i.score].flatMap(numbersIn)) });
  return caps;
}

/** Spans of the text that not-figures rules exclude. */
export function excludedSpans(text: string, rules: NotFigureRule[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const r of rules) {
    const a = r.after ? text.indexOf(r.after) : 0;
    if (a < 0) continue;
    const from = r.after ? a + r.after.length : 0;
    const b = r.before ? text.indexOf(r.before, from) : -1;
    const to = b < 0 ? text.length : b;
    const region = text.slice(from, to);
    const re = new RegExp(r.regex.source, r.regex.flags.includes('g') ? r.regex.flags : r.regex.flags + 'g');
    for (const m of region.matchAll(re)) {
      if (m[0] === '') continue;
      const g = m[1] !== undefined ? m[0].indexOf(m[1]) : 0;
      const len = m[1] !== undefined ? m[1].length : m[0].length;
      spans.push({ start: from + m.index! + g, end: from + m.index! + g + len });
    }
  }
  return spans;
}

/** Counted numbers that are neither captured nor excluded. */
export function uncoveredNumbers(text: string, details: DisclosureDetails, rules: NotFigureRule[]): NumberToken[] {
  const caps = capturesOf(details);
  const excluded = excludedSpans(text, rules);
  return countedNumbers(text).filter(
    (t) => !caps.some((c) => c.start <= t.start && t.end <= c.end && c.numbers.has(t.text)) && !excluded.some((x) => x.start <= t.start && t.end <= x.end),
  );
}
