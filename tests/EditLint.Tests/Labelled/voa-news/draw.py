#!/usr/bin/env python3
"""Draws a news sample for EL2001 from Voice of America newscasts, 2020-11-20 .. 2021-02-22 (stdlib only; EditLint is
not used).

Source: github.com/littleflute/voanews1 at commit 8bf9c199f83073314e7b25958f3e06ce7984d02d, YYYY/MM/DD/i.html: the
script of one VOA News radio newscast a day (80 days), as its reader read it. VOA's own news is a work of the United
States Government, in the public domain in the United States (17 U.S.C. 105; voanews.com terms of use). No labelled set
had read any of it.

Reading: the newscast's text is the <span class="text_selected"> block; paragraphs are split at blank lines (<br><br>),
tags removed, entities decoded, and the transcriber's bracketed notes of a slip ("[communi...s] community") removed.
Sentences are split by ../current-events/draw.py's sentences(). Sentences under 6 words (sign-ons, "This is VOA news",
"Marissa Melton, VOA news.") and sentences of any earlier labelled set are left out, as are repeats (a story read again
in a later newscast).
Criterion: ../current-events/draw.py's candidate() (draw-wikinews.py's superlative word, "at least" and "at most" set
aside). Every candidate is taken and the rest of the 400 at random from the other sentences (seed 20261208), shuffled.
Split: ../draw-wikinews.py's half() (SHA-256 of "EL2001:" + sentence, first byte even = development, odd = sealed test).

Usage: draw.py DIR > unlabelled.tsv   (columns: day, half, sentence)
DIR holds the newscasts' i.html files, as
  git -C REPO ls-tree -r --name-only COMMIT | grep '/i.html$' | while read f; do git -C REPO show "COMMIT:$f" > "DIR/${f//\\//-}"; done
writes them (the repository's audio files are too large for git archive).
"""
import glob, html, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261208
SIZE = 400
BODY = re.compile(r'<span class="text_selected">(.*?)</td>', re.S)


def newscasts(folder):
    """(day, text of one paragraph) of every newscast under folder, in day order."""
    for path in sorted(glob.glob(os.path.join(folder, '**', '*i.html'), recursive=True)):
        day = '-'.join(re.findall(r'\d+', os.path.relpath(path, folder))[:3])
        body = BODY.search(open(path, encoding='utf-8', errors='replace').read())
        if not body:
            continue
        for paragraph in re.split(r'<br>\s*<br>', body.group(1)):
            text = html.unescape(re.sub(r'<[^>]+>', '', paragraph))
            text = re.sub(r'\s*\[[^\]]*\]', '', text)
            text = re.sub(r'\s+', ' ', text).strip()
            if text:
                yield day, text


def main():
    portal = sampling.load_script('current-events/draw.py')
    pool = sampling.unused_prose_sentences(newscasts(sys.argv[1]), ('EL2001.voa', 'EL2002.voa'))  # its own sentences and the later EL2002 sample's
    chosen = sampling.all_candidates_and_others(pool, portal.candidate, SIZE, SEED)
    sampling.print_drawn(chosen, 'EL2001', 'day', 'Voice of America newscasts, public domain')


if __name__ == '__main__':
    main()
