#!/usr/bin/env bash
# Packs Wsp.Sdk into the local feed artifacts/packages and runs examples/Wsp.Examples.Console against that package,
# the way a partner's developer consumes it. Usage: bash examples/run-example.sh [arguments for the example]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

sdk=src/Wsp.Sdk/Wsp.Sdk.csproj
example=examples/Wsp.Examples.Console/Wsp.Examples.Console.csproj
feed="$root/artifacts/packages"

# The version comes from the SDK project itself (VersionPrefix in Directory.Build.props); the example pins the same
# property through Directory.Packages.props, so the two cannot drift apart.
version="$(dotnet msbuild "$sdk" -getProperty:PackageVersion)"
package="$feed/Wsp.Sdk.$version.nupkg"

echo "== Packing Wsp.Sdk $version into $feed"
dotnet pack "$sdk" -c Release -o "$feed"
[[ -f "$package" ]] || { echo "error: dotnet pack did not produce $package" >&2; exit 1; }

# NuGet caches packages by id and version and never looks at the feed again for a version it holds: drop this one
# version so a re-pack (same version, new content) is what the example restores.
cache="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')"
[[ -n "$cache" ]] || { echo "error: could not find the NuGet global packages folder" >&2; exit 1; }
cached="${cache%/}/wsp.sdk/$version"
rm -rf "$cached"

echo "== Restoring and building the example against the package"
dotnet restore "$example" --force
dotnet build "$example" -c Release --no-restore

# Prove the example got the package just packed, not a namesake from another feed or a stale copy.
if ! cmp -s "$package" "$cached/wsp.sdk.$version.nupkg"; then
    echo "error: the restored Wsp.Sdk $version is not the package in $feed" >&2
    exit 1
fi

echo "== Running the example"
dotnet run --project "$example" -c Release --no-build -- "$@"
