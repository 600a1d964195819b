/**
 * Performance self-evaluation tables: the indicator table (一级/二级/三级指标,
 * 年度指标值, 实际完成值, 分值, 得分, 偏差原因) into indicators.csv, the funding
 * block (年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分) and the
 * project budget block (预算数 / 到位数 / 执行数) into facts, and the project
 * a table is about (项目名称) into projects.csv. Columns are found by their
 * header labels; rows that do not fit the header are left for review.
 */
import type { ConceptId, PhaseId, ScopeId } from '../core/concepts';
import { norm } from './header';
import type { Row } from './layout';
import type { DocContext } from './standard-tables';
import { quoteAt } from './text';
import { rowFact } from './row-fact';
import { emptyIndicator, type DraftFact, type DraftIndicator, type DraftProject, idAllocator, type TakeId } from './types';

export interface IndicatorDraft {
  indicators: DraftIndicator[];
  facts: DraftFact[];
  projects: DraftProject[];
}

const BY_NATURE: [RegExp, ConceptId, ScopeId?][] = [
  [/^按收入性质分$/, 'income_total'],
  [/^一般公共预算$/, 'fiscal_appropriation_income', 'general_budget'],
  [/^政府性基金(拨款)?$/, 'fiscal_appropriation_income', 'government_fund'],
  [/^按支出性质分$/, 'expenditure_total'],
  [/^基本支出$/, 'basic_expenditure'],
  [/^项目支出$/, 'project_expenditure'],
];

/** A number with a count unit (or %) in a goal text; list numbers ("1.") have none. */
const GOAL_FIGURE = /(?<![\d.])(\d+(?:\.\d+)?)\s*(余条|余个|余次|余份|余件|余篇|次|项|个|份|家|条|篇|起|件|期|%|％)/g;

const WEIGHT = /[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[）)]/;
const VALUE = /^-?\d+(?:\.\d+)?%?$/;

function findCol(cells: string[], re: RegExp): number {
  return cells.findIndex((c) => re.test(c));
}

export function draftIndicators(ctx: DocContext, blocks: Row[][], take: TakeId = idAllocator()): IndicatorDraft {
  const out: IndicatorDraft = { indicators: [], facts: [], projects: [] };
  let projectSeq = 0;
  let tableSeq = 0;
  for (const block of blocks) {
    let project: DraftProject | null = null;
    let prefix = '';
    let header: Record<string, number> | null = null;
    let funding: Record<string, number> | null = null;
    let l1 = '';
    let l2 = '';
    let inTable = false;
    let budgetPhases: PhaseId[] = [];
    let completionCol = -1;
    let goalCols: number[] = [];
    const startTable = () => {
      tableSeq++;
      prefix = project ? project.row.project_id : `dept${tableSeq > 1 ? tableSeq : ''}`;
    };
    const scope = () => (project ? 'project' : 'department');
    const addIndicator = (r: Row, start: number, fields: Partial<DraftIndicator['row']> & { indicator_id: string }, note: string) => {
      const q = quoteAt(ctx.source, start, r.end);
      if (!q) return;
      out.indicators.push({
        row: {
          ...emptyIndicator(),
          scope: scope(),
          project_id: project?.row.project_id ?? '',
          ...fields,
          indicator_id: take(fields.indicator_id),
          quote: q.quote,
          after: q.after,
          note: `draft: ${note}`,
        },
        start,
        end: r.end,
      });
    };
    const addFact = (r: Row, f: Partial<DraftFact['row']> & { fact_id: string }, note: string, table: string) => {
      const fact = rowFact(ctx, r, { table, project_id: project?.row.project_id ?? '', ...f }, note, take);
      if (fact) out.facts.push(fact);
    };
    const tableTitle = () => (project ? `项目绩效自评表（${project.row.name}）` : '部门整体支出绩效自评表');

    for (const r of block) {
      const cells = r.cells.map((c) => norm(c.text));
      // The project a table is about.
      const pn = cells.findIndex((c) => /^项目(支出)?名称$/.test(c));
      if (pn >= 0 && r.cells[pn + 1]?.text) {
        const name = r.cells[pn + 1].text.trim();
        const q = quoteAt(ctx.source, r.start, r.end);
        if (q) {
          project = {
            row: { project_id: `p${++projectSeq}`, name, purpose: '', quote: q.quote, after: q.after, note: 'draft: 项目名称 cell' },
            start: r.start,
            end: r.end,
          };
          out.projects.push(project);
        }
        startTable();
        header = null;
        funding = null;
        continue;
      }
      // Project budget block (预算数 / 到位数 / 执行数 pairs).
      if (/预算安排情况|资金到位情况|资金执行情况/.test(cells.join('|'))) {
        budgetPhases = cells.flatMap((c): PhaseId[] =>
          /预算安排/.test(c) ? ['adjusted_budget'] : /资金到位/.test(c) ? ['funds_received'] : /资金执行/.test(c) ? ['actual'] : [],
        );
        continue;
      }
      // 目标完成情况 header: the next row states the 总体完成率 in that column.
      const cr = cells.findIndex((c) => c === '总体完成率');
      if (cr >= 0) {
        completionCol = cr;
        goalCols = [findCol(cells, /^(年度)?预期目标$/), findCol(cells, /^(具体|实际)完成情况$/)];
        continue;
      }
      if (completionCol >= 0) {
        const v = cells[completionCol] || cells.filter(Boolean).pop() || '';
        completionCol = -1;
        // Work volumes stated in the goal (target) and outcome (actual) cells.
        // When the outcome cell is empty the goal cell spans both columns (a merged cell): its figures are target and actual.
        const goalText = (gc: number) => (gc >= 0 ? (r.cells[gc]?.text ?? '') : '');
        const merged = !goalText(goalCols[1]) && r.cells.slice(goalCols[0] + 1, completionCol).every((c) => !c.text);
        goalCols.forEach((gc, k) => {
          const cell = k === 1 && merged ? goalText(goalCols[0]) : goalText(gc);
          for (const m of cell.matchAll(GOAL_FIGURE)) {
            const unit = m[2] === '％' ? '%' : m[2];
            const phase: PhaseId = k === 0 ? 'target' : 'actual';
            addFact(
              r,
              {
                fact_id: `${prefix || 'p'}.goal.${phase}`,
                concept: unit === '%' ? 'activity_rate' : 'activity_metric',
                phase,
                scope: 'unspecified',
                item: cell.slice(Math.max(0, m.index! - 12), m.index!).trim(),
                value: m[1],
                unit,
                row: '目标完成情况',
                column: k === 0 ? '年度预期目标' : '具体完成情况',
              },
              merged ? 'goal figure (merged goal/outcome cell)' : 'goal figure',
              tableTitle(),
            );
          }
        });
        if (/^\d+(\.\d+)?%$/.test(v))
          addFact(
            r,
            {
              fact_id: `${prefix || 'p'}.completion_rate`,
              concept: 'completion_rate',
              phase: 'none',
              scope: 'unspecified',
              item: '总体完成率',
              value: v.replace('%', ''),
              unit: '%',
              row: '目标完成情况',
              column: '总体完成率',
            },
            'goal completion rate',
            tableTitle(),
          );
        continue;
      }
      const pairs = cells.flatMap((c, i) => (/[:：]$/.test(c) || /^(其中[:：])?(财政资金|其他)$/.test(c) ? [i] : []));
      if (budgetPhases.length && pairs.length >= 2) {
        const fiscal = /财政资金/.test(cells.join(''));
        pairs.forEach((i, k) => {
          const v = cells[i + 1];
          if (!v || !/^\d+(\.\d+)?$/.test(v) || !budgetPhases[k] || /^(其中[:：])?其他$/.test(cells[i])) return;
          addFact(
            r,
            {
              fact_id: `${prefix || 'p'}.${budgetPhases[k]}${fiscal ? '.fiscal' : ''}`,
              concept: project ? 'project_amount' : 'expenditure_total',
              phase: budgetPhases[k],
              scope: fiscal ? 'fiscal' : 'all',
              item: r.cells[i].text,
              value: v,
              unit: '万元',
              row: r.cells[i].text,
              column: budgetPhases[k],
            },
            'project budget cell',
            tableTitle(),
          );
        });
        const lastPair = pairs[pairs.length - 1];
        const rate = cells.slice(lastPair + 2).find((c) => /^\d+(\.\d+)?%?$/.test(c));
        if (rate && !fiscal)
          addFact(
            r,
            {
              fact_id: `${prefix || 'p'}.execution_rate`,
              concept: 'execution_rate',
              phase: 'none',
              scope: 'unspecified',
              item: '预算执行进度',
              value: rate.replace('%', ''),
              unit: '%',
              row: '预算执行进度',
              column: '预算执行进度',
            },
            'project budget execution rate',
            tableTitle(),
          );
        continue;
      }
      // Funding block header.
      if (cells.some((c) => /年初预算数/.test(c)) && cells.some((c) => /全年执行数/.test(c))) {
        funding = {
          initial: findCol(cells, /年初预算数/),
          adjusted: findCol(cells, /全年预算数/),
          actual: findCol(cells, /全年执行数/),
          weight: findCol(cells, /^分值$/),
          rate: findCol(cells, /执行率/),
          score: findCol(cells, /得分/),
        };
        if (!prefix) startTable();
        continue;
      }
      if (funding) {
        const label = cells.find((c, i) => c && i < funding!.initial) ?? '';
        if (/年度资金总额|当年财政拨款|财政拨款/.test(label) && !/[:：]\d/.test(label)) {
          const fiscal = /财政拨款/.test(label) && !/总额/.test(label);
          const concept: ConceptId = project ? 'project_amount' : 'expenditure_total';
          const sc: ScopeId = fiscal ? 'fiscal' : 'all';
          for (const [key, phase] of [
            ['initial', 'initial_budget'],
            ['adjusted', 'adjusted_budget'],
            ['actual', 'actual'],
          ] as const) {
            const v = cells[funding[key]];
            if (v && /^\d+(\.\d+)?$/.test(v))
              addFact(
                r,
                {
                  fact_id: `${prefix}.funds${fiscal ? '.fiscal' : ''}.${phase}`,
                  concept,
                  phase,
                  scope: sc,
                  item: label,
                  value: v,
                  unit: '万元',
                  row: label,
                  column: key,
                },
                'funding block cell',
                tableTitle(),
              );
          }
          const rate = cells[funding.rate];
          if (!fiscal && rate && /^\d+(\.\d+)?%$/.test(rate)) {
            addFact(
              r,
              {
                fact_id: `${prefix}.funds.execution_rate`,
                concept: 'execution_rate',
                phase: 'none',
                scope: sc,
                item: label,
                value: rate.replace('%', ''),
                unit: '%',
                row: label,
                column: '执行率',
              },
              'funding block rate',
              tableTitle(),
            );
            addIndicator(
              r,
              r.start,
              {
                indicator_id: `${prefix}.funding`,
                row_kind: 'funding',
                level1: '预算执行率',
                level3: label,
                actual: rate,
                weight: cells[funding.weight] ?? '',
                score: cells[funding.score] ?? '',
              },
              'funding block',
            );
          }
          continue;
        }
        // 按收入性质分：… / 其中：基本支出：… — amounts stated inside the cells of the department's block.
        if (!project) {
          for (const cell of cells) {
            const m = /^(?:其中[:：])?(.+?)[:：](\d+(?:\.\d+)?)$/.exec(cell);
            const hit = m && BY_NATURE.find(([re]) => re.test(m[1]));
            if (m && hit)
              addFact(
                r,
                {
                  fact_id: `${prefix}.funds.${hit[1]}`,
                  concept: hit[1],
                  phase: 'adjusted_budget',
                  scope: hit[2] ?? 'all',
                  item: m[1],
                  value: m[2],
                  unit: '万元',
                  row: m[1],
                  column: '年度资金总额',
                },
                'funding block cell',
                tableTitle(),
              );
          }
        }
        if (/^(按|其中|政府性|纳入|其他|上年)/.test(label) || !label) continue;
        funding = null;
      }
      // Indicator table header.
      if (cells.some((c) => c === '一级指标') && cells.some((c) => c === '三级指标')) {
        header = {
          l1: findCol(cells, /^一级指标$/),
          l2: findCol(cells, /^二级指标$/),
          l3: findCol(cells, /^三级指标$/),
          target: findCol(cells, /指标值$/),
          actual: findCol(cells, /^实际(完成)?值$/),
          weight: findCol(cells, /^分值$/),
          score: findCol(cells, /得分$/),
          deviation: findCol(cells, /^偏差/),
        };
        if (!prefix) startTable();
        inTable = true;
        l1 = '';
        l2 = '';
        continue;
      }
      if (!header || !inTable) continue;
      const H = header;
      let row = r.cells.map((c) => c.text.trim());
      let rowCells = r.cells;
      // A row shifted one cell to the left (its 一级指标 in the header's title column).
      if (H.l1 > 0 && row[H.l1 - 1] && /指标/.test(row[H.l1 - 1]) && !row.slice(0, H.l1 - 1).some(Boolean)) {
        row = ['', ...row];
        rowCells = [{ text: '', start: r.start, end: r.start }, ...r.cells];
      }
      const totalAt = row.findIndex((c) => norm(c) === '总分');
      if (totalAt >= 0) {
        const nums = row.slice(totalAt + 1).filter((c) => VALUE.test(norm(c)));
        const [weight, score] = nums.length >= 2 ? nums : ['', nums[0] ?? ''];
        addIndicator(r, r.start, { indicator_id: `${prefix}.total`, row_kind: 'total', level1: '总分', weight, score }, 'indicator table 总分');
        if (score)
          addFact(
            r,
            {
              fact_id: `${prefix}.total_score`,
              concept: 'evaluation_total_score',
              phase: 'none',
              scope: 'unspecified',
              item: '总分',
              value: score,
              unit: '分',
              row: '总分',
              column: '得分',
            },
            'indicator table 总分',
            tableTitle(),
          );
        inTable = false;
        continue;
      }
      if (/^[一二三四五六七八九十]+、/.test(row[0] ?? '')) {
        inTable = false;
        continue;
      }
      const c1 = row[H.l1] ?? '';
      let start = r.start;
      if (c1) {
        const w = WEIGHT.exec(c1);
        l1 = c1.replace(WEIGHT, '').replace(/\s+/g, '').trim();
        l2 = '';
        if (w) {
          const cell = rowCells[H.l1];
          const q = quoteAt(ctx.source, cell.start, cell.end);
          if (q)
            out.indicators.push({
              row: {
                ...emptyIndicator(),
                indicator_id: take(`${prefix}.section.${out.indicators.length + 1}`),
                scope: scope(),
                project_id: project?.row.project_id ?? '',
                row_kind: 'section',
                level1: l1,
                weight: w[1],
                quote: q.quote,
                after: q.after,
                note: 'draft: indicator table section weight',
              },
              start: cell.start,
              end: cell.end,
            });
          if (r.layout === 'flat') {
            const next = rowCells.slice(H.l1 + 1).find((c) => c.text);
            if (next) start = next.start - 1;
          }
        }
      } else if (r.layout === 'flat') {
        const first = rowCells.find((c) => c.text);
        if (first) start = first.start - 1;
      }
      if (row[H.l2]) l2 = row[H.l2].replace(/\s+/g, '');
      let l3 = (row[H.l3] ?? '').replace(/^指标\s*\d+\s*[：:]\s*/, '').trim();
      let target = row[H.target] ?? '';
      let actual = row[H.actual] ?? '';
      const isFunding = /预算执行率/.test(l1 + l2);
      if (isFunding && VALUE.test(norm(l3))) {
        target = l3;
        l3 = '';
      }
      if (!l2 && !l3) continue;
      addIndicator(
        r,
        start,
        {
          indicator_id: `${prefix}.i${out.indicators.length + 1}`,
          row_kind: isFunding ? 'funding' : 'indicator',
          level1: l1,
          level2: l2,
          level3: l3,
          target,
          actual,
          weight: row[H.weight] ?? '',
          score: row[H.score] ?? '',
          deviation_note: row[H.deviation] ?? '',
        },
        'indicator table row',
      );
    }
  }
  return out;
}
