/**
 * Find a curated quote in its source text. With `after`, the quote is taken at
 * its first occurrence after the first occurrence of `after`; without it, the
 * quote must occur exactly once, so every figure points at one place.
 */
export type Located = { ok: true; start: number; end: number } | { ok: false; expected: string; found: string };

export function locateQuote(source: string, quote: string, after = ''): Located {
  let from = 0;
  if (after) {
    const a = source.indexOf(after);
    if (a < 0) return { ok: false, expected: 'an `after` text that occurs in the source text', found: `"${brief(after)}", which does not occur` };
    from = a + after.length;
  }
  const start = source.indexOf(quote, from);
  if (start < 0) {
    const elsewhere = after && source.indexOf(quote) >= 0;
    return {
      ok: false,
      expected: after ? 'a quote that occurs in the source text after the `after` text' : 'a quote that occurs verbatim in the source text',
      found: elsewhere ? `"${brief(quote)}", which occurs only before "${brief(after)}"` : `"${brief(quote)}", which does not occur`,
    };
  }
  if (!after) {
    const again = source.indexOf(quote, start + 1);
    if (again >= 0) {
      return {
        ok: false,
        expected: 'a quote that occurs once, or an `after` text saying which occurrence',
        found: `"${brief(quote)}", which occurs ${countOccurrences(source, quote)} times`,
      };
    }
  }
  return { ok: true, start, end: start + quote.length };
}

function countOccurrences(s: string, q: string): number {
  let n = 0;
  for (let i = s.indexOf(q); i >= 0; i = s.indexOf(q, i + 1)) n++;
  return n;
}

function brief(s: string): string {
  const one = s.replace(/\t/g, '⇥').replace(/\n/g, '⏎');
  return one.length > 40 ? one.slice(0, 39) + '…' : one;
}

/** Offsets where each line starts, for lineAt. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line number of a character offset (binary search over lineStarts). */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Does the quote contain the value as a whole number (not inside a longer number)? */
export function quoteContainsValue(quote: string, value: string): boolean {
  if (!value) return true;
  const esc = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.])${esc}(?![\\d]|\\.\\d)`).test(quote);
}
