#!/usr/bin/env python3
"""Draws the second Wikinews sample for EL2001 from AMALGUM news documents no labelled set has used (stdlib only;
EditLint is not used).

Source: AMALGUM (github.com/gucorpling/amalgum), amalgum/news/xml/: English Wikinews articles (text: Wikinews,
CC BY 2.5, https://en.wikinews.org/wiki/Wikinews:Copyright; AMALGUM annotations CC BY 4.0, unused here except for
the corpus's sentence split). The 57 documents after those of ../wikinews-amalgum/ in the repository's alphabetical
listing (asiana .. catholic), every sentence of each, rebuilt from the xml token stream as documents.tsv holds them
(doc, sentence number, sentence); manifest.tsv gives the commit each file was read at. The repository is over the
size a snapshot may have here, so the files were read through the search tool and transcribed (see README.md).

Criterion: ../draw-wikinews.py's superlative(), imported unchanged (a word in -est that is not a listed non-superlative,
best/worst/most/least, or a hyphenated word beginning with one of those, "top" or "world"); sentences under 6 words
and sentences of any earlier labelled set are left out. Every candidate is taken, then other sentences at random
(seed 20261204) until the sample holds 400. Split: ../draw-wikinews.py's half() (SHA-256 of "EL2001:" + sentence,
first byte even = development, odd = sealed test).
Usage: draw.py > unlabelled.tsv   (columns: doc, half, sentence)
"""
import os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402
draw = sampling.load_script('draw-wikinews.py')

SEED = 20261204
SIZE = 400


def nwords(s):
    return len([w for w in re.findall(r"\S+", s) if re.match(r"[A-Za-z0-9]", w)])


def used():
    seen = sampling.used_sentences(exclude=('EL2001.amalgum2',))
    for line in open(os.path.join(HERE, '..', 'wikinews-amalgum', 'sentences.tsv'), encoding='utf-8'):
        seen.add(sampling.MARK.sub(r'\1', line.rstrip('\n').split('\t', 2)[2]))
    return seen


def main():
    seen, taken, pool = used(), set(), []
    for line in open(os.path.join(HERE, 'documents.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        doc, _n, s = line.rstrip('\n').split('\t', 2)
        if nwords(s) >= 6 and s not in seen and s not in taken:
            taken.add(s)
            pool.append((doc, s))
    candidates = [x for x in pool if draw.superlative(x[1])]
    rest = [x for x in pool if not draw.superlative(x[1])]
    rng = random.Random(SEED)
    items = candidates + rng.sample(rest, SIZE - len(candidates))
    rng.shuffle(items)
    print(f'# {len(pool)} unused sentences of 6+ words: {len(candidates)} candidates (all taken), {len(rest)} others '
          f'({SIZE - len(candidates)} taken at random, seed {SEED})', file=sys.stderr)
    for doc, s in items:
        print(f'{doc}\t{draw.half("EL2001", s)}\t{s}')


main()
