/**
 * disclosure.json from the text: the county (registry, by name or short
 * name, with the code valid in the document's year), the department type (by
 * its name variants), year and kind from the title, and dates by pattern
 * (填报日期, a signature date, 成立, 拟于…公开). What it cannot find it leaves
 * out and reports, never guesses.
 */
import type { DisclosureKind } from '../core/disclosure-id';
import type { CountyRow, DateType } from '../schema/curated';
import { countyValidIn, type Registries } from '../normalize/registries';
import { quoteAt, type Line } from './text';

export interface DraftDate {
  type: DateType;
  value: string;
  quote: string;
  after?: string;
}

export interface DraftMeta {
  county: CountyRow | null;
  departmentType: string | null;
  departmentName: string | null;
  departmentShortName: string | null;
  year: number | null;
  kind: DisclosureKind | null;
  titleQuote: string | null;
  dates: DraftDate[];
  /** What could not be determined, for REVIEW.md and the CLI's error. */
  missing: string[];
}

const count = (s: string, w: string) => (w ? s.split(w).length - 1 : 0);
const pad = (n: string) => n.padStart(2, '0');

function findTitle(source: string, lines: Line[]): { quote: string; line: number } | null {
  const isTitle = (t: string) =>
    t.length <= 40 && !t.includes('\t') && /(部门决算|决算|自评报告|评价报告|绩效自评|评价\(自评\)报告)$/.test(t) && !/表$/.test(t);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!isTitle(t)) continue;
    // A title printed over several short lines: take the lines above it up to a blank-separated block of at most 3 lines.
    let first = i;
    for (let k = i - 1, taken = 0; k >= 0 && taken < 3; k--) {
      const u = lines[k].text.trim();
      if (!u) continue;
      if (u.length > 40 || u.includes('\t') || /[。；，]/.test(u) || /^(目录|附件)/.test(u)) break;
      if (i - k > 4) break;
      first = k;
      taken++;
    }
    for (let f = first; f <= i; f++) {
      const start = lines[f].start + (lines[f].text.length - lines[f].text.trimStart().length);
      const end = lines[i].start + lines[i].text.trimEnd().length;
      const q = source.slice(start, end);
      if (source.indexOf(q) === source.lastIndexOf(q)) return { quote: q, line: lines[i].n };
    }
  }
  return null;
}

export function draftMeta(source: string, lines: Line[], registries: Registries): DraftMeta {
  const missing: string[] = [];
  const title = findTitle(source, lines);
  const head = title
    ? title.quote
    : lines
        .slice(0, 15)
        .map((l) => l.text)
        .join('\n');
  const ym = /(20\d{2}|19\d{2})\s*年/.exec(head) ?? /(20\d{2})\s*年度/.exec(source);
  const year = ym ? Number(ym[1]) : null;
  if (!year) missing.push('year (no 20xx年 in the title)');
  const kind: DisclosureKind | null = /决算/.test(head) ? 'final-accounts' : /绩效/.test(head) ? 'performance-self-evaluation' : null;
  if (!kind) missing.push('kind (the title names neither 决算 nor 绩效自评)');

  // County: the registry entry whose names occur most often.
  let best: { c: CountyRow; score: number } | null = null;
  let tie = false;
  const byShort = new Map<string, number>();
  for (const c of registries.counties.values()) {
    const score = count(source, c.name) * 2 + count(source, c.short_name);
    if (score === 0) continue;
    byShort.set(c.short_name, score);
    if (!best || score > best.score) {
      best = { c, score };
      tie = false;
    } else if (score === best.score && best.c.short_name !== c.short_name) tie = true;
  }
  let county: CountyRow | null = best && !tie ? best.c : null;
  if (county && year && !countyValidIn(county, year)) {
    county = [...registries.counties.values()].find((c) => c.short_name === county!.short_name && countyValidIn(c, year)) ?? null;
  }
  if (!county)
    missing.push(tie ? 'county (several registry counties are named equally often)' : 'county (no county of content/registries/counties.csv is named)');

  let departmentType: string | null = null;
  let typeBest = 0;
  for (const t of registries.departmentTypes.values()) {
    const score = t.variants.reduce((s, v) => s + count(source, v), 0) + count(source, t.full_name);
    if (score > typeBest) {
      typeBest = score;
      departmentType = t.id;
    }
  }
  if (!departmentType) missing.push('department type (no name variant of content/registries/department-types.json occurs)');
  const type = departmentType ? registries.departmentTypes.get(departmentType)! : null;
  let departmentName: string | null = null;
  let departmentShortName: string | null = null;
  if (type && county) {
    const names = [county.name, county.short_name].map((n) => n.replace(/[()]/g, ''));
    const full = new RegExp(`(中共)?(${names.join('|')})[\\u4e00-\\u9fa5]{0,3}?${type.full_name}`);
    departmentName = full.exec(source)?.[0] ?? null;
    const short = new RegExp(`(${names.join('|')})[\\u4e00-\\u9fa5]{0,3}?(${type.variants.join('|')})`);
    departmentShortName = short.exec(source)?.[0] ?? `${county.short_name}${type.name}`;
    if (!departmentName) {
      departmentName = departmentShortName;
      missing.push(`department_name (no full name "…${type.full_name}" with the county's name occurs; "${departmentShortName}" used)`);
    }
  }
  if (!title) missing.push('title (no line ending in 决算 / 自评报告 / 评价报告)');

  const dates: DraftDate[] = [];
  const addDate = (type: DraftDate['type'], value: string, start: number, end: number) => {
    const q = quoteAt(source, start, end);
    if (q) dates.push({ type, value, quote: q.quote, ...(q.after ? { after: q.after } : {}) });
  };
  for (const m of source.matchAll(/填报日期[：:]\s*(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?/g))
    addDate('report_date', `${m[1]}-${pad(m[2])}-${pad(m[3])}`, m.index!, m.index! + m[0].length);
  for (const l of lines) {
    const m = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/.exec(l.text);
    if (m) addDate('report_date', `${m[1]}-${pad(m[2])}-${pad(m[3])}`, l.start + l.text.indexOf(m[1]), l.start + l.text.trimEnd().length);
  }
  for (const m of source.matchAll(/[^。，\n]*?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:\d{1,2}\s*日\s*)?(?:正式)?成立[^。，\n]*/g)) {
    addDate('founded', `${m[1]}-${pad(m[2])}`, m.index!, m.index! + m[0].length);
  }
  for (const m of source.matchAll(/拟于\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。\n]*?公开/g))
    addDate('planned_publication', `--${pad(m[1])}-${pad(m[2])}`, m.index!, m.index! + m[0].length);

  return { county, departmentType, departmentName, departmentShortName, year, kind, titleQuote: title?.quote ?? null, dates, missing };
}
