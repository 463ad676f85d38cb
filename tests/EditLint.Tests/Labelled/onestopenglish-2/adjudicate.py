#!/usr/bin/env python3
"""Writes adjudicated.tsv, the decisions on the sentences that readings A and B mark differently (stdlib only; EditLint
is not used): where reading C (labeller-c.tsv) marks a sentence exactly as A or as B, that marking; where all three
differ, a fourth reader's (fourth-reader.tsv, needed only then: line number, marked sentence), who saw the three
readings and decided from docs/rules/annotation.md alone. Usage: adjudicate.py or adjudicate.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

sys.exit(0 if sampling.adjudicate_three(HERE, '--check' in sys.argv) else 1)
