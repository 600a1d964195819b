/** One build date (China Standard Time) for the pages' citations and the downloads. */
import { describe, expect, it } from 'vitest';
import { buildDate, buildDateTime } from '../../../src/core/build-date';
import { buildInfo } from '../../../src/downloads/build-info';

describe('build date', () => {
  it('the downloads and the page citations take the same day, in UTC+8, also just after 16:00 UTC', () => {
    for (const iso of ['2024-06-17T15:59:59Z', '2024-06-17T16:00:00Z', '2024-06-17T23:30:00Z', '2024-12-31T16:00:00Z']) {
      const now = new Date(iso);
      expect(buildInfo({}, now).date, iso).toBe(buildDate({}, now));
    }
    expect(buildInfo({}, new Date('2024-06-17T16:00:00Z')).date).toBe('2024-06-18');
    expect(buildInfo({}, new Date('2024-06-17T15:59:59Z')).date).toBe('2024-06-17');
  });

  it('PORTAL_BUILD_DATE and SOURCE_DATE_EPOCH fix it; a malformed date is refused', () => {
    expect(buildInfo({ PORTAL_BUILD_DATE: '2025-01-02' }).date).toBe('2025-01-02');
    expect(buildDate({ SOURCE_DATE_EPOCH: '1718640000' })).toBe('2024-06-18');
    expect(() => buildDate({ PORTAL_BUILD_DATE: '2025-1-2' })).toThrow(/PORTAL_BUILD_DATE must be a date YYYY-MM-DD, found "2025-1-2"/);
    expect(buildDateTime('2025-01-02')).toBe('2025-01-02T00:00:00+08:00');
  });
});
