#!/usr/bin/env python3
"""Compares the readings of this sample for each rule, builds labelled.tsv (file, sentence with both rules' marks) and
writes the two sealed samples, ../EL2001.debdocs-test.txt and ../EL2002.debdocs-test.txt (stdlib only; EditLint is not
used): labeller-a.tsv and labeller-b.tsv where they mark a sentence alike for both rules, adjudicated.tsv where they differ:
reading C's marking (labeller-c.tsv, sentences 1-150, the half that holds the one such sentence), which is A's or B's.
Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# format: markdown
# {rule} ({name}), project documentation under /usr/share/doc (Debian 12, 101 Markdown files of 49 packages), sealed
# whole: scored once, never tuned on.
#
# Source: debian-docs/README.md and manifest.tsv (each file under its project's licence). Drawn by debian-docs/draw.py
# without running EditLint, after the rules' reading of documentation was settled: 150 sentences that only the EL2002
# criterion takes, 100 that the EL2001 criterion takes and 50 others, at random (seed 20261207).
# Labelled by docs/rules/annotation.md (with its parts on technical documentation), for both rules at once, every
# sentence, in readings made from the guidelines alone, without the rules, their code, their output or the other
# readings, each by two readers who read one half (debian-docs/labeller-a.tsv, labeller-b.tsv); where A and B differ
# (one sentence), reading C decides (labeller-c.tsv, adjudicated.tsv).
#
"""


sys.exit(0 if sampling.write_both_rules(HERE, 'debdocs', HEADER, '--check' in sys.argv) else 1)
