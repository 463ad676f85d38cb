#!/usr/bin/env python3
"""Draws a news sample for EL2001 from 15 VOA Learning English stories of 2020-11-19 .. 2020-12-03 (stdlib only;
EditLint is not used), after the rule was tuned on every earlier sample; sealed whole.

Source: the saved story pages of github.com/littleflute/AS-IT-IS, files/2020/MM/DD/NAME.html. The stories of the
sections As It Is (asa), Health & Lifestyle (hla), Education (edua), Science & Technology (sta) and Arts & Culture (aca)
saved for 2020-11-19 .. 2020-12-03 are 61 (grammar lessons, "Words and Their Stories", "Ask a Teacher" and American
Stories, which is fiction, left out); listed in date order, every fourth from the third is this sample's: 15 stories
(stories.tsv; README.md says why not all 61). VOA Learning English stories are written by Voice of America staff: a
work of the United States Government, in the public domain in the United States (17 U.S.C. 105; VOA's terms of use). No
labelled set had read any of them.
Reading: stories.tsv holds each story's headline and the paragraphs of its body up to "Words in This Story", tags
removed, as transcribed from the pages (see README.md). Sentences are split by ../current-events/draw.py's sentences();
sentences under 6 words and sentences of any earlier labelled set are left out, as are repeats.
The sample is every remaining sentence of the 15 stories, shuffled (seed 20261215), so that each is read on its own;
../current-events/draw.py's candidate() is only counted (printed to stderr). Not split: the whole sample is sealed until
it is scored once.

Usage: draw.py stories.tsv > unlabelled.tsv   (columns: story, sentence)
       draw.py --stories DIR > stories.tsv    (DIR holds the transcribed YYYY-MM-DD-NAME.txt files: headline, then one
                                               paragraph a line)
"""
import glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261215


def print_stories(folder):
    print('# story\tparagraph (VOA Learning English, public domain; the headline first, then the body up to "Words in This Story")')
    for path in sorted(glob.glob(os.path.join(folder, '20*.txt'))):
        story = os.path.basename(path)[:-4]
        for line in open(path, encoding='utf-8'):
            text = ' '.join(line.split())
            if any(c.isalpha() for c in text):
                print(f'{story}\t{text}')


def paragraphs(path):
    for line in open(path, encoding='utf-8'):
        if not line.startswith('#'):
            story, text = line.rstrip('\n').split('\t', 1)
            yield story, text


def main():
    if sys.argv[1] == '--stories':
        print_stories(sys.argv[2])
        return
    portal = sampling.load_script('current-events/draw.py')
    pool = sampling.unused_prose_sentences(paragraphs(sys.argv[1]), ('EL2001.voale',))
    chosen = sampling.all_candidates_and_others(pool, portal.candidate, len(pool), SEED)
    sampling.print_sealed(chosen, 'story', 'VOA Learning English, public domain')


if __name__ == '__main__':
    main()
