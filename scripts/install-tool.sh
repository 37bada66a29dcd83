#!/usr/bin/env bash
# Packs the wsp tool (src/Wsp.Cli, PackAsTool) into artifacts/tool-packages, installs it from that package with
# `dotnet tool install --tool-path artifacts/tools` (as a partner would from a feed), and runs it: `wsp --help`, then
# real commands in a temporary folder (demo data into a SQLite file, stats, an extract and its verification).
# Usage: bash scripts/install-tool.sh    (afterwards: artifacts/tools/wsp …). Run by .ci/run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=src/Wsp.Cli/Wsp.Cli.csproj
feed="$root/artifacts/tool-packages"
tools="$root/artifacts/tools"
version="$(dotnet msbuild "$project" -getProperty:PackageVersion)"

echo "== Packing Wsp.Cli $version into $feed"
dotnet pack "$project" -c Release -o "$feed"
[[ -f "$feed/Wsp.Cli.$version.nupkg" ]] || { echo "error: dotnet pack did not produce Wsp.Cli.$version.nupkg" >&2; exit 1; }

# NuGet caches a package by id and version and never looks at the feed again for a version it holds: drop this one
# version, so a re-pack (same version, new content) is what gets installed.
cache="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')"
[[ -n "$cache" ]] || { echo "error: could not find the NuGet global packages folder" >&2; exit 1; }
rm -rf "${cache%/}/wsp.cli/$version"

echo "== Installing wsp $version into $tools"
rm -rf "$tools"
dotnet tool install Wsp.Cli --version "$version" --tool-path "$tools" --add-source "$feed"
wsp="$tools/wsp"

echo "== wsp --help"
"$wsp" --help

work="$(mktemp -d -t wsp-tool-XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$work"
echo "== wsp demo, stats, extract and verify in $work (a new wsp.db)"
"$wsp" demo --placements 200 --arrangements 1 --seed 2015
"$wsp" stats
"$wsp" extract job-agreement --at 2025-12-31 --out extract
"$wsp" verify extract
echo "The installed wsp tool works."
