#!/usr/bin/env bash
# Cold start of the gateway (issue 20, item 5): from the process start to the first answered query (a reference query,
# then an authorised one as UWV, its token validated as in production), and to steady throughput, for the gateway as
# published by default (JIT, tiered compilation) and published ReadyToRun. Each variant is started RUNS times on a file
# filled by `wsp demo`; the gateway runs on CPU 0 and the probe (cold-start.mjs, Node.js) on CPU 1.
#
#   scripts/perf/cold-start.sh              # 5 starts per variant, 10 s of sequential queries after each first answer
#   RUNS=3 SECONDS_AFTER=5 scripts/perf/cold-start.sh
#
# Needs: the .NET SDK (ReadyToRun needs the Crossgen2 and runtime packs, restored from the machine's package source),
# Node.js 20+, taskset, python3. Everything is written under a temporary directory removed at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${RUNS:-5}" SECONDS_AFTER="${SECONDS_AFTER:-10}" PORT="${PORT:-5201}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
work="$(mktemp -d -t wsp-cold-XXXXXX)"
gateway_pid=""
cleanup() {
    if [[ -n "$gateway_pid" ]]; then kill "$gateway_pid" 2>/dev/null || true; wait "$gateway_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "Publishing the gateway (JIT and ReadyToRun) and building the tool..." >&2
dotnet publish -c Release -v q -nologo "$root/src/Wsp.Gateway/Wsp.Gateway.csproj" -o "$work/jit" >&2
dotnet publish -c Release -v q -nologo "$root/src/Wsp.Gateway/Wsp.Gateway.csproj" -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$work/r2r" >&2
dotnet build -c Release -v q -nologo "$root/src/Wsp.Cli/Wsp.Cli.csproj" >&2

# As the load script: production, a throw-away signing key, the tool (development mode) signs UWV's token.
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export Wsp__Auth__SigningKey="$(head -c 32 /dev/urandom | base64)" Wsp__Sqlite__Path="$work/wsp.db"
export Wsp__Gateway__RateLimit__PermitsPerSecond=1000000 Wsp__Gateway__RateLimit__Burst=1000000
wsp() { dotnet "$root/src/Wsp.Cli/bin/Release/net10.0/Wsp.Cli.dll" "$@"; }
wsp demo >&2
token="$(Wsp__Auth__Mode=development wsp token --partner UWV --hours 4)"

echo "== $(date -u +%FT%TZ), load before: $(cut -d' ' -f1-3 /proc/loadavg); $RUNS starts per variant, ${SECONDS_AFTER} s of queries after each"
printf '| variant | run | first reference answer ms | first authorised answer ms | steady after ms | steady req/s (sequential, one client) |\n| --- | ---: | ---: | ---: | ---: | ---: |\n'
for variant in jit r2r; do
    for run in $(seq 1 "$RUNS"); do
        started=$(date +%s%3N)
        taskset -c 0 dotnet "$work/$variant/Wsp.Gateway.dll" --urls "http://127.0.0.1:$PORT" >"$work/gateway.log" 2>&1 &
        gateway_pid=$!
        result="$(taskset -c 1 node "$root/scripts/perf/cold-start.mjs" --url "http://127.0.0.1:$PORT" --started "$started" --token "$token" --seconds "$SECONDS_AFTER")"
        kill "$gateway_pid"; wait "$gateway_pid" 2>/dev/null || true; gateway_pid=""
        python3 -c 'import json,sys; r=json.loads(sys.argv[3]); print("| %s | %s | %s | %s | %s | %s |" % (sys.argv[1], sys.argv[2], r["firstReference"], r["firstAuthorised"], r["steady"], r["steadyPerSecond"]))' "$variant" "$run" "$result"
    done
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
