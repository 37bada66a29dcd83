#!/usr/bin/env bash
# Management information over 1,000,000 placements (issue 7, item 7): every MI query answers in <= 1 s on the embedded
# SQLite store, end to end over HTTP. Builds Release, generates the placements file (scripts/perf/generate-placements.py,
# seed 20151400), adds the demo workflow (an employer, vacancies, a booked placement per region, and the national
# arrangements ARR-000…ARR-039 every region joined, rule L2), imports the file with the wsp tool, starts the gateway
# (Production environment, Wsp:Auth:Mode development so `wsp token` can sign a ministry and a national desk token), and times each query with curl: WARMUP calls first, then RUNS timed calls; prints median and max per query.
#
#   scripts/perf/mi.sh                 # 1,000,000 rows, 3 warm-up calls, 10 timed calls per query
#   ROWS=100000 RUNS=5 scripts/perf/mi.sh
#   DB=/path/wsp.db scripts/perf/mi.sh # reuse a file already loaded by an earlier run (KEEP=1 keeps it)
#   EMPLOYERS=0 scripts/perf/mi.sh     # every placement's employer drawn on its own (generate-placements.py --employers)
#   EXECUTION_TIMEOUT=00:05:00 KEEP_GOING=1 scripts/perf/mi.sh   # measure figures beyond the gateway's 10 s limit;
#                                      # a query that still fails prints its error code in the table instead of stopping
#
# Needs: python3, curl, the .NET SDK. Everything is written under a temporary directory removed at the end (unless
# KEEP=1); the gateway it starts is stopped on exit. Traffic goes to 127.0.0.1 only.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ROWS="${ROWS:-1000000}" RUNS="${RUNS:-10}" WARMUP="${WARMUP:-3}" PORT="${PORT:-5191}" KEEP="${KEEP:-0}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
work="$(mktemp -d "${TMPDIR:-/tmp}/wsp-mi.XXXXXX")"
gateway_pid=""
cleanup() {
    if [[ -n "$gateway_pid" ]]; then kill "$gateway_pid" 2>/dev/null || true; wait "$gateway_pid" 2>/dev/null || true; fi
    if [[ "$KEEP" == 1 ]]; then echo "kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build -c Release -v quiet -nologo "$root/src/Wsp.Cli" >/dev/null
dotnet build -c Release -v quiet -nologo "$root/src/Wsp.Gateway" >/dev/null
export Wsp__Auth__Mode=development
if [[ -n "${EXECUTION_TIMEOUT:-}" ]]; then export Wsp__Gateway__ExecutionTimeout="$EXECUTION_TIMEOUT"; fi
wsp=(dotnet "$root/src/Wsp.Cli/bin/Release/net10.0/Wsp.Cli.dll")

db="${DB:-$work/wsp.db}"
export Wsp__Sqlite__Path="$db"
if [[ -z "${DB:-}" ]]; then
    echo "== generating $ROWS placements and importing them"
    python3 "$root/scripts/perf/generate-placements.py" "$ROWS" "$work/placements.csv" ${EMPLOYERS:+--employers "$EMPLOYERS"}
    # Rule L2: the generated rows name ARR-000…ARR-039 (~5 %); the import refuses them unless those arrangements exist
    # and the row's region joined, so the demo first makes the 40 arrangements, each joined by all 35 regions.
    "${wsp[@]}" demo --arrangements 40 --placements 0 | tail -1
    start=$(date +%s.%N)
    "${wsp[@]}" import placements "$work/placements.csv" | tail -1
    echo "   import took $(echo "$(date +%s.%N) - $start" | bc) s"
fi
# extra-jobs/1 needs a baseline (nulmeting): one per region and employer kind, for every region of the latest year in the
# shipped municipality data (src/Wsp.Sdk/Data/cbs-municipalities.csv), generated (1,000 market and 400 government jobs
# each), imported as a partner's file would be (into a reused file too: a new version, the same table).
python3 - "$root/src/Wsp.Sdk/Data/cbs-municipalities.csv" >"$work/baseline.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
latest = max(int(r["year"]) for r in rows)
print("region_code,employer_kind,jobs")
for code in sorted({r["region_code"] for r in rows if int(r["year"]) == latest}):
    print(f"{code},MARKET,1000")
    print(f"{code},GOVERNMENT,400")
PY
"${wsp[@]}" import baseline "$work/baseline.csv" | tail -1
# A regional project of Delft (AM21): forty employers of the file's Delft placements, 2016-2021.
csv="$(dirname "$db")/placements.csv"
kvks=""
if [[ -f "$csv" ]]; then
    kvks=$(awk -F, '$4 == "GM0503" && !seen[$3]++ && n++ < 40 { printf "%s\"%s\"", (n > 1 ? "," : ""), $3 }' "$csv")
fi
declare -A tokens
tokens[MINISTRY]="$("${wsp[@]}" token --partner MINISTRY --hours 2 | tail -1)"
tokens[NATIONAL_DESK]="$("${wsp[@]}" token --partner NATIONAL_DESK --hours 2 | tail -1)"

ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet "$root/src/Wsp.Gateway/bin/Release/net10.0/Wsp.Gateway.dll" --urls "http://127.0.0.1:$PORT" >"$work/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 1 150); do curl -sS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null && break; sleep 0.2; done

post() { # query partner -> writes the answer to $work/answer, prints seconds
    curl -sS -o "$work/answer" -w '%{time_total}' -H "Authorization: Bearer ${tokens[$2]}" -H 'Content-Type: application/json' \
        --data "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$1")" "http://127.0.0.1:$PORT/graphql"
}

declare -a names queries partners
add() { names+=("$1"); queries+=("$2"); partners+=("${3:-MINISTRY}"); } # name query [partner, default MINISTRY]
# The cursor of the 200,000th group (the cursors are opaque to partners; the script knows their offset form).
after200k="$(printf 'o:199999' | base64)"
add "placementsFlow 2025 by region, sector"         '{ placementsFlow(from: "2025-01-01", to: "2025-12-31", by: [REGION, SECTOR]) { total groups { items { region sectorCode placements } } } }'
add "placementsFlow 2025 AM21 by sector" '{ placementsFlow(from: "2025-01-01", to: "2025-12-31", region: "AM21", by: [SECTOR]) { total groups { items { sectorCode placements } } } }'
add "placementsFlow 2025 AM21 by sector, partner, target group (national desk)" '{ placementsFlow(from: "2025-01-01", to: "2025-12-31", region: "AM21", by: [SECTOR, PARTNER, TARGET_GROUP]) { total groups { items { sectorCode partner targetGroup placements } } } }' NATIONAL_DESK
add "placementsFlow 2025 by region, arrangement"      '{ placementsFlow(from: "2025-01-01", to: "2025-12-31", by: [REGION, ARRANGEMENT]) { total groups { items { region arrangementId placements } } } }'
add "placementsFlow 2015-2026 by region, arrangement (national desk)" '{ placementsFlow(from: "2015-01-01", to: "2026-12-31", by: [REGION, ARRANGEMENT]) { total groups { items { region arrangementId placements } } } }' NATIONAL_DESK
add "placementsFlow 2025 AM21 by employer"          '{ placementsFlow(from: "2025-01-01", to: "2025-12-31", region: "AM21", by: [EMPLOYER]) { total groups { items { employerKvk placements } } } }'
add "jobAgreementJobs 2025-12-31"                   '{ jobAgreementJobs(date: "2025-12-31") { jobs workingPersons groups { region employerKind jobs } } }'
add "jobAgreementJobs 2025-12-31 AM21"              '{ jobAgreementJobs(date: "2025-12-31", region: "AM21") { jobs workingPersons } }'
add "jobAgreementBreakdown 2025-12-31 by sector"     '{ jobAgreementBreakdown(at: "2025-12-31", by: [SECTOR]) { jobs workingPersons groups { items { sectorCode jobs workingPersons } } } }'
add "jobAgreementBreakdown 2025-12-31 by sector, partner (national desk)" '{ jobAgreementBreakdown(at: "2025-12-31", by: [SECTOR, PARTNER]) { jobs workingPersons groups { items { sectorCode partner jobs workingPersons } } } }' NATIONAL_DESK
add "jobAgreementBreakdown 2025-12-31 AM21 by employer" '{ jobAgreementBreakdown(at: "2025-12-31", region: "AM21", by: [EMPLOYER]) { jobs workingPersons groups { items { employerKvk jobs workingPersons } } } }'
add "jobAgreementBreakdown 2025-12-31 by region, employer" '{ jobAgreementBreakdown(at: "2025-12-31", by: [REGION, EMPLOYER]) { jobs workingPersons groups { totalCount pageInfo { hasNextPage endCursor } items { region employerKvk jobs workingPersons } } } }'
add "  the same, national desk (first page of 10,000)" '{ jobAgreementBreakdown(at: "2025-12-31", by: [REGION, EMPLOYER]) { jobs workingPersons groups { totalCount pageInfo { hasNextPage endCursor } items { region employerKvk jobs workingPersons } } } }' NATIONAL_DESK
add "  the same, national desk, the page after group 200,000" "{ jobAgreementBreakdown(at: \"2025-12-31\", by: [REGION, EMPLOYER]) { jobs workingPersons groups(after: \"$after200k\") { totalCount pageInfo { hasNextPage endCursor } items { region employerKvk jobs workingPersons } } } }" NATIONAL_DESK
add "jobAgreementBreakdown 2025-12-31 by sector, employer, partner" '{ jobAgreementBreakdown(at: "2025-12-31", by: [SECTOR, EMPLOYER, PARTNER]) { jobs workingPersons groups { totalCount items { sectorCode employerKvk partner jobs workingPersons } } } }' NATIONAL_DESK
add "placementsFlow 2025 by employer (national desk)"   '{ placementsFlow(from: "2025-01-01", to: "2025-12-31", by: [EMPLOYER]) { total groups { totalCount items { employerKvk placements } } } }' NATIONAL_DESK
# Beyond the issue's figures (H4–H6, H10, L5): the flow by employer over all twelve years, nationally: every employer of
# the file. With EMPLOYERS=0 nearly every placement has its own (~995,000 groups over 1,000,000 rows, 9,016,010 over
# 10,000,000), the worst case of any grouping.
add "placementsFlow 2015-2026 by employer (national desk)" '{ placementsFlow(from: "2015-01-01", to: "2026-12-31", by: [EMPLOYER]) { total groups { totalCount items { employerKvk placements } } } }' NATIONAL_DESK
add "arrangementMonitoring 2025"                    '{ arrangementMonitoring(from: "2025-01-01", to: "2025-12-31") { arrangements { arrangementId placements regions { region placements } } } }'
add "ambitionRealisation AM21 2015"                 '{ ambitionRealisation(region: "AM21", year: 2015) { totalAmbition totalRealised outsideTable cells { sectorCode partner ambition realised } } }'
add "lateVacancyRegistrations 2026"                 '{ lateVacancyRegistrations(from: "2026-01-01", to: "2026-12-31") { regions { region registered late } } }'
add "extraJobs 2025-12-31"                          '{ extraJobs(at: "2025-12-31") { jobs extraJobs groups { region employerKind jobs extraJobs } } }'
add "extraJobs 2025-12-31 (national desk)"          '{ extraJobs(at: "2025-12-31") { jobs extraJobs groups { region employerKind jobs extraJobs } } }' NATIONAL_DESK
add "placementDurability 2024 by region"            '{ placementDurability(from: "2024-01-01", to: "2024-12-31", measuringDate: "2025-12-31", by: [REGION]) { total { started runningAtSixMonths runningAtTwelveMonths } groups { region started shareRunningAtSixMonths shareRunningAtTwelveMonths } } }'
add "placementDurability 2024 AM21 by sector"       '{ placementDurability(from: "2024-01-01", to: "2024-12-31", measuringDate: "2025-12-31", region: "AM21", by: [SECTOR]) { total { started } groups { sectorCode started shareRunningAtTwelveMonths } } }'
add "placementDurability 2015-2024 by region, sector, target group, partner (national desk)" '{ placementDurability(from: "2015-01-01", to: "2024-12-31", measuringDate: "2025-12-31", by: [REGION, SECTOR, TARGET_GROUP, PARTNER]) { total { started } groups { region started } } }' NATIONAL_DESK
if [[ -n "$kvks" ]]; then
    add "regionalProjectPlacements AM21, 40 employers (national desk: no what-ifs for the ministry)" "{ regionalProjectPlacements(projects: [{ id: \"P-1\", name: \"Delft employers\", region: \"AM21\", from: \"2016-01-01\", to: \"2021-12-31\", employerKvks: [$kvks] }]) { projectId placements } }" NATIONAL_DESK
fi

echo "== $(date -u +%FT%TZ), load before: $(cut -d' ' -f1-3 /proc/loadavg); $WARMUP warm-up + $RUNS timed calls per query"
printf '| %-58s | %9s | %9s | %9s |\n' "query" "median s" "max s" "bytes"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "-----------" "-----------" "-----------"
for i in "${!names[@]}"; do
    for _ in $(seq 1 "$WARMUP"); do post "${queries[$i]}" "${partners[$i]}" >/dev/null; done
    times=()
    for _ in $(seq 1 "$RUNS"); do times+=("$(post "${queries[$i]}" "${partners[$i]}")"); done
    # Checked after the timed calls, so WARMUP=0 checks this query's answer too (not a missing or the previous one).
    if grep -q '"errors"' "$work/answer"; then
        echo "${names[$i]}: $(head -c 400 "$work/answer")" >&2
        if [[ "${KEEP_GOING:-0}" != 1 ]]; then exit 1; fi
        code=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["errors"][0].get("extensions", {}).get("code", "error"))' "$work/answer" 2>/dev/null || echo error)
        printf '| %-58s | %9s | %9s | %9s |\n' "${names[$i]}" "$code" "" ""
        continue
    fi
    sorted=$(printf '%s\n' "${times[@]}" | sort -g)
    median=$(echo "$sorted" | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
    max=$(echo "$sorted" | tail -1)
    printf '| %-58s | %9.3f | %9.3f | %9d |\n' "${names[$i]}" "$median" "$max" "$(stat -c %s "$work/answer")"
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
