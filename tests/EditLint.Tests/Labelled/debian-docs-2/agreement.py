#!/usr/bin/env python3
"""Compares the readings of this sample for each rule, builds labelled.tsv (file, sentence with both rules' marks) and
writes the two sealed samples, ../EL2001.debdocs2-test.txt and ../EL2002.debdocs2-test.txt (stdlib only; EditLint is
not used): labeller-a.tsv and labeller-b.tsv where they mark a sentence alike, adjudicated.tsv where they differ:
reading C's marking (labeller-c.tsv, sentences 1-150, the half that holds the one such sentence), which is A's or B's
(sampling.adjudicate_three, sampling.write_both_rules).
Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# format: markdown
# {rule} ({name}), the Markdown documentation of 90 Debian 12 packages drawn at random (123 files), sealed whole:
# scored once, never tuned on.
#
# Source: debian-docs-2/README.md and manifest.tsv (each file under its project's licence). Drawn by debian-docs-2/draw.py
# without running EditLint: 150 sentences that only the EL2002 criterion takes, 100 that the EL2001 criterion takes and
# 50 others, at random (seed 20261205).
# Labelled by docs/rules/annotation.md (with its parts on technical documentation), for both rules at once, every
# sentence, in readings made from the guidelines alone, without the rules, their code, their output or the other
# readings, each by two readers who read one half (debian-docs-2/labeller-a.tsv, labeller-b.tsv); where A and B differ
# (one sentence, on the extent of a span), reading C decides (labeller-c.tsv, adjudicated.tsv).
#
"""

check = '--check' in sys.argv
same = sampling.adjudicate_three(HERE, check)
sys.exit(0 if sampling.write_both_rules(HERE, 'debdocs2', HEADER, check) and same else 1)
