#!/usr/bin/env python3
"""Draws a second news sample for EL2001 from Wikipedia's Current events portal, 2025-2026, sealed whole (stdlib only;
EditLint is not used).

Source and reading: ../current-events/draw.py's (github.com/fordred/wikinews at commit
0441f5273b8763fa543a6148b97efbbbae37b371, docs/_posts/*-index.md; English Wikipedia, Portal:Current events, CC BY-SA
4.0), imported unchanged, as is its criterion. The sentences of every labelled set are left out, the first Current
events sample's among them. Drawn after the rule had been tuned on the whole of the first sample: every candidate left
(all of them, 91) and others at random (seed 20261206) up to 200, shuffled. Not split: the whole sample is scored once.
Usage: draw.py POSTS_DIR > unlabelled.tsv   (columns: day, sentence)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261206
SIZE = 200


def main():
    first = sampling.load_script('current-events/draw.py')
    pool = first.unused_sentences(sys.argv[1], ('EL2001.current2', 'EL2001.current3'))  # its own sentences and the later sample's
    chosen = sampling.all_candidates_and_others(pool, first.candidate, SIZE, SEED)
    sampling.print_sealed(chosen, 'day', 'Wikipedia, Portal:Current events, CC BY-SA 4.0')


main()
