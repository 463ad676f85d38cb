#!/usr/bin/env python3
"""Draws a sample for EL2001 from the 101 English Wikinews articles of the WikinewsSum repository (stdlib only;
EditLint is not used).

Source: github.com/airKlizz/WikinewsSum at commit 1d985031625909c908766812e8a18d0c88116ec8, endataset.json: one JSON
object per line, each an English Wikinews article (2004 onwards) with its wiki text in "text" (a list of paragraphs)
and the texts of its sources in "sources". Only the Wikinews text is read (Wikinews, CC BY 2.5,
https://en.wikinews.org/wiki/Wikinews:Copyright); the sources' texts belong to their outlets and are not used.

Reading: templates are dropped except {{w|Target|label}} (a link to Wikipedia, which becomes its label or target), wiki
links become their label ([[Target|label]] -> label), external links [url label] become their label, bold and italic
quotes and <ref>...</ref> citations are removed (with them every sentence would count as cited), and a paragraph that
is only templates (date, categories, sources) is skipped. Sentences are split by ../current-events/draw.py's
sentences(). Sentences under 6 words and sentences of any earlier labelled set are left out.
Criterion: ../current-events/draw.py's candidate() (draw-wikinews.py's superlative word, "at least" and "at most" set
aside). Every candidate is taken, then other sentences at random (seed 20261209) up to 300 in all, shuffled. Not split:
drawn after the rule was tuned on every earlier sample, it is sealed whole and scored once.
Usage: draw.py ENDATASET_JSON > unlabelled.tsv   (columns: article number, sentence)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261209
SIZE = 300


def plain(wiki):
    """The prose of a paragraph of wiki text."""
    text = re.sub(r'<ref[^>]*/>|<ref[^>]*>.*?</ref>', '', wiki, flags=re.S)
    text = re.sub(r'<[^>]+>', '', text)
    for _ in range(3):
        text = re.sub(r'\{\{w\|([^{}|]*)\|([^{}|]*)\}\}', r'\2', text)
        text = re.sub(r'\{\{w\|([^{}|]*)\}\}', r'\1', text)
        text = re.sub(r'\{\{[^{}]*\}\}', '', text)
    text = re.sub(r'\[\[(?:[^\[\]|]*\|)?([^\[\]]*)\]\]', r'\1', text)
    text = re.sub(r'\[https?://\S+\s+([^\]]*)\]', r'\1', text)
    text = re.sub(r'\[https?://\S+\]', '', text)
    text = text.replace("'''", '').replace("''", '')
    return re.sub(r'\s+', ' ', text).strip()


def paragraphs(path):
    """(article number, prose) of every paragraph of the articles in path that is prose, not a list, heading or table."""
    for number, line in enumerate((l for l in open(path, encoding='utf-8') if l.strip()), start=1):
        for paragraph in json.loads(line)['text']:
            text = plain(paragraph)
            if text and not text.startswith(('*', '=', '|', '{', '}')):
                yield number, text


def main():
    portal = sampling.load_script('current-events/draw.py')
    pool = sampling.unused_prose_sentences(paragraphs(sys.argv[1]), ('EL2001.wikisum',))
    chosen = sampling.all_candidates_and_others(pool, portal.candidate, SIZE, SEED)
    sampling.print_sealed(chosen, 'article', 'Wikinews, CC BY 2.5, via WikinewsSum')


if __name__ == '__main__':
    main()
