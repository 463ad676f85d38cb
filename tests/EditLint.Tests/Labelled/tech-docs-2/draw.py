#!/usr/bin/python3
"""Draws a sample of technical documentation for EL2001 (unsupported superlatives) without running EditLint.

Source and sentences: ../tech-docs/draw.py's (the Node.js 18 API reference and the Perl 5.36 manual of the benchmark
corpus, prose of every Markdown paragraph read with markdown-it-py), imported unchanged; sentences of any labelled set
left out, including the EL2002 documentation sample's.
Criterion: ../current-events/draw.py's candidate() (../draw-wikinews.py's superlative(), "at least" and "at most" set
aside). 240 candidates and 60 others at random (seed 20261206), shuffled; the half is ../draw-wikinews.py's half()
(SHA-256 of "EL2001:" + sentence).
Usage: /usr/bin/python3 draw.py DIR > unlabelled.tsv   (columns: file, half, sentence)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

docs = sampling.load_script('tech-docs/draw.py')
portal = sampling.load_script('current-events/draw.py')
SOURCE = 'Node.js 18 API reference, MIT; Perl 5.36 manual, Artistic License or GPL'
SEED = 20261206
CANDIDATES, OTHERS = 240, 60


def main(corpus):
    pool = docs.unused_sentences(corpus, ('EL2001.techdocs',))
    chosen = sampling.candidates_and_others(pool, portal.candidate, CANDIDATES, OTHERS, SEED)
    sampling.print_drawn(chosen, 'EL2001', 'file', SOURCE)


if __name__ == '__main__':
    main(sys.argv[1])
