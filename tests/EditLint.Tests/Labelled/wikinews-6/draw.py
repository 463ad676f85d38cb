#!/usr/bin/env python3
"""Draws a news sample for EL2001 from English Wikinews articles kept in the SBDTesting repository (stdlib only; EditLint
is not used); sealed whole.

Source: github.com/andreapdr/SBDTesting, branch posterior_VGF at commit f271c282e0e65b83b664a010309944e10269cb1a,
data/selected_multilingual_wikinews.jsonl (1,280 articles, 458 of them English) and
data/selected_multilingual_wikinews_test.jsonl (300 articles, 100 English): one JSON object per line (lang, id = the
English Wikinews page id, title, text; the first file also categories), a selection from PrimerAI's WikiNews-multilingual
set (github.com/PrimerAI/WikiNews-multilingual), which scraped every English Wikinews article published by September
2022. The text of an article is its page's <p> paragraphs joined into one string (the dateline's date taken out; no
headings, image captions, source lists or categories, which Wikinews does not put in <p>). Only the 558 English articles
are read: page ids 4198 .. 2952994, no dates; by page id roughly half of those kept are from 2004-2007, a third from
2008-2011, the rest from 2012-2022. Text: Wikinews contributors, CC BY 2.5
(https://creativecommons.org/licenses/by/2.5/). No labelled set had read this repository.

Reading, in file order (the first file, then the test file), 458 of the 558 English articles:
- Left out whole: the 76 articles in OTHER_SOURCES, which are also in an English Wikinews copy an earlier sample drew from:
  61 in github.com/gmftbyGMFTBY/MomentumDecoding data/wikinews/wikinews.jsonl at 84f3d8b (../wikinews-decoding/,
  ../wikinews-decoding-2/) and 15 in github.com/vanatteveldt/wikinews data/wikinews_2019.csv and wikinews_2020.csv at
  3472541 (../wikinews-2019/). Found once by comparing sentences of 6+ words, lower-cased, letters and digits only: each
  of the 76 shares at least half its sentences with one of those files, and no other article shares any sentence with
  them, with WikinewsSum's endataset.json (../wikinews-sum/), GUM's Wikinews documents (../draw-wikinews.py) or the
  AMALGUM documents of ../amalgum-2/. Listed here so that the draw needs only this repository.
- Left out whole: 4 interviews and user-space drafts (a title with "interview" or "with Wikinews", or beginning with
  "User:"); 10 articles holding the residue of Wikinews's translated-quote template ("((de))German language: " and the
  original words run into the English sentence); and 10 articles whose text does not end in a sentence's final
  punctuation, whose last paragraph is a heading, list lead-in, date or related-story line ("... hotlines:",
  "In Chinese (zh-tw): ...", "Thursday, March 28, 2002"), among them the one visibly damaged article ("The news appeared
  on  by Brazilian television chanells ...").
- Whitespace (line breaks included) is made single spaces; a dateline before a dash at the start ("Pula, Croatia -",
  "LONDON,United Kingdom —") is dropped, as are the numbered markers of bare external links ("[1]"), which render a URL.
  Nothing else is changed.
- Sentences: ../current-events/draw.py's sentences() over the whole text of an article (the file keeps no paragraph
  breaks). Sentences under 6 words and sentences of any earlier labelled set (sampling.unused_prose_sentences, every
  labelled file but this sample's own, EL2001.wikinews6*; compared also without non-ASCII characters, as
  ../wikinews-decoding/draw.py does, since that source lost them; none is) are left out, as are repeats (7), and the 23
  sentences where a colon outside brackets is followed by a capital (run_on()): where the source left out a list or a
  block quote after its lead-in, the joined paragraphs run the lead-in into the next paragraph ("The votes were as
  follows: The Supreme Court thus ..."), and the text cannot tell those from inline lists and titles.
Criterion: ../current-events/draw.py's candidate() (draw-wikinews.py's superlative word, "at least" and "at most" set
aside). The pool of 6,195 sentences holds only 210 candidates (and 5,985 others), fewer than 400: so all 210 are taken
and 290 other sentences at random (seed 20261212), 500 in all, shuffled (sampling.all_candidates_and_others); with 400
or more, 400 and 100 others would be taken (sampling.candidates_and_others). Not split: the whole sample is sealed until
it is scored once.

Usage: draw.py DIR > unlabelled.tsv   (columns: Wikinews page id, sentence)
DIR holds the two JSONL files, as
  for f in selected_multilingual_wikinews.jsonl selected_multilingual_wikinews_test.jsonl; do
    git -C REPO show f271c282e0e65b83b664a010309944e10269cb1a:data/$f > DIR/$f; done
writes them (REPO: a clone of github.com/andreapdr/SBDTesting; the files are on its branch posterior_VGF, not on main).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261212
CANDIDATES, OTHERS = 400, 100
FILES = ('selected_multilingual_wikinews.jsonl', 'selected_multilingual_wikinews_test.jsonl')
OWN = ('EL2001.wikinews6',)  # this sample's labelled file, when there is one
OTHER_SOURCES = {  # MomentumDecoding's 2,000 articles (the first 61), vanatteveldt/wikinews 2019-2020 (the last 15)
    146923, 147360, 147478, 148546, 149609, 149618, 149620, 150789, 150891, 152942, 154885, 156349, 161838, 164127,
    167012, 170032, 172507, 176815, 184110, 186946, 187183, 188015, 191513, 192319, 195126, 196711, 197933, 198724,
    198982, 202093, 203628, 215305, 216129, 219277, 219489, 224916, 225294, 226546, 226637, 226732, 228179, 229628,
    230242, 231888, 232226, 234970, 236093, 240269, 240748, 241376, 243331, 245819, 245924, 246206, 250034, 251583,
    251694, 255599, 255835, 255954, 256536,
    2859158, 2860143, 2874229, 2877717, 2879714, 2880175, 2880216, 2881171, 2884079, 2890791, 2891395, 2891974, 2897588,
    2901641, 2903808}
NOT_NEWS = re.compile(r'\binterview\b|\bwith Wikinews\b|^User:', re.I)
TRANSLATED_QUOTE = re.compile(r'\(\([a-z]{2,3}\)\)')
ENDS_SENTENCE = re.compile(r'[.!?]["”’)\]]*$')
DATELINE = re.compile(r'([^—–\-]{1,40}?) [—–-] (?=[A-Z"“])')
LINK_MARK = re.compile(r' ?\[\d+\]')
RUN_ON = re.compile(r': [A-Z]')


def dateline(text):
    """The length of a dateline before a dash at the start of text ("Pula, Croatia - "), or 0: at most five words, each
    capitalised, before the dash, and a capital or a quotation mark after it."""
    m = DATELINE.match(text)
    words = re.findall(r'[^\s,()]+', m.group(1)) if m else []
    return m.end() if m and len(words) <= 5 and all(w[0].isupper() for w in words) else 0


def articles(folder):
    """(page id, text) of every English article that is read (see the docstring), in file order."""
    for name in FILES:
        for line in open(os.path.join(folder, name), encoding='utf-8'):
            article = json.loads(line)
            if article['lang'] != 'en' or article['id'] in OTHER_SOURCES or NOT_NEWS.search(article['title']):
                continue
            text = LINK_MARK.sub('', re.sub(r'\s+', ' ', article['text']).strip())
            if TRANSLATED_QUOTE.search(text) or not ENDS_SENTENCE.search(text):
                continue
            yield str(article['id']), text[dateline(text):]


def run_on(sentence):
    """Whether a colon outside brackets is followed by a capital: the lead-in of a list or block quote that the source
    left out, run into the next paragraph ("The votes were as follows: The Supreme Court thus retracted ..."), or an
    inline list or title, which the text cannot tell apart from it."""
    return bool(RUN_ON.search(re.sub(r'\([^()]*\)', '', sentence)))


def unused_pool(folder):
    """(page id, sentence) of every sentence of 6+ words that no labelled set holds (but this sample's own), compared
    also without non-ASCII characters, and that runs no lead-in into the next paragraph, once each, in order."""
    ascii_only = sampling.load_script('wikinews-decoding/draw.py').ascii_only
    seen = {ascii_only(s) for s in sampling.used_sentences(exclude=OWN)}
    return [(k, s) for k, s in sampling.unused_prose_sentences(articles(folder), OWN)
            if ascii_only(s) not in seen and not run_on(s)]


def main():
    portal = sampling.load_script('current-events/draw.py')
    pool = unused_pool(sys.argv[1])
    if sum(1 for _, s in pool if portal.candidate(s)) >= CANDIDATES:
        chosen = sampling.candidates_and_others(pool, portal.candidate, CANDIDATES, OTHERS, SEED)
    else:
        chosen = sampling.all_candidates_and_others(pool, portal.candidate, CANDIDATES + OTHERS, SEED)
    sampling.print_sealed(chosen, 'article', 'English Wikinews via andreapdr/SBDTesting and PrimerAI WikiNews-multilingual, CC BY 2.5')


if __name__ == '__main__':
    main()
