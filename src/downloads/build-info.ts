/**
 * The dataset's version and build date, for the data package and the
 * citation. The version is the portal's package version; the date is the one
 * build date (China Standard Time, see src/lib/build-date.ts).
 */
import pkg from '../../package.json';
import { buildDate } from '../lib/build-date';

export interface BuildInfo {
  version: string;
  /** YYYY-MM-DD */
  date: string;
}

export function buildInfo(env: Record<string, string | undefined> = process.env, now: Date = new Date()): BuildInfo {
  return { version: pkg.version, date: buildDate(env, now) };
}
