/**
 * Where the downloads live, as site paths without the base: wrap them in
 * href() from src/lib/url.ts for links. Paths inside /data/ (for the data
 * package and the file list) are the same without the "/data/" prefix.
 */
export const DATA_DIR = '/data/';

export const dataFile = {
  table: (name: string) => `${name}.csv`,
  excel: (name: string) => `excel/${name}.csv`,
  all: () => 'all.json',
  disclosureJson: (id: string) => `disclosures/${id}.json`,
  disclosureCsv: (id: string) => `disclosures/${id}.csv`,
  source: (id: string) => `sources/${id}.txt`,
  files: () => 'files.csv',
  datapackage: () => 'datapackage.json',
};

/** Site path of a file inside /data/, e.g. dataPath(dataFile.disclosureCsv(id)) → "/data/disclosures/<id>.csv". */
export function dataPath(fileInData: string): string {
  return DATA_DIR + fileInData;
}

/** Site paths of one disclosure's downloads (for the disclosure page). */
export const disclosureDownloads = (id: string) => ({
  json: dataPath(dataFile.disclosureJson(id)),
  csv: dataPath(dataFile.disclosureCsv(id)),
  source: dataPath(dataFile.source(id)),
});
