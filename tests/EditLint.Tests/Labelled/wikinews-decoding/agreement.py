#!/usr/bin/env python3
"""Compares the two labellings of this sample and builds labelled.tsv from them, as ../wikinews-2019/agreement.py does
for its sample (stdlib only; EditLint is not used): labeller-a.tsv and labeller-b.tsv where they agree, adjudicated.tsv
(a third reader's marking, from the guidelines alone) where they differ. Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = '# article, half, sentence with EL2001 marks: the two labellers\' line where they agree, adjudicated.tsv\'s where they differ\n'


def main():
    sys.exit(0 if sampling.write_merged(HERE, HEADER, '--check' in sys.argv) else 1)


main()
