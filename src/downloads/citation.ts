/**
 * How the dataset is named, versioned and cited: the version (build date and
 * content hash), the citation text on /data/, CITATION.cff, a BibTeX entry and
 * the changelog. Pure functions.
 */
import type { BuildInfo } from './build-info';

export const LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

export const PACKAGE_NAME = 'county-fiscal-disclosures';
export const PACKAGE_TITLE = '县级部门决算与绩效自评公开数据';
export const PUBLISHER = { zh: '县级财政公开数据', en: 'County Fiscal Disclosures portal (县级财政公开数据)' };
export const TITLE_EN = 'Final accounts and performance self-evaluations of county departments';

export interface DatasetVersion {
  /** Build date, YYYY-MM-DD (China Standard Time). */
  date: string;
  /** SHA-256 over the path and hash of every content file. */
  contentHash: string;
  /** "<date>.<first 12 hex digits of the content hash>": the same data on the same day is the same version. */
  version: string;
}

export interface Citation {
  zh: string;
  en: string;
}

/** The /data/ URL when the site is known; a preview build cites no URL (never a made-up host). */
const urlPart = (info: BuildInfo) => info.dataUrl;

export function citation(v: DatasetVersion, info: BuildInfo): Citation {
  const url = urlPart(info);
  return {
    zh: `${PUBLISHER.zh}. ${PACKAGE_TITLE}：版本 ${v.version}（构建日期 ${v.date}）[数据集]. 许可：CC BY 4.0.${url ? ` ${url}` : ''}`,
    en: `${PUBLISHER.en} (${v.date.slice(0, 4)}). ${TITLE_EN} (${PACKAGE_TITLE}) [Data set], version ${v.version}, built ${v.date}. Licence: ${LICENSE.name}.${url ? ` ${url}` : ''}`,
  };
}

/** YAML double-quoted scalar. */
const y = (s: string) => JSON.stringify(s);

export function citationCff(v: DatasetVersion, info: BuildInfo): string {
  const url = urlPart(info);
  return [
    'cff-version: 1.2.0',
    'message: "If you use this dataset, please cite it as below. 使用本数据请按以下格式引用。"',
    'type: dataset',
    `title: ${y(`${PACKAGE_TITLE} (${TITLE_EN})`)}`,
    'authors:',
    `  - name: ${y(PUBLISHER.en)}`,
    `version: ${y(v.version)}`,
    `date-released: ${y(v.date)}`,
    `license: ${LICENSE.name}`,
    ...(url ? [`url: ${y(url)}`] : []),
    'identifiers:',
    '  - type: other',
    `    value: ${y(`urn:sha256:${v.contentHash}`)}`,
    '    description: SHA-256 over the path and hash of every content file (files.csv)',
    'keywords:',
    ...['部门决算', '绩效自评', 'final accounts', 'performance evaluation', 'China', 'county', 'fiscal transparency'].map((k) => `  - ${y(k)}`),
    '',
  ].join('\n');
}

/** BibTeX: braces and backslashes in values escaped; the key is stable per version. */
export function bibtex(v: DatasetVersion, info: BuildInfo): string {
  const esc = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`);
  const url = urlPart(info);
  const fields: [string, string][] = [
    ['title', `${PACKAGE_TITLE} (${TITLE_EN})`],
    ['author', `{${PUBLISHER.en}}`],
    ['year', v.date.slice(0, 4)],
    ['version', v.version],
    ['note', `Built ${v.date}; licence ${LICENSE.name}; content SHA-256 ${v.contentHash}`],
    ...(url ? ([['url', url]] as [string, string][]) : []),
  ];
  const body = fields.map(([k, val]) => `  ${k} = {${k === 'author' ? val : esc(val)}}`).join(',\n');
  return `@misc{${PACKAGE_NAME}-${v.version.replace(/[^0-9a-z]/g, '')},\n${body}\n}\n`;
}

/**
 * The changelog: this version, and the changes against the version the build
 * was given as the previous one (info.changes, see changes.ts), else a note
 * that none was; then the previous CHANGELOG's entries.
 */
export function changelog(v: DatasetVersion, info: BuildInfo): string {
  const lines = [`# ${PACKAGE_TITLE} · 更新记录 (CHANGELOG)`, '', `## ${v.version}（${v.date}）`, ''];
  const c = info.changes;
  if (!c) lines.push('- 没有给出上一版本（PORTAL_PREVIOUS_DATA），未列出变化。 No previous version was given to compare with.');
  else {
    lines.push(`与上一版本 ${c.previousVersion} 相比 (compared with ${c.previousVersion}):`, '');
    const list = (label: string, ids: readonly string[]) => lines.push(`- ${label}：${ids.length ? ids.join('、') : '无'}`);
    list('新增公开文件 (added)', c.added);
    list('删除公开文件 (removed)', c.removed);
    list('内容有变的公开文件 (changed)', c.changed);
    list('数值更正的数字 (figures corrected)', c.corrected);
  }
  lines.push('');
  // The earlier versions' entries, as the previous CHANGELOG had them.
  if (c?.history) lines.push(c.history);
  return lines.join('\n');
}
