import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import {
  DISCLOSURE_ID,
  DISCLOSURE_ID_PATTERN,
  DISCLOSURE_KIND_IDS,
  DISCLOSURE_KINDS,
  formatDisclosureId,
  KIND_REPORT,
  KIND_SHORT,
  KIND_TINY,
  parseDisclosureId,
} from '../../../src/core/disclosure-id';
import { disclosureMetaSchema } from '../../../src/schema/curated';
import { idParts } from '../../../src/downloads/partitions';

const curated = readdirSync('content/disclosures', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const bad = [
  '430223-cac-2024-final',
  '430223-CAC-2024-final-accounts',
  '43022-cac-2024-final-accounts',
  '430223-cac-24-final-accounts',
  '430223-1cac-2024-final-accounts',
  'x',
  '',
];

describe('the disclosure id grammar', () => {
  it('parses every curated folder name and formats it back unchanged', () => {
    expect(curated.length).toBeGreaterThan(0);
    for (const id of curated) {
      const p = parseDisclosureId(id);
      expect(p, id).not.toBeNull();
      expect(formatDisclosureId(p!)).toBe(id);
    }
    expect(parseDisclosureId('430223-cac-2024-final-accounts')).toEqual({ county_code: '430223', department_type: 'cac', year: 2024, kind: 'final-accounts' });
    expect(parseDisclosureId('900001-syn01-2024-performance-self-evaluation')).toEqual({
      county_code: '900001',
      department_type: 'syn01',
      year: 2024,
      kind: 'performance-self-evaluation',
    });
  });

  it('rejects what is not an id, in the parser, the published pattern and the curated schema alike', () => {
    for (const id of bad) {
      expect(parseDisclosureId(id), id).toBeNull();
      expect(DISCLOSURE_ID_PATTERN.test(id), id).toBe(false);
      expect(disclosureMetaSchema.innerType().shape.id.safeParse(id).success, id).toBe(false);
    }
    for (const id of curated) expect(DISCLOSURE_ID_PATTERN.test(id) && DISCLOSURE_ID.test(id), id).toBe(true);
  });

  it('has a label of every length for every kind', () => {
    for (const k of DISCLOSURE_KIND_IDS) {
      for (const labels of [DISCLOSURE_KINDS, KIND_SHORT, KIND_TINY, KIND_REPORT]) expect(labels[k], k).toMatch(/\S/);
    }
    expect(Object.keys(KIND_SHORT).sort()).toEqual([...DISCLOSURE_KIND_IDS].sort());
  });

  it('the download partitions read province and year from the same grammar', () => {
    expect(idParts('430223-cac-2024-final-accounts')).toEqual({ province: '430000', year: '2024' });
    expect(() => idParts('430223-cac-2024-final')).toThrow(/not a disclosure id/);
  });
});
