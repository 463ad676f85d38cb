#!/usr/bin/env python3
"""Compares the two labellings of this sample, builds labelled.tsv from them and writes the sealed sample,
../EL2001.voale-test.txt, as ../wikinews-decoding-3/agreement.py does for its sample (stdlib only; EditLint is not
used): labeller-a.tsv and labeller-b.tsv where they agree, adjudicated.tsv (a third reader's marking, from the
guidelines alone) where they differ. Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SAMPLE_FILE = 'EL2001.voale-test.txt'
SAMPLE_HEADER = """# EL2001 (unsupported superlatives), news sample from VOA Learning English stories, sealed whole: scored once, never
# tuned on.
#
# Source: 15 VOA Learning English stories of 2020-11-19 .. 2020-12-03 (every fourth of the 61 of As It Is, Health &
# Lifestyle, Education, Science & Technology and Arts & Culture), saved in github.com/littleflute/AS-IT-IS; written by
# Voice of America, public domain in the United States; voa-learning-english/README.md. Drawn by
# voa-learning-english/draw.py without running EditLint, after the rule was tuned on every earlier sample: every
# sentence of 6+ words of the 15 stories that no earlier labelled set holds, shuffled (seed 20261215).
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (voa-learning-english/labeller-a.tsv, labeller-b.tsv); the
# sentences they marked differently were decided by a third reader from the guidelines alone
# (voa-learning-english/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


sampling.run_sealed_whole(HERE, 'story', SAMPLE_FILE, SAMPLE_HEADER)
