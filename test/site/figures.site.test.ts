/**
 * The numbers on the home and county pages equal the normalized data: read
 * from the built HTML and compared with the collections computed afresh from
 * the curated content (counted independently of the page code).
 */
import { consistencyChecks } from '../../src/checks/report';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from '../support/browser';
import { attr, parsePage, textOf, walk, type PageInfo } from '../support/site/html-check';
import { normalizeBase, normalizedData } from '../support/site/site';
import { fenToYuan } from '../../src/core/decimal';
import { readableWan } from '../../src/core/format';
import type { DisclosureSummary, KeyFigure } from '../../src/schema/normalized';

type El = PageInfo['elements'][number];
const base = normalizeBase(process.env.PORTAL_BASE ?? '/');
const page = (rel: string) => {
  const f = join(DIST_DIR, rel);
  if (!existsSync(f)) throw new Error(`${f} was not built`);
  return parsePage(readFileSync(f, 'utf8'), rel, base);
};
const within = (root: El, pred: (e: El) => boolean): El[] => {
  const out: El[] = [];
  walk(root as never, (e) => {
    if (pred(e)) out.push(e);
  });
  return out;
};
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const data = normalizedData();
/** The n newest disclosures: year, then county code, then id. */
const newest = (n: number) =>
  [...data.disclosures].sort((a, b) => b.year - a.year || a.county_code.localeCompare(b.county_code) || a.id.localeCompare(b.id)).slice(0, n);

/** The stated total of a disclosure, or its computed one, as the data says. */
function expectedTotal(d: DisclosureSummary): { wan: string; yuan: string; computed: boolean } | null {
  const k = d.key.expenditure_total;
  if (k && k.status === 'reported' && k.value !== null && k.fen !== null) return { wan: k.published, yuan: fenToYuan(k.fen), computed: false };
  const c = d.derived.find((x) => x.id === 'expenditure_total_computed');
  if (!c) return null;
  const basic = d.key.basic_expenditure!.fen!;
  const project = d.key.project_expenditure!.fen!;
  return { wan: c.value, yuan: fenToYuan(basic + project), computed: true };
}

/** The current code of a county code (following successor codes). */
function currentCode(code: string): string {
  const byCode = new Map(data.counties.map((c) => [c.code, c]));
  let c = byCode.get(code)!;
  const seen = new Set<string>();
  while (c.successor_code && byCode.has(c.successor_code) && !seen.has(c.code)) {
    seen.add(c.code);
    c = byCode.get(c.successor_code)!;
  }
  return c.code;
}

describe('home page figures', () => {
  const home = page('index.html');
  const stat = (name: string) => {
    const box = home.elements.find((e) => attr(e, 'data-stat') === name);
    expect(box, name).toBeTruthy();
    return within(box!, (e) => e.tagName === 'data').map((e) => attr(e, 'value'));
  };

  it('counts disclosures, places, figures and failed checks as the data does', () => {
    const fails = data.details.reduce((n, d) => n + consistencyChecks(d.checks).filter((c) => c.status === 'fail').length, 0);
    const total = data.details.reduce((n, d) => n + consistencyChecks(d.checks).length, 0);
    const figures = data.details.reduce((n, d) => n + d.facts.length, 0);
    const places = new Set(data.disclosures.map((d) => currentCode(d.county_code)));
    expect(stat('disclosures')).toEqual([String(data.disclosures.length)]);
    expect(stat('places')).toEqual([String(places.size)]);
    expect(stat('figures')).toEqual([String(figures)]);
    expect(stat('failed-checks')).toEqual([String(fails), String(total)]);
    expect(figures).toBeGreaterThan(0);
  });

  it('the spending chart table shows each disclosure total as published (or computed, marked), with the exact yuan', () => {
    const table = home.elements.find((e) => attr(e, 'id') === 'home-spending-table')!;
    const rows = within(table, (e) => e.tagName === 'tr' && attr(e, 'data-disclosure') !== undefined);
    expect(rows.length).toBe(Math.min(15, data.disclosures.length));
    for (const r of rows) {
      const d = data.disclosures.find((x) => x.id === attr(r, 'data-disclosure'))!;
      const exp = expectedTotal(d);
      const cell = within(r, (e) => e.tagName === 'data')[0];
      if (!exp) {
        expect(norm(textOf(r as never))).toContain('文件未载明');
        continue;
      }
      expect(textOf(cell as never), d.id).toBe(exp.wan);
      expect(attr(cell, 'value'), d.id).toBe(exp.yuan);
      expect(norm(textOf(r as never)).includes('计算值'), d.id).toBe(exp.computed);
    }
  });

  it('the chart has one bar per disclosure with a total, largest first, and is labelled', () => {
    const svg = home.elements.find((e) => e.tagName === 'svg' && attr(e, 'role') === 'img')!;
    expect(svg).toBeTruthy();
    const ids = (attr(svg, 'aria-labelledby') ?? '').split(' ');
    expect(ids.every((id) => home.ids.has(id))).toBe(true);
    const fen = (d: DisclosureSummary) => BigInt(expectedTotal(d)!.yuan.replace('.', ''));
    const withTotal = newest(15)
      .filter((d) => expectedTotal(d))
      .sort((a, b) => (fen(b) > fen(a) ? 1 : fen(b) < fen(a) ? -1 : a.id.localeCompare(b.id)));
    const values = within(svg, (e) => e.tagName === 'text' && (attr(e, 'class') ?? '').split(' ').includes('bar-value')).map((e) => textOf(e as never));
    expect(values).toEqual(withTotal.map((d) => `${expectedTotal(d)!.wan} 万元`));
    const widths = within(svg, (e) => e.tagName === 'rect').map((e) => Number(attr(e, 'width')));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(within(svg, (e) => e.tagName === 'desc').length).toBe(1);
  });

  it('lists the latest disclosures with links to their pages', () => {
    const latest = newest(8);
    const cards = home.elements.filter((e) => e.tagName === 'article' && attr(e, 'data-disclosure'));
    expect(cards.map((c) => attr(c, 'data-disclosure'))).toEqual(latest.map((d) => d.id));
    for (const c of cards) {
      const id = attr(c, 'data-disclosure')!;
      expect(within(c, (e) => e.tagName === 'a').some((a) => attr(a, 'href') === `${base}disclosures/${id}/`)).toBe(true);
    }
  });
});

/** What a key figure must read like on the page. */
function expectFigure(el: El, k: KeyFigure | null | undefined, label: string) {
  const text = norm(textOf(el as never));
  if (!k) {
    expect(text, label).toContain('文件未载明');
    expect(within(el, (e) => e.tagName === 'data').length, label).toBe(0);
    return;
  }
  if (k.status === 'withheld' && k.value === null) {
    expect(text, label).toContain('涉密不予公开');
    return;
  }
  const d = within(el, (e) => e.tagName === 'data')[0];
  expect(d, label).toBeTruthy();
  // Headline figures read in the readable form (two decimals of 万元): rounded ones say 约 and show the published value.
  const r = k.unit === '万元' && k.value !== null ? readableWan(k.published) : null;
  expect(textOf(d as never), label).toBe(r ? r.text : k.published);
  if (r?.approx) expect(text, label).toMatch(new RegExp(`约.*${r.text}.*${k.published.replace('.', '\\.')}`));
  expect(attr(d, 'value'), label).toBe(k.fen !== null && (k.unit === '万元' || k.unit === '元') ? fenToYuan(k.fen) : k.published);
  if (k.unit !== '文字') expect(text, label).toContain(k.unit);
  if (k.status === 'withheld') expect(text, label).toContain('涉密');
}

describe('county pages', () => {
  const codes = [...new Set(data.disclosures.map((d) => d.county_code))];

  it('every county with a disclosure, and every code in its history, has a page', () => {
    const byCode = new Map(data.counties.map((c) => [c.code, c]));
    for (const code of codes) {
      expect(existsSync(join(DIST_DIR, 'counties', code, 'index.html')), code).toBe(true);
      const c = byCode.get(code)!;
      for (const other of [c.predecessor_code, c.successor_code])
        if (other) expect(existsSync(join(DIST_DIR, 'counties', other, 'index.html')), other).toBe(true);
    }
  });

  for (const code of codes) {
    it(`${code}: name, region, code and its history, disclosures and headline figures equal the data`, () => {
      const c = data.counties.find((x) => x.code === code)!;
      const p = page(`counties/${code}/index.html`);
      const h1 = p.elements.find((e) => e.tagName === 'h1')!;
      expect(norm(textOf(h1 as never))).toBe(c.name);
      const all = norm(textOf(p.elements.find((e) => e.tagName === 'main') as never));
      for (const s of [c.prefecture, c.province, c.code, c.prefecture_code, c.province_code]) expect(all).toContain(s);
      for (const other of [c.predecessor_code, c.successor_code].filter(Boolean) as string[]) {
        const o = data.counties.find((x) => x.code === other)!;
        expect(
          p.elements.some((e) => e.tagName === 'li' && attr(e, 'data-code') === other && norm(textOf(e as never)).includes(o.name)),
          other,
        ).toBe(true);
      }
      // The current code's page lists every disclosure of the place, whatever code it was published under.
      const lineage = data.counties.filter((x) => currentCode(x.code) === currentCode(code)).map((x) => x.code);
      const expectedIds = data.disclosures
        .filter((d) => (currentCode(code) === code ? lineage.includes(d.county_code) : d.county_code === code))
        .map((d) => d.id)
        .sort();
      const listed = [...new Set(p.elements.filter((e) => e.tagName === 'li' && attr(e, 'data-disclosure')).map((e) => attr(e, 'data-disclosure')!))].sort();
      expect(listed).toEqual(expectedIds);
      for (const id of expectedIds) {
        const headline = p.elements.find((e) => attr(e, 'class') === 'headline' && attr(e, 'data-disclosure') === id);
        if (!headline) continue; // not the latest of its department
        const d = data.disclosures.find((x) => x.id === id)!;
        const cards = within(headline, (e) => attr(e, 'data-key') !== undefined);
        expect(cards.length).toBeGreaterThan(5);
        for (const card of cards) {
          const key = attr(card, 'data-key') as keyof DisclosureSummary['key'];
          if (key === 'expenditure_total' && !d.key.expenditure_total) {
            const t = expectedTotal(d);
            if (t) {
              expect(textOf(within(card, (e) => e.tagName === 'data')[0] as never)).toBe(readableWan(t.wan)!.text);
              expect(norm(textOf(card as never))).toContain('计算值');
              continue;
            }
          }
          expectFigure(card, d.key[key], `${id} ${key}`);
        }
        for (const der of d.derived.filter((x) => x.id !== 'expenditure_total_computed')) {
          const card = within(headline, (e) => attr(e, 'data-derived') === der.id)[0];
          expect(card, der.id).toBeTruthy();
          const shown = textOf(within(card, (e) => e.tagName === 'data')[0] as never);
          // Per person in 元/人 (from the exact operands); other computed figures as computed, money to two decimals.
          if (der.unit === '万元/人') expect(norm(textOf(card as never)), der.id).toMatch(/^[^0-9]*(约 ?)?[0-9,]+ ?元\/人/);
          else expect(shown, der.id).toBe(der.unit === '万元' ? readableWan(der.value)!.text : der.value);
          expect(norm(textOf(card as never))).toContain('计算值');
        }
      }
    });
  }
});
