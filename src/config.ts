/**
 * Every environment variable the portal reads, parsed and validated once per
 * process, here and nowhere else. ENV_VARS is the documented list (the README
 * points to it); `config` is this process's values. A bad value stops the
 * process at start with every bad variable named, before any work is done.
 *
 * Functions that build the environment of a child process (the sharded Astro
 * build, the benchmark, tests) write these names; they read a given env only
 * through the parsers below.
 */
import { buildDate } from './core/build-date';
import { parseLimits, type PageLimits } from './core/limits';
import { siteConfig, type SiteConfig } from './core/site';

export type Env = Record<string, string | undefined>;

export interface EnvVar {
  name: string;
  meaning: string;
  /** What applies when the variable is unset or empty. */
  default: string;
}

export const ENV_VARS: readonly EnvVar[] = [
  {
    name: 'PORTAL_SITE',
    meaning: 'the https origin the site is served from (canonical links, sitemap, citations, download snippets)',
    default: 'none: a preview build with relative links',
  },
  { name: 'PORTAL_BASE', meaning: 'the sub-path the site is served under, e.g. /sub/path/', default: '/' },
  { name: 'PORTAL_PRODUCTION', meaning: '"true" or "1": a production build, which requires PORTAL_SITE', default: 'off' },
  {
    name: 'PORTAL_BUILD_DATE',
    meaning: 'the build date YYYY-MM-DD (citations, /data/, data package), for reproducible builds',
    default: 'SOURCE_DATE_EPOCH, else today in Asia/Shanghai',
  },
  {
    name: 'SOURCE_DATE_EPOCH',
    meaning: 'the build time in seconds since 1970 (the reproducible-builds convention); the sharded build sets it so every shard prints one date',
    default: 'now',
  },
  { name: 'PORTAL_CONTENT_DIR', meaning: 'the curated content folder (tests, the synthetic corpus)', default: 'content' },
  { name: 'PORTAL_GENERATED_DIR', meaning: 'the generated folder the normalizer writes and the pages read', default: '.generated' },
  { name: 'PORTAL_DIST_DIR', meaning: 'the published output folder of `npm run build`', default: 'dist' },
  { name: 'PORTAL_OUT_DIR', meaning: "one `astro build`'s output folder (the build sets it to a staging folder)", default: './dist' },
  { name: 'PORTAL_CACHE_DIR', meaning: "Astro's cache folder (separate caches let builds run side by side)", default: './node_modules/.astro' },
  { name: 'PORTAL_WORKERS', meaning: 'worker threads of the normalizer, exactly', default: 'the available cores, fewer for a small corpus' },
  { name: 'PORTAL_ASTRO_SHARDS', meaning: 'number of `astro build` processes side by side', default: 'the available cores, fewer for a small corpus' },
  { name: 'PORTAL_PAGE_SHARD', meaning: '"i/K": the shard of pages this `astro build` renders (set by the sharded build)', default: 'every page (0/1)' },
  {
    name: 'PORTAL_RENDER_PARTITIONS',
    meaning:
      'JSON {plan, render, corpus}: the partitions whose pages this `astro build` renders, and whether it renders the corpus-wide pages (set by the partitioned build)',
    default: 'every page',
  },
  { name: 'PORTAL_PAGE_LIMITS', meaning: 'page sizes of the paged lists, e.g. "checks=3,county=4" (tests)', default: 'core/limits.ts DEFAULT_LIMITS' },
  { name: 'PORTAL_PREVIOUS_DATA', meaning: "the previous version's data folder: the CHANGELOG lists what changed since", default: 'none: no changes listed' },
  { name: 'PORTAL_ALLOW_EMPTY', meaning: '"1": accept a corpus without disclosures', default: 'refused' },
  { name: 'PORTAL_TIMINGS_FILE', meaning: 'a file the build writes its per-stage timings to (the benchmark reads it)', default: 'none' },
  { name: 'PORTAL_TEST_KILL_AT', meaning: 'tests only: the build stage at which the build kills itself with SIGKILL', default: 'none' },
];

export interface Config {
  /** Where the site is deployed (PORTAL_SITE, PORTAL_BASE, PORTAL_PRODUCTION). */
  site: SiteConfig;
  /** The one build date, YYYY-MM-DD (PORTAL_BUILD_DATE, SOURCE_DATE_EPOCH). */
  buildDate: string;
  contentDir: string;
  generatedDir: string;
  distDir: string;
  outDir: string;
  cacheDir: string;
  /** Exact number of normalizer workers, or null for the default. */
  workers: number | null;
  /** Exact number of `astro build` processes, or null for the default. */
  astroShards: number | null;
  allowEmpty: boolean;
  pageShard: PageShard;
  renderPartitions: RenderSelection | null;
  pageLimits: PageLimits;
  /** The previous version's data folder, as given (PORTAL_PREVIOUS_DATA), or null. */
  previousData: string | null;
  timingsFile: string | null;
  testKillAt: string | null;
}

/** Which share of the pages one `astro build` process renders (PORTAL_PAGE_SHARD="i/K", 0-based i). */
export interface PageShard {
  /** 0-based. */
  index: number;
  count: number;
}

export const WHOLE: PageShard = { index: 0, count: 1 };

export function parsePageShard(value: string | undefined): PageShard {
  if (value === undefined || value.trim() === '') return WHOLE;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(count >= 1 && index >= 0 && index < count)) throw new Error(`PORTAL_PAGE_SHARD must be "i/K" with 0 <= i < K, got "${value}"`);
  return { index, count };
}

/**
 * Which pages one `astro build` renders in a partitioned build
 * (PORTAL_RENDER_PARTITIONS, src/store/shard.ts): `plan` is every partition id
 * of the corpus (code prefixes, src/core/partitions.ts), `render` the ones
 * whose disclosure and county pages it renders, `corpus` whether it renders
 * the corpus-wide pages.
 */
export interface RenderSelection {
  plan: string[];
  render: string[];
  corpus: boolean;
}

export function parseRenderSelection(value: string | undefined): RenderSelection | null {
  if (value === undefined || value.trim() === '') return null;
  let v: unknown;
  try {
    v = JSON.parse(value);
  } catch {
    v = null;
  }
  const ids = (a: unknown) => Array.isArray(a) && a.every((x) => typeof x === 'string' && /^\d{2}(\d{2})?$/.test(x));
  const o = v as RenderSelection | null;
  if (!o || !ids(o.plan) || !ids(o.render) || typeof o.corpus !== 'boolean')
    throw new Error(`PORTAL_RENDER_PARTITIONS must be JSON {"plan": [ids], "render": [ids], "corpus": true|false}, got "${value}"`);
  return { plan: o.plan, render: o.render, corpus: o.corpus };
}

const set = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v);

/** PORTAL_ASTRO_SHARDS: a whole number >= 1, or null when unset. */
export function parseAstroShards(v: string | undefined): number | null {
  if (set(v) === null) return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PORTAL_ASTRO_SHARDS must be a whole number >= 1, got "${v}"`);
  return n;
}

/** PORTAL_WORKERS: a positive number, or null (unset, empty, 0 or not a number: the default, as before). */
function parseWorkers(v: string | undefined): number | null {
  return Number(v) || null;
}

/** How each value is read from an environment. */
const READ: { [K in keyof Config]: (env: Env) => Config[K] } = {
  site: (env) => siteConfig(env),
  buildDate: (env) => buildDate(env),
  contentDir: (env) => env.PORTAL_CONTENT_DIR ?? 'content',
  generatedDir: (env) => env.PORTAL_GENERATED_DIR ?? '.generated',
  distDir: (env) => env.PORTAL_DIST_DIR ?? 'dist',
  outDir: (env) => env.PORTAL_OUT_DIR ?? './dist',
  cacheDir: (env) => env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  workers: (env) => parseWorkers(env.PORTAL_WORKERS),
  astroShards: (env) => parseAstroShards(env.PORTAL_ASTRO_SHARDS),
  allowEmpty: (env) => env.PORTAL_ALLOW_EMPTY === '1',
  pageShard: (env) => parsePageShard(env.PORTAL_PAGE_SHARD),
  renderPartitions: (env) => parseRenderSelection(env.PORTAL_RENDER_PARTITIONS),
  pageLimits: (env) => parseLimits(env.PORTAL_PAGE_LIMITS),
  previousData: (env) => set(env.PORTAL_PREVIOUS_DATA),
  timingsFile: (env) => set(env.PORTAL_TIMINGS_FILE),
  testKillAt: (env) => set(env.PORTAL_TEST_KILL_AT),
};

/** Parses and validates every variable of an environment; throws one error naming every bad one. */
export function readConfig(env: Env): Config {
  const errors: string[] = [];
  const out: Partial<Record<keyof Config, unknown>> = {};
  for (const k of Object.keys(READ) as (keyof Config)[]) {
    try {
      out[k] = READ[k](env);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  if (errors.length === 1) throw new Error(errors[0]);
  if (errors.length) throw new Error(`Bad environment variables (the list is in src/config.ts):\n  ${errors.join('\n  ')}`);
  return out as Config;
}

/**
 * The configuration of an environment, each value read and validated on first
 * use and then kept: a module that needs one value does not fail on another,
 * and a command-line entry point calls readConfig first to report every bad
 * variable at once, without a stack trace.
 */
export function lazyConfig(env: Env): Config {
  const c = {} as Config;
  for (const k of Object.keys(READ) as (keyof Config)[]) {
    Object.defineProperty(c, k, {
      configurable: true,
      enumerable: true,
      get() {
        const value = READ[k](env);
        Object.defineProperty(c, k, { value, enumerable: true });
        return value;
      },
    });
  }
  return c;
}

/** This process's environment (none in a browser). */
export const processEnv: Env = typeof process === 'undefined' ? {} : process.env;

/** This process's configuration, each value read once. */
export const config: Config = lazyConfig(processEnv);
