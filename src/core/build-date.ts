/**
 * The one build date of the site and the downloads: the calendar day in
 * China Standard Time (Asia/Shanghai, UTC+8 all year), as YYYY-MM-DD. Page
 * citations (access date), the /data/ page, the data package and the dataset
 * version all read it, so they never disagree around midnight UTC.
 * PORTAL_BUILD_DATE (YYYY-MM-DD) or SOURCE_DATE_EPOCH (seconds) fix it for
 * reproducible builds.
 */
export const BUILD_TIME_ZONE = 'Asia/Shanghai';
const UTC_OFFSET_MS = 8 * 3600 * 1000;

export function buildDate(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const fixed = env.PORTAL_BUILD_DATE;
  if (fixed !== undefined && fixed !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed))) throw new Error(`PORTAL_BUILD_DATE must be a date YYYY-MM-DD, found "${fixed}"`);
    return fixed;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  const t = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return new Date(t.getTime() + UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The start of a build date in its time zone, as an ISO 8601 timestamp ("2024-06-18T00:00:00+08:00"). */
export function buildDateTime(date: string): string {
  return `${date}T00:00:00+08:00`;
}
