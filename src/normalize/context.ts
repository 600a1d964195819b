import type { Problem } from '../core/problems';
import { locateQuote, lineAt } from './locate';
import { redactPersonalData } from './redact';
import type { Registries } from './registries';

/** What every per-file normalizer of one disclosure needs. */
export interface DisclosureContext {
  folder: string;
  /** Source text with personal data redacted: quotes are located in it. */
  source: string;
  /** Line start offsets of `source`, computed once per disclosure. */
  lines: number[];
  registries: Registries;
  problems: Problem[];
}

export interface Placed {
  quote: string;
  anchor: string;
  start: number;
  end: number;
  line: number;
}

/**
 * Locate a curated quote (redacted like the source) and return its anchor, or
 * record a problem at `file`/`where` and return null.
 */
export function place(ctx: DisclosureContext, file: string, where: string, quote: string, after: string | undefined): Placed | null {
  const q = redactPersonalData(quote).text;
  const a = after ? redactPersonalData(after).text : '';
  const loc = locateQuote(ctx.source, q, a);
  if (!loc.ok) {
    ctx.problems.push({ file, where, expected: loc.expected, found: loc.found });
    return null;
  }
  return { quote: q, anchor: `q-${loc.start}-${loc.end}`, start: loc.start, end: loc.end, line: lineAt(ctx.lines, loc.start) };
}
