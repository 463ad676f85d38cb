#!/usr/bin/env python3
"""Draws a second news sample for EL2001 from the OneStopEnglish corpus, sealed whole (stdlib only; EditLint is not
used): the sentences of the same 189 articles that ../onestopenglish/ did not take.

Source and reading: those of ../onestopenglish/draw.py (github.com/nishkalavallabhi/OneStopEnglishCorpus at commit
37f8db3945cd2f3cc0caafe45674147b224349be, Texts-SeparatedByReadingLevel/Adv-Txt/*-adv.txt; CC BY-SA 4.0), whose
paragraphs() this script reuses. Sentences of any earlier labelled set, the first OneStopEnglish sample's included, are
left out, so every sentence here is new to the rule and to its readers, though its articles are not.
Criterion: ../current-events/draw.py's candidate(), as for the earlier news samples. Every remaining candidate is taken,
and others at random up to 300 in all (seed 20261217), shuffled. Not split: the whole sample is sealed until it is
scored once.

Usage: draw.py DIR > unlabelled.tsv   (columns: article, sentence; DIR as for ../onestopenglish/draw.py)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261217
SIZE = 300


def main():
    portal = sampling.load_script('current-events/draw.py')
    first = sampling.load_script('onestopenglish/draw.py')
    pool = sampling.unused_prose_sentences(first.paragraphs(sys.argv[1]), ('EL2001.onestopenglish2',))
    chosen = sampling.all_candidates_and_others(pool, portal.candidate, SIZE, SEED)
    sampling.print_sealed(chosen, 'article', 'The Guardian as edited by onestopenglish.com, OneStopEnglish corpus, CC BY-SA 4.0')


if __name__ == '__main__':
    main()
