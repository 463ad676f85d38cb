#!/usr/bin/env python3
"""Draws the labelled set for EL1003 (RoleMismatch) from Voice of America newscasts, without running EditLint.

Text: github.com/littleflute/voanews1 at commit 8bf9c199f83073314e7b25958f3e06ce7984d02d, YYYY/MM/DD/i.html: the script
of one VOA News radio newscast a day, 80 days 2020-11-20 .. 2021-02-22. VOA's own news is a work of the United States
Government, in the public domain in the United States (17 U.S.C. 105). Read as ../voa-news/draw.py reads it (its
newscasts(): the <span class="text_selected"> block, paragraphs split at <br><br>); a paragraph read before (a story
repeated in a later newscast) is left out. A document is one paragraph, with the id voa-DAY-NNN (NNN: the paragraph's
place in that day's newscast).

Name list (names.json), from public records, every role with its dates and every person with the records read:
- unitedstates/congress-legislators executive.yaml at dfa9622263dd4c8d08636926e498f1845704d7eb (CC0 1.0): U.S.
  presidents and vice presidents, exact dates;
- every-politician-scrapers/us-cabinet html/holders21.csv at 0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600 (Wikidata, CC0
  1.0): holders of U.S. federal offices and state governorships since about 1990-2000, exact dates. Kept: the cabinet
  secretaries, attorney general, national security advisor, DNI, CIA and FBI directors, White House chief of staff,
  ambassador to the UN, Speaker of the House, Chief Justice and justices, Fed chair, state governors; left aside:
  deputies, ambassadors to countries, lieutenant governors, state secretaries of state (listed for a few states only);
- every-politician-scrapers/world-leaders-2021 data/wikidata.csv at 3ff2366bdd03bb026266c5347329592dec7ce094 (Wikidata,
  CC0 1.0; the last version of its query for 2021): heads of state and government in office at some time in 2021,
  years only (the United States rows are left to the two records above);
- every-politician-scrapers/world at 4a3b394d9a35d26d138cded8718d0805b7ce9336 (Wikidata, CC0 1.0): html/holders21.csv
  for the UN Secretary-General and the WTO Director-General (exact dates), and sources/foreign/wikidata.csv for the
  foreign ministers in office in January 2023 (start dates; the U.S. row is left to us-cabinet).
The every-politician-scrapers repositories carry no licence file of their own; their CSVs are Wikidata query output.
Records are merged by Wikidata id. Only the people with a kept mention are written, with all their roles in these
records; an alias is a form of the name the kept mentions use (a surname alone only when it names one person of all
the records and of the list; a misspelling in the script, MISSPELT, is not written as an alias).

Mentions. A name is a run of capitalised words that names one person of the records: the full name, a run of two or
more of its words ("Abiy Ahmed", "Cyril Ramaphosa"), the first and last word, the first two letters of the first name
with the surname ("Sergei Lavrov", "Ali Mayorkas"), or the surname alone when one person of all the records has it.
Its title is read with a list of office words written for this set (OFFICES, UNJUDGED; not the rule's tables):
[former|then-|ex-] [country or organisation words] office right before the name ("French President Emmanuel Macron",
"then-President Donald Trump", "President-elect Joe Biden"), the same between a comma and , . ; after the name
("Angela Merkel, Germany's chancellor,"), or before the name and a comma when it opens the sentence.
A title-plus-name mention is kept when:
- it is not inside quotation marks;
- the office is one the records cover for people of that kind: for Americans every U.S. office above and a national
  head of state or government (prime minister, chancellor, king...), for others a national head of state or government
  (president, prime minister or premier, chancellor, monarch, supreme leader, state counsellor) and the offices the
  records give them, for the UN and WTO heads those two offices; "senator", "leader", "general", "judge", "pope",
  "spokesman", "minister" of a kind not recorded and the like are not judged;
- the office is not named as one the person was picked for ("nominee for Defense Secretary Lloyd Austin"), nor made
  another office by the word before it ("Acting Defense Secretary", "European Central Bank President").
A paragraph that gives a listed person a title left out is not used, unless that title names a recorded office the
person held (no reading of it can then be a finding); its sentences that hold a kept mention and no such title are used
instead, as voa-DAY-NNN-S (S: the sentence's place), when they do not open inside a quotation.
Labels: a kept title is right unless the records never give the person that office (or give it for another country
only): such titles are marked and printed for a person to check. A third of the kept mentions (the first, fourth,
seventh... in newscast order) get a wrong title on purpose: an office of the same kind the records say the person never
held, drawn by SHA-1 of the mention: for American heads of state or government and the Speaker, one of President,
Vice President, Prime Minister, Secretary of State; for governors, Vice President or President; for other Americans,
Secretary of State, Defense Secretary, Attorney General, Vice President; for others, Prime Minister, President,
Chancellor; for the UN and WTO heads, the other of the two. HELD_OUTSIDE_RECORDS narrows the draw for people who held
an office in years the records do not reach (Putin was Prime Minister); it changes no label. The new title replaces the
title's words and keeps its time word and its country or state ("former Prime Minister Donald Trump", "French Prime
Minister Emmanuel Macron", "New York's President Andrew Cuomo"; "House", "White House", "U.N." go with the old office);
the mark {|EL1003:...|} covers the new title with those words (a leading "the" is left out).
Documents are split by a fixed hash (SHA-1 of the id) into a development half (even) and a sealed test half (odd). The
evaluation runs with no document date, so a title is right if it was held at any time.

Usage: draw-voa-roles.py VOA_DIR EXECUTIVE_YAML US_HOLDERS_CSV LEADERS_CSV WORLD_HOLDERS_CSV FOREIGN_CSV OUT_DIR
(needs PyYAML). VOA_DIR holds the newscasts' i.html files as ../voa-news/draw.py describes (2020/12/1/i.html saved as
2020-12-1-i.html); the CSV and YAML files are the files named above at those commits (git -C REPO show COMMIT:PATH >
FILE).
"""
import csv, hashlib, json, os, re, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

voa = sampling.load_script('voa-news/draw.py')
portal = sampling.load_script('current-events/draw.py')

US = 'United States'
SRC_EXEC = 'unitedstates/congress-legislators executive.yaml (CC0 1.0)'
SRC_US = 'Wikidata (CC0 1.0) via every-politician-scrapers/us-cabinet html/holders21.csv'
SRC_LEADERS = 'Wikidata (CC0 1.0) via every-politician-scrapers/world-leaders-2021 data/wikidata.csv'
SRC_WORLD = 'Wikidata (CC0 1.0) via every-politician-scrapers/world html/holders21.csv'
SRC_FOREIGN = 'Wikidata (CC0 1.0) via every-politician-scrapers/world sources/foreign/wikidata.csv'

# ---------------------------------------------------------------------------------------------------------------
# Offices. A title in the text is read as [former|then-|ex-] [organisation ...] office; OFFICES are the offices the
# records cover (title words -> office key), UNJUDGED are office words they do not (a listed person given one of
# these is left out, and so is the text around it, since the list cannot say whether it is right).
# ---------------------------------------------------------------------------------------------------------------
OFFICES = {
    'president': 'president', 'pres.': 'president', 'president-elect': 'president', 'president elect': 'president',
    'vice president': 'vice president', 'vice-president': 'vice president', 'vice president-elect': 'vice president',
    'vice-president-elect': 'vice president',
    'prime minister': 'prime minister', 'premier': 'prime minister', 'prime minister-elect': 'prime minister',
    'chancellor': 'chancellor', 'federal chancellor': 'chancellor',
    'king': 'monarch', 'queen': 'monarch', 'emperor': 'monarch', 'emir': 'monarch', 'sultan': 'monarch',
    'monarch': 'monarch',
    'supreme leader': 'supreme leader',
    'state counsellor': 'state counsellor', 'state counselor': 'state counsellor',
    'secretary of state': 'secretary of state',
    'foreign minister': 'foreign minister', 'minister of foreign affairs': 'foreign minister',
    'foreign affairs minister': 'foreign minister', 'foreign secretary': 'foreign minister',
    'external affairs minister': 'foreign minister', 'minister of external affairs': 'foreign minister',
    'defense secretary': 'secretary of defense', 'secretary of defense': 'secretary of defense',
    'defence secretary': 'secretary of defense', 'secretary of defence': 'secretary of defense',
    'attorney general': 'attorney general',
    'treasury secretary': 'secretary of the treasury', 'secretary of the treasury': 'secretary of the treasury',
    'health secretary': 'secretary of health and human services', 'hhs secretary': 'secretary of health and human services',
    'health and human services secretary': 'secretary of health and human services',
    'secretary of health and human services': 'secretary of health and human services',
    'homeland security secretary': 'secretary of homeland security', 'secretary of homeland security': 'secretary of homeland security',
    'energy secretary': 'secretary of energy', 'secretary of energy': 'secretary of energy',
    'transportation secretary': 'secretary of transportation', 'secretary of transportation': 'secretary of transportation',
    'commerce secretary': 'secretary of commerce', 'secretary of commerce': 'secretary of commerce',
    'labor secretary': 'secretary of labor', 'secretary of labor': 'secretary of labor',
    'interior secretary': 'secretary of the interior', 'secretary of the interior': 'secretary of the interior',
    'agriculture secretary': 'secretary of agriculture', 'secretary of agriculture': 'secretary of agriculture',
    'education secretary': 'secretary of education', 'secretary of education': 'secretary of education',
    'housing secretary': 'secretary of housing and urban development', 'hud secretary': 'secretary of housing and urban development',
    'secretary of housing and urban development': 'secretary of housing and urban development',
    'veterans affairs secretary': 'secretary of veterans affairs', 'secretary of veterans affairs': 'secretary of veterans affairs',
    'national security adviser': 'national security advisor', 'national security advisor': 'national security advisor',
    'director of national intelligence': 'director of national intelligence',
    'national intelligence director': 'director of national intelligence',
    'cia director': 'director of the cia', 'director of the cia': 'director of the cia',
    'fbi director': 'director of the fbi', 'director of the fbi': 'director of the fbi',
    'chief of staff': 'white house chief of staff',
    'speaker': 'speaker of the house', 'house speaker': 'speaker of the house', 'speaker of the house': 'speaker of the house',
    'speaker of the house of representatives': 'speaker of the house',
    'governor': 'governor', 'gov.': 'governor',
    'secretary-general': 'secretary-general of the united nations', 'secretary general': 'secretary-general of the united nations',
    'director-general': 'director-general of the world trade organization',
    'director general': 'director-general of the world trade organization',
    'chief justice': 'chief justice', 'supreme court justice': 'supreme court justice',
    'fed chair': 'chair of the federal reserve', 'fed chairman': 'chair of the federal reserve',
    'fed chairwoman': 'chair of the federal reserve', 'federal reserve chair': 'chair of the federal reserve',
    'federal reserve chairman': 'chair of the federal reserve', 'federal reserve chairwoman': 'chair of the federal reserve',
    'chair of the federal reserve': 'chair of the federal reserve',
}
UNJUDGED = {
    'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'congressmember', 'lawmaker',
    'leader', 'majority leader', 'minority leader', 'whip', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson',
    'adviser', 'advisor', 'aide', 'minister', 'secretary', 'ambassador', 'envoy', 'diplomat', 'judge', 'justice',
    'general', 'gen.', 'admiral', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'head',
    'commissioner', 'candidate', 'nominee', 'official', 'prince', 'princess', 'crown prince', 'pope', 'ayatollah',
    'lieutenant governor', 'lt. gov.', 'governor-general', 'first lady', 'ceo', 'founder', 'negotiator', 'czar',
    'coordinator', 'administrator', 'trade representative', 'prosecutor', 'attorney', 'counsel', 'counselor',
    'press secretary', 'health minister', 'interior minister', 'defense minister', 'defence minister',
    'finance minister', 'cabinet minister', 'cabinet office minister', 'home secretary', 'opposition leader',
    'mp', 'deputy', 'officer', 'dr.', 'sheikh', 'activist', 'critic', 'rival', 'challenger', 'incumbent',
}
# Words that make the office after them another office ("deputy prime minister", "club president").
QUALIFIERS = {'deputy', 'assistant', 'acting', 'interim', 'vice', 'lieutenant', 'Under', 'associate', 'senior',
              'co', 'club', 'party', 'company', 'bank', 'union', 'council', 'committee', 'board', 'student',
              'university', 'college', 'team', 'federation', 'association', 'league', 'court', 'regional',
              'provincial', 'state', 'district', 'county', 'city', 'opposition', 'caretaker', 'transitional',
              'military', 'rebel', 'shadow', 'former-'}
# Words that may stand before a title without belonging to it or changing the office.
POLITICAL = {'republican', 'democratic', 'democrat', 'gop', 'conservative', 'labour', 'liberal', 'socialist',
             'outgoing', 'incoming', 'embattled', 'longtime', 'sitting', 'newly', 'elected', 'newly-elected',
             'populist', 'nationalist', 'authoritarian', 'current', 'defeated', 'twice-impeached', 'impeached'}
# "nominee for Secretary of State Antony Blinken", "picked as defense secretary": an office named for, not held.
NOMINATION = {'nominee', 'nominated', 'named', 'pick', 'picked', 'choice', 'chosen', 'candidate', 'tapped', 'selected',
              'nominate', 'nominating', 'nomination', 'become', 'becoming', 'be', 'appoint', 'appointed', 'elected'}
TIME_WORDS = ('former', 'then', 'ex')

# Organisation words a title may carry; country ones are kept when a title is replaced, bound ones go with the office.
DEMONYMS = {
    'american': US, 'u.s.': US, 'us': US, 'america': US, "america's": US, 'united states': US, 'the united states': US,
    'british': 'United Kingdom', 'britain': 'United Kingdom', "britain's": 'United Kingdom', 'u.k.': 'United Kingdom',
    'uk': 'United Kingdom', "u.k.'s": 'United Kingdom', "uk's": 'United Kingdom',
    'french': 'France', "france's": 'France', 'german': 'Germany', "germany's": 'Germany', 'russian': 'Russia',
    "russia's": 'Russia', 'chinese': "People's Republic of China", "china's": "People's Republic of China",
    'iranian': 'Iran', "iran's": 'Iran', 'israeli': 'Israel', "israel's": 'Israel', 'ethiopian': 'Ethiopia',
    "ethiopia's": 'Ethiopia', 'italian': 'Italy', "italy's": 'Italy', 'spanish': 'Spain', "spain's": 'Spain',
    'portuguese': 'Portugal', "portugal's": 'Portugal', 'polish': 'Poland', "poland's": 'Poland',
    'croatian': 'Croatia', "croatia's": 'Croatia', 'mexican': 'Mexico', "mexico's": 'Mexico', 'canadian': 'Canada',
    "canada's": 'Canada', 'indian': 'India', "india's": 'India', 'japanese': 'Japan', "japan's": 'Japan',
    'south korean': 'South Korea', "south korea's": 'South Korea', 'north korean': 'North Korea',
    "north korea's": 'North Korea', 'thai': 'Thailand', "thailand's": 'Thailand', 'ugandan': 'Uganda',
    "uganda's": 'Uganda', 'nigerian': 'Nigeria', "nigeria's": 'Nigeria', 'venezuelan': 'Venezuela',
    "venezuela's": 'Venezuela', 'haitian': 'Haiti', "haiti's": 'Haiti', 'lebanese': 'Lebanon', "lebanon's": 'Lebanon',
    'afghan': 'Afghanistan', "afghanistan's": 'Afghanistan', 'armenian': 'Armenia', "armenia's": 'Armenia',
    'azerbaijani': 'Azerbaijan', "azerbaijan's": 'Azerbaijan', 'belarusian': 'Belarus', "belarus'": 'Belarus',
    'democratic republic of congo': 'Democratic Republic of the Congo',
    'democratic republic of the congo': 'Democratic Republic of the Congo',
    "democratic republic of congo's": 'Democratic Republic of the Congo', 'drc': 'Democratic Republic of the Congo',
    "belarus's": 'Belarus', 'congolese': 'Congo', 'congo': 'Congo', "congo's": 'Congo', 'turkish': 'Turkey',
    "turkey's": 'Turkey', 'egyptian': 'Egypt', "egypt's": 'Egypt', 'saudi': 'Saudi Arabia',
    "saudi arabia's": 'Saudi Arabia', 'pakistani': 'Pakistan', "pakistan's": 'Pakistan', 'brazilian': 'Brazil',
    "brazil's": 'Brazil', 'australian': 'Australia', "australia's": 'Australia', 'austrian': 'Austria',
    "austria's": 'Austria', 'dutch': 'Netherlands', 'belgian': 'Belgium', 'swedish': 'Sweden', 'norwegian': 'Norway',
    'danish': 'Denmark', 'finnish': 'Finland', 'greek': 'Greece', 'hungarian': 'Hungary', "hungary's": 'Hungary',
    'czech': 'Czech Republic', 'ukrainian': 'Ukraine', "ukraine's": 'Ukraine', 'iraqi': 'Iraq', "iraq's": 'Iraq',
    'syrian': 'Syria', "syria's": 'Syria', 'jordanian': 'Jordan', "jordan's": 'Jordan', 'palestinian': 'Palestine',
    'sudanese': 'Sudan', "sudan's": 'Sudan', 'south sudanese': 'South Sudan', "south sudan's": 'South Sudan',
    'somali': 'Somalia', "somalia's": 'Somalia', 'kenyan': 'Kenya', "kenya's": 'Kenya', 'tanzanian': 'Tanzania',
    "tanzania's": 'Tanzania', 'rwandan': 'Rwanda', "rwanda's": 'Rwanda', 'burundian': 'Burundi', 'malian': 'Mali',
    "mali's": 'Mali', 'ghanaian': 'Ghana', "ghana's": 'Ghana', 'ivorian': 'Ivory Coast', 'senegalese': 'Senegal',
    'zimbabwean': 'Zimbabwe', "zimbabwe's": 'Zimbabwe', 'south african': 'South Africa',
    "south africa's": 'South Africa', 'filipino': 'Philippines', 'philippine': 'Philippines',
    "philippines'": 'Philippines', 'indonesian': 'Indonesia', 'malaysian': 'Malaysia', 'vietnamese': 'Vietnam',
    'burmese': 'Myanmar', 'myanmar': 'Myanmar', "myanmar's": 'Myanmar', 'taiwanese': 'Taiwan', "taiwan's": 'Taiwan',
    'cuban': 'Cuba', "cuba's": 'Cuba', 'colombian': 'Colombia', 'peruvian': 'Peru', "peru's": 'Peru',
    'chilean': 'Chile', 'argentine': 'Argentina', 'bolivian': 'Bolivia', 'ecuadorian': 'Ecuador',
    'salvadoran': 'El Salvador', 'guatemalan': 'Guatemala', 'honduran': 'Honduras', 'nicaraguan': 'Nicaragua',
    'georgian': 'Georgia', 'kazakh': 'Kazakhstan', 'mongolian': 'Mongolia', 'bangladeshi': 'Bangladesh',
    'sri lankan': 'Sri Lanka', 'nepalese': 'Nepal', 'qatari': 'Qatar', 'emirati': 'United Arab Emirates',
    'kuwaiti': 'Kuwait', 'yemeni': 'Yemen', "yemen's": 'Yemen', 'libyan': 'Libya', "libya's": 'Libya',
    'tunisian': 'Tunisia', 'algerian': 'Algeria', 'moroccan': 'Morocco', 'eritrean': 'Eritrea', 'zambian': 'Zambia',
    'mozambican': 'Mozambique', 'cameroonian': 'Cameroon', 'chadian': 'Chad', 'central african': 'Central African Republic',
    "central african republic's": 'Central African Republic', 'irish': 'Ireland', 'serbian': 'Serbia',
    'albanian': 'Albania', 'bulgarian': 'Bulgaria', 'romanian': 'Romania', 'moldovan': 'Moldova', 'slovak': 'Slovakia',
    'slovenian': 'Slovenia', 'lithuanian': 'Lithuania', 'latvian': 'Latvia', 'estonian': 'Estonia', 'swiss': 'Switzerland',
    'kyrgyz': 'Kyrgyzstan', 'uzbek': 'Uzbekistan', 'tajik': 'Tajikistan', 'turkmen': 'Turkmenistan',
    'new zealand': 'New Zealand', 'jamaican': 'Jamaica', 'guinean': 'Guinea', 'nigerien': 'Niger', 'beninese': 'Benin',
    'togolese': 'Togo', 'gabonese': 'Gabon', 'malawian': 'Malawi', 'namibian': 'Namibia', 'angolan': 'Angola',
}
BOUND_ORGS = {'house', 'white house', 'house of representatives', 'u.s. house', 'wto', 'world trade organization',
              'supreme court', 'u.s. supreme court', 'u.n.', 'un', 'united nations', "u.n.'s", "united nations'"}
STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
          'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
          'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
          'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
          'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
          'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam']
STATE_FORMS = {_s.lower() for _s in STATES}
for _s in STATES:
    BOUND_ORGS.add(_s.lower())
    BOUND_ORGS.add(_s.lower() + "'s")

# Offices the wrong titles are drawn from, with the words written for them.
WRITTEN = {'president': 'President', 'vice president': 'Vice President', 'prime minister': 'Prime Minister',
           'chancellor': 'Chancellor', 'secretary of state': 'Secretary of State',
           'secretary of defense': 'Defense Secretary', 'attorney general': 'Attorney General',
           'secretary-general of the united nations': 'U.N. Secretary-General',
           'director-general of the world trade organization': 'WTO Director-General'}
HEAD_OFFICES = {'president', 'vice president', 'prime minister', 'chancellor', 'monarch', 'supreme leader',
                'state counsellor', 'speaker of the house', 'governor'}


def h(text):
    return int(hashlib.sha1(text.encode('utf-8')).hexdigest(), 16)


def fold(text):
    text = unicodedata.normalize('NFD', text)
    text = ''.join(c for c in text if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', text.replace('-', ' ').replace('’', "'")).strip().lower()


# ---------------------------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------------------------
def record_office(title, us):
    """The office key of a role in the records (None: an office this set does not judge); us: a role of the two
    United States records."""
    t = title.lower()
    if us:
        us = {'president': 'president', 'vice president': 'vice president', 'secretary of state': 'secretary of state',
              'secretary of defense': 'secretary of defense', 'attorney general': 'attorney general',
              'secretary of the treasury': 'secretary of the treasury',
              'secretary of health and human services': 'secretary of health and human services',
              'secretary of homeland security': 'secretary of homeland security', 'secretary of energy': 'secretary of energy',
              'secretary of transportation': 'secretary of transportation', 'secretary of commerce': 'secretary of commerce',
              'secretary of labor': 'secretary of labor', 'secretary of the interior': 'secretary of the interior',
              'secretary of agriculture': 'secretary of agriculture', 'secretary of education': 'secretary of education',
              'secretary of housing and urban development': 'secretary of housing and urban development',
              'secretary of veterans affairs': 'secretary of veterans affairs',
              'national security advisor': 'national security advisor',
              'director of national intelligence': 'director of national intelligence',
              'director of the cia': 'director of the cia', 'director of the fbi': 'director of the fbi',
              'white house chief of staff': 'white house chief of staff',
              'speaker of the house of representatives': 'speaker of the house', 'governor': 'governor',
              'chief justice': 'chief justice', 'supreme court justice': 'supreme court justice',
              'ambassador to the united nations': 'ambassador to the united nations',
              'chair of the federal reserve': 'chair of the federal reserve'}
        return us.get(t)
    if t.startswith('vice president') or t.startswith('vice-president'):
        return 'vice president'
    if t.startswith('president of the executive yuan'):
        return 'prime minister'
    if t.startswith('president of the pontifical') or t.startswith('president of the governorate'):
        return None
    if re.match(r'(federal )?chancellor', t):
        return 'chancellor'
    if t.startswith('president'):
        return 'president'
    if re.match(r'(prime minister|premier|taoiseach|chairman of the council of ministers)', t):
        return 'prime minister'
    if re.match(r'(monarch|king|queen|emperor|emir|sultan)', t):
        return 'monarch'
    if t.startswith('supreme leader'):
        return 'supreme leader'
    if t.startswith('state counsellor'):
        return 'state counsellor'
    if t.startswith('secretary-general of the united nations'):
        return 'secretary-general of the united nations'
    if t.startswith('director-general of the world trade organization'):
        return 'director-general of the world trade organization'
    if re.match(r'(minister|secretary of state) (of|for) (foreign|external)', t) or t.startswith('foreign minister'):
        return 'foreign minister'
    return None


def country_title(label, country):
    """The office of a position label without the country it names: "President of the French Republic" -> "President",
    "Premier of the State Council of the People's Republic of China" -> "Premier"; a label whose "of" part names
    something else is kept whole ("President of the Executive Yuan", "Member of the Swiss Federal Council")."""
    m = re.match(r'(.+?) of (.+)$', label)
    keep = ('president of the executive yuan', 'president of the pontifical', 'chairman of the council')
    if m and not label.lower().startswith(keep) and fold(country)[:4] in fold(m.group(2)):
        label = m.group(1)
    elif m and fold(m.group(2)) == 'the belgians':
        label = m.group(1)
    return label[0].upper() + label[1:]


class People:
    def __init__(self):
        self.by_key = {}

    def add(self, key, name, role, names=()):
        p = self.by_key.setdefault(key, {'key': key, 'name': name, 'names': [], 'roles': []})
        if name and (p['name'] is None or p.get('weak_name')):
            p['name'] = name
            p.pop('weak_name', None)
        for n in (name,) + tuple(names):
            if n and n not in p['names']:
                p['names'].append(n)
        role = dict(role)
        role['us'] = role['source'] in (SRC_EXEC, SRC_US)
        role['office'] = record_office(role['title'], role['us'])
        same = [r for r in p['roles'] if (r['title'], r['organisation'], r['from'], r['to']) == (role['title'], role['organisation'], role['from'], role['to'])]
        if not same:
            p['roles'].append(role)
        return p


def load_records(executive, us_holders, leaders, world_holders, foreign):
    people = People()
    for person in yaml.safe_load(open(executive, encoding='utf-8')):
        n = person['name']
        qid = person['id'].get('wikidata') or ('exec:' + n['first'] + ' ' + n['last'])
        first = n.get('nickname') or n['first']
        names = [f"{first} {n['last']}", f"{n['first']} {n['last']}"]
        if n.get('middle'):
            names.append(f"{n['first']} {n['middle']} {n['last']}")
        if n.get('official_full'):
            names.append(n['official_full'])
        for term in person['terms']:
            title = {'prez': 'President', 'viceprez': 'Vice President'}[term['type']]
            p = people.add(qid, None, {'title': title, 'organisation': US, 'from': term['start'], 'to': term.get('end'),
                                       'source': SRC_EXEC}, names)
            if p['name'] is None:
                p['name'] = names[0]
                p['weak_name'] = True
    keep_us = {'Secretary of State', 'Secretary of Defence', 'Attorney General', 'Secretary of the Treasury',
               'Secretary of Health and Human Services', 'Secretary of Homeland Security', 'Secretary of Energy',
               'Secretary of Transportation', 'Secretary of Commerce', 'Secretary of Labor', 'Secretary of the Interior',
               'Secretary of Agriculture', 'Secretary of Education', 'Secretary of Housing and Urban Development',
               'Secretary of Veterans Affairs', 'National Security Advisor', 'Director of National Intelligence',
               'Director of the CIA', 'Director of the FBI', 'White House Chief of Staff', 'Ambassador to the United Nations',
               'Speaker of the House of Representatives', 'Chief Justice', 'Supreme Court Justice',
               'Chair of the Federal Reserve'}
    for row in csv.DictReader(open(us_holders, encoding='utf-8')):
        pos = row['position']
        if pos.startswith('Governor of '):
            title, org = 'Governor', pos[len('Governor of '):]
            if org.startswith('the '):
                continue  # territories (Northern Mariana Islands, Virgin Islands)
        elif pos in keep_us:
            title, org = ('Secretary of Defense' if pos == 'Secretary of Defence' else pos), US
        else:
            continue  # deputies, ambassadors to countries, state officers: not complete in the records
        people.add(row['personID'], row['person'], {'title': title, 'organisation': org, 'from': row['start'] or None,
                                                    'to': row['end'] or None, 'source': SRC_US})
    for row in csv.DictReader(open(leaders, encoding='utf-8')):
        label, qid = row['positionLabel'], row['officeholder']
        if row['country'] == 'United States of America' or not row['start_year'] or int(row['start_year']) < 1900:
            continue  # the United States come from the two records above; "emir" rows dated 827..1961 are noise
        if not re.match(r'Q\d+$', qid) or re.match(r'Q\d+$', row['officeholderLabel']) or label in ('emir', 'military leader'):
            continue
        people.add(qid, row['officeholderLabel'], {'title': country_title(label, row['country']),
                                                   'organisation': row['country'], 'from': row['start_year'],
                                                   'to': row['end_year'] or None, 'source': SRC_LEADERS})
    for row in csv.DictReader(open(world_holders, encoding='utf-8')):
        pos = row['position']
        m = re.match(r'(.+?) of the (United Nations|World Trade Organization)$', pos)
        if not m or m.group(1) not in ('Secretary-General', 'Director-General'):
            continue
        people.add(row['personID'], row['person'], {'title': pos, 'organisation': m.group(2), 'from': row['start'] or None,
                                                    'to': row['end'] or None, 'source': SRC_WORLD})
    for row in csv.DictReader(open(foreign, encoding='utf-8')):
        if not row['person'] or row['countryLabel'] == 'United States of America':
            continue
        people.add(row['person'], row['name'], {'title': row['positionLabel'], 'organisation': row['countryLabel'],
                                                'from': row['start'] or None, 'to': None, 'source': SRC_FOREIGN})
    return people.by_key


# ---------------------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------------------
# Name forms of the text that are misspellings of a listed name ("Nicholás" for Nicolás): matched by their first
# letters and surname, but not written into the list as aliases.
MISSPELT = {'Nicholás Maduro'}
COMMON = {'will', 'may', 'rice', 'price', 'young', 'brown', 'white', 'black', 'green', 'king', 'love', 'may',
          'hope', 'rich', 'long', 'little', 'major', 'bush', 'francis', 'james', 'thomas', 'lee', 'kim', 'park'}


class Names:
    def __init__(self, people):
        self.forms = {}     # folded full form -> set of keys
        self.surnames = {}  # folded surname -> set of keys
        self.people = people
        for p in people.values():
            for n in p['names']:
                words = n.split()
                regnal = ' of ' in n or re.search(r'\b[IVX]+$', n) or len(words) < 2
                self.forms.setdefault(fold(n), set()).add(p['key'])
                if regnal:
                    continue
                for k in range(2, len(words)):
                    self.forms.setdefault(fold(' '.join(words[:k])), set()).add(p['key'])   # "Abiy Ahmed", "Salva Kiir"
                    self.forms.setdefault(fold(' '.join(words[-k:])), set()).add(p['key'])  # "Cyril Ramaphosa"
                self.forms.setdefault(fold(words[0] + ' ' + words[-1]), set()).add(p['key'])
                last = words[-1].rstrip(',')
                if last.lower() in ('jr.', 'jr', 'sr.', 'ii', 'iii'):
                    last = words[-2].rstrip(',')
                self.surnames.setdefault(fold(last), set()).add(p['key'])
        self.initials = {}
        for p in people.values():
            for n in p['names']:
                words = n.split()
                if len(words) >= 2 and not (' of ' in n):
                    self.initials.setdefault((fold(words[0])[:2], fold(words[-1])), set()).add(p['key'])

    def match(self, words):
        """(key, how) of a listed person for a run of name words, or (None, reason)."""
        f = fold(' '.join(words))
        keys = self.forms.get(f, set())
        if len(keys) == 1:
            return next(iter(keys)), 'full'
        if len(keys) > 1:
            return None, 'ambiguous'
        if len(words) == 1:
            keys = self.surnames.get(f, set())
            if len(keys) == 1 and f not in COMMON:
                return next(iter(keys)), 'surname'
            return None, 'ambiguous' if keys else 'unknown'
        keys = self.initials.get((fold(words[0])[:2], fold(words[-1])), set())
        if len(keys) == 1:
            return next(iter(keys)), 'initial'
        return None, 'ambiguous' if keys else 'unknown'

    def loose(self, words):
        """Keys of listed people a run of name words might mean (any of their name words)."""
        out = set()
        for w in words:
            out |= self.surnames.get(fold(w), set())
        out |= self.forms.get(fold(' '.join(words)), set())
        return out


# ---------------------------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------------------------
TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?:'s)?|[^\W\d_](?:[\w'’\-]*\w)?(?:'s|’s|')?|\d[\d,.:]*\d|\d|\S", re.U)
PARTICLES = {'de', 'van', 'der', 'von', 'da', 'dos', 'bin', 'al', 'la', 'le', 'del', 'di', 'du', 'ibn'}
ABBREV = {'Gov', 'Sen', 'Rep', 'Gen', 'Lt', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Jr', 'Sr', 'Pres', 'Adm', 'Col', 'Capt', 'Sgt'}


def tokens(text):
    out = []
    for m in TOKEN.finditer(text):
        t, s, e = m.group(), m.start(), m.end()
        if t == '.' and out and out[-1][2] == s and (out[-1][0] in ABBREV or re.fullmatch(r'[A-Z]', out[-1][0])):
            out[-1] = (out[-1][0] + '.', out[-1][1], e)
            continue
        out.append((t, s, e))
    return out


def quoted(text):
    """For each character offset: inside quotation marks?"""
    inside, state = [], False
    for c in text:
        if c in '"“”':
            state = not state if c == '"' else (c == '“')
            inside.append(True)
            continue
        inside.append(state)
    return inside


def base(tok):
    return re.sub(r"(?:'s|’s|')$", '', tok)


NOT_NAMES = {'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
             'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the',
             'and', 'but', 'in', 'on', 'at', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'as'}


OFFICE_WORDS = {w for phrase in list(OFFICES) + list(UNJUDGED) for w in phrase.split()} - {'of', 'the', 'and'}


def is_name_word(tok):
    b = base(tok)
    return bool(b) and (b[0].isupper() and b.lower() not in OFFICE_WORDS and b.lower() not in NOT_NAMES
                        and b.lower() not in DEMONYMS or b in PARTICLES)


def office_at(toks, j):
    """The longest office phrase ending at token j: (start, key or None, words, time word)."""
    for n in (5, 4, 3, 2, 1):
        if j - n + 1 < 0:
            continue
        words = [t[0] for t in toks[j - n + 1:j + 1]]
        time = None
        m = re.match(r'(?i)(then|ex|former)-(.+)$', words[0])
        if m:
            time, words = m.group(1), [m.group(2)] + words[1:]
        phrase = ' '.join(words).lower().replace('’', "'")
        if phrase in OFFICES:
            return j - n + 1, OFFICES[phrase], phrase, time
        if phrase in UNJUDGED:
            return j - n + 1, None, phrase, time
    return None


def org_before(toks, k):
    """Organisation words right before token k: (start, [(lower-case phrase, 'country' or 'bound', text)])."""
    orgs = []
    while k > 0:
        for n in (5, 4, 3, 2, 1):
            if k - n < 0:
                continue
            phrase = ' '.join(t[0] for t in toks[k - n:k]).lower().replace('’', "'")
            if phrase in DEMONYMS or phrase in BOUND_ORGS:
                orgs.insert(0, (phrase, 'country' if phrase in DEMONYMS else 'bound',
                                ' '.join(t[0] for t in toks[k - n:k])))
                k -= n
                break
        else:
            break
    return k, orgs


class Mention:
    pass


def find_mentions(text, names):
    """Every title next to a name of the records in a paragraph, kept or not."""
    toks = tokens(text)
    inq = quoted(text)
    found = []
    i = 0
    while i < len(toks):
        if not is_name_word(toks[i][0]) or toks[i][0] in PARTICLES:
            i += 1
            continue
        # the longest run of name words from i that names a listed person
        run = i
        while run < len(toks) and is_name_word(toks[run][0]) and not toks[run][0].endswith(("'s", "’s")) and (run == i or toks[run - 1][2] == toks[run][1] - 1):
            run += 1
        if run < len(toks) and is_name_word(toks[run][0]) and toks[run][0].endswith(("'s", "’s")) and toks[run - 1][2] == toks[run][1] - 1:
            run += 1
        best = None
        for first in range(i, run):  # "State Mike Pompeo": the name may start inside the run
            for end in range(run, first, -1):
                words = [base(t[0]) for t in toks[first:end]]
                if words[-1] in PARTICLES:
                    continue
                key, how = names.match(words)
                if key and how == 'surname' and (end < run or first > i):
                    continue  # "Judge Joseph Mecene", "Melania Trump": a first name, or another person's surname
                if key:
                    best = (end, key, how, words)
                    break
            if best:
                i = first
                break
        loose = names.loose([base(t[0]) for t in toks[i:run]]) if not best else set()
        if not best and not loose:
            i += 1
            continue
        end = best[0] if best else run
        for where, title in titles_around(toks, text, i, end):
            m = Mention()
            m.name_start, m.name_end = toks[i][1], toks[end - 1][2]
            m.name_words = best[3] if best else [base(t[0]) for t in toks[i:end]]
            m.key = best[1] if best else None
            m.how = best[2] if best else 'loose'
            m.loose = loose
            m.where = where
            m.__dict__.update(title)
            m.quoted = inq[m.start] or inq[m.name_start]
            found.append(m)
        i = end
    return found, toks


def titles_around(toks, text, i, end):
    """Titles of the name at tokens i..end: before it, and in apposition after it."""
    out = []
    # before: office right before the name, or "Title, Name" when the title opens the sentence
    j = i - 1
    comma = False
    if j >= 0 and toks[j][0] == ',':
        comma, j = True, j - 1
    if j >= 0:
        got = office_at(toks, j)
        if got:
            k, key, phrase, time = got
            k2, orgs = org_before(toks, k)
            start = k2
            if time is None and start > 0 and toks[start - 1][0].lower() in TIME_WORDS:
                time, start = toks[start - 1][0], start - 1
            elif time is None and start > 0 and toks[start - 1][0].lower() in ('then-', 'ex-'):
                time, start = toks[start - 1][0], start - 1
            prev = toks[start - 1][0] if start > 0 else None
            opens = start == 0 or toks[start - 1][0] in '.!?"' or (prev and prev.lower() == 'the' and (start == 1 or toks[start - 2][0] in '.!?"'))
            if not comma or opens:
                out.append(('before', dict(start=toks[start][1], end=toks[j][2], office_start=toks[k][1], office=key,
                                           phrase=phrase, time=time, orgs=orgs, prev=prev,
                                           prev2=toks[start - 2][0] if start > 1 else None,
                                           prev_first=start == 1 or (start > 1 and toks[start - 2][0] in '.!?"'),
                                           first_of_sentence=start == 0 or toks[start - 1][0] in '.!?"',
                                           upper=toks[k][0][0].isupper() or (toks[k][0].lower().startswith(('then-', 'ex-')) and toks[k][0].split('-', 1)[1][:1].isupper()),
                                           comma=comma)))
    # after: ", [the|a|an] [time] [org] office [of org]," closing at , . ; ) or the end
    if end < len(toks) and toks[end][0] == ',':
        k = end + 1
        det = None
        if k < len(toks) and toks[k][0].lower() in ('the', 'a', 'an'):
            det, k = toks[k][0], k + 1
        time = None
        if k < len(toks) and toks[k][0].lower() in TIME_WORDS:
            time, k = toks[k][0], k + 1
        s = k
        orgs = []
        while k < len(toks):
            for n in (5, 4, 3, 2, 1):
                phrase = ' '.join(t[0] for t in toks[k:k + n]).lower().replace('’', "'")
                if k + n <= len(toks) and (phrase in DEMONYMS or phrase in BOUND_ORGS):
                    orgs.append((phrase, 'country' if phrase in DEMONYMS else 'bound',
                                 ' '.join(t[0] for t in toks[k:k + n])))
                    k += n
                    break
            else:
                break
        for n in (5, 4, 3, 2, 1):
            if k + n > len(toks):
                continue
            words = [t[0] for t in toks[k:k + n]]
            tm = re.match(r'(?i)(then|ex|former)-(.+)$', words[0])
            t2 = None
            if tm:
                t2, words = tm.group(1), [tm.group(2)] + words[1:]
            phrase = ' '.join(words).lower().replace('’', "'")
            if phrase in OFFICES or phrase in UNJUDGED:
                e = k + n
                tail = []
                if e + 1 < len(toks) and toks[e][0].lower() == 'of':
                    f = e + 1
                    if f < len(toks) and toks[f][0].lower() == 'the':
                        f += 1
                    g = f
                    while g < len(toks) and toks[g][0][0].isupper():
                        g += 1
                    if g > f and fold(' '.join(t[0] for t in toks[f:g])) in {fold(x) for x in list(DEMONYMS.values()) + STATES + ['United Nations', 'World Trade Organization']}:
                        tail = [' '.join(t[0] for t in toks[f:g])]
                        e = g
                closes = e == len(toks) or toks[e][0] in (',', '.', ';', ')', '"', '!', '?')
                if closes:
                    out.append(('after', dict(start=toks[s][1] if not time else toks[s - 1][1], end=toks[e - 1][2],
                                              office_start=toks[k][1], office=OFFICES.get(phrase), phrase=phrase,
                                              time=time or t2, orgs=orgs, tail=tail,
                                              prev=det, prev2=None, first_of_sentence=False, prev_first=False,
                                              upper=toks[k][0][0].isupper(), comma=True, det=det)))
                break
    return out


# ---------------------------------------------------------------------------------------------------------------
# Judging a title against the records
# ---------------------------------------------------------------------------------------------------------------
NATIONAL_HEADS = {'president', 'prime minister', 'chancellor', 'monarch', 'supreme leader', 'state counsellor'}
INTERNATIONAL = {'secretary-general of the united nations', 'director-general of the world trade organization'}
# Offices a person held in years the records do not reach (the world leaders' list gives the roles held in 2021):
# never drawn as that person's wrong title. They only narrow the choice; the name list and the labels are the records'.
HELD_OUTSIDE_RECORDS = {
    'Vladimir Putin': ['prime minister'],              # Prime Minister of Russia 1999-2000 and 2008-2012
    'Faustin-Archange Touadéra': ['prime minister'],   # Prime Minister of the Central African Republic 2008-2013
    'Pedro Sánchez': ['president'],                    # Spain's head of government is "Presidente del Gobierno"
    'Ashraf Ghani': ['chancellor'],                    # Chancellor of Kabul University 2004-2008
    'António Guterres': ['prime minister'],            # Prime Minister of Portugal 1995-2002
}


def kind(person):
    orgs = {r['organisation'] for r in person['roles']}
    if any(r['us'] for r in person['roles']):
        return 'us'
    if orgs <= {'United Nations', 'World Trade Organization'}:
        return 'intl'
    return 'foreign'


def held(person):
    return {r['office'] for r in person['roles'] if r['office']}


def covered(person):
    k = kind(person)
    if k == 'us':
        return (set(OFFICES.values()) - {'foreign minister'}) | held(person)
    if k == 'intl':
        return INTERNATIONAL | held(person)
    return NATIONAL_HEADS | held(person)


def org_matches(country, person):
    c = fold(country)
    aliases = {"people's republic of china": {'china'}, 'congo': {'democratic republic of the congo', 'republic of the congo'},
               'united kingdom': {'united kingdom'}, 'netherlands': {'kingdom of the netherlands'},
               'denmark': {'kingdom of denmark'}, 'ireland': {'republic of ireland'}, 'palestine': {'state of palestine'}}
    want = {c} | aliases.get(c, set())
    for r in person['roles']:
        o = fold(r['organisation'])
        if any(w == o or w in o or o in w for w in want):
            return True
    return False


def judge(m, people):
    """('kept', expected) or ('out', reason, harmless office check) for a mention of a listed person."""
    if m.quoted:
        return 'out', 'inside quotation marks'
    if m.key is None:
        return 'out', 'name not one listed person'
    p = people[m.key]
    if m.office is None:
        return 'out', 'title the records cannot judge (%s)' % m.phrase
    prev = (m.prev or '')
    if prev.lower() in NOMINATION or (prev.lower() in ('for', 'as', 'to') and (m.prev2 or '').lower() in NOMINATION):
        return 'out', 'office named for, not said to be held ("%s %s")' % (prev, m.phrase)
    if (prev if prev == 'Under' else prev.lower()) in QUALIFIERS or (
            prev[:1].isupper() and not m.first_of_sentence and not m.prev_first and prev.lower() not in POLITICAL
            and not prev.endswith(("'s", "’s")) and prev.lower() not in NOT_NAMES):
        return 'out', 'office made into another by the word before it ("%s %s")' % (prev, m.phrase)
    if m.office not in covered(p):
        return 'out', 'records do not cover %s for %s' % (m.office, p['name'])
    countries = [DEMONYMS[o[0]] for o in m.orgs if o[1] == 'country']
    same = [r for r in p['roles'] if r['office'] == m.office]
    if countries and same and not any(org_matches(c, {'roles': same}) for c in countries):
        return 'kept', True  # the office, but of another country
    return 'kept', m.office not in held(p)


def harmless(m, people, final):
    """A mention left out that the rule may still read: harmless when its person is not in the final list, or its
    title names a covered office the person held (then no reading of it can be a finding)."""
    if m.quoted:
        return True
    keys = {m.key} if m.key else set(m.loose)
    for key in keys & final:
        p = people[key]
        if m.office is None or m.office not in held(p):
            return False
    return True


def choose_wrong(m, person, mention_id):
    k = kind(person)
    if k == 'intl':
        choices = sorted(INTERNATIONAL)
    elif k == 'foreign':
        choices = ['prime minister', 'president', 'chancellor']
    elif m.office == 'governor':
        choices = ['vice president', 'president']
    elif m.office in HEAD_OFFICES:
        choices = ['president', 'vice president', 'prime minister', 'secretary of state']
    else:
        choices = ['secretary of state', 'secretary of defense', 'attorney general', 'vice president']
    avoid = held(person) | {m.office} | set(HELD_OUTSIDE_RECORDS.get(person['name'], ()))
    choices = [c for c in choices if c not in avoid]
    return choices[h(mention_id + ':title') % len(choices)]


def written(office, upper):
    w = WRITTEN[office]
    return w if upper or office in INTERNATIONAL else w.lower()


# ---------------------------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------------------------
def paragraphs(folder):
    """(id, text) of every newscast paragraph, in day order (the files are named without leading zeros: 2020-12-1);
    a paragraph read before (a repeated story) is left out."""
    days = {}
    for day, text in voa.newscasts(folder):
        y, mo, d = (int(x) for x in day.split('-'))
        days.setdefault(f'{y:04d}-{mo:02d}-{d:02d}', []).append(text)
    seen = set()
    for day in sorted(days):
        for n, text in enumerate(days[day], 1):
            if text not in seen:
                seen.add(text)
                yield f'voa-{day}-{n:03d}', text


def span_text(m, text):
    return text[min(m.start, m.name_start):max(m.end, m.name_end)]


def sentence_spans(text):
    at, out = 0, []
    for s in portal.sentences(text):
        start = text.index(s, at)
        out.append((start, start + len(s)))
        at = start + len(s)
    return out


def draw(voa_dir, executive, us_holders, leaders, world_holders, foreign):
    people = load_records(executive, us_holders, leaders, world_holders, foreign)
    names = Names(people)
    paras = []
    for doc_id, text in paragraphs(voa_dir):
        mentions, _ = find_mentions(text, names)
        for m in mentions:
            m.verdict = judge(m, people) if m.key else ('out', 'name not one listed person')
        paras.append((doc_id, text, mentions))
    # The people of the list: those of a kept mention; a text giving one of them a title left out is not used.
    final = {m.key for _, _, ms in paras for m in ms if m.verdict[0] == 'kept'}
    docs, left_out = [], {}
    for doc_id, text, mentions in paras:
        kept = [m for m in mentions if m.verdict[0] == 'kept']
        for m in mentions:
            if m.verdict[0] == 'out':
                reason = m.verdict[1].split(' (')[0]
                if not (m.key in final or set(m.loose) & final):
                    reason = 'person of the records with no kept mention (so not listed): ' + reason
                left_out.setdefault(reason, []).append((doc_id, span_text(m, text), m.verdict[1]))
        if not kept:
            continue
        if all(harmless(m, people, final) for m in mentions if m.verdict[0] == 'out'):
            docs.append((doc_id, text, kept))
            continue
        quotes = quoted(text)
        for n, (s, e) in enumerate(sentence_spans(text), 1):
            inside = [m for m in mentions if s <= m.start < e]
            if quotes[s] and text[s] != '"':
                continue  # a sentence that opens inside a quotation would read differently alone
            if any(m.verdict[0] == 'out' and not harmless(m, people, final) for m in inside):
                continue
            sub_kept = [m for m in inside if m.verdict[0] == 'kept']
            if sub_kept:
                sub = text[s:e]
                for m in sub_kept:
                    for a in ('start', 'end', 'name_start', 'name_end', 'office_start'):
                        setattr(m, a, getattr(m, a) - s)
                docs.append((f'{doc_id}-{n}', sub, sub_kept))
    return people, final, docs, left_out


def title_text(m, text, office):
    """The words written for a wrong title: the time word and country as the text has them, the new office."""
    parts = []
    if m.time and text[m.start:m.start + len(m.time) + 1].lower() in (m.time.lower() + '-',):
        first = text[m.start:m.start + len(m.time) + 1]  # "then-President"
        parts.append(first + written(office, m.upper))
    else:
        if m.time:
            parts.append(text[m.start:m.start + len(m.time)] if m.where == 'before' else m.time)
        # a country or a state stays with the title ("French", "New York's"); "House", "White House", "U.N." go with
        # the office they name
        parts += [o[2] for o in m.orgs if o[1] == 'country' or fold(o[0]).replace("'s", '') in STATE_FORMS]
        parts.append(written(office, m.upper))
    words = ' '.join(parts)
    if m.where == 'after' and m.tail:
        words += ' of ' + m.tail[0]
    return words


def label(people, docs):
    """Every third kept mention (the first, fourth, ...) in newscast order gets a wrong title on purpose."""
    n, out, review = 0, [], []
    for doc_id, text, kept in docs:
        pieces = []
        for m in sorted(kept, key=lambda m: m.start):
            n += 1
            p = people[m.key]
            if n % 3 == 1:
                office = choose_wrong(m, p, f'{doc_id}:{m.start}')
                new = title_text(m, text, office)
                pieces.append((m.start, m.end, new, True))
                review.append(f'wrong on purpose: {doc_id}: {span_text(m, text)!r} -> {new!r} ({p["name"]}: '
                              + '; '.join(sorted({r["title"] + " (" + r["organisation"] + ")" for r in p["roles"]})) + ')')
            else:
                expected = m.verdict[1]
                if expected:
                    review.append(f'check: {doc_id}: {span_text(m, text)!r}: the records never give {p["name"]} {m.office}')
                pieces.append((m.start, m.end, None, expected))
        body, at = '', 0
        for start, end, new, expected in pieces:
            words = new if new is not None else text[start:end]
            before = text[at:start]
            if new is not None and re.search(r'\b([Aa])n? $', before):
                before = re.sub(r'\b([Aa])n? $', lambda a: a.group(1) + ('n ' if words[0].lower() in 'aeiou' else ' '), before)
            body += before + ('{|EL1003:' + words + '|}' if expected else words)
            at = end
        body += text[at:]
        out.append((doc_id, body, len(pieces), sum(1 for p in pieces if p[3])))
    return out, review


def name_list(people, docs):
    used = {}
    for _, _, kept in docs:
        for m in kept:
            p = used.setdefault(m.key, {'forms': set(), 'surname': False})
            form = ' '.join(m.name_words)
            if m.how == 'surname':
                p['surname'] = True
            elif form != people[m.key]['name'] and form not in MISSPELT:
                p['forms'].add(form)
    lasts = {}
    for key in used:
        lasts.setdefault(surname(people[key]['name']), []).append(key)
    entries = []
    for key, u in sorted(used.items(), key=lambda x: fold(people[x[0]]['name'])):
        p = people[key]
        aliases = sorted(u['forms'])
        last = surname(p['name'])
        if u['surname'] and len(lasts[last]) == 1:
            aliases.append(last)
        roles = [{k: r[k] for k in ('title', 'organisation', 'from', 'to') if r[k] is not None}
                 for r in sorted(p['roles'], key=lambda r: (r['from'] or '', r['title']))]
        entries.append({'name': p['name'], 'aliases': aliases, 'roles': roles,
                        'source': '; '.join(sorted({r['source'] for r in p['roles']}))})
    return entries


def surname(name):
    words = [w for w in name.split() if w.rstrip('.,').lower() not in ('jr', 'sr', 'ii', 'iii')]
    return words[-1]


def main(voa_dir, executive, us_holders, leaders, world_holders, foreign, out):
    people, final, docs, left_out = draw(voa_dir, executive, us_holders, leaders, world_holders, foreign)
    labelled, review = label(people, docs)
    for name, half in (('passages.dev.txt', 0), ('passages.sealed.txt', 1)):
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            f.write('# Labelled title-plus-name mentions for EL1003 (RoleMismatch) in Voice of America newscasts; see\n'
                    '# draw-voa-roles.py for sources, selection and labels. Format as in ../names/passages.txt: "=== doc: ID",\n'
                    '# then the text, with the expected findings marked {|EL1003:...|} over the title. Half: '
                    + ('development' if half == 0 else 'sealed test') + '.\n')
            for doc_id, text, n, wrong in labelled:
                if h(doc_id) % 2 == half:
                    f.write(f"\n=== doc: {doc_id}\n# mentions: {n}\n{text}\n")
    entries = name_list(people, docs)
    with open(os.path.join(out, 'names.json'), 'w', encoding='utf-8') as f:
        json.dump({'description': 'Name list for the EL1003 labelled set of Voice of America newscasts (2020-11-20 .. 2021-02-22): '
                                  'the people the newscasts name with a title, with their roles from public records (see draw-voa-roles.py).',
                   'source': '; '.join([SRC_EXEC, SRC_US, SRC_LEADERS, SRC_WORLD, SRC_FOREIGN]),
                   'people': entries}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    for half in (0, 1):
        part = [d for d in labelled if h(d[0]) % 2 == half]
        print(f"{('development', 'sealed test')[half]}: {len(part)} documents, {sum(d[2] for d in part)} mentions, "
              f"{sum(d[3] for d in part)} expected findings", file=sys.stderr)
    print(f"{len(labelled)} documents, {sum(d[2] for d in labelled)} mentions, {sum(d[3] for d in labelled)} expected "
          f"findings, {len(entries)} people", file=sys.stderr)
    for reason, items in sorted(left_out.items(), key=lambda x: (-len(x[1]), x[0])):
        print(f'left out ({len(items)}): {reason}', file=sys.stderr)
        for doc_id, words, why in items:
            print(f'    {doc_id}: {words!r}: {why}', file=sys.stderr)
    for line in review:
        print(line, file=sys.stderr)


if __name__ == '__main__':
    main(*sys.argv[1:])
