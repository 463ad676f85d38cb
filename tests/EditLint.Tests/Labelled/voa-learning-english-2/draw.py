#!/usr/bin/env python3
"""Draws a news sample for EL2001 from the VOA Learning English stories of April 2021 (stdlib only; EditLint is not
used), after the rule was tuned on every earlier sample; sealed whole.

Source: github.com/littleflute/vle202104 at commit e1629fd391bd078367b665a03e007bc08456e57b, MM/DD/NAME.html: the 48
story pages of VOA Learning English saved for 2021-04-01 .. 2021-04-11 and 2021-04-25 (As It Is, Arts & Culture,
Science & Technology, Health & Lifestyle, Education; the two index pages and the shortened copy as1a.htm are not
stories). VOA Learning English stories are written by Voice of America staff: a work of the United States Government, in
the public domain in the United States (17 U.S.C. 105; VOA's terms of use). No labelled set had read any of them (the
earlier VOA Learning English sample is of 2020-11-19 .. 2020-12-03).
Reading: a story is its page's <h1> headline and the <p>, <h2>, <h3> and <li> text inside the page's
<div class="wsw"> body, up to "Words in This Story" or a line of underscores, whitespace collapsed (stories.tsv).
Sentences are split by ../current-events/draw.py's sentences(); sentences under 6 words and sentences of any earlier
labelled set are left out, as are repeats. The sample is every sentence that ../current-events/draw.py's candidate()
takes and others at random up to 400 in all (seed 20261216), shuffled, so that each is read on its own. Not split: the
whole sample is sealed until it is scored once.

Usage: draw.py --stories DIR > stories.tsv    (DIR holds the pages as MM-DD-NAME.html)
       draw.py stories.tsv > unlabelled.tsv   (columns: story, sentence)
DIR is written from the repository by
  git -C REPO ls-tree -r --name-only COMMIT | grep -E '^0[0-9]/[0-9]{2}/[a-z]+[0-9]\.html$' |
    while read f; do git -C REPO show "COMMIT:$f" > "DIR/$(echo "$f" | tr / -)"; done
"""
import glob, os, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261216
SIZE = 400
BLOCKS = ('p', 'h2', 'h3', 'li')


class StoryPage(HTMLParser):
    """The headline and the body's text blocks of one VOA story page."""

    def __init__(self):
        super().__init__()
        self.headline, self.blocks = '', []
        self._depth, self._block, self._in_headline, self._skip = 0, None, False, 0

    def handle_starttag(self, tag, attrs):
        if tag == 'div':
            if self._depth:
                self._depth += 1
            elif 'wsw' in (dict(attrs).get('class') or '').split():
                self._depth = 1
        elif tag == 'h1':
            self._in_headline = True
        elif tag in ('script', 'style'):
            self._skip += 1
        elif self._depth and tag in BLOCKS:
            self._block = []

    def handle_endtag(self, tag):
        if tag == 'div' and self._depth:
            self._depth -= 1
        elif tag == 'h1':
            self._in_headline = False
        elif tag in ('script', 'style'):
            self._skip -= 1
        elif self._depth and tag in BLOCKS and self._block is not None:
            self.blocks.append(' '.join(''.join(self._block).split()))
            self._block = None

    def handle_data(self, data):
        if self._skip:
            return
        if self._in_headline:
            self.headline += data
        if self._block is not None:
            self._block.append(data)


def print_stories(folder):
    print('# story\tparagraph (VOA Learning English, public domain; the headline first, then the body up to "Words in This Story")')
    for path in sorted(glob.glob(os.path.join(folder, '0[0-9]-[0-9][0-9]-*.html'))):
        page = StoryPage()
        page.feed(open(path, encoding='utf-8').read())
        story = '2021-' + os.path.basename(path)[:-len('.html')]
        print(f"{story}\t{' '.join(page.headline.split())}")
        for block in page.blocks:
            if block.startswith('Words in This Story') or block.startswith('___'):
                break
            if any(c.isalpha() for c in block):
                print(f'{story}\t{block}')


def main():
    if sys.argv[1] == '--stories':
        print_stories(sys.argv[2])
        return
    portal = sampling.load_script('current-events/draw.py')
    stories = sampling.load_script('voa-learning-english/draw.py')  # its stories.tsv reader
    pool = sampling.unused_prose_sentences(stories.paragraphs(sys.argv[1]), ('EL2001.voale2',))
    chosen = sampling.all_candidates_and_others(pool, portal.candidate, SIZE, SEED)
    sampling.print_sealed(chosen, 'story', 'VOA Learning English, public domain')


if __name__ == '__main__':
    main()
