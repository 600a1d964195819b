/**
 * The disclosure page's sections in reading order, with their stable element
 * ids (the targets of the table of contents and of links from elsewhere),
 * and which of them a given disclosure has. Sections whose component renders
 * nothing for this disclosure are left out, so every entry has a target.
 */

/** Stable element ids of the disclosure page's sections. */
export const SECTION_IDS = {
  summary: 'summary',
  keyFigures: 'key-figures',
  note: 'editor-note',
  checks: 'sec-checks',
  scorecard: 'scorecard',
  charts: 'sec-charts',
  facts: 'sec-facts',
  indicators: 'sec-indicators',
  projects: 'sec-projects',
  narrative: 'sec-narrative',
  source: 'sec-source',
  downloads: 'sec-downloads',
} as const;

export type SectionKey = keyof typeof SECTION_IDS;

export interface TocEntry {
  key: SectionKey;
  id: string;
  title: string;
  /** A count or status worth seeing before jumping (e.g. "3 项不一致"). */
  note: string;
}

/** What this disclosure has, for the sections that are not always there. */
export interface TocInput {
  hasNote: boolean;
  indicatorTables: number;
  projects: number;
  /** Withheld project spending is shown in the projects section even with no project listed. */
  withheldProjects: number;
  narrative: number;
  facts: number;
  checksFailed: number;
  checksRan: number;
}

export function disclosureToc(x: TocInput): TocEntry[] {
  const all: [SectionKey, string, string, boolean][] = [
    ['summary', '概要', '', true],
    ['keyFigures', '关键数字', '', true],
    ['note', '编者按', '', x.hasNote],
    ['checks', '数据核验', x.checksRan === 0 ? '未做核验' : x.checksFailed > 0 ? `${x.checksFailed} 项不一致` : '全部一致', true],
    ['scorecard', '透明度评分', '', true],
    ['charts', '图表', '', true],
    ['facts', '全部数字', `${x.facts} 项`, true],
    ['indicators', '绩效指标', `${x.indicatorTables} 张表`, x.indicatorTables > 0],
    ['projects', '项目', x.projects > 0 ? `${x.projects} 个` : '涉密未公开', x.projects > 0 || x.withheldProjects > 0],
    ['narrative', '文字说明', `${x.narrative} 段`, x.narrative > 0],
    ['source', '原文', '', true],
    ['downloads', '下载、引用与对比', '', true],
  ];
  return all.filter(([, , , shown]) => shown).map(([key, title, note]) => ({ key, id: SECTION_IDS[key], title, note }));
}
