#!/usr/bin/env python3
"""Compares the two readings of this sample, builds labelled.tsv from them and writes the sealed sample,
../EL2001.voale2-test.txt, as ../onestopenglish/agreement.py does for its sample (stdlib only; EditLint is not used):
labeller-a.tsv and labeller-b.tsv where they agree, adjudicated.tsv (../adjudicate.py) where they differ.
Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SAMPLE_FILE = 'EL2001.voale2-test.txt'
SAMPLE_HEADER = """# EL2001 (unsupported superlatives), second news sample from VOA Learning English (April 2021), sealed whole: scored
# once, never tuned on.
#
# Source: the 48 story pages of github.com/littleflute/vle202104 at e1629fd (2021-04-01 .. 2021-04-11 and 2021-04-25;
# public domain in the United States); voa-learning-english-2/README.md. Drawn by voa-learning-english-2/draw.py without
# running EditLint, after the rule was tuned on every earlier sample: all 79 sentences of 6+ words with a superlative
# word and 321 of the 1,621 others, at random (seed 20261216), none of any earlier labelled set.
# Labelled by docs/rules/annotation.md, every sentence, in three readings made from the guidelines alone, without the
# rule, its code, its output or the other readings, each by two readers who read one half (voa-learning-english-2/
# labeller-a.tsv, labeller-b.tsv, labeller-c.tsv); A and B mark the same sentences and differ only in where three spans
# begin, which reading C decided (adjudicate.py voa-learning-english-2, voa-learning-english-2/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


sampling.run_sealed_whole(HERE, 'story', SAMPLE_FILE, SAMPLE_HEADER)
