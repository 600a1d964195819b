/** Read and validate the registries: counties, department types, classification codes. */
import { parseCsv, rowWhere } from './csv';
import type { Problem } from '../core/problems';
import { codeRowSchema, countyRowSchema, departmentTypesSchema, type CodeRow, type CountyRow, type DepartmentType } from '../schema/curated';
import { parseJson, validateCsvRows, validateJson } from './validate-rows';

export interface Registries {
  counties: Map<string, CountyRow>;
  departmentTypes: Map<string, DepartmentType>;
  functional: Map<string, CodeRow>;
  economic: Map<string, CodeRow>;
}

export const REGISTRY_FILES = {
  counties: 'content/registries/counties.csv',
  departmentTypes: 'content/registries/department-types.json',
  functional: 'content/registries/functional-codes.csv',
  economic: 'content/registries/economic-codes.csv',
} as const;

type TextOf = (path: string) => string | null;

function readCodes(path: string, textOf: TextOf, problems: Problem[]): Map<string, CodeRow> {
  const map = new Map<string, CodeRow>();
  const text = textOf(path);
  if (text === null) return map;
  const csv = parseCsv(text, path, ['code', 'name'], ['code', 'name']);
  problems.push(...csv.problems);
  for (const { at, data } of validateCsvRows(path, csv.rows, codeRowSchema, problems)) {
    if (map.has(data.code))
      problems.push({ file: path, where: rowWhere(at, undefined, 'code'), expected: 'a code listed once', found: `duplicate code ${data.code}` });
    map.set(data.code, data);
  }
  return map;
}

/** `textOf` returns decoded file text, or null after recording why it could not. */
export function readRegistries(textOf: TextOf, problems: Problem[]): Registries {
  const counties = new Map<string, CountyRow>();
  const countyText = textOf(REGISTRY_FILES.counties);
  if (countyText !== null) {
    const cols = Object.keys(countyRowSchema.shape);
    const csv = parseCsv(
      countyText,
      REGISTRY_FILES.counties,
      cols.filter((c) => c !== 'note'),
      cols,
    );
    problems.push(...csv.problems);
    for (const { at, data } of validateCsvRows(REGISTRY_FILES.counties, csv.rows, countyRowSchema, problems)) {
      if (counties.has(data.code))
        problems.push({
          file: REGISTRY_FILES.counties,
          where: rowWhere(at, undefined, 'code'),
          expected: 'a county code listed once',
          found: `duplicate code ${data.code}`,
        });
      counties.set(data.code, data);
    }
  }
  const departmentTypes = new Map<string, DepartmentType>();
  const deptText = textOf(REGISTRY_FILES.departmentTypes);
  if (deptText !== null) {
    const json = parseJson(REGISTRY_FILES.departmentTypes, deptText, problems);
    const list = json === undefined ? null : validateJson(REGISTRY_FILES.departmentTypes, json, departmentTypesSchema, problems);
    for (const d of list ?? []) departmentTypes.set(d.id, d);
  }
  return {
    counties,
    departmentTypes,
    functional: readCodes(REGISTRY_FILES.functional, textOf, problems),
    economic: readCodes(REGISTRY_FILES.economic, textOf, problems),
  };
}

/** Is the county code valid in `year`? Codes change (宁乡县 430124 → 宁乡市 430182 in 2017). */
export function countyValidIn(c: CountyRow, year: number): boolean {
  if (c.valid_from && year < Number(c.valid_from)) return false;
  if (c.valid_to && year > Number(c.valid_to)) return false;
  return true;
}
