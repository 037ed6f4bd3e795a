#!/usr/bin/env bash
# End-to-end test of the IncidentLang language server: drives the real `inc lsp` over stdio
# with the vscode-languageserver-protocol client library (see e2e.js for the scenario).
# Usage: tests/lsp-e2e/run.sh [PATH_TO_INC]   (default: the repository's ./inc)
# Installs the pinned client packages (npm ci) when node_modules is missing.
# Then runs sequence.js (a seeded random sequence of edits and file changes; INC_LSP_SEQUENCE_SEED picks the seed)
# and the timing mode (timing.js --short) as a smoke test: it must measure every scenario; no timing is asserted.
# Exit code: 0 every check passed, 1 a check failed (or the timing smoke run failed); 2 when npm ci fails.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -d "$here/node_modules" ]; then
  echo "lsp-e2e: installing the pinned client packages (npm ci)..." >&2
  if ! (cd "$here" && npm ci --no-audit --no-fund >&2); then
    echo "lsp-e2e: npm ci failed" >&2
    exit 2
  fi
fi
node "$here/e2e.js" "$@"
status=$?
# The language server over time (sequence.js; docs/reliability.md): 300 seeded random steps, each compared with a fresh inc check.
node "$here/sequence.js" --seed "${INC_LSP_SEQUENCE_SEED:-20261201}" --steps 300 ${1:+--inc "$1"} || status=1
# The same with a full-text-sync client: every second change of a document is sent as its whole text.
node "$here/sequence.js" --seed "${INC_LSP_SEQUENCE_SEED:-20261202}" --steps 150 --full-text-every 2 ${1:+--inc "$1"} || status=1
# The timing mode as a smoke test (timing.js --short): every scenario must produce its samples; the figures are printed, never asserted.
node "$here/timing.js" "$@" --short || status=$((status == 0 ? 1 : status))
exit $status
