#!/usr/bin/python3
"""Whether a trained judge would do better than EL2001's frames (docs/rules/EL2001.md, "Whether a trained judge ...").

Every superlative word of the EL2001 labelled sets in this folder (an '-est' form of an adjective of
rules/EL2001.adjectives.txt or EL2001.wordnet-adjectives.txt, 'best', 'worst', 'most' or 'least' and a word, a peacock or
ranking word of rules/EL2001.superlatives.json, a compound on one; the second labellers' copies, *b-*.txt, left out) is a
candidate, marked when it falls inside an expected span, and described by the word, the two words either side of it,
'one of' or a copula before it, a capital after it, an open quotation, and a figure, a verb of saying or a word of scope
in the sentence. A logistic regression and a gradient-boosted tree ensemble are trained on every source but one and
scored on that one, for each source in turn (the halves of a sample are one source). The first word of an EditLint
finding that holds none of those words (its SARIF on each set, the sentences as paragraphs) is a candidate too, and the rule alone is scored on the
candidates; with --with-rule its decision (whether EditLint flags the word) is a feature as well. Precision counts
predicted candidates outside every span as false alarms; recall counts spans with a predicted candidate. SARIF columns
count UTF-16 units and Python characters: a line with a character beyond the BMP before a finding would be misread.
Needs Debian's python3-sklearn and a built EditLint. Usage:
  /usr/bin/python3 classifier-probe.py PATH-TO-EditLint.Cli [--with-rule] [--trees]
"""
import glob, json, os, re, subprocess, sys, tempfile

from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sampling  # noqa: E402

RULES = os.path.join(HERE, '..', '..', '..', 'rules')
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|\S")
COPULAS = {'is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'became', 'become', 'remains', 'remained'}
NOT_EST = {'latest', 'earliest', 'interest', 'forest', 'honest', 'protest', 'request', 'test', 'west', 'rest', 'nest', 'chest',
           'guest', 'quest', 'suggest', 'harvest', 'invest', 'digest', 'arrest', 'contest', 'manifest', 'modest', 'pest', 'vest',
           'crest', 'conquest', 'inquest', 'priest', 'attest', 'detest', 'lest', 'jest', 'zest', 'behest', 'unrest', 'midwest'}


def lexicon():
    data = json.load(open(os.path.join(RULES, 'EL2001.superlatives.json'), encoding='utf-8'))
    adjectives = set()
    for name in ('EL2001.adjectives.txt', 'EL2001.wordnet-adjectives.txt'):
        adjectives |= {l.strip().lower() for l in open(os.path.join(RULES, name), encoding='utf-8') if l.strip() and not l.startswith('#')}
    ranking = data['rankingWords']
    return {'adjectives': adjectives, 'est': set(data['estSuperlatives']) | set(data['irregular']),
            'peacock': {p['term'].lower().split()[0] for p in data['peacock']},
            'ranking': {w.lower() for w in ranking.get('terms', [])} if isinstance(ranking, dict) else set()}


def is_est(word, lex):
    if word in lex['est']:
        return True
    if not word.endswith('est') or word in NOT_EST or len(word) < 5:
        return False
    stem = word[:-3]
    return any(s in lex['adjectives'] for s in (stem, stem + 'e', stem[:-1] if stem[-1:] == stem[-2:-1] else stem, stem[:-1] + 'y' if stem.endswith('i') else stem))


def kind(words, i, lex):
    w = words[i].lower()
    if is_est(w, lex):
        return 'est'
    if w in ('most', 'least') and i + 1 < len(words) and re.match('[a-z]', words[i + 1]) and words[i + 1].lower() not in ('of', 'and', 'or', 'the', 'a', 'to', 'in'):
        return 'most'
    if w in lex['peacock']:
        return 'peacock'
    if w in lex['ranking']:
        return 'ranking'
    head = w.split('-')[0]
    return 'compound' if '-' in w and (is_est(head, lex) or head in ('most', 'least', 'top', 'world')) else None


def sets():
    """(source, part, markdown, [(plain sentence, spans)]) of every EL2001 labelled set but the second labellers' copies."""
    for path in sorted(glob.glob(os.path.join(HERE, 'EL2001*.txt'))):
        part = os.path.basename(path)[len('EL2001.'):-len('.txt')] or 'main'
        if re.search(r'b-(dev|test)$', part):
            continue
        lines = open(path, encoding='utf-8').read().split('\n')
        markdown = '# format: markdown' in lines
        sentences = [sampling.spans_of(l, 'EL2001') for l in lines if l.strip() and not l.startswith('#')]
        yield re.sub(r'-(dev|test)$', '', part or 'main'), part, markdown, sentences


def flagged(editlint, markdown, sentences):
    """For each sentence, the (start, end) of each EL2001 finding, from EditLint's SARIF on the sentences as paragraphs."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'labelled.md' if markdown else 'labelled.txt')
        open(path, 'w', encoding='utf-8').write(''.join(s + '\n\n' for s, _ in sentences))
        out = os.path.join(folder, 'out.sarif')
        subprocess.run([editlint, 'check', path, '--format', 'sarif', '--output', out], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        found = [[] for _ in sentences]
        for result in json.load(open(out, encoding='utf-8'))['runs'][0]['results']:
            if result['ruleId'] == 'EL2001':
                region = result['locations'][0]['physicalLocation']['region']
                start = region['startColumn'] - 1
                found[(region['startLine'] - 1) // 2].append((start, start + region['charLength']))
        return found


def candidates(sentence, spans, findings, lex, with_rule):
    tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(sentence)]
    words = [t[0] for t in tokens]
    low = sentence.lower()
    said = bool(re.search(r'\b(said|says|according|told|reported|estimated)\b', low))
    scope = bool(re.search(r'\b(ever|history|world|record|nation|country)\b', low))
    digit = bool(re.search(r'\d', sentence))

    def word(j):
        if j < 0 or j >= len(words):
            return '<edge>'
        w = words[j].lower()
        return 'POSSESSIVE' if re.search(r"['’]s$", w) and w not in ("it's", "that's", "he's", "she's", "there's", "what's") else w

    def inside(ranges, t):
        return next((k for k, (s, e) in enumerate(ranges) if s <= t[1] < e or t[1] <= s < t[2]), -1)

    quotes = 0
    starts = {s for s, _ in findings}
    for i, t in enumerate(tokens):
        quotes += t[0] in '"“”'
        k = kind(words, i, lex)
        if k is None and t[1] in starts and not any(kind(words, j, lex) and inside(findings, tokens[j]) == inside(findings, t) for j in range(len(tokens))):
            k = 'other'  # a finding with no superlative word of these lists ("record high", "unparalleled")
        if k is None:
            continue
        features = {'kind=' + k: 1, 'word=' + t[0].lower(): 1, 'before=' + word(i - 1): 1, 'before2=' + word(i - 2): 1,
                    'after=' + word(i + 1): 1, 'after2=' + word(i + 2): 1, 'two before=' + word(i - 2) + ' ' + word(i - 1): 1,
                    'copula': int(word(i - 1) in COPULAS or word(i - 2) in COPULAS), 'capital after': int(i + 1 < len(words) and words[i + 1][:1].isupper()),
                    'one of': int((word(i - 3), word(i - 2)) == ('one', 'of') or (word(i - 2), word(i - 1)) == ('one', 'of')),
                    'in quotation': quotes % 2, 'figure': int(digit), 'saying': int(said), 'scope': int(scope)}
        if with_rule:
            features['flagged'] = int(inside(findings, t) >= 0)
        yield features, inside(spans, t), inside(findings, t) >= 0


def score(rows, predictions):
    hit = false_alarms = expected = 0
    for (spans, cands), predicted in zip(rows, predictions):
        expected += len(spans)
        found = {span for (_, span, _), p in zip(cands, predicted) if p and span >= 0}
        false_alarms += sum(1 for (_, span, _), p in zip(cands, predicted) if p and span < 0)
        hit += len(found)
    precision = hit / (hit + false_alarms) if hit + false_alarms else 1.0
    recall = hit / expected
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main():
    editlint = sys.argv[1]
    with_rule, trees = '--with-rule' in sys.argv, '--trees' in sys.argv
    lex = lexicon()
    rows, sources = [], []
    for source, part, markdown, sentences in sets():
        for (sentence, spans), found in zip(sentences, flagged(editlint, markdown, sentences)):
            rows.append((spans, list(candidates(sentence, spans, found, lex, with_rule))))
            sources.append(source)
    spans = sum(len(s) for s, _ in rows)
    covered = sum(1 for s, c in rows for k in range(len(s)) if any(span == k for _, span, _ in c))
    print(f'{len(set(sources))} sources, {len(rows)} sentences, {spans} expected spans, {covered} of them with a candidate')
    print('the rule alone: precision %.3f, recall %.3f, F1 %.3f' % score(rows, [[f for _, _, f in c] for _, c in rows]))
    probabilities = [None] * len(rows)
    for held in sorted(set(sources)):
        train = [c for (_, cands), s in zip(rows, sources) if s != held for c in cands]
        vectors = DictVectorizer()
        x = vectors.fit_transform([f for f, _, _ in train])
        y = [int(span >= 0) for _, span, _ in train]
        keep = (x > 0).sum(axis=0).A1 >= 8
        model = (HistGradientBoostingClassifier(max_iter=150, learning_rate=0.1).fit(x[:, keep].toarray(), y) if trees
                 else LogisticRegression(C=0.3, max_iter=2000).fit(x, y))
        for n, ((_, cands), s) in enumerate(zip(rows, sources)):
            if s == held:
                z = vectors.transform([f for f, _, _ in cands]) if cands else None
                probabilities[n] = [] if z is None else model.predict_proba(z[:, keep].toarray() if trees else z)[:, 1]
    name = ('trees' if trees else 'logistic') + (' with the rule' if with_rule else '')
    for threshold in (0.3, 0.4, 0.5, 0.6):
        predicted = [[p >= threshold for p in ps] for ps in probabilities]
        print('%s, leave one source out, threshold %.1f: precision %.3f, recall %.3f, F1 %.3f' % ((name, threshold) + score(rows, predicted)))


main()
