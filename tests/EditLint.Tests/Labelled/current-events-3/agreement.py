#!/usr/bin/env python3
"""Compares the two labellings of this sample, builds labelled.tsv from them and writes the sealed sample,
../EL2001.current3-test.txt (stdlib only; EditLint is not used).

labeller-a.tsv and labeller-b.tsv: two readers' labels (day, marked sentence), each from docs/rules/annotation.md alone,
without the rule, its code, its output or the other's labels. Where the two lines are the same, labelled.tsv takes that
line; where they differ, the sentence as a third reader marked it, from the guidelines alone, after seeing both
labellings (adjudicated.tsv: line number in the sample, marked sentence). A span agrees when it overlaps a span of the
other labelling in the same sentence. Usage: agreement.py (prints the figures, writes the files) or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SAMPLE_FILE = 'EL2001.current3-test.txt'
SAMPLE_HEADER = """# EL2001 (unsupported superlatives), third news sample from Wikipedia's Current events portal, sealed whole: scored
# once, never tuned on.
#
# Source: English Wikipedia, Portal:Current events, 2025-01-01 .. 2026-08-22 (Wikipedia contributors, CC BY-SA 4.0), as
# converted to Markdown in github.com/fordred/wikinews; each story's sentences without their links and source
# citations; current-events-3/README.md. Drawn by current-events-3/draw.py without running EditLint, after the rule was
# tuned on both earlier Current events samples: 300 of the portal's remaining news sentences at random (no superlative
# candidate was left), so it measures the rule on news as it comes, false alarms above all.
# Labelled by docs/rules/annotation.md, every sentence, by two readers who worked from the guidelines alone, without the
# rule, its code, its output or each other's labels (current-events-3/labeller-a.tsv, labeller-b.tsv); the sentences they
# marked differently were decided by a third reader from the guidelines alone (current-events-3/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


sampling.run_sealed_whole(HERE, 'day', SAMPLE_FILE, SAMPLE_HEADER)
