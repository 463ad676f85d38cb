#!/usr/bin/env python3
"""Draws a news sample for EL2002 (undated claims) from the Voice of America newscasts of ../voa-news (stdlib only;
EditLint is not used).

Source and reading: those of ../voa-news/draw.py (github.com/littleflute/voanews1 at commit
8bf9c199f83073314e7b25958f3e06ce7984d02d; 80 VOA News radio newscasts, 2020-11-20 .. 2021-02-22; public domain in the
United States), imported unchanged. Sentences of every labelled set, the EL2001 VOA sample's among them, are left out.
Criterion: draw-wikinews.py's temporal() (a time word, a weekday or a capitalised month). 320 candidates and 80 other
sentences at random (seed 20261210), shuffled. Split: draw-wikinews.py's half() (SHA-256 of "EL2002:" + sentence,
first byte even = development, odd = sealed test).
Usage: draw.py DIR > unlabelled.tsv   (DIR as ../voa-news/draw.py takes it; columns: day, half, sentence)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261210
CANDIDATES, OTHERS = 320, 80


def main():
    voa = sampling.load_script('voa-news/draw.py')
    wikinews = sampling.load_script('draw-wikinews.py')
    pool = sampling.unused_prose_sentences(voa.newscasts(sys.argv[1]), ('EL2002.voa',))
    chosen = sampling.candidates_and_others(pool, wikinews.temporal, CANDIDATES, OTHERS, SEED)
    sampling.print_drawn(chosen, 'EL2002', 'day', 'Voice of America newscasts, public domain')


if __name__ == '__main__':
    main()
