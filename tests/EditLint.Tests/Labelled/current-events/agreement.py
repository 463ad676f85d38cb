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


def rows(name):
    return [l.rstrip('\n') for l in open(os.path.join(HERE, name), encoding='utf-8') if not l.startswith('#') and l.strip()]


def main():
    sampling.print_agreement(sampling.agreement(sampling.split_labels(os.path.join(HERE, 'labeller-a.tsv')), sampling.split_labels(os.path.join(HERE, 'labeller-b.tsv'))))
    decided = dict(l.split('\t', 1) for l in rows('adjudicated.tsv'))
    lines, differ = [], 0
    for n, (a, b) in enumerate(zip(rows('labeller-a.tsv'), rows('labeller-b.tsv')), start=1):
        if a == b:
            lines.append(a)
            continue
        differ += 1
        day, half, _ = a.split('\t', 2)
        sentence = decided[str(n)]
        assert sampling.spans_of(sentence, 'EL2001')[0] == sampling.spans_of(a.split('\t', 2)[2], 'EL2001')[0], f'line {n}: adjudicated text differs'
        lines.append(f'{day}\t{half}\t{sentence}')
    assert differ == len(decided), f'{differ} lines differ, {len(decided)} adjudicated'
    print(f'{differ} sentences marked differently, decided by adjudicated.tsv')
    text = HEADER + '\n'.join(lines) + '\n'
    path = os.path.join(HERE, 'labelled.tsv')
    if '--check' in sys.argv:
        same = os.path.exists(path) and open(path, encoding='utf-8').read() == text
        if not same:
            print('differs: labelled.tsv')
        sys.exit(0 if same else 1)
    open(path, 'w', encoding='utf-8').write(text)


main()
