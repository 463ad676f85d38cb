#!/usr/bin/python3
"""Draws a second sample of project documentation for both claim rules, sealed whole, without running EditLint.

Source: the Markdown files (*.md, *.md.gz) under /usr/share/doc of 90 Debian 12 packages drawn at random (seed 20261205)
from the 7,274 packages whose files apt-file lists there, leaving out those of ../debian-docs and Node.js's. Their .deb
files were fetched with `apt-get download` and unpacked with `dpkg-deb` into a folder, not installed; packages and files
are listed with their versions in manifest.tsv, each under its project's licence (the package's
/usr/share/doc/PACKAGE/copyright). At most 5 files of a package are read (at random, same seed), so that TeX Live's 144
do not make the sample. Sentences as ../tech-docs/draw.py reads them, of 6+ words, not in any labelled set; the criteria
and counts of ../debian-docs/draw.py: 150 sentences that only its EL2002 criterion takes, 100 that the EL2001 criterion
takes, 50 others, at random (seed 20261205), shuffled.
Usage:
  /usr/bin/python3 draw.py --packages > packages.txt      (needs apt-file and its index)
  cd DEBS && xargs -a packages.txt apt-get download; for d in *.deb; do dpkg-deb --fsys-tarfile $d | tar -x -C ROOT --wildcards --no-anchored '*.md' '*.md.gz'; done
  /usr/bin/python3 draw.py ROOT [--manifest DEBS] > unlabelled.tsv   (columns: file, sentence)
"""
import glob, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

first = sampling.load_script('debian-docs/draw.py')
SEED = 20261205
PACKAGES, FILES_PER_PACKAGE = 90, 5


def packages():
    listed = subprocess.run(['apt-file', 'search', '-x', r'^/usr/share/doc/.*\.md(\.gz)?$'], capture_output=True, text=True).stdout
    used = {l.split('\t')[0].split('/')[0] for l in open(os.path.join(HERE, '..', 'debian-docs', 'manifest.tsv')) if not l.startswith('#')}
    names = sorted({l.split(':')[0] for l in listed.splitlines()} - used)
    names = [p for p in names if not p.startswith('nodejs') and not p.endswith('-dbgsym')]
    return sorted(random.Random(SEED).sample(names, PACKAGES))


def files(root):
    """Up to FILES_PER_PACKAGE Markdown files of each package under root/usr/share/doc, chosen at random with the seed."""
    docs = os.path.join(root, 'usr', 'share', 'doc')
    found = sorted(glob.glob(os.path.join(docs, '**', '*.md'), recursive=True) + glob.glob(os.path.join(docs, '**', '*.md.gz'), recursive=True))
    by_package = {}
    for path in (p for p in found if os.path.isfile(p)):  # a link into a package not unpacked is left out
        by_package.setdefault(os.path.relpath(path, docs).split('/')[0], []).append(path)
    rng = random.Random(SEED)
    chosen = []
    for package in sorted(by_package):
        paths = by_package[package]
        chosen += sorted(rng.sample(paths, FILES_PER_PACKAGE)) if len(paths) > FILES_PER_PACKAGE else paths
    return docs, chosen


def main(root):
    docs, paths = files(root)
    seen, taken, items = sampling.used_sentences(exclude=('EL2001.debdocs2', 'EL2002.debdocs2')), set(), []
    for path in paths:
        key = os.path.relpath(path, docs)
        for paragraph in first.docs.paragraphs_of(first.read(path)):
            for s in first.docs.sentences(paragraph):
                if first.portal.nwords(s) >= 6 and s not in seen and s not in taken and '\t' not in s and '\ufffd' not in s:
                    taken.add(s)
                    items.append((key, s))
    temporal = [x for x in items if first.wikinews.temporal(x[1]) and not first.portal.candidate(x[1])]
    superlative = [x for x in items if first.portal.candidate(x[1])]
    rest = [x for x in items if not first.wikinews.temporal(x[1]) and not first.portal.candidate(x[1])]
    rng = random.Random(SEED)
    chosen = rng.sample(temporal, min(first.TEMPORAL, len(temporal))) + rng.sample(superlative, min(first.SUPERLATIVE, len(superlative))) + rng.sample(rest, first.OTHERS)
    rng.shuffle(chosen)
    print(f'# {len(items)} sentences of {len(paths)} files: {len(temporal)} temporal only, {len(superlative)} superlative, {len(rest)} others', file=sys.stderr)
    print('# file\tsentence (Markdown documentation of 90 Debian 12 packages, each under its licence: manifest.tsv; drawn by draw.py)')
    for k, s in chosen:
        print(f'{k}\t{s}')


def manifest(root, debs):
    docs, paths = files(root)
    versions = {}
    for deb in glob.glob(os.path.join(debs, '*.deb')):
        name, version = os.path.basename(deb).split('_')[:2]
        versions[name] = version.replace('%3a', ':')
    print('# file\tpackage\tversion\tbytes')
    for path in paths:
        key = os.path.relpath(path, docs)
        package = key.split('/')[0]
        print(f'{key}\t{package}\t{versions.get(package, "?")}\t{os.path.getsize(path)}')


if __name__ == '__main__':
    if '--packages' in sys.argv:
        print('\n'.join(packages()))
    elif '--manifest' in sys.argv:
        manifest(sys.argv[1], sys.argv[sys.argv.index('--manifest') + 1])
    else:
        main(sys.argv[1])
