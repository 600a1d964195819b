/** A computed spending total (基本支出 + 项目支出) as the normalizer derives it, for unit tests. */
import type { DerivedFigure } from '../../src/schema/normalized';
import { COMPUTED_TOTAL_ID } from '../../src/core/spending';

export function computedTotal(value: string, operands: string[], label_zh = '支出合计（计算值）', formula_zh = '基本支出 + 项目支出'): DerivedFigure {
  return { id: COMPUTED_TOTAL_ID, label_zh, formula_zh, operands, value, decimals: 2, unit: '万元' };
}
