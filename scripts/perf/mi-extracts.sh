#!/usr/bin/env bash
# The wsp tool's management-information extracts (issue 7) over a generated Placements CSV v1 file on SQLite:
# wall time and peak memory of each `wsp extract <figure>` once the placements are imported.
# Usage: scripts/perf/mi-extracts.sh [ROWS]   (from the repository root; needs python3 and GNU time at /usr/bin/time)
# Everything is written under a temporary directory that is removed at the end.
set -euo pipefail
rows="${1:-1000000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/wsp-perf-mi.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== machine: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build -c Release "$root/src/Wsp.Cli" -v quiet -nologo >/dev/null
wsp=(dotnet "$root/src/Wsp.Cli/bin/Release/net10.0/Wsp.Cli.dll")
python3 "$root/scripts/perf/generate-placements.py" "$rows" "$work/placements.csv"

measure() { # label, command...: wall seconds and peak RSS from GNU time
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r wall rss < "$work/time"
  printf '%-72s wall %6.2f s  peak RSS %4d MB\n' "$label" "$wall" "$((rss / 1024))"
}

cd "$work"
# Rule L2: the generated rows name ARR-000…ARR-039 (~5 %); the import refuses them unless those arrangements exist
# and the row's region joined, so the demo first makes the 40 arrangements, each joined by all 35 regions.
"${wsp[@]}" demo --arrangements 40 --placements 0 > demo.out || { cat demo.out; exit 1; }
measure "import placements ($rows rows)" "${wsp[@]}" import placements placements.csv
printf 'project_id,name,region_code,from,to,employer_kvks,vacancy_ids\nRP-1,Haven,AM21,2020-01-01,2025-12-31,,V0000001;V0000002\nRP-2,Zorg,AM21,2015-01-01,2025-12-31,12345678;23456789,\n' > projects.csv
for run in 1 2; do
  measure "arrangement-monitoring 2015-2026 #$run" "${wsp[@]}" extract arrangement-monitoring --from 2015-01-01 --to 2026-12-31 --out am
  measure "ambition-realisation AM21 2015 #$run" "${wsp[@]}" extract ambition-realisation --region AM21 --year 2015 --out ar
  measure "job-agreement-breakdown 2025-12-31 by sector,partner #$run" "${wsp[@]}" extract job-agreement-breakdown --at 2025-12-31 --by sector,partner --out jb
  measure "job-agreement-breakdown 2025-12-31 by sector,employer,partner #$run" "${wsp[@]}" extract job-agreement-breakdown --at 2025-12-31 --by sector,employer,partner --out jbe
  measure "job-agreement-breakdown ... --region AM21 --for ministry #$run" "${wsp[@]}" extract job-agreement-breakdown --at 2025-12-31 --by sector,employer,partner --region AM21 --for ministry --out jbm
  measure "late-vacancies 2025 #$run" "${wsp[@]}" extract late-vacancies --from 2025-01-01 --to 2025-12-31 --out lv
  measure "regional-projects --projects (2 projects, AM21) #$run" "${wsp[@]}" extract regional-projects --projects projects.csv --out rp
done
measure "verify" "${wsp[@]}" verify jbe
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
