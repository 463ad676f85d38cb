#!/usr/bin/env python3
"""Compares the two labellings of this sample (stdlib only; EditLint is not used) and writes the second labeller's
halves, ../EL2001.brown3b-dev.txt and ../EL2001.brown3b-test.txt, so that the rule can be scored against either.

labelled.tsv: the first labels (the rule's tuner). second-labeller.tsv: a second reader's, from docs/rules/annotation.md
alone, without the rule, its code, its output or the first labels. A span agrees when it overlaps a span of the other
labelling in the same sentence. Usage: agreement.py (prints the figures, writes the halves) or agreement.py --check.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

MARK = re.compile(r'\{\|EL2001:(.*?)\|\}')
HEADER = """# EL2001 (unsupported superlatives), Brown magazine and hobby prose sample as the second labeller marked it, {half}.
#
# The same 400 sentences as EL2001.brown3-dev.txt and EL2001.brown3-test.txt (see brown-3/draw.py), labelled by a second
# reader from docs/rules/annotation.md alone, without the rule, its code, its output or the first labels; written by
# brown-3/agreement.py from brown-3/second-labeller.tsv. The rule was tuned on these sentences with the first labels.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def read(name):
    out = {}
    for line in open(os.path.join(HERE, name), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        _file, half, sentence = line.rstrip('\n').split('\t', 2)
        plain, spans, pos = '', [], 0
        for m in MARK.finditer(sentence):
            plain += sentence[pos:m.start()]
            start = len(plain)
            plain += m.group(1)
            spans.append((start, len(plain)))
            pos = m.end()
        out[plain + sentence[pos:]] = spans
    return out


def main():
    first, second = read('labelled.tsv'), read('second-labeller.tsv')
    assert first.keys() == second.keys(), 'the two labellings hold different sentences'
    both = only_first = only_second = 0
    for sentence, spans in first.items():
        used = set()
        for s in spans:
            hit = [i for i, t in enumerate(second[sentence]) if t[0] < s[1] and s[0] < t[1] and i not in used]
            if hit:
                both += 1
                used.add(hit[0])
            else:
                only_first += 1
        only_second += len(second[sentence]) - len(used)
    marked = [(bool(first[s]), bool(second[s])) for s in first]
    n = len(marked)
    observed = sum(a == b for a, b in marked) / n
    pa, pb = sum(a for a, _ in marked) / n, sum(b for _, b in marked) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    print(f'spans: {both} marked by both, {only_first} by the first labeller only, {only_second} by the second only')
    print(f'sentences: {observed:.3f} agree on whether to mark, Cohen\'s kappa {(observed - expected) / (1 - expected):.3f}')
    same = sampling.write_halves(HERE, 'EL2001', 'brown3b', HEADER, '--check' in sys.argv, source='second-labeller.tsv')
    sys.exit(0 if same else 1)


main()
