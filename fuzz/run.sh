#!/usr/bin/env bash
# Fuzzes the whole IncidentLang pipeline with AFL++ and SharpFuzz (docs/reliability.md, "Fuzzing").
#
#   fuzz/run.sh [--structured] [--time SECONDS | --execs N] [--resume | --corpus DIR] [--timeout MS] [--no-build] [--out DIR]
#
# 1. Publishes fuzz/IncidentLang.Fuzz (Release) into DIR/bin and instruments IncidentLang.dll and
#    Antlr4.Runtime.Standard.dll there with the SharpFuzz.CommandLine tool pinned in fuzz/dotnet-tools.json.
# 2. Builds the seed corpus DIR/corpus: every *.inc under tests/ and examples/ plus fuzz/seeds/, deduplicated
#    by content, at most 16 KB each (--corpus DIR: start from DIR instead, e.g. an earlier run's queue).
# 3. Runs one afl-fuzz instance (the machine has 2 cores shared with others) with fuzz/incidentlang.dict for
#    --time seconds (afl-fuzz -V) or about --execs executions (-E); default: 600 seconds. --resume goes on
#    from DIR/findings instead of starting anew.
# 4. Prints the run's numbers from fuzzer_stats and replays every crash and hang with the plain
#    (uninstrumented) runner: dotnet run --project fuzz/IncidentLang.Fuzz -c Release -- repro FILE.
#    Exit code 1 when afl-fuzz saved any crash or hang.
# --structured fuzzes the structure-aware mode instead (fuzz/IncidentLang.Fuzz/StructuredInput.cs: the bytes
# choose declarations, properties and values from the language schema), into DIR/findings-structured,
# without the dictionary (its bytes are choices, not text).
#
# Needs afl++ (Debian: apt-get install -y afl++) and the .NET SDK. DIR defaults to fuzz/out (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

time_limit=""
exec_limit=""
resume=0
build=1
timeout_ms=5000
structured=0
seeds=""
out="$root/fuzz/out"
while [ $# -gt 0 ]; do
  case "$1" in
    --time) time_limit="$2"; shift 2 ;;
    --execs) exec_limit="$2"; shift 2 ;;
    --resume) resume=1; shift ;;
    --structured) structured=1; shift ;;
    --corpus) seeds="$2"; shift 2 ;;
    --timeout) timeout_ms="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$time_limit" ] && [ -z "$exec_limit" ]; then time_limit=600; fi

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "run.sh: afl-fuzz not found: apt-get install -y afl++" >&2
  exit 2
fi

bin="$out/bin"
if [ "$build" = 1 ] || [ ! -f "$bin/IncidentLang.Fuzz.dll" ]; then
  echo "== publish fuzz/IncidentLang.Fuzz into $bin"
  rm -rf "$bin"
  dotnet publish fuzz/IncidentLang.Fuzz -c Release -o "$bin" -v:q -nologo
  echo "== instrument IncidentLang.dll and Antlr4.Runtime.Standard.dll (SharpFuzz.CommandLine 2.3.0)"
  (cd fuzz && dotnet tool restore >/dev/null)
  for dll in IncidentLang.dll Antlr4.Runtime.Standard.dll; do
    (cd fuzz && dotnet tool run sharpfuzz "$bin/$dll")
  done
  # The plain runner for replays: the same program, built normally (not instrumented).
  dotnet build fuzz/IncidentLang.Fuzz -c Release -v:q -nologo >/dev/null
fi

corpus="$out/corpus"
if [ -n "$seeds" ]; then
  corpus="$out/corpus-start"
  rm -rf "$corpus"
  mkdir -p "$corpus"
  find "$seeds" -maxdepth 1 -type f -name 'id:*' -exec cp {} "$corpus/" \;
  # afl-fuzz wants plain names; an earlier queue's 'id:…' names contain ':' and ','.
  n=0; for f in "$corpus"/*; do n=$((n + 1)); mv "$f" "$corpus/seed-$n"; done
  echo "== corpus: $n inputs from $seeds"
else
  echo "== seed corpus"
  bash fuzz/corpus.sh "$corpus"
fi

findings="$out/findings"
target_args=()
dictionary=(-x fuzz/incidentlang.dict)
if [ "$structured" = 1 ]; then
  findings="$out/findings-structured"
  target_args=(--structured)
  dictionary=()
fi
input="$corpus"
if [ "$resume" = 1 ] && [ -d "$findings/default" ]; then
  input="-"
else
  rm -rf "$findings"
fi
afl_args=(-i "$input" -o "$findings" "${dictionary[@]}" -t "$timeout_ms" -m none)
[ -n "$time_limit" ] && afl_args+=(-V "$time_limit")
[ -n "$exec_limit" ] && afl_args+=(-E "$exec_limit")

# In a container: no CPU frequency governor, core dumps not piped, the target (dotnet) is not an
# AFL-instrumented binary (SharpFuzz instruments the .NET assemblies instead), cores are shared.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1
export AFL_FORKSRV_INIT_TMOUT=60000
[ -t 1 ] || export AFL_NO_UI=1
echo "== afl-fuzz ${afl_args[*]} -- dotnet $bin/IncidentLang.Fuzz.dll afl ${target_args[*]}"
set +e
afl-fuzz "${afl_args[@]}" -- dotnet "$bin/IncidentLang.Fuzz.dll" afl "${target_args[@]}"
rc=$?
set -e
if [ "$rc" != 0 ]; then
  echo "run.sh: afl-fuzz exited with $rc" >&2
fi

bash fuzz/report.sh "$findings" "${target_args[@]}"
