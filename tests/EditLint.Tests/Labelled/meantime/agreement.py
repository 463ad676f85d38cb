#!/usr/bin/env python3
"""Compares the readings of this sample for each rule, builds labelled.tsv (article, sentence with both rules' marks) and
writes the two sealed samples, ../EL2001.meantime-test.txt and ../EL2002.meantime-test.txt (stdlib only; EditLint is
not used): labeller-a.tsv and labeller-b.tsv where they mark a sentence alike, adjudicated.tsv where they differ:
reading C's marking (labeller-c.tsv), which may be A's, B's or its own (sampling.write_both_rules).
Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# {rule} ({name}), news from the English section of the NewsReader MEANTIME corpus (112 English Wikinews articles of
# 2004-2011 on Airbus and Boeing, Apple, General Motors and the stock market), sealed whole: scored once, never tuned on.
#
# Source: meantime/README.md (Wikinews text CC BY 2.5, Wikinews contributors; MEANTIME CC BY 4.0, (c) 2015 FBK, VU
# Amsterdam, UPV/EHU). Drawn by meantime/draw.py without running EditLint: every sentence the superlative criterion
# takes (116), 184 that only the time-word criterion takes and 100 others, at random (seed 20261206).
# Labelled by docs/rules/annotation.md, for both rules at once, every sentence, in three readings made from the
# guidelines alone, without the rules, their code, their output or the other readings, each by two readers who read
# one half (meantime/labeller-a.tsv, labeller-b.tsv, labeller-c.tsv); where A and B differ, reading C decides
# (adjudicated.tsv).
#
"""


def adjudicate(check):
    """Writes adjudicated.tsv: for each sentence that readings A and B mark differently, reading C's marking."""
    a, b, c = (sampling.rows(os.path.join(HERE, f'labeller-{x}.tsv')) for x in 'abc')
    lines = [f'{n}\t{z.split(chr(9), 1)[1]}' for n, (x, y, z) in enumerate(zip(a, b, c), start=1) if x != y]
    header = "# line in the sample, the sentence as reading C marks it, where readings A and B mark it differently\n"
    return sampling.write_text(os.path.join(HERE, 'adjudicated.tsv'), header + '\n'.join(lines) + '\n', check)


check = '--check' in sys.argv
same = adjudicate(check)
sys.exit(0 if sampling.write_both_rules(HERE, 'meantime', HEADER, check) and same else 1)
