/**
 * What a build says about the dataset before its content is known: the
 * portal's version, the one build date (China Standard Time, see
 * src/core/build-date.ts), where the site lives (PORTAL_SITE, or none for a
 * preview build) and, when a previous version was given, what changed.
 */
import pkg from '../../package.json';
import { config, type Env } from '../config';
import { buildDate } from '../core/build-date';
import { siteConfig, siteUrl, type SiteConfig } from '../core/site';
import { DATA_DIR } from './paths';

export interface DatasetChanges {
  previousVersion: string;
  added: string[];
  removed: string[];
  changed: string[];
  /** fact keys whose published value, unit or status changed */
  corrected: string[];
  /** The previous CHANGELOG's entries (from its first "## " heading), kept below the new one; "" when it had none. */
  history: string;
}

export interface BuildInfo {
  /** The portal's package version. */
  version: string;
  /** YYYY-MM-DD */
  date: string;
  site: SiteConfig;
  /** Absolute /data/ URL, or null for a preview build (no host is ever made up). */
  dataUrl: string | null;
  changes: DatasetChanges | null;
}

/** This build's info (from config.ts), or that of a given environment (tests). */
export function buildInfo(env?: Env, now: Date = new Date()): BuildInfo {
  const site = env ? siteConfig(env) : config.site;
  return { version: pkg.version, date: env ? buildDate(env, now) : config.buildDate, site, dataUrl: site.site ? siteUrl(site, DATA_DIR) : null, changes: null };
}
