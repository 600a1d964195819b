/**
 * The top of every disclosure page in Chromium at phone (390×844) and desktop
 * (1366×900) size: the summary comes first, the table of contents reaches
 * every section (every <h2> of the article sits in a section the TOC links
 * to, every TOC link has its target), the summary's failed checks link to
 * existing check results, the page does not scroll sideways, and the seeds'
 * known contradictions are marked on their headline figures with the other
 * value and a link to an existing check element.
 */
import { expect, it } from 'vitest';
import { describeBrowser, newPage, useSite, VIEWPORTS } from '../../support/browser';
import { collections } from '../../support/disclosure-html';

const ids = collections().disclosures.map((d) => d.id);

/** Known contradictions in the seeds, keyed by disclosure id: the figure (key-figure row, or the big total) and the other value it must name. */
const SEED_FLAGS: Record<string, { where: string; figure: string; other: string }[]> = {
  '430223-cac-2024-final-accounts': [
    { where: '.kf-row[data-key="running_costs"]', figure: '54.39', other: '88.93 万元' },
    { where: '.kf-row[data-key="budget_initial"]', figure: '106', other: '0 万元' },
  ],
  '430423-cac-2023-performance-self-evaluation': [
    { where: '.big-total', figure: '162.94', other: '163.672206 万元' },
    { where: '.kf-row[data-key="expenditure_total"]', figure: '162.94', other: '163.672206 万元' },
  ],
};

describeBrowser('disclosure page top: summary, table of contents, flagged figures', () => {
  const site = useSite();

  for (const id of ids) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`${id} at ${name} size: summary first, the TOC reaches every section, no sideways scroll`, async () => {
        const { page, errors } = await newPage(site, viewport);
        try {
          await page.goto(site.url(`/disclosures/${id}/`), { waitUntil: 'load' });
          const r = await page.evaluate(() => {
            const article = document.querySelector('article.disclosure')!;
            const toc = article.querySelector('nav.d-toc')!;
            const targets = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
            const missing = targets.filter((t) => !document.getElementById(t));
            const headings = [...article.querySelectorAll('h2')].filter((h) => !toc.contains(h));
            const uncovered = headings.filter((h) => !targets.some((t) => document.getElementById(t)?.contains(h))).map((h) => h.textContent);
            const sections = [...article.querySelectorAll('section')].filter((s) => s.parentElement?.closest('section') === null);
            const sectionsUncovered = sections.filter((s) => !targets.some((t) => document.getElementById(t)?.contains(s))).map((s) => s.className);
            const first = article.querySelector('section');
            const tocTop = toc.getBoundingClientRect().top + scrollY;
            const summaryTop = first!.getBoundingClientRect().top + scrollY;
            const failedLinks = [...article.querySelectorAll<HTMLAnchorElement>('.ov-fails a')].map((a) => a.getAttribute('href')!.slice(1));
            return {
              targets,
              missing,
              uncovered,
              sectionsUncovered,
              firstId: first?.id,
              tocAfterSummary: tocTop > summaryTop,
              badFailLinks: failedLinks.filter((t) => !document.getElementById(t)?.matches('.ck.fail')),
              scroll: [document.documentElement.scrollWidth, innerWidth],
            };
          });
          expect(r.firstId, 'the summary is the first section').toBe('summary');
          expect(r.tocAfterSummary, 'the TOC follows the summary (phone) or sits beside it (desktop)').toBe(name === 'phone' ? true : r.tocAfterSummary);
          expect(r.targets.length).toBeGreaterThan(0);
          expect(r.missing, 'every TOC link has a target').toEqual([]);
          expect(r.uncovered, 'every h2 is in a section the TOC links to').toEqual([]);
          expect(r.sectionsUncovered, 'every section is reachable from the TOC').toEqual([]);
          expect(r.badFailLinks, 'each failed check named in the summary links to its result').toEqual([]);
          expect(r.scroll[0], 'page must not scroll sideways').toBeLessThanOrEqual(r.scroll[1]);
          // The TOC works: following a link scrolls its section into view.
          const last = r.targets[r.targets.length - 1];
          await page.locator(`nav.d-toc a[href="#${last}"]`).click();
          await page.waitForFunction((h) => location.hash === h, `#${last}`);
          const top = await page.evaluate((t) => document.getElementById(t)!.getBoundingClientRect().top, last);
          expect(top).toBeLessThan(viewport.height);
          expect(errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }

  for (const [id, flags] of Object.entries(SEED_FLAGS).filter(([id]) => ids.includes(id))) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`${id} at ${name} size: headline figures its checks contradict name the other value and link to the check`, async () => {
        const { page, errors } = await newPage(site, viewport);
        try {
          await page.goto(site.url(`/disclosures/${id}/`), { waitUntil: 'load' });
          for (const f of flags) {
            const found = await page.evaluate(
              ({ where, other }) => {
                const box = document.querySelector(where);
                if (!box) return { box: false, main: '', flags: [] as { text: string; target: boolean; visible: boolean }[] };
                const flagEls = [...box.querySelectorAll<HTMLElement>('.figure-flag')];
                return {
                  box: true,
                  main: box.querySelector('.figure-main')?.textContent ?? '',
                  flags: flagEls
                    .filter((el) => el.textContent!.includes(other))
                    .map((el) => {
                      const links = [...el.querySelectorAll<HTMLAnchorElement>('a[href^="#ck-"]')];
                      const target = links.some((a) => document.getElementById(a.getAttribute('href')!.slice(1))?.matches('.ck.fail') ?? false);
                      const rect = el.getBoundingClientRect();
                      return { text: el.textContent!, target, visible: rect.width > 0 && rect.height > 0 };
                    }),
                };
              },
              { where: f.where, other: f.other },
            );
            expect(found.box, `${f.where} exists`).toBe(true);
            expect(found.main).toContain(f.figure);
            expect(found.flags.length, `${f.where} names ${f.other}`).toBeGreaterThan(0);
            expect(
              found.flags.every((x) => x.target && x.visible),
              `${f.where}: visible marker linking to an existing failed check`,
            ).toBe(true);
          }
          expect(errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }
});
