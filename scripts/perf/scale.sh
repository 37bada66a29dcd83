#!/usr/bin/env bash
# How the wsp tool's costs grow with the number of placements (issue 20, items 3 and 4), on the embedded SQLite store:
# for each size, a generated Placements CSV v1 file (generate-placements.py, seed 20151400) is imported into a fresh
# file, and the script reports in one run, the same way at every size:
#   - the import: wall, CPU, peak RSS (GNU time), and its ratio to DuckDB's aggregate over the same CSV (the peer:
#     @duckdb/node-api from npm, installed here; its query time in process, the runtime's start not counted);
#   - the SQLite file's size after the import;
#   - the year's placements extract, for the national desk and for the ministry (whole process, median of 3), and its
#     ratio to DuckDB's aggregate of the same year over the CSV;
#   - every management-information figure of mi.sh (end to end over HTTP, against the imported file).
#
#   scripts/perf/scale.sh                          # 100,000, 1,000,000 and 10,000,000 placements
#   scripts/perf/scale.sh 100000 1000000           # the sizes to run
#   MI=0 scripts/perf/scale.sh 10000000            # the import, file size and extracts only
#   MI_RUNS=5 MI_WARMUP=1 scripts/perf/scale.sh    # calls per figure (defaults 5 timed after 1 warm-up)
#   TOOL=build scripts/perf/scale.sh               # time the build output (JIT) instead of the installed tool
#   EMPLOYERS=0 scripts/perf/scale.sh              # every placement's employer drawn on its own (the generator's worst
#                                                  # case, the files before its employer pool of 100,000)
#
# The import and the extracts are timed with the wsp tool as shipped: scripts/install-tool.sh packs it and installs this
# machine's RID-specific ReadyToRun package into artifacts/tools (about two minutes, once per run).
#
# Needs python3, node and npm, GNU time at /usr/bin/time, curl (for the figures), the .NET SDK, and free disk for the
# largest file (10,000,000 rows: a 1.1 GB CSV and a 1.4 GB SQLite file). Everything is written under a temporary
# directory removed at the end (KEEP=1 keeps it).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/scripts/perf"
MI="${MI:-1}" MI_RUNS="${MI_RUNS:-5}" MI_WARMUP="${MI_WARMUP:-1}" KEEP="${KEEP:-0}" TOOL="${TOOL:-installed}"
sizes=("$@")
if [[ ${#sizes[@]} -eq 0 ]]; then sizes=(100000 1000000 10000000); fi
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
work="$(mktemp -d "${TMPDIR:-/tmp}/wsp-scale.XXXXXX")"
cleanup() { if [[ "$KEEP" == 1 ]]; then echo "kept: $work" >&2; else rm -rf "$work"; fi; }
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== $(date -u +%FT%TZ) machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(load)"
if [[ "$TOOL" == installed ]]; then
    # The tool as a partner gets it: packed (this machine's RID-specific ReadyToRun package) and installed from the package.
    bash "$root/scripts/install-tool.sh" >"$work/install-tool.log" 2>&1 || { cat "$work/install-tool.log"; exit 1; }
    grep 'PE machine' "$work/install-tool.log" | sed 's/^/   /'
    wsp=("$root/artifacts/tools/wsp")
else
    dotnet build -c Release -v quiet -nologo "$root/src/Wsp.Cli" >/dev/null
    wsp=(dotnet "$root/src/Wsp.Cli/bin/Release/net10.0/Wsp.Cli.dll")
fi
(cd "$here/duckdb" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
duck() { node "$here/duckdb/aggregate.mjs" "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
timed() { # out-file command... -> "wall cpu rssMB"
    local out="$1"; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$out" 2>&1 || { cat "$out"; exit 1; }
    read -r wall user sys rss <"$work/time"
    echo "$wall $(echo "$user + $sys" | bc) $((rss / 1024))"
}

summary=()
for rows in "${sizes[@]}"; do
    dir="$work/$rows"; mkdir -p "$dir"; cd "$dir"
    echo "== $rows placements: generating ($(load))"
    python3 "$here/generate-placements.py" "$rows" placements.csv ${EMPLOYERS:+--employers "$EMPLOYERS"}
    csv_mb=$(( $(stat -c %s placements.csv) / 1000000 ))
    # Rule L2: the rows name ARR-000…ARR-039 (~5 %), so the 40 arrangements exist first, each joined by every region.
    "${wsp[@]}" demo --arrangements 40 --placements 0 >demo.out
    before="$(load)"
    read -r import_wall import_cpu import_rss <<<"$(timed import.out "${wsp[@]}" import placements placements.csv)"
    tail -1 import.out | sed 's/^/   /'
    duck_all=$(median "$(duck placements.csv)" "$(duck placements.csv)" "$(duck placements.csv)")
    db_mb=$(( $(stat -c %s wsp.db) / 1000000 ))
    wal_mb=$(( $( [[ -f wsp.db-wal ]] && stat -c %s wsp.db-wal || echo 0) / 1000000 ))
    desk=(); ministry=()
    for _ in 1 2 3; do
        desk+=("$(timed extract.out "${wsp[@]}" extract placements --from 2025-01-01 --to 2025-12-31 --out desk | cut -d' ' -f1)")
        ministry+=("$(timed extract.out "${wsp[@]}" extract placements --from 2025-01-01 --to 2025-12-31 --for ministry --out ministry | cut -d' ' -f1)")
    done
    duck_year=$(median "$(duck placements.csv year 2025)" "$(duck placements.csv year 2025)" "$(duck placements.csv year 2025)")
    desk_s=$(median "${desk[@]}"); ministry_s=$(median "${ministry[@]}")
    ratio() { python3 -c "print(f'{$1 / $2:.1f}×')"; }
    echo "   import ${import_wall} s wall (${import_cpu} s CPU, peak RSS ${import_rss} MB); DuckDB ${duck_all} s: $(ratio "$import_wall" "$duck_all"); SQLite file ${db_mb} MB (WAL ${wal_mb} MB); load ${before} → $(load)"
    echo "   extract placements 2025: ${desk_s} s, for the ministry ${ministry_s} s; DuckDB ${duck_year} s: $(ratio "$desk_s" "$duck_year") / $(ratio "$ministry_s" "$duck_year")"
    summary+=("| $(python3 -c "print(f'{$rows:,}')") | ${csv_mb} MB | ${import_wall} s (${import_cpu} s CPU) | ${import_rss} MB | ${duck_all} s | $(ratio "$import_wall" "$duck_all") | ${db_mb} MB | ${desk_s} / ${ministry_s} s | ${duck_year} s | $(ratio "$ministry_s" "$duck_year") |")
    if [[ "$MI" == 1 ]]; then
        # Past the gateway's default 10 s limit, so a slow figure is measured, not cut off.
        DB="$dir/wsp.db" RUNS="$MI_RUNS" WARMUP="$MI_WARMUP" EXECUTION_TIMEOUT="${EXECUTION_TIMEOUT:-00:05:00}" KEEP_GOING=1 \
            "$here/mi.sh" 2>/dev/null | sed 's/^/   /'
    fi
done

echo "== summary ($(date -u +%FT%TZ), load $(load))"
echo "| placements | CSV | import (wall, CPU) | peak RSS | DuckDB aggregate | import ÷ DuckDB | SQLite file | extract placements 2025 (desk / ministry) | DuckDB, that year | extract ÷ DuckDB |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${summary[@]}"
