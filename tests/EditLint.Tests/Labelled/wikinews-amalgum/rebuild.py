#!/usr/bin/env python3
"""Rebuilds the AMALGUM part of the EL2001 Wikinews sample (stdlib only; EditLint is not used).

Source: AMALGUM (github.com/gucorpling/amalgum), news genre = English Wikinews articles
(text: Wikinews, CC BY 2.5, https://en.wikinews.org/wiki/Wikinews:Copyright; AMALGUM annotations CC BY 4.0,
see the repository README's License section). manifest.tsv lists, in the order of the repository's file listing
(amalgum/news/xml/, alphabetical), every document read, with the commit the file was read at.

What is saved here (the search tool returns file text only to the reader, and the repository snapshot is over the
500 MiB fetch limit, so the raw files could not be copied onto this machine):
  manifest.tsv   n, doc, path, commit, total_chars, pages read
  sentences.tsv  doc, kind (cand|trap), sentence -- every candidate sentence of each document read, plus one trap
                 per document; EL2001 labels are inline as {|EL2001:...|} (marks are removed before any check).
Sentences were rebuilt by hand from the xml token stream (tokens joined with the original spacing, as the
CoNLL-U '# text =' line of the same document gives it).

Usage:
  rebuild.py --check            verify sentences.tsv: every 'cand' passes draw.py's criterion (a superlative word,
                                6+ words), every 'trap' does not, no sentence repeats the GUM sample
  rebuild.py SRC_DIR            SRC_DIR holds the AMALGUM_news_<doc>.conllu (preferred: exact '# text =' lines)
                                or .xml files named in manifest.tsv, fetched at the listed commits; prints the
                                candidates and traps the rule selects and any difference from sentences.tsv.
Criterion: draw.py's superlative() (imported from ../draw-wikinews.py, unchanged). Traps: for the n-th document read
(n = 0, 1, ...), the r_n-th distinct non-candidate sentence of 6+ words in document order (wrapping), with
r_n = random.Random(20260525).randint(1, 12) drawn in turn; headlines and captions of 6+ words count as sentences.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402
draw = sampling.load_script('draw-wikinews.py')
MARK = re.compile(r'\{\|EL2001:(.*?)\|\}')
TRAP_SEED = 20260525


def plain(s):
    return MARK.sub(r'\1', s)


def nwords(s):
    return len([w for w in re.findall(r"\S+", s) if re.match(r"[A-Za-z0-9]", w)])


def manifest():
    rows = []
    for line in open(os.path.join(HERE, 'manifest.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        n, doc, path, commit = line.rstrip('\n').split('\t')[:4]
        rows.append((int(n), doc, path, commit))
    return rows


def saved():
    return [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'sentences.tsv'), encoding='utf-8')]


def detok(tokens):
    out, quote_open = '', False
    for t in tokens:
        if t == '"':
            if quote_open:
                out += t
            else:
                out += (' ' if out and not out.endswith(('(', '[')) else '') + t
            quote_open = not quote_open
            continue
        glue = (not out or out.endswith(('(', '[', '$')) or (out.endswith('"') and quote_open)
                or re.fullmatch(r"[,.;:!?)\]%]|'s|'S|n't|'re|'ve|'m|'ll|'d|’s|’re|’ve|’m|’ll|’d|n’t|\.\.\.", t))
        out += t if glue else ' ' + t
    return out


def doc_sentences(src, doc):
    conllu = os.path.join(src, f'AMALGUM_news_{doc}.conllu')
    xml = os.path.join(src, f'AMALGUM_news_{doc}.xml')
    sents = []
    if os.path.exists(conllu):
        for line in open(conllu, encoding='utf-8'):
            if line.startswith('# text = '):
                sents.append(' '.join(line[9:].split()))
    elif os.path.exists(xml):
        toks = None
        for line in open(xml, encoding='utf-8'):
            line = line.rstrip('\n')
            if line.startswith('<s '):
                toks = []
            elif line.startswith('</s>'):
                sents.append(detok(toks)); toks = None
            elif toks is not None and '\t' in line:
                toks.append(line.split('\t')[0].replace('&amp;', '&').replace('&quot;', '"'))
    else:
        return None
    return sents


def main():
    rows = saved()
    if sys.argv[1:] == ['--check']:
        gum = set()
        lab = os.path.join(HERE, '..', 'work', 'labelled.json')
        if os.path.exists(lab):
            j = json.load(open(lab, encoding='utf-8'))
            gum = {plain(s) for h in ('dev', 'test') for s in j['EL2001.' + h]}
        bad = 0
        for doc, kind, s in rows:
            p = plain(s)
            ok = (kind == 'cand') == draw.superlative(p) and nwords(p) >= 6 and p not in gum
            if not ok:
                bad += 1; print('BAD', doc, kind, p)
        print(len(rows), 'sentences,', sum(r[1] == 'cand' for r in rows), 'candidates,',
              sum(r[1] == 'trap' for r in rows), 'traps,', bad, 'problems')
        return 1 if bad else 0
    src = sys.argv[1]
    rng = random.Random(TRAP_SEED)
    want = {(d, k, plain(s)) for d, k, s in rows}
    got, missing = set(), []
    for n, doc, path, commit in manifest():
        r = rng.randint(1, 12)
        sents = doc_sentences(src, doc)
        if sents is None:
            missing.append(path); continue
        seen, rest = set(), []
        for s in sents:
            if s in seen or nwords(s) < 6:
                continue
            seen.add(s)
            if draw.superlative(s):
                got.add((doc, 'cand', s))
            else:
                rest.append(s)
        if rest:
            got.add((doc, 'trap', rest[(r - 1) % len(rest)]))
    for x in sorted(got - want):
        print('rule selects, not saved:', *x, sep='\t')
    for x in sorted(want - got):
        if not any(m.endswith(f'_{x[0]}.xml') for m in missing):
            print('saved, rule does not select:', *x, sep='\t')
    if missing:
        print(len(missing), 'files not in SRC_DIR (fetch them at the commits in manifest.tsv)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
