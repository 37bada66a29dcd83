#!/usr/bin/env bash
# The gateway with demo data and GraphiQL, for a first look:
#   bash scripts/run-gateway.sh [--store sqlite|cosmos] [--urls http://127.0.0.1:5080]
#
# --store sqlite (default): uses ./wsp.db (or $Wsp__Sqlite__Path) and fills it with deterministic demo data once
#   (`wsp demo`; a second run adds nothing).
# --store cosmos: the Cosmos DB store, configured as an operator configures it (environment variables only). Without
#   Wsp__Cosmos__ConnectionString (or Wsp__Cosmos__Endpoint) in the environment it starts the test stand-in
#   (tests/cosmos-stand-in: @vercel/cosmosdb-server with the repository's patches, in memory, on port
#   $COSMOS_STAND_IN_PORT, default 8081 like Microsoft's emulator) and points the tool and the gateway at it with
#   a connection string; with one, it uses that account (an emulator, or Azure) as configured. The stand-in is
#   stopped when the gateway stops, and its data with it.
# Then it prints a development token for GraphiQL's headers and runs the gateway in development mode.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
urls="http://127.0.0.1:5080"
store=sqlite
while [[ $# -gt 0 ]]; do
    case "$1" in
        --urls) urls="${2:?--urls needs an address}"; shift 2 ;;
        --store) store="${2:?--store needs sqlite or cosmos}"; shift 2 ;;
        *) echo "run-gateway.sh: unknown argument '$1' (usage: [--store sqlite|cosmos] [--urls URL])" >&2; exit 2 ;;
    esac
done

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Development tokens are accepted by a gateway in development mode only (Wsp:Auth:Mode), never in production.
export Wsp__Auth__Mode=development
stand_in_pid=""

case "$store" in
    sqlite)
        export Wsp__Store=sqlite
        export Wsp__Sqlite__Path="${Wsp__Sqlite__Path:-$PWD/wsp.db}"
        where="$Wsp__Sqlite__Path"
        ;;
    cosmos)
        export Wsp__Store=cosmos
        if [[ -z "${Wsp__Cosmos__ConnectionString:-}${Wsp__Cosmos__Endpoint:-}" ]]; then
            stand_in="$root/tests/cosmos-stand-in"
            command -v node >/dev/null || { echo "run-gateway.sh: --store cosmos starts the stand-in with Node.js: node is not on PATH" >&2; exit 1; }
            # Installed as the tests install it: npm ci when node_modules is missing or older than the lock file.
            if [[ ! -d "$stand_in/node_modules/@vercel/cosmosdb-server" || "$stand_in/package-lock.json" -nt "$stand_in/node_modules" ]]; then
                (cd "$stand_in" && npm ci --no-audit --no-fund >/dev/null)
            fi
            port="${COSMOS_STAND_IN_PORT:-8081}"
            log="$(mktemp -t wsp-cosmos-stand-in.XXXXXX)"
            # Without --cert it serves the package's own self-signed certificate, which the connection string's
            # DisableServerCertificateValidation=True accepts (as for Microsoft's emulator; never against Azure).
            (cd "$stand_in" && exec node server.js --port "$port" --host 127.0.0.1) >"$log" 2>&1 &
            stand_in_pid=$!
            trap 'kill "$stand_in_pid" 2>/dev/null || true; rm -f "$log"' EXIT
            for _ in $(seq 1 300); do
                grep -q '^LISTENING ' "$log" && break
                kill -0 "$stand_in_pid" 2>/dev/null || { echo "run-gateway.sh: the Cosmos DB stand-in did not start:" >&2; cat "$log" >&2; exit 1; }
                sleep 0.1
            done
            grep -q '^LISTENING ' "$log" || { echo "run-gateway.sh: the Cosmos DB stand-in did not listen within 30 s" >&2; exit 1; }
            # The emulator's published key (the stand-in accepts any key).
            key="C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="
            export Wsp__Cosmos__ConnectionString="AccountEndpoint=https://127.0.0.1:$port/;AccountKey=$key;DisableServerCertificateValidation=True;"
            # Gateway mode (the stand-in has no Direct mode) and no bulk mode (it refuses bulk mode's batches).
            export Wsp__Cosmos__ConnectionMode="${Wsp__Cosmos__ConnectionMode:-Gateway}"
            export Wsp__Cosmos__BulkExecution="${Wsp__Cosmos__BulkExecution:-false}"
            where="the Cosmos DB stand-in at https://127.0.0.1:$port/ (in memory: gone when the gateway stops)"
        else
            where="Cosmos DB as configured (Wsp__Cosmos__…)"
        fi
        export Wsp__Cosmos__Database="${Wsp__Cosmos__Database:-wsp}"
        where="$where, database $Wsp__Cosmos__Database"
        ;;
    *) echo "run-gateway.sh: --store is '$store': expected sqlite or cosmos" >&2; exit 2 ;;
esac

dotnet build "$root/src/Wsp.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/src/Wsp.Gateway" -c Release -v quiet -nologo >/dev/null
wsp() { dotnet "$root/src/Wsp.Cli/bin/Release/net10.0/Wsp.Cli.dll" "$@"; }

wsp demo
token="$(wsp token --partner UWV --hours 8)"

cat <<TEXT

Store:     $where
GraphiQL:  $urls/graphql   (open it in a browser; reference data needs no token)
Headers:   {"Authorization": "Bearer $token"}
           (UWV reads every region; other partners: wsp token --partner GM0518 | NATIONAL_DESK | MINISTRY)
Try:       { vacancies(first: 5) { edges { node { id title region { code name } } } } }

TEXT

cd "$root/src/Wsp.Gateway"
if [[ -z "$stand_in_pid" ]]; then
    exec dotnet bin/Release/net10.0/Wsp.Gateway.dll --urls "$urls"
fi

# Not exec: the trap stops the stand-in once the gateway has stopped (Ctrl-C stops the gateway; the stand-in, started
# in the background, ignores it).
dotnet bin/Release/net10.0/Wsp.Gateway.dll --urls "$urls"
