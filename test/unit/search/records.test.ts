import { describe, expect, it } from 'vitest';
import { chunkLines, countyRecord, summaryRecord, textRecords } from '../../../src/search/records';
import { chunkLineAt, SOURCE_CHUNK_CHARS } from '../../../src/core/anchors';
import { disclosureTags } from '../../../src/search/tags';
import { KEY_FIGURE_ZH, type KeyFigureId } from '../../../src/schema/normalized';
import { normalizedCollections } from '../../support/search';

describe('search records', () => {
  const data = normalizedCollections();

  it('cuts a source text into chunks of whole lines, each starting at its first line, none longer than the limit unless one line is', () => {
    expect(chunkLines('甲\n\n乙乙\n丙', 4)).toEqual([
      { line: 1, end: 3, text: '甲\n乙乙' },
      { line: 4, end: 4, text: '丙' },
    ]);
    expect(chunkLines('甲\n\n乙乙\n丙', 3)).toEqual([
      { line: 1, end: 1, text: '甲' },
      { line: 3, end: 3, text: '乙乙' },
      { line: 4, end: 4, text: '丙' },
    ]);
    expect(chunkLines('长长长长长长\n短', 4)).toEqual([
      { line: 1, end: 1, text: '长长长长长长' },
      { line: 2, end: 2, text: '短' },
    ]);
    for (const s of data.sources) {
      const lines = s.text.split('\n');
      const chunks = chunkLines(s.text);
      for (const c of chunks) {
        expect(lines[c.line - 1].trimEnd(), `${s.id} line ${c.line}`).toBe(c.text.split('\n')[0]);
        expect(lines[c.end - 1].trimEnd(), `${s.id} line ${c.end}`).toBe(c.text.split('\n').at(-1));
        if (c.text.includes('\n')) expect(c.text.length).toBeLessThanOrEqual(SOURCE_CHUNK_CHARS);
      }
      // Nothing is lost: every non-blank line is in exactly one chunk.
      expect(chunks.flatMap((c) => c.text.split('\n'))).toEqual(lines.map((l) => l.trimEnd()).filter((l) => l.trim()));
    }
  });

  it('links each source-text record to the line id of its chunk and gives it the disclosure’s filters', () => {
    for (const d of data.disclosures) {
      const src = data.sources.find((s) => s.id === d.id)!;
      const recs = textRecords(d, src, '43');
      expect(recs.length).toBeGreaterThan(0);
      for (const r of recs) {
        expect(r.url).toMatch(new RegExp(`^/disclosures/${d.id}/#L(\\d+)$`));
        // Each line of the record, found by its line table, is that source line (the place a hit on it links to), also where the index folds the whitespace.
        const first = Number(/#L(\d+)$/.exec(r.url)![1]);
        const folded = r.content.replace(/\s+/g, ' ');
        let offset = 0;
        for (const line of r.content.split('\n')) {
          const at = offset + line.search(/\S/);
          const prefix = r.content.slice(0, at).replace(/\s+/g, ' ');
          const n = chunkLineAt(folded, first, r.meta.lines, prefix.length);
          expect(src.text.split('\n')[n! - 1]?.trimEnd(), `${d.id} ${r.url}`).toBe(line);
          offset += line.length + 1;
        }
        expect(r.filters).toEqual(disclosureTags(d).filters);
        expect(r.meta).toMatchObject({ record: 'text', partition: '43', title: d.title });
      }
    }
  });

  it('makes one compact record per disclosure: names, title, issuer, key figures, project names and narrative headings', () => {
    for (const d of data.disclosures) {
      const det = data.details.find((x) => x.id === d.id)!;
      const r = summaryRecord(d, det, '43');
      expect(r.url).toBe(`/disclosures/${d.id}/`);
      expect(r.filters.record).toEqual(['summary']);
      for (const s of [d.title, d.issuer, d.county_short_name, ...det.projects.map((p) => p.name), ...det.narrative.map((n) => n.title)])
        expect(r.content).toContain(s);
      for (const [id, f] of Object.entries(d.key)) if (f) expect(r.content).toContain(`${KEY_FIGURE_ZH[id as KeyFigureId]} ${f.published}`);
      expect(r.content.slice(0, Number(r.meta.names))).toBe(disclosureTags(d).names.join(' '));
    }
    const byCode = new Map(data.counties.map((c) => [c.code, c]));
    const c = data.counties.find((x) => x.disclosure_ids.length > 0)!;
    expect(countyRecord(c, byCode, '43')).toMatchObject({ url: `/counties/${c.code}/`, filters: { county: [c.name], record: ['summary'] } });
  });
});
