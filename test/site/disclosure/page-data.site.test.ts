/**
 * The built disclosure pages show exactly the normalized data: every fact with
 * its published value and a link to an anchor that exists in the page, the key
 * and derived figures, the whole source text (escaped, nothing lost), the
 * indicators, projects and checks, the downloads; and no inline styles or
 * scripts. Reads the HTML under DIST_DIR; compares with the collections.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { all, attr, byTag, collections, first, hasClass, ids, pagePath, readPage, text, walk, type El } from '../../support/disclosure-html';
import { DIST_DIR } from '../../support/browser';
import { FACT_STATUSES } from '../../../src/core/concepts';
import { readableWan, yuanText } from '../../../src/core/format';
import { isStructuralRule } from '../../../src/checks';
import { SCORE_STATUSES } from '../../../src/schema/normalized';

const { disclosures, details, sources } = collections();

describe('disclosure pages are built', () => {
  it('one page per disclosure', () => {
    expect(disclosures.length).toBeGreaterThan(0);
    for (const s of disclosures) expect(existsSync(pagePath(s.id)), `${DIST_DIR}/disclosures/${s.id}/index.html`).toBe(true);
  });
});

describe.each(disclosures.map((s) => [s.id, s] as const))('%s', (id, summary) => {
  const d = details.find((x) => x.id === id)!;
  const source = sources.find((x) => x.id === id)!;
  const { html, doc } = readPage(id);
  const byId = ids(doc);
  const main = first(doc, byTag('main'))!;
  const srcBox = first(doc, hasClass('src-text'))!;
  const srcIds = new Set(all(srcBox, (e) => attr(e, 'id') !== null).map((e) => attr(e, 'id')!));
  const linksTo = (root: El, anchor: string) => all(root, (e) => e.tagName === 'a' && attr(e, 'href') === `#${anchor}`);

  it('renders the whole source text, escaped, with every anchor as an element', () => {
    expect(text(srcBox)).toBe(source.text);
    for (const a of source.anchors) expect(srcIds.has(a.id), a.id).toBe(true);
  });

  it('lists every fact with its exact published value linked to its quote', () => {
    const up = (e: El, pred: (x: El) => boolean): El | null => {
      for (let p = (e as El & { parentNode?: El }).parentNode; p; p = (p as El & { parentNode?: El }).parentNode) if (p.tagName && pred(p)) return p;
      return null;
    };
    for (const f of d.facts) {
      const row = byId.get(`f-${f.id}`);
      expect(row, `element for fact ${f.id}`).toBeDefined();
      const link = first(row!, (e) => e.tagName === 'a' && attr(e, 'href') === `#${f.anchor}`);
      expect(link, `value link of ${f.id}`).not.toBeNull();
      expect(srcIds.has(f.anchor), `anchor ${f.anchor} of ${f.id} in the source text`).toBe(true);
      const shown = text(link!);
      if (f.published !== '') expect(shown, f.id).toBe(f.published);
      else expect(shown, f.id).toBe(f.status === 'reported' ? '文件未载明' : FACT_STATUSES[f.status]);
      const rowText = text(row!);
      if (f.table.trim()) {
        // A table figure sits in its table, in the row and under the column the document names.
        const table = up(row!, hasClass('std-group'));
        expect(table, `table of ${f.id}`).not.toBeNull();
        expect(text(first(table!, byTag('summary'))!)).toContain(f.table);
        // The one figure display puts the exact yuan on the number itself.
        if (f.fen !== null) expect(attr(first(link!, byTag('data'))!, 'title'), `exact yuan of ${f.id}`).toBe(yuanText(f.fen));
        if (f.status !== 'reported' && f.published !== '') expect(rowText).toContain('涉密');
        const tr = up(row!, byTag('tr'));
        if (f.row.trim() || f.column.trim()) {
          expect(tr, `row of ${f.id}`).not.toBeNull();
          const th = first(tr!, (e) => e.tagName === 'th' && attr(e, 'scope') === 'row')!;
          if (f.code) expect(text(th), f.id).toContain(f.code);
          const block = up(tr!, byTag('tbody'))!;
          // The row label is the row's header, or the group row above rows split by item.
          if (f.row.trim())
            expect(text(block), f.id).toContain(
              f.row
                .replace(f.code ?? '', '')
                .trim()
                .split(/\s*\/\s*/)[0],
            );
          const heads = all(first(block, hasClass('std-head'))!, byTag('th')).map(text);
          const cells = all(tr!, (e) => e.tagName === 'th' || e.tagName === 'td');
          const col = cells.findIndex((c) => [...walk(c)].includes(row!));
          expect(heads[col], `column of ${f.id}`).toContain(f.column || '数值');
        } else expect(tr, f.id).toBeNull();
      } else {
        expect(row!.tagName, f.id).toBe('tr');
        expect(hasClass('v')(link!), f.id).toBe(true);
        expect(rowText).toContain(f.concept_zh);
        expect(rowText).toContain(FACT_STATUSES[f.status]);
        if (f.fen !== null) expect(rowText, `exact yuan of ${f.id}`).toContain(yuanText(f.fen));
        if (f.code) expect(rowText).toContain(f.code);
      }
    }
    expect(all(main, (e) => (attr(e, 'id') ?? '').startsWith('f-'))).toHaveLength(d.facts.length);
  });

  it('shows each key figure linked to its quote, in the readable form with the exact published value beside it, and gaps as 文件未载明', () => {
    const kf = first(doc, hasClass('keyfigs'))!;
    for (const [key, k] of Object.entries(summary.key)) {
      if (!k) continue;
      const links = linksTo(kf, k.anchor).map(text);
      const r = k.unit === '万元' && k.value !== null ? readableWan(k.published) : null;
      expect(links, `key figure ${key}`).toContain(r ? r.text : k.published || FACT_STATUSES[k.status]);
      // Rounded for reading: says 约 and shows the value as published.
      if (r?.approx) expect(text(kf), `key figure ${key}`).toContain(`文件所载 ${k.published} 万元`);
    }
    const missing = Object.values(summary.key).filter((k) => k === null).length;
    if (missing > 0) expect(text(kf)).toContain('文件未载明');
    const shown = text(kf) + text(first(doc, hasClass('overview'))!);
    for (const x of summary.derived) {
      // Per person in whole 元/人 (the exact operands ÷ head count); other computed figures as computed (money to two decimals).
      if (x.unit === '万元/人') expect(shown, x.id).toMatch(/[0-9,]+ ?元\/人/);
      else expect(shown, x.id).toContain(x.unit === '万元' ? readableWan(x.value)!.text : x.value);
    }
  });

  it('answers "how much" at the top: the stated total, or the computed one labelled 计算值', () => {
    const top = first(doc, hasClass('overview'))!;
    const big = first(top, hasClass('figure-big'))!;
    const computed = summary.derived.find((x) => x.id === 'expenditure_total_computed');
    if (summary.key.expenditure_total) {
      const k = summary.key.expenditure_total;
      const r = k.value !== null && k.unit === '万元' ? readableWan(k.published) : null;
      expect(text(big)).toContain(r ? r.text : k.published);
      if (r?.approx) expect(text(big)).toContain(k.published);
      expect(attr(first(big, byTag('a'))!, 'href')).toBe(`#${k.anchor}`);
    } else if (computed) {
      expect(text(big)).toContain(readableWan(computed.value)!.text);
      expect(text(big)).toContain('计算值');
    } else expect(text(big)).toContain('文件未载明');
  });

  it('links every indicator, project and narrative section to its quote', () => {
    for (const i of d.indicators) expect(linksTo(main, i.anchor).length, i.id).toBeGreaterThan(0);
    for (const p of d.projects) expect(linksTo(main, p.anchor).length, p.id).toBeGreaterThan(0);
    for (const n of d.narrative) expect(linksTo(main, n.anchor).length, n.title).toBeGreaterThan(0);
    for (const x of [...d.indicators, ...d.projects, ...d.narrative]) expect(srcIds.has(x.anchor)).toBe(true);
    for (const f of d.facts.filter((f) => f.status === 'withheld')) expect(text(byId.get(`f-${f.id}`)!)).toContain('涉密不予公开');
  });

  it('reports the checks that ran, failures first with their figures', () => {
    const box = byId.get('checks')!;
    const t = text(box);
    // The structural results are the scorecard's (below); 数据核验 lists whether the figures agree.
    const checks = d.checks.filter((c) => !isStructuralRule(c.rule));
    expect(t).toContain(`做了 ${checks.length} 项`);
    const fails = checks.filter((c) => c.status === 'fail');
    expect(t).toContain(`不一致 ${fails.length} 项`);
    const failItems = all(box, (e) => e.tagName === 'li' && hasClass('fail')(e));
    expect(failItems).toHaveLength(fails.length);
    fails.forEach((c, i) => {
      expect(text(failItems[i])).toContain(c.message);
      for (const fid of c.fact_ids) {
        const f = d.facts.find((x) => x.id === fid);
        if (f) expect(linksTo(failItems[i], f.anchor).length, `${c.check_id} → ${fid}`).toBeGreaterThan(0);
      }
    });
    if (checks.length === 0) expect(t).toContain('0 项');
  });

  it('shows the scorecard: score and grade, every criterion with its verdict and evidence, links into the source text', () => {
    const box = byId.get('scorecard')!;
    const t = text(box).replace(/\s+/g, ' ');
    if (summary.scorecard.score !== null) expect(t).toContain(`${summary.scorecard.score} 分 等级 ${summary.scorecard.grade}`);
    const items = all(box, (e) => e.tagName === 'li' && hasClass('sc')(e));
    expect(items).toHaveLength(d.scorecard.length);
    d.scorecard.forEach((c, i) => {
      const it = text(items[i]).replace(/\s+/g, ' ');
      expect(it).toContain(c.criterion_zh);
      expect(it).toContain(SCORE_STATUSES[c.status]);
      expect(it).toContain(c.evidence.replace(/\s+/g, ' '));
      for (const r of c.refs) {
        expect(linksTo(items[i], r.anchor).length, `${c.criterion} → ${r.anchor}`).toBeGreaterThan(0);
        expect(srcIds.has(r.anchor) || source.anchors.some((a) => a.id === r.anchor), `${c.criterion}: ${r.anchor} is in the source text`).toBe(true);
      }
    });
    // Criteria sit one tap away: in <details>, closed by default.
    const groups = all(box, byTag('details'));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(attr(g, 'open')).toBeNull();
  });

  it('labels every chart (SVG title and description) and gives it a data table', () => {
    const charts = all(main, (e) => e.tagName === 'figure' && hasClass('chart')(e));
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      const svg = first(c, byTag('svg'))!;
      expect(attr(svg, 'role')).toBe('img');
      const [t, dsc] = (attr(svg, 'aria-labelledby') ?? '').split(' ');
      expect(text(byId.get(t)!).length).toBeGreaterThan(0);
      expect(text(byId.get(dsc)!).length).toBeGreaterThan(0);
      expect(first(c, byTag('table'))).not.toBeNull();
    }
  });

  it('offers the downloads, the comparison and a citation', () => {
    const hrefs = all(main, byTag('a')).map((a) => attr(a, 'href') ?? '');
    expect(hrefs.some((h) => h.endsWith(`/data/disclosures/${id}/facts.csv`))).toBe(true);
    expect(hrefs.some((h) => h.endsWith(`/data/disclosures/${id}/disclosure.json`))).toBe(true);
    // Small department types (all seeds): the pre-rendered chooser for this disclosure, which works without JavaScript.
    expect(hrefs.some((h) => h.endsWith(`/compare/pair/${id}/`))).toBe(true);
    const cite = text(first(main, hasClass('cite'))!);
    expect(cite).toContain(summary.title);
    expect(cite).toContain(summary.issuer);
    expect(cite).toMatch(/访问日期：\d{4}-\d{2}-\d{2}/);
  });

  it("renders the editor's note (编者按) exactly when content/disclosures/<id>/note.md exists", () => {
    const hasNote = existsSync(`content/disclosures/${id}/note.md`);
    const section = first(main, hasClass('note-section'));
    expect(section !== null).toBe(hasNote);
    if (section) expect(text(section)).toContain('编者按');
  });

  it('has no inline styles or scripts and every in-page link has a target', () => {
    expect(html).not.toMatch(/\sstyle=/i);
    for (const s of all(doc, byTag('script'))) expect(attr(s, 'src') ?? attr(s, 'type'), 'inline script').toBeTruthy();
    for (const a of all(doc, byTag('a'))) {
      const h = attr(a, 'href') ?? '';
      if (h.startsWith('#') && h.length > 1) expect(byId.has(h.slice(1)), `target of ${h}`).toBe(true);
    }
  });
});
