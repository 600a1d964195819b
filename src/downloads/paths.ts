/**
 * Where the downloads live, as site paths without the base: wrap them in
 * href() from src/core/url.ts for links. Paths inside /data/ (for the data
 * package and the file list) are the same without the "/data/" prefix.
 */
export const DATA_DIR = '/data/';

export const dataFile = {
  /**
   * The whole table: plain CSV up to WHOLE_PLAIN_MAX_ROWS data rows (src/downloads/dataset.ts), gzipped
   * above (`gz`); the manifest says which one a build published (wholeTable in listing.ts).
   */
  table: (name: string, gz = false) => `${name}.csv${gz ? '.gz' : ''}`,
  /** One partition (province, or province/year) of a table. */
  partCsv: (partition: string, name: string) => `provinces/${partition}/${name}.csv.gz`,
  partParquet: (partition: string, name: string) => `provinces/${partition}/${name}.parquet`,
  partJson: (partition: string) => `provinces/${partition}/disclosures.json.gz`,
  partXlsx: (partition: string) => `provinces/${partition}/workbook.xlsx`,
  jsonSchema: (what: 'disclosure' | 'partition') => `schemas/${what}.schema.json`,
  /** The full Table Schema (every field's titles, descriptions, unit, categories) of a table, written once. */
  tableSchema: (table: string) => `schemas/${table}.table-schema.json`,
  disclosureJson: (id: string) => `disclosures/${id}/disclosure.json`,
  disclosureCsv: (id: string) => `disclosures/${id}/facts.csv`,
  source: (id: string) => `disclosures/${id}/source.txt`,
  disclosurePackage: (id: string) => `disclosures/${id}/datapackage.json`,
  files: () => 'files.csv',
  datapackage: () => 'datapackage.json',
  changelog: () => 'CHANGELOG.md',
  citation: () => 'CITATION.cff',
  bibtex: () => 'citation.bib',
};

/** Site path of a file inside /data/, e.g. dataPath(dataFile.disclosureCsv(id)) → "/data/disclosures/<id>/facts.csv". */
export function dataPath(fileInData: string): string {
  return DATA_DIR + fileInData;
}

/** Site paths of one disclosure's downloads (for the disclosure page). */
export const disclosureDownloads = (id: string) => ({
  json: dataPath(dataFile.disclosureJson(id)),
  csv: dataPath(dataFile.disclosureCsv(id)),
  source: dataPath(dataFile.source(id)),
  datapackage: dataPath(dataFile.disclosurePackage(id)),
});
