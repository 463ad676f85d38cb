#!/usr/bin/env python3
"""Writes ../EL2001.wikinews4-dev.txt and ../EL2001.wikinews4-test.txt from labelled.tsv (stdlib only; EditLint is not
used). labelled.tsv: article id, half (as draw.py wrote it), sentence with its {|EL2001:...|} marks.
Usage: split.py (writes the two files) or split.py --check (exits 1 if they differ).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2001 (unsupported superlatives), news sample from 2,000 English Wikinews articles, {half}.
#
# Source: data/wikinews/wikinews.jsonl of github.com/gmftbyGMFTBY/MomentumDecoding at 84f3d8b (English Wikinews,
# mostly 2008-2011; Wikinews contributors, CC BY 2.5); articles that lost characters outside ASCII left out; none read
# for an earlier set; wikinews-decoding/README.md. Drawn by wikinews-decoding/draw.py without running EditLint: 400 of
# the 910 sentences of 6+ words with a superlative word (the Current events samples' criterion) and 100 of the 19,801
# others, at random (seed 20261204). Split by SHA-256 of "EL2001:" + sentence (first byte even: development, odd: test).
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (wikinews-decoding/labeller-a.tsv, labeller-b.tsv); the sentences
# they marked differently were decided by a third reader, also from the guidelines alone
# (wikinews-decoding/adjudicated.tsv). wikinews-decoding/agreement.py rebuilds these labels from the three files.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    sys.exit(0 if sampling.write_halves(HERE, 'EL2001', 'wikinews4', HEADER, '--check' in sys.argv) else 1)


main()
