#!/usr/bin/env python3
"""Compares the two labellings of this sample and builds labelled.tsv from them (stdlib only; EditLint is not used).

labeller-a.tsv and labeller-b.tsv: two readers' labels, each from docs/rules/annotation.md alone, without the rule, its
code, its output or the other's labels. Where the two lines are the same, labelled.tsv takes that line; where they
differ, the sentence as a third reader marked it, from the guidelines alone, after seeing both labellings
(adjudicated.tsv: line number in the sample, marked sentence). A span agrees when it overlaps a span of the other
labelling in the same sentence. Usage: agreement.py (prints the figures, writes labelled.tsv) or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = '# day, half, sentence with EL2001 marks: the two labellers\' line where they agree, adjudicated.tsv\'s where they differ\n'


def main():
    sys.exit(0 if sampling.write_merged(HERE, HEADER, '--check' in sys.argv) else 1)


main()
