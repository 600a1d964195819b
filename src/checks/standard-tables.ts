/**
 * Rule `standard_tables` (部门决算 only): each of the nine standard tables
 * 公开01表–公开09表 is in the document, found by its number ("公开 07 表") or
 * its name, and a table without a single figure says why (本表无数据, 无…支出).
 * One result per table: stated 1 when the table is there (with data, or empty
 * with its statement), else 0, of 1 required.
 */
import type { CheckResult, Fact } from '../schema/normalized';
import type { Ctx } from './context';
import { excerpt, findAll, type DocumentInput } from './document';
import { makeResult } from './result';

export const STANDARD_TABLES = [
  '收入支出决算总表',
  '收入决算表',
  '支出决算表',
  '财政拨款收入支出决算总表',
  '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算明细表',
  '政府性基金预算财政拨款收入支出决算表',
  '国有资本经营预算财政拨款支出决算表',
  '财政拨款“三公”经费支出决算表',
] as const;

/** "公开07表" for table n (1-based). */
export const tableNumber = (n: number): string => `公开${String(n).padStart(2, '0')}表`;
const labelPattern = (n: number): RegExp => new RegExp(`公开\\s*0?${n}\\s*表`);
/** What a document says under an empty table. */
export const EMPTY_STATEMENT = /本表无数据|本表为空|无[^。\n]{0,30}(收入|支出|经费)|没有[^。\n]{0,40}(收入|支出|经费)/;

const normTable = (t: string): string => t.replace(/\s+/g, '');

export function checkStandardTables(ctx: Ctx, doc: DocumentInput): CheckResult[] {
  if (doc.kind !== 'final-accounts') return [];
  const labels = STANDARD_TABLES.map((_, i) => findAll(doc, labelPattern(i + 1))[0] ?? null);
  const lines = new Set(doc.source.split('\n').map((l) => l.trim()));
  return STANDARD_TABLES.flatMap((name, i) => {
    const n = String(i + 1).padStart(2, '0');
    const number = tableNumber(i + 1);
    const facts = ctx.facts.filter((f) => normTable(f.table) === number);
    const heading = `部门决算应公开${number}（${name}）`;
    const base = { rule: 'standard_tables' as const, computed: '1', unit: '张' };
    const ids = (fs: Fact[]) => fs.slice(0, 3).map((f) => f.id);
    if (!labels[i] && !lines.has(name) && facts.length === 0) {
      return [
        makeResult({
          ...base,
          check_id: `structure.table.${n}`,
          status: 'fail',
          stated: '0',
          fact_ids: [],
          message: `${heading}：文件中找不到这张表（既没有表号，也没有表名）。`,
        }),
      ];
    }
    const withData = facts.filter((f) => f.status !== 'empty' && f.value !== null);
    const present = makeResult({
      ...base,
      check_id: `structure.table.${n}`,
      status: 'pass',
      stated: '1',
      fact_ids: ids(withData.length ? withData : facts),
      message: `${heading}：文件公开了这张表${withData.length ? `，录入${withData.length}个数字` : '，表中没有数字'}。`,
    });
    if (withData.length) return [present];
    // An empty table: its statement, from the curated empty figure or the text under the table.
    const empty = facts.filter((f) => f.status === 'empty');
    const region = tableRegion(doc, labels, i);
    const statement =
      empty.map((f) => f.quote).find((q) => EMPTY_STATEMENT.test(q)) ??
      (region && EMPTY_STATEMENT.test(region) ? sentenceAround(region, EMPTY_STATEMENT) : null);
    const said = makeResult({
      rule: 'standard_tables',
      check_id: `structure.table.${n}.empty`,
      status: statement ? 'pass' : 'fail',
      stated: statement ? '1' : '0',
      computed: '1',
      unit: '项',
      fact_ids: ids(empty),
      message: statement
        ? `空表应说明没有数据的原因：${number}没有数据，表下说明“${excerpt(statement, 60)}”。`
        : `空表应说明没有数据的原因：${number}没有任何数字，也没有说明为什么没有（如“本表无数据”）。`,
    });
    return [present, said];
  });
}

/** The text from a table's number to the next table's number (or 800 characters). */
function tableRegion(doc: DocumentInput, labels: readonly ({ start: number } | null)[], i: number): string | null {
  const own = labels[i];
  if (!own) return null;
  const next = labels.slice(i + 1).find((l) => l !== null && l.start > own.start);
  return doc.source.slice(own.start, next ? next.start : Math.min(doc.source.length, own.start + 800));
}

function sentenceAround(text: string, re: RegExp): string {
  const m = re.exec(text)!;
  const from = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('。', m.index - 1)) + 1;
  const to = text.indexOf('。', m.index);
  return text.slice(from, to < 0 ? m.index + m[0].length : to + 1).trim();
}
