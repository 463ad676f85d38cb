#!/usr/bin/env python3
"""Compares the two labellings of this sample (stdlib only; EditLint is not used) and writes the second labeller's
halves, ../EL2001.amalgum2b-dev.txt and -test.txt, so that the rule can be scored against either.

labelled.tsv: the first labels (the rule's tuner). second-labeller.tsv: a second reader's, from docs/rules/annotation.md
alone, without the rule, its code, its output or the first labels. A span agrees when it overlaps a span of the other
labelling in the same sentence. Usage: agreement.py (prints the figures, writes the files) or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2001 (unsupported superlatives), second Wikinews sample as the second labeller marked it, {half}.
#
# The same sentences as EL2001.amalgum2-dev.txt and -test.txt (see amalgum-2/draw.py), labelled by a second reader
# from docs/rules/annotation.md alone, without the rule, its code, its output or the first labels; written by
# amalgum-2/agreement.py from amalgum-2/second-labeller.tsv.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    sampling.print_agreement(sampling.agreement(sampling.split_labels(os.path.join(HERE, 'labelled.tsv')), sampling.split_labels(os.path.join(HERE, 'second-labeller.tsv'))))
    same = sampling.write_halves(HERE, 'EL2001', 'amalgum2b', HEADER, '--check' in sys.argv, source='second-labeller.tsv')
    sys.exit(0 if same else 1)


main()
