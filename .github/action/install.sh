#!/usr/bin/env bash
# The action's install step: installs the editlint command into a tool folder of its own and puts that folder on
# the PATH of the job's later steps.
#
# Environment: EDITLINT_VERSION (empty: the newest on NuGet; a version such as 0.1.0; `source`: packs the action's
# own checkout, GITHUB_ACTION_PATH, and installs from that), RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT.
# `dotnet tool install` takes the native package for the runner's platform, else the framework-dependent one.
set -euo pipefail

temp="${RUNNER_TEMP:-$(mktemp -d)}"
tool="$temp/editlint-tool"
rm -rf "$tool"
args=(--tool-path "$tool")
case "${EDITLINT_VERSION:-}" in
  '' | latest) ;;
  source)
    packages="$temp/editlint-packages"
    rm -rf "$packages"
    # From the action's folder, so that its global.json, not the repository's, picks the SDK.
    (cd "${GITHUB_ACTION_PATH:?}" && dotnet pack src/EditLint.Cli -c Release -o "$packages" -nologo)
    # Only that folder: a package of the same version on NuGet must not be taken instead.
    args+=(--source "$packages") ;;
  *) args+=(--version "$EDITLINT_VERSION") ;;
esac

# From the temporary folder, so that the repository's global.json cannot pin an SDK older than .NET 10, which
# cannot install RID-specific tool packages.
(cd "$temp" && dotnet tool install "${args[@]}" EditLint)

echo "$tool" >> "${GITHUB_PATH:-/dev/null}"
echo "command=$tool/editlint" >> "${GITHUB_OUTPUT:-/dev/null}"
