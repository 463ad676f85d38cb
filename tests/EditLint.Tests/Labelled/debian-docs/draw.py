#!/usr/bin/python3
"""Draws a sample of project documentation for both claim rules, sealed whole, without running EditLint.

Source: every Markdown file (*.md, *.md.gz) under /usr/share/doc of the machine the sample was drawn on (Debian 12; the
packages and files are listed in manifest.tsv, each under its project's licence as /usr/share/doc/PACKAGE/copyright
states): READMEs, release notes, contributing guides and manuals of the packages installed (systemd, pip, zstd, man-db, GLib, ...),
leaving out Node.js's (its API reference is the benchmark corpus's, which the rules were tuned on).
None of it was read for a labelled set or for tuning. Sentences as ../tech-docs/draw.py reads them (prose of every
Markdown paragraph, markdown-it-py), of 6+ words, not in any labelled set.
Criteria: ../draw-wikinews.py's temporal() for EL2002 and ../current-events/draw.py's candidate() for EL2001. 150
sentences that only the first takes, 100 that the second takes, and 50 others, at random (seed 20261207), shuffled.
Usage: /usr/bin/python3 draw.py [--manifest] > unlabelled.tsv   (columns: file, sentence)
"""
import glob, gzip, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

docs = sampling.load_script('tech-docs/draw.py')
portal = sampling.load_script('current-events/draw.py')
wikinews = sampling.load_script('draw-wikinews.py')
ROOT = '/usr/share/doc'
SEED = 20261207
TEMPORAL, SUPERLATIVE, OTHERS = 150, 100, 50


def files():
    """Every Markdown file under ROOT but Node.js's (its API reference is the benchmark corpus's, tuned on; its changelogs are commit lists)."""
    found = glob.glob(os.path.join(ROOT, '**', '*.md'), recursive=True) + glob.glob(os.path.join(ROOT, '**', '*.md.gz'), recursive=True)
    return sorted(p for p in found if not os.path.relpath(p, ROOT).startswith('nodejs/'))


def read(path):
    raw = gzip.open(path).read() if path.endswith('.gz') else open(path, 'rb').read()
    return raw.decode('utf-8', errors='replace')


def pool():
    seen, taken, out = sampling.used_sentences(exclude=('EL2001.debdocs', 'EL2002.debdocs')), set(), []
    for path in files():
        key = os.path.relpath(path, ROOT)
        for paragraph in docs.paragraphs_of(read(path)):
            for s in docs.sentences(paragraph):
                if portal.nwords(s) >= 6 and s not in seen and s not in taken and '\t' not in s and '\ufffd' not in s:
                    taken.add(s)
                    out.append((key, s))
    return out


def main():
    import random
    items = pool()
    temporal = [x for x in items if wikinews.temporal(x[1]) and not portal.candidate(x[1])]
    superlative = [x for x in items if portal.candidate(x[1])]
    rest = [x for x in items if not wikinews.temporal(x[1]) and not portal.candidate(x[1])]
    rng = random.Random(SEED)
    chosen = rng.sample(temporal, TEMPORAL) + rng.sample(superlative, min(SUPERLATIVE, len(superlative))) + rng.sample(rest, OTHERS)
    rng.shuffle(chosen)
    print(f'# {len(items)} sentences: {len(temporal)} temporal only, {len(superlative)} superlative, {len(rest)} others', file=sys.stderr)
    print('# file\tsentence (Markdown documentation under /usr/share/doc, Debian 12, each under its licence: manifest.tsv; drawn by draw.py)')
    for k, s in chosen:
        print(f'{k}\t{s}')


def manifest():
    print('# file\tpackage\tversion\tbytes')
    for path in files():
        key = os.path.relpath(path, ROOT)
        package = key.split('/')[0]
        version = subprocess.run(['dpkg-query', '-W', '-f=${Version}', package], capture_output=True, text=True).stdout or '?'
        print(f'{key}\t{package}\t{version}\t{os.path.getsize(path)}')


if __name__ == '__main__':
    manifest() if '--manifest' in sys.argv else main()
