/**
 * The 透明度评分 section: the score and grade, then the criteria by group
 * (weight, verdict, evidence with links to the source and to the checks).
 * Nothing is scored here: the criteria come judged from the details.
 */
import type { CheckResult, ScorecardCriterion, ScorecardSummary } from '../../schema/normalized';
import { consistencyChecks } from '../../checks/report';
import { SCORE_STATUSES } from '../../schema/normalized';
import { SCORE_GROUPS, type ScoreGroup } from '../../checks/scorecard';
import { quoteHref } from '../../core/anchors';

export interface CriterionView {
  c: ScorecardCriterion;
  statusZh: string;
  links: { label: string; href: string }[];
  /** How many of the check results it rests on are listed in 数据核验. */
  checks: number;
}

export interface GroupView {
  id: string;
  zh: string;
  /** The published weight, e.g. "0.35" → "35%". */
  weightPct: string;
  applicable: boolean;
  criteria: CriterionView[];
  met: number;
  partly: number;
  notMet: number;
}

export interface ScorecardView {
  score: string | null;
  grade: string | null;
  counts: { met: number; partly: number; notMet: number; notApplicable: number };
  groups: GroupView[];
}

const pct = (w: string): string => `${Number(w.replace('.', '')) * (w.split('.')[1].length === 2 ? 1 : 10)}%`;
const oneLine = (s: string): string =>
  s
    .replace(/[\t\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

export function scorecardView(summary: ScorecardSummary, criteria: readonly ScorecardCriterion[], checks: readonly CheckResult[]): ScorecardView {
  // Only the consistency checks are listed under 数据核验; the structural ones are quoted in the evidence itself.
  const consistencyIds = new Set(consistencyChecks(checks).map((c) => c.check_id));
  const groups = (Object.keys(SCORE_GROUPS) as ScoreGroup[]).map((g) => {
    const cs = criteria
      .filter((c) => c.group === g)
      .map((c) => ({
        c,
        statusZh: SCORE_STATUSES[c.status],
        links: c.refs.flatMap((r) => {
          const href = quoteHref(r.anchor);
          return href ? [{ label: oneLine(r.label), href }] : [];
        }),
        checks: c.check_ids.filter((id) => consistencyIds.has(id)).length,
      }));
    const n = (s: ScorecardCriterion['status']) => cs.filter((x) => x.c.status === s).length;
    return {
      id: g,
      zh: SCORE_GROUPS[g].zh,
      weightPct: pct(SCORE_GROUPS[g].weight),
      applicable: cs.some((x) => x.c.status !== 'not_applicable'),
      criteria: cs,
      met: n('met'),
      partly: n('partly'),
      notMet: n('not_met'),
    };
  });
  return {
    score: summary.score,
    grade: summary.grade,
    counts: { met: summary.met, partly: summary.partly, notMet: summary.not_met, notApplicable: summary.not_applicable },
    groups,
  };
}
