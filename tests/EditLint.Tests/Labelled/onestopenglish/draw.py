#!/usr/bin/env python3
"""Draws a news sample for EL2001 from the OneStopEnglish corpus, sealed whole (stdlib only; EditLint is not used).

Source: github.com/nishkalavallabhi/OneStopEnglishCorpus at commit 37f8db3945cd2f3cc0caafe45674147b224349be,
Texts-SeparatedByReadingLevel/Adv-Txt/*-adv.txt: 189 articles of The Guardian (about 2012-2015) as onestopenglish.com
edited them for advanced learners of English (the corpus's most complete level; its intermediate and elementary
rewrites are not read). Licence: CC BY-SA 4.0, as the repository's README.md declares (Sowmya Vajjala and Ivana Lucic,
"OneStopEnglish corpus", BEA 2018); the sentences here are shared under the same licence. No earlier labelled set read
any of it.

Reading: one line of a file is one paragraph; the ligatures U+FB01 and U+FB02 of the corpus's PDF extraction become
"fi" and "fl"; a line without final punctuation that a lower-case line follows is joined to it; then a line without
final punctuation (a list heading such as "3 Around the rainbow", or a paragraph whose full stop the source lost) or
starting in lower case (a lost drop capital) is left out. Sentences are split by ../current-events/draw.py's
sentences(); sentences under 6 words and sentences of any earlier labelled set are left out.
Criterion: ../current-events/draw.py's candidate(), as for the earlier news samples. Of the 6,864 sentences, 557 are
candidates: 400 of them and 100 of the others are taken at random (seed 20261215), shuffled
(sampling.candidates_and_others). Not split: the whole sample is sealed until it is scored once.

Usage: draw.py DIR > unlabelled.tsv   (columns: article, sentence)
DIR holds the 189 *-adv.txt files, as
  git -C REPO ls-tree -r --name-only COMMIT Texts-SeparatedByReadingLevel/Adv-Txt/ | grep -- '-adv.txt$' |
    while read f; do git -C REPO show "COMMIT:$f" > "DIR/$(basename "$f")"; done
writes them.
"""
import glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261215
CANDIDATES, OTHERS = 400, 100
FINAL = re.compile(r'[.?!…"”’)\]]$')


def paragraphs(folder):
    """(article, paragraph) of every article under folder, in file-name order."""
    for path in sorted(glob.glob(os.path.join(folder, '*-adv.txt'))):
        article = os.path.basename(path)[:-len('-adv.txt')]
        text = open(path, encoding='utf-8-sig').read().replace('\ufb01', 'fi').replace('\ufb02', 'fl')
        lines = []
        for line in (l.strip() for l in text.splitlines()):
            if not line:
                continue
            if lines and not FINAL.search(lines[-1]) and line[:1].islower():
                lines[-1] += ' ' + line
            else:
                lines.append(line)
        for line in lines:
            if FINAL.search(line) and not line[:1].islower():
                yield article, line


def main():
    portal = sampling.load_script('current-events/draw.py')
    pool = sampling.unused_prose_sentences(paragraphs(sys.argv[1]), ('EL2001.onestopenglish',))
    chosen = sampling.candidates_and_others(pool, portal.candidate, CANDIDATES, OTHERS, SEED)
    sampling.print_sealed(chosen, 'article', 'The Guardian as edited by onestopenglish.com, OneStopEnglish corpus, CC BY-SA 4.0')


if __name__ == '__main__':
    main()
