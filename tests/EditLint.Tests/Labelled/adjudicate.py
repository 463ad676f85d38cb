#!/usr/bin/env python3
"""Writes SAMPLE_DIR/adjudicated.tsv for a sample read three times, the decisions on the sentences that readings A and B
mark differently (stdlib only; EditLint is not used): where reading C (labeller-c.tsv) marks a sentence exactly as A or
as B, that marking; where all three differ, a fourth reader's (fourth-reader.tsv, needed only then: line number, marked
sentence), who saw the three readings and decided from docs/rules/annotation.md alone (sampling.adjudicate_three).
Usage: adjudicate.py SAMPLE_DIR [--check]   (onestopenglish, voa-learning-english-2, onestopenglish-2, brown-5, brown-6)
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sampling  # noqa: E402

sys.exit(0 if sampling.adjudicate_three(os.path.abspath(sys.argv[1]), '--check' in sys.argv) else 1)
