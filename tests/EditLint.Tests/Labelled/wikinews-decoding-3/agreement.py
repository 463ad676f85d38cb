#!/usr/bin/env python3
"""Compares the two labellings of this sample, builds labelled.tsv from them and writes the sealed sample,
../EL2001.wikinews7-test.txt, as ../wikinews-sum/agreement.py does for its sample (stdlib only; EditLint is not used):
labeller-a.tsv and labeller-b.tsv where they agree, adjudicated.tsv (a third reader's marking, from the guidelines
alone) where they differ. Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SAMPLE_FILE = 'EL2001.wikinews7-test.txt'
SAMPLE_HEADER = """# EL2001 (unsupported superlatives), third news sample from 2,000 English Wikinews articles, sealed whole: scored
# once, never tuned on.
#
# Source: data/wikinews/wikinews.jsonl of github.com/gmftbyGMFTBY/MomentumDecoding at 84f3d8b (English Wikinews,
# mostly 2008-2011; Wikinews contributors, CC BY 2.5); articles that lost characters outside ASCII left out;
# wikinews-decoding-3/README.md. Drawn by wikinews-decoding-3/draw.py without running EditLint, after the rule was tuned
# on every earlier sample: all 110 sentences of 6+ words with a superlative word that the two earlier draws left and 290
# of the 19,601 others, at random (seed 20261213), none of any earlier labelled set.
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (wikinews-decoding-3/labeller-a.tsv, labeller-b.tsv); the sentence
# they marked differently was decided by a third reader from the guidelines alone (wikinews-decoding-3/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


sampling.run_sealed_whole(HERE, 'article', SAMPLE_FILE, SAMPLE_HEADER)
