#!/usr/bin/env bash
# The CI smoke fuzz (docs/reliability.md, "Fuzzing"): seconds, not minutes.
#
#   fuzz/smoke.sh [SECONDS]   (default 20)
#
# 1. Replays the seed corpus (tests/, examples/, fuzz/seeds/) and the saved findings
#    (tests/IncidentLang.Tests/Reliability/Findings/) through every pipeline invariant with the plain runner,
#    as files and as the structure-aware mode's choices: a failure there FAILS this script (exit 1).
# 2. Installs afl++ when missing, then fuzzes for SECONDS with fuzz/run.sh into out/fuzz-smoke. New crashes
#    or hangs are reported (with their replay) but do not fail the script: fuzzing is not a gate on
#    finding nothing new. afl-fuzz failing to start at all does fail it (the harness is broken).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
out=out/fuzz-smoke
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== fuzz smoke: replay the seed corpus and the saved findings (plain runner)"
dotnet build fuzz/IncidentLang.Fuzz -c Release -v:q -nologo >/dev/null
bash fuzz/corpus.sh "$out/corpus"
replay=("$out/corpus")
[ -d tests/IncidentLang.Tests/Reliability/Findings ] && replay+=(tests/IncidentLang.Tests/Reliability/Findings)
plain=fuzz/IncidentLang.Fuzz/bin/Release/net10.0/IncidentLang.Fuzz.dll
dotnet "$plain" repro --quiet "${replay[@]}"
dotnet "$plain" repro --structured --quiet "${replay[@]}"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "== installing afl++"
  sudo_cmd=""
  if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq afl++ >/dev/null
fi

echo "== fuzz smoke: afl-fuzz for $seconds s"
set +e
bash fuzz/run.sh --time "$seconds" --out "$(pwd)/$out"
rc=$?
set -e
case "$rc" in
  0) echo "fuzz smoke: no crash or hang in $seconds s" ;;
  1) echo "fuzz smoke: WARNING: new findings above (inputs in $out/findings/default/crashes and hangs); not a CI failure" ;;
  *) echo "fuzz smoke: afl-fuzz did not run (exit $rc)" >&2; exit 1 ;;
esac
