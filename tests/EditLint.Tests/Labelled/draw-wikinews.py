#!/usr/bin/env python3
"""Draws a Wikinews sample for the claim rules' evaluation (EL2001, EL2002), without running EditLint.

Source: the Wikinews documents of the GUM corpus (github.com/amir-zeldes/gum, commit
72ce5ac14978a324c2fd18d49484e65292cbe316): dep/GUM_news_*.conllu (24 news articles) and
dep/GUM_interview_*.conllu (19 Wikinews interviews). Text: Wikinews, CC BY 2.5
(https://en.wikinews.org/wiki/Wikinews:Copyright); GUM annotations CC BY 4.0 (unused here except for the
corpus's own sentence split). Each sentence is the '# text =' line of the CoNLL-U file, already plain prose
(no wiki markup); whitespace is collapsed so that a sentence is one line.

Usage: draw-wikinews.py SRC_DIR OUT_DIR      (SRC_DIR holds the 43 .conllu files, as `git show` writes them)

Sentences under 6 words (headlines, datelines, captions, speaker tags) are left out; duplicates are dropped.

EL2001 candidates: a sentence holding (case-insensitive) a word that ends in "est" and is not in NOT_SUPERLATIVE
(nouns and verbs such as interest, forest, honest, request, protest, west, test, guest, arrest, ... -- "latest"
is kept as a candidate, as are "best"/"worst"), or "best", "worst", "most", "least", or a hyphenated word
that begins with one of those, with an -est word, or with "top"/"world". Up to 360 candidates are taken
(sampled at random, fixed seed, if there are more), plus 70 sentences drawn at random from the rest; because
this source is small, the rest is then drawn on until the set holds MIN_EL2001 sentences.
EL2002 candidates: a sentence holding a word of TIME_WORDS (case-insensitive), a weekday name, or a
capitalised month name. 400 candidates are sampled at random (all of them if fewer) plus 50 from the rest,
topped up from the rest to MIN_EL2002 if needed.
Split: SHA-256 of "<rule>:" + sentence, first byte even = dev, odd = test.
Output: OUT_DIR/EL2001.unlabelled.tsv and EL2002.unlabelled.tsv (half, file, sentence).
"""
import glob, hashlib, os, random, re, sys

SEED = 20260524
MIN_EL2001, MIN_EL2002 = 420, 450
TIME_WORDS = set("""now then today tonight yesterday tomorrow recently recent currently current lately soon ago
latest presently present nowadays ongoing upcoming forthcoming year years week weeks month months decade decades
century day days morning afternoon evening night weekend season spring summer fall autumn winter past future
shortly meanwhile already still yet time times era age""".split())
WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday'.split())
MONTHS = set('January February March April May June July August September October November December'.split())
NOT_SUPERLATIVE = set("""interest interests forest honest dishonest modest immodest request protest contest west
northwest southwest midwest rest unrest test guest quest conquest invest suggest arrest priest nest chest vest
harvest manifest digest attest detest earnest inquest behest pest zest jest crest lest wrest infest ingest
tempest molest divest everest budapest bucharest ernest forrest celest arbest""".split())
HYPHEN_HEADS = ('best', 'worst', 'most', 'least', 'top', 'world')


def sentences(src):
    for path in sorted(glob.glob(os.path.join(src, 'GUM_*.conllu'))):
        for line in open(path, encoding='utf-8'):
            if line.startswith('# text = '):
                text = ' '.join(line[len('# text = '):].split())
                if len([w for w in re.findall(r"\S+", text) if re.match(r"[A-Za-z0-9]", w)]) >= 6:
                    yield os.path.basename(path), text


def words(text):
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


def superlative(text):
    for w in words(text):
        lw = w.lower().replace('’', "'")
        base = lw.split("'")[0]
        if base in ('best', 'worst', 'most', 'least'):
            return True
        if re.fullmatch(r"[a-z]+est", base) and len(base) > 4 and base not in NOT_SUPERLATIVE:
            return True
        if '-' in base:
            head = base.split('-')[0]
            if head in HYPHEN_HEADS or (re.fullmatch(r"[a-z]+est", head) and head not in NOT_SUPERLATIVE):
                return True
    return False


def temporal(text):
    for w in words(text):
        lw = w.lower().replace('’', "'")
        for part in lw.split("'")[0].split('-'):
            if part in TIME_WORDS or part in WEEKDAYS:
                return True
        if w.split("'")[0].split('’')[0] in MONTHS:
            return True
    return False


def half(rule, text):
    return 'dev' if hashlib.sha256((rule + ':' + text).encode('utf-8')).digest()[0] % 2 == 0 else 'test'


def draw(rng, items, pred, n_cand, n_rest, minimum):
    cand = [x for x in items if pred(x[1])]
    rest = [x for x in items if not pred(x[1])]
    picked = rng.sample(cand, n_cand) if len(cand) > n_cand else list(cand)
    rest = rng.sample(rest, len(rest))          # a fixed random order of the rest
    need = max(n_rest, minimum - len(picked))
    return picked + rest[:need], len(cand), len(picked), need


def main(src, out):
    seen, uniq = set(), []
    for f, s in sentences(src):
        if s not in seen:
            seen.add(s)
            uniq.append((f, s))
    rng = random.Random(SEED)
    sets = {
        'EL2001': draw(rng, uniq, superlative, 360, 70, MIN_EL2001),
        'EL2002': draw(rng, uniq, temporal, 400, 50, MIN_EL2002),
    }
    os.makedirs(out, exist_ok=True)
    for rule, (items, ncand, npicked, nrest) in sets.items():
        rng.shuffle(items)
        with open(os.path.join(out, rule + '.unlabelled.tsv'), 'w', encoding='utf-8') as w:
            for f, s in items:
                w.write(f'{half(rule, s)}\t{f}\t{s}\n')
        print(rule, 'sentences', len(uniq), 'candidates', ncand, 'taken', npicked, 'rest', nrest,
              'total', len(items), 'dev', sum(half(rule, s) == 'dev' for f, s in items))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
