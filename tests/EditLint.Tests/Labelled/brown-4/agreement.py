#!/usr/bin/env python3
"""Compares the two labellings of this sample (stdlib only; EditLint is not used) and writes the second labeller's
version, ../EL2001.brown4b-test.txt, so that the rule can be scored against either.

labelled.tsv: the first labels (the rule's tuner). second-labeller.tsv: a second reader's, from docs/rules/annotation.md
alone, without the rule, its code, its output or the first labels. A span agrees when it overlaps a span of the other
labelling in the same sentence. Usage: agreement.py (prints the figures, writes the file) or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2001 (unsupported superlatives), fourth Brown sample as the second labeller marked it.
#
# The same 270 sentences as EL2001.brown4-test.txt (see brown-4/draw.py), labelled by a second reader from
# docs/rules/annotation.md alone, without the rule, its code, its output or the first labels; written by
# brown-4/agreement.py from brown-4/second-labeller.tsv.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def read(name):
    out, lines = {}, []
    for line in open(os.path.join(HERE, name), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        sentence = line.rstrip('\n').split('\t', 1)[1]
        plain, spans = sampling.spans_of(sentence, 'EL2001')
        out[plain] = spans
        lines.append(sentence)
    return out, lines


def main():
    first, _ = read('labelled.tsv')
    second, lines = read('second-labeller.tsv')
    sampling.print_agreement(sampling.agreement(first, second))
    path = os.path.join(HERE, '..', 'EL2001.brown4b-test.txt')
    sys.exit(0 if sampling.write_sample(lines, 'EL2001', HEADER, path, '--check' in sys.argv) else 1)


main()
