/**
 * Coverage: is every figure-like number of a source text captured? A number
 * counts when it is followed by 万元 or %, or sits on a table line (a line
 * with a tab). It is covered when a captured item's quote range contains it
 * and the item's values include that number, or when a not-figures rule
 * (行次, dates, phone numbers …) excludes it.
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

/** The numbers of a text that the coverage rule counts. */
export function countedNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  let lineStart = 0;
  let line = 1;
  for (const raw of text.split('\n')) {
    const isTableLine = raw.includes('\t');
    for (const m of raw.matchAll(NUMBER)) {
      const after = raw.slice(m.index! + m[0].length);
      if (isTableLine || /^\s*(万元|%|％)/.test(after)) out.push({ text: m[0], start: lineStart + m.index!, end: lineStart + m.index! + m[0].length, line });
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
  for (const f of d.facts) if (f.published) caps.push({ ...range(f.anchor), numbers: new Set(numbersIn(f.published)) });
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
    (t) =>
      !caps.some((c) => c.start <= t.start && t.end <= c.end && c.numbers.has(t.text)) &&
      !excluded.some((x) => x.start <= t.start && t.end <= x.end),
  );
}
