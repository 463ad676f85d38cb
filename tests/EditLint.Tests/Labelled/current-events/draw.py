#!/usr/bin/env python3
"""Draws a news sample for EL2001 from Wikipedia's Current events portal, 2025-2026 (stdlib only; EditLint is not used).

Source: github.com/fordred/wikinews at commit 0441f5273b8763fa543a6148b97efbbbae37b371, docs/_posts/*-index.md: one
Markdown page per day (2025-01-01 .. 2026-08-22, 601 pages) converted from English Wikipedia's "Portal:Current events"
(text CC BY-SA 4.0, Wikipedia contributors, https://en.wikipedia.org/wiki/Portal:Current_events). No labelled set had
read any of it.

A news item is a bullet that cites a source ("[(Reuters)](https://...)"). Its text is kept as a reporter's sentences:
each link becomes its text (a link to another language's Wikipedia, "[cs]", is dropped), the source citations are dropped (on the portal every item cites the outlet it
summarises; a story's own sentences carry no such link), and the item is split into sentences. Criterion:
../draw-wikinews.py's superlative() (the criterion of the two Wikinews samples) asked of the sentence without "at
least" and "at most", which open most casualty reports ("At least 12 people are killed") and would otherwise make
three candidates in four; sentences under 6 words and sentences of any earlier labelled set are left out. 320
candidates and 80 other sentences (these hold the "at least" reports) are taken at random (seed 20261205), shuffled. Split: ../draw-wikinews.py's half() (SHA-256 of "EL2001:" + sentence, first byte even =
development, odd = sealed test).
Usage: draw.py POSTS_DIR > unlabelled.tsv   (columns: day, half, sentence)
"""
import glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402
draw = sampling.load_script('draw-wikinews.py')

SEED = 20261205
CANDIDATES, OTHERS = 320, 80
SOURCE = re.compile(r'\s*\[\((?:[^\[\]]|\[[^\]]*\])*\)\]\([^)\s]*(?:\s+"[^"]*")?\)')
LINK = re.compile(r'\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+".*?"(?=\)))?\)')
INTERLANGUAGE = re.compile(r'\s*\[[a-z]{2,3}\](?!\()')
ABBREVIATIONS = re.compile(r'(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Inc|Co|Corp|Ltd|vs|etc|Adm|'
                           r'v|Capt|Maj|Rev|Prof|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft)|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.$')


def items(path):
    """The news items of one day's page: bullets that cite a source, as plain text without the citations."""
    for line in open(path, encoding='utf-8'):
        bullet = re.match(r'\s*\*\s+(.*)', line)
        if not bullet or not SOURCE.search(bullet.group(1)):
            continue
        text = SOURCE.sub('', bullet.group(1))
        text = LINK.sub(lambda m: m.group(1), text)
        text = INTERLANGUAGE.sub('', text)
        text = re.sub(r'\*+', '', text).replace('\\', '')
        yield re.sub(r'\s+', ' ', text).strip()


def sentences(text):
    """The sentences of an item: split after ., ! or ? and a space before a capital or a quotation mark, except after
    an abbreviation or an initial."""
    out, start = [], 0
    for m in re.finditer(r'[.!?]["”’]?\s+(?=[A-Z"“])', text):
        head = text[start:m.start() + 1]
        if ABBREVIATIONS.search(head):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def candidate(s):
    return draw.superlative(re.sub(r'\b[Aa]t (?:least|most)\b', '', s))


def nwords(s):
    return len([w for w in re.findall(r"\S+", s) if re.match(r"[A-Za-z0-9]", w)])


def unused_sentences(posts, exclude):
    """(day, sentence) of every news sentence of 6+ words in the pages under posts, once each, in page order, leaving out
    the sentences of every labelled set but those whose file names begin with exclude (see sampling.used_sentences)."""
    seen, taken, pool = sampling.used_sentences(exclude=exclude), set(), []
    for path in sorted(glob.glob(os.path.join(posts, '*-index.md'))):
        day = os.path.basename(path)[:10]
        for item in items(path):
            for s in sentences(item):
                if nwords(s) >= 6 and s not in seen and s not in taken:
                    taken.add(s)
                    pool.append((day, s))
    return pool


def main():
    pool = unused_sentences(sys.argv[1], ('EL2001.current',))
    chosen = sampling.candidates_and_others(pool, candidate, CANDIDATES, OTHERS, SEED)
    sampling.print_drawn(chosen, 'EL2001', 'day', 'Wikipedia, Portal:Current events, CC BY-SA 4.0')


if __name__ == '__main__':
    main()
