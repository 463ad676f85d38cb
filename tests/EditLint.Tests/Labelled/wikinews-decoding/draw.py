#!/usr/bin/env python3
"""Draws a news sample for EL2001 from 2,000 English Wikinews articles (stdlib only; EditLint is not used).

Source: github.com/gmftbyGMFTBY/MomentumDecoding at commit 84f3d8b (the repository's latest snapshot, Jan 2023),
data/wikinews/wikinews.jsonl: 2,000 English Wikinews articles (fields id, ended, text; no titles or dates; mostly
2008-2011 by their content), the Wikinews set of the open-ended text generation benchmarks. Text: Wikinews
contributors, CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/). No labelled set had read this file.

Reading: that file has lost every character outside ASCII (accents, curly marks, dashes: "France Tlvisions",
"move on  and it's", "weve"). An article that shows the loss in its words is left out whole: a contraction without its
apostrophe ("dont", "weve", "theyre"), or two spaces inside a sentence where a dash stood (a word or comma, two spaces,
a lower-case word). Nothing is mended; runs of spaces are made one. Paragraphs are the file's lines; sentences are split
by ../current-events/draw.py's sentences(). Sentences under 6 words and sentences of any earlier labelled set are left
out (sampling.unused_prose_sentences; compared also without their non-ASCII characters, since this file dropped them),
as are repeats.
Criterion: ../current-events/draw.py's candidate() (draw-wikinews.py's superlative word, "at least" and "at most" set
aside). 400 candidates and 100 other sentences are taken at random (seed 20261204), shuffled.
Split: ../draw-wikinews.py's half() (SHA-256 of "EL2001:" + sentence, first byte even = development, odd = sealed test).

Usage: draw.py wikinews.jsonl > unlabelled.tsv   (columns: article id, half, sentence)
  git -C REPO show 84f3d8b:data/wikinews/wikinews.jsonl > wikinews.jsonl
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261204
CANDIDATES, OTHERS = 400, 100
LOST_DASH = re.compile(r'[a-z,]  [a-z]')
LOST_APOSTROPHE = re.compile(r"\b(?:dont|doesnt|didnt|cant|couldnt|isnt|wasnt|arent|werent|wont|wouldnt|weve|theyre|"
                             r"youre|theyve|youve|Im|Ive|hes|shes|thats|theres|whats|lets)\b")


def damaged(text):
    return LOST_DASH.search(text) or LOST_APOSTROPHE.search(text)


def ascii_only(sentence):
    return re.sub(r'\s+', ' ', re.sub(r'[^\x00-\x7f]', '', sentence)).strip()


def paragraphs(path):
    """(article id, paragraph) of every article in the file that shows no lost character, in file order."""
    for line in open(path, encoding='utf-8'):
        article = json.loads(line)
        if damaged(article['text']):
            continue
        for paragraph in article['text'].split('\n'):
            text = re.sub(r'\s+', ' ', paragraph).strip()
            if text:
                yield str(article['id']), text


def unused_pool(path, exclude):
    """(article id, sentence) of every sentence of 6+ words in the articles that no labelled set holds, but those of the
    sets whose file names begin with a prefix of exclude, compared also without non-ASCII characters."""
    seen = {ascii_only(s) for s in sampling.used_sentences(exclude=exclude)}
    return [(k, s) for k, s in sampling.unused_prose_sentences(paragraphs(path), exclude) if ascii_only(s) not in seen]


def main():
    portal = sampling.load_script('current-events/draw.py')
    pool = unused_pool(sys.argv[1], ('EL2001.wikinews4', 'EL2001.wikinews5', 'EL2001.wikinews7'))  # its own sentences and the later samples'
    chosen = sampling.candidates_and_others(pool, portal.candidate, CANDIDATES, OTHERS, SEED)
    sampling.print_drawn(chosen, 'EL2001', 'article', 'English Wikinews via MomentumDecoding, CC BY 2.5')


if __name__ == '__main__':
    main()
