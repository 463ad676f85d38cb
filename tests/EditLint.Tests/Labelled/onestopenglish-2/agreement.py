#!/usr/bin/env python3
"""Compares the two readings of this sample, builds labelled.tsv from them and writes the sealed sample,
../EL2001.onestopenglish2-test.txt, as ../onestopenglish/agreement.py does for its sample (stdlib only; EditLint is not
used): labeller-a.tsv and labeller-b.tsv where they agree, adjudicated.tsv (../adjudicate.py) where they differ.
Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SAMPLE_FILE = 'EL2001.onestopenglish2-test.txt'
SAMPLE_HEADER = """# EL2001 (unsupported superlatives), second news sample from the OneStopEnglish corpus (The Guardian, edited for
# advanced learners of English), sealed whole: scored once, never tuned on.
#
# Source: the 189 articles of the first OneStopEnglish sample (github.com/nishkalavallabhi/OneStopEnglishCorpus at
# 37f8db3; CC BY-SA 4.0); onestopenglish-2/README.md. Drawn by onestopenglish-2/draw.py without running EditLint, after
# the rule was tuned on every earlier sample: all 157 sentences of 6+ words with a superlative word that the first
# sample left and 143 of the 6,207 others, at random (seed 20261217), none of any earlier labelled set.
# Labelled by docs/rules/annotation.md, every sentence, in three readings made from the guidelines alone, without the
# rule, its code, its output or the other readings, each by two readers who read one half (onestopenglish-2/
# labeller-a.tsv, labeller-b.tsv, labeller-c.tsv); the 5 sentences A and B mark differently were decided by reading C,
# which sided with one of them each time (adjudicate.py onestopenglish-2, onestopenglish-2/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


sampling.run_sealed_whole(HERE, 'article', SAMPLE_FILE, SAMPLE_HEADER)
