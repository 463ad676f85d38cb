#!/usr/bin/env python3
"""Writes ../EL2002.voa-dev.txt and ../EL2002.voa-test.txt from labelled.tsv (stdlib only; EditLint is not used).
Usage: split.py (writes the two files) or split.py --check (exits 1 if they differ).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2002 (undated claims), news sample from Voice of America newscasts, {half}.
#
# Source: the scripts of 80 daily VOA News radio newscasts, 2020-11-20 .. 2021-02-22 (Voice of America, a work of the
# United States Government, public domain in the United States), as transcribed in github.com/littleflute/voanews1;
# voa-news-2/README.md. Drawn by voa-news-2/draw.py without running EditLint: 320 of the 927 unused sentences of 6+ words
# with a time word, weekday or month (draw-wikinews.py's criterion) and 80 of the 1,151 others, at random (seed
# 20261210). Split by SHA-256 of "EL2002:" + sentence (first byte even: development, odd: test).
# Labelled by docs/rules/annotation.md, every sentence on its own (the newscast's date is no anchor), by two readers who
# worked from the guidelines alone, without the rule, its code, its output or each other's labels
# (voa-news-2/labeller-a.tsv, labeller-b.tsv); the sentences they marked differently were decided by a third reader,
# also from the guidelines alone (voa-news-2/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    sys.exit(0 if sampling.write_halves(HERE, 'EL2002', 'voa', HEADER, '--check' in sys.argv) else 1)


main()
