#!/usr/bin/env bash
# Load test of the gateway against a plain ASP.NET Core minimal-API endpoint that returns the same JSON bytes
# (benchmarks/Wsp.Gateway.Baseline), in one run: each server alone on CPU 0 (taskset -c 0), wrk on CPU 1
# (taskset -c 1), for each query a warm-up (default 30 s, the JIT's tiered PGO needs it) then a measured run.
# Prints a Markdown table: req/s, p50 and p99 latency, and the gateway/baseline ratio. See docs/performance.md.
#
#   scripts/load/run.sh                      # both queries, 50 connections, 30 s warm-up + 30 s measured
#   WARMUP=30 DURATION=30 CONNECTIONS=50 scripts/load/run.sh
#   DEFAULTS=1 scripts/load/run.sh           # also a second gateway with GraphQL.NET's defaults (no document cache,
#                                            # parallel strategy), to show what the gateway's settings gain
#   RESULT_CACHE=1 scripts/load/run.sh       # also a gateway with the result cache for public reference data on
#
# Needs: wrk (Debian package `wrk`: installed here with apt-get when missing and run as root), taskset, curl,
# sha256sum, the .NET SDK, 2 or more CPUs. Traffic goes to 127.0.0.1 only; every process it starts is stopped on exit.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
WARMUP="${WARMUP:-30}" DURATION="${DURATION:-30}" CONNECTIONS="${CONNECTIONS:-50}"
GATEWAY_PORT="${GATEWAY_PORT:-5181}" BASELINE_PORT="${BASELINE_PORT:-5182}" DEFAULTS_PORT="${DEFAULTS_PORT:-5183}"
DEFAULTS="${DEFAULTS:-0}" RESULT_CACHE="${RESULT_CACHE:-0}" CACHED_PORT="${CACHED_PORT:-5184}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if ! command -v wrk >/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "wrk is missing: installing Debian's wrk package" >&2
        apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    else
        echo "wrk is missing: install it (Debian: sudo apt-get install wrk) and run again." >&2
        exit 2
    fi
fi
[[ $(nproc) -ge 2 ]] || { echo "Needs 2 CPUs (server on CPU 0, wrk on CPU 1); this machine has $(nproc)." >&2; exit 2; }

work="$(mktemp -d -t wsp-load-XXXXXX)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "Building (Release)..." >&2
dotnet build -c Release -v q -nologo src/Wsp.Gateway/Wsp.Gateway.csproj >&2
dotnet build -c Release -v q -nologo benchmarks/Wsp.Gateway.Baseline/Wsp.Gateway.Baseline.csproj >&2

# Production settings, warnings only in the log (neither server logs a line per request then).
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
# Production refuses to start without a way to check tokens; the measured queries are public reference data, so a
# throw-away key serves (the bearer handler still runs on every request, as in production).
Wsp__Auth__SigningKey="$(head -c 32 /dev/urandom | base64)"
export Wsp__Auth__SigningKey
# wrk sends everything from one client address: the per-partner rate limit (on by default, docs/gateway-security.md)
# would cap exactly what this script measures, so it is off here.
export Wsp__Gateway__RateLimit__Enabled=false

wait_for() { # url
    # Any HTTP answer will do (a 404 too): the server listens.
    for _ in $(seq 1 100); do curl -sS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done
    echo "No answer from $1" >&2; return 1
}

start_gateway() { # port [setting=value...]
    local port="$1"; shift
    env Wsp__Sqlite__Path="$work/wsp-$port.db" "$@" taskset -c 0 dotnet src/Wsp.Gateway/bin/Release/net10.0/Wsp.Gateway.dll \
        --urls "http://127.0.0.1:$port" >"$work/gateway-$port.log" 2>&1 &
    pids+=($!)
    wait_for "http://127.0.0.1:$port/healthz"
}

start_baseline() {
    taskset -c 0 dotnet benchmarks/Wsp.Gateway.Baseline/bin/Release/net10.0/Wsp.Gateway.Baseline.dll \
        --responses "$work/responses" --urls "http://127.0.0.1:$BASELINE_PORT" >"$work/baseline.log" 2>&1 &
    pids+=($!)
}

body_of() { printf '{"query":%s}' "$(printf '%s' "$1" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))')"; }

# wrk on CPU 1; prints "req/s p50 p99" (latencies in ms).
measure() { # url body seconds
    WSP_BODY="$2" taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$3s" --latency -s scripts/load/post.lua "$1" >"$work/wrk.txt"
    if grep -q "Non-2xx" "$work/wrk.txt"; then cat "$work/wrk.txt" >&2; echo "Non-2xx answers" >&2; return 1; fi
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }' "$work/wrk.txt"
}

queries=('{ region(code:"AM21") { name } }' '{ regions { code name municipalities { code name } } }')

start_gateway "$GATEWAY_PORT"
servers=(baseline gateway)
if [[ $DEFAULTS == 1 ]]; then
    start_gateway "$DEFAULTS_PORT" Wsp__Gateway__Execution__DocumentCache=false Wsp__Gateway__Execution__QueryStrategy=parallel
    servers+=(gateway-defaults)
fi
if [[ $RESULT_CACHE == 1 ]]; then
    start_gateway "$CACHED_PORT" Wsp__Gateway__Execution__ResultCache=true
    servers+=(gateway-result-cache)
fi
mkdir -p "$work/responses"
for query in "${queries[@]}"; do
    key="$(printf '%s' "$query" | sha256sum | cut -c1-16)"
    curl -fsS -H 'Content-Type: application/json' --data "$(body_of "$query")" \
        "http://127.0.0.1:$GATEWAY_PORT/graphql" -o "$work/responses/$key.json"
    grep -q '"errors"' "$work/responses/$key.json" && { echo "The gateway answered errors for $query" >&2; exit 1; }
done
start_baseline
wait_for "http://127.0.0.1:$BASELINE_PORT/healthz"

echo
echo "| Query | Server | req/s | p50 ms | p99 ms | ratio |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
for query in "${queries[@]}"; do
    body="$(body_of "$query")"
    declare -A rps=()
    for server in "${servers[@]}"; do
        case $server in
            baseline) port=$BASELINE_PORT ;;
            gateway) port=$GATEWAY_PORT ;;
            gateway-defaults) port=$DEFAULTS_PORT ;;
            gateway-result-cache) port=$CACHED_PORT ;;
        esac
        url="http://127.0.0.1:$port/graphql"
        # Both must give the same bytes, or the comparison means nothing.
        curl -fsS -H 'Content-Type: application/json' --data "$body" "$url" -o "$work/check-$server.json"
        [[ $server == baseline ]] || cmp -s "$work/check-baseline.json" "$work/check-$server.json" \
            || { echo "The baseline's bytes differ from $server's" >&2; exit 1; }
        measure "$url" "$body" "$WARMUP" >/dev/null
        read -r r p50 p99 < <(measure "$url" "$body" "$DURATION")
        rps[$server]=$r
        ratio=$([[ $server != baseline ]] && awk -v g="$r" -v b="${rps[baseline]}" 'BEGIN { printf "%.2f", g / b }' || echo "1")
        echo "| \`$query\` | $server | $r | $p50 | $p99 | $ratio |"
    done
    echo "  ($(wc -c <"$work/check-gateway.json") bytes per response)" >&2
done
