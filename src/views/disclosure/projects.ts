/**
 * Named projects with their stated amounts (every phase and scope stated),
 * and amounts withheld as classified, which are shown as withheld.
 */
import type { Fact, Project } from '../../schema/normalized';

export interface ProjectView {
  project: Project;
  amounts: Fact[];
}

export function projectViews(projects: Project[], facts: Fact[]): ProjectView[] {
  return projects.map((p) => ({
    project: p,
    amounts: facts.filter((f) => f.project_id === p.id && (f.concept === 'project_amount' || f.concept === 'project_withheld')).sort((a, b) => a.line - b.line),
  }));
}

/** Project spending withheld without naming a project (concept project_withheld). */
export function withheldProjectSpending(facts: Fact[]): Fact[] {
  return facts.filter((f) => f.concept === 'project_withheld' && !f.project_id);
}
