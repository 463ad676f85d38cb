#!/usr/bin/env python3
"""Writes ../EL2001.amalgum2-dev.txt and ../EL2001.amalgum2-test.txt from labelled.tsv (stdlib only; EditLint is not
used). labelled.tsv: doc, half (as draw.py wrote it), sentence with its {|EL2001:...|} marks.
Usage: split.py (writes the two files) or split.py --check (exits 1 if they differ).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2001 (unsupported superlatives), second Wikinews sample, {half}.
#
# Source: 57 English Wikinews articles (Wikinews, CC BY 2.5, https://en.wikinews.org/wiki/Wikinews:Copyright) from the
# news part of AMALGUM (github.com/gucorpling/amalgum; annotations CC BY 4.0, unused except for its sentence split),
# none read for an earlier set; amalgum-2/README.md. Drawn by amalgum-2/draw.py without running EditLint: all 76
# sentences of 6+ words with a superlative word (draw-wikinews.py's criterion), and 324 of the 1,720 others at random
# (seed 20261204). Split by SHA-256 of "EL2001:" + sentence (first byte even: development, odd: test).
# Labelled by docs/rules/annotation.md with its decisions of December 2026, every sentence, before the rule was run on
# any of them. The labeller had tuned the rule in earlier rounds: the labels follow the written guidelines, but they
# are not an outside reader's. News copy supports most of its superlatives (a quotation, a figure, "according to"),
# so the sample holds few expected spans: it measures false alarms on news far better than it measures recall.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    sys.exit(0 if sampling.write_halves(HERE, 'EL2001', 'amalgum2', HEADER, '--check' in sys.argv) else 1)


main()
