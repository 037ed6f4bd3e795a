#!/usr/bin/env bash
# Checks what `inc build` wrote into a folder, with independent tools:
#   1. Nu HTML checker (vnu-jar, needs Java) on every *.html: no errors allowed;
#   2. axe-check.js on every *.html: axe-core in headless Chromium (light desktop and dark
#      phone), no violations, no external requests, no console errors;
#   3. validate-json.js on every *.json except *.stix.json, against
#      schemas/incident-1.schema.json of this repository (skipped, with a message, while that
#      schema does not exist).
# Usage: tests/output-checks/run.sh OUTPUT_DIR
# Installs its pinned packages (npm ci) when node_modules is missing. Environment: CHROMIUM
# (default /usr/bin/chromium), JAVA (default java).
# Exit codes: 0 every check passed, 1 a check failed, 2 bad usage or a missing tool.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
schema="$root/schemas/incident-1.schema.json"
java="${JAVA:-java}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ $# -ne 1 ]; then
  echo "usage: $0 OUTPUT_DIR" >&2
  exit 2
fi
out="$1"
if [ ! -d "$out" ]; then
  echo "run.sh: $out is not a folder" >&2
  exit 2
fi

if [ ! -d "$here/node_modules" ]; then
  echo "== npm ci in tests/output-checks"
  # No install scripts: none of the pinned packages needs one, and vnu-jar's would try to
  # download a Java runtime.
  if ! (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund); then
    echo "run.sh: npm ci failed" >&2
    exit 2
  fi
fi
vnu="$here/node_modules/vnu-jar/build/dist/vnu.jar"
for tool in node "$java"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run.sh: $tool is not installed" >&2
    exit 2
  fi
done
if [ ! -x "$CHROMIUM" ]; then
  echo "run.sh: no Chromium at $CHROMIUM (install the chromium package or set CHROMIUM)" >&2
  exit 2
fi

shopt -s nullglob
html=("$out"/*.html)
json=()
for f in "$out"/*.json; do
  case "$f" in *.stix.json) ;; *) json+=("$f") ;; esac
done

failed=()
pass() { echo "-- passed: $1"; }
fail() { echo "-- FAILED: $1"; failed+=("$1"); }

echo "== Nu HTML checker $(node -p "require('$here/node_modules/vnu-jar/package.json').version") (--errors-only): ${#html[@]} HTML file(s) in $out"
if [ ${#html[@]} -eq 0 ]; then
  fail "HTML: no *.html files in $out (inc build writes a briefing per incident)"
else
  printf '   %s\n' "${html[@]}"
  if "$java" -jar "$vnu" --errors-only "${html[@]}"; then pass "HTML validity"; else fail "HTML validity (vnu)"; fi
fi

echo "== axe-check.js: ${#html[@]} HTML file(s)"
if [ ${#html[@]} -gt 0 ]; then
  if node "$here/axe-check.js" "${html[@]}"; then pass "accessibility and self-containment"; else fail "accessibility and self-containment (axe-check.js)"; fi
fi

echo "== validate-json.js: ${#json[@]} JSON file(s) (not *.stix.json) against ${schema#"$root"/}"
json_note="${#json[@]} JSON file(s)"
if [ ! -f "$schema" ]; then
  echo "-- skipped: ${schema#"$root"/} does not exist yet"
  json_note="JSON not checked (no schema)"
elif [ ${#json[@]} -eq 0 ]; then
  fail "JSON: no *.json files in $out (inc build writes one per incident)"
else
  if node "$here/validate-json.js" --schema "$schema" "${json[@]}"; then pass "JSON Schema"; else fail "JSON Schema (validate-json.js)"; fi
fi

echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "output checks FAILED (${#failed[@]}):"
  printf '  - %s\n' "${failed[@]}"
  exit 1
fi
echo "output checks passed in $out: ${#html[@]} HTML file(s); $json_note"
