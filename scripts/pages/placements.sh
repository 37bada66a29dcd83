#!/usr/bin/env bash
# One page of the gateway's `placements` connection over 1,000,000 placements on the embedded store (docs/storage.md,
# "Placements as a list"): builds Release, generates the placements file (scripts/perf/generate-placements.py, seed
# 20151400), imports it with `wsp import placements` (timed), starts the gateway and times pages with curl (3 warm-up
# calls, then median and max of 10): the first page and a page half-way through, nationally (UWV) and for one
# municipality (Amsterdam, AM18), with and without totalCount.
# Usage (from the repository root): scripts/pages/placements.sh      ROWS=…, RUNS=…, PORT=…, DB=existing.db to skip the import
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ROWS="${ROWS:-1000000}" RUNS="${RUNS:-10}" WARMUP="${WARMUP:-3}" PORT="${PORT:-5193}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
work="$(mktemp -d "${TMPDIR:-/tmp}/wsp-pages.XXXXXX")"
gateway_pid=""
cleanup() {
    if [[ -n "$gateway_pid" ]]; then kill "$gateway_pid" 2>/dev/null || true; wait "$gateway_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== machine: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build -c Release -v quiet -nologo "$root/src/Wsp.Cli" >/dev/null
dotnet build -c Release -v quiet -nologo "$root/src/Wsp.Gateway" >/dev/null
export Wsp__Auth__Mode=development
wsp=(dotnet "$root/src/Wsp.Cli/bin/Release/net10.0/Wsp.Cli.dll")
db="${DB:-$work/wsp.db}"
export Wsp__Sqlite__Path="$db"
csv="$work/placements.csv"
python3 "$root/scripts/perf/generate-placements.py" "$ROWS" "$csv"
if [[ -z "${DB:-}" ]]; then
    # Rule L2: the generated rows name ARR-000…ARR-039 (~5 %); the import refuses them unless those arrangements exist
    # and the row's region joined, so the demo first makes the 40 arrangements, each joined by all 35 regions.
    "${wsp[@]}" demo --arrangements 40 --placements 0 | tail -1
    start=$(date +%s.%N)
    "${wsp[@]}" import placements "$csv" | tail -1
    echo "   import took $(echo "$(date +%s.%N) - $start" | bc) s"
fi

# Cursors half-way through the list (start date, then id), nationally and within AM18 (Amsterdam's region; the
# generator's municipality column decides the region, so the AM18 cursor is any Amsterdam-region row's position).
read -r national amsterdam < <(python3 - "$csv" <<'PY'
import base64, csv, sys
rows = sorted((r["start_date"], r["placement_id"], r["municipality_code"]) for r in csv.DictReader(open(sys.argv[1], newline="")))
ams = [r for r in rows if r[2] == "GM0363"]
cursor = lambda r: base64.b64encode(f"t:{r[0]}:{r[1]}".encode()).decode()
print(cursor(rows[len(rows) // 2]), cursor(ams[len(ams) // 2]))
PY
)
uwv="$("${wsp[@]}" token --partner UWV --hours 2 | tail -1)"
gm0363="$("${wsp[@]}" token --partner GM0363 --hours 2 | tail -1)"

ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet "$root/src/Wsp.Gateway/bin/Release/net10.0/Wsp.Gateway.dll" --urls "http://127.0.0.1:$PORT" >"$work/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 1 150); do curl -sS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null && break; sleep 0.2; done

post() { # token query -> writes the answer to $work/answer, prints seconds
    curl -sS -o "$work/answer" -w '%{time_total}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
        --data "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$2")" "http://127.0.0.1:$PORT/graphql"
}

fields='edges { cursor node { id start end hoursPerWeek region { code } } } pageInfo { hasNextPage endCursor }'
declare -a names tokens queries
add() { names+=("$1"); tokens+=("$2"); queries+=("$3"); }
add "UWV, first page of 100"                        "$uwv"    "{ placements(first: 100) { $fields } }"
add "UWV, page of 100 half-way"                     "$uwv"    "{ placements(first: 100, after: \"$national\") { $fields } }"
add "UWV, page of 100 half-way, with totalCount"    "$uwv"    "{ placements(first: 100, after: \"$national\") { totalCount $fields } }"
add "GM0363 (AM18), page of 100 half-way"           "$gm0363" "{ placements(first: 100, after: \"$amsterdam\") { $fields } }"
add "GM0363 (AM18), page half-way, with totalCount" "$gm0363" "{ placements(first: 100, after: \"$amsterdam\") { totalCount $fields } }"
add "UWV, 2025 only, first page of 100"             "$uwv"    "{ placements(first: 100, from: \"2025-01-01\", to: \"2025-12-31\") { $fields } }"

echo "== $(date -u +%FT%TZ), load before: $(cut -d' ' -f1-3 /proc/loadavg); $WARMUP warm-up + $RUNS timed calls per query"
printf '| %-48s | %9s | %9s | %9s |\n' "query" "median s" "max s" "bytes"
for i in "${!names[@]}"; do
    for _ in $(seq 1 "$WARMUP"); do post "${tokens[$i]}" "${queries[$i]}" >/dev/null; done
    if grep -q '"errors"' "$work/answer"; then echo "${names[$i]}: $(head -c 400 "$work/answer")" >&2; exit 1; fi
    times=()
    for _ in $(seq 1 "$RUNS"); do times+=("$(post "${tokens[$i]}" "${queries[$i]}")"); done
    sorted=$(printf '%s\n' "${times[@]}" | sort -g)
    median=$(echo "$sorted" | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
    printf '| %-48s | %9.3f | %9.3f | %9d |\n' "${names[$i]}" "$median" "$(echo "$sorted" | tail -1)" "$(stat -c %s "$work/answer")"
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
