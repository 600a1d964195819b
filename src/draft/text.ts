/**
 * Text helpers shared by the recognisers: lines with offsets, headings and
 * the section a place sits in, and quotes that the checker can locate.
 */
import { locateQuote } from '../normalize/locate';

export interface Line {
  /** 1-based line number. */
  n: number;
  start: number;
  text: string;
}

export function linesOf(source: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  source.split('\n').forEach((text, i) => {
    out.push({ n: i + 1, start, text });
    start += text.length + 1;
  });
  return out;
}

const CN = '一二三四五六七八九十';
const TOP = new RegExp(`^\\s*(第[${CN}]+部分|附件[${CN}\\d]+)`);
const LEVEL1 = new RegExp(`^\\s*[${CN}]+[、.．]\\s*\\S`);
const LEVEL2 = new RegExp(`^\\s*[（(][${CN}]+[）)]\\s*\\S`);

/** A heading: a short line without a tab that starts like 第三部分 / 附件一 / 一、 / （一）. */
export function headingLevel(text: string): 0 | 1 | 2 | null {
  const t = text.trim();
  if (!t || text.includes('\t') || t.length > 40 || /[。；;]$/.test(t)) return null;
  if (TOP.test(t)) return 0;
  if (LEVEL1.test(t)) return 1;
  if (LEVEL2.test(t)) return 2;
  if (/^\d{1,2}[.、．]\s*\S/.test(t) && t.length <= 25 && !/[，,。；]/.test(t)) return 2;
  // An unnumbered heading such as 机构设置情况 / 一般公共预算支出情况: short, no punctuation or digits, ends like a heading.
  if (t.length <= 20 && !/[\d，。、；：:,.（）()]/.test(t) && /(情况|情况说明|说明)$/.test(t)) return 1;
  return null;
}

/** For each line, the section it belongs to: the top heading (第X部分 / 附件 with the next line as its title) and the 一、 heading. */
export function sectionsOf(lines: Line[]): string[] {
  let top = '';
  let l1 = '';
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const lv = headingLevel(lines[i].text);
    if (lv === 0) {
      top = lines[i].text.trim();
      // "第二部分" on its own line: its title is the next non-empty line.
      if (/^(第[一二三四五六七八九十]+部分|附件[一二三四五六七八九十\d]+)$/.test(top)) {
        const next = lines.slice(i + 1, i + 4).find((l) => l.text.trim());
        if (next && !next.text.includes('\t') && next.text.trim().length <= 40) top = `${top} ${next.text.trim()}`;
      }
      l1 = '';
    } else if (lv === 1) l1 = lines[i].text.trim();
    const s = [top, l1].filter(Boolean).join(' ');
    out.push(s || '正文');
  }
  return out;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A literal as a regular expression source, with tabs and line breaks written \t and \n. */
export function regexLiteral(s: string): string {
  return esc(s).replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

export interface Quoted {
  quote: string;
  after: string;
}

/**
 * The quote for source[start, end) with an `after` when the text occurs more
 * than once: the nearest preceding line (or longer context) that makes the
 * checker find exactly this occurrence. Null if none does (never happens for
 * a real span: the whole text before it always works).
 */
export function quoteAt(source: string, start: number, end: number): Quoted | null {
  const quote = source.slice(start, end);
  const ok = (after: string) => {
    const l = locateQuote(source, quote, after);
    return l.ok && l.start === start;
  };
  if (ok('')) return { quote, after: '' };
  // Candidate afters: preceding non-empty lines, nearest first.
  let i = source.lastIndexOf('\n', start - 1);
  for (let k = 0; k < 60 && i > 0; k++) {
    const j = source.lastIndexOf('\n', i - 1);
    const line = source.slice(j + 1, i);
    if (line.trim() && ok(line)) return { quote, after: line };
    i = j;
  }
  for (let len = 8; len <= start; len *= 2) {
    const after = source.slice(Math.max(0, start - len), start);
    if (ok(after)) return { quote, after };
  }
  return ok(source.slice(0, start)) ? { quote, after: source.slice(0, start) } : null;
}

/** A lower-case id fragment: ascii letters and digits of a label, or a fallback. */
export function slug(s: string, fallback: string): string {
  const a = s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return a || fallback;
}
