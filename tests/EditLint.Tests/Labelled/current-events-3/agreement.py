#!/usr/bin/env python3
"""Compares the two labellings of this sample, builds labelled.tsv from them and writes the sealed sample,
../EL2001.current3-test.txt (stdlib only; EditLint is not used).

labeller-a.tsv and labeller-b.tsv: two readers' labels (day, marked sentence), each from docs/rules/annotation.md alone,
without the rule, its code, its output or the other's labels. Where the two lines are the same, labelled.tsv takes that
line; where they differ, the sentence as a third reader marked it, from the guidelines alone, after seeing both
labellings (adjudicated.tsv: line number in the sample, marked sentence). A span agrees when it overlaps a span of the
other labelling in the same sentence. Usage: agreement.py (prints the figures, writes the files) or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

LABELS_HEADER = '# day, sentence with EL2001 marks: the two labellers\' line where they agree, adjudicated.tsv\'s where they differ\n'
SAMPLE_HEADER = """# EL2001 (unsupported superlatives), third news sample from Wikipedia's Current events portal, sealed whole: scored
# once, never tuned on.
#
# Source: English Wikipedia, Portal:Current events, 2025-01-01 .. 2026-08-22 (Wikipedia contributors, CC BY-SA 4.0), as
# converted to Markdown in github.com/fordred/wikinews; each story's sentences without their links and source
# citations; current-events-3/README.md. Drawn by current-events-3/draw.py without running EditLint, after the rule was
# tuned on both earlier Current events samples: 300 of the portal's remaining news sentences at random (no superlative
# candidate was left), so it measures the rule on news as it comes, false alarms above all.
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (current-events-3/labeller-a.tsv, labeller-b.tsv); the sentences they
# marked differently were decided by a third reader from the guidelines alone (current-events-3/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def rows(name):
    return [l.rstrip('\n') for l in open(os.path.join(HERE, name), encoding='utf-8') if not l.startswith('#') and l.strip()]


def labels(name):
    return {sampling.spans_of(r.split('\t', 1)[1], 'EL2001')[0]: sampling.spans_of(r.split('\t', 1)[1], 'EL2001')[1] for r in rows(name)}


def main():
    sampling.print_agreement(sampling.agreement(labels('labeller-a.tsv'), labels('labeller-b.tsv')))
    decided = dict(l.split('\t', 1) for l in rows('adjudicated.tsv'))
    lines, differ = [], 0
    for n, (a, b) in enumerate(zip(rows('labeller-a.tsv'), rows('labeller-b.tsv')), start=1):
        if a == b:
            lines.append(a)
            continue
        differ += 1
        day, sentence = a.split('\t', 1)[0], decided[str(n)]
        assert sampling.spans_of(sentence, 'EL2001')[0] == sampling.spans_of(a.split('\t', 1)[1], 'EL2001')[0], f'line {n}: adjudicated text differs'
        lines.append(f'{day}\t{sentence}')
    assert differ == len(decided), f'{differ} lines differ, {len(decided)} adjudicated'
    print(f'{differ} sentences marked differently, decided by adjudicated.tsv')
    check = '--check' in sys.argv
    text = LABELS_HEADER + '\n'.join(lines) + '\n'
    path = os.path.join(HERE, 'labelled.tsv')
    same = not check or (os.path.exists(path) and open(path, encoding='utf-8').read() == text)
    if not check:
        open(path, 'w', encoding='utf-8').write(text)
    elif not same:
        print('differs: labelled.tsv')
    sample = [l.split('\t', 1)[1] for l in lines]
    same = sampling.write_sample(sample, 'EL2001', SAMPLE_HEADER, os.path.join(HERE, '..', 'EL2001.current3-test.txt'), check) and same
    sys.exit(0 if same else 1)


main()
