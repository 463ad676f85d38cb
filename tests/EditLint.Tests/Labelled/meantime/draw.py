#!/usr/bin/env python3
"""Draws a news sample for both claim rules (EL2001, EL2002) from the English section of the NewsReader MEANTIME corpus,
sealed whole (stdlib only; EditLint is not used).

Source: github.com/qiangning/StructTempRel-EMNLP17 at commit d6518a5a79d940d749c95ee5b72830714b132238,
data/meantime_newsreader_english_oct15/intra-doc_annotation/corpus_{airbus,apple,gm,stock}/*.xml: 120 English Wikinews
articles of 2004-2011 (text: Wikinews contributors, CC BY 2.5, https://creativecommons.org/licenses/by/2.5/), as
tokenised and annotated in MEANTIME (CC BY 4.0, (c) 2015 Fondazione Bruno Kessler, VU University Amsterdam, Universidad
del País Vasco). Only the <token> elements are read (their text, sentence number and order); no annotation is used.

Reading: each sentence of the corpus is rebuilt from its tokens by detokenise() (see its docstring). The headline
(sentence 0) and the date line (sentence 1, "June 6, 2005") are dropped, as are sentences of fewer than 6 words
(../current-events/draw.py's nwords()) and repeats. An article any of whose sentences is in a labelled set
(sampling.used_sentences(), compared as is, with whitespace normalised and with straight and curly quotes unified) is
left out whole.
Criteria: ../current-events/draw.py's candidate() (superlative words, "at least" and "at most" set aside) and
../draw-wikinews.py's temporal() (a time word, a weekday or a capitalised month). Every superlative candidate is taken,
then time-word candidates at random up to 300, then other sentences at random up to 400 (seed 20261206), shuffled. Not
split: the whole sample is sealed and scored once.

Usage: draw.py MEANTIME_DIR > unlabelled.tsv   (columns: article id, sentence)
  mkdir -p /tmp/meantime && git --git-dir=REPO archive d6518a5a79d940d749c95ee5b72830714b132238 \\
      data/meantime_newsreader_english_oct15 | tar -x -C /tmp/meantime
  draw.py /tmp/meantime/data/meantime_newsreader_english_oct15
"""
import glob, os, random, re, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261206
CANDIDATES, SIZE = 300, 400
OWN = ('EL2001.meantime', 'EL2002.meantime')  # this sample's labelled files, left out so that the draw can be run again
DATE_LINE = re.compile(r'(?:January|February|March|April|May|June|July|August|September|October|November|December) '
                       r'\d{1,2}, \d{4}')

NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', '%', ')', ']', '}'}
NO_SPACE_AFTER = {'(', '[', '{', '$', '£', '€', '¥'}
CLITICS = {"'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"}
CLITIC_TAILS = {'s', 're', 've', 'll', 'd', 'm', 't'}      # "we ' re", "Wayne ’ s": an apostrophe split from its word
CURRENCY = re.compile(r'[A-Z]{1,3}\$')                     # US$, CA$, AU$
OPENING_CONTEXT = {',', ':', ';', '(', '[', '--', '-', 'that'}
# Hyphenated words the corpus split into three tokens ("Wal - Mart"); every other spaced "-" is a dash.
SPLIT_COMPOUNDS = {('Wal', 'Mart'), ('iTunes', 'compatible'), ('Macintosh', 'curious'), ("'s", 'largest')}


def articles(meantime):
    """(doc id, [tokens of sentence 0, 1, ...]) of every English article, by corpus folder and file name."""
    for path in sorted(glob.glob(os.path.join(meantime, 'intra-doc_annotation', 'corpus_*', '*.xml'))):
        document = ET.parse(path).getroot()
        sentences = {}
        for token in sorted(document.iter('token'), key=lambda t: int(t.get('number'))):
            sentences.setdefault(int(token.get('sentence')), []).append(token.text)
        yield document.get('doc_id'), [sentences[k] for k in sorted(sentences)]


def split_glued_quotes(tokens):
    """A double quote the tokeniser left glued to a word ("''I'") is made a token of its own; a '.' after a word that
    already ends in one ("do." ".") is the tokeniser's repeat and is dropped."""
    out = []
    for t in tokens:
        m = re.match(r"(``|'')(.+)", t)
        if m:
            out += [m.group(1), m.group(2)]
        elif t == '.' and out and len(out[-1]) > 1 and out[-1].endswith('.') and re.search(r'\w', out[-1]):
            continue
        else:
            out.append(t)
    return out


def detokenise(sentences):
    """The text of each sentence of an article, rebuilt from its tokens. Quotes are followed through the whole article,
    since a quotation often runs over several sentences.

    - No space before , . ; : ! ? % ) ] } nor before 's n't 're 've 'll 'd 'm; none after ( [ { nor after a currency
      sign ($ £ € ¥ US$ CA$ AU$, and '#', which stands for '£' in some articles, before a number; "GB #" is joined too).
    - Double quotes: `` and '' and " are written ", “ and ” are kept; an opening quote is joined to the next token, a
      closing one to the previous. `` and “ open, ” closes; '' and " close a quotation that is open, and otherwise open
      one (close it when nothing follows or punctuation does).
    - A '' or " after a number when no quotation is open is an inch mark, joined to the number ('13.3"').
    - Single quotes: ` opens (written '); a ' closes a single quotation that is open, is an apostrophe before a split
      tail ("we ' re", "Wayne ’ s") or after a word ending in s ("Jobs '"), opens after a comma, colon or the start of
      a sentence, and is otherwise joined to the previous word.
    - A closing quote that the corpus put at the start of the next sentence is moved back to the end of the sentence it
      closes.
    - Joiners: '/' is joined on both sides ("audio/video", "$149/£99"); "I' ll", "O' Leary" and "O 'Reilly" are
      joined; a '+' after a number is joined to it ("290+ seat"); a '-' between the parts of a word the corpus split
      (SPLIT_COMPOUNDS: "Wal-Mart") is joined on both sides, and a '-' before "and"/"or" and a hyphenated word
      ("medium- and short-haul") to the word before it; every other spaced '-' or '--' is a dash and keeps its spaces.
    - The words themselves are kept as the tokens give them.
    """
    flat = [(k, t) for k, tokens in enumerate(sentences) for t in split_glued_quotes(tokens)]
    words = [t for _, t in flat]
    n = len(words)
    text, glue_left, glue_right, closing = list(words), [False] * n, [False] * n, [False] * n
    double_open = single_open = False
    for i, t in enumerate(words):
        prev = words[i - 1] if i > 0 else None
        nxt = words[i + 1] if i + 1 < n else None
        first = i == 0 or flat[i - 1][0] != flat[i][0]
        last = i + 1 == n or flat[i + 1][0] != flat[i][0]
        if t in ('``', '“'):
            text[i] = '"' if t == '``' else '“'
            glue_right[i], double_open = True, True
        elif t == '”':
            glue_left[i] = closing[i] = True
            double_open = False
        elif t in ("''", '"') and not double_open and prev and re.fullmatch(r'\d+(?:\.\d+)?', prev):
            text[i] = '"'                                      # an inch mark: 13.3 "
            glue_left[i] = True
        elif t in ("''", '"'):
            text[i] = '"'
            if double_open or last or nxt in NO_SPACE_BEFORE:
                glue_left[i] = closing[i] = True
                double_open = False
            else:
                glue_right[i], double_open = True, True
        elif t == '`':
            text[i] = "'"
            glue_right[i], single_open = True, True
        elif t in ("'", '’'):
            if nxt in CLITIC_TAILS and not last:
                glue_left[i] = glue_right[i] = True
            elif single_open:
                glue_left[i] = closing[i] = True
                single_open = False
            elif prev is not None and not first and prev[-1:] in ('s', 'S'):
                glue_left[i] = True
            elif first or prev in OPENING_CONTEXT or prev == '"' or prev == '``':
                glue_right[i], single_open = True, True
            else:
                glue_left[i] = True
        elif re.fullmatch(r"'[A-Za-z]\w*", t) and t.lower() not in CLITICS:
            if prev == 'O':                                    # O 'Reilly
                glue_left[i] = True
            else:                                              # 'switch ': a single quote glued to its first word
                single_open = True
        if t in NO_SPACE_BEFORE or t.lower() in CLITICS:
            glue_left[i] = True
        if t in NO_SPACE_AFTER or CURRENCY.fullmatch(t) or (t == '#' and nxt and nxt[:1].isdigit()):
            glue_right[i] = True
        if t == 'GB' and nxt in ('#', '£'):
            glue_right[i] = True
        if t == '/':
            glue_left[i] = glue_right[i] = True
        if re.fullmatch(r"[A-Za-z]+'", t) and nxt and nxt[:1].isalpha():   # I' ll, O' Leary
            glue_right[i] = True
        if t == '+' and prev and prev[-1:].isdigit():
            glue_left[i] = True
        if t == '-' and (prev, nxt) in SPLIT_COMPOUNDS:
            glue_left[i] = glue_right[i] = True
        if t == '-' and nxt in ('and', 'or') and i + 2 < n and '-' in words[i + 2]:
            glue_left[i] = True
    owner = [k for k, _ in flat]
    for i in range(n):
        if closing[i] and i > 0 and owner[i - 1] != owner[i]:
            owner[i] = owner[i - 1]
    out = [''] * len(sentences)
    for i in range(n):
        k = owner[i]
        space = out[k] and not glue_left[i] and not glue_right[i - 1]
        out[k] += (' ' if space else '') + text[i]
    return out


def unify(sentence):
    """A sentence with whitespace normalised and straight and curly quotes made one."""
    sentence = re.sub(r'[“”„‟″]|``|\'\'', '"', sentence)
    sentence = re.sub(r'[‘’‚‛`]', "'", sentence)
    return ' '.join(sentence.split())


def pool_of(meantime):
    """(doc id, sentence) of every sentence of 6+ words but headlines and date lines, once each, in corpus order, of the
    articles none of whose sentences is in a labelled set; and the numbers of articles read and left out."""
    portal = sampling.load_script('current-events/draw.py')
    used = sampling.used_sentences(exclude=OWN)
    used_unified = {unify(s) for s in used}
    pool, taken, read, left_out = [], set(), 0, []
    for doc, sentences in articles(meantime):
        read += 1
        texts = detokenise(sentences)
        if any(s in used or unify(s) in used_unified for s in texts):
            left_out.append(doc)
            continue
        assert DATE_LINE.fullmatch(texts[1]), (doc, texts[1])
        for s in texts[2:]:
            if portal.nwords(s) >= 6 and s not in taken:
                taken.add(s)
                pool.append((doc, s))
    return pool, read, left_out


def main():
    portal = sampling.load_script('current-events/draw.py')
    wikinews = sampling.load_script('draw-wikinews.py')
    pool, read, left_out = pool_of(sys.argv[1])

    def candidate(s):
        return portal.candidate(s) or wikinews.temporal(s)

    print(f'# {read} articles read, {len(left_out)} left out (a sentence in a labelled set): {" ".join(left_out)}; '
          f'{len(pool)} sentences in the pool: {sum(portal.candidate(s) for _, s in pool)} superlative candidates, '
          f'{sum(wikinews.temporal(s) for _, s in pool)} time-word candidates', file=sys.stderr)
    # Every superlative candidate (news ranks rarely, and EL2001 needs them all to measure its recall), then time-word
    # candidates at random up to CANDIDATES, then other sentences at random up to SIZE.
    superlatives = [x for x in pool if portal.candidate(x[1])]
    time_words = [x for x in pool if not portal.candidate(x[1]) and wikinews.temporal(x[1])]
    rest = [x for x in pool if not candidate(x[1])]
    rng = random.Random(SEED)
    chosen = superlatives + rng.sample(time_words, CANDIDATES - len(superlatives)) + rng.sample(rest, SIZE - CANDIDATES)
    rng.shuffle(chosen)
    print(f'# taken: all {len(superlatives)} superlative candidates, {CANDIDATES - len(superlatives)} of the {len(time_words)} '
          f'other time-word candidates, {SIZE - CANDIDATES} of the {len(rest)} others, seed {SEED}', file=sys.stderr)
    sampling.print_sealed(chosen, 'article', 'NewsReader MEANTIME corpus, English Wikinews articles: text CC BY 2.5 '
                          'Wikinews contributors, annotation CC BY 4.0 (c) 2015 FBK, VU Amsterdam, UPV/EHU')


if __name__ == '__main__':
    main()
