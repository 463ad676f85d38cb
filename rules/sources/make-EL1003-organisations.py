#!/usr/bin/env python3
"""Writes rules/EL1003.organisations.json: countries with their names and demonyms, plus the
international organisations written by hand in INTERNATIONAL below.

Source of the countries: mledoze/countries (https://github.com/mledoze/countries), countries.json at
commit 5e9f370, Open Database License (ODbL) 1.0; the derived table is under the same licence
(rules/EL1003.organisations.LICENSE.txt). Kept per country: the cca3 code as id, the common and
official English names, the Latin-script alternative spellings of three letters or more that are not
inverted ("Korea, Republic of") and the English demonyms. A form two countries share ("Congolese")
is left out: it names neither for certain; but a form one independent country shares only with
territories ("French" with French Polynesia, "Indian" with the British Indian Ocean Territory) is the
independent country's, as news copy means it.
Usage: make-EL1003-organisations.py COUNTRIES_JSON > rules/EL1003.organisations.json
"""
import json, sys, unicodedata
from collections import defaultdict

INTERNATIONAL = [
    ("UN", "United Nations", ["UN", "U.N.", "the United Nations"]),
    ("UNSC", "United Nations Security Council", ["UN Security Council", "U.N. Security Council", "Security Council"]),
    ("EU", "European Union", ["EU", "E.U."]),
    ("EC", "European Commission", []),
    ("NATO", "North Atlantic Treaty Organization", ["NATO", "North Atlantic Treaty Organisation"]),
    ("IAEA", "International Atomic Energy Agency", ["IAEA"]),
    ("IMF", "International Monetary Fund", ["IMF"]),
    ("WB", "World Bank", []),
    ("WHO", "World Health Organization", ["World Health Organisation"]),
    ("WTO", "World Trade Organization", ["World Trade Organisation", "WTO"]),
    ("OPEC", "Organization of the Petroleum Exporting Countries", ["OPEC"]),
    ("AU", "African Union", []),
    ("ARAB-LEAGUE", "Arab League", ["League of Arab States"]),
    ("ASEAN", "Association of Southeast Asian Nations", ["ASEAN"]),
    ("OSCE", "Organization for Security and Co-operation in Europe", ["OSCE", "Organisation for Security and Co-operation in Europe"]),
    ("OAS", "Organization of American States", ["OAS"]),
]

# Written by hand: short forms news copy uses that the source leaves out (two-letter codes are not kept
# from it) or shares with a territory ("American" is also the demonym of the U.S. Minor Outlying Islands).
ADDITIONS = {
    "USA": ["US", "U.S.", "U.S.A.", "American", "America"],
    "GBR": ["UK", "U.K.", "Britain"],
    "KOR": ["ROK"],
    "PRK": ["DPRK"],
}

def latin(text):
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, '').startswith('LATIN'):
            return False
    return True

def owner(cids, independent):
    """The one country a form names: its only owner, or the only independent one among its owners."""
    if len(cids) == 1:
        return next(iter(cids))
    sovereign = cids & independent
    return next(iter(sovereign)) if len(sovereign) == 1 else None

def main(path):
    countries = json.load(open(path, encoding='utf-8'))
    forms = {}
    owners = defaultdict(set)
    independent = {c['cca3'] for c in countries if c.get('independent')}
    for c in countries:
        cid = c['cca3']
        names = [c['name']['common'], c['name']['official']]
        names += [a for a in c.get('altSpellings', []) if len(a) >= 3 and ',' not in a]
        dem = c.get('demonyms', {}).get('eng', {})
        names += [dem.get('m', ''), dem.get('f', '')]
        kept = []
        for n in names:
            n = n.strip()
            if n and latin(n) and n not in kept:
                kept.append(n)
        forms[cid] = (c['name']['common'], kept)
        for n in kept:
            owners[n.lower()].add(cid)
    out = []
    for cid, (name, kept) in sorted(forms.items(), key=lambda kv: kv[1][0]):
        aliases = [n for n in kept if n != name and owner(owners[n.lower()], independent) == cid]
        aliases += [n for n in ADDITIONS.get(cid, []) if n not in aliases]
        if len(owners[name.lower()]) > 1:
            continue
        out.append({"id": cid, "name": name, "kind": "country", "aliases": aliases})
    for oid, name, aliases in INTERNATIONAL:
        out.append({"id": oid, "name": name, "kind": "international", "aliases": aliases})
    doc = {
        "$comment": "Organisations for EL1003 RoleMismatch: an organisation in a title ('Russian', 'Russia's', 'the Russian Federation') and in a name list's roles is read as the id here. Countries: derived from mledoze/countries (countries.json at commit 5e9f370, https://github.com/mledoze/countries), Open Database License 1.0 (EL1003.organisations.LICENSE.txt); made by rules/sources/make-EL1003-organisations.py, which keeps the common and official English names, Latin-script alternative spellings of three letters or more and the English demonyms, and drops forms two countries share unless only one of them is independent ('French', 'Indian'). The short forms in ADDITIONS of that script and the international organisations (kind 'international') were written for EditLint from their own names. An all-capital alias ('UN', 'US') matches only in capitals.",
        "organisations": out,
    }
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')

main(sys.argv[1])
