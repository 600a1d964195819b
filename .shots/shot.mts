import { serveStatic } from '/work/main/test/support/static-server.ts';
import { chromium } from 'playwright-core';
const server = await serveStatic('/work/main/dist-lead');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const pages = process.argv.slice(2);
for (const spec of pages) {
  const [path, name, w, h, full] = spec.split('|');
  const ctx = await browser.newContext({ viewport: { width: Number(w), height: Number(h) }, locale: 'zh-CN' });
  const p = await ctx.newPage();
  await p.goto(server.url.replace(/\/$/, '') + path);
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full === 'full' });
  await ctx.close();
}
await browser.close(); await server.close();
