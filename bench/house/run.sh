#!/usr/bin/env bash
# The benchmark of declarative house rules: `editlint check` over the corpus with the built-in
# rules alone, then with a generated 5,000-entry substitution pack (make-house-pack.pl) added through
# rulePaths. The pack must add less than 20% to the wall time. Also times `editlint test-rules` on the pack
# alone (loading and compiling 5,000 entries into one matcher).
#
#   bench/house/run.sh [--runs N] [--corpus DIR] [--no-build]
#
# Needs: the .NET SDK, perl, hyperfine, the corpus (bench/make-corpus.sh; default bench/corpus/full).
# Output: a table on standard output; the pack, the configurations and hyperfine's JSON in bench/out/house/.
set -euo pipefail
export LC_ALL=C.UTF-8

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out="$repo/bench/out/house"
corpus="$repo/bench/corpus/full"
runs=5
do_build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --no-build) do_build=0; shift ;;
    *) echo "usage: bench/house/run.sh [--runs N] [--corpus DIR] [--no-build]" >&2; exit 2 ;;
  esac
done

[ -d "$corpus" ] || { echo "run.sh: no corpus in $corpus; run bench/make-corpus.sh first" >&2; exit 2; }
corpus=$(cd "$corpus" && pwd)
mkdir -p "$out/rules"

tool="$out/editlint"
if [ "$do_build" = 1 ]; then
  dotnet publish "$repo/src/EditLint.Cli" -c Release -o "$tool" -v quiet -nologo >/dev/null
fi
editlint="$tool/EditLint.Cli"

perl "$here/make-house-pack.pl" 5000 "$corpus" > "$out/rules/house-5000.json"
entries=$(grep -c '^        "' "$out/rules/house-5000.json")

# Same include globs for both runs; only rulePaths differs. Paths are relative to each configuration's folder.
printf '{ "include": ["**/*.md"] }\n' > "$out/without.json"
printf '{ "include": ["**/*.md"], "rulePaths": ["rules"] }\n' > "$out/with.json"
bytes=$(find "$corpus" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }')

# Files are linted when they sit under the configuration's folder, so the corpus is copied next to it.
rm -rf "$out/corpus" && cp -r "$corpus" "$out/corpus" && corpus="$out/corpus"
cd "$out"
"$editlint" check --config without.json corpus > without.txt || true
"$editlint" check --config with.json corpus > with.txt || true
tail -1 without.txt; tail -1 with.txt
findings=$(grep -c ' BENCH0001: ' with.txt || true)

hyperfine --runs "$runs" --warmup 1 --ignore-failure --export-json "$out/hyperfine.json" \
  -n without "$editlint check --config without.json corpus" \
  -n with-5000 "$editlint check --config with.json corpus" \
  -n test-rules "$editlint test-rules rules" >/dev/null

perl -MJSON::PP -e '
  my ($file, $bytes, $entries, $findings) = @ARGV;
  local $/; open my $fh, "<", $file or die; my $r = decode_json(<$fh>)->{results};
  my %m = map { $_->{command} => $_ } @$r;
  my ($a, $b, $t) = @m{qw(without with-5000 test-rules)};
  printf "corpus: %.1f MB of Markdown; pack: %d substitution entries in one rule, %d findings\n", $bytes / 1e6, $entries, $findings;
  printf "%-12s %10s %10s %8s\n", "run", "median s", "user s", "MB/s";
  for my $x ($a, $b, $t) { printf "%-12s %10.3f %10.3f %8s\n", $x->{command}, $x->{median}, $x->{user}, $x->{command} eq "test-rules" ? "-" : sprintf("%.1f", $bytes / 1e6 / $x->{median}); }
  printf "added by the pack: %+.1f%% wall (median), %+.1f%% user CPU; target < 20%%\n", 100 * ($b->{median} / $a->{median} - 1), 100 * ($b->{user} / $a->{user} - 1);
' "$out/hyperfine.json" "$bytes" "$entries" "$findings"
