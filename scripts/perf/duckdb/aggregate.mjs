// DuckDB's aggregate over a Placements CSV v1 file: the peer the wsp tool's import and extracts are measured against
// (issue 20), in the same run. Prints one JSON line: the seconds of each query (in process, the runtime's start not
// counted) and its row count.
//
//   node aggregate.mjs FILE            the import's peer: read every row, group by municipality, sector and kind
//   node aggregate.mjs FILE year YYYY  the placements extract's peer: the rows that start in YYYY, by municipality and sector
import { DuckDBInstance } from '@duckdb/node-api';

const [file, kind = 'all', year = '2025'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node aggregate.mjs FILE [all | year YYYY]');
  process.exit(2);
}

const source = `read_csv('${file.replaceAll("'", "''")}', header = true, all_varchar = false)`;
const queries = {
  all: `SELECT municipality_code, sector_code, employer_kind, count(*) AS placements, sum(hours_per_week) AS hours
        FROM ${source} GROUP BY ALL`,
  year: `SELECT municipality_code, sector_code, count(*) AS placements
         FROM ${source} WHERE start_date BETWEEN DATE '${year}-01-01' AND DATE '${year}-12-31' GROUP BY ALL`,
};
if (!(kind in queries)) {
  console.error(`unknown query '${kind}': all or year`);
  process.exit(2);
}

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const started = performance.now();
const result = await connection.runAndReadAll(queries[kind]);
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ query: kind, seconds: Number(seconds.toFixed(3)), groups: result.getRows().length }));
