/**
 * The projects table on every disclosure page that has one, in Chromium at
 * phone (390×844) and desktop (1366×900) size: no sideways page scroll, a row
 * per project (and per withheld amount without a project), every stated
 * project amount a link to its quote on its project's row, a column a project
 * states nothing for shown as 文件未载明, withheld spending marked
 * 涉密不予公开, and axe at 0 violations. Expectations come from the facts.
 */
import { expect, it } from 'vitest';
import { describeBrowser, useSite, VIEWPORTS } from '../../support/browser';
import { axeViolations } from '../../support/axe';
import { collections } from '../../support/disclosure-html';

const { details } = collections();
const withProjects = details.filter((d) => d.projects.length > 0 || d.facts.some((f) => f.concept === 'project_withheld' && !f.project_id));

describeBrowser('projects table in a browser', () => {
  const site = useSite();

  for (const d of withProjects) {
    const amounts = d.facts.filter((f) => (f.concept === 'project_amount' && f.project_id) || f.concept === 'project_withheld');
    const unnamed = d.facts.filter((f) => f.concept === 'project_withheld' && !f.project_id);
    const key = (f: (typeof amounts)[number]) => `${f.phase} ${f.scope}`;
    const columns = new Set(amounts.map(key)).size;
    // Per project, the columns it states nothing for.
    const blanks =
      d.projects.reduce((n, p) => n + columns - new Set(amounts.filter((f) => f.project_id === p.id).map(key)).size, 0) + unnamed.length * (columns - 1);

    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`${d.id} at ${name} size: a row per project, every amount linked to its quote, gaps in words, no sideways scroll, axe 0`, async () => {
        const context = await site.browser.newContext({ viewport, locale: 'zh-CN', bypassCSP: true });
        const page = await context.newPage();
        try {
          await page.goto(site.url(`/disclosures/${d.id}/`), { waitUntil: 'load' });
          const t = await page.evaluate(() => {
            const table = document.querySelector<HTMLTableElement>('section.projects table.pj');
            if (!table) return null;
            const rows = [...table.tBodies[0].rows];
            return {
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
              rows: rows.map((r) => ({
                name: r.cells[0].textContent ?? '',
                nameHref: r.cells[0].querySelector('a')?.getAttribute('href') ?? null,
                links: [...r.querySelectorAll<HTMLAnchorElement>('td.num a')].map((a) => ({
                  href: a.getAttribute('href'),
                  ok: document.getElementById(decodeURIComponent(a.hash.slice(1))) !== null,
                })),
                unlinked: [...r.querySelectorAll('td.num')].filter((c) => !c.querySelector('a') && !c.textContent?.includes('文件未载明')).length,
                withheld: r.cells[0].textContent?.includes('涉密不予公开') ?? false,
              })),
              blanks: [...table.querySelectorAll('td.num')].filter((c) => c.textContent?.trim() === '文件未载明').length,
              columns: table.tHead!.rows[0].cells.length,
            };
          });
          expect(t, 'the projects are shown as a table').not.toBeNull();
          expect(t!.scrollWidth, 'the page must not scroll sideways').toBeLessThanOrEqual(t!.innerWidth);
          expect(t!.rows.map((r) => r.name.replace('涉密不予公开', ''))).toEqual([
            ...d.projects.map((p) => p.name),
            ...unnamed.map((f) => f.item || '未列名的涉密项目'),
          ]);
          for (const [i, p] of d.projects.entries()) {
            expect(t!.rows[i].nameHref).toBe(`#${p.anchor}`);
            const mine = amounts.filter((f) => f.project_id === p.id);
            expect(t!.rows[i].links.map((l) => l.href).sort(), p.id).toEqual(mine.map((f) => `#${f.anchor}`).sort());
          }
          for (const [j, f] of unnamed.entries()) {
            const r = t!.rows[d.projects.length + j];
            expect(r.links.map((l) => l.href)).toEqual([`#${f.anchor}`]);
            expect(r.withheld, `${f.id} is marked withheld`).toBe(true);
          }
          for (const r of t!.rows) {
            expect(
              r.links.filter((l) => !l.ok),
              `${r.name}: every link has its target`,
            ).toEqual([]);
            expect(r.unlinked, `${r.name}: every amount cell is a link or 文件未载明`).toBe(0);
          }
          expect(t!.blanks).toBe(blanks);
          expect(t!.columns).toBe(1 + columns + (d.projects.some((p) => p.purpose.trim()) ? 1 : 0));
          expect(await axeViolations(page)).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
