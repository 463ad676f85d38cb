#!/usr/bin/env python3
"""Writes ../EL2001.wikinews19-dev.txt and ../EL2001.wikinews19-test.txt from labelled.tsv (stdlib only; EditLint is not
used). labelled.tsv: date, half (as draw.py wrote it), sentence with its {|EL2001:...|} marks.
Usage: split.py (writes the two files) or split.py --check (exits 1 if they differ).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2001 (unsupported superlatives), news sample from English Wikinews 2019-2021, {half}.
#
# Source: the 295 articles of English Wikinews's 2019 and 2020 categories (2019-01-04 .. 2021-03-15; Wikinews
# contributors, CC BY 2.5), as scraped in github.com/vanatteveldt/wikinews; interviews left out; none read for an
# earlier set; wikinews-2019/README.md. Drawn by wikinews-2019/draw.py without running EditLint: 320 of the 429
# sentences of 6+ words with a superlative word (the Current events samples' criterion) and 80 of the 9,508 others, at
# random (seed 20261211). Split by SHA-256 of "EL2001:" + sentence (first byte even: development, odd: test).
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (wikinews-2019/labeller-a.tsv, labeller-b.tsv); the sentences they
# marked differently were decided by a third reader, also from the guidelines alone (wikinews-2019/adjudicated.tsv).
# wikinews-2019/agreement.py rebuilds these labels from the three files.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    sys.exit(0 if sampling.write_halves(HERE, 'EL2001', 'wikinews19', HEADER, '--check' in sys.argv) else 1)


main()
