#!/usr/bin/env bash
# The EditLint corpus benchmark: whole-process time of `editlint check` with every built-in rule on and a
# generated 10,000-entry name list, over the corpus at 1x, 2x and 4x, and over one ~10 KB article
# (start-up); plus `grep -c -F -i -f` with the claim lexicons' words over the same files, in the same run,
# as the baseline the throughput target is set against. See bench/README.md and bench/RESULTS.md.
#
#   bench/run.sh [--runs N] [--build aot|tool|r2r|jit] [--no-build] [--corpus DIR]
#
# Needs: the .NET SDK, perl, GNU time (/usr/bin/time), hyperfine, the corpus (bench/make-corpus.sh), and for
# Native AOT (aot, tool) clang and zlib1g-dev (Debian). --corpus DIR runs it over another folder under bench/
# (editlint.bench.json's includes are relative to bench/), laid out like bench/corpus/full (the name list's speakers
# come from DIR/sotu), such as one article, to try the script.
# Output: a table on standard output; raw timings in bench/out/.
set -euo pipefail
export LC_ALL=C.UTF-8

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
out="$here/out"
corpus="$here/corpus/full"
runs=5
build=aot
do_build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --no-build) do_build=0; shift ;;
    --corpus) corpus=$(cd "$2" && pwd); shift 2 ;;
    *) echo "usage: bench/run.sh [--runs N] [--build aot|tool|r2r|jit] [--no-build] [--corpus DIR]" >&2; exit 2 ;;
  esac
done

[ -d "$corpus" ] || { echo "run.sh: no corpus in $corpus; run bench/make-corpus.sh first" >&2; exit 2; }
case "$corpus" in "$here"/*) ;; *) echo "run.sh: the corpus must be a folder under $here" >&2; exit 2 ;; esac
for tool in dotnet perl /usr/bin/time hyperfine; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 2; }
done
mkdir -p "$out"

# --- build ----------------------------------------------------------------------------------------------
# aot: Native AOT, one native executable, as a release ships it for a platform (fast start, fully optimised
# from the first instruction). tool: the README's install path, `dotnet pack` into a temporary folder and
# `dotnet tool install --tool-path` from it, which gives this platform's native package. r2r: framework-dependent
# and ReadyToRun. jit: framework-dependent IL, as the tool's `any` package runs on a platform with no native
# package; it carries the runtime settings of EditLint.Cli.csproj.
tool="$out/editlint-$build"
if [ "$do_build" = 1 ]; then
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
  case "$build" in
    aot) dotnet publish "$repo/src/EditLint.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$tool" -v quiet -nologo >/dev/null ;;
    tool)
      pack=$(mktemp -d)
      dotnet pack "$repo/src/EditLint.Cli" -c Release -o "$pack" -v quiet -nologo >/dev/null
      rm -rf "$tool"
      dotnet tool install --tool-path "$tool" --add-source "$pack" EditLint >/dev/null
      rm -rf "$pack" ;;
    r2r) dotnet publish "$repo/src/EditLint.Cli" -c Release -r "$rid" --self-contained false -p:PublishAot=false \
           -p:PublishReadyToRun=true -o "$tool" -v quiet -nologo >/dev/null ;;
    jit) dotnet publish "$repo/src/EditLint.Cli" -c Release -p:PublishAot=false -o "$tool" -v quiet -nologo >/dev/null ;;
    *) echo "run.sh: --build is aot, tool, r2r or jit" >&2; exit 2 ;;
  esac
fi
editlint="$tool/EditLint.Cli"
[ -x "$editlint" ] || [ -x "$tool/editlint" ] || { echo "run.sh: $editlint was not built" >&2; exit 2; }
[ -x "$editlint" ] || editlint="$tool/editlint"

# --- inputs ---------------------------------------------------------------------------------------------
# What is kept from run to run was made from one corpus folder: made again when the folder is another.
if [ "$(cat "$out/corpus.source" 2>/dev/null)" != "$corpus" ]; then
  rm -rf "$out/corpus-2x" "$out/corpus-4x" "$out/names-100000.json"
  echo "$corpus" > "$out/corpus.source"
fi
names="$out/names-10000.json"
perl "$here/make-names.pl" 10000 "$corpus/sotu" > "$names"
names100k="$out/names-100000.json"
[ -s "$names100k" ] || perl "$here/make-names.pl" 100000 "$corpus/sotu" > "$names100k"

lexicon="$out/lexicon.txt"
perl "$here/make-lexicon.pl" "$repo/rules/EL2001.superlatives.json" "$repo/rules/EL2002.temporal.json" > "$lexicon"
lexicon_source="rules/EL2001.superlatives.json + rules/EL2002.temporal.json"

# 2x and 4x: hard-linked copies of the corpus (same bytes, same page cache), so only size changes.
for k in 2 4; do
  dir="$out/corpus-${k}x"
  if [ ! -d "$dir" ]; then
    for i in $(seq 1 $k); do mkdir -p "$dir/copy$i" && cp -al "$corpus/." "$dir/copy$i/"; done
  fi
done
article=$(cd "$corpus" && find . -name '*.md' -size -11k -size +9k | sort | head -1)
article="$corpus/${article#./}"

# Run from an empty folder with an explicit configuration, so no editlint.json above the corpus applies.
config="$here/editlint.bench.json"
bytes_of() { find "$1" -type f -name '*.md' -exec cat {} + | wc -c; }

# --- measure ---------------------------------------------------------------------------------------------
# One line per run: wall s, user s, sys s, max RSS KB. Exit codes 0 and 1 (findings) are both a good run.
measure() { # label, command...
  local label=$1; shift
  local log="$out/$label.times"
  : > "$log"
  for _ in $(seq 1 "$runs"); do
    local rc=0
    /usr/bin/time -f '%e %U %S %M' -o "$out/.time" "$@" > "$out/$label.out" 2> "$out/$label.err" || rc=$?
    if [ "$rc" -gt 1 ]; then
      echo "run.sh: '$label' failed with exit code $rc:" >&2; cat "$out/$label.err" >&2; exit 2
    fi
    tail -1 "$out/.time" >> "$log"
  done
}
median() { # column of a .times file
  sort -g -k"$2" "$out/$1.times" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

check=("$editlint" check --config "$config" --names "$names")
echo "editlint ($build) over $corpus; $runs runs each; lexicon: $(wc -l < "$lexicon") terms from $lexicon_source" >&2
# grep and editlint alternate, so a busy moment on the machine hits both.
: > "$out/grep-1x.times"; : > "$out/grep-utf8-1x.times"; : > "$out/editlint-1x.times"
all_runs=$runs; runs=1
for _ in $(seq 1 "$all_runs"); do
  measure grep-1x.tmp env LC_ALL=C grep -r -c -F -i -f "$lexicon" "$corpus"
  cat "$out/grep-1x.tmp.times" >> "$out/grep-1x.times"
  measure grep-utf8-1x.tmp env LC_ALL=C.UTF-8 grep -r -c -F -i -f "$lexicon" "$corpus"
  cat "$out/grep-utf8-1x.tmp.times" >> "$out/grep-utf8-1x.times"
  measure editlint-1x.tmp "${check[@]}" "$corpus"
  cat "$out/editlint-1x.tmp.times" >> "$out/editlint-1x.times"
done
runs=$all_runs
mv "$out/editlint-1x.tmp.out" "$out/editlint-1x.out"
measure editlint-2x "${check[@]}" "$out/corpus-2x"
measure editlint-4x "${check[@]}" "$out/corpus-4x"
measure names-100k "$editlint" check --config "$config" --names "$names100k" "$article"
hyperfine --runs $((runs * 4)) --warmup 3 --export-json "$out/article.json" -i -N \
  "$editlint check --config $config --names $names $article" > /dev/null 2>&1

# --- report -----------------------------------------------------------------------------------------------
size1=$(bytes_of "$corpus")
row() { # label, bytes
  local wall user sys rss
  wall=$(median "$1" 1); user=$(median "$1" 2); sys=$(median "$1" 3); rss=$(median "$1" 4)
  awk -v l="$1" -v b="$2" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" 'BEGIN {
    printf "| %-12s | %8.1f | %7.2f | %7.2f | %6.2f | %7.0f | %7.1f |\n", l, b / 1e6, b / 1e6 / w, w, u + s, m / 1024, b / 1e6 / (u + s) }'
}
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "tool: $build build of $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src || echo ' (with local changes)')"
echo
echo "| run          |       MB |    MB/s |  wall s |  CPU s | peak MB | MB/CPU-s |"
echo "|--------------|---------:|--------:|--------:|-------:|--------:|---------:|"
row grep-1x "$size1"
row grep-utf8-1x "$size1"
row editlint-1x "$size1"
row editlint-2x $((size1 * 2))
row editlint-4x $((size1 * 4))
echo
awk -v g="$(median grep-1x 1)" -v u="$(median grep-utf8-1x 1)" -v e="$(median editlint-1x 1)" \
  'BEGIN { printf "editlint / grep throughput (1x, median wall): %.2f against grep in the C locale, %.2f against C.UTF-8\n", g / e, u / e }'
cpu() { awk '{ print $2 + $3 }' "$out/$1.times" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
awk -v a="$(median editlint-1x 1)" -v b="$(median editlint-2x 1)" -v c="$(median editlint-4x 1)" \
    -v x="$(cpu editlint-1x)" -v y="$(cpu editlint-2x)" -v z="$(cpu editlint-4x)" \
  'BEGIN { printf "growth 2x/1x and 4x/1x (linear: 2.00 and 4.00): wall %.2f and %.2f, CPU %.2f and %.2f\n", b / a, c / a, y / x, z / x }'
perl -MJSON::PP -e 'local $/; my $r = decode_json(<STDIN>)->{results}[0];
  my @t = sort { $a <=> $b } @{ $r->{times} }; my $m = $t[int(@t / 2)];
  printf "one article (%s, %d bytes): median %.0f ms, min %.0f ms over %d runs\n", $ARGV[0], $ARGV[1], $m * 1000, $t[0] * 1000, scalar @t' \
  "${article#"$here/"}" "$(wc -c < "$article")" < "$out/article.json"
awk -v w="$(median names-100k 1)" -v m="$(median names-100k 4)" 'BEGIN { printf "one article with the 100,000-entry name list: %.2f s wall, %.0f MB peak\n", w, m / 1024 }'
echo "findings (1x): $(tail -1 "$out/editlint-1x.out")"
