/**
 * Each CSV loads in pandas as the /data/ page tells researchers to load it,
 * with the column types the data package declares: codes stay text with
 * every digit, integers and amounts are numeric, Chinese text is intact.
 * Runs when Python with pandas is available; with CI=true a missing pandas
 * fails (install python3-pandas).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textColumns } from '../../../src/downloads/tables';
import { DATA_DIR, requireBuilt } from '../../support/downloads';

const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((x): x is string => !!x);
const python = candidates.find((p) => spawnSync(p, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0);
const ci = process.env.CI === 'true';
if (!python && !ci)
  console.warn('\n!!! pandas not found (tried ' + candidates.join(', ') + '): the pandas download test is SKIPPED. apt-get install -y python3-pandas\n');

const SCRIPT = String.raw`
import csv, json, sys
import pandas as pd
data_dir, codes = sys.argv[1], json.loads(sys.argv[2])
pkg = json.load(open(data_dir + "/datapackage.json", encoding="utf-8"))
problems, checked = [], 0
def load(path, **kw):
    # Exactly as the /data/ page says.
    return pd.read_csv(path, dtype={c: str for c in codes}, keep_default_na=False, na_values=[""], **kw)
import gzip
schemas = {r["name"]: r["schema"] for r in pkg["resources"] if "schema" in r}
# Every CSV, plain or gzip: the tables, their partitions, the file list and each disclosure's facts.
with open(data_dir + "/files.csv", encoding="utf-8", newline="") as f:
    listed = [r for r in csv.DictReader(f) if r["format"] == "csv"]
for res in [{"path": "files.csv", "table": "files"}] + listed:
    schema = schemas[res["table"]]
    path = data_dir + "/" + res["path"]
    df = load(path)  # pandas infers gzip from .gz
    with (gzip.open(path, "rt", encoding="utf-8", newline="") if path.endswith(".gz") else open(path, encoding="utf-8", newline="")) as f:
        raw = list(csv.reader(f))
    header, rows = raw[0], raw[1:]
    if list(df.columns) != header:
        problems.append(f"{res['path']}: pandas columns {list(df.columns)} != header {header}")
        continue
    if len(df) != len(rows):
        problems.append(f"{res['path']}: pandas read {len(df)} rows, the file has {len(rows)}")
    for j, field in enumerate(schema["fields"]):
        name, typ = field["name"], field["type"]
        col = df[name]
        kind = col.dtype.kind
        values = [r[j] for r in rows]
        present = [v for v in values if v != ""]
        checked += 1
        if not present:
            continue  # an all-empty column has no type to check
        if name in codes or typ == "string":
            if kind != "O":
                problems.append(f"{res['path']}.{name}: declared {typ}, pandas dtype {col.dtype}")
            elif [v for v in col.tolist() if not (isinstance(v, float) and v != v)] != present:
                problems.append(f"{res['path']}.{name}: text differs from the file (leading zeros or characters lost)")
        elif typ == "integer":
            if kind not in "iu" and not (kind == "f" and col.dropna().apply(float.is_integer).all()):
                problems.append(f"{res['path']}.{name}: declared integer, pandas dtype {col.dtype}")
            elif [int(v) for v in col.dropna().tolist()] != [int(v) for v in present]:
                problems.append(f"{res['path']}.{name}: integers differ")
        elif typ == "number":
            if kind not in "iuf":
                problems.append(f"{res['path']}.{name}: declared number, pandas dtype {col.dtype}")
        elif typ == "boolean":
            if kind != "b":
                problems.append(f"{res['path']}.{name}: declared boolean, pandas dtype {col.dtype}")
print(json.dumps({"problems": problems, "checked": checked,
                  "county": load(data_dir + "/disclosures.csv")["county_code"].tolist(),
                  "names": load(data_dir + "/disclosures.csv")["county_name"].tolist()}, ensure_ascii=False))
`;

describe('downloads in pandas', () => {
  it.runIf(!!python || ci)('every CSV (tables, partitions, file list, each disclosure) loads with the declared column types', () => {
    expect(python, `Python with pandas is required in CI (tried ${candidates.join(', ')}): apt-get install -y python3-pandas`).toBeTruthy();
    requireBuilt();
    const r = spawnSync(python!, ['-c', SCRIPT, DATA_DIR, JSON.stringify(textColumns())], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr.replace(/.*Warning.*\n?/g, ''), 'python stderr').toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.problems).toEqual([]);
    expect(out.checked).toBeGreaterThan(80);
    const csv = readFileSync(join(DATA_DIR, 'disclosures.csv'), 'utf8');
    for (const c of out.county) expect(csv).toContain(`,${c},`);
    expect(out.county.every((c: string) => /^\d{6}$/.test(c))).toBe(true);
    expect(out.names.every((n: string) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
  });
});
