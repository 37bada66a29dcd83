#!/usr/bin/env bash
# Performance of the wsp tool on SQLite (issue 6, item 6), on a generated 1,000,000-row Placements CSV v1 file:
#   import into SQLite            target <= 10 s wall, peak RSS <= 300 MB
#   extract job-agreement --at D  target <= 1 s over 1,000,000 stored placements
#   extract placements, one year  target <= 2 s
# Usage: scripts/perf/run.sh [ROWS]   (from the repository root; needs python3, node and npm, and GNU time at /usr/bin/time)
# How the costs grow with the file (100,000 to 10,000,000 rows), beside DuckDB: scripts/perf/scale.sh.
# Everything is written under a temporary directory that is removed at the end.
set -euo pipefail
rows="${1:-1000000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/wsp-perf.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build -c Release "$root/src/Wsp.Cli" -v quiet -nologo >/dev/null
wsp=(dotnet "$root/src/Wsp.Cli/bin/Release/net10.0/Wsp.Cli.dll")

echo "== generating $rows rows"
python3 "$root/scripts/perf/generate-placements.py" "$rows" "$work/placements.csv"
ls -l "$work/placements.csv" | awk '{print "   " $5 " bytes"}'

measure() { # label, command...: wall seconds, user+sys seconds, peak RSS from GNU time
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r wall user sys rss < "$work/time"
  printf '%-40s wall %6.2f s  cpu %6.2f s  peak RSS %4d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
  sed 's/^/   /' "$work/out" | tail -2
}

cd "$work"
# Rule L2: the generated rows name ARR-000…ARR-039 (~5 %); the import refuses them unless those arrangements exist
# and the row's region joined, so the demo first makes the 40 arrangements, each joined by all 35 regions.
"${wsp[@]}" demo --arrangements 40 --placements 0 > demo.out || { cat demo.out; exit 1; }
measure "import placements ($rows rows)" "${wsp[@]}" import placements placements.csv
# The peer of issue 20: DuckDB's aggregate over the same CSV (npm, installed here), its query time in process.
(cd "$root/scripts/perf/duckdb" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
echo "DuckDB aggregate of the file: $(node "$root/scripts/perf/duckdb/aggregate.mjs" placements.csv); of 2025: $(node "$root/scripts/perf/duckdb/aggregate.mjs" placements.csv year 2025)"
for run in 1 2 3; do
  measure "extract job-agreement --at 2025-12-31 #$run" "${wsp[@]}" extract job-agreement --at 2025-12-31 --out ja
  measure "extract placements 2025 #$run" "${wsp[@]}" extract placements --from 2025-01-01 --to 2025-12-31 --out pl
done
measure "verify" "${wsp[@]}" verify ja
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
