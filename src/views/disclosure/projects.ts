/**
 * Named projects in the shape a document publishes them: one row per project
 * (its name linked to where the document names it), a column per stated phase
 * and funding scope (预算数 / 到位数 / 执行数, 全部资金 / 其中：财政拨款), and 用途
 * where a project states one. A project with no figure for a column has a
 * gap (文件未载明), never a zero. Project spending withheld without naming a
 * project (concept project_withheld) is a row of its own, marked withheld.
 *
 * Pure: projects and facts in, plain data out. Cells are rendered with the
 * standard tables' helpers (cellView, BLANK_CELL) and their CSS.
 */
import type { Fact, Project } from '../../schema/normalized';
import { PHASES, SCOPES } from '../../core/concepts';
import { anchorStart, commonUnit } from './standard-tables';

export interface ProjectView {
  project: Project;
  amounts: Fact[];
}

const isProjectAmount = (f: Fact) => f.concept === 'project_amount' || f.concept === 'project_withheld';
const byQuote = (a: Fact, b: Fact) => anchorStart(a.anchor) - anchorStart(b.anchor) || a.line - b.line;

export function projectViews(projects: Project[], facts: Fact[]): ProjectView[] {
  return projects.map((p) => ({
    project: p,
    amounts: facts.filter((f) => f.project_id === p.id && isProjectAmount(f)).sort((a, b) => a.line - b.line),
  }));
}

/** Project spending withheld without naming a project (concept project_withheld). */
export function withheldProjectSpending(facts: Fact[]): Fact[] {
  return facts.filter((f) => f.concept === 'project_withheld' && !f.project_id);
}

/** A column of the projects table: one phase and funding scope. */
export interface ProjectColumn {
  key: string;
  /** The phase as the site names it (全年预算（调整后）, 资金到位数, 决算 / 执行数 …). */
  phase: string;
  /** The funding scope (全部资金, 财政拨款 …); '' when no figure of the column states one. */
  scope: string;
  /** The unit all the column's stated figures share (then its cells omit it; the table's when it states one), else null. */
  unit: string | null;
}

export interface ProjectRow {
  key: string;
  name: string;
  /** The quote where the document names the project; null for withheld spending without a project. */
  anchor: string | null;
  /** Per column, the project's figures for it (none: the document states no amount there). */
  cells: Fact[][];
  /** 用途 as stated, else null. */
  purpose: string | null;
  /** Spending withheld as classified (涉密不予公开). */
  withheld: boolean;
}

export interface ProjectsTableView {
  /** The unit every stated amount shares (then neither headers nor cells repeat it), else null. */
  unit: string | null;
  columns: ProjectColumn[];
  rows: ProjectRow[];
  /** Some project states a 用途 (the table then has a 用途 column). */
  hasPurpose: boolean;
}

const columnKey = (f: Fact) => `${f.phase}\u0000${f.scope}`;

/**
 * The projects table: columns grouped by phase in the order the document first
 * states each phase, scopes within a phase in their order of first mention.
 */
export function projectsTable(projects: ProjectView[], withheld: Fact[]): ProjectsTableView {
  const all = [...projects.flatMap((p) => p.amounts), ...withheld].sort(byQuote);
  const phaseOrder: string[] = [];
  const keys: string[] = [];
  for (const f of all) {
    if (!phaseOrder.includes(f.phase)) phaseOrder.push(f.phase);
    if (!keys.includes(columnKey(f))) keys.push(columnKey(f));
  }
  const unit = commonUnit(all);
  keys.sort((a, b) => phaseOrder.indexOf(a.split('\u0000')[0]) - phaseOrder.indexOf(b.split('\u0000')[0]));
  const columns: ProjectColumn[] = keys.map((key) => {
    const facts = all.filter((f) => columnKey(f) === key);
    const { phase, scope } = facts[0];
    return {
      key,
      phase: phase === 'none' ? '金额' : PHASES[phase],
      scope: scope === 'unspecified' ? '' : SCOPES[scope],
      unit: unit ?? commonUnit(facts),
    };
  });
  const cellsOf = (facts: Fact[]) => keys.map((k) => facts.filter((f) => columnKey(f) === k));
  const rows: ProjectRow[] = [
    ...projects.map((p) => ({
      key: p.project.id,
      name: p.project.name,
      anchor: p.project.anchor,
      cells: cellsOf(p.amounts),
      purpose: p.project.purpose?.trim() || null,
      withheld: p.amounts.length > 0 && p.amounts.every((f) => f.status === 'withheld'),
    })),
    ...withheld.map((f) => ({
      key: f.id,
      name: f.item || '未列名的涉密项目',
      anchor: null,
      cells: cellsOf([f]),
      purpose: null,
      withheld: true,
    })),
  ];
  return { unit, columns, rows, hasPurpose: rows.some((r) => r.purpose !== null) };
}

/** A 用途 short enough to sit in its cell within three lines; a longer one folds (its length in the summary). */
export const SHORT_PURPOSE = 24;
