/**
 * What the search indexes hold, as plain-text records (Pagefind's
 * addCustomRecord; no HTML is parsed): per partition, one index of compact
 * records (one per disclosure and one per county: the names people search
 * by, title, issuer, year, kind, key figures, project names, narrative
 * headings) and one of the source texts, cut into chunks of whole lines, each
 * chunk's url pointing at its first line (`#L<n>`, core/anchors.ts) and its
 * meta `lines` its line table (core/anchors.ts lineTable), so the search
 * page links a hit to the line that holds the words. Pagefind segments the
 * Chinese text itself (its extended build). Pure functions.
 */
import type { CountyEntry, DisclosureDetails, DisclosureSummary, SourceEntry } from '../schema/normalized';
import { KEY_FIGURE_ZH, type KeyFigureId } from '../schema/normalized';
import { lineTable, SOURCE_CHUNK_CHARS, sourceLineId } from '../core/anchors';
import { paths } from '../core/routes';
import { countyTags, disclosureTags, RECORD, type SearchTags } from './tags';

export { RECORD };

export const SEARCH_LANGUAGE = 'zh-cn';

/** A Pagefind custom record. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function record(url: string, content: string, t: SearchTags, extra: Record<string, string>): SearchRecord {
  const filters: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(t.filters)) if (v && v.length) filters[k] = v;
  return { url, content, language: SEARCH_LANGUAGE, meta: { ...t.meta, ...extra }, filters };
}

/** Compact records carry the filter `record: summary`: browsing by filters alone lists each page once. */
function summary(r: SearchRecord): SearchRecord {
  return { ...r, filters: { ...r.filters, record: [RECORD.summary] } };
}

/** The names line and what the page is about, one item per line. */
export function summaryRecord(d: DisclosureSummary, details: Pick<DisclosureDetails, 'projects' | 'narrative'>, partition: string): SearchRecord {
  const t = disclosureTags(d);
  const figures = (Object.entries(d.key) as [KeyFigureId, DisclosureSummary['key'][KeyFigureId]][]).flatMap(([id, f]) =>
    f ? [`${KEY_FIGURE_ZH[id]} ${f.published}${f.unit ? ` ${f.unit}` : ''}`] : [],
  );
  const lines = [
    t.names.join(' '),
    d.title,
    d.issuer,
    `${d.year}年 ${d.kind_zh}`,
    ...figures,
    ...details.projects.map((p) => p.name),
    ...details.narrative.map((n) => n.title),
  ];
  return summary(record(paths.disclosure(d.id), unique(lines).join('\n'), t, { record: RECORD.summary, partition, names: String(t.names.join(' ').length) }));
}

/** A county page: its names, then what it lists of its disclosures (titles, department names). */
export function countyRecord(c: CountyEntry, byCode: ReadonlyMap<string, CountyEntry>, partition: string, titles: readonly string[] = []): SearchRecord {
  const t = countyTags(c, byCode);
  const names = t.names.join(' ');
  return summary(record(paths.county(c.code), unique([names, ...titles]).join('\n'), t, { record: RECORD.summary, partition, names: String(names.length) }));
}

export interface Chunk {
  /** 1-based number of the chunk's first line in the source text. */
  line: number;
  /** 1-based number of its last line. */
  end: number;
  text: string;
}

/** Source text cut into chunks of whole lines of at most SOURCE_CHUNK_CHARS (a longer line is a chunk of its own); blank lines are skipped. */
export function chunkLines(text: string, max: number = SOURCE_CHUNK_CHARS): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim()) return;
    if (cur && cur.text.length + 1 + line.length > max) {
      out.push(cur);
      cur = null;
    }
    cur = cur ? { line: cur.line, end: i + 1, text: `${cur.text}\n${line}` } : { line: i + 1, end: i + 1, text: line };
  });
  if (cur) out.push(cur);
  return out;
}

/** The source-text records of a disclosure: one per chunk, linking to the chunk's first line, with the chunk's line table (meta `lines`). */
export function textRecords(d: DisclosureSummary, source: Pick<SourceEntry, 'text'>, partition: string): SearchRecord[] {
  const t = disclosureTags(d);
  const lines = source.text.split('\n');
  return chunkLines(source.text).map((c) =>
    record(`${paths.disclosure(d.id)}#${sourceLineId(c.line)}`, c.text, t, {
      record: RECORD.text,
      partition,
      lines: lineTable(lines.slice(c.line - 1, c.end)),
    }),
  );
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
}
