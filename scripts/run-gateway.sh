#!/usr/bin/env bash
# The gateway on the embedded store with demo data and GraphiQL, for a first look:
#   bash scripts/run-gateway.sh [--urls http://127.0.0.1:5080]
# Uses ./wsp.db (or $Wsp__Sqlite__Path), fills it with deterministic demo data once (`wsp demo`; a second run adds
# nothing), prints a development token for GraphiQL's headers, then runs the gateway in development mode.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
urls="http://127.0.0.1:5080"
if [[ "${1:-}" == "--urls" && -n "${2:-}" ]]; then urls="$2"; fi

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export Wsp__Store=sqlite
export Wsp__Sqlite__Path="${Wsp__Sqlite__Path:-$PWD/wsp.db}"
# Development tokens are accepted by a gateway in development mode only (Wsp:Auth:Mode), never in production.
export Wsp__Auth__Mode=development

dotnet build "$root/src/Wsp.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/src/Wsp.Gateway" -c Release -v quiet -nologo >/dev/null
wsp() { dotnet "$root/src/Wsp.Cli/bin/Release/net10.0/Wsp.Cli.dll" "$@"; }

wsp demo
token="$(wsp token --partner UWV --hours 8)"

cat <<TEXT

Store:     $Wsp__Sqlite__Path
GraphiQL:  $urls/graphql   (open it in a browser; reference data needs no token)
Headers:   {"Authorization": "Bearer $token"}
           (UWV reads every region; other partners: wsp token --partner GM0518 | NATIONAL_DESK | MINISTRY)
Try:       { vacancies(first: 5) { edges { node { id title region { code name } } } } }

TEXT

cd "$root/src/Wsp.Gateway"
exec dotnet bin/Release/net10.0/Wsp.Gateway.dll --urls "$urls"
