/**
 * The dataset's version and build date, for the data package and the
 * citation. The version is the portal's package version; the date is the
 * build date (UTC), or PORTAL_BUILD_DATE (YYYY-MM-DD) / SOURCE_DATE_EPOCH for
 * reproducible builds.
 */
import pkg from '../../package.json';

export interface BuildInfo {
  version: string;
  /** YYYY-MM-DD */
  date: string;
}

export function buildInfo(env: Record<string, string | undefined> = process.env, now: Date = new Date()): BuildInfo {
  const fixed = env.PORTAL_BUILD_DATE;
  if (fixed !== undefined && fixed !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed))) throw new Error(`PORTAL_BUILD_DATE must be a date YYYY-MM-DD, found "${fixed}"`);
    return { version: pkg.version, date: fixed };
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return { version: pkg.version, date: when.toISOString().slice(0, 10) };
}
