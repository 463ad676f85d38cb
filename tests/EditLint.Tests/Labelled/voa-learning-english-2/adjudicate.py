#!/usr/bin/env python3
"""Writes adjudicated.tsv, the decisions on the sentences that readings A and B mark differently (stdlib only; EditLint
is not used): where reading C (labeller-c.tsv) marks a sentence exactly as A or as B, that marking; where all three
differ, a fourth reader's (fourth-reader.tsv, needed only then: line number, marked sentence), who saw the three
readings and decided from docs/rules/annotation.md alone. Usage: adjudicate.py or adjudicate.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = ("# line in the sample, the sentence as decided where readings A and B differ: reading C's marking where it is A's or B's,"
          " the fourth reader's (fourth-reader.tsv) where the three differ\n")


def main():
    a, b, c = (sampling.rows(os.path.join(HERE, f'labeller-{x}.tsv')) for x in 'abc')
    path = os.path.join(HERE, 'fourth-reader.tsv')
    fourth = dict(r.split('\t', 1) for r in sampling.rows(path)) if os.path.exists(path) else {}
    lines, by_c = [], 0
    for n, (x, y, z) in enumerate(zip(a, b, c), start=1):
        if x == y:
            continue
        if z in (x, y):
            by_c += 1
            lines.append(f'{n}\t{z.split(chr(9), 1)[1]}')
        else:
            lines.append(f'{n}\t{fourth[str(n)]}')
    assert len(lines) - by_c == len(fourth), 'fourth-reader.tsv must hold exactly the sentences the three readings mark three ways'
    print(f'{len(lines)} sentences differ: {by_c} decided by reading C, {len(lines) - by_c} by the fourth reader')
    ok = sampling.write_text(os.path.join(HERE, 'adjudicated.tsv'), HEADER + '\n'.join(lines) + '\n', '--check' in sys.argv)
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
