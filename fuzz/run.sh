#!/usr/bin/env bash
# Fuzzes EditLint with AFL++ and SharpFuzz for a number of seconds (default 3600):
#   bash fuzz/run.sh 3600          the engine: decoding, reading, every analyzer (seeds in fuzz/seeds)
#   bash fuzz/run.sh 3600 lsp      the language server: raw frames and scripted edit sessions (fuzz/seeds-lsp)
# Installs afl++ (apt) and the sharpfuzz tool (into fuzz/.tools) if they are missing, publishes the
# harness, instruments EditLint.dll, runs afl-fuzz, then prints a summary. Findings go to fuzz/findings/.
# Run it again to resume: an existing fuzz/findings/default is continued rather than restarted.
set -euo pipefail

seconds="${1:-3600}"
target="${2:-engine}"
here="$(cd "$(dirname "$0")" && pwd)"
tools="$here/.tools"
bin="$here/bin"
case "$target" in
  engine) findings="$here/findings"; seeds="$here/seeds" ;;
  lsp) findings="$here/findings-lsp"; seeds="$here/seeds-lsp"; export EDITLINT_FUZZ_TARGET=lsp ;;
  *) echo "fuzz/run.sh: unknown target '$target'; use engine or lsp" >&2; exit 2 ;;
esac

if ! command -v afl-fuzz >/dev/null; then
  apt-get update
  apt-get install -y afl++
fi

if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine
fi

# Each target publishes into its own folder, so an engine run and a server run can go side by side.
bin="$bin/$target"
rm -rf "$bin"
dotnet publish "$here/EditLint.Fuzz/EditLint.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet
"$tools/sharpfuzz" "$bin/EditLint.dll"
if [ "$target" = lsp ]; then
  "$tools/sharpfuzz" "$bin/EditLint.LanguageServer.dll"
fi

export AFL_SKIP_BIN_CHECK=1            # dotnet itself is not instrumented; SharpFuzz reports coverage
export AFL_SKIP_CPUFREQ=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_AFFINITY=1
export AFL_NO_UI=1

input="$seeds"
if [ -d "$findings/default/queue" ]; then
  input="-"                            # resume the previous run
fi

set +e
timeout --signal=INT "$seconds" afl-fuzz -i "$input" -o "$findings" -t 10000 -m none -- dotnet "$bin/EditLint.Fuzz.dll"
status=$?
set -e
echo "afl-fuzz ended (exit $status)"

stats="$findings/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|unique_crashes|unique_hangs)' "$stats" || true
fi
echo "crashes: $(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)"
echo "hangs:   $(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)"
echo "Replay an input: ${EDITLINT_FUZZ_TARGET:+EDITLINT_FUZZ_TARGET=lsp }dotnet run --project $here/EditLint.Fuzz -c Release -- <file>"
