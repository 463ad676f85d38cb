#!/usr/bin/env python3
"""Compares the two labellings of this sample, builds labelled.tsv from them and writes the sealed sample,
../EL2001.wikinews6-test.txt, as ../wikinews-sum/agreement.py does for its sample (stdlib only; EditLint is not used):
labeller-a.tsv and labeller-b.tsv where they agree, adjudicated.tsv (a third reader's marking, from the guidelines
alone) where they differ. Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SAMPLE_FILE = 'EL2001.wikinews6-test.txt'
SAMPLE_HEADER = """# EL2001 (unsupported superlatives), sixth news sample: 458 English Wikinews articles of another copy, sealed whole:
# scored once, never tuned on.
#
# Source: data/selected_multilingual_wikinews.jsonl and data/selected_multilingual_wikinews_test.jsonl of
# github.com/andreapdr/SBDTesting at f271c282 (branch posterior_VGF), a selection from PrimerAI's WikiNews-multilingual
# scrape of English Wikinews (Wikinews contributors, CC BY 2.5); articles also in a copy an earlier sample drew from left
# out; wikinews-6/README.md. Drawn by wikinews-6/draw.py without running EditLint, after the rule was tuned on every
# earlier sample: all 210 sentences of 6+ words with a superlative word (the Current events samples' criterion) and 290
# of the 5,985 others, at random (seed 20261212).
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (wikinews-6/labeller-a.tsv, labeller-b.tsv); the sentences they
# marked differently were decided by a third reader from the guidelines alone (wikinews-6/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


sampling.run_sealed_whole(HERE, 'article', SAMPLE_FILE, SAMPLE_HEADER)
