#!/usr/bin/env python3
"""Draws a third news sample for EL2001 from the 2,000 English Wikinews articles of ../wikinews-decoding/ (stdlib only;
EditLint is not used), after the rule was tuned on every earlier sample; sealed whole.

Source and reading: as ../wikinews-decoding/draw.py (github.com/gmftbyGMFTBY/MomentumDecoding at 84f3d8b,
data/wikinews/wikinews.jsonl; Wikinews contributors, CC BY 2.5; articles that lost characters outside ASCII left out).
The pool leaves out every sentence of an earlier labelled set, the two earlier samples of these articles among them.
Criterion: ../current-events/draw.py's candidate(), as for the earlier samples. The two earlier draws left 110
candidates: all are taken, and other sentences at random (seed 20261213) up to 400 in all, shuffled
(sampling.all_candidates_and_others). Not split: the whole sample is sealed until it is scored once.

Usage: draw.py wikinews.jsonl > unlabelled.tsv   (columns: article id, sentence)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261213
SIZE = 400


def main():
    first = sampling.load_script('wikinews-decoding/draw.py')
    portal = sampling.load_script('current-events/draw.py')
    pool = first.unused_pool(sys.argv[1], ('EL2001.wikinews7',))
    chosen = sampling.all_candidates_and_others(pool, portal.candidate, SIZE, SEED)
    sampling.print_sealed(chosen, 'article', 'English Wikinews via MomentumDecoding, CC BY 2.5')


if __name__ == '__main__':
    main()
