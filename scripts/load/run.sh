#!/usr/bin/env bash
# Load test of the gateway as it starts by default against its peers, in one run and the same way (issue 20): a plain
# ASP.NET Core endpoint and a plain Node http server that send the gateway's own bytes, graphql-js 16 + graphql-http,
# and Fastify + Mercurius with graphql-jit. Each server alone on CPU 0 (taskset -c 0), wrk on CPU 1 (taskset -c 1);
# for each query and server a warm-up (default 30 s: the JIT's tiered PGO needs it) then a measured run. Prints a
# Markdown table (req/s, p50 and p99 latency, ratios to the peers) and the targets. See docs/performance.md (issue 20).
#
#   scripts/load/run.sh                      # 3 queries, 50 connections, 30 s warm-up + 30 s measured each
#   WARMUP=30 DURATION=30 CONNECTIONS=50 scripts/load/run.sh
#   UNCACHED=1 scripts/load/run.sh           # also a gateway with the result cache off (what execution costs)
#
# Needs: wrk (Debian package `wrk`: installed here with apt-get when missing and run as root), taskset, curl,
# sha256sum, python3, the .NET SDK, Node.js 20+ with npm (the peers are installed with `npm ci` from the committed
# lock, scripts/load/peers/package-lock.json), 2 or more CPUs. Traffic goes to 127.0.0.1 only; every process it starts
# is stopped on exit.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
WARMUP="${WARMUP:-30}" DURATION="${DURATION:-30}" CONNECTIONS="${CONNECTIONS:-50}" UNCACHED="${UNCACHED:-0}"
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
command -v node >/dev/null && command -v npm >/dev/null || { echo "Node.js and npm are needed for the peers." >&2; exit 2; }
[[ $(nproc) -ge 2 ]] || { echo "Needs 2 CPUs (server on CPU 0, wrk on CPU 1); this machine has $(nproc)." >&2; exit 2; }

work="$(mktemp -d -t wsp-load-XXXXXX)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "Building (Release) and installing the peers (npm ci)..." >&2
dotnet build -c Release -v q -nologo src/Wsp.Gateway/Wsp.Gateway.csproj >&2
dotnet build -c Release -v q -nologo src/Wsp.Cli/Wsp.Cli.csproj >&2
dotnet build -c Release -v q -nologo benchmarks/Wsp.Gateway.Baseline/Wsp.Gateway.Baseline.csproj >&2
(cd scripts/load/peers && npm ci --no-audit --no-fund --loglevel=error >&2)

# Production settings, warnings only in the log (no server logs a line per request then).
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
# Production needs a way to check tokens: a throw-away key, with which the tool (in development mode, the only mode in
# which it issues tokens) signs the UWV token of the authorised query. The gateway stays in production mode and
# validates that token as any other on every request (signature, issuer, audience, lifetime).
key="$(head -c 32 /dev/urandom | base64)"
export Wsp__Auth__SigningKey="$key" Wsp__Sqlite__Path="$work/wsp.db"
# wrk sends everything from one client address and one partner: the per-partner rate limit (on by default, 50 a second,
# docs/gateway-security.md) would cap exactly what this script measures. It stays on, with a rate it never reaches, so
# every request still passes the limiter as by default.
export Wsp__Gateway__RateLimit__PermitsPerSecond=1000000 Wsp__Gateway__RateLimit__Burst=1000000

wsp() { dotnet src/Wsp.Cli/bin/Release/net10.0/Wsp.Cli.dll "$@"; }
echo "Filling the store with the demo data (wsp demo)..." >&2
wsp demo >&2
token="$(Wsp__Auth__Mode=development wsp token --partner UWV --hours 4)"

wait_for() { # url
    # Any HTTP answer will do (a 404 too): the server listens.
    for _ in $(seq 1 150); do curl -sS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done
    echo "No answer from $1" >&2; return 1
}

declare -A port_of=()
next_port="${BASE_PORT:-5181}"
start() { # name command...
    local name="$1"; shift
    port_of[$name]=$next_port
    next_port=$((next_port + 1))
    taskset -c 0 "$@" >"$work/$name.log" 2>&1 &
    pids+=($!)
}
start_gateway() { # name [setting=value...]
    local name="$1"; shift
    start "$name" env "$@" dotnet src/Wsp.Gateway/bin/Release/net10.0/Wsp.Gateway.dll --urls "http://127.0.0.1:$next_port"
    wait_for "http://127.0.0.1:${port_of[$name]}/healthz"
}

body_of() { printf '{"query":%s}' "$(printf '%s' "$1" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))')"; }

small='{ region(code:"AM29") { name } }'
big='{ regions { code name municipalities { code name } } }'
authorised='{ vacancies(first: 20) { edges { node { id title region { code name } employer { name } } } } }'
queries=("$small" "$big" "$authorised")

start_gateway gateway
servers=(gateway)
if [[ $UNCACHED == 1 ]]; then
    start_gateway gateway-uncached Wsp__Gateway__Execution__ResultCache=false
    servers+=(gateway-uncached)
fi

# The gateway's answers, which the plain servers send byte for byte and the GraphQL peers must equal.
mkdir -p "$work/responses"
for query in "${queries[@]}"; do
    key="$(printf '%s' "$query" | sha256sum | cut -c1-16)"
    curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $token" --data "$(body_of "$query")" \
        "http://127.0.0.1:${port_of[gateway]}/graphql" -o "$work/responses/$key.json"
    grep -q '"errors"' "$work/responses/$key.json" && { cat "$work/responses/$key.json" >&2; echo "The gateway answered errors for $query" >&2; exit 1; }
done
grep -q '"employer":{"name"' "$work/responses/$(printf '%s' "$authorised" | sha256sum | cut -c1-16).json" \
    || { echo "The authorised query found no vacancies with employers: is the demo data in the store?" >&2; exit 1; }
regions="$work/responses/$(printf '%s' "$big" | sha256sum | cut -c1-16).json"

start aspnet-plain dotnet benchmarks/Wsp.Gateway.Baseline/bin/Release/net10.0/Wsp.Gateway.Baseline.dll --responses "$work/responses" --urls "http://127.0.0.1:$next_port"
start node-plain node scripts/load/peers/plain.mjs --responses "$work/responses" --port "$next_port"
start graphql-http node scripts/load/peers/graphql-http.mjs --regions "$regions" --port "$next_port"
start mercurius node scripts/load/peers/mercurius.mjs --regions "$regions" --port "$next_port"
for peer in aspnet-plain node-plain graphql-http mercurius; do wait_for "http://127.0.0.1:${port_of[$peer]}/healthz"; done

# wrk on CPU 1; prints "req/s p50 p99" (latencies in ms).
measure() { # url body seconds [token]
    WSP_BODY="$2" WSP_TOKEN="${4:-}" taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$3s" --latency -s scripts/load/post.lua "$1" >"$work/wrk.txt"
    if grep -q "Non-2xx\|Socket errors" "$work/wrk.txt"; then cat "$work/wrk.txt" >&2; echo "Errors or non-2xx answers from $1" >&2; return 1; fi
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }' "$work/wrk.txt"
}
ratio() { awk -v a="$1" -v b="${2:-}" 'BEGIN { if (b == "" || b == 0) print "—"; else printf "%.2f", a / b }'; }

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC'); $CONNECTIONS connections, ${WARMUP} s warm-up + ${DURATION} s measured" >&2
results="$work/results.txt"
: >"$results"
echo
echo "| Query | Server | req/s | p50 ms | p99 ms | × plain ASP.NET | × plain Node | × Mercurius |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for query in "${queries[@]}"; do
    body="$(body_of "$query")"
    if [[ $query == "$authorised" ]]; then
        # The GraphQL peers have no store, tokens or access rules: the authorised query is the gateway's against the
        # plain servers only.
        order=(aspnet-plain node-plain "${servers[@]}")
        bearer="$token"
    else
        order=(aspnet-plain node-plain graphql-http mercurius "${servers[@]}")
        bearer=""
    fi
    declare -A rps=()
    for server in "${order[@]}"; do
        url="http://127.0.0.1:${port_of[$server]}/graphql"
        # Every server must send the same bytes, or the comparison means nothing.
        curl -fsS -H 'Content-Type: application/json' -H 'Accept: application/json' ${bearer:+-H "Authorization: Bearer $bearer"} \
            --data "$body" "$url" -o "$work/check-$server.json"
        [[ $server == aspnet-plain ]] || cmp -s "$work/check-aspnet-plain.json" "$work/check-$server.json" \
            || { echo "$server's bytes differ from the captured answer for $query:" >&2; head -c 300 "$work/check-$server.json" >&2; exit 1; }
        measure "$url" "$body" "$WARMUP" "$bearer" >/dev/null
        read -r r p50 p99 < <(measure "$url" "$body" "$DURATION" "$bearer")
        rps[$server]=$r
        echo "| \`$query\` | $server | $r | $p50 | $p99 | $(ratio "$r" "${rps[aspnet-plain]:-}") | $(ratio "$r" "${rps[node-plain]:-}") | $(ratio "$r" "${rps[mercurius]:-}") |"
        echo "$query|$server|$r|$p50|$p99" >>"$results"
    done
    echo "  ($(wc -c <"$work/check-aspnet-plain.json") bytes per response)" >&2
    unset rps
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')" >&2

# The targets of issue 20, item 2, as same-run ratios.
get() { awk -F'|' -v q="$1" -v s="$2" -v f="$3" '$1 == q && $2 == s { print $f }' "$results"; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = op == ">=" ? v >= t : v <= t; print ok ? "met" : "NOT met" }'; }
small_ratio="$(ratio "$(get "$small" gateway 3)" "$(get "$small" node-plain 3)")"
big_ratio="$(ratio "$(get "$big" gateway 3)" "$(get "$big" mercurius 3)")"
echo
echo "| Target (default configuration) | Measured | |"
echo "| --- | ---: | --- |"
echo "| small query ≥ 1.0× plain Node | ${small_ratio}× | $(verdict "$small_ratio" 1.0 '>=') |"
echo "| big query ≥ 1.5× Mercurius + graphql-jit | ${big_ratio}× | $(verdict "$big_ratio" 1.5 '>=') |"
echo "| small query p99 ≤ 10 ms | $(get "$small" gateway 5) ms | $(verdict "$(get "$small" gateway 5)" 10 '<=') |"
echo "| big query p99 ≤ 20 ms | $(get "$big" gateway 5) ms | $(verdict "$(get "$big" gateway 5)" 20 '<=') |"
echo "| authorised query (as UWV), for information | $(ratio "$(get "$authorised" gateway 3)" "$(get "$authorised" aspnet-plain 3)")× plain ASP.NET, p99 $(get "$authorised" gateway 5) ms | — |"
