#!/usr/bin/env bash
# Measures inc side by side with the Bicep CLI on the same records, whole process, and prints a
# Markdown table (docs/performance.md keeps the latest one; docs/performance-history.md the earlier ones).
#
#   bench/compare.sh [--runs N] [--rate-runs N] [--heavy-runs N] [--files N,N] [--work DIR] [--no-jit] [--no-bicep] [--no-roslyn]
#
# Workloads (bench/IncidentLang.Workloads, deterministic; written to DIR, default artifacts/compare):
#   small/report.inc  one small report (7.5 KB)           small/report.bicep  the same records, for `bicep lint`
#   large/large.inc   one incident with 2,000 claims      large/large.bicep   the same records, for `bicep build`
#                                                         large/large.cs      the same records as C# of the same size, for Roslyn
#   files-5000/, files-10000/  small reports (≈ 8 KB each), one incident per file (--files: other counts)
# Tools: the native inc that ./inc builds (artifacts/native/<rid>/inc), the JIT build
# (dotnet src/IncidentLang.Cli/bin/Release/net10.0/inc.dll), the Bicep CLI pinned in tools/bicep, and Roslyn's C# parser
# published NativeAOT like inc (bench/IncidentLang.RoslynParse, into artifacts/roslyn-parse).
# Each cell: median wall time and median peak RSS of N runs after one unmeasured warm-up run, each run timed by
# bench/run-timed.c from spawn to exit with no shell in between (built here with cc; the peak RSS is the child's
# ru_maxrss, as GNU time's %M); --runs for the single-file rows (default 5), --rate-runs for the two rows of the
# parse-rate goal (the 2,000-claim check and Roslyn's parse, run alternately; default 21), --heavy-runs for the
# many-file rows (default 3).
# A run that exits with another code than expected is reported as failing, with its error line.
# The many-file builds write into an empty folder of their own each run (all deleted at the end), then once more
# into the first run's folder, over its unchanged outputs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
rate_runs=21
heavy_runs=3
work="$root/artifacts/compare"
jit=1
bicep=1
roslyn=1
files=5000,10000
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --heavy-runs) heavy_runs="$2"; shift 2 ;;
    --rate-runs) rate_runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --files) files="$2"; shift 2 ;;
    --no-jit) jit=0; shift ;;
    --no-bicep) bicep=0; shift ;;
    --no-roslyn) roslyn=0; shift ;;
    -h | --help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "compare: unknown argument $1" >&2; exit 2 ;;
  esac
done
log() { echo "compare: $*" >&2; }

# --- tools -------------------------------------------------------------------------------------
# The timer (bench/run-timed.c), built with the C compiler the native inc is linked with.
timer="$root/artifacts/run-timed"
if [ ! -x "$timer" ] || [ "$root/bench/run-timed.c" -nt "$timer" ]; then
  cc="$(command -v cc || command -v gcc || command -v clang || true)"
  [ -n "$cc" ] || { echo "compare: a C compiler (cc, gcc or clang) is needed for bench/run-timed.c" >&2; exit 2; }
  mkdir -p "$root/artifacts"
  "$cc" -O2 -o "$timer" "$root/bench/run-timed.c"
fi
log "native inc (./inc builds it when needed)..."
INC_REQUIRE_NATIVE=1 "$root/inc" --version >/dev/null
native="$(ls "$root"/artifacts/native/*/inc | head -n 1)"
jit_dll="$root/src/IncidentLang.Cli/bin/Release/net10.0/inc.dll"
if [ "$jit" = 1 ]; then
  log "JIT inc..."
  INC_NO_NATIVE=1 "$root/inc" --version >/dev/null
fi
bicep_exe=""
if [ "$bicep" = 1 ]; then
  log "Bicep CLI (tools/bicep)..."
  bicep_exe="$("$root/tools/bicep/install.sh")"
fi
roslyn_exe=""
if [ "$roslyn" = 1 ]; then
  log "Roslyn's C# parser, native (bench/IncidentLang.RoslynParse)..."
  rid="$(basename "$(dirname "$native")")"
  dotnet publish "$root/bench/IncidentLang.RoslynParse" -c Release -r "$rid" -p:PublishAot=true --nologo -v:q -clp:ErrorsOnly -o "$root/artifacts/roslyn-parse" >&2
  roslyn_exe="$root/artifacts/roslyn-parse/IncidentLang.RoslynParse"
fi

# --- workloads ---------------------------------------------------------------------------------
log "workloads into ${work#"$root/"}..."
dotnet build "$root/bench/IncidentLang.Workloads" -c Release --nologo -v:q -clp:ErrorsOnly >&2
dotnet "$root/bench/IncidentLang.Workloads/bin/Release/net10.0/IncidentLang.Workloads.dll" "$work" --files "$files"
small="$work/small/report.inc"
large="$work/large/large.inc"
scratch="$work/out"

# --- measuring ---------------------------------------------------------------------------------
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit; print v[int((NR + 1) / 2)] }'; }
fmt_ms() { awk -v ms="$1" 'BEGIN { if (ms < 1000) printf "%d ms", ms + 0.5; else printf "%.2f s", ms / 1000 }'; }
fmt_kib() { awk -v k="$1" 'BEGIN { m = k / 1024; if (m < 1024) printf "%d MiB", m + 0.5; else printf "%.2f GiB", m / 1024 }'; }
# run_once CMD...: runs CMD once through the timer, output to $work/stdout and $work/stderr; sets $us (wall time), $run_kib
# (peak RSS) and $rc (exit code; empty when the timer could not run it).
run_once() {
  local result
  set +e
  result="$("$timer" "$work/stdout" "$work/stderr" "$@")"
  set -e
  us=""; run_kib=""; rc=""
  read -r us run_kib rc <<<"$result" || true
}
# failed_cell EXIT CMD...: the "**fails** (exit N): `first error line`" cell of a run that exited with another code.
failed_cell() {
  local code="$1" why; shift
  why="$(cat "$work/stderr" "$work/stdout" | grep -m1 -iE 'error|exception|limit' | cut -c1-200 || true)"
  [ -n "$why" ] || why="$(head -n 1 "$work/stderr" | cut -c1-200)"
  why="${why//\`/\'}"
  cell="**fails** (exit ${code:-?}): \`${why//|/\\|}\`"
  log "  failed (exit ${code:-?}): $*"
}
# summarize TIMES_US RSS_KIB: sets $ms (median wall time, in ms with one decimal), $kib (median peak RSS) and $cell.
summarize() {
  ms="$(printf '%s' "$1" | median | awk '{ printf "%.1f", $1 / 1000 }')"
  kib="$(printf '%s' "$2" | median)"
  cell="$(fmt_ms "$ms"), $(fmt_kib "$kib")"
}
# measure RUNS EXPECTED_EXIT CMD...: sets $cell ("6 ms, 15 MiB" or "**fails** …") and $ms (median, or empty).
measure() {
  local n="$1" expected="$2"; shift 2
  local times="" rsss="" i
  cell=""; ms=""; kib=""
  for ((i = 0; i <= n; i++)); do
    rm -rf "$scratch"; mkdir -p "$scratch"
    # "{run}" in an argument becomes the run's number (a build into a folder of its own each run).
    run_once "${@//\{run\}/$i}"
    if [ "$rc" != "$expected" ]; then
      failed_cell "$rc" "$@"
      return 0
    fi
    # The first run warms the file cache and the tools' own first-run work; it is not counted.
    if [ "$i" -gt 0 ]; then
      times+="$us"$'\n'
      rsss+="$run_kib"$'\n'
    fi
  done
  summarize "$times" "$rsss"
  log "  $cell: $*"
}
# measure_pair RUNS A B: two commands given as the names of two arrays, run alternately (A B, B A, A B, ...) so that both
# see the same minutes of the machine; sets $cell_a, $ms_a, $cell_b, $ms_b (each exits 0, or its cell says it fails).
measure_pair() {
  local n="$1"; local -n a="$2" b="$3"
  local times_a="" rss_a="" times_b="" rss_b="" i side failed_a="" failed_b=""
  cell_a=""; ms_a=""; cell_b=""; ms_b=""
  for ((i = 0; i <= n; i++)); do
    for side in $([ $((i % 2)) = 0 ] && echo "a b" || echo "b a"); do
      [ "$side" = a ] && [ -n "$failed_a" ] && continue
      [ "$side" = b ] && [ -n "$failed_b" ] && continue
      if [ "$side" = a ]; then run_once "${a[@]}"; else run_once "${b[@]}"; fi
      if [ "$rc" != 0 ]; then
        if [ "$side" = a ]; then failed_cell "$rc" "${a[@]}"; failed_a="$cell"; else failed_cell "$rc" "${b[@]}"; failed_b="$cell"; fi
        continue
      fi
      [ "$i" -gt 0 ] || continue
      if [ "$side" = a ]; then times_a+="$us"$'\n'; rss_a+="$run_kib"$'\n'; else times_b+="$us"$'\n'; rss_b+="$run_kib"$'\n'; fi
    done
  done
  if [ -n "$failed_a" ]; then cell_a="$failed_a"; else summarize "$times_a" "$rss_a"; cell_a="$cell"; ms_a="$ms"; log "  $cell: ${a[*]}"; fi
  if [ -n "$failed_b" ]; then cell_b="$failed_b"; else summarize "$times_b" "$rss_b"; cell_b="$cell"; ms_b="$ms"; log "  $cell: ${b[*]}"; fi
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.0f×", b / a; }'; }

size_kb() { awk -v b="$(wc -c <"$1")" 'BEGIN { if (b < 10000) printf "%.1f KB", b / 1000; else printf "%.0f KB", b / 1000 }'; }
dir_mb() { awk -v b="$(find "$1" -name '*.inc' -exec cat {} + | wc -c)" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
measure 20 0 /bin/true; launch="$(fmt_ms "$ms")"

log "small file"
measure "$runs" 0 "$native" check "$small"; small_native="$cell"; small_native_ms="$ms"; small_native_kib="$kib"
measure "$runs" 0 "$root/inc" check "$small"; small_launcher="$cell"
small_jit="—"; if [ "$jit" = 1 ]; then measure "$runs" 0 dotnet "$jit_dll" check "$small"; small_jit="$cell"; fi
small_bicep="—"; small_bicep_ms=""; small_bicep_kib=""
if [ "$bicep" = 1 ]; then
  measure "$runs" 0 "$bicep_exe" lint "$work/small/report.bicep"; small_bicep="$cell"; small_bicep_ms="$ms"; small_bicep_kib="$kib"
fi

log "2,000-claim incident"
mb_per_s() { awk -v b="$(wc -c <"$1")" -v ms="$2" 'BEGIN { printf "%.1f", b / 1000 / ms }'; }
# The parse-rate pair runs alternately, so that a slower minute of the machine does not fall on one of the two.
inc_check=("$native" check "$large")
if [ -n "$roslyn_exe" ]; then
  roslyn_parse_cmd=("$roslyn_exe" "$work/large/large.cs")
  measure_pair "$rate_runs" inc_check roslyn_parse_cmd
  large_check="$cell_a"; large_check_ms="$ms_a"; roslyn_ms="$ms_b"; roslyn_parse="$cell_b"
  [ -z "$roslyn_ms" ] || roslyn_parse+=" ($(mb_per_s "$work/large/large.cs" "$roslyn_ms") MB/s)"
else
  measure "$rate_runs" 0 "${inc_check[@]}"; large_check="$cell"; large_check_ms="$ms"
  roslyn_parse="—"; roslyn_ms=""
fi
large_rate=""; [ -z "$large_check_ms" ] || large_rate=" ($(mb_per_s "$large" "$large_check_ms") MB/s)"
large_check_jit="—"; if [ "$jit" = 1 ]; then measure "$runs" 0 dotnet "$jit_dll" check "$large"; large_check_jit="$cell"; fi
measure "$runs" 0 "$native" build "$large" -o "$scratch" --format json,html; large_build="$cell"; large_build_ms="$ms"; large_build_kib="$kib"
large_build_jit="—"; if [ "$jit" = 1 ]; then measure "$runs" 0 dotnet "$jit_dll" build "$large" -o "$scratch" --format json,html; large_build_jit="$cell"; fi
measure "$runs" 0 "$native" build "$large" -o "$scratch" --format json; large_json="$cell"
large_bicep="—"; large_bicep_ms=""; large_bicep_kib=""
if [ "$bicep" = 1 ]; then
  measure "$runs" 0 "$bicep_exe" build "$work/large/large.bicep" --outfile "$scratch/large.json"; large_bicep="$cell"; large_bicep_ms="$ms"; large_bicep_kib="$kib"
fi

log "many files"
thousands() { echo "$1" | sed -E ':a; s/^([0-9]+)([0-9]{3})/\1,\2/; ta'; }
IFS=, read -r -a counts <<<"$files"
many_rows=""
files_last_ms=""; files_last_kib=""; files_last_count=""
# Builds write into folders of their own, outside the scratch folder, all deleted only at the end: on a file system that
# scans recently freed inodes when it allocates one (ext4 without a journal, as on the machines here), deleting the
# 20,000 outputs of one run just before the next slows that run's file creation for minutes (docs/performance-history.md,
# "Many files", session 6). A user's first build goes into an empty folder; later ones into the same folder, over outputs
# that are mostly unchanged (and are then left alone).
builds="$work/builds"
rm -rf "$builds"
files_build_ms=""; files_build_kib=""; files_rebuild=""
for count in "${counts[@]}"; do
  measure "$heavy_runs" 0 "$native" check "$work/files-$count"
  many_rows+="| \`check\` of $(thousands "$count") report files ($(dir_mb "$work/files-$count")) | | $cell | |"$'\n'
  files_last_ms="$ms"; files_last_kib="$kib"; files_last_count="$count"
  measure "$heavy_runs" 0 "$native" build "$work/files-$count" -o "$builds/files-$count-{run}" --format json,html
  many_rows+="| \`build --format json,html\` of those $(thousands "$count"), into an empty folder | | $cell | |"$'\n'
  files_build_ms="$ms"; files_build_kib="$kib"
  measure "$heavy_runs" 0 "$native" build "$work/files-$count" -o "$builds/files-$count-0" --format json,html
  many_rows+="| the same again, over its own outputs (every output unchanged, none rewritten) | | $cell | |"$'\n'
  files_rebuild="$cell"
done
rm -rf "$builds"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- table -------------------------------------------------------------------------------------
many_rows_text="${many_rows%$'\n'}"
cpu="$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
mem="$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
dotnet_version="$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
bicep_version="—"; [ -z "$bicep_exe" ] || bicep_version="$("$bicep_exe" --version | head -n 1)"
cat <<EOF

Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), $mem memory, $(uname -sr), .NET $dotnet_version;
$bicep_version. Whole process (timed from spawn to exit by \`bench/run-timed.c\`, no shell between), median wall
time and median peak RSS of $runs run(s) ($rate_runs for the two parse-rate rows, run alternately; $heavy_runs for the
many-file rows) after one warm-up run; launching a process costs $launch here (\`/bin/true\`).
Load average before/after: $load_before / $load_after.

| work | JIT (\`dotnet inc.dll\`) | native (\`artifacts/native\`) | Bicep CLI |
|---|---|---|---|
| \`check\` of one small report ($(size_kb "$small")) | $small_jit | $small_native | \`bicep lint\` of the same records ($(size_kb "$work/small/report.bicep")): $small_bicep |
| the same through \`./inc\` (launcher: staleness check, then the native executable) | | $small_launcher | |
| \`check\` of one 2,000-claim incident ($(size_kb "$large")) | $large_check_jit | $large_check$large_rate | |
| for comparison: Roslyn's C# parse (and syntax diagnostics) of the same records as C# ($(size_kb "$work/large/large.cs")), NativeAOT too | | $roslyn_parse | |
| \`build --format json,html\` of that incident | $large_build_jit | $large_build | \`bicep build\` of the same 2,000 records ($(size_kb "$work/large/large.bicep")): $large_bicep |
| \`build --format json\` of that incident | | $large_json | |
$many_rows_text
EOF

# The goals of issue 11 ("Done when"), against today's numbers.
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "**not met**"; fi; }
echo
echo "Goals (issue 11):"
if [ -n "$small_bicep_ms" ] && [ -n "$small_native_ms" ]; then
  ok=$(awk -v a="$small_native_ms" -v b="$small_bicep_ms" 'BEGIN { print (b >= 50 * a) ? 1 : 0 }')
  echo "- small-file \`check\` ≥ 50× faster than \`bicep lint\`: $(ratio "$small_native_ms" "$small_bicep_ms") faster, $(fmt_kib "$small_native_kib") vs $(fmt_kib "$small_bicep_kib") — $(verdict "$ok")"
fi
if [ -n "$large_bicep_ms" ]; then
  if [ -n "$large_build_ms" ]; then
    ok=$(awk -v a="$large_build_ms" -v b="$large_bicep_ms" -v ka="$large_build_kib" -v kb="$large_bicep_kib" 'BEGIN { print (b >= 12 * a && 4 * ka <= kb) ? 1 : 0 }')
    echo "- 2,000-claim \`build --format json,html\` succeeds, ≥ 12× faster than \`bicep build\` in ≤ 1/4 of its memory: $(ratio "$large_build_ms" "$large_bicep_ms") faster, $(fmt_kib "$large_build_kib") vs $(fmt_kib "$large_bicep_kib") — $(verdict "$ok")"
  else
    echo "- 2,000-claim \`build --format json,html\` succeeds, ≥ 12× faster than \`bicep build\` in ≤ 1/4 of its memory: it fails — **not met**"
  fi
fi
if [ -n "$large_check_ms" ] && [ -n "$roslyn_ms" ]; then
  ok=$(awk -v a="$large_check_ms" -v b="$roslyn_ms" -v ib="$(wc -c <"$large")" -v rb="$(wc -c <"$work/large/large.cs")" \
    'BEGIN { print (ib / 1000 / a >= 16 && (ib / a) >= 2 * (rb / b)) ? 1 : 0 }')
  echo "- 2,000-claim \`check\` ≥ 16 MB/s and twice Roslyn's C# parse rate (whole process, native, median of $rate_runs): $(mb_per_s "$large" "$large_check_ms") MB/s against Roslyn's $(mb_per_s "$work/large/large.cs" "$roslyn_ms") MB/s, $(awk -v a="$large_check_ms" -v b="$roslyn_ms" -v ib="$(wc -c <"$large")" -v rb="$(wc -c <"$work/large/large.cs")" 'BEGIN { printf "%.2f×", (ib / a) / (rb / b) }') its rate — $(verdict "$ok")"
fi
if [ "$files_last_count" = 10000 ]; then
  if [ -n "$files_last_ms" ]; then
    ok=$(awk -v a="$files_last_ms" -v k="$files_last_kib" 'BEGIN { print (a <= 3000 && k <= 1048576) ? 1 : 0 }')
    echo "- 10,000-file \`check\` ≤ 3 s in ≤ 1 GiB: $(fmt_ms "$files_last_ms"), $(fmt_kib "$files_last_kib") — $(verdict "$ok")"
  else
    echo "- 10,000-file \`check\` ≤ 3 s in ≤ 1 GiB: it fails — **not met**"
  fi
  if [ -n "$files_build_ms" ]; then
    ok=$(awk -v a="$files_build_ms" 'BEGIN { print (a <= 10000) ? 1 : 0 }')
    echo "- 10,000-file \`build\` ≤ 10 s (json,html, into an empty folder): $(fmt_ms "$files_build_ms"), $(fmt_kib "$files_build_kib") — $(verdict "$ok"); again over its own outputs: $files_rebuild"
  else
    echo "- 10,000-file \`build\` ≤ 10 s: it fails — **not met**"
  fi
fi
