#!/usr/bin/env python3
"""Draws a news sample for EL2001 from English Wikinews articles of 2019-2021 (stdlib only; EditLint is not used).

Source: github.com/vanatteveldt/wikinews at commit 347254178bf343f3801aac1d03c41cc09c35decb, data/wikinews_2019.csv and
data/wikinews_2020.csv (columns url, date, title, text): the 295 articles of English Wikinews's 2019 and 2020
categories, 2019-01-04 .. 2021-03-15, as that repository scraped them. Text: Wikinews contributors, CC BY 2.5
(https://creativecommons.org/licenses/by/2.5/), as the repository states. No labelled set had read any of these years.

Reading: the interviews ("Wikinews interviews ...": questions and long answers, not reported news) and a test page are
left out; an article's dateline paragraph ("Friday, January 4, 2019") is dropped; paragraphs are split at blank lines
and into sentences by ../current-events/draw.py's sentences(). Sentences under 6 words and sentences of any earlier
labelled set are left out (sampling.unused_prose_sentences), as are repeats.
Criterion: ../current-events/draw.py's candidate() (draw-wikinews.py's superlative word, "at least" and "at most" set
aside). 320 of the 429 candidates and 80 of the 9,508 other sentences are taken at random (seed 20261211), shuffled.
Split: ../draw-wikinews.py's half() (SHA-256 of "EL2001:" + sentence, first byte even = development, odd = sealed test).

Usage: draw.py DIR > unlabelled.tsv   (columns: date, half, sentence)
DIR holds the two CSV files, as
  for f in wikinews_2019.csv wikinews_2020.csv; do git -C REPO show "COMMIT:data/$f" > "DIR/$f"; done
writes them.
"""
import csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261211
CANDIDATES, OTHERS = 320, 80
FILES = ('wikinews_2019.csv', 'wikinews_2020.csv')
DATELINE = re.compile(r'(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}')


def articles(folder):
    """(date, text of one paragraph) of every news article in the CSV files, in file order."""
    csv.field_size_limit(1 << 30)
    for name in FILES:
        for row in csv.DictReader(open(os.path.join(folder, name), encoding='utf-8', newline='')):
            title = row['title']
            if re.search(r'interview', title, re.I) or title.startswith('TEST PAGE'):
                continue
            for paragraph in re.split(r'\n\s*\n', row['text']):
                text = re.sub(r'\s+', ' ', paragraph.replace('\xa0', ' ')).strip()
                if text and not DATELINE.fullmatch(text):
                    yield row['date'], text


def main():
    portal = sampling.load_script('current-events/draw.py')
    pool = sampling.unused_prose_sentences(articles(sys.argv[1]), ('EL2001.wikinews19',))
    chosen = sampling.candidates_and_others(pool, portal.candidate, CANDIDATES, OTHERS, SEED)
    sampling.print_drawn(chosen, 'EL2001', 'date', 'English Wikinews 2019-2021, CC BY 2.5')


if __name__ == '__main__':
    main()
