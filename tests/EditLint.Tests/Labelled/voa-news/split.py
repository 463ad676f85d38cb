#!/usr/bin/env python3
"""Writes ../EL2001.voa-dev.txt and ../EL2001.voa-test.txt from labelled.tsv (stdlib only; EditLint is not used).
labelled.tsv: day, half (as draw.py wrote it), sentence with its {|EL2001:...|} marks.
Usage: split.py (writes the two files) or split.py --check (exits 1 if they differ).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2001 (unsupported superlatives), news sample from Voice of America newscasts, {half}.
#
# Source: the scripts of 80 daily VOA News radio newscasts, 2020-11-20 .. 2021-02-22 (Voice of America, a work of the
# United States Government, public domain in the United States), as transcribed in github.com/littleflute/voanews1;
# none read for an earlier set; voa-news/README.md. Drawn by voa-news/draw.py without running EditLint: all 135
# sentences of 6+ words with a superlative word (the Current events samples' criterion) and 265 of the 2,343 others, at
# random (seed 20261208). Split by SHA-256 of "EL2001:" + sentence (first byte even: development, odd: test).
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (voa-news/labeller-a.tsv, labeller-b.tsv); the sentences they marked
# differently were decided by a third reader, also from the guidelines alone (voa-news/adjudicated.tsv).
# voa-news/agreement.py rebuilds these labels from the three files.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    sys.exit(0 if sampling.write_halves(HERE, 'EL2001', 'voa', HEADER, '--check' in sys.argv) else 1)


main()
