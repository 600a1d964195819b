/**
 * How the built pages name what a check compares, and the header's dates,
 * derived from the data: on every disclosure page each consistency check sits
 * under its element id; a second value printed in the document is labelled
 * 文件另一处所载 (and links to that figure), one the portal computed 本站计算,
 * and nothing in the checks is labelled 计算值; each /checks/ entry links to
 * the check on its disclosure page. The header shows only the document's own
 * dates, each with a year, a year-less one saying its year is implied.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { consistencyChecks, checkElementId, secondValueLabel, VALUE_LABELS } from '../../../src/checks/report';
import { DATE_LABELS } from '../../../src/views/disclosure/dates';
import { DIST_DIR } from '../../support/browser';
import { all, attr, collections, first, hasClass, ids, readPage, text, type El } from '../../support/disclosure-html';

const { disclosures, details } = collections();

describe.each(disclosures.map((s) => [s.id, s] as const))('%s', (id, summary) => {
  const d = details.find((x) => x.id === id)!;
  const { doc } = readPage(id);
  const byId = ids(doc);
  const section = byId.get('checks');

  it('shows each consistency check under its element id, its second value named for what it is, never 计算值', () => {
    expect(section, 'the 数据核验 section').toBeDefined();
    expect(text(section!)).not.toContain('计算值');
    for (const c of consistencyChecks(d.checks)) {
      const li = byId.get(checkElementId(c.check_id));
      expect(li, `${c.check_id}`).toBeDefined();
      const dts = all(li!, (e) => e.tagName === 'dt').map((e) => text(e));
      if (!dts.length) continue; // the one-line entries of passes and not-applicable checks carry the message only
      expect(dts.slice(0, 2), c.check_id).toEqual([VALUE_LABELS.stated, secondValueLabel(c)]);
      const stated = d.facts.find((f) => f.id === c.computed_stated_id);
      if (stated && c.computed !== null) {
        // The printed second value links to the quote of the figure that prints it.
        const dd = all(li!, (e) => e.tagName === 'dd')[1];
        expect(
          first(dd, (e) => e.tagName === 'a' && attr(e, 'href') === `#${stated.anchor}`),
          c.check_id,
        ).not.toBeNull();
      }
    }
  });

  it('labels a second value that is a stated figure 文件另一处所载: every repeated figure and worded comparison', () => {
    const printed = consistencyChecks(d.checks).filter((c) => (c.rule === 'same_quantity' || c.rule === 'statement') && c.computed !== null);
    for (const c of printed) expect(secondValueLabel(c), c.check_id).toBe(VALUE_LABELS.statedElsewhere);
  });

  it('heads the page with the document’s own dates only, each with its year', () => {
    const head = first(doc, hasClass('d-head'))!;
    const spans = all(head, (e) => e.tagName === 'span' && attr(e, 'data-date') !== null);
    const headText = text(head);
    expect(headText).not.toContain('文件所载日期');
    for (const s of spans) {
      const t = text(s);
      expect(
        Object.values(DATE_LABELS).some((l) => t.startsWith(`${l}：`)),
        t,
      ).toBe(true);
      expect(t, t).toMatch(/：\d{4}年/);
    }
    // Every date of the document but a 截至 date, and a founding date without a year (nothing implies it).
    const own = summary.dates.filter((x) => x.type !== 'as_of' && !(x.type === 'founded' && x.value.startsWith('--')));
    expect(new Set(spans.map((s) => attr(s, 'data-date'))), id).toEqual(new Set(own.map((x) => x.type)));
    for (const x of summary.dates.filter((x) => x.type === 'planned_publication' && x.value.startsWith('--'))) {
      expect(text(spans.find((s) => attr(s, 'data-date') === x.type)!)).toContain('推定');
    }
    // A 截至 date dates its figure, not the document.
    for (const x of summary.dates.filter((x) => x.type === 'as_of')) {
      expect(
        spans.some((s) => first(s, (e) => e.tagName === 'a' && attr(e, 'href') === `#${x.anchor}`)),
        x.quote,
      ).toBe(false);
    }
  });
});

describe('/checks/ pages', () => {
  const pagesDir = join(DIST_DIR, 'checks', 'page');
  const docs = (existsSync(pagesDir) ? readdirSync(pagesDir) : []).map((n) => parse(readFileSync(join(pagesDir, n, 'index.html'), 'utf8')) as unknown as El);

  it('name the second value as the disclosure page does, and link each entry to the check on its page', () => {
    const failing = details.flatMap((d) =>
      consistencyChecks(d.checks)
        .filter((c) => c.status === 'fail')
        .map((c) => ({ d, c })),
    );
    expect(failing.length).toBeGreaterThan(0);
    const links = new Set(docs.flatMap((doc) => all(doc, (e) => e.tagName === 'a' && (attr(e, 'href') ?? '').includes('#ck-')).map((e) => attr(e, 'href')!)));
    for (const { d, c } of failing) {
      const href = [...links].find((h) => h.endsWith(`/disclosures/${d.id}/#${checkElementId(c.check_id)}`));
      expect(href, `${d.id} ${c.check_id}`).toBeDefined();
    }
    for (const doc of docs) expect(all(doc, (e) => e.tagName === 'dt' && text(e) === '计算值')).toEqual([]);
  });
});
