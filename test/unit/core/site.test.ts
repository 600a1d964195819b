/** Where the site is deployed (src/core/site.ts): a preview without PORTAL_SITE, a production build only with it. */
import { describe, expect, it } from 'vitest';
import { pageAddress, PREVIEW_NOTICE, siteConfig, siteUrl } from '../../../src/core/site';

describe('siteConfig', () => {
  it('without PORTAL_SITE is a preview with no host (never a made-up one)', () => {
    expect(siteConfig({})).toEqual({ site: null, base: '/', production: false });
    expect(siteConfig({ PORTAL_SITE: '  ' }).site).toBeNull();
    expect(siteUrl(siteConfig({ PORTAL_BASE: 'portal' }), '/data/')).toBe('/portal/data/');
    expect(PREVIEW_NOTICE).toMatch(/PORTAL_SITE is not set/);
  });

  it('takes the origin of PORTAL_SITE and normalizes PORTAL_BASE', () => {
    const c = siteConfig({ PORTAL_SITE: 'https://data.example.gov.cn/', PORTAL_BASE: 'sub/path' });
    expect(c).toEqual({ site: 'https://data.example.gov.cn', base: '/sub/path/', production: false });
    expect(siteUrl(c, '/data/')).toBe('https://data.example.gov.cn/sub/path/data/');
    expect(siteConfig({ PORTAL_SITE: 'http://localhost:4321', PORTAL_PRODUCTION: 'true' })).toEqual({
      site: 'http://localhost:4321',
      base: '/',
      production: true,
    });
  });

  it('a production build (PORTAL_PRODUCTION=true or 1) without PORTAL_SITE is refused, naming the variable', () => {
    for (const p of ['true', '1'])
      expect(() => siteConfig({ PORTAL_PRODUCTION: p })).toThrow(/PORTAL_SITE is required for a production build \(PORTAL_PRODUCTION=true\)/);
    expect(siteConfig({ PORTAL_PRODUCTION: 'false' }).production).toBe(false);
  });

  it.each(['not a url', 'ftp://host.cn', 'https://host.cn/sub/', 'file:///tmp'])('PORTAL_SITE %s is refused with what was found', (v) => {
    expect(() => siteConfig({ PORTAL_SITE: v })).toThrow(new RegExp(`PORTAL_SITE must be .*found "${v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`));
  });

  it('pageAddress is absolute only when the site is known', () => {
    expect(pageAddress('/p/disclosures/x/', 'https://h.cn')).toBe('https://h.cn/p/disclosures/x/');
    expect(pageAddress('/p/disclosures/x/', new URL('https://h.cn/p/'))).toBe('https://h.cn/p/disclosures/x/');
    expect(pageAddress('/p/disclosures/x/', undefined)).toBe('/p/disclosures/x/');
  });
});
