import { chromium } from 'playwright-core';
import { serveStatic } from './test/support/static-server';
const server = await serveStatic(process.env.DIST ?? '/work/main/dist-data', '/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const sels = (process.env.SELS ?? '').split(',').filter(Boolean);
for (const [name, vp] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1366, height: 900 }]] as const) {
  const ctx = await browser.newContext({ viewport: vp, locale: 'zh-CN', colorScheme: process.env.DARK ? 'dark' : 'light' });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console error', m.text()));
  await page.goto(server.url + (process.env.PAGE ?? 'data/'));
  if (!sels.length) await page.screenshot({ path: `/tmp/data-${name}${process.env.DARK ? '-dark' : ''}.png` });
  for (const [i, s] of sels.entries()) await page.locator(s).first().screenshot({ path: `/tmp/data-${name}-${i}.png` }).catch((e) => console.log(e.message));
  await ctx.close();
}
await browser.close();
await server.close();
