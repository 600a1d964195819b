/**
 * Browser-test harness: Debian's Chromium driven by playwright-core, never a
 * downloaded browser. With CI=true a missing Chromium fails the tests; on a
 * developer machine they are skipped with a loud message.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { serveStatic, type RunningServer } from './static-server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST_DIR = process.env.PORTAL_DIST_DIR ?? 'dist';
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

if (!chromiumAvailable && process.env.CI !== 'true') {
  console.warn(
    `\n!!!!!!!!\n!!! Chromium not found at ${CHROMIUM_PATH}: browser tests are SKIPPED.\n!!! Install it with: apt-get install -y chromium\n!!!!!!!!\n`,
  );
}

/** describe() for browser tests: runs when Chromium exists or in CI (where a missing browser fails). */
export const describeBrowser: typeof describe.skip = chromiumAvailable || process.env.CI === 'true' ? describe : (describe.skip as typeof describe.skip);

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumAvailable) throw new Error(`Chromium is required for browser tests but was not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export interface Site {
  browser: Browser;
  server: RunningServer;
  /** Absolute URL of a site path given without base, e.g. "/compare/". */
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function openSite(base = process.env.PORTAL_BASE ?? '/', dist = DIST_DIR): Promise<Site> {
  const server = await serveStatic(dist, base.endsWith('/') ? base : base + '/');
  const browser = await launchBrowser();
  return {
    browser,
    server,
    url: (path) => server.url.replace(/\/$/, '') + path,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The built site for a describe block: opened in its beforeAll, closed in its
 * afterAll. Call it in the block's body; use the returned Site inside tests.
 */
export function useSite(base?: string, dist?: string): Site {
  let s: Site | undefined;
  beforeAll(async () => {
    s = await openSite(base, dist);
  });
  afterAll(async () => s?.close());
  const open = (): Site => {
    if (!s) throw new Error('the site opens in beforeAll: use it inside a test or hook, not while collecting');
    return s;
  };
  return {
    get browser() {
      return open().browser;
    },
    get server() {
      return open().server;
    },
    url: (path) => open().url(path),
    close: () => open().close(),
  };
}

/** A new page that records console errors and failed requests. */
export async function newPage(site: Site, viewport = { width: 1366, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => {
    // A request the browser cancels because the page navigated away (net::ERR_ABORTED) is not a fault.
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  return { page, errors };
}

export const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };
