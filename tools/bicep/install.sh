#!/usr/bin/env bash
# Installs the pinned Bicep CLI (NuGet Azure.Bicep.CommandLine.linux-x64 0.49.2, bicep.csproj) into
# tools/bicep/packages when it is not there yet, and prints the path of the bicep executable.
# Progress goes to stderr. Linux x64 only (the package the benchmark compares with).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version=0.49.2
exe="$here/packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"
if [ ! -x "$exe" ]; then
  echo "bicep: restoring Azure.Bicep.CommandLine.linux-x64 $version into tools/bicep/packages..." >&2
  dotnet restore "$here/bicep.csproj" --nologo -v:q >&2
  if [ -f "$exe" ] && [ ! -x "$exe" ]; then chmod +x "$exe"; fi
fi
if [ ! -x "$exe" ]; then
  echo "bicep: $exe not found after the restore; the package layout is:" >&2
  find "$here/packages" -maxdepth 4 >&2 || true
  exit 2
fi
echo "$exe"
