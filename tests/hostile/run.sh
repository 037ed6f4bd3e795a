#!/usr/bin/env bash
# The hostile-report suite (docs/reliability.md, "Hostile reports"):
#   1. check.js finds what it looks for: on selftest/unsafe.html (a hand-written page with every
#      forbidden thing) it must report every kind of problem, or the suite fails;
#   2. `inc build tests/hostile/reports` (every report compiles: warnings only) into OUTPUT_DIR, then
#      check.js on every page written: no script runs, no event handler, no link but http(s) and
#      in-page anchors, no live indicator, titles shown as written (with CSP and with CSP bypassed);
#   3. `inc check` on each file of tests/hostile/invalid: exit code 1 (errors, no crash: never 2 or
#      more), no INC9999, and the exact count of the diagnostics the file is about.
# Usage: tests/hostile/run.sh [OUTPUT_DIR]   (default out/hostile)
# Runs ./inc (set INC_NO_NATIVE=1 for the JIT build). Installs playwright-core (npm ci) when
# node_modules is missing. Environment: CHROMIUM (default /usr/bin/chromium).
# Exit codes: 0 passed, 1 a check failed, 2 bad usage or a missing tool.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/out/hostile}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ $# -gt 1 ]; then
  echo "usage: $0 [OUTPUT_DIR]" >&2
  exit 2
fi
if ! command -v node >/dev/null 2>&1; then
  echo "run.sh: node is not installed" >&2
  exit 2
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "run.sh: no Chromium at $CHROMIUM (install the chromium package or set CHROMIUM)" >&2
  exit 2
fi
if [ ! -d "$here/node_modules" ]; then
  echo "== npm ci in tests/hostile"
  if ! (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund); then
    echo "run.sh: npm ci failed" >&2
    exit 2
  fi
fi

failed=()
pass() { echo "-- passed: $1"; }
fail() { echo "-- FAILED: $1"; failed+=("$1"); }

echo "== self-test: check.js must find every kind of problem in selftest/unsafe.html"
if node "$here/check.js" --expect-failures script,csp,request,handler,link,indicator,text "$here/selftest/unsafe.html"; then
  pass "check.js self-test"
else
  fail "check.js self-test (the checker missed something it must find)"
fi

echo "== inc build tests/hostile/reports -o $out"
rm -rf "$out"
if "$root/inc" build "$here/reports" -o "$out"; then
  pass "inc build of the hostile reports"
else
  fail "inc build of the hostile reports (every file there must compile)"
fi

shopt -s nullglob
html=("$out"/*.html)
reports=("$here"/reports/*.inc)
# One briefing per report plus index.html.
if [ ${#html[@]} -ne $(( ${#reports[@]} + 1 )) ]; then
  fail "expected $(( ${#reports[@]} + 1 )) pages (one per report and index.html), found ${#html[@]}"
fi
echo "== check.js: ${#html[@]} page(s)"
if [ ${#html[@]} -gt 0 ] && node "$here/check.js" "${html[@]}"; then
  pass "hostile pages in Chromium"
else
  fail "hostile pages in Chromium (check.js)"
fi

echo "== inc check on the invalid hostile reports"
# Each file's first line names what it must report: "// expect: INC1010 x22".
for f in "$here"/invalid/*.inc; do
  expect="$(head -n 5 "$f" | sed -n 's#^// expect: \(INC[0-9]\{4\}\) x\([0-9]\+\)$#\1 \2#p' | head -n 1)"
  if [ -z "$expect" ]; then
    fail "$f has no '// expect: INCxxxx xN' line"
    continue
  fi
  id="${expect% *}"
  count="${expect#* }"
  report="$("$root/inc" check --format json "$f" 2>&1)"
  rc=$?
  got="$(printf '%s' "$report" | grep -o "\"$id\"" | wc -l)"
  if [ "$rc" != 1 ]; then
    fail "$(basename "$f"): inc check exited $rc (expected 1)"
  elif printf '%s' "$report" | grep -q 'INC9999'; then
    fail "$(basename "$f"): INC9999 (an internal error)"
  elif [ "$got" != "$count" ]; then
    fail "$(basename "$f"): $got $id (expected $count)"
  else
    pass "$(basename "$f"): $count $id, exit code 1"
  fi
done

echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "hostile checks FAILED (${#failed[@]}):"
  printf '  - %s\n' "${failed[@]}"
  exit 1
fi
echo "hostile checks passed: ${#html[@]} page(s) from ${#reports[@]} report(s) in $out"
