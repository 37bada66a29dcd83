#!/usr/bin/env bash
# Packs the wsp tool (src/Wsp.Cli, PackAsTool) into artifacts/tool-packages: the pointer package Wsp.Cli, one
# ReadyToRun package per runtime identifier of the project (Wsp.Cli.linux-x64, …) and the RID-neutral fallback
# Wsp.Cli.any. Installs it from there with `dotnet tool install --tool-path artifacts/tools` (as a partner would from a
# feed), checks that the package installed is the one for this machine's RID and, where that is not `any`, that its
# Wsp.Cli.dll holds ReadyToRun code for this platform, and runs it: `wsp --help`, then real commands in a temporary
# folder (demo data into a SQLite file, stats, an extract and its verification).
# Usage: bash scripts/install-tool.sh    (afterwards: artifacts/tools/wsp …). Run by .ci/run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=src/Wsp.Cli/Wsp.Cli.csproj
feed="$root/artifacts/tool-packages"
tools="$root/artifacts/tools"
version="$(dotnet msbuild "$project" -getProperty:PackageVersion)"
read -r -a rids <<<"$(dotnet msbuild "$project" -getProperty:ToolPackageRuntimeIdentifiers | tr ';' ' ')"
[[ ${#rids[@]} -gt 0 ]] || { echo "error: $project names no ToolPackageRuntimeIdentifiers" >&2; exit 1; }

echo "== Packing Wsp.Cli $version (and one package per RID: ${rids[*]}) into $feed"
rm -rf "$feed"
dotnet pack "$project" -c Release -o "$feed"
for id in Wsp.Cli "${rids[@]/#/Wsp.Cli.}"; do
    [[ -f "$feed/$id.$version.nupkg" ]] || { echo "error: dotnet pack did not produce $id.$version.nupkg" >&2; exit 1; }
done
ls -l "$feed"

# NuGet caches a package by id and version and never looks at the feed again for a version it holds: drop this one
# version of the pointer and of every RID-specific package, so a re-pack (same version, new content) is what gets
# installed.
cache="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')"
[[ -n "$cache" ]] || { echo "error: could not find the NuGet global packages folder" >&2; exit 1; }
for id in wsp.cli "${rids[@]/#/wsp.cli.}"; do
    rm -rf "${cache%/}/$id/$version"
done

echo "== Installing wsp $version into $tools"
rm -rf "$tools"
dotnet tool install Wsp.Cli --version "$version" --tool-path "$tools" --add-source "$feed"
wsp="$tools/wsp"

# The package the install chose: the one for this machine's RID where the tool has one, else `any`. The SDK's RID
# (`dotnet --info`) is the portable one (linux-x64, osx-arm64, …), as the tool's RIDs are.
host_rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
want_rid=any
for rid in "${rids[@]}"; do [[ "$rid" == "$host_rid" ]] && want_rid="$rid"; done
# The tool store keeps the pointer package and, beside it, the one package it chose: .store/wsp.cli/VERSION/wsp.cli.RID.
store="$tools/.store/wsp.cli/$version"
installed=("$store"/wsp.cli.*)
[[ ${#installed[@]} -eq 1 && -d "${installed[0]}" ]] \
    || { echo "error: expected one RID-specific package of wsp in $store, found: ${installed[*]}" >&2; exit 1; }
installed_rid="${installed[0]##*/wsp.cli.}"
tool_dir="$(echo "${installed[0]}/$version/tools/"*"/$installed_rid")"
[[ -f "$tool_dir/Wsp.Cli.dll" ]] || { echo "error: no Wsp.Cli.dll in $tool_dir" >&2; exit 1; }
echo "== The installed wsp: package Wsp.Cli.$installed_rid for machine RID $host_rid, in $tool_dir"
[[ "$installed_rid" == "$want_rid" ]] \
    || { echo "error: installed the $installed_rid package of wsp; this machine ($host_rid) should get $want_rid" >&2; exit 1; }
if [[ "$installed_rid" != any ]]; then
    # ReadyToRun code is marked in the PE header of the assembly: crossgen2 writes the machine of the code it compiled
    # XOR an OS value (Linux 0x7B79, macOS 0x4644, Windows 0), where an IL-only assembly says 0x014C. So the machine
    # field shows both that Wsp.Cli.dll is ReadyToRun and for which platform.
    case "$installed_rid" in
        linux-x64) want_machine=fd1d ;;   # 0x8664 (x64) ^ 0x7B79
        linux-arm64) want_machine=d11d ;; # 0xAA64 (Arm64) ^ 0x7B79
        osx-arm64) want_machine=ec20 ;;   # 0xAA64 ^ 0x4644
        win-x64) want_machine=8664 ;;     # 0x8664 ^ 0
        *) echo "error: no ReadyToRun machine value known for $installed_rid" >&2; exit 1 ;;
    esac
    dll="$tool_dir/Wsp.Cli.dll"
    pe_offset="$(od -An -tu4 -j60 -N4 "$dll" | tr -d ' ')"
    machine="$(od -An -tx2 -j$((pe_offset + 4)) -N2 "$dll" | tr -d ' ')"
    echo "Wsp.Cli.dll: PE machine 0x$machine (ReadyToRun for $installed_rid is 0x$want_machine; IL only is 0x014c)"
    [[ "$machine" == "$want_machine" ]] \
        || { echo "error: the installed Wsp.Cli.dll is not ReadyToRun code for $installed_rid" >&2; exit 1; }
fi

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
