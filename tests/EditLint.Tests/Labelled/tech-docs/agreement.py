#!/usr/bin/env python3
"""Compares the two readings of this sample, builds labelled.tsv (file, half, marked sentence) from them and writes its
halves, ../EL2002.techdocs-dev.txt and ../EL2002.techdocs-test.txt (stdlib only; EditLint is not used): labeller-a.tsv
and labeller-b.tsv where they agree, adjudicated.tsv where they differ (they differ nowhere); the half of each sentence
is the one draw.py wrote to unlabelled.tsv.
Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# format: markdown
# EL2002 (undated claims), technical documentation: Node.js 18 API reference and Perl 5.36 manual, {half}.
#
# Source: the documentation half of the benchmark corpus (bench/make-corpus.sh): Node.js 18 API reference (Debian
# nodejs-doc, MIT licence) and Perl 5.36 manual (Debian perl-doc through pod2markdown; Artistic License or GPL);
# tech-docs/README.md. Drawn by tech-docs/draw.py without running EditLint: 240 sentences that ../draw-wikinews.py's
# temporal criterion takes and 60 others, at random (seed 20261205); split by SHA-256 of "EL2002:" + sentence.
# Labelled by docs/rules/annotation.md (with its part on technical documentation, written before the draw), every
# sentence, in two readings made from the guidelines alone, without the rule, its code, its output or the other reading,
# each by two readers who read one half (tech-docs/labeller-a.tsv, labeller-b.tsv); the readings agree on every sentence.
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""


sys.exit(0 if sampling.write_labelled_halves(HERE, 'EL2002', 'techdocs', HEADER, '--check' in sys.argv) else 1)
