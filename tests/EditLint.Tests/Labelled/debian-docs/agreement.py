#!/usr/bin/env python3
"""Compares the readings of this sample for each rule, builds labelled.tsv (file, sentence with both rules' marks) and
writes the two sealed samples, ../EL2001.debdocs-test.txt and ../EL2002.debdocs-test.txt (stdlib only; EditLint is not
used): labeller-a.tsv and labeller-b.tsv where they mark a sentence alike for both rules, adjudicated.tsv where they differ:
reading C's marking (labeller-c.tsv, sentences 1-150, the half that holds the one such sentence), which is A's or B's.
Usage: agreement.py or agreement.py --check.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

RULES = ('EL2001', 'EL2002')
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


def without(text, rule):
    return re.sub(r'\{\|' + rule + r':(.*?)\|\}', r'\1', text)


def other(rule):
    return RULES[1 - RULES.index(rule)]


def labels(path, rule):
    return {plain: spans for plain, spans in (sampling.spans_of(without(r.rsplit('\t', 1)[1], other(rule)), rule) for r in sampling.rows(path))}


def main(check):
    first, second = os.path.join(HERE, 'labeller-a.tsv'), os.path.join(HERE, 'labeller-b.tsv')
    for rule in RULES:
        print(rule, end=': ')
        sampling.print_agreement(sampling.agreement(labels(first, rule), labels(second, rule)))
    decided = dict(r.split('\t', 1) for r in sampling.rows(os.path.join(HERE, 'adjudicated.tsv')))
    lines = []
    for n, (a, b) in enumerate(zip(sampling.rows(first), sampling.rows(second)), start=1):
        lead, text = a.rsplit('\t', 1)
        lines.append(a if a == b else f'{lead}\t{decided[str(n)]}')
    assert len(decided) == sum(a != b for a, b in zip(sampling.rows(first), sampling.rows(second)))
    third = sampling.rows(os.path.join(HERE, 'labeller-c.tsv'))
    assert all(third[int(n) - 1].split('\t', 1)[1] == text for n, text in decided.items()), 'adjudicated.tsv holds reading C\'s marking'
    same = sampling.write_text(os.path.join(HERE, 'labelled.tsv'),
                               '# file\tsentence with EL2001 and EL2002 marks: the two readings where they agree, adjudicated.tsv where they differ\n' + '\n'.join(lines) + '\n', check)
    names = {'EL2001': 'unsupported superlatives', 'EL2002': 'undated claims'}
    for rule in RULES:
        sample = [without(l.split('\t', 1)[1], other(rule)) for l in lines]
        header = HEADER.replace('{rule}', rule).replace('{name}', names[rule]) + '# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.\n\n'
        same = sampling.write_sample(sample, rule, header, os.path.join(HERE, '..', f'{rule}.debdocs-test.txt'), check) and same
    return same


sys.exit(0 if main('--check' in sys.argv) else 1)
