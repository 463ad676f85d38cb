#!/usr/bin/env bash
# Time bounds on adversarial input: each input is linted at 1x and 2x its size, and the CPU time of
# the whole process is compared. Linear work means a ratio near 2 (start-up makes it lower).
#
#   bench/adversarial.sh [SIZE]      SIZE: characters at 1x (default 2000000)
#
# Needs the .NET SDK and GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
size=${1:-2000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/EditLint.Cli -o "$work/bin" >/dev/null
tool="$work/bin/EditLint.Cli.dll"

# One file per kind and size, made with perl so that the script needs nothing else.
make() {
  local kind=$1 chars=$2 out=$3
  perl -e '
    my ($kind, $chars) = @ARGV;
    my %unit = (
      paragraph => "the most important word recently written ",
      names     => "Masashiko Komura met Park Geun-Hye and Yun Byung-Se and Masahiko Komoura, ",
      capitals  => "Abc ",
      brackets  => "[[a] ",
      urls      => "see http://example.com/a|b and www.example.org/x, ",
    );
    my $u = $unit{$kind};
    print $u x int($chars / length($u));
  ' "$kind" "$chars" > "$out"
}

printf '%-10s %12s %12s %8s\n' input "cpu 1x (s)" "cpu 2x (s)" ratio
for kind in paragraph names capitals brackets urls; do
  make "$kind" "$size" "$work/$kind-1.md"
  make "$kind" $((size * 2)) "$work/$kind-2.md"
  cpu() {
    /usr/bin/time -f '%U %S' -o "$work/time" dotnet "$tool" check "$1" --no-color >/dev/null 2>&1 || true
    tail -n 1 "$work/time" | awk '{ printf "%.2f", $1 + $2 }'
  }
  one=$(cpu "$work/$kind-1.md")
  two=$(cpu "$work/$kind-2.md")
  printf '%-10s %12s %12s %8s\n' "$kind" "$one" "$two" "$(awk -v a="$one" -v b="$two" 'BEGIN { printf "%.2f", b / a }')"
done
