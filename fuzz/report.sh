#!/usr/bin/env bash
# Prints the numbers of an afl-fuzz run (FINDINGS/default/fuzzer_stats) and replays its crashes and hangs
# with the plain (uninstrumented) runner. Exit code 1 when the run saved any crash or hang.
#   fuzz/report.sh FINDINGS [--structured]   (--structured: the run was of the structure-aware mode)
set -euo pipefail
cd "$(dirname "$0")/.."
findings="${1:?usage: fuzz/report.sh FINDINGS [--structured]}"
mode=("${@:2}")
stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "report.sh: no $stats (afl-fuzz did not start?)" >&2
  exit 2
fi
get() { sed -n "s/^$1 *: *//p" "$stats"; }
start=$(get start_time); last=$(get last_update)
echo "== afl-fuzz run ($stats)"
echo "executions:    $(get execs_done)"
echo "time:          $((last - start)) s (fuzzing: $(get run_time) s)"
echo "execs/s:       $(awk -v e="$(get execs_done)" -v t="$((last - start))" 'BEGIN { printf "%.1f", (t > 0 ? e / t : 0) }') (afl-fuzz's last reading: $(get execs_per_sec))"
echo "corpus:        $(get corpus_count) inputs, $(get cycles_done) cycles, coverage $(get bitmap_cvg)"
echo "crashes:       $(get saved_crashes)"
echo "hangs:         $(get saved_hangs)"

plain=fuzz/IncidentLang.Fuzz/bin/Release/net10.0/IncidentLang.Fuzz.dll
[ -f "$plain" ] || dotnet build fuzz/IncidentLang.Fuzz -c Release -v:q -nologo >/dev/null
found=0
for kind in crashes hangs; do
  dir="$findings/default/$kind"
  if [ -d "$dir" ] && [ -n "$(find "$dir" -type f -name 'id:*' -print -quit)" ]; then
    found=1
    echo "== replaying $kind with the plain runner"
    dotnet "$plain" repro "${mode[@]}" --quiet "$dir" || true
  fi
done
exit "$found"
