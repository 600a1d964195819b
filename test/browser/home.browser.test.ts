import { expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { describeBrowser, newPage, useSite } from '../support/browser';

describeBrowser('home page (smoke)', () => {
  const site = useSite();

  it('lists every disclosure from the data, in Chinese, without console errors', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(site.url('/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const curated = readdirSync('content/disclosures', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    for (const id of curated) {
      expect(await page.locator(`a[href$="/disclosures/${id}/"]`).first().isVisible(), id).toBe(true);
    }
    expect(errors).toEqual([]);
  });
});
