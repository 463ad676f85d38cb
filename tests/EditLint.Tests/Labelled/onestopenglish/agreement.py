#!/usr/bin/env python3
"""Compares the two labellings of this sample, builds labelled.tsv from them and writes the sealed sample,
../EL2001.onestopenglish-test.txt, as ../wikinews-decoding-3/agreement.py does for its sample (stdlib only; EditLint is
not used): labeller-a.tsv and labeller-b.tsv where they agree, adjudicated.tsv (a third reader's marking, from the
guidelines alone) where they differ. Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SAMPLE_FILE = 'EL2001.onestopenglish-test.txt'
SAMPLE_HEADER = """# EL2001 (unsupported superlatives), news sample from the OneStopEnglish corpus (The Guardian, edited for advanced
# learners of English), sealed whole: scored once, never tuned on.
#
# Source: Texts-SeparatedByReadingLevel/Adv-Txt/*-adv.txt of github.com/nishkalavallabhi/OneStopEnglishCorpus at
# 37f8db3 (189 articles of about 2012-2015; CC BY-SA 4.0); onestopenglish/README.md. Drawn by onestopenglish/draw.py
# without running EditLint, after the rule was tuned on every earlier sample: 400 of the 557 sentences of 6+ words with
# a superlative word and 100 of the 6,307 others, at random (seed 20261215), none of any earlier labelled set.
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (onestopenglish/labeller-a.tsv, labeller-b.tsv); the 45 sentences
# they marked differently were decided by a third reading made the same way where it sided with one of them (40), and by
# a fourth reader from the guidelines alone where all three differed (5) (adjudicate.py onestopenglish,
# onestopenglish/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


sampling.run_sealed_whole(HERE, 'article', SAMPLE_FILE, SAMPLE_HEADER)
