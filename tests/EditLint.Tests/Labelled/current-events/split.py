#!/usr/bin/env python3
"""Writes ../EL2001.current-dev.txt and ../EL2001.current-test.txt from labelled.tsv (stdlib only; EditLint is not
used). labelled.tsv: day, half (as draw.py wrote it), sentence with its {|EL2001:...|} marks.
Usage: split.py (writes the two files) or split.py --check (exits 1 if they differ).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# EL2001 (unsupported superlatives), news sample from Wikipedia's Current events portal, {half}.
#
# Source: 601 daily pages of English Wikipedia's Portal:Current events, 2025-01-01 .. 2026-08-22 (Wikipedia
# contributors, CC BY-SA 4.0), as converted to Markdown in github.com/fordred/wikinews; none read for an earlier set;
# current-events/README.md. Each story's sentences without their links and source citations. Drawn by
# current-events/draw.py without running EditLint: 320 of the 411 sentences of 6+ words with a superlative word
# (draw-wikinews.py's criterion, "at least" and "at most" set aside) and 80 of the 11,666 others, at random (seed
# 20261205). Split by SHA-256 of "EL2001:" + sentence (first byte even: development, odd: test).
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (current-events/labeller-a.tsv, labeller-b.tsv; Cohen's kappa
# 0.965); the 5 sentences they marked differently were decided by a third reader, also from the guidelines alone
# (current-events/adjudicated.tsv). current-events/agreement.py rebuilds these labels from the three files.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


def main():
    sys.exit(0 if sampling.write_halves(HERE, 'EL2001', 'current', HEADER, '--check' in sys.argv) else 1)


main()
