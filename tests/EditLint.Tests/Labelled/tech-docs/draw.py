#!/usr/bin/python3
"""Draws a sample of technical documentation for EL2002 (undated claims) without running EditLint.

Source: the documentation half of the benchmark corpus, rebuilt by bench/make-corpus.sh DIR: DIR/full/nodejs/*.md, the
Node.js 18 API reference (Debian package nodejs-doc; MIT licence, the Node.js project's LICENSE) and DIR/full/perl/*.md,
the Perl 5.36 manual (Debian package perl-doc, converted by pod2markdown; Artistic License or GPL, as Perl itself).
Prose only: the text of every Markdown paragraph (in lists and block quotes too), read with markdown-it-py (Debian
package python3-markdown-it, CommonMark), so headings, code blocks and HTML are left out; inline code keeps its
backticks and a link keeps its text. Sentences split after '.', '!' or '?' and a space before a capital, a quotation
mark or a backtick, except after an abbreviation; sentences under 6 words and those of any labelled set left out.

Criterion: ../draw-wikinews.py's temporal() (a word of its TIME_WORDS, a weekday or a month), imported unchanged. 240
candidates and 60 others at random (seed 20261205), shuffled; the half is ../draw-wikinews.py's half() (SHA-256 of
"EL2002:" + sentence).
Usage: /usr/bin/python3 draw.py DIR > unlabelled.tsv   (columns: file, half, sentence)
"""
import glob, os, re, sys

from markdown_it import MarkdownIt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

wikinews = sampling.load_script('draw-wikinews.py')
portal = sampling.load_script('current-events/draw.py')
SOURCE = 'Node.js 18 API reference, MIT; Perl 5.36 manual, Artistic License or GPL'
SEED = 20261205
CANDIDATES, OTHERS = 240, 60
ABBREVIATIONS = re.compile(r'(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|Mr|Mrs|Ms|Dr|St|No|Inc|Co|Corp|Ltd)\.|\b[A-Z]\.)$')


def paragraphs(path):
    """The text of every paragraph of a Markdown file: inline code in backticks, links as their text."""
    return paragraphs_of(open(path, encoding='utf-8').read())


def paragraphs_of(markdown):
    """The text of every paragraph of a Markdown text, as paragraphs() reads a file."""
    tokens = MarkdownIt('commonmark').parse(markdown)
    for token in tokens:
        if token.type != 'inline' or not token.children:
            continue
        if tokens[tokens.index(token) - 1].type != 'paragraph_open':
            continue
        parts = []
        for child in token.children:
            if child.type == 'text':
                parts.append(child.content)
            elif child.type == 'code_inline':
                parts.append('`' + child.content + '`')
            elif child.type in ('softbreak', 'hardbreak'):
                parts.append(' ')
        yield re.sub(r'\s+', ' ', ''.join(parts)).strip()


def sentences(text):
    out, start = [], 0
    for m in re.finditer(r'[.!?]["”’)]?\s+(?=[A-Z"“`])', text):
        if ABBREVIATIONS.search(text[start:m.start() + 1]):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def unused_sentences(corpus, exclude):
    """(file, sentence) of every prose sentence of 6+ words of the manuals, once each, in file order, leaving out the
    sentences of every labelled set but those whose file names begin with exclude (see sampling.used_sentences)."""
    seen, taken, pool = sampling.used_sentences(exclude=exclude), set(), []
    for path in sorted(glob.glob(os.path.join(corpus, 'full', 'nodejs', '*.md')) + glob.glob(os.path.join(corpus, 'full', 'perl', '*.md'))):
        key = os.path.relpath(path, os.path.join(corpus, 'full'))
        for paragraph in paragraphs(path):
            for s in sentences(paragraph):
                if portal.nwords(s) >= 6 and s not in seen and s not in taken and '\t' not in s:
                    taken.add(s)
                    pool.append((key, s))
    return pool


def main(corpus):
    pool = unused_sentences(corpus, ('EL2002.techdocs', 'EL2001.techdocs'))
    chosen = sampling.candidates_and_others(pool, wikinews.temporal, CANDIDATES, OTHERS, SEED)
    sampling.print_drawn(chosen, 'EL2002', 'file', SOURCE)


if __name__ == '__main__':
    main(sys.argv[1])
