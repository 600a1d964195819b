/**
 * The 部门整体支出绩效评价基础数据表 shape: rows of amounts by phase, with
 * columns such as "2022 年决算数 / 2023 年预算数 / 2023 年决算数" (a 决算数
 * of an earlier year is the prior-year actual), and the staff block
 * (编制数, 实际在职人数, 控制率). Recognised by those header labels.
 */
import type { ConceptId, PhaseId } from '../core/concepts';
import { norm } from './header';
import type { Row } from './layout';
import type { DocContext } from './standard-tables';
import { rowFact } from './row-fact';
import { type DraftFact, idAllocator, type TakeId } from './types';

const ROWS: [RegExp, ConceptId][] = [
  [/三公经费/, 'three_public_total'],
  [/公务用车购置和维护|公务用车购置及运行/, 'three_public_vehicles'],
  [/公车购置|公务用车购置/, 'vehicle_purchase'],
  [/公车运行维护|公务用车运行/, 'vehicle_operation'],
  [/出国/, 'three_public_overseas'],
  [/公务接待/, 'official_reception'],
  [/项目支出/, 'project_expenditure'],
  [/^公用经费/, 'running_costs'],
  [/政府采购/, 'procurement_total'],
];

export function draftBasicData(ctx: DocContext, blocks: Row[][], year: number | null, take: TakeId = idAllocator()): DraftFact[] {
  const out: DraftFact[] = [];
  const add = (r: Row, table: string, f: Partial<DraftFact['row']> & { fact_id: string }, note: string) => {
    const fact = rowFact(ctx, r, { table, ...f }, `${table} ${note}`, take);
    if (fact) out.push(fact);
  };
  for (const block of blocks) {
    let phases: (PhaseId | null)[] | null = null;
    let staff: number[] | null = null;
    const table = '部门整体支出绩效评价基础数据表';
    for (const r of block) {
      const cells = r.cells.map((c) => norm(c.text));
      if (staff) {
        const [a, b, rate] = staff.map((i) => cells[i] ?? '');
        if (/^\d+$/.test(a))
          add(
            r,
            table,
            {
              fact_id: 'basic.staff_authorised',
              concept: 'staff_authorised',
              phase: 'none',
              scope: 'unspecified',
              item: '编制数',
              value: a,
              unit: '人',
              row: '财政供养人员情况',
              column: '编制数',
            },
            'staff cell',
          );
        if (/^\d+$/.test(b))
          add(
            r,
            table,
            {
              fact_id: 'basic.staff_actual',
              concept: 'staff_actual',
              phase: 'none',
              scope: 'unspecified',
              item: '实际在职人数',
              value: b,
              unit: '人',
              row: '财政供养人员情况',
              column: '实际在职人数',
            },
            'staff cell',
          );
        const rm = /^(\d+(?:\.\d+)?)%$/.exec(rate);
        if (rm) {
          const authorised = out.find((f) => f.row.concept === 'staff_authorised' && f.start === r.start);
          const actual = out.find((f) => f.row.concept === 'staff_actual' && f.start === r.start);
          add(
            r,
            table,
            {
              fact_id: 'basic.staff_control_rate',
              concept: 'control_rate',
              phase: 'none',
              scope: 'unspecified',
              item: '控制率',
              value: rm[1],
              unit: '%',
              of: authorised && actual ? actual.row.fact_id : '',
              base: authorised && actual ? authorised.row.fact_id : '',
              row: '财政供养人员情况',
              column: '控制率',
            },
            'staff cell',
          );
        }
        staff = null;
        continue;
      }
      if (cells.some((c) => c === '编制数') && cells.some((c) => /实际在职人数|实有人数/.test(c))) {
        staff = [cells.findIndex((c) => c === '编制数'), cells.findIndex((c) => /实际在职人数|实有人数/.test(c)), cells.findIndex((c) => /控制率/.test(c))];
        continue;
      }
      const heads = cells.map((c) => /^(\d{4})年(决算数|预算数|执行数)$/.exec(c));
      if (heads.filter(Boolean).length >= 2) {
        phases = heads.map((m) => (!m ? null : m[2] === '预算数' ? 'adjusted_budget' : year && Number(m[1]) < year ? 'prior_year_actual' : 'actual'));
        continue;
      }
      if (!phases) continue;
      const labelAt = cells.findIndex((c, i) => c && phases![i] === null);
      if (labelAt < 0) {
        phases = null;
        continue;
      }
      const label = cells[labelAt]
        .replace(/^其中[:：]/, '')
        .replace(/^\d+、/, '')
        .replace(/[:：]$/, '');
      const concept = ROWS.find(([re]) => re.test(label))?.[1] ?? 'expense_item';
      phases.forEach((phase, i) => {
        if (!phase) return;
        const v = cells[i];
        if (!v || !/^\d+(\.\d+)?$/.test(v)) return;
        add(
          r,
          table,
          {
            fact_id: `basic.${concept}.${phase}`,
            concept,
            phase,
            scope: 'all',
            item: r.cells[labelAt].text,
            value: v,
            unit: '万元',
            row: r.cells[labelAt].text,
            column: r.cells[i]?.text ?? '',
          },
          'cell',
        );
      });
    }
  }
  return out;
}
