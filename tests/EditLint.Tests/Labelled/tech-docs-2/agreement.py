#!/usr/bin/env python3
"""Compares the readings of this sample, builds labelled.tsv (file, half, marked sentence) and writes its halves,
../EL2001.techdocs-dev.txt and ../EL2001.techdocs-test.txt (stdlib only; EditLint is not used): labeller-a.tsv and
labeller-b.tsv where they agree, adjudicated.tsv (../adjudicate.py, from reading C) where they differ.
Usage: agreement.py or agreement.py --check.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

HEADER = """# format: markdown
# EL2001 (unsupported superlatives), technical documentation: Node.js 18 API reference and Perl 5.36 manual, {half}.
#
# Source: the documentation half of the benchmark corpus (bench/make-corpus.sh): Node.js 18 API reference (Debian
# nodejs-doc, MIT licence) and Perl 5.36 manual (Debian perl-doc through pod2markdown; Artistic License or GPL);
# tech-docs-2/README.md. Drawn by tech-docs-2/draw.py without running EditLint: 240 sentences that
# ../current-events/draw.py's superlative criterion takes and 60 others, at random (seed 20261206); split by SHA-256 of
# "EL2001:" + sentence.
# Labelled by docs/rules/annotation.md (with its part on technical documentation, written before the draw), every
# sentence, in three readings made from the guidelines alone, without the rule, its code, its output or the other
# readings, each by two readers who read one half (tech-docs-2/labeller-a.tsv, labeller-b.tsv, labeller-c.tsv); where A
# and B differ, reading C decides (adjudicate.py tech-docs-2, tech-docs-2/adjudicated.tsv).
#
# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.

"""

sys.exit(0 if sampling.write_labelled_halves(HERE, 'EL2001', 'techdocs', HEADER, '--check' in sys.argv) else 1)
