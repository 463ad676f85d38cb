#!/usr/bin/env python3
"""Compares the two labellings of this sample, builds labelled.tsv from them and writes the sealed sample,
../EL2001.wikisum-test.txt (stdlib only; EditLint is not used).

labeller-a.tsv and labeller-b.tsv: two readers' labels (article, marked sentence), each from docs/rules/annotation.md
alone, without the rule, its code, its output or the other's labels. Where the two lines are the same, labelled.tsv
takes that line; where they differ, the sentence as a third reader marked it, from the guidelines alone, after seeing
both labellings (adjudicated.tsv: line number in the sample, marked sentence). A span agrees when it overlaps a span of
the other labelling in the same sentence. Usage: agreement.py (prints the figures, writes the files) or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SAMPLE_FILE = 'EL2001.wikisum-test.txt'
SAMPLE_HEADER = """# EL2001 (unsupported superlatives), sample from 101 English Wikinews articles (WikinewsSum), sealed whole: scored
# once, never tuned on.
#
# Source: github.com/airKlizz/WikinewsSum at commit 1d985031625909c908766812e8a18d0c88116ec8, endataset.json: English
# Wikinews articles (Wikinews contributors, CC BY 2.5), their wiki text made prose; wikinews-sum/README.md. Drawn by
# wikinews-sum/draw.py without running EditLint, after the rule was tuned on every earlier sample: all 44 sentences of
# 6+ words with a superlative word and 256 of the 711 others, at random (seed 20261209).
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (wikinews-sum/labeller-a.tsv, labeller-b.tsv); the sentences they
# marked differently were decided by a third reader from the guidelines alone (wikinews-sum/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


sampling.run_sealed_whole(HERE, 'article', SAMPLE_FILE, SAMPLE_HEADER)
