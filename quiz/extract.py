"""Extraction: from case documents to cases, facts and tags, each with its verbatim evidence.

Rule-based and offline. The steps, per document:

1. sentences with offsets (``quiz.documents``);
2. people: runs of capitalised words that look like names (titles stripped, organisations and
   places refused), plus "surnamed X" and "called himself X";
3. which people are *cases*: a person is a case when the sentences about them carry outcome cues
   (sentenced, arrested, ...) or several acts of espionage, and they are not only quoted as an
   official; a person named only as a cover ("called himself Peter") is a contact, not a case;
4. which sentences belong to which case: a sentence that names a case belongs to it; a sentence
   with a pronoun or "the suspect" continues the case before it; a new paragraph that names no
   one starts document-level text, unless it introduces "a suspected spy" whom the next
   sentences name;
5. tags (``quiz.taxonomy`` cue patterns) and facts (role, sector, dates, money, quantities,
   approach, outcome) from each case's sentences; document-level sentences give the document's
   tags.

The same person named in several documents is one case with several sources.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

import attrs

from quiz.documents import YEARS_OLD, Document, Sentence, section_headings
from quiz.models import Case, DocumentSummary, Evidence, Extraction, Fact, TagHit
from quiz.taxonomy import (
    TAGS,
    compile_cues,
    cue_matches,
    past_titles,
    told_of_addressee,
    wrong_actors,
)
from quiz.uninflected import inflected, is_uninflected

_Read = TypeVar("_Read")


def _per_document(read: Callable[[Document], _Read]) -> Callable[[Document], _Read]:
    """``read``, worked out once per document: a document is read through several passes (each
    reading of its people, then its cases) that each ask the same of its text. Remembers the
    last two documents, by identity; what it returns is shared, so never changed by callers."""
    last: list[tuple[Document, _Read]] = []

    @functools.wraps(read)
    def remembered(doc: Document) -> _Read:
        for seen, result in last:
            if seen is doc:
                return result
        result = read(doc)
        last.insert(0, (doc, result))
        del last[2:]
        return result

    return remembered


# --- people ----------------------------------------------------------------------------------

# Upper- and lower-case letters of the Latin, Greek and Cyrillic alphabets ("José Pérez",
# "Łukasz Nowak", "Zoë Müller"), and Latin Extended Additional for Vietnamese ("Nguyễn Thị Thu
# Hà"), as re has no \p{Lu}.
_LETTERS = [*range(0x41, 0x530), *range(0x1E00, 0x1F00)]
_UP = re.escape("".join(chr(c) for c in _LETTERS if chr(c).isupper()))
_LO = re.escape("".join(chr(c) for c in _LETTERS if chr(c).islower()))
_WORD = rf"[{_UP}][{_LO}]+"
_NAME_TOKEN = (
    # A Mongolian patronymic initial of two letters first: "Sh. Ganzorig", "Ts. Bat-Erdene".
    # And a given name abbreviated in South Asian names: "Md. Rakibul Hasan Sarker" (Mohammad),
    # "Mst. Rokeya Begum" (Mosammat), "Mohd. Faizal".
    # And "St." of a surname ("Corwin D. St. Hill", corpus 75), joined to it below.
    # (And the Filipino "Ma." for María: "Ma. Cristina Dela Cruz Bautista", corpus 97.)
    rf"(?:(?:Sh|Ch|Ts|Kh|Zh|Dz|Ya|Yo|Yu|Ye|Md|Mohd|Muhd|Mst|St|Ma)\.(?=\s{_WORD})|"
    # ("Mac" too: "Kirsty MacLellan", corpus 78.)
    # (The Polynesian glottal stop inside a name: "Iosefa Faʻamanu Pouono", corpus 84.)
    # (A particle joined to the surname: "Hilda L. deBrum", "Tony DeBrum", "Ana LaFleur",
    # corpus 97.)
    rf"(?:[dD][aeiu]|[lL][ae])[{_UP}][{_LO}]+|"
    # (Or with an apostrophe: "Régis d'Offay", "Ivan D'Souza", corpus 97.)
    rf"[dD]['’][{_UP}][{_LO}]+|"
    # (Initials written together before the surname: "P.V. Shibu", corpus 97.)
    # (Or with a hyphen, a compound given name's: "K.-M. Rebane" for Karl-Martin Rebane, corpus
    # 175.)
    rf"[{_UP}]\.(?:-?[{_UP}]\.){{1,2}}(?=\s{_WORD})|"
    # (A Hokkien or Hakka familiar "A-" before a given name: "A-Fa", corpus 111.)
    # (An Irish "O'" surname joined to another: "Chidinma Grace O'Sullivan-Okafor", corpus
    # 122.)
    # (And a woman's Gaelic "Nic": "Eilidh NicLeòid", corpus 157.)
    # (Joined to a "Mac" one: "Liam O'Brien-McAllister", a visitors' book, corpus 173.)
    # (And the Luo "ng'" at a name's end: "Samson Ochieng'", a radio call-in, corpus 174.)
    rf"(?:Ma?c|Nic){_WORD}|O['’]{_WORD}(?:-(?:Ma?c)?{_WORD})?|{_WORD}(?:[-'’ʻ][{_UP}{_LO}][{_LO}]+|"
    rf"(?<=ng)['’](?![\w'’]))?|(?:al|el)-{_WORD}|A-{_WORD}|"
    # (An Arabic ʿayn written as an apostrophe before a name: "Cik Nurul 'Ain binti Abdul
    # Rahman", corpus 124; short, and never a word in quotes, "'Safe'".)
    rf"(?<=\s)['’ʻ][{_UP}][{_LO}]{{1,8}}(?![\w'’])|"
    # (A click consonant of Khoekhoe and San names, written "!" or "ǃ", "ǂ", "ǁ", "ǀ" before the
    # name: "Albertus Johannes !Naruseb", "!NARUSEB A.", corpus 125.)
    rf"(?<=\s)[!ǃǂǁǀ]{_WORD}|"
    rf"[{_UP}]\.|"
    # An initial written without a full stop before a name: "K Naresh", "P Lakshmi Prasanna".
    rf"[{_UP}](?=\s{_WORD}))"
)
# Lower-case particles inside a name: "Jan van der Berg", "Ana de la Cruz", "Ali bin Said".
_PARTICLES = (
    # (A widow's "vda. de" first: "Marta Lidia Rivas vda. de Henríquez", corpus 95.)
    r"(?:vda\.\s+de|van|von|de|der|den|da|di|du|la|le|del|dos|das|do|des|los|las|della|degli|dei|bin|"
    # Catalan joins two surnames with "i": "Xavier Ribó i Guardiola".
    r"binti|binte|bint|bte|ibn|ter|ten|al|el|y|e|i|zu|af|av|op|"
    # Azerbaijani and Kyrgyz patronymics: "Elvin Rasim oglu Mammadov", "Aigul Bakyt kyzy".
    r"oglu|oğlu|ogly|qizi|qızı|gizi|kyzy|kizi|uulu|"
    # Uzbek, with its apostrophes: "Akmal Shavkat o'g'li Rakhimov" (corpus 131).
    r"o['‘’ʻ]g['‘’ʻ]li|"
    # Mauritanian and Maghrebi: "son of", "daughter of" ("Mariem mint Cheikh").
    r"ould|mint|ben|ait|"
    # Welsh: "son of", "daughter of" ("Iolo ap Ifan", "Gwen ferch Dafydd").
    r"ap|ferch|"
    # Malaysian and Singaporean Indian: "son of", "daughter of" ("Kumaravel a/l Subramaniam").
    r"a/l|a/p|s/o|d/o|"
    # French married names: "Yvette Larcher épouse Cadrot" (corpus 73).
    r"épouse|epouse|née|veuve|"
    # Tuareg "son of", "daughter of": "Assalek ag Ibrahim", "Fadimata welet Aghali" (corpus 75).
    r"ag|welet|walet|oult|ult|"
    # Maasai "son of": "Lemayian ole Saitoti" (corpus 173).
    r"ole|"
    # Batak "boru", daughter of a clan, before a woman's clan name: "Rospita br. Tambunan"
    # (corpus 78).
    r"br\.|boru|"
    # Faroese and Icelandic by-names after the family's holding: "Kobba á Hamri", "Óli í Túni"
    # (corpus 83).
    r"á|í)"
)
_LAST_PATRONYMIC = r"uulu|kyzy|kizi|qizi|o['‘’]?g['‘’]?li"
"""After the father's name, last in the name: "son of", "daughter of"."""
_PATRONYMIC = frozenset({"bin", "binti", "binte", "ibn", "bint", "ould", "mint", "ben"})
_SON_OF = frozenset({"a/l", "a/p", "s/o", "d/o"})
"""Written between one given name and the father's: the person is called by the given name
("Kumaravel a/l Subramaniam ... Kumaravel was given a second mobile phone", corpus 67)."""
# A nickname in quotes inside a name: 'Ravindra "Ravi" Persad'; a father's name in brackets:
# "Nenad (Milorad) Ristić" (corpus 72); the name one goes by after "@" in Malaysian names:
# "Mohd Faizal @ Jimmy bin Abdul Rahim" (corpus 73).
# Scottish and Irish Gaelic "son of the": "Ruaraidh Mac an t-Saoir" (corpus 69).
_RUN = re.compile(
    # (Never on to the next line where it opens on a surname in capitals, a list's next entry:
    # "DE SMET Jean-Luc, Treasurer / VANHOUTTE-MERTENS Ghislaine, Director of Teaching / BENALI
    # Omar", a bridge club's minutes, corpus 165.)
    # (Nor past a tab, which parts a table's or an export's fields: "20:09\tA-Hao\tLast year I
    # started betting", a family chat exported from LINE, corpus 173.)
    rf"\b{_NAME_TOKEN}(?:(?:[^\S\n\t]|\n(?![{_UP}]{{3,}}(?:-[{_UP}]{{3,}})?[ \t]))"
    rf"(?:{_PARTICLES}\s|(?:(?<=Mac\s)|(?<=Nic\s))an\s(?:t-)?)*"
    # (A surname written as initials, last: "Sarita B.K., from Kaski", corpus 83.)
    # (The "@" only inside a name, not before the alias that ends one: "Jaskaran Singh @ Jassi,
    # 24, a gym trainer" is Jaskaran Singh, who goes by Jassi, corpus 145.)
    # (Hyphened too: 'Rodelio "Jun-Jun" C. Saavedra Jr.', corpus 156.)
    rf"(?:[\"“]{_WORD}(?:-{_WORD})?[\"”]\s|\({_WORD}(?:\s{_WORD})?\)\s|"
    rf"@\s(?={_WORD}\s(?:bin|binti|binte|a/l|a/p|{_WORD})\b))?"
    # (And a particle after a nickname in quotes: 'Robert "Bob" de Vries, 61', corpus 172.)
    rf"(?:(?<=[\"”]\s){_PARTICLES}\s)*"
    # (A familiar "A-" name opens a name of its own: "In Xiamen A-Fa signed", corpus 111.)
    rf"(?:(?:[{_UP}]\.){{2,3}}(?=[,;:)]|\s+[a-z])|(?!A-){_NAME_TOKEN}))*"
    # Kyrgyz "son of", "daughter of" after the father's name, with no surname after it:
    # "Bekzat Nurlan uulu", "Aizada Ulan kyzy" (corpus 85); Uzbek: "Ergashev Bekzod Rustam
    # o'g'li", "Dilnoza Baxtiyor qizi" (corpus 116).
    rf"(?:\s(?:{_LAST_PATRONYMIC})(?![\w'‘’]))?"
)
_OWN_SCRIPT = r"[ \t]+\((?:[^\x00-\u052f\u1e00-\u1eff()\n]|[ \t]){1,30}\)"
"""A name written again in its own script, in brackets after its Latin letters: "HAMASAKI
Yoshiko (浜崎 佳子)" (corpus 110)."""
_FAMILIAR_HONORIFICS = "Pak|Bapak|Ibu|Bu|Bang|Mbak|Kyria|Kyrios|Kyra|Kyr"
"""Indonesian honorifics before the name people use (Mr, Mrs, elder brother, elder sister), and
Greek ones ("Mrs Eleni Vardaki, Kyria Lenio to everyone in Kalami", corpus 144)."""
_TO_EVERYONE = (
    r"to\s+(?:everyone|everybody|all|friends|colleagues|(?:his|her|their)\s+[\w-]+|"
    r"the\s+(?:[\w'’-]+\s+){0,2}?(?:children|kids|pupils|students|parents|members|crew|committee|"
    r"team|staff|village|parish|congregation|club|band|choir|regulars|customers|neighbours))\b"
)
"""Who calls a person by the name they go by: "to everyone", "to the children"."""
_ROLE_NOUNS_EARLY = (
    r"engineer|researcher|scientist|translator|interpreter|clerk|employee|analyst|contractor|"
    # ("a load control agent, Edmilson Fortes Tavares", corpus 91.)
    r"agent|"
    r"soldier|sailor|technician|programmer|developer|aide|adviser|advisor|lecturer|teacher|"
    r"pilot|specialist|worker|operator|designer|accountant|auditor|chemist|physicist|mechanic|"
    # ("a sampling diver at the same laboratory", corpus 109.)
    r"diver|"
    # ("Marko is a loading master", corpus 140.)
    r"(?:loading|harbou?r|berth|dock|cargo|quarry|station)\s+master|"
    r"electrician|nurse|doctor|intern|linguist|economist|physician|airman|staffer|administrator|"
    r"student|civil\s+servant|officer|secretary|assistant|consultant|clerk|dispatcher|"
    r"supervisor|planner|scheduler|controller|driver|welder|pharmacist|librarian|surveyor|"
    r"machinist|firefighter|paramedic|receptionist|courier|foreman|fitter|docker|seaman|"
    r"mariner|navigator|conductor|trainee|apprentice|manager|cadet|interpreter|radiographer|"
    r"forecaster|meteorologist|broker|citizen|lieutenant\s+commander|lieutenant\s+colonel|"
    r"commander|lieutenant|sergeant|constable|corporal|captain|cleaner|janitor|caretaker|musician|"
    r"trumpeter|bandsman|clarinettist|rigger|cook|chef|caterer|typesetter|signaller|porter|"
    # (A band's players: "a percussionist of another garrison band", corpus 126.)
    r"percussionist|trombonist|drummer|violinist|guitarist|pianist|cellist|saxophonist|"
    r"flautist|organist|bassoonist|oboist|hornist|tubist|"
    r"housekeeper|chauffeur|statistician|psychologist|enumerator|actuary|cartographer|"
    r"stenographer|geologist|hydrologist|epidemiologist|veterinarian|inspector|archivist|"
    r"gardener|receptionist|bosun|boatswain|(?:(?:station|lighthouse|store|stock|record)\s+)?keeper|"
    r"concierge|waiter|waitress|bartender|(?<!coast\s)guard|(?:dog|baggage|cargo|animal)\s+handler|"
    r"colonel|deckhand|locksmith|repairman|repairer|boatman|fisherman|bailiff|curator|conservator|"
    r"draughts(?:man|woman)|drafts(?:man|woman)|scaffolder|plumber|carpenter|joiner|bricklayer|"
    r"painter|roofer|glazier|"
    # (Who keeps land and game: "a professional hunter from our district, who looks after the
    # game in the ... training area", corpus 127.)
    r"hunter|gamekeeper|game\s+warden|ranger|forester|shepherd|herder|"
    # ("the locum who covered the base clinic the year before I started", corpus 128.)
    r"locum|medic|"
    # A trade by its ending: "a wedding and event drone videographer" (corpus 86).
    r"[a-z]+grapher|freelancer|"
    # And by the endings of the sciences and crafts: "a senior laboratory technologist", "an
    # optician" (corpus 92's Entebbe laboratory).
    r"[a-z]+ologist|[a-z]{3,}ician|"
    # (And "-onomist": "5.2 Ref. INC-TL-2024-03 – Agafia Ivanov, agronomist", corpus 155; an
    # upholsterer of ships' interiors, a cashier.)
    r"[a-z]+onomist|upholsterer|cashier|"
    # ("Nurhaida T. Hadjirul, RND, clinical dietitian"; "Muratqyzy Zhanar, editor of the plant
    # newspaper"; 'Ndèye Fatou Sarr, presenter of "Suba Tey"', corpus 156.)
    r"dietitian|nutritionist|presenter|announcer|newsreader|editor|"
    # ("the bursar, Mr. Hassani Jafali", "a tool-and-die maker at the Šumadija Precision
    # Works", corpus 160; not a club's or a PTA's treasurer, a volunteer's post.)
    r"bursar|midwife|"
    # ("a lashing gang leader at the container terminal", "an apron marshaller at Gan
    # International Airport", "has been a ship visitor for six years", "the cooperative's
    # superintendent, Zdeněk Malý", corpus 161.)
    r"marshaller|marshal|ship\s+visitor|port\s+chaplain|(?<!police\s)superintendent|"
    # ("Welding instructor Xosé Manuel Fernández de la Riva", corpus 162.)
    r"instructor|"
    r"tool(?:-and-die)?\s?maker|(?:die|pattern|cabinet|instrument)\s+maker|"
    # The post's own: "I'm a postman with POST Luxembourg" (corpus 92).
    r"post(?:man|woman)|(?:mail|letter)\s+carrier|"
    # ("has worked for the Respondent since 2011 as a meter reader", corpus 93.)
    r"(?:meter|gas|water)\s+reader|"
    # ("a civilian storeman formerly employed at the Base victualling store", corpus 94.)
    r"store(?:man|woman)|"
    # ("Ranger II Rodney T. Ngirkelau (coxswain, report author)", "custodian of the secure
    # room", corpus 95.)
    r"ranger|coxswain|custodian|"
    # ("a diamond valuer", "a gold assayer", "a mail sorter", "our senior jointer", "an observer
    # at the Kulma snow-course post", corpus 133.)
    r"valuer|assayer|sorter|jointer|observer|"
    # ("one of our ramp team leaders", "the lifeguard post leader", corpus 125.)
    r"(?:team|shift|section|crew|group|squad|post|watch|gang)\s+leader|"
    r"(?<=year-old\s)(?:man|woman)|"
    # Someone described by where they work, never by a job: "a young woman employed by a
    # contractor at the range camp", "a member of the billing support team" (corpus 93).
    r"(?<=young\s)(?:man|woman)(?=\s+(?:employed|working|who\s+work(?:s|ed)?)\b)|"
    r"member(?=\s+of\s+(?:the|our|its|their)\s+(?:[\w-]+\s+){0,3}?(?:team|staff|unit|section|"
    r"department|desk|crew)\b)"
)
"""Jobs that can describe a person the story never names ("a 34-year-old radar engineer")."""

_NICKNAME_APPOSED = re.compile(
    # (A surname in capitals too: "M. Fritz BELFORT, known to everybody on the terminal as
    # "Ti-Fritz"", corpus 108.)
    # (A particle within it: "Antônio José Ribeiro dos Santos, seu Tonho", corpus 109.)
    # (A surname in capitals first, and the name in its own script in brackets after it:
    # "TOKUNAGA Shigeru (徳永 茂), whom many of us simply call Shige-san", corpus 110.)
    # (A Kyrgyz "son of", "daughter of" last: "Bakyt Nurlan uulu, a driver in the motor pool,
    # known as Baka", corpus 110.)
    rf"(?P<full>[{_UP}]{{2,}}(?:\s{_NAME_TOKEN}){{1,3}}|{_NAME_TOKEN}(?:\s(?:{_PARTICLES}\s)?(?:\({_WORD}\)|"
    rf"{_NAME_TOKEN}|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)){{1,4}}(?:\s(?:{_LAST_PATRONYMIC})(?![\w'‘’]))?)\.?"
    rf"(?:{_OWN_SCRIPT})?"
    # (Past a father's name: "Efstratios Tsakiridis of Georgios, whom all of us know as
    # Kapetan-Stratos", corpus 138.)
    r"(?:\s+of\s+[A-Z][\w'’-]+(?=,))?"
    # (Past what the person is, apposed: "Harrydath Mahabier, our silo manager in Nieuw
    # Nickerie, whom most of you know as Harry" is Harry, not the place, corpus 88.)
    # (Or a married name: "KOUAKOU Affoué Mireille, married name N'GUESSAN, known to her
    # customers as "Maman Mimi"", corpus 117.)
    # (Or where the person comes from: "Fitsum Alemayehu Berhe, of the Archeparchy of Addis
    # Ababa, known to all of us as "Fitse"", corpus 122.)
    # (Or a job without an article: "Warnakulasuriya Patabendige Nuwan Sanjeewa Fernando,
    # bartender in the Captain's Bar since 2021, whom everyone calls Nuwan", corpus 148.)
    # (Or a job written as a title: "Hari Prasad Pokharel, Statistics Officer in the Trade
    # Statistics Section, known to most of us as "Hari Dai"", corpus 150.)
    r"(?:,\s+(?:(?:our|the|a|an|his|her|their|its|my|of)\s|married\s+name\s|n[ée]e\s|"
    r"[a-z][\w'’-]*\s|(?=(?:[A-Z][a-z][\w-]*\s+){0,3}(?i:"
    + _ROLE_NOUNS_EARLY
    + r")\b))[^,;:.()\n]{1,80}?(?=,))?"
    # (Past the dates of a life, as a family history gives them: "Jákup Pauli Joensen, b. 3
    # March 1931 in Kollafjørður, d. 11 November 2004 in Tórshavn; known all his life as Kobba
    # á Hamri", corpus 83.)
    r"(?:,\s+(?:b\.|d\.|born|died)\s[^,;\n]{1,60}){0,2}[,;]\s+(?:"
    # (With an honorific before it: "Gheorghe-Marian Dumitrescu, our vice-president, nea Gică
    # to all of us", corpus 96.)
    # (Or an Indonesian one: "Pak Giarto to everyone in the hall", corpus 141.)
    rf"[\"“]?(?:(?:nea|tanti|dl\.|dna\.|{_FAMILIAR_HONORIFICS})\s+)?(?P<nick>(?:A-)?{_WORD})[\"”]?\s+"
    # (Or a group of "the": "Dimitrios Stavrakis, Jim to the parents' committee", "Eleni
    # Papadopoulou, Kyria Eleni to the children", corpus 135.)
     + _TO_EVERYONE + r"|"
    # (Or only the honorific and the name he goes by: "Antônio José Ribeiro dos Santos, seu
    # Tonho, who has worked ...", corpus 109.)
    rf"(?:seu|dona|nea|tanti)\s+(?P<honoured>{_WORD})(?=,)|"
    # (Or an Arabic kunya, "father of", "mother of": "Khaled Yousef Bani Hani, Abu Fadi, our
    # head bookbinder", "Hiba Mahmoud Al-Shraideh, Umm Yazan, who has run the unit", corpus
    # 151.)
    rf"(?P<kunya>(?:Abu|Abou|Umm|Um|Oum)\s+{_WORD})(?=,)|"
    # ("known to everyone in the programme as "Jonnie H"", corpus 89.)
    # ("whom we all call Junior", corpus 95: "call" with no "as".)
    # (Past a relative clause: "Ato Alemu Mekonnen Ayele, who has read the Lake Tana gauge ...
    # for twenty-six years and whom everyone at the Directorate calls Gashe Alemu", corpus 126.)
    r"(?:who\s+[^,;.\n]{1,100}?\s+and\s+)?"
    r"(?:(?:whom|who)\s+(?:[\w-]+\s+){0,6}?(?:(?:know|knows)\s+(?:him\s+|her\s+)?as\s+|"
    r"(?:call|calls)\s+(?:him\s+|her\s+)?(?:as\s+)?)|"
    # (Or with no "who": "Juhan Pärnoja, everybody calls him Juss, thirty-four", corpus 174.)
    r"(?:(?:every|any)(?:body|one)|we\s+all|people|(?:his|her)\s+(?:friends|family|colleagues))"
    r"\s+(?:[\w-]+\s+){0,3}?calls?\s+(?:him|her)\s+|"
    # ("Rehema Joseph Mwakyusa, an enrolled nurse on the surgical ward ..., is known to
    # colleagues and patients as Mama Neema", corpus 112.)
    r"(?:(?:is|was)\s+)?(?:known|called)\s+(?:[\w-]+\s+){0,6}?as\s+|"
    # ("Thanawat Boonmee, whose nickname is Film", corpus 112.)
    r"whose\s+(?:nick-?name|pet\s+name|everyday\s+name)\s+is\s+|nicknamed\s+)"
    # (Or a name of two or three words: "Parlindungan Simatupang, whom you all know as Amani
    # Tigor", corpus 78.)
    # (A name never runs on over a line break: "Interviewee: Roderick Quintal, known as Dodger",
    # then "Interviewer: ..." on the next line, corpus 79.)
    # (Or hyphenated: 'known to everybody on the terminal as "Ti-Fritz"', corpus 108.)
    rf"[\"“]?(?P<known>{_WORD}(?:-{_WORD})?(?:[ \t](?:[áí][ \t])?{_WORD}){{0,2}})[\"”]?"
    rf"(?![ \t]{_WORD}))"
)
"""A name the person goes by, apposed: "Reynaldo Bautista Jr., Jun to everyone on the floor"
(corpus 69), "Vicente T. Manglona, whom most of us know as Ben" (corpus 72): later "Jun" and
"Ben" are that person."""


_TITLE_JOINED_BEFORE = re.compile(
    r"(?:Kapetan|Kapetanios|Kyr|Kyra|Barba|Theia|Thia|Nonna|Nonno|Zio|Zia|Tío|Tía|Tio|Tia)-"
    r"(?P<name>[A-Z][\w'’]+)$"
)
"""A familiar title joined by a hyphen before the name people use ("Kapetan-Stratos": captain,
a Greek skipper's)."""
_NICKNAME_BARE_AGED = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t](?:{_PARTICLES}[ \t]){{0,2}}{_NAME_TOKEN}){{1,4}}),[ \t]+"
    rf"(?P<nick>[{_UP}][{_LO}]{{2,}}),[ \t]+(?:(?:aged[ \t]+)?\d{{1,2}}\b|whose\b|who\b)"
)
"""A name, then the one people use between commas, then the age or what is theirs:
"Panagiotis Moschos, Takis, aged 27", "María de los Ángeles Lobato de la Cruz, Mariángeles,
whose flower shop", "Bernadette O'Loughlin, Bernie, who owns and flies the balloons"."""


_ANYONE_AT_ALL = re.compile(
    r"\b(?:the\s+person|someone|somebody|anyone|anybody|a\s+young\s+(?:man|woman|person)|people|"
    r"every\s+family)\b",
    re.IGNORECASE,
)
"""Words for anyone at all, as an official tells a pattern rather than a case."""
_POST_LABEL = re.compile(
    r"\b(?:OFFICER|INSPECTOR|GUEST|HOST|PRESENTER|ANCHOR|EXPERT|SPOKESPERSON|SPOKESMAN|"
    r"SPOKESWOMAN|ANALYST|PROSECUTOR|JUDGE|DETECTIVE|OFFICIAL)\b"
)
"""A transcript's speaker label that is a post, not a name ("SIS OFFICER", "STUDIO GUEST")."""
_CHANNEL_NAMED_BEFORE = re.compile(
    r"\b(?:channel|group|page|account|company|agency|firm|app|platform|forum|website|site|shop|"
    r"brand|chat)\s*,?\s*[\"“]$",
    re.IGNORECASE,
)
"""Before a name in quotes: what it is the name of ("a channel, "Curier Rapid""), no person."""
_ORG_CALLED_BEFORE = re.compile(
    r"\b(?:start-?up|company|firm|agency|business|platform|app|website|site|foundation|"
    r"consultancy|network|brand|charity|trust|institute|association|group|page|channel|shop)"
    r"[\"”’]?,?\s+(?:called|named|calling\s+itself|known\s+as|by\s+the\s+name\s+of)\s+[\"“]?$",
    re.IGNORECASE,
)
"""Before a name: what it is the name of, a business or a group ('a "concierge start-up" called
Hostlink Crete'), no person."""


def _orgs_called(text: str) -> set[str]:
    """The names a text gives a business or a group (:data:`_ORG_CALLED_BEFORE`)."""
    return {
        m.group(1)
        for m in re.finditer(r"((?:[A-Z][\w'’-]*)(?:[ \t]+[A-Z][\w'’-]*){0,3})", text)
        if _ORG_CALLED_BEFORE.search(text, max(0, m.start() - 40), m.start())
    }


_NICKNAME_AT = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{1,3}})[ \t]+@[ \t]+(?P<nick>{_WORD})"
    rf"(?![ \t]+(?:bin|binti|binte|a/l|a/p|{_WORD})\b)"
)
"""A name, then "@" and the alias it ends with, as police and courts in South Asia write it:
"Jaskaran Singh @ Jassi, 24, a gym trainer" (corpus 145)."""
_NICKNAME_OURS = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t](?:{_PARTICLES}[ \t])?{_NAME_TOKEN}){{1,3}}),[ \t]+"
    rf"our[ \t]+(?P<nick>[{_UP}][{_LO}]{{1,}})\b(?![ \t]*[{_UP}-])"
)
"""A name, then the short form of it the writers use, with "our": "Ingrid Zwaan-Kok, our Inge
from plot 19" (corpus 143)."""
_NICKNAME_SHORT_APPOSED = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{1,3}}),[ \t]+"
    rf"(?P<nick>[{_UP}][{_LO}]{{2,}}),[ \t]+"
    r"(?:has|had|is|was|works|worked|lives|lived|runs|ran)\b"
)
"""A name, then a short form of it between commas, then what the person does: "Marsela Hoxha,
Marsi, has worked in Kalyves" (corpus 144)."""
_NICKNAME_SHORT_BRACKETED = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{1,3}})[ \t]+"
    rf"\((?P<nick>[{_UP}][{_LO}]{{2,}})\)"
)
"""A name, then a short form of it in brackets without quotes: "Lachlan Dunbar-Ross (Lachie)"
(corpus 157); only where the short form opens as the given name does (see _read_people), as
a place, a code or a body in brackets does not."""
_TEKNONYM_BRACKETED = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{1,3}})[ \t]+"
    rf"\((?P<nick>(?:Mai|Amai|Baba|Mama|Papa|Umm|Um|Abu|Ama|Ina|Ibu)[ \t]{_WORD})\)"
)
"""A name, then in brackets the name people use, as the mother or the father of a child
("Mrs Rutendo Mavhunga (Mai Chipo)", Shona, corpus 158; Arabic "Umm", "Abu")."""
_NICKNAME_WE_CALL = re.compile(
    rf"\b(?P<full>[{_UP}][{_LO}]{{2,}}),\s+(?P<nick>{_WORD})\s+(?:we|they|everyone|everybody)\s+"
    r"calls?\s+(?:him|her)\b"
)
"""A name, then the one the family uses: "Daniel, Dănuț we call him at home" (corpus 142)."""
_NICKNAME_NEXT_SENTENCE = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{1,3}})\.[ \t]+(?:We|They|Everyone|Everybody|"
    rf"People|Friends)(?:[ \t]+all)?[ \t]+calls?[ \t]+(?:him|her)[ \t]+[\"“]?(?P<nick>{_WORD})\b"
)
"""A name, then in the next sentence the one the family uses: "Kevin Mutua Kilonzo. We call him
Kevo." (a caller to a radio show, corpus 174)."""
_NICKNAME_CALL_ME = re.compile(
    rf"\b[Mm]y\s+name\s+is\s+(?P<full>{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{1,3}})\.[ \t]+"
    rf"(?:[^.;\n]{{0,40}}?\s)?(?:they|people|everyone|everybody|we|friends)\s+(?:all\s+)?"
    rf"calls?\s+me\s+[\"“]?(?P<nick>{_WORD}(?:[ \t]{_WORD})?)\b"
)
"""A caller's name, then the one people use: "My name is Samson Ochieng'. In Kayole they call me
Baba Tess, after my daughter" (a radio call-in, corpus 174)."""
_NICKNAME_ONE_NAME = re.compile(
    rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?[a-z][\w-]*,\s+(?P<full>[{_UP}][{_LO}]{{2,}}),\s+"
    rf"(?:(?:{_FAMILIAR_HONORIFICS})\s+)?(?P<nick>{_WORD})\s+" + _TO_EVERYONE
)
"""Someone known by one name, after their post, then the name people use: "the village
secretary, Sugiarto, Pak Giarto to everyone in the hall" (corpus 141)."""


def _goes_by(nicknamed: re.Match[str]) -> str:
    """The name a :data:`_NICKNAME_APPOSED` match says the person goes by."""
    return (
        nicknamed.group("nick")
        or nicknamed.group("known")
        or nicknamed.group("honoured")
        or nicknamed.group("kunya")
    )


_NICKNAME_LETTERS = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{1,3}}),\s+(?:"
    r"(?:whom|who)\s+(?:[\w-]+\s+){0,6}?(?:(?:know|knows)\s+(?:him\s+|her\s+)?as|"
    r"(?:call|calls)\s+(?:him|her)?(?:\s+as)?)|"
    r"(?:known|called)\s+(?:[\w-]+\s+){0,6}?as)\s+"
    # (Or initials joined by a hyphen: "known in the biathlon community as "J-P"", corpus 113.)
    rf"[\"“]?(?P<letters>[{_UP}]{{2,3}}|[{_UP}]-[{_UP}](?:-[{_UP}])?)[\"”]?(?![\w.])"
)
"""A person who goes by letters, apposed: "Mr. Tanyi Godlove Ayuk, known to all of us as GT"
(corpus 95); later "GT" and "Ndi GT" are that person."""
_LETTERS_IN_BRACKETS = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t](?:[{_UP}]\.|{_NAME_TOKEN})){{1,4}}(?:[ \t](?:Jr|Sr)\.?)?)"
    rf"[ \t]+\([\"“](?P<letters>[{_UP}]{{2,3}})[\"”]\)"
)
"""A person who goes by letters, in brackets after the name: '6.2 Jesse Q. San Nicolas Jr.
("JJ")', then "JJ is head coach of the Yigo Bravos 12U" (a youth baseball league's memo,
corpus 165); in quotes, never an acronym ("the National Security Agency (ANB)", corpus 14)."""
_WRITER_OPENS = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:It['’]s|It\s+is|This\s+is)|"
    # (Or a video's greeting, the full name in brackets after it: "Hi all, Tash here (Natasha
    # Whitlock-Reyes for the formal folks)", a video's description, corpus 176.)
    r"(?:^|\n)[ \t]*(?:Hi|Hey|Hello)\b[^.\n]{0,20}?,)\s+(?P<nick>[A-Z][a-z]+)\s+"
    r"(?:on\s+(?:\w+\s+)?duty|here|again|writing)\b"
    rf"(?:[ \t]+\((?P<full>{_WORD}(?:[ \t]{_WORD}(?:-{_WORD})?){{1,3}}))?"
)
"""A letter's writer naming themself in its opening ("It's Bron on keyboard duty again", a
family's Christmas letter, corpus 128): its "I"."""
_QUOTED_APPOSED = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t](?:{_PARTICLES}[ \t])?{_NAME_TOKEN}){{1,4}})"
    r"(?:,|[ \t]*[—–])[ \t]+[\"“]"
    rf"(?P<nick>(?:[{_UP}]\.){{2,3}}|{_WORD}(?:-{_WORD})?)[\"”][ \t]*[,—–]"
)
"""A name in quotes apposed between commas: 'Pierre-Richard Jean-Baptiste, "P.R.", 31, is
second engineer' (corpus 123); later "P.R." is that person. (Or after a dash: 'Nenad M.
Jovanović — "Neša", not to be confused with our treasurer', corpus 137.)"""
_NICKNAME_TO_US = re.compile(
    # (Or a given name alone opening a paragraph, the person named in full before it: "Alasdair,
    # Ally to all of us, is a shiplift operator", a pipe band's report, corpus 167.)
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t](?:{_PARTICLES}[ \t])?{_NAME_TOKEN}){{1,4}}|"
    rf"(?<![^\n]){_NAME_TOKEN})[ \t]*[,—–][ \t]*"
    # (Or letters in quotes: 'Hanna-Kaisa Rensberg, "HK" to everyone on the second floor',
    # corpus 132.)
    # (With a familiar title: "Jesús Ramírez Félix, Don Chuy to all of us", corpus 145.)
    rf"[\"“]?(?P<nick>(?:(?:Don|Doña|Dona|Tío|Tía|Tio|Tia|Ate|Kuya|Uncle|Auntie|Aunty)[ \t]+)?"
    # (Or initials with full stops: 'Jean-François Chippior, "J.-F." to everybody on the Monday
    # men's league', a curling club's newsletter, corpus 167.)
    rf"[{_UP}][{_LO}]+|[{_UP}]{{2,3}}|(?:[{_UP}]\.-?){{2,3}})[\"”]?[ \t]+to[ \t]+"
    r"(?:most|all|many|some|"
    r"everyone|everybody)\b"
)
"""A name, then what people call the person: "Stoyan Petkov Dimitrov, Stoycho to most of us,"
(corpus 129), "Zbigniew Kaczmarczyk — Zbyszek to everyone in Oksywie —" (corpus 128)."""
_MY_PARENT_IS = re.compile(
    # (Or apposed: "Last month my father, Madhukar Govind Apte, was stopped at the gate", a
    # daughter's blog, corpus 176.)
    r"\b[Mm]y\s+(?P<kin>father|dad|mother|mum|mom)(?:\s+(?:is|was)\s+|,\s+)"
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t](?:{_PARTICLES}[ \t])?{_NAME_TOKEN}){{1,4}})\b"
)
"""The writer names a parent in full: "My father is Ademar Batista da Silveira"."""
# (And what a family calls them in its own language: "Baba", "Aai" in Marathi, corpus 176.)
_FATHER_WORDS = ("Dad", "Daddy", "Papa", "Father", "Baba", "Abba", "Appa", "Bapu")
_MOTHER_WORDS = ("Mum", "Mom", "Mummy", "Mama", "Mother", "Aai", "Amma", "Ammi")
_KIN_NICK_THEN_NAME = re.compile(
    r"(?<![\w.])(?P<nick>(?:Tio|Tia|Tío|Tía|Uncle|Auntie|Aunty|Ate|Kuya|Seu|Dona|Doña|Don)[ \t]+"
    rf"(?P<bare>[{_UP}][{_LO}]+)),[ \t]+"
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t](?:{_PARTICLES}[ \t])?{_NAME_TOKEN}){{1,4}}),"
)
"""A family's name for someone, with its kinship title, then the name in full apposed: "Tio
Zezinho, José Carlos Fagundes, Dad's compadre"."""
_NICK_THEN_TITLED_NAME = re.compile(
    rf"(?<![\w.])(?P<nick>[{_UP}][{_LO}]+(?:[ \t][{_UP}][{_LO}]+)?)[ \t]+\("
    rf"(?P<title>[{_UP}][{_LO}]{{0,5}})\.?[ \t]+"
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t](?:{_PARTICLES}[ \t])?{_NAME_TOKEN}){{1,4}})\)"
)
"""A name a club calls a member, then the member's titled name in brackets: "Kiboko (Bi.
Mwanaisha Saidi Mrisho)"."""
_FAMILIAR_NAME = re.compile(
    r"\b(?:[Kk]nows?|[Kk]new|[Rr]emembers?|[Cc]alls?|[Cc]alled|[Mm]eet)\s+"
    rf"(?P<nick>[{_UP}][{_LO}]+)\.[ \t]+(?=[{_UP}])"
)
"""The name the readers know someone by, said in a sentence of its own before the story names
them in full: "Most of you know Sepp. Vizeleutnant Josef Lindner-Hödl has been a member ...
for twenty-two years" (corpus 127); later "Sepp" is that person."""
_NICKNAME_BRACKETED = re.compile(
    # (A name never runs on over a line break: a heading "3. Report of member Tomáš Baláž"
    # above "Tomáš Baláž ("Tomi"), a second-year student", corpus 91.)
    # (Or the surname first in capitals: 'HUANG Chin-lung ("A-Lung")', corpus 152.)
    rf"(?P<full>(?:[{_UP}]{{2,}}[ \t])?{_NAME_TOKEN}"
    rf"(?:[ \t](?:{_PARTICLES}[ \t])?{_NAME_TOKEN}){{1,4}}|"
    # (Or with a generation after it: 'Reynaldo Cano Jr. ("Jun")', corpus 157.)
    rf"[{_UP}]{{2,}}[ \t]{_NAME_TOKEN})(?P<gen>,?[ \t](?:Jr|Sr))?\.?"
    # (Or with a house's name after "vulgo", as Carinthia names farmers: 'Josef Krenn vulgo
    # Hansbauer ("Sepp" to all of us)', corpus 159.)
    rf"(?:[ \t](?:vulgo|vlg\.)[ \t]{_NAME_TOKEN})?[ \t]+\("
    r"(?:[^()\"“”\n]{0,30}?\s)?[\"“](?P<nick>"
    # (Or a familiar title with the name: 'Mr Josef Hamutenya ("Bra Joe")', 'Mrs Mirian Estela
    # Giménez Cáceres, known as "Ña Mirian"', corpus 125.)
    # (Or Taiwan's "A-" before a syllable of the name: 'HUANG Chin-lung ("A-Lung")', corpus 152.)
    # (Or a word and an initial: 'Kirton Noel ("Chef K")'; or initials: 'Mr Tafadzwa Kuwana
    # ("TK")', corpus 158.)
    rf"(?:A-)?{_WORD}(?:[ \t](?:{_WORD}|[{_UP}](?![\w-])))?|[{_UP}]{{2,3}}(?![\w-]))[\"”]"
)
"""A name the person goes by, in quotes in a bracket after the full name: 'Kerwyn Ramdass
("Bishop" since secondary school, ...)', 'Vaidas Petrauskas (in game "Kurmis", the mole)'
(corpus 85): later "Bishop" is that person."""
_NICKNAME_BRACKET_SAID = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t](?:{_PARTICLES}[ \t])?{_NAME_TOKEN}){{1,4}})"
    # (Past what the person is: "Jevgeni Pavlovitš Orlov, our farrier (everybody calls him
    # Ženja)", corpus 130.)
    r"(?:,[ \t]+(?:our|the|a|an|his|her|their|my)[ \t][^,;:.()\n]{1,60}?)?[ \t]*\("
    r"(?:(?:[\w-]+[ \t]+){0,5}?(?:calls?|knows?)[ \t]+(?:him|her)[ \t]+(?:as[ \t]+)?|"
    r"(?:known|called)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:as[ \t]+)?|nicknamed[ \t]+)"
    rf"[\"“]?(?P<nick>{_WORD})[\"”]?[ \t]*\)"
    # (Or the name, then to whom: "Ratu Josaia Vulakoro (Ratu Jo to everyone on the pontoon)",
    # corpus 131.)
    rf"|(?P<full2>{_NAME_TOKEN}(?:[ \t](?:{_PARTICLES}[ \t])?{_NAME_TOKEN}){{1,4}})"
    # (Past what the person is: "Giovanni Battista Da Ros, the librarian responsible for the
    # local history collection (Gianni to almost every reader who has ever asked him a
    # question about the town)", corpus 142.)
    r"(?:,[ \t]+(?:our|the|a|an|his|her|their|my)[ \t][^,;:.()\n]{1,80}?)?[ \t]*\("
    rf"[\"“]?(?P<nick2>{_WORD}(?:[ \t]{_WORD})?)[\"”]?[ \t]+to[ \t]+"
    r"(?:(?:almost|nearly|just\s+about|practically|virtually)\s+)?(?:everyone|everybody|all|most|"
    r"many|friends|colleagues|us|the\s+\w+|every\s+[\w-]+)\b[^()\n]{0,80}\)"
)
"""The name a person goes by, said in a bracket after the full name: "Jevgeni Pavlovitš Orlov,
our farrier (everybody calls him Ženja)" (corpus 130); later "Ženja" is that person."""
_SURNAME_INITIALS_GIVEN = re.compile(
    rf"(?P<surname>{_NAME_TOKEN})[ \t]+(?:[{_UP}][{_LO}]?\.[ \t]?){{1,3}}[ \t]*\("
    rf"(?P<given>{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{1,2}})\)"
)
"""A surname with initials, and the given names they stand for in a bracket: "Karimova D. R.
(Dilnoza Rustamovna)" (corpus 131)."""
_MARRIED_NAME = re.compile(
    rf"(?P<full>(?:[{_UP}]{{2,}}[ \t])?{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{1,3}}),\s+"
    r"(?:married\s+name|n[ée]e)\s+(?P<married>[A-Z][\w'’-]+)(?=[,;.)\s])"
)
"""A woman's other surname, apposed: "KOUAKOU Affoué Mireille, married name N'GUESSAN" (corpus
117): later "Mrs N'GUESSAN" is that person."""
_MARRIED_NAME_USED = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:[ \t](?:{_PARTICLES}[ \t])?{_NAME_TOKEN}){{1,3}})\b[^\n.]{{0,200}}?"
    r"\b(?:uses|using|goes\s+by|known\s+by|works\s+under)\s+(?:(?:her|his|their|the|an?)\s+)?"
    r"(?:married|English|Western|Christian|baptismal|business)\s+name,?\s+[\"“]?"
    rf"(?P<married>(?:{_NAME_TOKEN}[ \t])?(?P<surname>{_NAME_TOKEN}))\b"
)
"""The other name a record says the person uses: "Member: Sinéad Ní Mhurchú (name on payroll
and HR file); uses her married name, Sinéad Hegarty, at work"; "Yoon Ha-eun, overseas sales
coordinator (28) ..., uses the English name "Hailey Yoon"" (corpus 118): later "Sinéad Hegarty"
and "Ms Hegarty", "Hailey Yoon" are that person."""
_NICKNAME_AFTER = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:\s(?:{_PARTICLES}\s)?{_NAME_TOKEN}){{1,3}})[^.!?\n]{{0,200}}[.!?]"
    r"[ \t]+(?:"
    # "... and so did Gwenc'hlan Le Meur. Gwen, as the whole peninsula calls him, is an
    # insulation fitter" (corpus 82).
    rf"(?P<nick1>{_WORD}),\s+as\s+(?:[\w-]+\s+){{0,4}}?(?:calls?|knows?)\s+(?:him|her)\b|"
    # "Lin Qiang has driven the staff shuttle for nine years. Everyone calls him Lao Lin."
    # ("Athumani Rashidi Chilumba has been a mortuary attendant at Ligula for fourteen years.
    # Most of you know him as Mzee Chilu", corpus 112.)
    r"(?:(?:Everyone|Everybody|People|Colleagues|Friends|The\s+\w+)\s+(?:here\s+)?calls?|"
    r"(?:Most|Many|All|Some)\s+of\s+(?:you|us)\s+(?:call|know)|(?:We|You)\s+all\s+(?:call|know)|"
    r"(?:Everyone|Everybody)\s+(?:here\s+)?knows)\s+(?:him|her)\s+(?:as\s+)?"
    rf"(?P<nick2>{_WORD}(?:[ \t]{_WORD})?)\b|"
    # "Many of you will know Keith Anthony Yon, though ... no Saint has called him Keith since
    # he was nine years old. He is "Sparrow" to the whole of Half Tree Hollow" (corpus 133).
    r"(?:He|She)\s+(?:is|was|has\s+(?:long\s+|always\s+)?been)\s+[\"“]"
    rf"(?P<nick3>{_WORD}(?:[ \t]{_WORD})?)[\"”]\s+to\b|"
    # "Andreea Bogdan-Tătaru is in her third year of residency in neurology. On the ward she is
    # Deea, the resident who ..." (a hospital's staff newsletter, corpus 142).
    r"(?:(?:On|At|In|Among)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?,?\s+)(?:he|she)\s+is\s+"
    rf"(?P<nick4>{_WORD}),)"
)
"""A name the person goes by, said in the sentence after their full name."""
_NICKNAME_BEEN = re.compile(
    rf"(?P<full>{_NAME_TOKEN}(?:\s(?:{_PARTICLES}\s)?{_NAME_TOKEN}){{1,3}}),\s+(?:who|whom)\s+"
    r"(?:has|had|have)\s+(?:long\s+|always\s+)?been\s+[\"“](?P<nick>[^\"”\n]{1,30})[\"”]\s+to\b"
)
"""A name the person has long gone by among some people: "Desmond O'Garro, who has been "Skip
Dessie" to three generations of 1st Salem Scouts" (corpus 121)."""
_FIRST_NAME_CALLED = re.compile(
    rf"(?:^|\n)(?P<first>{_WORD}),\s+(?:called|known\s+as|nicknamed)\s+[\"“](?P<nick>{_WORD})[\"”]"
)
"""A paragraph opening on the first name, then the name the person goes by: "Reynaldo, called
"Jun" by everyone on board, had run up debts" (corpus 119): "Jun" is the one named
"Reynaldo ..." (see ``_fold_short_names``' nicknames)."""

# Capitalised words that begin a sentence or name a title, never a given name or surname.
_FUNCTION_WORDS = frozenset(
    """a an the in on at after before then when while although however as according during since
    until with from by for to of and but or if this that these those his her their its our my he
    she it they we you i there here what which who whom whose why how where once yet so also
    last next later earlier meanwhile moreover furthermore instead even only still both each
    every all some many most several other another such no not nor one two three four five six
    seven eight nine ten first second third fourth fifth among between into onto over under
    about against without within through throughout upon via per despite because though unless
    whether let please now today yesterday tomorrow just indeed thus therefore hence besides
    otherwise subsequently eventually finally initially ultimately immediately recently
    afterwards afterward thereafter nevertheless nonetheless apparently suddenly unfortunately
    fortunately luckily naturally perhaps sometimes usually tonight
    previously gradually soon again knowingly use using criminal investigator investigators
    case cases handlers handler sources source prosecutors officials experts police former ex
    dear hi hello thanks yes presiding acting had has have was were is are did does do would
    could should will may might must can neither either ok okay wallah sorry sir""".split()
)
_TITLES = frozenset(
    """mr mrs ms miss dr prof professor sir madam madame mme mademoiselle dame lord judge
    justice agent special assistant associate comptroller
    prosecutor attorney counsel minister deputy spokesman spokeswoman spokesperson director
    detective inspector superintendent commissioner chief comrade compañera compañero camarada
    kak kaka mamosta
    editor reporter colonel lieutenant
    captain major general brigadier sergeant corporal private admiral commander petty officer ensign
    leading seaman able rating airman
    senator congressman congresswoman representative president vice secretary permanent ambassador
    consul investigator criminal suspect defendant engineer scientist researcher student sailor
    soldier airman marine analyst employee official staff encik puan cik tuan datuk dato madam
    señor senor señora senhor senhora sr srta herr frau technical sub-officer subofficer warrant
    senior
    junior first class chief flight master staff-sergeant technician magistrate sargento sgt
    cabo teniente capitán capitan coronel comandante lic licda lcdo lcda
    licenciado licenciada ing arq architect maître maitre quím quim
    ato w/ro w/t weizero woizero weizerit abba abuna abune memhir qes qesis
    member mtro mtra dra chaplain kumu mlle
    hadja hadjia hajia haja hajiya hadji haji hajji elhadj elhadji alhaji alhadji alhaja
    cadet midshipman
    adjudant sergent caporal gendarme
    lt col maj capt brig gen cpl pte sub hav havildar sep sepoy nk naik subedar jemadar risaldar
    rfn rifleman gnr gunner spr sapper cfn craftsman sowar
    brother sister pastor reverend rev elder deacon imam sheikh rabbi uncle aunty auntie
    bai ate kuya manang manong engr ap aum dasho
    squadron leader wing
    don doña dona abog abg abogado abogada dyg dayang awang pengiran hajah hon mdm
    ratu
    mami ndi niña ranger rangers ii iii iv batono kalbatono
    nea tanti dl dna domnul doamna nei unimwane mw drs comrade camarade
    seu shri shree sri smt shrimati kumari cdr tenente aviador brigadeiro
    ustaz ustazah ustadz ustadzah cikgu
    u ko ma daw maung saya sayama
    khun lung nong kamnan mzee bwana
    purser operator coordinator candidate
    messman ma'am ma’am
    u.s u.k
    bra bay ña gashe
    vizeleutnant oberstleutnant oberst hauptmann oberleutnant leutnant stabswachtmeister
    oberstabswachtmeister wachtmeister feldwebel hauptfeldwebel gefreiter korporal
    zugsführer
    rtn abbé abbe
    primero primera segundo segunda mayor alférez alferez suboficial
    dh dhna druh druhna warden fish kyria kyrios kyrie bro sis
    zonja zonjë zoti baca bacë čika cika teta hagg hagga reis rais agogo gvh abambo amayi
    conf lect pak bapak ibu bu bang mbak hj letkol kolonel kapten serka sertu serda pelda peltu
    praka pratu bripka briptu bripda aiptu aipda kompol akbp akp iptu ipda laut sus
    nurse matron head sarpanch
    rra rre mma
    kapteni mwalimu
    piper drummer
    eng bi bibi""".split()
)
"""(With a pipe band's "Piper" and "Drummer" before a member's name, "Piper Alasdair McKechnie",
corpus 167; East Africa's "Eng." for an engineer and Swahili "Bi." for a woman, "Eng. Baraka Elias
Mollel", "Bi. Mwanaisha Saidi Mrisho", corpus 168; with a Polish volunteer fire brigade's "dh." and
"dhna" (druh, druhna) before a member's name, "Dhna Oliwia Rzepecka", "Dh. Bober", and a Philippine
sea patrol's post, "Fish Warden Ronaldo M. Dela Cruz", "Warden Dela Cruz", and the Greek "Kyria"
(Mrs), "Kyria Eleni", corpus 135; with an interview board's "Candidate" before a name, "4.2
Candidate S. Kirushanthi", corpus 116; with Myanmar's "U", "Ko", "Maung", "Ma", "Daw", "Saya" before
a name ("Ko Thiha Zaw", "Ma Hnin Wut Yee", "Captain U Kyaw Swar Lin", corpus 111), never with a full
stop ("Ma. Cristina", "U. Schmidt" are initials); Malaysia's and Indonesia's religious teachers'
"Ustaz" and "Ustazah" and the teacher's "Cikgu", corpus 110; Brazil's "seu" before a man's first
name or nickname ("seu Tonho"), India's "Shri" and "Smt." and a navy's "Cdr", a Brazilian air
force's "Tenente-Coronel" and "Coronel Aviador", corpus 109; an army's abbreviated ranks: "Hav",
"Sep", "Sub Maj", corpus 77; a congregation's or a community's titles before a name: "Sister Naomi
Pamak-Dyson", "Brother Jeremias Obed", corpus 81; the Philippines' "Bai" (a Maranao lady), "Ate"
and "Kuya" (elder sister, brother), "Engr." (engineer); Bhutan's "Ap" and "Aum" (for a man and a
woman) and "Dasho", corpus 88; Spanish "Don" and "Doña" and a lawyer's "Abog.", Brunei's
"Dyg"/"Dayang", "Awang", "Pengiran", "Hajah" and "Mdm", a parliament's "HON.", corpus 93; Cameroon's
"Mami" and "Ndi" (a mother, a brother: "Mami Bih Comfort", "Ndi GT"), El Salvador's "Niña" ("Niña
Marta"), a park's "Ranger II" and "Chief of Rangers", corpus 95; Kiribati's "Nei" (a woman) and
"Unimwane" (an elder), the Dutch "mw." and "drs.", corpus 101; a union's "Comrade", corpus 102;
Thailand's "Khun" (anyone), "Lung" (an uncle) and "Nong" (a younger one) before a given name or a
nickname, and "Kamnan" (a sub-district headman), and Swahili "Mzee" (an elder) and "Bwana" (Mr),
corpus 112 ("Lung Kai" is Kai, "Mzee Chilu" is Chilu); a log's or a crew list's job before a name
("Purser Hasegawa Yui", "Operator P. Anil Kumar"), corpus 114, and "Messman", corpus 119. Familiar
titles before a nickname: Namibia's "Bra" (brother: "Bra Joe"), Bulgaria's "Bay" (an older man: "Bay
Stoyo", then "Stoyo"), Paraguay's "Ña" (Doña: "Ña Mirian"), corpus 125; Amharic "Gashe" (an elder:
"Gashe Alemu"), corpus 126; the Austrian army's ranks ("Vizeleutnant Josef Lindner-Hödl"), corpus
127; Albanian "Zonja" (Mrs), "Zoti" (Mr) and "Baca" (an elder), Serbian "čika" (uncle) and "teta"
(aunt), Egyptian "Hagg" (one who made the pilgrimage) and "Reis" (a foreman or a skipper), Malawian
"Agogo" (an elder), "Abambo" and "Amayi" (Mr, Mrs: "father of", "mother of") and "GVH" (a group
village headman), corpus 137; Indonesian "Pak" and "Bapak" (Mr), "Ibu" and "Bu" (Mrs), "Bang" and
"Mbak" (elder brother, sister), "Hj." (a woman who made the pilgrimage) and the armed forces' and
the police's ranks with their service ("Letkol Laut (P) Andi Firmansyah", "Mayor Sus Agus Priyanto",
"Serka", "Bripka"), corpus 141; a Romanian lecturer's "Conf." and "Lect." ("she told Conf.
Giurgiu"), corpus 142; a hospital's "Nurse" and "Head Nurse" ("Nurse Seo" for Seo Yu-na, "Head Nurse
Park Eun-joo") and "Matron", and a Punjabi village head's "Sarpanch", corpus 145; the pilgrim's
"Alhadji" written with a "d" ("Alhadji Moussa Yaya"), corpus 146; Setswana "Rra" or "Rre" (Mr) and
"Mma" (Mrs): "Mrs Boitumelo Kgosiemang ... Mma Kgosiemang told Captain Maphanyane", corpus 148;
Swahili "Kapteni" (captain) and "Mwalimu" (teacher) before the name someone goes by: 'Abubakar
Athman Famau ("Kapteni Bakari"), hotel boat captain', then "Bakari", corpus 155. "Ma" and "Pa" are
titles only before two more names: see _KIN_TITLES.)"""
_KINSHIP_LINKS = frozenset(
    "Ould Mint Bint bint Ibn ibn bin binti bte uulu kyzy oglu ogly qizi".split()
)
"""Words inside a name that say "son of" or "daughter of" ("Sidi Mohamed Ould Bouh", "Mariem
Mint Ely Cheikh", "Bakyt Nurlan uulu")."""
_KIN_TITLES = frozenset({"ma", "pa"})
"""A mother's and a father's titles in Cameroon ("Ma Ebude Grace", "Pa Nfor Simon Muluh",
corpus 95), read as titles only before two more names ("Ma Xiaoming" keeps his surname)."""
_RANKS = frozenset(
    "sergeant corporal lieutenant captain major colonel commander admiral ensign private "
    "constable warrant sargento sgt cabo teniente capitán capitan coronel comandante "
    "seaman airman cadet midshipman havildar sepoy naik subedar".split()
)
"""Ranks that a report may later use alone for the person ("the sergeant")."""
_SERVICE_RANKS = frozenset("officer member rating".split())
"""Titles before a name that only a person bears ("Third Officer", "Member"), not "Senior"; a
rank (a captain, a sergeant) is as often an official's as the case's."""
_BENCH_TITLES = frozenset(
    "judge justice magistrate prosecutor attorney counsel detective inspector superintendent "
    "commissioner spokesman spokeswoman spokesperson".split()
)
"""Titles of the people who judge, prosecute, investigate or speak for a case, never its
subject."""
_OFFICIAL_TITLES = frozenset(
    """judge justice magistrate agent special prosecutor attorney counsel minister deputy spokesman
    spokeswoman spokesperson director detective inspector superintendent commissioner chief
    comrade editor reporter senator congressman congresswoman president ambassador consul
    investigator office-holder comptroller""".split()
)
_POLICE_RANK_BEFORE = re.compile(
    r"\b(?:[Pp]olice|PNP|RCMP)\s+(?:(?:[Ss]enior\s+|[Cc]hief\s+|[Dd]eputy\s+)?(?:[Ss]ergeant|"
    r"[Cc]onstable|[Oo]fficer|[Cc]orporal|[Ii]nspector|[Ss]uperintendent|[Cc]aptain|[Ll]ieutenant|"
    r"[Mm]ajor|[Cc]ommissioner|Sgt\.?|Cpl\.?|Insp\.?)\s+)?$"
    # (A British detective's or constable's rank, with a collar number: "DC 4471 Hayley
    # Brindle of Counter Terrorism Policing", corpus 127.)
    r"|\b(?:DC|DS|DI|DCI|DSI|DSU|PC|PS|WPC|DCS)\s+(?:\d{2,6}\s+)?$"
    # (And South Asia's police ranks: "ASI Harjinder Singh, Cyber Cell", an assistant
    # sub-inspector, corpus 145; "SHO", "DSP", "SSP", "ACP".)
    # (And a police inspector's: "PI Manoj Gaikwad took my statement", a Pune blog, corpus 176.)
    r"|\b(?:ASI|SI|PI|PSI|API|SHO|DSP|SSP|ACP|DCP|HC)\s+$"
    # (And the Philippine National Police's: "PLt. Jonathan S. Balagtas, Olongapo City Police
    # Office", corpus 145.)
    r"|\b(?:PLt|PCpt|PMaj|PLtCol|PCol|PBGen|PMGen|PMSg|PSSg|PSMS|PCMS|PEMS|PCpl|Pat)\.?\s+$"
)
"""Right before a name: a rank of the police ("Police Sergeant", "Police Inspector"), whose
holder speaks for the police."""
_SAINT_PLACES = frozenset(
    {"São", "San", "Santo", "Sainte", "Sankt", "Santa", "Saint", "Sint", "Sant"}
)
"""Words that open a place named after a saint ("São Luís", "Santa Cruz", "Sint Maarten",
corpus 120; "called at San Antonio", corpus 163), never a person's name; after a given name
they are a surname's ("Jesse Q. San Nicolas Jr.", corpus 165)."""
# Words that make a capitalised run an organisation, a place, a law or a date, not a person.
_POSTS = frozenset(
    """officer in-charge secretary director manager coordinator administrator registrar
    supervisor superintendent investigator clerk technician""".split()
)
"""The last word of a post's name, never of a person's ("the Medical Officer In-Charge", "the
Regional Administrative Secretary", corpus 112; "our Drawing Issue Clerk (Stores), Shri R. G.
Harikantra", corpus 154); "In-Charge" anywhere in it: never a case."""


def _name_end(text: str, name: re.Pattern[str]) -> int:
    """Where the first writing of a name ends in a sentence: past each part of it that follows
    ("Klodian Hysenaj", not "Klodian"); -1 where it is not written."""
    end = -1
    for found in name.finditer(text):
        gap = text[end : found.start()].strip() if end >= 0 else ""
        # (Past a particle inside the name: "Johannes de Villiers", corpus 141.)
        if gap and re.fullmatch(rf"(?:(?:{_PARTICLES})\s*){{1,3}}", gap) is None:
            break
        end = found.end()
    return end


def _opens_on(text: str, name: re.Pattern[str]) -> bool:
    """Whether a sentence opens on the name (past a list's dash, a section's number, "5.1 Mrs
    Rutendo Mavhunga", corpus 158, and a title)."""
    found = name.search(text)
    return (
        found is not None
        and re.fullmatch(
            r"\W*(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?(?:-\s+)?(?:[A-Z][\w.\x27’-]*\s+){0,3}",
            text[: found.start()],
        )
        is not None
    )


def _is_post(name: str) -> bool:
    """Whether a name read is a post's (see :data:`_POSTS`): written as a name is, in
    capitals ("Medical Officer In-Charge"), never a person described ("a laboratory manager")."""
    written = name.split()
    if not written or not all(w[:1].isupper() for w in written if w.lower() not in ("and", "of")):
        return False
    words = [w.lower() for w in written]
    return words[-1].rstrip("s") in _POSTS or any(w in _POSTS for w in words)


_NOT_NAME_WORDS = frozenset(
    # (An event's name in quotes: "the Institute's "Tropical Aeromedicine Roundtable"", corpus
    # 128.)
    # (A security marking: "glossaries ... marked Protected B. She sent them.", corpus 130.)
    # (A resolution's verb before a surname in capitals: "c) Thank ZHUMABEKOVA A. S.", a kennel
    # club's minutes, corpus 166; a landmark, "the Madaba Map", a heritage association's letter; a
    # region's, "the Niger Delta", "the Berounka Valley", corpora 168 and 169; a broadcaster's,
    # "this is Radio Salten", a local radio's bulletin, corpus 170; a firm's, "Sapphire Aviation
    # Training", corpus 172; a navy's ship or shore base, "HMAS Albatross", corpus 172; a
    # service's regional office, "the Internal Security Agency (ABW) Wrocław Delegation", a press
    # conference's transcript, corpus 174; a deciding body, "the Student Disciplinary Panel", corpus
    # 175; a military camp, "the Armed Forces ID card batches leave for Burma Camp", an e-mail
    # chain, corpus 179.)
    """protected confidential classified thank thanks congratulate map delta valley radio
    television aviation training hmas hms hmcs hmnzs uss
    delegation headquarters directorate secretariat inspectorate panel tribunal
    roundtable symposium summit colloquium conference seminar workshop webinar works
    ministry ministries department bureau court courts committee party security state states
    national people peoples republic china chinese police day intermediate municipal
    autonomous region province city county district university institute academy agency
    service services office council commission army navy air force forces corps guard
    intelligence federal united kingdom america american european union global times daily
    news online post journal press tribune herald group railway railways airways company
    chronicle bulletin gazette wire newswire telegraph observer sentinel gleaner dispatch
    corporation corp inc ltd limited
    cup championship championships tournament league
    careers recruitment staffing manpower
    board boards
    speaker chairman chairwoman chairperson
    bank fund foundation center centre school college hospital airport station river lake
    barracks garrison cantonment airfield camp direction dirección direção surveillance territoire
    lighthouse
    sûreté sécurité segurança seguridad ministère ministério ministerio procuradoria fiscalía
    gendarmerie polícia policía forças fuerzas armée
    fundación fundação asociación associação escuela universidad instituto empresa sociedad
    corporación cooperativa
    audit audits compliance
    mountain street road avenue square sea ocean bay island islands north south east west
    northern southern eastern western central new law act code article criminal procedure
    level levels vetting clearance programme program project operation class grade
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday internet web report reports
    telephone related stories story network networks systems system technology technologies
    research defense defence military aerospace energy space nuclear international foreign
    affairs parliament congress senate house white general assembly embassy consulate
    government administration prosecution public parliamentary propaganda publicity
    counter espionage anti rules central socialist characteristics era fbi cia mss mi5 mi6
    linkedin facebook instagram twitter wechat whatsapp telegram signal tinder gmail google
    baidu microsoft apple windows usb kgb gru fsb svr nato eu un who wto bitcoin forum policy
    advisory strategic partners associates consulting consultancy solutions holdings base port
    harbour harbor strait cross hill park hall tower palace castle bridge old hotline line
    bundestag reichstag kremlin pentagon whitehall downing capitol berhad bhd sdn gmbh ag spa
    llc plc mobile telecom telecoms wire media airlines airways capital trust authority
    prosecutor prosecutors prosecution trap holdings shipyard shipyards port ports
    oy oyj ab gmbh ag sa sas sarl srl bv nv plc llc pty kk asa ou oü zoo
    audiencia nacional tribunal tribunale corte cour gericht hof rechtbank sąd soud
    freeport terminal terminals plant refinery depot dockyard shipyard utility utilities
    prefecture prefectura gendarmerie carabinieri st sankt laboratory laboratories
    southeast southwest northeast northwest asia africa europe oceania pacific atlantic
    branch division registry directorate command unit section excise customs secretariat
    inspectorate initiative shop workshop hangar macbook analytics realty logistics arsenal
    deutsche restricted access area pass passes permit permits review record interview
    suitability club clubs
    floor floors annex annexe ile île isla ilha ste mont monte mount
    oval stadium arena beach pavilion racecourse partner fort
    marché market mercado souk bazaar advisor adviser
    unofficial version translation original details
    notice notices data money madam recognition jobs finance loans lending credit
    easter christmas dir decision decisions prosecuting
    universidad universidade università université universität universitat
    statistics search aps playa praia plage organismo plaza praça piazza platz laguna lagoon true
    avenida calle rua rúa
    glacier studies recoveries recovery collections
    regency sub-district selat teluk pulau desa kampung kabupaten kecamatan kelurahan gunung
    sungai danau
    harrier harriers tern terns vulture vultures bustard bustards oystercatcher oystercatchers
    kestrel kestrels plover plovers egret egrets ibises flamingo flamingos pelican pelicans
    cormorant cormorants warbler warblers sunbird sunbirds""".split()
)
"""(A ground and a beach: "at a Twenty20 match at Kensington Oval", "dinner at Lumley Beach",
corpora 98 and 99; a market and a firm of advisers: "a money-changer at the Marché Capitale",
"Saharan Subsurface Advisors", corpus 101; a translation's note, "[Unofficial English version
prepared for ...]", corpus 107; a file's parts and a payment brand: "(A) SHOW CAUSE NOTICE",
"Customer Data", "Respected Madam", "a Kori Money point", corpus 117; a lender's name, "a private
message from "Ardfield Finance"", and a feast before a name, "At Easter Stanislav came again",
corpus 118; a duty log's abbreviated post before a name, "DIR De Florio A.", and a digest's
"Decision No. 3: Me Hicham AIT BOUZID", corpus 119; Indonesian places by what they are: "Natuna
Regency", "Selat Lampa" (a strait), "Desa Tanjung Sembilan" (a village), and birds as a bird
club's report writes them, "A Black Harrier quartered the dune slack", corpus 141.)"""


_SURNAMED = re.compile(
    rf"\bsurnamed\s+({_WORD})\b|\b(?:named|identified|known)\s+(?:[\w-]+\s+){{0,6}}?by\s+(?:his|her|their)\s+"
    rf"surname,?\s+({_WORD})\b"
)
"""A surname only: "a police dispatcher surnamed Lo", "named in court only by his surname,
Jlassi"."""
_CALLED = re.compile(
    r"\b(?:called\s+(?:him|her)self|calling\s+(?:him|her)self|who\s+went\s+by|known\s+(?:only\s+)?as|"
    # (Or with where it was: "a woman introduced herself to him in the square as Gwenaëlle Le
    # Bihan", a pipe band's report, corpus 167.)
    r"introduc(?:ed|ing)\s+(?:him|her)self\s+(?:\w+\s+){0,5}?as|"
    r"present(?:ed|ing)\s+(?:him|her)self\s+as(?:\s+(?:an?|the)\s+[^,.;()\x22“]{1,60}?,)?|"
    r"(?:using|used|uses)\s+the\s+name|under\s+the\s+name|code-?named|"
    r"gave\s+(?:his|her|their)\s+name\s+as|identified\s+(?:in\s+\w+\s+)?only\s+as|"
    # (Or as what they claimed to be, then the name: "a man presenting himself as the
    # distributor's regional representative, Martin Keller", corpus 148.)
    # "He asked us to use only his first name, Pishtiwan" (corpus 71).
    # (Or a stage name: "She asked us to use only her stage name, Lalou", corpus 142.)
    r"(?:use|used|using|gave|give|giving)\s+only\s+(?:his|her|their)\s+(?:first|given|stage|pen)\s+name,?|"
    r"said\s+(?:his|her|their)\s+name\s+was|(?:his|her|their)\s+name\s+was\s+(?:given\s+as\s+)?|"
    # ('a player called "Capt_Viktor", who said he was Víctor Salas, a first officer', corpus 113.)
    r"who\s+said\s+(?:he|she)\s+was|"
    r"signed\s+(?:his|her|their)\s+messages|signed\s+(?:him|her|them)sel(?:f|ves)(?:\s+as)?|"
    # "The contact, a woman who signed as Lisbeth Arndt" (corpus 79); "a member signing as Dr.
    # Torben Laub" (corpus 81).
    r"(?:who\s+)?(?:signed|signing|signs)\s+as|"
    # (Or signed in, as a club's or a site's visitors do: "a visitor who signed in as "Mr Anton
    # Reiss, safari operator, Nairobi"", corpus 153.)
    r"(?:who\s+)?(?:signed|signing|signs|checked|checking|checks|registered|registering)\s+in\s+as|"
    r"(?:the\s+(?:man|woman)\s+)?(?:he|she|they)\s+call(?:s|ed)|knew\s+(?:him|her|them)\s+(?:only\s+)?as|"
    r"went\s+by\s+the\s+name|(?:an?\s+)?alias|in\s+the\s+name\s+of|posing\s+as|"
    r"(?:account|profile|persona)\s+(?:called|named)|(?:was|were|been)\s+introduced\s+to|"
    # "a woman introduced as Dr Henrike Vos questioned her" (corpus 68)
    # (Or introduced by someone else: "a man whom the agent introduced as Mr Adrian Holt, a yacht
    # broker", the landlord who made the approach, corpus 126.)
    r"(?:whom|who)\s+(?:[\w'’-]+\s+){1,3}?introduced\s+(?:to\s+(?:him|her|them)\s+)?as|"
    # (Or whom the contact introduced under a quoted part: 'She then introduced him to "her
    # professor", Dr Julian Marsh', corpus 126.)
    r"introduced\s+(?:him|her|them)\s+to\s+[\"“][^\"”]{1,30}[\"”],|"
    # (Or to someone described first: "introduced him to a German-speaking collector, a Herr
    # Wolfgang Reinhold from Nuremberg", a model railway club's newsletter, corpus 169.)
    r"introduced\s+(?:him|her|them)\s+to\s+(?:a|an)\s+[^,.;\"“]{1,40},(?:\s+an?)?(?=\s)|"
    r"(?:man|woman|person|someone|officer)\s+introduced\s+as|(?:a|an)\s+(?:[\w-]+\s+)?(?:man|woman|"
    # ("with a contact person named "Dr Sarah Whitcombe"", corpus 93.)
    r"person|contact|stranger|user)\s+(?:named|called))\s+"
    # (With the title the cover claims: "a woman who called herself Ing. Marcela Rivas", corpus
    # 93.)
    r"[\"“‘']?(?:(?:Dr|Mr|Mrs|Ms|Prof|Lic|Ing|Engr|Abog|Sr|Sra|Srta|Don|Doña|Kak|Mdm|Madam|Mme|"
    r"Mlle|Herr|Frau|Señor|Señora|Senhor|Senhora|Ma['’]am|Sir)\.?\s+|"
    # (Or a rank, retired or not: "introduced himself as Captain (ret.) Alastair Venn", corpus
    # 115.)
    r"(?:Captain|Capt|Major|Colonel|Col|Commander|Cdr|Lieutenant|Lt|General|Gen|Admiral|Adm)\.?"
    r"(?:\s+\((?:ret|retd|rtd|retired)\.?\))?\s+(?=[A-Z]\w+\s+[A-Z]))?"
    # Up to four names: "introduced himself as Héctor Manuel Rosario Díaz".
    rf"({_WORD}(?:\s{_WORD}){{0,3}})"
)
_ANAPHOR = re.compile(
    r"\b(?:he|she|him|his|her|hers|himself|herself)\b|\bthe\s+(?:suspect|spy|accused|defendant|"
    r"man|woman|former\s+\w+|sailor|soldier|officer|official|engineer|employee|researcher|"
    r"scientist|student|translator|administrator|aide|analyst|contractor|professor|convict|"
    r"criminal|latter)\b"
    # The story's own requests and payments, told on: "By the third month, police say, the
    # requests had changed" (corpus 63).
    r"|\bthe\s+(?:requests|tasks|payments)\s+(?:had|have|then|soon|later|grew|rose|changed|"
    r"became|moved|turned|escalated|concerned|covered|included|involved)\b",
    # (Not "the person concerned": also the contact, "even if they have already had contact
    # with the person concerned", corpus 10.)
)
_THING_AFTER = re.compile(
    r"\s+(?:[A-Z]{2,}|(?:website|channel|chatbot|account|page|hotline|statement|figures|line|"
    r"address|form|app|portal|secrets|visit|duties|business|capacity|records|residence|"
    # (Or a place or a thing for them: "the employee health clinic", corpus 145.)
    r"health|clinic|handbook|benefits?|badge|entrance|canteen|union|survey|assistance|"
    r"parking|lounge|helpdesk|intranet)\b)"
)
"""After "the official": a thing it qualifies ("the official SBU chatbot"), not a person."""
_INTRODUCES_PERSON = re.compile(
    r"\b(?:a|an|the\s+former|a\s+former)\s+(?:[\w-]+\s+){0,3}(?:spy|suspect|man|woman|sailor|"
    r"soldier|officer|official|engineer|employee|researcher|scientist|student|person|citizen|"
    r"national|worker|analyst|contractor|aide|professor|translator|administrator|executive|"
    r"director|manager|technician|diplomat|servant|specialist|consultant)\b",
)
_THREATENED_OUTCOME = re.compile(
    r"\b(?:to\s+have\s+(?:him|her|them|you|me)|(?:could|can|would|might|may)\s+(?:easily\s+|always\s+)?"
    r"(?:be|get))\s+$"
)
"""Before an outcome's word: what someone could have done to a person ("to have him
arrested", "could be detained"), not what was done."""
_LED_AWAY = (
    r"taken\s+(?:away\s+)?from\s+(?:the|his|her|their)\s+(?:office|home|house|desk|flat|"
    r"apartment|workplace|lab|laboratory)\s+by\s+"
)
"""Led away by whoever came for the person: "was taken from the office by Investigation Bureau
officers" (corpus 179)."""
_OUTCOME = re.compile(
    r"\b(?:sentenced|sentencing|convicted|jailed|imprisoned|imprisonment|arrested|arrest|"
    r"detained|caught|charged|indicted|pleaded\s+guilty|pled\s+guilty|apprehended|"
    r"compulsory\s+measures|taken\s+into\s+custody|in\s+custody|found\s+guilty|prison|jail|"
    # (Or held before trial: "He is on remand awaiting trial"; or handed to the police by those
    # who stopped him: "the military police stopped him photographing a convoy ... and handed him
    # to the police", a burial society's minutes, corpus 158.)
    r"on\s+remand|remanded|handed\s+(?:him|her|them)\s+(?:over\s+)?to\s+the\s+police|"
    # (Or led away: "was taken from the office by Investigation Bureau officers", corpus 179.)
    + _LED_AWAY
    + r"(?:[\w-]+\s+){0,3}?(?:police|officers|agents|investigators|detectives)|"
    # (Not a complaint dismissed: "Decision No. 4: Me Driss EL OUAFI. Complaint dismissed", a
    # lawyer cleared, corpus 119.)
    r"ordered\s+to\s+serve|(?<!complaint\s)(?<!complaints\s)(?<!complaint\swas\s)dismissed|"
    r"fired|sacked|suspended\s+from|acquitted|acquittal|"
    # (Or suspended now, of a record's party: "Mrs Wanjiru Kamau-Ndegwa, the Club Starter, now
    # suspended", corpus 153.)
    r"(?<=\bnow\s)suspended\b|"
    # Gone with the job: "Before we could call him in, João resigned by email on 14/03 and flew
    # to Lisbon two days later" (an offshore base's handover memo, corpus 154).
    r"resign\w*\b[^.;]{0,60}?\band\s+(?:then\s+)?(?:flew|fled|left)\s+(?:to|for)\b|"
    # (Or "He resigned on 5 January with one week's notice, saying he was moving to Chile, and is
    # believed to be in Punta Arenas", corpus 155.)
    r"resign\w*\b[^.;]{0,60}?\bsaying\s+(?:he|she|they)\s+(?:was|were)\s+(?:moving|going|leaving)\s+"
    r"(?:to|for|abroad)\b|"
    # A log's decision: "Decision: Access suspended 05/10. ... Employment terminated 05/24"
    # (corpus 122).
    r"(?:^|(?<=:\s))(?:access|clearance|pass|badge)\s+(?:suspended|revoked|withdrawn)|"
    r"(?:^|(?<=:\s)|(?<=\.\s))employment\s+terminated|"
    # ("Ms Koubková's employment was terminated by agreement on 4 October", an export-control
    # committee's minutes, corpus 171.)
    r"(?:employment|contract)\s+(?:was|has\s+been|had\s+been)\s+terminated|"
    # ("The yard terminated his attachment on 12 December, retained the phone and informed the
    # appropriate authorities", an exam board's minutes, corpus 147.)
    r"terminated\s+(?:his|her|their)\s+(?:attachment|placement|internship|apprenticeship|"
    r"contract|employment|traineeship)|"
    # Sent home from a posting abroad: "His contract was terminated and he was repatriated on
    # the next rotator" (corpus 122).
    r"(?:he|she|they)\s+(?:was|were|has\s+been|had\s+been)\s+repatriated|"
    # Caught in the act: "the Chief Officer ... found Jun photographing the stowage plan in the
    # cargo office" (corpus 119).
    r"found\s+[\w'’-]+\s+(?:photographing|copying|filming|downloading|scanning)|"
    # (Or seen at it, with a title: "ER dispatcher Ricardo M. Alvarez sees Mr. Saavedra
    # photographing patient transfer forms", then "preventive suspension served", a hospital's
    # incident file, corpus 156.)
    # (From the one seen, not the one who saw: the match opens on the name.)
    r"(?:(?<=\bsees\s)|(?<=\bsaw\s)|(?<=\bseen\s)|(?<=\bspotted\s)|(?<=\bcaught\s)|"
    r"(?<=\bnoticed\s))(?!(?:him|her|them|me|us|it|someone|anyone|people|others?|staff|colleagues?|workers?|a|an|the|any)\b)(?:(?:mr|ms|mrs|dr)\.?\s+)?[\w'’-]+\s+"
    r"(?:photographing|copying|filming|downloading|scanning)|"
    r"(?:preventive\s+)?suspension\s+(?:order\s+)?(?:served|ordered|imposed|issued)\b|"
    # "Criminal proceedings against Mr Arregi Zabaleta are pending" (corpus 74).
    r"(?:criminal\s+)?proceedings\s+against|"
    # An employer's sanction: "the Respondent terminated his contract without notice" (corpus
    # 93).
    r"terminat(?:ed|ing|ion\s+of)\s+(?:his|her|their|the)\s+(?:employment\s+)?(?:contract|"
    r"employment)|"
    # Stopped with what they carried, a pass taken back: "had been stopped on 10 May near the
    # quay with a phone holding ... photographs", "His pass has been withdrawn" (corpus 91).
    # (Not "has suspended him from the base deliveries": who suspended him is named before.)
    r"(?:was|were|had\s+been|has\s+been)\s+stopped\s+(?:on\s+\d{1,2}\s+\w+\s+)?(?:at|near|on|in)\s|"
    r"(?:pass|badge|clearance|permit|access)\s+(?:has\s+been|had\s+been|was)\s+(?:withdrawn|revoked)|"
    # "Their employment with the Company has ended and the matter is now with the
    # authorities" (corpus 93).
    r"employment\s+(?:with\s+(?:[\w-]+\s+){1,4}?)?(?:has|had)\s+(?:ended|been\s+terminated)|"
    # "His traineeship has been terminated and the matter ... has been handed to the
    # authorities" (corpus 109).
    r"(?:traineeship|apprenticeship|internship|contract|appointment|secondment)\s+(?:has\s+been|"
    r"had\s+been|was|is)\s+(?:terminated|ended|cancelled|revoked)|"
    # Or told the other way: "The Base withdrew his pass the same day"; a contract suspended
    # "without pay pending the outcome of the authorities' inquiry" (corpus 93).
    r"(?:withdrew|revoked|cancelled|canceled)\s+(?:his|her|their)\s+(?:pass|badge|clearance|"
    r"permit|access)|(?:contract|employment)\s+(?:is|was|has\s+been|had\s+been)\s+suspended|"
    # A disciplinary sanction short of dismissal: "Recommendation for HR: written warning"
    # (corpus 91).
    r"(?:written|final)\s+warning|"
    # Found out on camera, taken off the job: "Corporate Security noticed her on the stand's
    # camera photographing the whiteboard", "The staffing agency removed her" (corpus 115).
    r"(?:noticed|spotted|seen|filmed|caught)\s+(?:him|her|them)\s+on\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:camera|cameras|cctv|footage)|"
    r"(?:agency|company|employer|firm|contractor)\s+(?:has\s+)?(?:removed|withdrew|barred)\s+"
    r"(?:him|her|them)\b|"
    # "He is suspended, and the matter is with the DSS" (corpus 96).
    r"(?:he|she|they)\s+(?:is|was|has\s+been|had\s+been)\s+(?:now\s+)?suspended\b(?!\s+sentence)|"
    r"arrest\s+warrant|warrant\s+for\s+(?:his|her|the)\s+arrest|stood\s+trial|wanted\s+notice|"
    r"(?:released|freed|granted)\s+(?:on\s+)?bail|"
    # Held before trial: "placed in preventive detention", "ordered him held ... pending
    # investigation", "remanded"; a sentence given: "received a two-year suspended sentence".
    r"(?:preventive|pre-?trial)\s+detention|remanded|"
    r"held\s+(?:\w+\s+){0,4}?pending\s+(?:investigation|trial)|"
    r"(?:suspended|prison|jail|custodial)\s+sentence|"
    r"referred\s+(?:\w+\s+){0,8}?to\s+(?:the\s+)?(?:public\s+)?prosecut(?:ors?|ion)|"
    r"(?:security|criminal|espionage|police)\s+investigation\s+into|"
    # "Criminal proceedings against Mr Arregi Zabaleta are pending ..., where he is presumed
    # innocent" (corpus 74).
    r"criminal\s+proceedings\s+against|presumed\s+innocent|"
    # "is now before the Magistrate's Court" (corpus 94).
    r"(?:is|was|are|were)\s+(?:now\s+)?before\s+the\s+(?:[\w'’-]+\s+){0,2}?court|"
    # "Disciplinary proceedings are under way; ... the matter has been referred to the State
    # Police" (corpus 74).
    r"(?:criminal|disciplinary)\s+proceedings\s+(?:are|were|have\s+been)\s+(?:under\s+way|"
    r"underway|opened|started|begun|initiated)|"
    r"referred\s+(?:\w+\s+){0,8}?to\s+the\s+(?:[\w-]+\s+)?police|"
    # Named as a suspect: "is suspected of passing information about a training area".
    r"suspected\s+of\s+(?:spying|espionage|treason|passing|selling|providing|handing|leaking|"
    r"collecting|photographing))\b",
)
_ACT = re.compile(
    r"\b(?:spy|spies|spied|spying|espionage|provided|providing|passed|passing|sold|selling|stole|"
    r"stolen|"
    r"stealing|leaked|recruited|turned|betrayed|handed\s+over|state\s+secrets|classified|"
    # ("Zdeněk printed the full member register ... and handed it over for CZK 20,000 in cash",
    # a housing cooperative's minutes, corpus 161.)
    r"handed\s+(?:it|them|these|those|this)\s+over|printed|"
    # ("It emerged that the equipment had been installed by the cooperative's superintendent,
    # Zdeněk Malý", corpus 161.)
    r"(?:had\s+been|was|were)\s+(?:secretly\s+)?(?:installed|fitted|mounted|planted)\s+by|"
    r"sent|shared|copied|copying|photographed|photographing|restricted|exported|uploaded|downloaded|"
    # ("Zsolti took photos on site with his phone twice, ... and gave Viktor a printout of the
    # pour schedule", a workers' hostel daybook, corpus 157.)
    r"took\s+(?:[\w-]+\s+){0,2}?(?:photos|photographs|pictures)\s+(?:of|on|at|in|inside)\b|"
    r"gave\s+[\w.-]+\s+(?:a|the)\s+(?:printout|print-out|copy|copies|photocopy)\b|"
    # "carried out paid tasks for his handlers for about nine months" (corpus 63).
    r"carried\s+out\s+(?:[\w-]+\s+){0,2}?tasks|paid\s+tasks|"
    # Paid for it: "is alleged to have received the equivalent of about 27,000 euros".
    r"received\s+(?:[\w,.$-]+\s+){0,6}?(?:euros|dollars|pounds|francs|cash|payments|money|"
    r"cryptocurrency|bitcoin|gift\s+cards)|"
    # (A currency's code before the sum: "He had received about USD 2,100 through a remittance
    # service", corpus 147.)
    r"received\s+(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?"
    r"(?:usd|eur|gbp|chf|us\$)\s*\d|"
    # (Not the "counter-intelligence officer" a report went to, corpus 38.)
    r"secret|confidential|(?<!counter-)(?<!counter\s)intelligence\s+(?:agency|agencies|service|"
    r"officer)|"
    # Paid by the piece: "Vincent paid P400 for each photo of a label or a manifest page" (a
    # depot's log, corpus 147).
    r"paid\s+[^.;]{0,30}?\bfor\s+(?:each|every)\s+(?:photo|picture|photograph|page|copy|list|"
    r"document|report|message|file|drawing))\b",
)
_A_CONTACTS_CALL = (
    r"(?:directly\s+|again\s+|unexpectedly\s+|out\s+of\s+the\s+blue\s+)?"
    r"(?:from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:number|phone|mobile)\b|"
    r"from\s+abroad\b|and\s+said\s+that\b[^.;]{0,160}?\b(?:invit\w*|offer\w*|pay|paid)\b)"
)
"""After whom a telephone call was made to: what tells a contact's call, not a call the person
made to report ("called Inese directly from a Russian number"; her aunt "phoned her and said
that "a very nice man ..." wanted to invite" her skaters, an ice hall's log, corpus 164)."""
_APPROACH = re.compile(
    r"\b(?:approached|contacted|invited|inviting|recruited|befriended|cultivated|messaged|"
    # A contact's call, ended at the verb so that whom it was made to, named after it, is the
    # one approached (see _A_CONTACTS_CALL).
    # Met someone who came with a name or a claim, kept from an approach it hid nothing of:
    # "There he met a woman introduced as Anya, who said she sold medical devices"; balked at
    # what was asked, "When Dr Seun hesitated over a second, more specific request"; and kept it
    # to themselves, "He did not say anything about the approach" (a medical practice's
    # minutes, corpus 164).
    # A letter or a message that came to the person: "In the spring a handwritten letter reached
    # her at the archive from a "Prof. Dr. Malcolm Hearst"" (a carnival society's circular, corpus
    # 167).
    r"(?:letter|e-?mail|message|invitation|parcel)\s+(?:reached|came\s+to|arrived\s+for|"
    r"was\s+(?:sent|delivered)\s+to)\s+(?:him|her|them)\b|"
    # (Or came from someone: "In mid-2024 he received a LinkedIn message from a "James
    # Whitlock"", a national daily's investigation, corpus 172.)
    # (Or "I got" one: "In February I got an InMail from "Daniel Koh, Senior Talent Partner"", a
    # networking site's post, corpus 176.)
    r"(?:(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bi\s))(?:received|got)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:message|e-?mail|inmail|dm|letter|call|invitation|offer|(?:friend|connection)\s+request)"
    r"\s+from\b|"
    r"met\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|person|stranger|couple)\s+"
    # (Or where: "she met a man at a climbing centre in Brno who called himself "Viktor"", corpus
    # 171.)
    r"(?:(?:at|in|on)\s+(?:[\w'’-]+\s+){1,6}?)?"
    r"(?:introduced\s+as|who\s+(?:said|called|introduced|gave|claimed|presented))\b|"
    r"hesitated\s+(?:over|at)\s+(?:a|the|his|her)\s+(?:[\w,-]+\s+){0,4}?request\b|"
    r"did\s+not\s+(?:say|mention|tell\s+(?:us|anyone|anybody))\s+(?:anything\s+)?about\s+the\s+"
    r"(?:approach|contact|offer|requests?|messages|payments?)\b|"
    r"(?:called|phoned|rang|telephoned)(?=\s+[\w'’.-]+"
    rf"(?:\s+[\w'’-]+)?\s+{_A_CONTACTS_CALL})|"
    # Told whoever runs the staff on the spot: "On 22 July he told the Caddie Master, who told
    # the Club Manager" (a golf club's minutes, corpus 153).
    r"(?:told|informed)\s+(?:the|his|her|their)\s+(?:caddie|station|yard|dock|berth|"
    r"quarry|site|shift|ward|house)\s+master\b|"
    # A reporting line called: "That same afternoon she called the ISD telephone line" (a
    # village council's minutes, corpus 134).
    r"(?:called|phoned|rang|dialled|dialed)\s+(?:the|a|its|their|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:telephone\s+|phone\s+|hot\s*|trust\s+|tip\s+|reporting\s+|security\s+|ethics\s+)line\b|"
    # Told in the first person: "she sent me the second survey" (a chat, corpus 90).
    # ("he introduced me to one of his customers", "He gave me a small phone only for talking
    # with him", a chat, corpus 94.)
    r"(?:he|she|they|someone)\s+(?:sent|offered|asked|wrote\s+to|messaged|contacted|paid|gave|"
    r"introduced|invited|took)\s+me\b"
    # (Not asked to put it on record: "dr. Fekete phoned ... She asked me to record that he came
    # forward on his own", a workers' hostel daybook's security manager, corpus 157.)
    r"(?!\s+to\s+(?:record|write|note|log|minute)\b)|"
    # Introduced by someone to the contact: "Sammy introduced TB to a man called Vincent, who
    # said he did "market research"" (a depot's log, corpus 147).
    # (Or met on a dating app: "Loïc DAUMAS-VIDAL, our preventive conservation technician, met
    # a young woman called "Inès" on a dating app in January", corpus 151.)
    # (Or met under a name in quotes, a cover's: "At the Brasil Offshore fair in 2023 he met a
    # "Greg Hollis" of "Southgate Energy Insights"", corpus 154.)
    r"\bmet\s+(?:a|an)\s+[\"“]\w|"
    # (Or told to keep it from everyone: "Hollis told him to keep the consultancy to himself",
    # corpus 154.)
    r"\btold\s+(?:him|her)\s+to\s+keep\s+(?:it|this|that|the|their|everything|[\w-]+\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:to\s+(?:him|her)sel(?:f|ves)|secret|quiet|between|from)\b|"
    # ("and told him to tell nobody, not even the hotel", corpus 155.)
    r"\btold\s+(?:him|her)\s+(?:to\s+tell\s+(?:nobody|no\s*one)|not\s+to\s+tell\s+anyone)\b|"
    # (Or not to say a word, lent money, or shown what was held over them: "Viktor lent him
    # 600,000 Ft", "He told him not to say a word to anybody on the site", "Viktor showed him a
    # photo of the signed receipt", a workers' hostel daybook, corpus 157.)
    r"\btold\s+(?:him|her)\s+not\s+to\s+say\s+(?:a\s+word|anything)\b|\blent\s+(?:him|her)\b|"
    r"\bshowed\s+(?:him|her)\s+(?:a\s+|the\s+)?(?:photo|picture|copy|screenshot)s?\s+of\b|"
    # (Or came to the writer's office with it: "He came to my office the next morning, 7
    # February, and I took him straight to Capt. Lekishon", corpus 155.)
    r"\bcame\s+to\s+(?:my|our)\s+office\b|"
    r"\bmet\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:woman|man|person|girl|guy)\b[^.;]{0,40}?\b"
    r"(?:on|through|via)\s+(?:a|an)\s+(?:dating|social|language-exchange|chat)\s+(?:app|site|"
    r"website|platform|network)\b|"
    # (Or put in touch with one: "his cousin in Marseille put him in touch with a diaspora
    # businessman, Léon Agopian", corpus 150.)
    r"(?:introduced\s+[\w.-]+\s+to|put\s+[\w.-]+\s+in\s+touch\s+with)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:man|woman|person|friend|"
    r"contact|businessman|businesswoman|buyer|client|consultant|researcher)\b|"
    # Asked, offered or paid by someone: "had been asked by his uncle to mount a camera".
    r"(?:was|were|had\s+been|has\s+been)\s+(?:asked|offered|paid|promised|tasked|instructed)|"
    # (Hyphenated too: "She received an e-mail from a man who signed as Jonas Bech", corpus 142.)
    r"(?:received|got)\s+an?\s+(?:[\w-]+\s+){0,3}(?:e-?mail|message|offer|invitation|call|request)|"
    # (With how it came between commas, and the message taken to someone: "she received,
    # through the Facebook page of the family business, a message ... She printed the message
    # and brought it to geom. Melis at the Land Office", corpus 136.)
    r"(?:received|got),\s+[^,.;]{1,80},\s+an?\s+(?:[\w-]+\s+){0,3}(?:e-?mail|message|offer|invitation|"
    r"call|request)|(?:brought|took|handed)\s+(?:it|them|the\s+(?:messages?|e-?mails?|letter|"
    r"screenshots?|printouts?))\s+to\b|"
    # ("accepted an invitation from the same "Institute"", corpus 95.)
    r"accepted\s+an?\s+(?:[\w-]+\s+){0,2}(?:offer|invitation)\s+(?:from|to)\b|"
    # "I have not answered" (a reader's letter, corpus 71).
    r"(?:have|has|had)\s+not\s+(?:answered|replied|responded)|"
    # ("I did not reply to him. The same evening I forwarded all his messages and the draft
    # agreement ... to the Research Security Desk", corpus 129.)
    r"(?:did\s+not|didn['’]t)\s+(?:reply|answer|respond)\b|"
    r"forwarded\s+(?:all\s+)?(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:messages|e-?mails|letters)\b|"
    # (A log's present tense, a thread, and what was given brought to the office: "Ms. Hadjirul
    # forwards the whole thread to dpo@ and to her department head, ..., and brings the tablet to
    # this Office", corpus 156.)
    r"forwards\s+(?:all\s+)?(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:messages|e-?mails|letters|"
    r"thread|chats?|correspondence)\b|forwarded\s+(?:the\s+)?(?:whole\s+)?thread\b|"
    r"(?:brings|brought|takes|took)\s+(?:it|them|the\s+[\w-]+)\s+to\s+(?:this|our|my)\s+office\b|"
    r"said\s+no|ended\s+the\s+(?:call|conversation|contact|meeting)|"
    # ("Inese said she would not help, and hung up", corpus 164.)
    r"(?:would|will)\s+not\s+help\b[^.;]{0,30}?\bhung\s+up\b|"
    # ("She phoned HLT the same evening", "because SH came to him at once", a cycling club's
    # minutes, corpus 142.)
    # (Not an official's "we informed the competent authorities the same day", corpus 60.)
    r"(?<!\bwe\s)(?<!\bthey\s)(?:phoned|rang|called)\s+(?:[\w.-]+\s+){1,2}?(?:that\s+|the\s+)?"
    r"same\s+(?:day|evening|night|afternoon|morning)\b|"
    r"came\s+to\s+(?:him|her|me|us|them)\s+(?:at\s+once|straight\s+away|right\s+away|immediately)\b|"
    # ("Because she come straight away, not one manifest leave that desk", a briefing told in
    # the uninflected past, read "came", corpus 147.)
    # (Or called by the job: "because the administrator came at once, not a single name of a
    # guest left the guest house", corpus 148.)
    # (Or by name: "Because Bakari came at once, the device was never used", corpus 155.)
    r"because\s+(?:he|she|they|the\s+[\w-]+|[\w\x27’-]+)\s+came\s+(?:in\s+|forward\s+)?(?:at\s+once|straight\s+away|"
    r"right\s+away|immediately)\b|"
    # (Or rang before doing anything: "because she rang before doing anything, there was nothing
    # to repair", a Pemba firm's briefing notes, corpus 158.)
    r"because\s+(?:he|she|they|the\s+[\w-]+|[\w\x27’-]+)\s+(?:rang|called|phoned|asked|came|"
    r"checked|reported\s+it)\s+before\s+(?:doing|sending|giving|answering|replying\s+to)\s+"
    r"anything\b|"
    # ("On advice, Mr Kühl broke off contact and handed over the correspondence", corpus 143.)
    r"broke\s+off\s+(?:all\s+)?(?:the\s+)?(?:contact|communication|correspondence)\b|"
    r"handed\s+over\s+(?:the|his|her|their|all\s+the)\s+(?:[\w-]+\s+)?(?:correspondence|messages|"
    r"e-?mails|letters|chats|screenshots)\b|"
    # A walk-in: "A man presented himself voluntarily, accompanied by his lawyer" (a police
    # blotter, corpus 84).
    r"presented\s+(?:him|her|them)sel(?:f|ves)\s+voluntarily\b|"
    # ("Then he offered to lease a thirty-by-thirty corner of Dutch's quarter", "He did not
    # sign, and he called our office that afternoon", a sheriff's newsletter, corpus 140.)
    r"offered\s+to\s+(?:lease|rent|buy|hire)\b|(?:did\s+not|didn['’]t)\s+sign\b|"
    # (Or a contract or a post offered: "Whitlock offered a twelve-month contract "instructing
    # basic maritime helicopter flying"", a national daily's investigation, corpus 172.)
    r"offered\s+(?:(?:him|her|them)\s+)?an?\s+(?:[\w-]+\s+){0,3}?(?:contract|retainer|post|"
    r"position)\b|"
    r"(?:called|phoned|rang)\s+(?:our|the|his|her|their)\s+(?:[\w-]+\s+)?(?:office|station|"
    r"detachment)\b|"
    # ("Kudō-san told him no that evening. The next morning he took the speaker, unopened, and
    # the messages to the Misawa Police Station", corpus 138.)
    r"told\s+(?:him|her|them)\s+no\b|(?:brought|took|handed)\s+(?:the|his|her|their)\s+[^.;]{0,80}?"
    r"\bto\s+the\s+(?:[\w-]+\s+){0,3}?(?:police(?:\s+station)?|security\s+office|station)\b|"
    # ("Because he spoke up that same evening, nothing of his reached Kerner", corpus 96.)
    r"spoke\s+up\b|"
    # ("Ms Tongatule answered none of those questions. She declared the tablet the next morning
    # and told the Secretary to Government in person", corpus 121.)
    r"answered\s+(?:none\s+of\b|nothing\b)|declared\s+(?:the|it|them|both|a|an)\s+(?:[\w-]+\s+){0,2}?"
    # (A present, not an invitation: a benign contrast declares those, "She declared the
    # invitation on the Foreign Contacts and Travel form", corpus 70.)
    r"(?:tablet|gift|present|phone|laptop|money|payment|watch)s?\b|"
    r"told\s+the\s+(?:permanent\s+)?secretary(?:\s+to\s+(?:the\s+)?government|\s+general)?\b|"
    # "Ben did not send anything. That same week he spoke to his foreman" (corpus 72).
    r"(?:did\s+not|didn['’]t)\s+(?:send|give|hand\s+over|search|check|look\s+up|copy|open)\s+"
    r"(?:him\s+|her\s+|them\s+)?"
    # ("Ms Kralec did not open a single record", corpus 79.)
    r"(?:anything|a\s+single\s+[\w-]+)|"
    # "She came to me the next morning and we went together to the police" (corpus 73).
    r"(?:went|came|go)\s+(?:together\s+|straight\s+)?to\s+the\s+police\b|"
    # ("went with him to the police, handing over her phone"; "filled in the tip form on the
    # website of PET"; "because Paapa reported at the second message, nothing was lost", a
    # hunters' association's record, corpus 161.)
    r"went\s+with\s+(?:him|her|them)\s+to\s+the\s+police\b|"
    # ("on Monday morning she and I went together to ing. Lo Giudice"; "Because she spoke at
    # once, the matter ended with a note in the security file", an airport chaplaincy's report,
    # corpus 163.)
    r"\b(?:she|he|they)\s+and\s+i\s+went\s+(?:together\s+)?to\b|"
    # ("In the spring a man introduced himself to him in the ground-floor cafe as Viktor", a
    # hospital volunteers' note, corpus 163: done to whom "him" means.)
    r"\bintroduced\s+(?:him|her|them)sel(?:f|ves)\s+to\s+(?:him|her)\b|"
    # (From the verb, so that whoever the sentence names or means before it is its subject:
    # "Mayor Agus said that because he spoke up straight away", corpus 141.)
    r"\bspoke\s+(?:at\s+once|straight\s+away|immediately|right\s+away|"
    r"the\s+same\s+(?:day|evening|night|morning))\b|"
    # ("He has given an account to the police and to the board", corpus 161.)
    r"(?:gave|given|giving)\s+(?:a\s+full\s+|an\s+|a\s+written\s+|his\s+|her\s+)?account\s+"
    r"(?:of\s+[^.;]{1,40}?\s+)?to\s+the\s+(?:police|board|security|investigators?)\b|"
    # (Or the service's own: "she filled in the State Security Service's online report form",
    # corpus 164.)
    r"(?:filled\s+in|filled\s+out|completed|submitted|sent|used)\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:tip|report(?:ing)?|contact|online)\s+form\b|"
    # (From the verb, by the moment it names: "because Paapa reported at the second message";
    # not "because he reported before answering", whose "he" may mean whom the sentence before
    # told, "... and informed Major KUO. He declined the September trip", corpus 140.)
    # (Not the passive of a rule: "any approach ... must be reported at once", corpus 102.)
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"\breported\s+(?:at\s+(?:once|the\s+(?:first|second|very\s+first)\b)|straight\s+away|"
    r"immediately|right\s+away|the\s+same\s+(?:day|evening|night|morning))|"
    # ("they would give her VT 20,000 every month if she told them who came and went", corpus
    # 146: money promised to whom "her" means.)
    r"(?:they|he|she)\s+would\s+(?:give|pay|send)\s+(?:him|her|them)\s+(?:[\w$€£₱.,-]+\s+){0,2}?"
    r"(?:every|each|a|per)\s+(?:month|week|day|time)\b|"
    # ("Mimi still went to her interview, told the panel everything", "Mimi told her aunty ...
    # that same night", corpus 146.)
    r"told\s+(?:the|her|his|their)\s+(?:[\w-]+\s+)?(?:panel|board|interviewers?|employer|boss|"
    r"supervisor|manager)\s+everything\b|told\s+(?:her|his|their)\s+(?:aunty|auntie|aunt|uncle|"
    r"mother|father|parents|husband|wife)\b[^.;]{0,60}?\b(?:that|the)\s+same\s+"
    r"(?:night|evening|day|morning|afternoon)\b|"
    # ("The next morning we drove together to the ABW, the Internal Security Agency", corpus
    # 128.)
    r"(?:went|drove|walked|came)\s+(?:together\s+|straight\s+|directly\s+)?to\s+the\s+"
    r"(?:[\w-]+,\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:security|intelligence|counter-?intelligence)\s+"
    r"(?:agency|service)\b|"
    # "he went to his chief", "walked into the secrecy office" (corpus 82; the security officer
    # and office are below).
    # ("Because seu Tonho came to us the morning after the first question", said by the Centre
    # he reported to; "came to the Security and Counter-intelligence Section", corpus 109.)
    # (Not "he came to us himself" in a named official's words, whose "us" is theirs, nor the
    # advice "Come to us the same day", corpora 37 and 60.)
    r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?:went|walked|came)\s+(?:straight\s+|directly\s+)?"
    r"to\s+us\b|"
    r"(?:went|walked|came|go|turned)\s+(?:together\s+|straight\s+|directly\s+)?(?:to|into)\s+"
    r"(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:security\s+cell|superiors?|supervisor|chief|"
    r"security\s+(?:and\s+[\w-]+\s+)?(?:section|unit|department)|"
    # ("she went to the FMC Manager, Kalo Toara Nasak, told him what she had done and showed
    # him the e-mail", corpus 98.)
    # ("The following morning he went to the head of the First Department", corpus 116.)
    # ("The same day she went to the first department with her phone", the secrecy department
    # of a post-Soviet workplace, corpus 148.)
    r"boss|commander|(?:line\s+)?manager|secrecy\s+office|head\s+of\s+(?:the\s+)?[\w-]+|"
    r"first\s+department)\b|"
    r"told\s+(?:him|her|them)\s+what\s+(?:he|she|they)\s+had\s+(?:done|sent|given)\b|"
    r"showed\s+(?:him|her|them)\s+the\s+(?:[\w-]+\s+)?(?:messages?|e-?mails?|letters?|chats?|"
    r"screenshots?)\b|"
    r"(?:informed|spoke\s+to|talked\s+to)\s+(?:his|her|their|the)?\s*(?:[\w'’-]+\s+){0,3}"
    r"(?:security|unit|office|department|superiors?|manager|employer|directorate|foreman|"
    r"supervisor)|"
    # "told his unit security officer the next morning", "told her principal everything"
    # (corpus 74).
    # (Not what should have been done: "Had she told her bureau's security manager at the first
    # request", corpus 53.)
    r"(?<!had\sshe\s)(?<!had\she\s)(?<!had\sthey\s)"
    # ("told the duty supervisor that a man ... had offered him SCR 5,000", corpus 97.)
    r"told\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:security\s+(?:officer|manager|office)|"
    r"superiors?|supervisor|line\s+manager|principal|commander|commanding\s+officer)\b|"
    # "He gave Jim nothing" (corpus 74), as "sent nothing"; "I never gave him a single page"
    # (corpus 79).
    r"gave\s+(?:\w+\s+)?nothing\b|never\s+gave\s+(?:him|her|them)\s+(?:a\s+single|any)\b|"
    # ("The employee brought him nothing. ... Because she came to us at his first request for
    # anything from the building, nothing left", corpus 126.)
    r"brought\s+(?:\w+\s+)?nothing\b|"
    # Told to the writer at once, and what was given handed in: "He called me the same
    # afternoon, and the next morning he brought in the crate, the note and his phone" (a
    # compliance officer's notice, corpus 135).
    # (Not whoever passed it on: "her supervisor, Lcda. Kerly Alcívar Pincay, who phoned me at
    # once", corpus 126.)
    r"(?<!\bwho\s)(?:called|phoned|rang|texted)\s+(?:me|us)\s+(?:the\s+(?:same|next|following)\s+|"
    r"that\s+(?:same\s+)?(?:day|afternoon|evening|morning|night)|at\s+once|straight\s+away|"
    r"right\s+away|immediately)|brought\s+in\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:crate|box|parcel|package|envelope|cash|money|phone|device|camera|note|letter|gift)s?\b|"
    # (Or came at the first request, to whom the sentence needs not say: "because he came at the
    # first request, nothing about any guest left the bar", corpus 148.)
    r"came\s+(?:to\s+(?:us|him|her|me|them)\s+)?at\s+(?:the|his|her|their)\s+(?:very\s+)?"
    r"first\s+(?:request|question|approach|offer)\b|"
    # Told someone at once, whom the record calls by a post's letters: "Nuwan said he would
    # think about it and told SM at the start of his next shift" (a hotel's minutes, corpus 148;
    # "SM" is its Security Manager). (Not "we" or "they", an office passing it on.)
    r"(?<!\bwe\s)(?<!\bthey\s)told\s+(?!(?:him|her|them|me|us|you|it)\b)[\w.-]+\s+"
    r"(?:at\s+the\s+start\s+of\s+(?:his|her|their)\s+next\s+shift|(?:the|that)\s+(?:same|next)\s+"
    r"(?:day|morning|evening|afternoon|night))\b|"
    # A report by telephone: "we rang the police station", "rang the hotline" (corpus 79).
    r"(?:rang|phoned|rung)\s+(?:up\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:police|hotline|security|"
    r"(?:telephone|phone|reporting)\s+line|helpline)\b|"
    # (Or all of it: "she reported everything to the head of her office", a motorcycle club's
    # bulletin, corpus 166.)
    r"reported\s+(?:it|them|this|everything|all\s+of\s+it|the\s+whole\s+(?:thing|story)|"
    # (Or what came: "reported the meeting and the letter that same afternoon", a carnival
    # society's circular, corpus 167.)
    r"the\s+(?:approach|conversation|contact|offer|incident|matter|meetings?|letters?|calls?|"
    r"e-?mails?|requests?|messages?|exchanges?|chats?))|reported\s+(?:early|promptly|at\s+once|immediately|"
    # ("because he reported of his own will, within days", corpus 116.)
    r"voluntarily|of\s+(?:his|her|their)\s+own\s+(?:free\s+)?(?:will|accord))|"
    r"stopped\s+(?:replying|answering|responding)|"
    # ("because Mrs Giménez Cáceres reported the very first request, nothing ... left the
    # company", corpus 125.)
    r"reported\s+(?:the|his|her|their)\s+(?:very\s+)?first\s+(?:odd\s+|strange\s+)?"
    r"(?:requests?|approach|message|offer|contact|question)\b|"
    # Passed the evidence on: "He sent screenshots to Ing. Šimko the same evening", "she showed
    # the message to the chief of the post" (corpus 91).
    r"(?:sent|forwarded|passed|handed|showed|took)\s+(?:the\s+|his\s+|her\s+|their\s+|all\s+)?"
    r"(?:[\w-]+\s+)?(?:screenshots?|screen\s+shots?|messages?|e-?mails?|chats?|correspondence)\s+"
    r"(?:on\s+)?to\b|"
    r"reported\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:suitor|contacts?|approach(?:es)?|"
    r"stranger|man|woman|messages?|emails?|offers?|requests?|invitation|conversations?|meeting)\s+to\b|"
    # (Not "police declined to name the country": press language, no approach turned down.)
    r"declined(?!\s+to\s+(?:name|comment|say|give|confirm|identify|disclose|discuss|reveal|"
    r"elaborate|specify|answer))|refused|did\s+not\s+(?:reply|answer|respond)\b|alerted|"
    r"turn(?:ed)?\s+down|"
    # A stranger's first message: "a client ... wrote to him unprompted" (corpus 86).
    r"(?:wrote|reached\s+out)\s+to\s+(?:him|her|them)\s+(?:unprompted|unannounced|"
    r"out\s+of\s+the\s+blue|without\s+warning|unsolicited)\b|"
    # A chronology told in the present: "She refuses. ... Before starting work, Mlle Camara
    # tells the Managing Director what happened" (corpus 75).
    r"refuses|turns\s+(?:it\s+|them\s+)?down|"
    r"(?:told|tells)\s+(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:director|manager|"
    r"supervisor|superiors?|security\s+(?:officer|manager|office)|compliance\s+officer)"
    # (Their name between: "told the station manager, Hazel Tregear, everything", corpus 81.)
    r"(?:,\s+[^,.;]{1,40},)?\s+"
    r"(?:what\s+(?:had\s+)?happened|everything|about\s+(?:it|the\s+(?:approach|offer|request)))|"
    # "He did not accept the camera and did not agree to anything" (corpus 81).
    r"did\s+not\s+(?:accept|take)\s+(?:the|his|her|their|any)\b|did\s+not\s+agree\s+to\s+anything|"
    r"(?:tried|trying|attempt(?:ed|ing)?|sought)\s+to\s+recruit|"
    # "a stranger tried to make her work for him"
    r"(?:tried|trying|attempt(?:ed|ing)?|sought)\s+to\s+(?:make|get|turn)\s+(?:him|her|them)\s+"
    r"(?:to\s+)?(?:work|spy)\s+for|"
    r"reported\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:member|colleague|acquaintance|neighbou?r|friend|man|woman|person|parent)\b|"
    r"(?:commended|praised|thanked)\s+(?:\w+\s+){0,6}?(?:for|after)\s+(?:\w+\s+){0,2}?report\w*|"
    # "he gave the envelope to his company's security manager" (corpus 77).
    # ("She took the whole thing to the security officer the same day", corpus 78.)
    # ("took his phone to the Office of National Security", corpus 98.)
    # ("he took the business card and printed e-mails to his departmental security officer",
    # corpus 130.)
    r"(?:took|brought|handed|gave)\s+(?:it|them|(?:the|his|her|their)\s+[^.;]{1,50}?)\s+"
    r"(?:straight\s+)?to\s+(?:our|his|her|their|the)\s+(?:[\w'’-]+\s+){0,3}?security|"
    # ("because Ian reported before the request for proposals went out", corpus 130.)
    r"reported\s+(?:it\s+)?before\s+(?:the|any|anything|a|he|she|they)\b|"
    # Told they had done the right thing: "the security officer told her she had done exactly
    # the right thing" (corpus 78).
    r"told\s+(?:him|her|them)\s+(?:that\s+)?(?:he|she|they)\s+had\s+done\s+(?:exactly\s+)?"
    r"the\s+right\s+thing|"
    r"(?:used|filled\s+(?:in|out)|completed|submitted)\s+the\s+(?:\w+\s+)?(?:contact|reporting|online)\s+form|"
    # Asked for two things, "Bence did neither" (corpus 77).
    r"did\s+neither\b|"
    r"handed\s+(?:them|it|the\s+[\w-]+)\s+(?:over\s+)?to|"
    # "reported a recruitment attempt by a foreign intelligence service" (corpus 45)
    r"reported\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attempt|approach|pitch)\b|"
    # A report through the channel meant for it, or made whatever it was about: "reported
    # through the Department's internal information channel", "reported the above to the
    # resort's security manager", "made her report the same afternoon", "whose early report
    # made it possible" (corpus 74).
    r"reported\s+(?:it\s+|this\s+)?(?:through|via|on|using)\s+(?:the|his|her|their|its|an?)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:channel|line|hotline|form|portal|system|procedure)\b|"
    r"reported\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:security|police|manager|superiors?|supervisor|employer|coordinator|directorate|commander)\b|"
    r"(?:made|filed|submitted|lodged)\s+(?:his|her|their)\s+(?:\w+\s+)?report\b|"
    r"whose\s+(?:early\s+|prompt\s+|timely\s+|swift\s+)?report\b|"
    # "It arrived in his personal inbox"; "he had returned the first fee" (corpus 68)
    r"arrived\s+in\s+(?:his|her|their|my)\s+(?:[\w-]+\s+)?inbox|"
    r"returned\s+(?:the|his|her|their|all\s+the)\s+(?:first\s+)?(?:fees?|money|payments?|cash)\b|"
    # "called his shipping company's security officer that evening" (corpus 68); "phoned the
    # chief of station" (corpus 81).
    # ("telephoned the duty officer of the Security Department", corpus 110.)
    r"(?:called|phoned|rang|telephoned)\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:security|superiors?|supervisor|line\s+manager|commander|hotline|chief|boss)\b|"
    # ("Because he reported at the very first request, no route ... ever left", corpus 110.)
    r"reported\s+(?:it\s+)?at\s+the\s+(?:very\s+)?first\s+(?:request|approach|question|offer)\b|"
    # "He declared the interview to his chief afterwards", "wrote down every conversation for
    # the navy's security officer" (corpus 81).
    r"declared\s+(?:it|them|this|the\s+(?:[\w-]+\s+)?[\w-]+)\s+to\s+(?:his|her|their|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:chief|boss|superiors?|supervisor|manager|security|commander)\b|"
    r"wrote\s+(?:down|up)\s+(?:[\w-]+\s+){0,3}?for\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:security|superiors?|supervisor|manager|chief|commander)\b|"
    # The security officer's own words: "He came to us ... before he had handed over a single
    # page" (corpus 81).
    r"(?:came|went|walked)\s+(?:straight\s+)?to\s+(?:us|me)\s+(?:when|before|the\s+(?:same|next)|"
    r"that\s+(?:same\s+)?(?:day|evening|morning|afternoon)|at\s+once|straight\s+away|as\s+soon)|"
    # "called the General Directorate of General Security's reporting number" (corpus 69).
    r"(?:called|phoned|rang|telephoned|used)\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:reporting|tip-?off)\s+(?:number|line|hotline)|"
    # "showed the messages to her hospital director" (corpus 66)
    r"showed\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:messages?|e-?mails?|letters?|offers?|requests?|"
    r"chats?|invitation))\s+to|"
    # Someone the approach was made to: "was asked for", "was told to", "was introduced to".
    r"(?:was|were)\s+(?:later\s+|then\s+|also\s+|first\s+|soon\s+|repeatedly\s+)?"
    r"(?:asked|told|offered|introduced|pressured|pressed|threatened|urged|instructed|promised|"
    r"looked\s+up|sought\s+out|"
    r"tasked|encouraged|persuaded)\b|"
    r"forwarded\s+(?:it|them|the\s+(?:\w+\s+)?(?:messages?|emails?|exchange|request|offer))\s+to|"
    r"sent\s+nothing|turned\s+(?:it|them|him|her|the\s+\w+)\s+down|"
    r"took\s+screenshots|(?:asked|asking|offered|offering)\s+(?:him|her|them)\b|(?:came|come|coming)\s+forward|"
    r"admitted\s+what|confessed|owned\s+up|"
    # Approached and kept it to themselves: "Mrs Hossenbux did not report these messages to her
    # employer", "R.H. never reported the contact" (corpus 74).
    r"(?:did\s+not|didn['’]t|never)\s+report\s+(?:it|them|this|these|the|any)\b|"
    # Came forward with what was given: "Exhibit KM/7, surrendered voluntarily by Mr Jean Clency
    # Bégué", "he surrendered his telephone and the sum received" (corpus 74).
    r"surrendered\s+(?:voluntarily|(?:his|her|their)\s+(?:\w+\s+)?(?:phone|telephone|passport|"
    r"devices?|laptop|money|cash|sum|payments?))\b|"
    # "came to his office and disclosed that he had accepted a total of $2,400" (corpus 70).
    r"disclosed\s+that\s+(?:he|she|they)\s+had|"
    r"told\s+(?:him|her|them|officers|police|investigators)\s+(?:\w+\s+)?everything|"
    r"turned\s+(?:him|her)sel(?:f|ves)\s+in|"
    # "Yulianti walked into a police station in Sapporo ... and handed over her phone".
    r"walked\s+into\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:police\s+station|police\s+headquarters|"
    r"prosecutor\W?s\s+office|security\s+office)|"
    # ("she went to the head of the company's security department")
    r"(?:went|go|going)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:security\s+(?:manager|officer|"
    r"office|department|unit)|police|"
    # "she went to the National Security Agency": the state's security or intelligence service.
    r"(?:security|intelligence|counter-?intelligence)\s+(?:agency|service|directorate|bureau))|"
    r"(?:decided|declined|chose)\s+not\s+to\s+(?:bring|file|press)\s+charges|voluntary\s+disclosure|"
    # "is the Crown's main witness": someone approached who testifies against the recruiters.
    r"(?:main|key|chief|star|prosecution)\s+witness|"
    # "The second case involved Lieutenant Folake Adéyèmi": whom a case is about.
    r"(?:first|second|third|other|another)\s+case\s+(?:involved|involves|concerned|concerns)|"
    # "reported to her commanding officer the same afternoon".
    r"reported\s+to\s+(?:his|her|their|the)\s+(?:\w+\s+){0,2}?(?:commanding\s+officer|commander|"
    r"superiors?|supervisor|manager|security|head\s+of)|"
    r"(?:went|go|going)\s+to\s+(?:his|her|their)\s+(?:\w+\s+)?(?:supervisor|manager|superiors?|"
    r"security|boss|employer|commanding|commander)|"
    # "she had hesitated for about an hour before telling her manager".
    r"(?:told|telling|informed|informing)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:supervisor|"
    r"manager|superiors?|security|boss|employer|commanding|commander|"
    # "She told her university president the morning she landed" (corpus 69): the head of
    # where they work.
    r"president|director|dean|principal|rector|vice-chancellor|chief|head)|"
    # "told the Chief Registrar, Marcel Naunun, the following day".
    r"told\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:registrar|supervisor|manager|director|head|chief|"
    r"commander|superiors?|security\s+(?:officer|office|department)))\b",
)
_AGENT_JOBS = (
    "control",
    "travel",
    "ramp",
    "sales",
    "estate",
    "insurance",
    "shipping",
    "booking",
    "ticket",
    "ticketing",
    "handling",
    "service",
    "check-in",
    "freight",
    "leasing",
    "letting",
    "cargo",
    "passenger",
)
"""Trades whose worker is an agent ("a load control agent, Edmilson Fortes Tavares", corpus
91), not an investigating or intelligence agent."""
_OFFICIAL_CONTEXT_BEFORE = re.compile(
    r"\b(?:officer|"
    + "".join(rf"(?<!{job}\s)" for job in _AGENT_JOBS)
    # (Not the verb: "The committee does not judge Ionuț", corpus 96.)
    + r"agent|official|investigator|prosecutor|(?<!not\s)(?<!to\s)(?<!n[\x27’]t\s)judge|spokes\w+|"
    r"minister|editor|"
    # (Not a company's own: "the company's sole director, Mr Jon Mikel Arregi Zabaleta, told
    # her to send the same backups", corpus 74.)
    r"reporter|attorney|lawyer|detective|(?<!sole\s)(?<!managing\s)director|chief|head|counsel|"
    r"solicitor|barrister|"
    # (Or who defends: "his attorney, federal public defender Naomi Feld", corpus 178.)
    r"public\s+defender|"
    # "Solicitor General", "Director-General": the office with its rank.
    r"advocate)s?(?:[- ]general)?,?\s+(?:(?:for|of)\s+the\s+(?:accused|defendant|defence|"
    r"defense),?\s+)?"
    # An honorific between the office and the name: "Special Branch director Datuk Hafiz",
    # "Solicitor General Cllr. Augustine Flomo" (a counsellor-at-law).
    r"(?:named\s+|mr\.?\s+|ms\.?\s+|mrs\.?\s+|dr\.?\s+|datuk\s+|dato'?\s+|datin\s+|"
    r"tan\s+sri\s+|tun\s+|haji\s+|sheikh\s+|sir\s+|dame\s+|cllr\.?\s+|hon\.?\s+|"
    r"adv\.?\s+|me\.?\s+|ma[iî]tre\s+|counsell?or\s+|"
    # (A French courtesy title: "signed by our Director, Madame Marie-Claire Ngo Nyemb", corpus
    # 146.)
    r"madame\s+|mme\.?\s+|monsieur\s+|m\.\s+)?"
    # A rank, retired or not: "The Ministry Security Officer, Major (Rtd) Felix Mkandawire"
    # (corpus 97).
    r"(?:(?:major|colonel|lieutenant|captain|brigadier|general|commander|sergeant|inspector|"
    r"superintendent)\s+(?:\((?:rtd|retd|ret|retired)\.?\)\s+)?)?$|"
    # "..., said Mariana Ochoa, a consultant who advises ...": someone quoted, not the case.
    r"[,\"”]\s*said\s+(?:dr\.?\s+|prof\.?\s+)?$",
    re.IGNORECASE,
)
_SPOKESPERSON_AFTER = re.compile(
    r",\s+(?:\d{1,2},\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\b|"
    # "by Major Dritan Lleshi, security officer of Kuçova Air Base" (corpus 87): whoever runs an
    # organisation's security, named with the post, reports as part of the job.
    r",\s+(?:the\s+)?(?:[\w-]+\s+)?security\s+(?:officer|manager|chief|head|director)\s+"
    r"(?:of|at|for)\b|"
    # ("Eglė Petrauskienė, head of the security and civil protection unit", corpus 131.)
    # (Not ", the head of ...", which may open the next clause's subject: "with the written
    # consent of V. G. Țurcanu, the head of the Security and Information Protection Service
    # ...", corpus 118.)
    r",\s+(?:head|chief|director|manager)\s+of\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?security\b",
    re.IGNORECASE,
)
"""After a name: "Colonel Phạm Văn Tùng, a spokesman for the ministry": who speaks for an
office is never the case."""
_OF_SECURITY_BODY_AFTER = re.compile(
    r"\s+(?:of|from)\s+(?:the|our|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:[Ss]ecurity|[Cc]ounter-?intelligence|"
    r"[Ii]ntelligence)\s+(?:[Dd]irectorate|[Dd]epartment|[Ss]ervice|[Oo]ffice|[Dd]ivision|[Uu]nit|[Aa]gency|"
    r"[Ss]ection|[Tt]eam)\b"
)
"""After a name: whom the person works for is a security body ("of the Security Directorate"),
someone who takes reports, never the case."""
_SECURITY_HEAD = re.compile(
    # ("The Director of the Security Directorate, Colonel Bigirimana Léonidas", corpus 106.)
    r"\b(?:(?:head|chief|director|manager)\s+of\s+(?:\w+\s+)?security(?:\s+(?:directorate|"
    r"department|division|office|service|unit|section|team|bureau))?|"
    # "she told the company's security manager, Rhodri Imrie": whoever the report went to.
    # ("our Security Vetting Officer, Mrs J. Ashworth", corpus 127.)
    r"security\s+(?:vetting\s+|liaison\s+|duty\s+)?(?:manager|officer|chief|head|adviser|advisor|lead|director)|"
    # "the OTR's Internal Affairs Division, headed by Essowè Bakali" (corpus 101): who runs
    # the office that examined the case.
    r"(?:division|department|directorate|unit|office|service|section|bureau|inspectorate|"
    r"committee|commission|team),\s+(?:headed|led|chaired|directed|run)\s+by)"
    # Then the name, or a title before it ("Mr."), never another clause ("reported him to the
    # security officer, and Amupolo was arrested").
    r",?\s+(?-i:[A-Z][\w.]*\s+)?$",
    re.IGNORECASE,
)
_TOLD_ABOUT_CASE = (
    r"told\s+(?:the\s+(?:court|hearing|tribunal|judges?|jury|committee)|reporters|journalists)"
)
"""Speaking about a case to a court or to reporters."""
_TELLS_COURT = re.compile(rf"\s+{_TOLD_ABOUT_CASE},")
"""After a name, as an aside ("..., Augustine Flomo told the court, Kollie was ..."): the one
who speaks about the case, not whom the sentence is about ("al-Hajj told the court in March"
is said by the case himself)."""
_SAYS_OF_ANOTHER = re.compile(
    r"(?:,\s+[^,.;]{1,80},)?\s+(?:said|says|told\s+(?:\w+\s+){0,2}?(?:that\s+)?|added|explained|"
    r"reported)\b"
)
"""After a name: the person speaks ("Otieno, speaking from outside the headquarters, said"),
about whoever the rest of the sentence names."""
_SOURCE_POSSESSIVE = re.compile(
    r"(?:'s|’s)\s+(?:own\s+)?(?:report|statement|notes?|file|account|testimony|memo|letter|"
    r"assessment|minutes|log)\s+(?:notes|says|said|states|stated|records|recorded|shows|showed|"
    r"concludes|concluded|adds|added)\b"
)
"""After a name: the person's report tells what follows, of someone else."""
_ENDS_CLAUSE = re.compile(r"\s*(?:[.;:)]|,\s*(?:who|which|a|an|the)\b|$)")
"""After a name: its clause ends there, so the name is in apposition (to "his lawyer")."""
_DIPLOMAT_BEFORE = re.compile(
    r"\b(?:diplomat|attach[eé]|(?:first|second|third)\s+secretary|consul)\b[^.;]{0,80}?"
    r"\b(?:identified\s+(?:\w+\s+){0,4}?as|named|called)\s+$",
    re.IGNORECASE,
)
_EXPELLED_AFTER = re.compile(
    # A secretary only of an embassy ("a second secretary at the embassy"), not "a secretary in
    # the ministry's registry".
    r"^,?\s*(?:(?:a|the|an)\s+(?:[\w-]+\s+){0,3}?(?:diplomat|attach[eé]|consul|"
    r"(?:first|second|third)\s+secretary|secretary(?=[^.;]{0,40}\b(?:embassy|consulate|mission)\b))\b|"
    r"[^.;]{0,12}\b(?:was|were|has\s+been)\s+(?:declared\s+persona\s+non\s+grata|expelled))",
    re.IGNORECASE,
)
_AS_A_MOMENT = re.compile(
    r"\b(?:before|after|since|until|till|following|ahead\s+of|days?\s+of|weeks?\s+of)\s+the\s+$"
)
"""Before an outcome's noun: the outcome as a moment of the story ("before the arrest")."""
_INTRODUCED_AS_BEFORE = re.compile(
    r"\b(?:introduced|presented)\s+(?:to\s+(?:me|him|her|us|them)\s+)?as\s+(?:the|a|an|their|its|"
    r"his|her)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+,\s+[\"“](?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?$"
)
"""Before a name in quotes: the post someone was introduced as, whose name the quotes doubt."""
_MY_KIN_APPOSED = re.compile(
    r"\b[Mm]y\s+(?:(?:late|elder|younger|older)\s+)?(?P<kin>wife|husband|son|daughter|mother|"
    r"father|brother|sister)\s*,\s*$"
)
"""Before a name, apposed: the writer's own relative ("My wife, Mei Chen,")."""
_SOURCE_SAYS = re.compile(
    r"(?:\s+(?:in|from|at|on)\s+(?:the|our|my|his|her)\s+[^,.;]{1,40}?)?(?:,[^,.;]{1,80},)?\s*"
    r"(?:says|said|recalls|recalled|told\s+(?:us|me|reporters|the\s+\w+)|remembers)\b"
)
"""After a description: what the one described says, a source quoted."""
_COLLEAGUE_IN_TEAM = re.compile(
    r"\b[Aa]\s+(?P<who>(?:(?:senior|junior|former|younger|older|long-standing)\s+)?colleague)"
    r"(?=\s+(?:in|from|at|on)\s+(?:the|our|my|his|her)\s)"
)
"""A colleague the text places in a team and keeps the name of: "In August a senior colleague
in the RF verification team was taken from the office by Investigation Bureau officers" (a
resignation statement, corpus 179)."""
_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?"
    # (Or a statement from them: "According to a statement from prosecutors, Lin joined a
    # ... exchange", a wire's attribution before its subject, corpus 178.)
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:(?:from|by|of)\s+(?:the\s+)?)?[\w-]+,?\s*$",
    re.IGNORECASE,
)
_ACCORDING_TO_NAME = re.compile(
    r"\baccording\s+to\s+(?:(?:his|her|their|the)\s+)?(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE
)
"""Before a name: "According to Lieutenant Colonel ...": the source of what the sentence tells."""
_QUOTED_BEFORE = re.compile(r"[\"“](?P<words>[^\"“”]{8,}?)[,.!?]?[\"”]\s+(?:[\w.'’-]+\s+){0,3}$")
"""Before a name: a quotation just closed ('"..., " Lt. Col. '): the name is who said it."""
_SAYS_AFTER = re.compile(r"\s*(?:said|says|added|told\s+\w+|explained|warned)\b")
_ADVICE_TO_OTHERS = re.compile(
    r"\b(?:urg\w*|advis\w*|call\w*\s+on|encourag\w*|appeal\w*\s+to|remind\w*)\s+(?:all\s+)?"
    r"(?:workers|staff|people|anyone|citizens|employees|personnel|the\s+public|others|those|readers|"
    r"everyone|families|students|parents|officials|civil\s+servants)\b|"
    # The same appeal with the ones reminded first: "2. Every member is reminded: ... Report at
    # once to your team leader, the branch secretary, or comrade Toàn" (corpus 160).
    r"\b(?:every|each|all)\s+(?:members?|staff|employees?|workers?|volunteers?|students?)\s+"
    r"(?:is|are)\s+(?:again\s+)?(?:reminded|urged|advised|asked|encouraged)\b|"
    # (Or what a whole group was told: "In April, staff were told only that "a security matter"
    # had happened", an ice hall's log, corpus 164.)
    r"\b(?:staff|members|employees|workers|volunteers|students|colleagues|everyone|everybody|"
    r"personnel|the\s+(?:team|crew|staff|members))\s+(?:were|are|had\s+been|have\s+been)\s+"
    r"(?:only\s+|also\s+|again\s+|first\s+)?(?:told|informed|reminded|warned|briefed)\b|"
    r"^\W*(?:those|anyone|people|whoever|everyone)\s+who\b|"
    # A talk about approaches, whose subject is the talk's: "Police Sergeant ŌKUBO Takumi, gave
    # a short talk at the association's general meeting in June about people who try to obtain
    # information through residents" (corpus 110).
    r"\b(?:gave|give|gives|giving|held|delivered)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:talk|lecture|briefing|presentation|seminar|speech|workshop)\b[^.;]{0,80}?\b(?:about|on)\b"
)
"""Advice or an appeal to others ("urged staff ... to report"; '"Those who come forward ...,"
he added'), or a talk about approaches: not the speaker's own approach or report."""
_CAUTION = (
    r"^\W*(?:be\s+(?:wary|careful|alert|suspicious|cautious|on\s+(?:your|the)\s+guard)|beware|"
    r"watch\s+(?:out|for)|think\s+(?:before|twice))\b"
)
"""A caution to the reader opening a sentence: "Be wary when a stranger makes you an offer that
seems too good" (a pipe band's report passing on the base security section's advice, corpus
167)."""
_CAUTION_OPENS = re.compile(_CAUTION, re.IGNORECASE)
_TO_THE_READER = re.compile(
    # (Also where: "On St Helena, go to the Police at Coleman House"; and who: "Members overseas
    # should go to their own police", corpus 133.)
    r"^\W*(?:(?:on|in|at|outside|abroad|overseas|from)\s[^,.;]{1,40},\s+)?"
    r"(?:do|don't|do\s+not|never|always|tell|call|report|ask|speak|write|keep|refuse|note)\b|"
    # (Or a caution: "Be wary when a stranger makes you an offer that seems too good", a pipe
    # band's report passing on the base security section's advice, corpus 167.)
    rf"{_CAUTION}|"
    r"^\W*(?:on|in|at|outside|abroad|overseas|from)\s[^,.;]{1,40},\s+go\s+to\b|"
    r"\b(?:members|staff|employees|colleagues|everyone|everybody|anyone)\s+(?:[\w-]+\s+)?"
    r"(?:should|must)\s+(?:go|report|tell|call|contact|ring|phone)\b|"
    r"\b(?:a|any|some)\s+(?:stranger|person|contact|one|body|visitor|newcomer)\s+who\s+"
    r"(?:is|pays|asks|wants|offers|gives|seems|insists)\b|"
    r"\b(?:should|must)\s+make\s+(?:us|you)\b"
)
"""Advice to the reader: an order ("Do it early") or a sketch of the stranger to watch for
("a stranger who is generous beyond reason"), about nobody in the story."""
_READER_ADDRESSED = re.compile(
    r"\W*(?:you\s+(?:may|can|should|must|could)(?:\s+also)?|if\s+you\b|(?:please\s+)?(?:tell|call|"
    r"contact|approach|report\s+(?:it\s+)?to)\s+(?:your|the)\b)",
    re.IGNORECASE,
)
"""A sentence that tells the reader where to turn ("You may also approach the BIOT Police"):
beside :data:`_TO_THE_READER`, which finds advice about nobody in the story, this one keeps a
workplace from being read out of it."""
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself|I'm|I've|I'd|My|Me|Mine|Myself)\b")
"""A quotation in the first person: the speaker tells of themselves (also opening a sentence:
"My job is the same as always", corpus 81)."""
_COUNSEL = re.compile(
    r"\b(?:lawyer|attorney|counsel|solicitor|barrister|advocate|prosecutor|judge|spokes\w+|"
    r"press\s+(?:officer|secretary)|public\s+defender)s?\b",
    re.IGNORECASE,
)
"""Counsel, the bench and an organisation's spokespeople: quoted, never the case."""
_CAME_TO_BEFORE = re.compile(
    r"\b(?:came|went|walked|reported|turned|go|come)\s+(?:[\w-]+\s+){0,2}?to\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$"
)
_OWN_OFFICE_AFTER = re.compile(r"['’]s\s+(?:office|desk)\b")
"""Before and after a name: whose office a person came to ("came to Mrs Penhaligon's
office")."""
_SECURITY_POST_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[\w'’-]+\s+){0,3}?(?:[Ss]ecurity|[Cc]ompliance)\s+(?:[Mm]anager|[Oo]fficer|"
    r"[Cc]hief|[Hh]ead|[Cc]oordinator|[Dd]irector),\s+(?:[\w.]+\.\s+)?$"
)
"""Before a name, the post that reports go to, apposed: "The airport Security Manager, ing.
Rosaria Lo Giudice, called the Border Police" (an airport chaplaincy's report, corpus 163)."""
_SECURITY_POST_AFTER = re.compile(
    # (Or the compliance officer: "Prepared by: Mirela Braho, Compliance Officer", a
    # brokerage's quarterly report, corpus 148.)
    r",\s*(?!(?:a|an|one)\s)(?:[\w'’-]+\s+(?:and\s+|&\s+)?){0,3}?(?:[Ss]ecurity|[Cc]ompliance)\s+"
    r"[Oo]fficer\s*(?:[,;\n]|\(|$)|"
    # (Or in brackets, as an attendance list gives it: "Mr. Ezekiel Lanki (Port Facility Security
    # Officer)", a port authority's board minutes, corpus 149.)
    r"\s*\((?:[\w'’-]+\s+(?:and\s+|&\s+)?){0,3}?(?:[Ss]ecurity|[Cc]ompliance)\s+[Oo]fficer\b[^()\n]{0,30}\)|"
    # (Or the head of the department that reports go to: "Invited: Omarov R.T., head of the
    # regime and secrecy department ("first department")", a union committee's protocol,
    # corpus 148.)
    r",\s*(?:the\s+)?(?:head|chief|director)\s+of\s+the\s+(?:[\w'’-]+\s+(?:and\s+)?){0,3}?"
    r"(?:security|secrecy|[Ff]irst)\s+(?:department|office|service|section|unit|directorate)\b"
)
"""After a name: the organisation's security officer's post, without an article, as a letter's
copy line gives it ("Cc: Muna bint Salim Al-Hinai, Compliance and Security Officer, head
office", corpus 146), or the head of a security or secrecy department: whom reports are made
to, never a case."""
_OFFICIAL_CONTEXT_AFTER = re.compile(
    # "Augustine Flomo told the court, Kollie was introduced to ...": who speaks to a court or
    # to reporters about the case is most often an official (a case who speaks too is told by
    # more than that).
    # (Past the speaker label a transcript's header gives in brackets: "Guest: Margus Tamm
    # (MARGUS), formerly an investigator with the Internal Security Service", corpus 174.)
    rf"^(?:\s*\([{_UP}]{{2,}}[^()\n]{{0,30}}\))?"
    rf"\s*(?:{_TOLD_ABOUT_CASE}\b|said\s+in\s+a\s+(?:statement|written\s+statement)\b|"
    # (", the company's lawyer": whose lawyer, corpus 95.)
    # (Whoever runs security, named with the post: "Patricia Hoareau-Larue, Marina Security
    # Supervisor", corpus 97; not "a security officer", which may be a guard's job.)
    r",\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?security\s+(?:supervisor|manager|chief|head|director)\b|"
    # (Or a list's post after a dash: "Mrs S. Penhaligon — Site Security Officer (prime), item 7
    # only", a meeting's attendance list, corpus 140.)
    r"\s*[—–]\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?Security\s+(?:Officer|Supervisor|Manager|Chief|"
    r"Head|Director|Lead|Adviser|Advisor)\b|"
    # (Or the post said after what else the person is: "Licda. Marcela Quesada Arrieta, mother of
    # two of our students (4-A and 10-B) and head of security at one of the container
    # terminals", corpus 130.)
    r",\s*[^,.;]{0,80}?\b(?:head|chief|director|manager)\s+of\s+(?:[\w-]+\s+)?security\b|"
    # (Or of the gendarmerie, named with a rank: "At noon Adjudant-chef Said Lamrani of the
    # gendarmerie took Ba Lahcen's statement", a water users' association's logbook, corpus 162.)
    r"\s+of\s+the\s+(?:[\w-]+\s+)?(?:gendarmerie|carabinieri|guardia\s+civil|gendarmer[ií]a)\b|"
    r"\(pseudonym\)|,\s*(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?(?:minister|spokes\w+|official|"
    # (Not a head or chief of a trade, with its job after it: "Inese Kalniņa-Bērziņa, head
    # coach of the figure skating school", an ice hall's log, corpus 164.)
    r"judge|prosecutor|agent|director|editor|attorney|head(?!\s+(?!of\b)[a-z])|"
    r"chief(?!\s+(?!of\b|executive\b)[a-z])|investigator|detective|"
    r"lawyer|reporter|commissioner|ambassador)\b)",
    re.IGNORECASE,
)


def _lower(text: str) -> str:
    """Lower case with every character in its place (offsets into it are offsets into text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@attrs.frozen
class Mention:
    name: str
    """The canonical name the mention refers to."""
    start: int
    end: int
    sentence: int


@attrs.define
class _Person:
    name: str
    surname_only: bool = False
    title: str = ""
    """The title a surname alone is given ("Dr" of "Dr Xowie"), as the report writes it."""
    contact: bool = False
    official_hits: int = 0
    bench: bool = False
    """Named with a judge's, prosecutor's or investigator's title: never the case."""
    security_post: bool = False
    """Named with the organisation's security officer's post ("Mr. Ezekiel Lanki (Port Facility
    Security Officer)"): whoever is told to come to them reports to that post."""
    outcome_hits: int = 0
    warrant_hits: int = 0
    """Outcomes that are only a warrant: someone wanted, not caught (a handler who left)."""
    act_hits: int = 0
    approach_hits: int = 0
    handler_hits: int = 0
    person_hits: int = 0
    """Signs that the name is a person's: an age, a title, a pronoun that refers to it."""
    defendant: bool = False
    """Named as "the accused, X" or "the defendant, X": whom "the accused" means later."""
    label: str = ""
    """The field of a register or a form the person was named under ("Reporter: X", "Subject:
    X"): whom "the reporter", "Subject" or "R." mean later in that entry."""
    tokens: tuple[str, ...] = ()
    described: bool = False
    """Never named: known by how the story describes them ("a 34-year-old radar engineer")."""
    kin: bool = False
    """Named as the case's relative, neighbour or superior ("His wife, Annelore Moosbrugger",
    "his shift supervisor, Dorothy Chai Siew Ling"): a witness to the story, a case only if the
    story shows them caught or tells again and again that they were asked."""
    signed: bool = False
    """The writer of a letter, signed at its end: the "I" of the letter."""
    storyteller: bool = False
    """Introduced as telling their own story ("agreed to tell a story"), which a section of the
    document then tells in the first person."""
    cleared: bool = False
    """Every paragraph about them tells the contact checked and found genuine ("We checked
    the recruiter, it was all genuine", "He declared it the same day, it was cleared within a
    week"): a report's harmless contrast, not a case unless the story shows them caught."""
    gender: str = ""
    """"m" or "f", from a title ("Mr", "Ms") or a relation ("his wife"): whom "Mr X" means
    when two people share the surname."""
    titled: bool = False
    """The gender is the one a personal title before the name tells ("Mr", "Sr."), not one
    read from a pronoun after it, which may mean someone else."""
    speaker: bool = False
    """Introduced as who gave the talk a text reports ("Speaker: Mr Mapalo Sinyangwe, Head of
    Corporate Security", "Licda. Marcela Quesada Arrieta, ... head of security ..., gave a
    talk", corpus 130): with an official's post, the teller of the stories, never one of them."""


_CURRENCY_BEFORE_SUM = frozenset({"Rs", "Rp", "Tk", "Kz", "Ksh", "Tsh", "Ush"})
"""Currencies written before a sum ("Rs 25,000", "Rp 150 million"): never a name's last word."""
_ROLE_ENDINGS = frozenset({"officer", "officers", "commander", "commandant", "adjutant"})
"""A post's last word: a capitalised run that ends in one is the post ("Commanding Officer"),
not a person's name."""
_RANK_PREFIXES = frozenset(
    {"sub", "vice", "rear", "deputy", "under", "brigadier", "lance"}
    # (And the French "-chef": "Adjudant-chef Said Lamrani of the gendarmerie", corpus 162.)
    | {"chef"}
)
"""Words that make a rank of another when joined to it ("Sub-Lieutenant", "Lance-Corporal")."""


_BARE_TITLES = frozenset({"u", "ko", "ma", "daw", "maung", "saya", "sayama"})
"""Titles never written with a full stop, which would make them initials or a given name's
abbreviation ("Ma. Cristina Dela Cruz", "U. Schmidt")."""


def _name_case(words: str) -> str:
    """A name written in capitals, as names are written: each part of a hyphenated surname
    capitalised ("SARPONG-MENSAH" is "Sarpong-Mensah", an e-mail header's "SARPONG-MENSAH,
    Abena", corpus 179)."""
    return " ".join(
        "-".join(part.capitalize() for part in word.split("-")) for word in words.split()
    )


def _is_title(token: str) -> bool:
    """A title or a rank, also joined ("Sub-Lieutenant", "Lieutenant-Colonel", "Rear-Admiral")."""
    word = token.rstrip(".").lower()
    if word in _BARE_TITLES and (token.endswith(".") or not token[:1].isupper()):
        return False
    if word in _TITLES:
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p in _TITLES or p in _RANK_PREFIXES for p in parts)


_INITIAL_FIRST = re.compile(
    # (A hyphenated surname too: "R.M. Girigorie-Martina", corpus 101.)
    # (Or a two-letter initial, as Telugu family names are written: "Ch. Srinivasa Rao", corpus
    # 109; Mongolian ones too, "Sh. Ganzorig".)
    # (Four of them: "W. M. S. K. Wijekoon", a Sri Lankan signature, corpus 141.)
    # (A compound given name's joined by a hyphen: "K.-M. Rebane", corpus 175.)
    rf"(?:(?:[{_UP}]|Sh|Ch|Ts|Kh|Zh)\.(?:-[{_UP}]\.)?\s?){{1,4}}[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?$"
)
"""Initials, then one name: "R. Selvi", "J. R. Quispe" (in South India and Latin America given
names are often written as their initials before the surname), "J. A. Uc" (a surname of two
letters, corpus 72)."""


def _initials_and_name(tokens: list[str]) -> str:
    """The leading initials and the word after them ("J. R. Quispe" of "J. R. Quispe ...")."""
    first_word = next((i for i, token in enumerate(tokens) if not token.endswith(".")), 0)
    return " ".join(tokens[: first_word + 1])


_GIVEN_ABBREVIATED = frozenset({"Md.", "Mohd.", "Muhd.", "Mst.", "Ma."})
"""Given names a South Asian or Malay name abbreviates (Mohammad, Mosammat), or a Filipino one
(María: "Ma. Cristina Dela Cruz Bautista", corpus 97): part of it."""


_RULES_ON = re.compile(
    r"\b(?:Regulations?|Rules|Act|Law|Code|Guidelines?|Polic(?:y|ies)|Directive|Decree|Statute|"
    r"Convention|Ordinance)\s+(?:on|of|for|governing)\s+(?:the\s+)?$"
)
"""Before a capitalised run: the rules it is the subject of ("the Regulations on Outside
Activities", corpus 74), not a person."""
_DATE_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
"""A date's words, which may run into a name written after them."""


_ORDINAL_RANKS = frozenset({"primero", "primera", "segundo", "segunda"})
"""Spanish ordinals that are part of a rank beside another title, and given names alone."""
_IBERIAN_COURTESY = frozenset({"don", "doña", "dona", "dom", "ña", "señor", "senor", "señora"})
"""Courtesy titles, which come before a given name, never a rank's ordinal."""


def _strip_titles(tokens: list[str]) -> tuple[list[str], list[str]]:
    titles: list[str] = []
    while tokens:
        if titles and tokens[0].startswith("("):
            # A trade in brackets after a rank: "Leading Seaman (Radio) H. M. Nuwan Bandara",
            # "Hav (Opr Cipher) Pemba Tshering Bhutia" (corpus 77).
            closed = next((n for n, t in enumerate(tokens[:2]) if t.endswith(")")), None)
            if closed is not None:
                del tokens[: closed + 1]
                continue
        if (
            len(tokens) >= 2
            and tokens[0].lower() in _FUNCTION_WORDS
            and not _is_title(tokens[0])
            and any(w in ("bin", "binti", "binte") for w in tokens)
        ):
            # A word that is also a function word, in a Malay name, is a given name: "Ustazah
            # Nor Hidayah binti Kamarudin" (corpus 110). (Not a rank's "Second" after a title:
            # "Sergeant Second Class Jhon Édison Guarín Peña", corpus 68.)
            break
        if (
            tokens[0].lower() in _ORDINAL_RANKS
            and (not titles or titles[-1] in _IBERIAN_COURTESY)
            and not (len(tokens) > 1 and _is_title(tokens[1]))
        ):
            # An ordinal that makes a rank only beside one ("Sargento Segundo", "Segundo
            # Teniente") is a given name on its own or after a courtesy title: "4.2 Segundo
            # Shupingahua Chumbe, "Don Segundo", river pilot" (corpus 160).
            break
        if not (
            tokens[0].rstrip(".").lower() in _FUNCTION_WORDS
            or _is_title(tokens[0])
            or (tokens[0].lower() in _KIN_TITLES and len(tokens) >= 3)
            # Sardar, "S.", before a Sikh name: "S. Gurmeet Singh Bajwa, son of late S. Kartar
            # Singh" (corpus 145); "Sh." (Shri) before any Indian one with them.
            or (
                tokens[0] in ("S.", "Sh.")
                and len(tokens) >= 3
                and any(t in ("Singh", "Kaur") for t in tokens[2:])
            )
            # (Not an initial before a name: "R. Selvi", a given name written as its initial;
            # nor a given name abbreviated: "Md. Rakibul Hasan Sarker".)
            or (
                tokens[0].endswith(".")
                and tokens[0] not in _GIVEN_ABBREVIATED
                and not _INITIAL_FIRST.match(_initials_and_name(tokens))
            )
        ):
            break
        titles.append(tokens.pop(0).rstrip(".").lower())
    return tokens, titles


@functools.cache
def _countries() -> frozenset[str]:
    """The names of the world's countries (from ``pycountry``'s ISO 3166 data)."""
    import pycountry

    return frozenset(
        name
        for country in pycountry.countries
        for name in (
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        )
        if name
    )


_JOB_WORD = re.compile(rf"(?:{_ROLE_NOUNS_EARLY})", re.IGNORECASE)
_JOB_BEFORE_NAME = re.compile(rf"(?<![\w-])[Tt]he\s+(?:[a-z][\w-]*\s+)?(?:{_ROLE_NOUNS_EARLY})\s+$")
"""Before a name, the report's word for its job: "the electrician ", "the night clerk " (not
"our senior consultant", whose name someone else may have used, corpus 85)."""
_SIGNED_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?:Signed|Signature|Handed\s+over|Prepared|Written|Submitted)(?:[ \t]+by)?"
    # (With the initials of a name the text gives in full: "Signed: D. Bat-Erdene", corpus 96.)
    r"[ \t]*:[ \t]*(?:[A-Z][a-z]?\.[ \t]?){0,3}$"
)
"""Before a name, a form's or a note's field for whoever wrote and signed it: "Signed: ",
"Handed over by: " (a handover note's writer, corpus 88)."""
_HEARD_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?:Surname|Family\s+name|Given\s+names?)(?:\(s\))?[ \t]*:[ \t]*$"
)
"""Before a name, a record's field for the person heard: "Surname: ", "Given names: "."""
_WRITTEN_BY = re.compile(
    r"\b(?:[Ee]ntries|[Ww]ritten|[Kk]ept|[Rr]ecorded|[Cc]ompiled|[Ff]illed\s+in)\s+by\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+,\s*$"
)
"""Before a name, who writes a log or a record: "Entries by the Night Manager, " (corpus 87)."""
_TELLS_STORY_AFTER = re.compile(
    r",?\s+(?:[^.;]{0,80}?,\s+)?(?:has\s+|have\s+)?(?:agreed|offered|chose|decided|asked)\s+to\s+"
    r"(?:tell|share|write|recount|describe)\s+(?:a|her|his|their|the|this|what)\s+"
    r"(?:own\s+)?(?:story|experience|account|happened)\b"
)
"""After a name, that the person tells their own story, which follows in the first person."""
_SPEAKS_IN_OWN_WORDS_AFTER = re.compile(
    r",?\s+(?:[^.;]{0,80}?,\s+)?(?:asked|agreed|offered|chose|was\s+invited|rose)\s+to\s+"
    r"(?:speak|testify|give\s+(?:his|her|their)\s+testimony)\b[^\n]{0,160}?"
    r"(?:\bown\s+words\b|\bwords\s+are\s+(?:recorded|reproduced|given|set\s+down)\b|\bverbatim\b|"
    r"\bas\s+(?:he|she|they)\s+(?:gave|spoke|said)\s+them\b)"
)
"""After a name, that the person spoke and the record gives their own words ("asked to speak.
His words are recorded here as he gave them", corpus 141): a testimony in the first person."""
_FROM_THE_WRITER = re.compile(
    r"(?:^|\n)[ \t]*[Ff]rom(?:\s+|:[ \t]+)(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
"""Before a name at a line's start, a petition's or a letter's sender: "from the convicted
person ORAZOV Dovletmyrat Bagtyyarovich," (corpus 105), a reply's "From: K. P. Suresh Kumar, Emp.
ID 20417" (corpus 117): the writer, the "I" of the piece."""


def _job_before_name(tokens: list[str]) -> int:
    """How many of a run's first words are a job written as a title before a name of at least
    two words ("Recruitment Consultant", "Data-Room Custodian"): up to the last job noun among
    the first three words; 0 where there is none."""
    last = 0
    for n, token in enumerate(tokens[:3]):
        if _JOB_WORD.fullmatch(token):
            last = n + 1
    return last if len(tokens) - last >= 2 else 0


def _given_names(name: str) -> list[str]:
    """The words of a name before its father's name ("Mohammad Firdaus" of "Mohammad Firdaus
    bin Haji Yakub"), or ``[]`` for a name without "bin", "binti" or "ibn"."""
    tokens = name.split()
    at = next((n for n, t in enumerate(tokens) if t in _PATRONYMIC | _SON_OF), 0)
    return tokens[:at] if at >= 2 or (at == 1 and tokens[1] in _SON_OF) else []


_SURNAME_FIRST = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}-[a-z]{2,6}")
"""A name written surname first with a hyphenated given name ("Park Ji-hoon")."""


_FRENCH_TITLES = re.compile(
    rf"\b(?:Mme|Mlle|Mmes|MM\.)\s+[{_UP}]|\bM\.\s+[{_UP}][{_LO}'’-]+(?![{_LO}'’-]|\s+[{_UP}])"
)
"""A document that writes French titles ("Mme Lavinia F.", "M. Tuikalepa"): its "M." before
a name is Monsieur, not an initial (corpus 76)."""
_IBERIAN_TITLES = re.compile(
    rf"\b(?:Sr|Sra|Srta)\.\s+[{_UP}]|\b(?:Dr|Eng|Arq)\.[ªº]|\bD(?:\.ª|ña\.?)\s+[{_UP}]"
)
"""A document that writes Portuguese or Spanish titles ("Sr. Luís Bengala", "Dr.ª Sofia
Patrício", "Eng.º Carlos Raposo"): its "D." before a name is Dona or Dom, not an initial ("D.
Maria de Fátima Charrua Valadas", then "D. Fátima", corpus 127)."""


_INITIALS_CLUSTER = re.compile(rf"(?:[{_UP}]\.){{2,3}}")


def _name_runs(
    text: str,
    start: int,
    end: int,
    caps: frozenset[str] = frozenset(),
    *,
    monsieur: bool = False,
    dona: bool = False,
    in_caps: Mapping[str, str] | None = None,
) -> Iterable[tuple[str, int, int, list[str]]]:
    """Yield ``(name, start, end, titles)`` for capitalised runs that look like a person's name,
    and for names written surname first in capitals ("MORIYAMA Akiko", then "MORIYAMA").
    ``monsieur``: the document writes French titles, and "M." is one; ``dona``: Portuguese or
    Spanish ones, and "D." is one. ``in_caps``: names
    written with the surname in capitals after the given name, or wholly in capitals (see
    `_names_in_caps`): yielded as a name is usually written, and the surname alone too."""
    written: list[tuple[int, int]] = []
    named: Mapping[str, str] = in_caps or {}

    def titles_of(said: str, at: int) -> list[str]:
        # A title before the name, or opening what was read as its given names ("Ms Hodan").
        before = _CAPS_TITLE.search(text, max(0, at - 6), at)
        titles = [before.group(0).strip().rstrip(".").lower()] if before is not None else []
        if not titles and monsieur and text[max(0, at - 3) : at] == "M. ":
            titles = ["m"]  # "M. HOUNKPATIN" where the report writes French titles (corpus 90)
        for word in said.split():
            if word.rstrip(".") not in _CAPS_TITLE_WORDS:
                break
            titles.append(word.rstrip(".").lower())
        return titles

    for pattern in (_NAME_IN_CAPS, _SURNAME_IN_CAPS) if named else ():
        for match in pattern.finditer(text, start, end):
            said = match.group(0) if pattern is _SURNAME_IN_CAPS else match.group(1)
            if said in named and not any(a <= match.start() < b for a, b in written):
                written.append((match.start(), match.end()))
                yield named[said], match.start(), match.end(), titles_of(said, match.start())
    for said, name in named.items():
        # (A heading's name, found by its words: see `_names_in_caps`.)
        if " " not in said:
            continue
        for again in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", text[start:end]):
            at = start + again.start()
            if not any(a <= at < b for a, b in written):
                written.append((at, at + len(said)))
                yield name, at, at + len(said), titles_of(said, at)
    # A crew list's or a register's form, surname in capitals, a comma, the given names ("Deck
    # Cadet PLATO, Tristan Ross", corpus 75): the name in the usual order, and the job before it
    # no one's name.
    listed = [m for m in _LISTED_NAME.finditer(text, start, end) if _is_listed_name(text, m)]
    for match in _CAPS_ALONE.finditer(text, start, end) if named else ():
        if any(m.start() == match.start() for m in listed):
            continue  # ("KAUPA, Joseph Wari", not the "Agnes KAUPA" of the line below, corpus 97)
        if match.group(0) in named and not any(a <= match.start() < b for a, b in written):
            written.append((match.start(), match.end()))
            yield (
                named[match.group(0)],
                match.start(),
                match.end(),
                titles_of(match.group(0), match.start()),
            )
    for match in _CAPS_NAME.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in written):
            continue  # (inside a name read whole: "Vincent LIM Choon Hock", corpus 97)
        if match.group(1) in caps:
            # (Its given names and patronymic are no one else's name: "NAZAROV Farrukh
            # Ilhomovich" is not also a "Farrukh Ilhomovich", corpus 91.)
            written.append((match.start(), match.end()))
            # (Without the father's name in brackets: "LAZIĆ (Dušan) Goran" is Goran Lazić.)
            said = re.sub(r"\s\([^()]*\)", "", match.group(0))
            yield said, match.start(), match.end(), []
    for surname in (s for s in caps if " " in s):
        # Two surnames in capitals said again without the given name: "Mr KABWE MULUMBA shows
        # me a Western Union receipt" (corpus 103).
        for again in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", text[start:end]):
            at = start + again.start()
            if not any(a <= at < b for a, b in written) and not _CAPS_NAME.match(text, at):
                written.append((at, at + len(surname)))
                yield surname, at, at + len(surname), titles_of("", at)
    for match in _CAPS_ALONE.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in written):
            continue
        if match.group(0) in caps and not _CAPS_NAME.match(text, match.start()):
            yield match.group(0), match.start(), match.end(), titles_of("", match.start())
    for match in listed:
        surname, given = match.group(1), match.group(2)
        yield f"{given} {_name_case(surname)}", match.start(), match.end(), []
    for match in _RUN.finditer(text, start, end):
        if match.group() in _countries():
            continue  # "Cabo Verde", "Costa Rica": a country, though it reads like a name
        if any(
            m.start() <= match.start() < m.end() or match.end() in (m.start() - 1, m.start() - 2)
            for m in listed
        ) or any(a <= match.start() < b or match.end() in (a - 1, a - 2) for a, b in written):
            continue
        tokens = match.group().split()
        if "\n" in match.group() and _PLACE_DATE_AFTER.match(text, match.end()):
            # A signature over its place and date ("Griet Van den Bossche / Leuven, 24 October",
            # corpus 129): the name ends at the line's end.
            tokens = match.group()[: match.group().rindex("\n")].split()
        if _HONORIFIC_ABBREVIATION.fullmatch(match.group()) and text.startswith(". ", match.end()):
            continue  # "Nl." in "Nl. Lalrinpuii": an honorific, whoever's it is (corpus 79)
        if (
            len(tokens) > 1
            and re.fullmatch(r"[IVXLC]{1,6}\.", tokens[0])
            and (match.start() == 0 or text[match.start() - 1] == "\n")
        ):
            # A paragraph's number in Roman numerals: "V. Dr. Villalba opened an account for the
            # officer" (a tribunal's ruling, corpus 134).
            tokens = tokens[1:]
        if (
            len(tokens) > 2
            and re.fullmatch(rf"(?:[{_UP}]\.){{2,}}", tokens[0])
            and [part[:1] for t in tokens[1:-1] for part in t.split("-")]
            == re.findall(rf"[{_UP}]", tokens[0])
        ):
            # The initials people use, said before the name they stand for: "K.D. Klaus-Dieter
            # Behrens" (an oral history, corpus 174) is Klaus-Dieter Behrens, "K.D." after.
            tokens = tokens[1:]
        if (
            len(tokens) > 2
            and tokens[0].lower()
            in (
                *("last", "next", "early", "late", "over", "every", "this"),
                *("in", "on", "by", "since", "until", "till", "from", "through", "during"),
            )
            and tokens[1].lower() in _DATE_WORDS
        ):
            # "Last January Sparrow put ... up for sale" (corpus 133): when, then who.
            # ("In August Kuzmenko S.P. received a message on Instagram", a sentence opening on
            # its month, corpus 148.)
            tokens = tokens[2:]
        if len(tokens) > 2 and tokens[0].lower() in _DATE_WORDS and _is_title(tokens[1]):
            # "On 26 April Mr Bégué reported": the date's month before a title (corpus 74).
            tokens = tokens[1:]
        elif (
            len(tokens) > 1
            and tokens[0].lower() in _DATE_WORDS
            and _DATED_BEFORE.search(text, max(start, match.start() - 24), match.start())
        ):
            # "On 17 February Timur Bakhytuly, co-author with ...": a date's month, then the
            # name (corpus 89); or a name of one word ("Last January Sparrow put a handful of
            # duplicate covers up for sale", "Over February and March Sparrow sent", corpus 133).
            tokens = tokens[1:]
        if (
            len(tokens) > 1
            and tokens[0] in _ERAS
            and re.search(r"\d\s*$", text[max(start, match.start() - 8) : match.start()])
        ):
            # "In 2014 E.C. Ato Dawit met ..." (the Ethiopian calendar's era, corpus 126): a
            # year's era, not initials of the name after it.
            tokens = tokens[1:]
        said_monsieur = monsieur and len(tokens) > 1 and tokens[0] == "M."
        if said_monsieur:
            tokens = tokens[1:]  # "M. Sosefo Tuikalepa", "M. Tuikalepa": Monsieur
        said_dona = dona and len(tokens) > 1 and tokens[0] == "D."
        if said_dona:
            tokens = tokens[1:]  # "D. Maria de Fátima Charrua Valadas", "D. Fátima": Dona
        if "St." in tokens[:-1]:
            # "St. Hill" is one surname, whatever "Hill" means alone.
            at = tokens.index("St.")
            tokens = [*tokens[:at], f"St. {tokens[at + 1]}", *tokens[at + 2 :]]
        while len(tokens) > 1 and tokens[-1] in _CURRENCY_BEFORE_SUM:
            tokens = tokens[:-1]  # "offered Sep Ram Bahadur Thapa Rs 25,000": the sum's unit
        tokens, titles = _strip_titles(tokens)
        suffixed = _HONORIFIC_SUFFIX.search(tokens[-1]) if tokens else None
        if suffixed is not None and suffixed.start() > 1:
            # "Arakaki-san", "Kinjo Sensei" written "Kinjo-sensei" (corpus 79): a Japanese
            # honorific after the surname, the surname being the name.
            tokens = [*tokens[:-1], tokens[-1][: suffixed.start()]]
            titles = [*titles, suffixed.group(1).lower()]
        if (
            len(tokens) > 1
            and tokens[-1] in _TITLES_AFTER
            and re.search(
                rf"\b{re.escape(tokens[-2])}\s+(?!(?:{'|'.join(_TITLES_AFTER)})\b)[{_UP}]", text
            )
        ):
            # "Nurcan Hanım", "Kemal Bey" (corpus 126): a Turkish title after the given name of
            # a person the text names in full ("Ms Nurcan Ekinci Aydoğdu"), the given name being
            # the name; someone known only so ("Sevgi Hanım", corpus 73) keeps it whole.
            titles = [*titles, tokens[-1].lower()]
            tokens = tokens[:-1]
        if said_monsieur:
            titles = ["m", *titles]
        if said_dona:
            titles = ["dona", *titles]
        job = _job_before_name(tokens)
        if job:
            # "Senior Recruitment Consultant Hadja Fatoumata Binta Diallo" (corpus 75): a job
            # written as a title before the name, and the titles after it.
            words, (tokens, more) = tokens[:job], _strip_titles(tokens[job:])
            titles = [*titles, *(w.lower() for w in words), *more]
        ranked = [
            n
            for n, t in enumerate(tokens)
            if t.startswith("(") and t.endswith(")") and _is_title(t.strip("()"))
        ]
        if ranked:
            # "Chaplain (Major) Choi Min-seok": a job and a rank in brackets before the name
            # (unlike a father's name in brackets inside it, "Nenad (Milorad) Ristić").
            titles = [*titles, *(t.strip("()").lower() for t in tokens[: ranked[-1] + 1])]
            tokens = tokens[ranked[-1] + 1 :]
        if len(tokens) > 1 and tokens[-1].lower() in _ROLE_ENDINGS:
            # "his Commanding Officer", "the Platoon Commander" (corpus 77): a post, no name.
            continue
        if any(t.startswith("(") and not t.endswith(")") for t in tokens):
            # Two words in brackets inside a run, not a rank's trade before the name: no
            # person's name.
            continue
        # Initials only count inside a name ("Kevin P. Mallory"), or as the surname that a
        # privacy rule lets a report give ("Paweł Z.", "Thomas K.").
        # ("Sarita B.K.": a surname written as its initials, corpus 83.)
        initial_surname = (
            (
                len(tokens) == 2
                and (len(tokens[1]) == 2 or _INITIALS_CLUSTER.fullmatch(tokens[1]) is not None)
                and tokens[1].endswith(".")
                and not tokens[0].endswith(".")
            )
            or (
                # (Or two initials after the given name, as Kerala names are written, the house's
                # and the father's: "Rajeevan K. P.", corpus 135.)
                len(tokens) == 3
                and not tokens[0].endswith(".")
                and all(len(w) == 2 and w.endswith(".") and w[0].isupper() for w in tokens[1:])
            )
            or (
                # (Or the given name withheld to its initial after a surname and a middle name, as a
                # Vietnamese ward's broadcast gives it: "Mr Trần Văn H.", corpus 144.)
                len(tokens) == 3
                and not any(w.endswith(".") for w in tokens[:2])
                and len(tokens[2]) == 2
                and tokens[2].endswith(".")
                and tokens[2][0].isupper()
            )
        )
        while tokens and tokens[-1].endswith(".") and not initial_surname:
            tokens.pop()
        # After "bin" or "ibn" a word is a father's name, whatever else it means ("Salim bin
        # Said bin Nasser Al Harthi").
        words = [t for n, t in enumerate(tokens) if n == 0 or tokens[n - 1] not in _PATRONYMIC]
        office = _OFFICE_HOLDER.match(tokens, text, match.start())
        if office is not None:
            # "said Assistant Comptroller of Customs Keith Alexis-Joseph": the office's
            # name, then the person who holds it, an official.
            tokens, titles, words = office, [*titles, _HOLDS_OFFICE], office
        # "Park Ji-hoon": a surname, then a given name of two syllables joined by a hyphen, is
        # a name even where the surname is also a word ("park", "song").
        checked = words[1:] if _SURNAME_FIRST.fullmatch(" ".join(words)) else words
        # (A particle is no organisation's word: Tuareg "ag" is not a German "AG", corpus 75.)
        checked = [t for t in checked if not t.islower()]
        if not tokens or any(t.lower().rstrip("s") in _NOT_NAME_WORDS for t in checked):
            continue
        if any(t.lower() in _NOT_NAME_WORDS for t in checked):
            continue
        if any(_GERMAN_BODY.search(t) for t in checked):
            continue  # "Steirische Landesjägerschaft", "Bezirkshauptmannschaft Murtal": a body
        if len(tokens) == 2 and tokens[0] in ("La", "Los", "Las"):
            continue  # a place named with its article: "the air base at La Joya" (corpus 113)

        if sum(1 for t in tokens if t[:1].isupper()) > 5:
            continue  # particles ("bin", "van der") are not counted
        name = " ".join(tokens)
        name_start = match.start() + match.group().index(tokens[0])
        if _ORG_CONTINUES.match(text, name_start + len(name), end):
            continue  # "the Garda Crime and Security Branch": an organisation's name
        if _PLACE_AFTER.match(text, name_start + len(name), end) or _OWNS_INSTITUTION.match(
            text, name_start + len(name), end
        ):
            continue  # "at the Kunichina Gora crossing", "the Francistown Magistrate's Court"
        if _CALLED_THING.search(text, max(start, name_start - 40), name_start):
            continue  # "an organisation called Santé Équine Sans Frontières": no person
        if _BODY_OF.search(text, max(start, name_start - 40), name_start):
            continue  # "the Department of Radio Engineering", "Centre for Eurasian Innovation
            # Studies" (corpus 89): the rest of a body's name
        if _FIELD_NOT_A_NAME.search(text[max(start, match.start() - 30) : match.start()]):
            continue  # "Position: Technical Records Clerk": a form's field, no person
        if _RULES_ON.search(text, max(start, name_start - 40), name_start):
            continue  # "the Regulations on Outside Activities": a title's subject, no person
        if _THING_DESCRIBED.match(text, name_start + len(name), end):
            continue  # '"Meridian Freight Insight", a Singapore-registered firm': no person
        if _DATELINE_BEFORE.match(text, start, name_start):
            continue  # "THOOTHUKUDI, Tamil Nadu, March 14 (Wire) -": the dateline's region
        if _VESSEL_BEFORE.search(text, max(start, name_start - 32), name_start):
            continue  # "MB Queen Tess, game-fishing charter": a boat's name (corpus 157)
        quoted = _QUOTE_OPENED_BEFORE.search(text, max(start, name_start - 40), name_start)
        if (
            quoted is not None
            and text.startswith(('"', "”"), name_start + len(name))
            and not _is_title(quoted.group(1).rstrip("."))
        ):
            continue  # "a "Valeria Soto" of "AgroDatos Cono Sur"": a firm's name's end (corpus 165)
        if (
            (
                _IN_PLACE.search(text, max(start, name_start - 24), name_start)
                # (Or before a word read as a rank: "copier maintenance in Cabo Delgado", a
                # province, not a corporal, corpus 158.)
                or (
                    titles
                    and re.search(
                        r"\b(?:in|near|from|across|around)\s+$",
                        text[max(start, match.start() - 8) : match.start()],
                    )
                    is not None
                )
            )
            and not re.match(r"[’']s\b", text[name_start + len(name) : name_start + len(name) + 3])
        ):
            continue  # "a sentencing court in La Paz": a place
        if (
            name_start > 0
            and text[name_start - 1] in '"“'
            and _TITLED.search(text, max(start, name_start - 60), name_start - 1)
        ):
            continue  # 'a podcast called "Voto Abierto"': a title in quotes, not a person
        if not titles:
            dotted = _TITLE_DOT_BEFORE.search(text, max(start, name_start - 12), name_start)
            if dotted is not None and _is_title(dotted.group(1)):
                # "the bosun, Mr. Heru, who ... uses a single name" (corpus 72): the title's
                # full stop ends the run before the name, but the title is still the name's.
                titles = [dotted.group(1).lower()]
        if (tokens[0].startswith("St. ") or tokens[0] in _SAINT_PLACES) and not titles:
            # "Decision issued at St. John's", "an estate agent from São Luís" (corpus 109): a
            # saint's name is a place's.
            continue
        if tokens[-1] in ("Jr", "Sr") and text.startswith(".", name_start + len(name)):
            name += "."  # "Reynaldo Bautista Jr.": the full stop is the name's (corpus 69)
        # (A Japanese honorific after it is the name's too, not a word of what follows:
        # "Shige-san sent him recordings" is what Shige did, corpus 110.)
        honoured = _HONORIFIC_AFTER.match(text, name_start + len(name))
        yield name, name_start, honoured.end() if honoured else name_start + len(name), titles


_DATED_BEFORE = re.compile(
    r"(?:\d|\b(?:[Ii]n|[Oo]n|of|[Ss]ince|[Uu]ntil|by|[Ff]rom|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|mid|"
    r"[Oo]ver|[Tt]hrough|[Tt]his|[Tt]hat|[Ee]very|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?:and|or|to)))\s+$"
)
"""Before a month: a date's day or preposition ("On 17 February", "In March")."""
_BODY_OF = re.compile(
    r"\b(?:Department|Dept\.|Ministry|Faculty|Institute|University|School|Office|Centre|Center|"
    r"College|Academy|Bureau|Directorate|Division|Agency|Board|Council|Commission|Society|"
    r"Association|Federation|Union|Chamber|Foundation|Laboratory|Museum|Library|Court|Bank)"
    r"\s+(?:of|for)\s+(?:the\s+)?$"
    # Or the rules whose title it is: "the Rulebook on Work Discipline", "the Law on Personal
    # Data Protection" (corpus 93).
    r"|\b(?:Rulebook|Law|Act|Regulations?|Code|Rules|Decree|Ordinance|Statute|Directive|"
    r"Policy|Procedures?|Guidelines|Handbook|Manual|Agreement|Convention|"
    # Or the event whose title it is: "a "Regional Forum on Procurement Integrity"" (corpus 93).
    r"Forum|Conference|Seminar|Workshop|Summit|Symposium|Congress|Dialogue|Course|Programme|"
    r"Program)\s+on\s+(?:the\s+)?$"
)
"""Before a capitalised run: the body whose name it completes ("Department of", "Centre for")."""
_THE_ROLE_APPOSED = re.compile(
    rf"\b[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLE_NOUNS_EARLY}))\s*,\s*$"
)
"""Before a name: the report's term for its bearer ("The principal officer, Mohd Faizal ...")."""
_NAME_STATED = re.compile(
    r"\b(?:stated|gave|declared)\s+(?:his|her|their)\s+name\s+(?:to\s+be|as)\s+"
    r"(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,4})\b"
)
"""A record's formula for the name of whoever appeared, written in capitals."""
_FORM_FIELD = re.compile(
    # (Or "Status in Cuba: student, ...", and a long value: 'Known as: "Ti Bob" (the name his
    # family ... use ...)', corpus 107.)
    r"\s*[A-Z][a-z]+\.?(?:\s+[a-z]+\.?){0,3}(?:\s+(?:in|of|at)\s+[A-Z][a-z]+)?\s*:\s+"
    r"[^\n]{1,200}$"
)
"""A form's field on a line of its own: "Position: ...", "Length of service: ...", "Pass no.:
..." (corpus 87); not a transcript's speaker ("HOST: Welcome back ..."), whose lines are not a
form's."""
_FIELD_NOT_A_NAME = re.compile(
    r"(?:^|\n)\s*(?:Position|Occupation|Post|Job\s+title|Function|Grade|Department|Section|"
    r"Unit|Employer|Workplace|Place\s+of\s+work|Before\s+(?:arrest|detention|conviction))\s*:\s*$"
)
"""Before a run of capitals: a form's field that holds a job or a place, not a person."""
_JOINED_HONORIFICS = (
    "san|sama|kun|chan|sensei|senpai|shi|eje|baike|ake|apa|aga|ikka|chechi|chettan|ettan|etta|"
    "bhai|didi|akka|le|saheb|sahab|sahib|dai|tai"
)
"""Honorifics joined to a name by a hyphen: Japanese ones to a surname ("Arakaki-san"), Kyrgyz
and Kazakh ones to a given name ("Aigerim-eje", elder sister; "Timur-baike", elder brother:
corpus 110), Malayalam, Hindi and Ladakhi ones too ("Khader-ikka", elder brother, corpus 135;
"Rigzin-le", corpus 136; never
"-ji", the second syllable of Korean given names, "Lee Min-ji")."""
_CODED_PERSON = re.compile(
    r"[\"“](?P<code>(?:Employee|Person|Individual|Witness|Subject|Member|Officer|Victim|Relative|"
    r"Associate|Co-[Cc]onspirator|Staff\s+Member)-\d{1,3})[\"”]\s+(?:is|was)\s+(?:an?|the)\s+"
)
"""A person a filing names by a code and defines: '"Employee-2" is an aerodynamicist ...'."""
_CODE_HEREINAFTER = re.compile(
    r"\([^()]{0,80}?\b(?:hereinafter|hereafter)\s+(?:(?:referred\s+to|called)\s+as\s+)?[\"“]"
    r"(?P<code>(?:Employee|Person|Individual|Witness|Subject|Member|Officer|Worker|Staff\s+Member|"
    r"Respondent|Applicant|Complainant|Informant|Source)[ -](?:[A-Z]|\d{1,3}))[\"”]\s*\)"
)
"""A person a notice keeps nameless and gives a code after describing them: "A design engineer
in the Landing Gear Systems Group ... (male, in his forties; hereinafter "Employee A")" (a
company's apology notice, corpus 128)."""
_PARTY_FIELD_DEFINED = re.compile(
    r"^[ \t]*(?P<label>[A-Z][a-z]+)[ \t]*:[ \t]*"
    rf"(?P<name>{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{1,3}})"
    r",[^\n]{0,120}\((?:hereinafter\s+)?the\s+(?P<term>[A-Z][a-z]+)\)[ \t]*$",
    re.MULTILINE,
)
"""A caption's party, named on its field's line, with the term the decision calls them by
("Freelancer: Asep Saepudin, profile name ... (the Freelancer)")."""
_CODES_DECLARED = re.compile(
    r"\b(?:called|referred\s+to\s+as|named|known\s+as|identified\s+as)\s+"
    r"(?P<word>Employee|Person|Worker|Member|Officer|Colleague|Subject|Individual|Witness)\s[A-Z]\b"
    r"(?:\s*,\s*[A-Z]\b)*\s*(?:,\s*)?(?:and|or|etc)\b"
)
"""A document that says it calls its people by codes ("are called Employee A, B and so on")."""
_ERAS = frozenset({"E.C.", "A.D.", "B.C.", "C.E.", "B.C.E.", "A.H.", "B.E.", "A.P."})
"""A calendar's era after a year ("2014 E.C.", the Ethiopian calendar): never initials."""
_TITLES_AFTER = frozenset(
    {"Hanım", "Hanim", "Hanımefendi", "Bey", "Beyefendi", "Efendi", "Abla", "Ağabey", "Hoca"}
)
"""Titles written as a word after the given name: Turkish "Hanım" (Ms) and "Bey" (Mr)."""
_HONORIFIC_SUFFIX = re.compile(rf"-({_JOINED_HONORIFICS})$")
"""One of :data:`_JOINED_HONORIFICS` ending a name's last word."""
_HONORIFIC_AFTER = re.compile(rf"-(?:{_JOINED_HONORIFICS})\b")
"""The same, read after the name it follows."""
_HONORIFIC_ABBREVIATION = re.compile(r"(?!Ng\b)[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{1,3}")
"""A word of consonants only, which no name is ("Nl", "Tv"): abbreviated, it is an honorific."""
_GERMAN_BODY = re.compile(
    r"[a-zäöü](?:schaft|amt|verband|verein|kammer|behörde|ministerium|direktion|gericht|"
    r"genossenschaft|gesellschaft)$"
)
"""The last letters of a German word that names a body, not a person: "Landesjägerschaft"
(an association), "Bezirkshauptmannschaft" (a district authority), "Abwehramt" (corpus
127)."""
_TITLE_DOT_BEFORE = re.compile(rf"\b({_WORD})\.\s+$")
"""A title with its full stop just before a name ("Mr. ", "Dr. ")."""
_DATELINE_BEFORE = re.compile(rf"\s*[{_UP}][{_UP}'’.-]+(?:\s[{_UP}][{_UP}'’.-]+)*,\s*$")
"""A dateline's city in capitals and a comma, opening a paragraph: what follows is a place."""


class _OfficeHolder:
    """A run that names an office and then its holder, after the office's title and "of"
    ("Comptroller of Customs Keith Alexis-Joseph", "Director of Public Prosecutions Jane
    Doe"): the holder's name, the words after the last word of the organisation's name."""

    _BEFORE = re.compile(r"\b[A-Z][\w-]+\s+of\s+(?:the\s+)?$")

    def match(self, tokens: list[str], text: str, start: int) -> list[str] | None:
        if not self._BEFORE.search(text, max(0, start - 40), start):
            return None
        org = [
            n
            for n, t in enumerate(tokens)
            if t.lower().rstrip("s") in _NOT_NAME_WORDS or t.lower() in _NOT_NAME_WORDS
        ]
        if not org or org[0] != 0:
            return None
        last = 0
        while last + 1 < len(tokens) and last + 1 in org:
            last += 1
        holder = tokens[last + 1 :]
        if len(holder) < 2 or any(n in org for n in range(last + 1, len(tokens))):
            return None
        return holder


_OFFICE_HOLDER = _OfficeHolder()
_HOLDS_OFFICE = "office-holder"
"""The title given to someone named after an office's name: an official."""

_CALLED_THING = re.compile(
    r"\b(?:organi[sz]ation|company|firm|foundation|charity|association|group|agency|institute|"
    r"ngo|podcast|channel|app|website|platform|business|consultancy|fund|network|page|account|"
    r"blog|forum|team|club|league|band|newspaper|magazine|show|programme|program)\s+"
    # ("a page called "Erbil Now 24"": the name in quotes, corpus 71.)
    r"(?:called|named)\s+[\"“]?$",
    re.IGNORECASE,
)
"""Before a capitalised run: the name of a thing, not a person."""
_THING_DESCRIBED = re.compile(
    r"[\"”’']?,\s+(?:an?|the)\s+"
    r"(?:(?!(?:at|of|for|with|in|from|by|who|whose|and|to)\b)[\w-]+\s+){0,3}?"
    r"(?:organi[sz]ation|company|firm|foundation|charity|association|agency|institute|ngo|"
    r"podcast|channel|app|website|platform|business|consultancy|fund|network|think[- ]tank|"
    r"start-?up|magazine|newspaper|publication|outlet|brand|enterprise|venture|society|club)\b"
    # Not the thing's own people: "Ms Maite Uriarte Lasa, the company's office administrator"
    # (corpus 74).
    r"(?![\x27’]s\b)"
    # (Nor a job at it: "Mrs Wanjiru Kamau-Ndegwa, the Club Starter", corpus 153.)
    r"(?!\s+(?:[\w-]+\s+)?(?:starter|secretary|captain|manager|steward|treasurer|president|chair|"
    r"chairman|chairwoman|chairperson|coach|director|officer|administrator|accountant|clerk|"
    r"receptionist|caretaker|groundsman|professional|pro|member|driver|assistant|worker|employee)\b)",
    re.IGNORECASE,
)
"""After a capitalised run: 'represented "Meridian Freight Insight", a Singapore-registered
firm': the name of a thing, not a person."""
_ORDINAL_PARTY = re.compile(
    r"\b(?:the\s+)?(first|second|third|fourth|fifth)\s+(defendant|accused|suspect|respondent|"
    r"appellant|applicant|petitioner)\b",
    re.IGNORECASE,
)
"""'the second defendant': a party a court report names once and then only by its place."""
_ORDINAL_PARTY_NAMED = re.compile(
    r"\b[Tt]he\s+(first|second|third|fourth|fifth)\s+(defendant|accused|suspect|respondent)"
    r"\s*,\s+([A-Z][^,;()]{2,80}?)\s*,|"
    r"([A-Z][^,;()]{2,80}?)\s*\(\s*(?:the\s+)?(first|second|third|fourth|fifth)\s+"
    r"(defendant|accused|suspect|respondent)\s*\)"
)
"""Where a court report names the party it will call by its place: "The first defendant,
Vasco de Meneses Tavares, 52, ...", "Sónia Lobo (second defendant)"."""
_NUMBERED_PARTIES = re.compile(
    r"^[ \t]*(?P<role>Appellants|Applicants|Petitioners|Defendants|Accused|Respondents)"
    r"[ \t]*:[ \t]*\n"
    r"(?P<items>(?:[ \t]*\(?\d\)[^\n]+\n?){2,5})",
    re.MULTILINE,
)
"""A caption's parties listed by number: "Appellants: / (1) Kendrick Alvin HODGSON DOWNS, ... /
(2) Lorna Estela DOWNS MARTÍNEZ, ..." (corpus 108), then "the first appellant"."""
_ORDINALS = ("first", "second", "third", "fourth", "fifth")
_QUOTE_OPENED_BEFORE = re.compile(r"[\"“]([^\"“”\n\s]+)[ \t]$")
"""Before a name: a quotation opened on one word ("AgroDatos Cono Sur"); where the name closes
the quotation and that word is no title ("Ms Vivian Tse"), the name ends a firm's."""
_VESSEL_BEFORE = re.compile(
    # A vessel's prefix ("MB", "M/V", "FV", "HMS") or the kind of boat just before its name.
    r"(?:\b(?:M/?[BVTY]|F/?V|R/?V|S/?Y|MBCA|HMA?S|USNS|USS|RFA|KRI|BRP|HMNZS|HMCS)\.?[ \t]+"
    r"|\b(?:boat|vessel|yacht|trawler|ferry|launch|tug|dhow|banca|bangka|schooner|catamaran|"
    r"longliner|seiner|cutter)[ \t]+(?:(?:called|named)[ \t]+)?[\"“]?)$"
)
"""Before a capitalised run: a vessel's name ("MB Queen Tess", "the trawler Santa Maria"), not
a person's."""
_IN_PLACE = re.compile(
    # ("a flat near the Free Zone", "outside the Old Town": corpus 69.)
    r"\b(?:in|near|(?:near|outside|opposite|behind|beside)\s+the)\s+$"
    # Where someone was treated, held or taught: "my mother was admitted at Korle Bu".
    r"|\b(?:admitted|treated|hospitali[sz]ed|born|held|detained|buried|studied|trained|"
    r"stationed|based)\s+(?:at|in)\s+$"
    # Where a journey goes: "while boarding a flight to Las Palmas" (corpus 101).
    r"|\b(?:flights?|tickets?|trips?|plane|boat|ferry|bus|train)\s+(?:to|for|bound\s+for)\s+$"
    # (Or what leaves for there: "on which nights the ... card batches leave for Burma Camp",
    # an e-mail chain, corpus 179.)
    r"|\b(?:leaves?|left|leaving|bound|head(?:s|ed|ing)?|set(?:s|ting)?\s+off|sail(?:s|ed|ing)?)"
    r"\s+for\s+$"
    # Where someone works, after their job: "a supposed nurse at Korle Bu" (corpus 179).
    r"|\b(?:nurse|doctor|physician|surgeon|midwife|pharmacist|teacher|lecturer|professor|"
    r"student|clerk|engineer|technician|worker|employee|cashier|guard|secretary|receptionist|"
    r"researcher|scientist|accountant|intern|cook|cleaner|porter)s?\s+at\s+$"
    # Where someone who describes themselves comes from: '"a logistics data consultant from Cape
    # Town"' (corpus 125); whom a message comes from is a person ("an email from Ana Petrova").
    r"|\b(?:consultant|broker|trader|business(?:man|woman)|buyer|dealer|engineer|expert|"
    r"investor|tourist|visitor|man|woman|representative|contractor|advis[eo]r|analyst|"
    r"researcher|professor|student|group|delegation|party|team)s?\s+from\s+$"
)
"""Before a capitalised run: a place ("a court in La Paz"), unless a possessive follows."""
_ORG_CONTINUES = re.compile(
    rf"\s+(?:and|&|of|for)\s+(?:{_WORD}\s+){{0,3}}(?:Branch|Bureau|Unit|Service|Services|"
    r"Division|Department|Agency|Office|Directorate|Ministry|Police|Squad|Command|Authority|"
    r"Commission|Council|Institute|Centre|Center|Court|Committee|Board|Group|Company|"
    # (Or a body of congregations or trades: "Zomba Fraternal of Churches", corpus 137.)
    r"Churches|Mosques|Congregations|Parishes|Associations|Unions|Cooperatives|Societies|"
    r"Chambers|Clubs|Schools|Traders|Farmers|Workers|Owners)\b"
    # (Or anything joined by an ampersand: "the Hohe Jagd & Fischerei fair", corpus 127.)
    rf"|[ \t]*&[ \t]*[{_UP}]"
)
"""After a capitalised run: the rest of an organisation's name ("Garda Crime and Security
Branch", "Hohe Jagd & Fischerei")."""
_OWNS_INSTITUTION = re.compile(
    r"['’]s\s+(?:Court|Office|Tribunal|Ministry|Department|Service|Agency|Bureau|Council|"
    r"Commission|Police|Prosecutor)\b"
)
"""After a capitalised run: an institution it names ("the Francistown Magistrate's Court")."""
_TITLED = re.compile(
    r"\b(?:podcast|programme|program|show|series|company|firm|consultancy|foundation|project|"
    r"operation|app|group|channel|website|platform|magazine|newspaper|journal|network|"
    # (Or a course: 'an online citizen-science course called "Snow Leopard Watch"', corpus 136.)
    r"institute|fund|studio|film|documentary|book|blog|course|programme|workshop|training|"
    r"competition|contest|campaign|initiative|club|team|guild|forum|event|festival|fair|"
    r"conference|seminar|webinar|scheme|challenge|survey|study|account|page|profile)\s+"
    r"(?:called|named|titled|entitled)\s+$"
)
"""Before a name in quotes: what it is the title of ("a podcast called"), so not a person; a
cover name in quotes ("a man who called himself "Marco"") is still one."""
_PLACE_AFTER = re.compile(
    r"\s+(?:border\s+)?(?:crossing|checkpoint|border|station|airport|airfield|harbou?r|district|"
    r"region|province|base|camp|plant|facility|shipyard|dockyard|dam|bridge|river|valley|pass|"
    # A works or a store someone is sent to: "the Nieuw Nickerie silo" (corpus 88).
    r"silos?|mill|mine|depot|terminal|jetty|quay|wharf|refinery|warehouse|yard|"
    # A team's or a unit's name: "a doctoral researcher in the Thin Films group".
    r"group|team|lab|laboratory|unit|section|division|programme|program|project|"
    # A police station's, written short: "PI Karwar Rural PS informed" (corpus 154).
    r"police\s+station|PS)\b"
)
"""After a capitalised run: the place it names ("the Kunichina Gora crossing", "the Olkiluoto
plant"), not a person."""
_APPOSED_INITIALS = re.compile(rf"[{_LO}],\s+([{_UP}]\.\s?[{_UP}]\.(?:\s?[{_UP}]\.)?),\s")
"""Initials between commas after a description: "a technician of one of our maintenance
contractors, A. H., in a café"."""
_BY_INITIALS = re.compile(
    # ("whom he asked us to refer to only as R.H.", corpus 74.)
    r"\b(?:initials,?|(?:identified|named|refer(?:red)?\s+to|known|called)\s+(?:\w+\s+){0,4}?as)\s+"
    # (Not initials before a surname, "identified in court documents as J. R. Quispe"; a
    # sentence may follow them, "only by his initials, D.O. It said he is 47".)
    # (Or four, as Latin American names give two given names and two surnames: "only by her
    # initials, M. F. Z. V.", corpus 126.)
    rf"([{_UP}]\.\s?[{_UP}]\.(?:\s?[{_UP}]\.){{0,2}}"
    rf"(?!\s?(?!(?:It|He|She|They|The|This|That|His|Her|Their|In|On|At|An?)\b)[{_UP}][{_LO}])|{_WORD}\s[{_UP}]\.(?!\s?[{_UP}]\.))"
)
"""A name kept back by the court or the paper ("identified only by his initials, M.K.", "can
be identified only as R.T. under a suppression order"): the initials are the person, where a
cover name "identified only as Sami" is a recruiter's."""
_PARTY_CODE = re.compile(
    rf"(?<![\w'’.-])(?P<code>[{_UP}]{{3,5}})\s+(?:is|was|has|had|"
    r"received|told|answered|did|travelled|traveled|returned|met|said|says|accepted|admitted|"
    r"denied|gave|sent|replied|reported|agreed|declined|explained|maintained|became|joined|"
    r"worked|works|lives|lived|came)\b[^.\n]{0,200}?\b(?:he|she|his|her|him|himself|herself)\b"
)
"""A code of capitals as a clause's subject, which goes on about "he" or "her":
"ZKVW is a data centre facilities technician employed by a contractor ..., where he maintains
power" (an administrative tribunal's decision, whose parties are known by codes, corpus 175)."""
_BENCH_FIELD = re.compile(
    r"^[ \t]*(?:Tribunal|Panel|Coram|Before|Bench|Members?\s+of\s+the\s+(?:panel|tribunal|board)|"
    r"Presiding(?:\s+(?:member|judge|officer))?|Adjudicators?|Judges?|Arbitrators?|"
    # (Or who teaches a session: "Co-trainer: ISHIGURO Ken'ichi (former security manager ...)",
    # a trainer's lesson plan, corpus 177.)
    r"(?:Co-?)?[Tt]rainers?|Facilitators?)[ \t]*:"
    # (The field's next lines, indented under it, name more members.)
    r"(?P<names>[^\n]*(?:\n[ \t]{4,}[^\n]+)*)",
    re.MULTILINE,
)
"""A decision's heading field that names who decided (or a lesson plan's, who teaches), on its
line and the indented lines below ("Tribunal:        Deputy President Margaret O'Halloran-Vuong
/ Senior Member Dr Ravindra Jayasekera / Member Christine Blackwood", corpus 175)."""
_BY_THEIR_INITIALS = re.compile(
    r"\b(?:referred\s+to|identified|named|known|called)\s+(?:only\s+)?(?:by|as)\s+(?:his|her|their)\s+"
    r"initials\b"
)
"""A report that says it names someone by initials only, without giving them there ("The first
agreed on condition that he be referred to only by his initials", corpus 108)."""
_INITIALS_RUN = re.compile(rf"(?<![\w.])([{_UP}]\.(?:-[{_UP}]\.|\s?[{_UP}]\.){{1,3}})(?=[\s,;:)])")
"""Initials written together, a compound given name's too ("J.-M. L.")."""
_THE_INITIALS = re.compile(
    rf"\bthe\s+initials\s+([{_UP}]\.\s?[{_UP}]\.(?:\s?[{_UP}]\.)?)|"
    # (Or "identified in the written complaint and in these minutes only as J. F. P. G.",
    # corpus 141.)
    r"\b(?:identified|referred\s+to|named|known|called)\s+(?:[^.;]{0,60}?\s)?only\s+as\s+"
    rf"([{_UP}]\.(?:\s?[{_UP}]\.){{1,3}})(?=[\s,;:)])"
)
"""Initials named as such: "identified only by the initials K. J."."""
_INITIALS_VERSUS = re.compile(
    rf"^[ \t]*(?P<first>(?:[{_UP}]\.){{2,4}})[ \t]*\n[ \t]*(?:vs?\.?|versus|against|contra)[ \t]*\n"
    rf"[ \t]*(?P<second>(?:[{_UP}]\.){{2,4}})[ \t]*$",
    re.MULTILINE,
)
"""A caption of two parties known by initials, each on a line of its own: "R.G. / vs / M.G."."""
_INITIALS_AGED = re.compile(
    rf"(?<![\w.])([{_UP}]\.\s?[{_UP}]\.(?:\s?[{_UP}]\.)?),\s+"
    # ("V. J., a 45-year-old dispatcher": the age told as a description, corpus 62.)
    r"(?:(?:aged\s+)?\d{1,2}\s*,|an?\s+" + YEARS_OLD + r"\b|"
    # ("J.K., as Finnish court documents refer to him, is 34": the paper's name for him,
    # corpus 64.)
    r"as\s+[^,.;]{0,60}?\b(?:refers?|referred|calls?|called|names?|named|identif(?:y|ies|ied))"
    r"\s+(?:to\s+)?(?:him|her|them)\s*,)"
)
_INITIAL_QUOTED_AGED = re.compile(
    rf"[\"“](?P<initial>[{_UP}]\.)[\"”],?\s+(?:aged\s+)?\d{{1,2}}(?:\s+years?\s+old)?\b"
)
"""A minor a text names by one initial in quotes, with an age: 'Story 1: "J.", 15 years old'
(corpus 130); later "J." is that person."""
_BYLINE_BEFORE = re.compile(
    # (Or a programme's host or presenter, on a line of their own: "Host: Liliana Chiriac" over a
    # phone-in's transcript, corpus 142.)
    # (Not a transcript's speaker label in capitals: "ANCHOR: Lalou, thank you", corpus 142.)
    r"(?:^|\n)[ \t]*(?-i:Host|Presenter|Anchor|Moderator|Interviewer)[ \t]*:[ \t]*$|"
    r"(?:\bas\s+told\s+to|\b(?:interview(?:ed)?|reporting|reported|words|written|story|text)\s+by|"
    # A note's signatory: "the section's note to this Committee signed by Dr. Feliciano Ngonda"
    # (corpus 100).
    r"\b(?:note|letter|memo|memorandum|report|statement|minute)\b[^.;]{0,60}?\bsigned\s+by|"
    r"(?:^|\n|[—–]\s)\s*by)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+)?$",
    re.IGNORECASE,
)
"""A byline: the name after it wrote the piece."""
_MATTER_OF = re.compile(
    r"\b[Ii]n\s+the\s+matter\s+of\s+(?:the\s+)?(?:employee|accused|defendant|appellant|respondent|"
    r"officer|staff\s+member|student|member)\s*:?[ \t]*\n[ \t]*$"
)
"""A ruling's caption before its party's name, on the line below."""
_TOLD_ABOUT = re.compile(
    r"\b(?:speak|spoke|talk|talked|tell|told|write|wrote|report|reported)\s+(?:to\s+\w+\s+)?about\s*$"
)
"""Before a relative named: the telling is about them ("to speak about his son, ...")."""
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*$")
"""Before a name: nothing else on its line."""
_POSTED_BELOW = re.compile(
    r"[ \t]*\n[ \t]*(?:[^\n]{1,160}\n[ \t]*)?(?:Published|Posted|Updated)\b[^\n]{0,60}"
    r"(?:\d|ago|read\b)",
    re.IGNORECASE,
)
"""After a name alone on its line: the date its post was published, on the next line or the one
after its headline ("Published 11 March · 8 min read")."""
_WRITER_BYLINE = re.compile(
    r"(?:^|\n)[ \t]*by\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+)?$", re.IGNORECASE
)
"""A byline of its own on a line ("by Lo Kwok-keung"), not an interviewer's ("Interview by"):
over a piece told in the first person, the writer is its "I"."""
_SPEAKER_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[Ss]poken|[Dd]elivered|[Gg]iven|[Rr]ead)\s+by\s+$")
"""A speech's speaker on a line of its own ("Spoken by Martín Ezequiel Sosa Rivero at the
wake", corpus 127): over a speech in the first person, its "I", unless a post follows the name
("delivered by R. Zosangliana, Superintendent of Police", corpus 79: an official telling of
others)."""
_AUTHOR_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?:Staff\s+member|Submitted\s+by|Prepared\s+by|Written\s+by|Author|"
    r"Reporting\s+(?:officer|member\s+of\s+staff)|Name\s+of\s+(?:staff\s+member|applicant|author)|"
    # (Or who makes a request told in the first person: "Applicant: Dejan (Milutin) Vukčević"
    # over "I have worked as a shift operator ...", corpus 134.)
    r"Applicant|Complainant|Requester|Whistle-?blower)"
    r"[ \t]*:[ \t]*(?:[A-Za-z]{1,5}\.[ \t]+){0,4}$"
)
"""A report's field that names who wrote it, titles and all ("Staff member: Prof. dr. ir. ")."""
_PSEUDONYM = re.compile(
    r"\b(?:(?:we|i)\s+(?:will|shall|'ll|are\s+going\s+to|have\s+chosen\s+to)\s+call|"
    # ("Our colleague asked us not to use his real name, so we call him Marko", corpus 140.)
    r"(?:we|i)\s+call(?=\s+(?:her|him|them)\s)|"
    r"(?:is|are)\s+calling|(?:given|under|using)\s+the\s+pseudonym|"
    r"(?:a|the)\s+pseudonym)\s+(?:(?:her|him|them)\s+)?[\"“‘']?"
    rf"({_WORD})[\"”’']?"
)
"""A name the paper gives someone it will not name ('a young woman we will call "Ana"', "whom
The Courier is calling Anna"): the person, not a cover the recruiter used (corpus 64)."""
_PSEUDONYM_MARKED = re.compile(
    rf"[\"“]?([{_UP}][{_UP}{_LO}]+)[\"”]?\s*\((?i:not\s+(?:his|her|their)\s+real\s+name|"
    r"(?:a\s+)?pseudonym|(?:the\s+)?name\s+(?:has\s+been\s+)?changed)\)"
)
"""A name marked as one the report gives ('"ANDREI" (NOT HIS REAL NAME)', corpus 86): the
person, as the report goes on to write it ("Andrei")."""
_PSEUDONYM_SAID = re.compile(
    rf"[\"“‘']([{_UP}][{_LO}]+(?:[ -][{_UP}][{_LO}]+)?)[\"”’']\s+is\s+not\s+(?:his|her|their)\s+"
    r"(?:real|true|own)\s+name\b|"
    # ('The colleague at the centre of this account is called "Jess" here, which is not her
    # name', a nurse's reflective account, corpus 128.)
    rf"\b(?:is|are)\s+called\s+[\"“‘']([{_UP}][{_LO}]+)[\"”’']\s+here\b"
)
"""A name the report says is not the person's own ('"Tebwe" is not his real name', a course
handout, corpus 106): the person, as the report goes on to write it."""
_PATRONYMIC_END = r"(?:ovich|evich|ovych|ovna|evna|ivna|ichna|yevich|yevna)\b"
"""The end of a patronymic ("Ilhomovich", "Saidovna"): a word only a person's name has."""
_CAPS_NAME = re.compile(
    # A given name of two syllables joined by a hyphen ("JANG Hye-rin"), and a surname of two
    # capitals before one ("OH Ji-hoon").
    # (Or joined to a second capitalised one: "ANDRIANARISOA Jean-Claude", corpus 91.)
    # (With a Maghrebi particle of the surname in capitals too: "Mrs. AÏT LAHCEN Fatima-Zahra",
    # corpus 92.)
    # (And an elided "N'" before it: "N'GUESSAN Affoué Pélagie", corpus 96.)
    # (Two surnames in capitals, a Luba "wa" between them or not: "Mr KABWE MULUMBA Patrick",
    # "Mr MBUYI wa KABEYA Didier", corpus 103.)
    # (A double surname joined by a hyphen: "VANHOUTTE-MERTENS Ghislaine, Director of
    # Teaching", a bridge club's minutes, corpus 165.)
    rf"\b((?:(?:AÏT|AIT|BEN|BENT|OULD|ABOU|BOU)\s)?(?:[{_UP}]['’])?[{_UP}]{{3,}}(?:-[{_UP}]{{3,}})?"
    rf"(?:\s(?:wa\s)?[{_UP}]{{3,}}(?=\s[{_UP}][{_LO}]))?|"
    rf"[{_UP}]{{2}}(?=\s[{_UP}][{_LO}]+-[{_LO}]))"
    # (The father's name in brackets between, as Serbian and Bosnian records write it:
    # "LAZIĆ (Dušan) Goran" is Goran Lazić, corpus 93.)
    # (Or a Japanese given name with an apostrophe: "ISHIGURO Ken'ichi", corpus 177.)
    rf"\s(?:\({_WORD}\)\s)?({_WORD}(?:-[{_UP}]?[{_LO}]+|['’][{_LO}]+)?"
    # Two given names where a court's caption writes them: "MOKHESI Tumelo Paul   Applicant"
    # (corpus 88).
    # (Hyphenated too: "KONAN Kouassi Serge-Alain, born 1987", corpus 96.)
    # (Or three, as Malagasy names have them: "RAKOTOMALALA Andry Hery Nirina, known to most of
    # us as Hery", corpus 134.)
    rf"(?:(?:\s{_WORD}(?:-[{_UP}][{_LO}]+)?){{1,2}}(?=[ \t]{{2,}}"
    r"(?:Applicant|Appellant|Respondent|Accused|Defendant|Petitioner|Plaintiff)\b"
    # Or apposed, between commas: "the account of a declarant, HOUNKPATIN Codjo Euloge,
    # employed since 2018" (corpus 90).
    # (Or before an Italian widow's "ved." and her husband's name, or a father's "fu": "LOI
    # Maria Bonaria ved. SERRA", corpus 136.)
    r"|,|\s(?:épouse|ép\.|ved\.|vedova|fu|di)\s))?)\b"
    # And a patronymic after the given name: "QURBANBAEV Baxtiyar Sarsenbaevich" (corpus 76).
    rf"(?:\s[{_UP}][{_LO}]+{_PATRONYMIC_END})?"
    # And a married woman's husband's name, as Ivorian records write it: "N'GUESSAN Affoué
    # Pélagie épouse KOFFI", then "Mme Koffi" (corpus 96).
    # (Not a widow's "ved." and her late husband's name, which is no name of hers: "LOI Maria
    # Bonaria ved. SERRA" is Sig.ra LOI, corpus 136.)
    rf"(?:\s(?:épouse|ép\.)\s[{_UP}]{{3,}}\b)?"
)
_CAPS_ALONE = re.compile(rf"\b[{_UP}](?:[{_UP}]|['’](?=[{_UP}])){{2,}}(?:-[{_UP}]{{3,}})?\b")
_LISTED_NAME = re.compile(
    rf"\b([{_UP}]{{3,}}(?:[ -][{_UP}]{{3,}})?),\s+({_WORD}(?:\s{_WORD})?)\b(?!\s[{_UP}][{_LO}])"
    r"(?![\x27’]s\b)"
)
"""A surname in capitals, a comma and the given names ("YON, Emmerson Luke"), or both surnames
as Spanish forms write them ("CEDEÑO VERA, María Augusta", corpus 87); not an agency's name
before someone else's ("seen by APS, Jurčević's contact", corpus 59)."""


_CAPS_PARTICLES = (
    # (And the Irish "daughter of", "son of": "Aoife Máire NÍ MHURCHÚ", corpus 127.)
    r"(?:DA|DE|DO|DOS|DAS|DEL|DI|DU|VAN|VON|DER|LA|LE|Y|E|BIN|BINTI|IBN|AL|EL|NÍ|NIC|UÍ|MAC)"
)
_SURNAME_IN_CAPS = re.compile(
    # A given name (or two) as usual, then the surname in capitals, as cables, police reports
    # and court lists write it: "Mr Tomas HENRIKSEN", "Ms Hodan ISMAËL ROBLEH" (corpus 86);
    # with the father's name in brackets between, as Albanian registers write it: "Ilir (Bujar)
    # HOXHA" is Ilir Hoxha (corpus 87).
    # (Hyphenated, the given name or the surname: "Marie-Noëlle AH-TIME", corpus 97.)
    # (Never a word on the line before: "DE SMET Jean-Luc, Treasurer / VANHOUTTE-MERTENS
    # Ghislaine", a bridge club's minutes, corpus 165.)
    rf"\b({_WORD}(?:-{_WORD})?(?:[ \t]{_WORD}(?:-{_WORD})?){{0,2}})[ \t](?:\({_WORD}\)[ \t])?"
    # (A particle in capitals first: "Jean-Baptiste LE GALL", corpus 151.)
    rf"((?:(?:LE|LA|DE|DU|DA|DI|DEL|DELLA|DOS|DAS|VAN|VON)\s(?=[{_UP}]{{3,}}))?"
    rf"(?:[{_UP}]{{3,}}|[{_UP}]{{2}}(?=-[{_UP}]{{2,}}))"
    rf"(?:[\s-](?:{_CAPS_PARTICLES}\s)?[{_UP}]{{2,}}){{0,2}})\b"
    rf"(?![{_LO}])"
    # (Not a currency before a sum: "he offered Niña Marta USD 200", corpus 95.)
    r"(?!\s?\d)"
)
_GIVEN_AROUND_CAPS = re.compile(
    rf"\b(?P<given>{_WORD})\s(?P<surname>[{_UP}]{{2,}})\s(?P<after>{_WORD}(?:[\s-]{_WORD})?)\b"
    rf"(?![\s-]?[{_UP}])"
)
"""A given name, the surname in capitals and more given names: "Vincent LIM Choon Hock"."""
_NAME_IN_CAPS = re.compile(
    # A whole name in capitals, with its particles: "JOÃO VÍTOR DA SILVA PACHECO, known as
    # ...", "LARISSA HELENA MOURA DOS SANTOS, 27, research fellow" (corpus 86): only where an
    # age, a nickname or a nationality follows, as a file's heading of a person gives it.
    rf"\b([{_UP}]{{2,}}(?:\s(?:{_CAPS_PARTICLES}\s)*[{_UP}]{{2,}}){{1,5}})"
    r"(?=,\s+(?:\d{1,2}\b|aged\b|known\s+as\b|alias\b|called\b|[a-z]+(?:ian|ese|ish|an|i)\b,))"
)
_TITLED_CAPS_NAME = re.compile(
    # A whole name in capitals after a personal title, as a notary's or a registrar's record
    # writes its parties: "Mr. LUIS FERNANDO DE LA VEGA ARTEAGA", "Engineer MARÍA GUADALUPE
    # TREJO DEL ÁNGEL" (corpus 104).
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Engineer|Eng|Ing|Lic|Licenciado|Licenciada|Sr|Sra|Señor|Señora|"
    r"Don|Doña|Mme|Mlle)\.?\s+"
    rf"([{_UP}]{{2,}}(?:\s(?:{_CAPS_PARTICLES}\s)*[{_UP}]{{2,}}){{1,5}})\b(?!\s[{_UP}][{_LO}])"
)
_SURNAME_FIELD = re.compile(
    rf"^[ \t]*(?:Surname|Family\s+name|Last\s+name)s?(?:\(s\))?[ \t]*:[ \t]*"
    rf"(?P<surname>[{_UP}][\w'’-]+(?:[ \t][{_UP}][\w'’-]+){{0,2}})[ \t]*\n"
    rf"[ \t]*(?:Given|First|Fore)[ \t]*names?(?:\(s\))?[ \t]*:[ \t]*"
    # (A hyphenated given name: "Given names: Jean-Robert", corpus 107.)
    rf"(?P<given>{_WORD}(?:-{_WORD})?(?:[ \t]{_WORD}(?:-{_WORD})?){{0,2}})[ \t]*(?=[,;(\n]|$)",
    re.MULTILINE,
)
"""A record's surname field, then its given names' field, on the next line."""
_PATRONYMIC_FIELD = re.compile(
    # (The party the record is, on a line of its own above it: "Declarant:", then "Clan name
    # (ovog): Borjigin".)
    r"(?:^[ \t]*(?P<label>[A-Z][a-z]+)[ \t]*:[ \t]*\n(?:[ \t]*[^:\n]{1,40}:[^\n]*\n){0,2})?"
    rf"^[ \t]*(?:Patronymic|Father[’']s\s+name)[^:\n]{{0,20}}:[ \t]*(?P<patronymic>{_WORD})[ \t]*\n"
    rf"[ \t]*(?:Given|First)[ \t]*names?[^:\n]{{0,20}}:[ \t]*(?P<given>{_WORD})[ \t]*$",
    re.MULTILINE,
)
"""A record's patronymic field, then its given name's, on the next line ("Patronymic:
Dorjsürengiin / Given name: Ganbold", a Mongolian declaration, corpus 127): the person's name,
written then as the patronymic's initial and the given name ("D. Ganbold") or the given name;
and "the declarant", where the record is labelled so."""
_KNOWN_AS_FIELD = re.compile(
    r"[ \t]*\n[ \t]*(?:Known\s+as|Also\s+known\s+as|Nickname|Alias)\s*:\s*[\"“]?"
    r"(?P<nick>[^\"”\n(,;]{1,30}?)[\"”]?(?=\s*[(,;\n]|$)"
)
"""The record's next field after the names: what the person goes by ('Known as: "Ti Bob"')."""
_SURNAME_COMMA_GIVEN = re.compile(
    r"^[ \t]*(?:(?:Employee|Name|Member|Staff\s+member|Subject|Worker|Applicant|Student|Requester|"
    r"Officer)[ \t]*:|"
    # (Or a numbered heading: "4.1 Kühl, Thorben - survey technician (pay group E 8 TVöD)", a
    # staff council's overview, corpus 143.)
    r"\d{1,2}(?:\.\d{1,2}){0,2}\.?"
    r"(?=[ \t]+[^\n,]{2,40},[ \t]+[^\n]{2,40}?[ \t][–—-][ \t]+[a-z])|"
    # (Or a log's entry reference and its date, the line then giving the name and the job
    # alone: "SC-24/35 (10.09). Carvajal Olmedo, María José, assignment editor.", a broadcaster's
    # standards log, corpus 152.)
    r"[A-Z]{1,5}-?\d{1,4}(?:[/.-]\d{1,4}){0,2}(?:[ \t]+\(\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\))?"
    r"[.:](?=[ \t]+[^\n,]{2,40},[ \t]+[^\n,]{2,40},[ \t]+[a-z][\w'’-]*(?:[ \t][a-z][\w'’-]*){0,4}"
    r"\.?[ \t]*$))[ \t]*"
    rf"(?P<surname>{_WORD}(?:[-'’]{_WORD})*"
    rf"(?:[ \t](?:{_PARTICLES}[ \t])?{_WORD}(?:[-'’]{_WORD})*){{0,2}}"
    r"(?:[ \t](?:Jr\.?|Sr\.?|II|III|IV))?),[ \t]+"
    rf"(?P<given>{_WORD}(?:-{_WORD})?(?:[ \t]{_WORD}(?:-{_WORD})?){{0,2}})"
    # (Then a dash before the job, or a bracket: not "Subject: Cabdiqaadir Maxamuud Xirsi,
    # Coxswain, Pilot Boat Section", a name and a post, corpus 76.)
    rf"(?:[ \t]+\([\"“](?P<nick>{_WORD})[\"”]\))?(?=[ \t]+[–—-][ \t]|[ \t]*\(|"
    r",[ \t]+[a-z][\w'’-]*(?:[ \t][a-z][\w'’-]*){0,4}\.?[ \t]*$)",
    re.MULTILINE,
)
"""A record's name written surname first, with the name the person goes by after it:
'Employee: Hendricks III, Delroy Ezekiel ("Zeke")', 'Employee: Rosario Vega, Ángel Luis
("Cuco")' (corpus 122): later "Zeke" and "Cuco" are Delroy Ezekiel Hendricks III and Ángel Luis
Rosario Vega."""
_RECORD_JOB = re.compile(
    r"[ \t]*(?:\([^)\n]*\)[ \t]*)?[–—-][ \t]+"
    r"(?P<role>[a-z][\w'’-]*(?:[ \t][a-z][\w'’-]*){0,4})(?=[ \t]*(?:,|[–—-]|\n|$))"
)
"""After a record's name, the person's job: 'Employee: Hendricks III, Delroy Ezekiel ("Zeke") –
hydrophone array technician, 7 yrs' (corpus 122)."""


def _record_name(record: re.Match[str]) -> str:
    """The name a :data:`_SURNAME_COMMA_GIVEN` record gives, written given names first."""
    suffix = re.match(r"(.*?)[ \t]+(Jr\.?|Sr\.?|II|III|IV)$", record.group("surname"))
    surname = suffix.group(1) if suffix else record.group("surname")
    full = f"{record.group('given')} {surname}" + (f" {suffix.group(2)}" if suffix else "")
    return " ".join(full.split())


_NAME_SUFFIXES = frozenset({"Jr", "Sr", "Ii", "Iii", "Iv"})
_PARTY_LABEL = re.compile(
    r"[ \t]*(?:Accused|Defendant|Appellant|Applicant|Respondent|Complainant|Claimant|Grievant|"
    r"Subject|Employee|Name|Member|Officer\s+concerned|Staff\s+member)(?:\s+\d{1,2})?[ \t]*:[ \t]*"
)
"""A caption's or a record's label of the person it concerns, before the name on its line."""
_HEREINAFTER_PART = (
    r"(?:hereinafter[ \t]*[:,]?[ \t]*(?:(?:called|referred[ \t]+to[ \t]+as)[ \t]+)?(?:the[ \t]+)?)?"
)
"""Before a caption's part: the name the judgment gives its party ("hereinafter: the
defendant", corpus 106)."""
_CAPTION_PARTY = re.compile(
    rf"^[ \t]*(?P<name>(?:(?:[{_UP}]\.){{1,3}}[ \t]?|[{_UP}][{_LO}]+[ \t]+)"
    rf"[{_UP}]{{2,}}(?:[-' ][{_UP}]{{2,}}){{0,2}}|(?P<initials>(?:[{_UP}]\.){{2,4}})),[ \t]*\n"
    rf"(?:[^\n]{{0,60}}\n){{0,2}}?[ \t]*{_HEREINAFTER_PART}"
    r"(?:appellant|applicant|claimant|plaintiff|petitioner|defendant|accused|complainant)"
    r"[ \t]*[,.]?[ \t]*$",
    re.MULTILINE,
)
"""A caption's party, its name on a line of its own and the part it plays below it."""
_VERSUS_GIVEN_CAPS = re.compile(
    rf"\b(?:R|The\s+State|The\s+People|People)\s+v\.?\s+(?P<given>{_WORD}(?:\s{_WORD}){{0,2}})\s+"
    rf"(?P<surname>[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?)\b"
)
"""A caption's defendant after "R v", the surname in capitals ("R v Dean Anthony WHITLOW")."""
_STATEMENT_OF_FIELD = re.compile(
    rf"^[ \t]*(?:Statement\s+of|Name\s+of\s+witness|Witness|Full\s+name|Name)[ \t]*:[ \t]*"
    rf"(?P<given>[{_UP}][{_LO}][\w'’-]*(?:[ \t][{_UP}][{_LO}][\w'’-]*){{0,2}})[ \t]+"
    rf"(?P<surname>(?:{_CAPS_PARTICLES}[ \t]+)?[{_UP}]{{2,}}(?:[-'’ ][{_UP}]{{2,}})?)[ \t]*$",
    re.MULTILINE,
)
"""A form's field naming its maker, given names as usual and the surname in capitals ("Statement
of: Aoife Máire NÍ MHURCHÚ", a police witness statement, corpus 127)."""
_AFTER_VERSUS = re.compile(
    # (Blank lines around the "v" too: "THE KING / / v / / LOGAN CRAIG WHITCOMBE", a New Zealand
    # court's sentencing notes, corpus 175.)
    rf"^[ \t]*vs?\.?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<name>[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?"
    rf"(?:[ \t]+[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?\.?){{1,4}}),?[ \t]*$",
    re.MULTILINE,
)
"""A caption's party in capitals on the line after "v." ("v. / DALE EVERETT WHITCOMB JR.,")."""
_CAPS_RUN = re.compile(rf"[{_UP}]{{2,}}(?:[ \t]+[{_UP}]{{2,}})+")
"""Words in capitals side by side on one line."""
_CAPS_TITLE_WORDS = frozenset(
    # ("Comrade MAKOSSO Ghislain Rodrigue", "Monsieur NGOMA", corpus 102.)
    # ("M. Fritz BELFORT", the French "Monsieur", corpus 108; a lawyer's "Me", Maître: "Me
    # Hicham AIT BOUZID", corpus 119.)
    "Mr Mrs Ms Miss Mx Dr Mme Mlle Sr Sra Prof Comrade Monsieur M Me".split()
)
_CAPS_TITLE = re.compile(
    r"\b(?:" + "|".join(sorted(_CAPS_TITLE_WORDS, key=lambda w: (-len(w), w))) + r")\.?\s$"
)


def _name_from_caps(name: str) -> str:
    """A name written in capitals as a name is usually written: "João Vítor da Silva Pacheco"."""
    words: list[str] = []
    for word in name.split():
        if word.isupper() and len(word) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            if re.fullmatch(_CAPS_PARTICLES, word) and words:
                word = word.lower()
            else:
                word = "-".join(part.capitalize() for part in word.split("-"))
        words.append(word)
    return " ".join(words)


_LETTER = re.compile(rf"[{_UP}{_LO}]")
_WORD_CHAR = re.compile(r"\w")


def _stands_alone(word: str, text: str, part_of_word: re.Pattern[str] = _WORD_CHAR) -> bool:
    """Whether ``text`` has ``word`` with no character of ``part_of_word`` just before or after
    it: ``re.search(rf"(?<!\\w){re.escape(word)}(?!\\w)", text)`` without compiling a
    pattern per word, nor trying the look-behind at every position of the text."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and part_of_word.match(text, at - 1)) and not (
            end < len(text) and part_of_word.match(text, end)
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _names_in_caps(text: str) -> dict[str, str]:
    """The surnames (and whole names) a report writes in capitals after or with the given
    name, each mapped to the name they stand for: "HENRIKSEN" -> "Tomas Henriksen". Only where
    a title opens the name, an age or a nickname follows it, or the surname comes back alone
    (a heading in capitals, "FACTS ESTABLISHED", is none of these)."""
    alone = Counter(m.group(0) for m in _CAPS_ALONE.finditer(text))
    found: dict[str, str] = {}
    for field in _SURNAME_FIELD.finditer(text):
        # "Surname: BEN SALEM / Given names: Mohamed Amine, known as ..." (corpus 88): a
        # record's two fields, one person, and either part said again is them.
        surname = " ".join(field.group("surname").split())
        given = " ".join(field.group("given").split())
        name = f"{given} {_name_case(surname)}"
        found.setdefault(surname, name)
        found.setdefault(given, name)
    for party in _AFTER_VERSUS.finditer(text):
        # The party a caption names on the line after "v.", in capitals with a suffix:
        # "UNITED STATES OF AMERICA / v. / DALE EVERETT WHITCOMB JR.," (a criminal complaint,
        # corpus 126), then "WHITCOMB" alone throughout.
        said = party.group("name").split()
        words = [w for w in said if w.rstrip(".,").capitalize() not in _NAME_SUFFIXES]
        suffix = [f"{w.rstrip('.,').capitalize()}." for w in said[len(words) :]]
        if len(words) >= 2 and not any(
            w.lower() in _NOT_NAME_WORDS | _FUNCTION_WORDS for w in words
        ):
            name = " ".join([_name_from_caps(" ".join(words)), *suffix])
            found.setdefault(" ".join(words), name)
            found.setdefault(words[-1], name)
    for party in _VERSUS_GIVEN_CAPS.finditer(text):
        # "R v Dean Anthony WHITLOW, Preston Crown Court" (a victim's statement for a sentencing,
        # corpus 127): the defendant, given names as usual and the surname in capitals.
        name = f"{party.group('given')} {_name_from_caps(party.group('surname'))}"
        found.setdefault(f"{party.group('given')} {party.group('surname')}", name)
        found.setdefault(party.group("surname"), name)
    for maker in _STATEMENT_OF_FIELD.finditer(text):
        name = f"{maker.group('given')} {_name_from_caps(maker.group('surname'))}"
        found.setdefault(f"{maker.group('given')} {maker.group('surname')}", name)
        found.setdefault(maker.group("surname"), name)
    for after_title in _TITLED_CAPS_NAME.finditer(text):
        said = after_title.group(1)
        words = said.split()
        if len(words) >= 3 and not any(
            w.lower() in _NOT_NAME_WORDS | _FUNCTION_WORDS for w in words if len(w) > 3
        ):
            # (Three words at least: "Mr KABWE MULUMBA" is surnames, its given name after.)
            found.setdefault(said, _name_from_caps(said))
    for caption in _CAPTION_PARTY.finditer(text):
        # A caption's party on a line of its own, the part it plays a line or two below:
        # "R.M. GIRIGORIE-MARTINA," / "residing in Curaçao," / "appellant," (corpus 101).
        said = caption.group("name")
        if caption.group("initials"):
            continue  # (initials only: no name in capitals, read as initials are)
        if not any(w.lower() in _NOT_NAME_WORDS for w in re.split(r"[\s-]+", said)):
            found.setdefault(said, _name_from_caps(said))
    for match in _NAME_IN_CAPS.finditer(text):
        words = match.group(1).split()
        if any(w.lower() in _NOT_NAME_WORDS for w in words) or not re.search(
            r"[AEIOUY]", words[-1]
        ):
            continue
        if _is_title(words[0]):
            # A title, not a given name: "Comrade MAKOSSO Ghislain Rodrigue", "Monsieur NGOMA"
            # (corpus 102), read as the names they are elsewhere.
            continue
        name = _name_from_caps(match.group(1))
        found.setdefault(match.group(1), name)
        found.setdefault(words[-1], name)
    # A heading in capitals that names someone the text then writes as names are written
    # ("3. OUR COLLEAGUE LEMAN ABLACHIM, CAREERS COUNSELLOR", then "Mrs Ablachim", "Leman":
    # corpus 86): the last words of the heading that the text writes so, two at least.
    for line in _CAPS_RUN.finditer(text):
        if text.startswith(":", line.end()):
            continue  # a transcript's speaker ("ACTING COMMISSIONER HADAWAY:"), read as such
        words = line.group(0).split()
        opens = text.rfind("\n", 0, line.start()) + 1
        if (
            _PARTY_LABEL.fullmatch(text, opens, line.start()) is not None
            and 2 <= len(words) <= 5
            and not any(w.lower() in _NOT_NAME_WORDS | _FUNCTION_WORDS for w in words)
            and text[line.end() : line.end() + 1] in ("\n", "", ",", " ")
        ):
            # A caption's party, the whole name in capitals after its label: "Accused: KEMAR
            # JAMAL CUMBERBATCH", then "Mr. Cumberbatch" (corpus 99).
            found.setdefault(line.group(0), _name_from_caps(line.group(0)))
            continue
        kept: list[str] = []
        for word in reversed(words):
            if re.fullmatch(_CAPS_PARTICLES, word) and kept:
                kept.insert(0, word)
                continue
            written = word.capitalize()
            if (
                word.lower() in _NOT_NAME_WORDS | _FUNCTION_WORDS
                or _is_title(written)
                or not _stands_alone(written, text, _LETTER)
            ):
                break
            kept.insert(0, word)
        while kept and (
            re.fullmatch(_CAPS_PARTICLES, kept[0]) or kept[0].capitalize() in _CAPS_TITLE_WORDS
        ):
            kept = kept[1:]  # ("MS NGHIFIKWA:", a transcript's speaker: a title, no name)
        while kept and kept[-1].capitalize() in _NAME_SUFFIXES:
            kept = kept[:-1]
        name = _name_from_caps(" ".join(kept))
        # Only a name the text never writes as names are written: "LLOYD COMEAU JR.:" in a
        # transcript is the Lloyd Comeau Jr. it names (corpus 54).
        if len(kept) >= 2 and not _stands_alone(name, text):
            found.setdefault(" ".join(kept), name)
    for match in _GIVEN_AROUND_CAPS.finditer(text):
        # "Vincent LIM Choon Hock ("Mr. Lim")" (corpus 97): an English given name, the surname
        # in capitals and the Chinese given names after it, where the text writes the surname
        # as names are written too.
        surname = match.group("surname")
        if _is_title(match.group("given")):
            # "Police Sergeant ŌKUBO Takumi" (corpus 110): a rank before a surname-first name,
            # no given name; read as "TOKUNAGA Shigeru" is, with its title.
            continue
        if surname.lower() in _NOT_NAME_WORDS or not _stands_alone(
            _name_case(surname), text, _LETTER
        ):
            continue
        name = " ".join((match.group("given"), _name_case(surname), *match.group("after").split()))
        found.setdefault(match.group(0), name)
        found.setdefault(surname, name)
    for match in _SURNAME_IN_CAPS.finditer(text):
        given, surname = match.groups()
        last = surname.split()[-1]
        if (
            any(w.lower() in _NOT_NAME_WORDS | _FUNCTION_WORDS for w in given.split())
            or any(w.lower() in _NOT_NAME_WORDS for w in surname.split())
            or not re.search(r"[AEIOUY]", last)
        ):
            continue
        words = given.split()
        while words and words[0].rstrip(".") in _CAPS_TITLE_WORDS:
            words = words[1:]  # "Mr Tomas HENRIKSEN": the title is no given name
        titled = len(words) < len(given.split()) or (
            _CAPS_TITLE.search(text, max(0, match.start() - 6), match.start()) is not None
        )
        # (Or named as a party in a caption: "Yamikani Peter NKHOMA ..... Appellant"; or the
        # surname written as names are written elsewhere, "M-N. Ah-Time", corpus 97.)
        captioned = _PARTY_AFTER.match(text, match.end()) is not None or (
            "-" in surname and _stands_alone(_name_from_caps(surname), text)
        )
        # (Or told as a person right after: a nickname in quotes, or the job with "our":
        # 'Jean-Baptiste LE GALL, "JB", our ship-model restorer', "Loïc DAUMAS-VIDAL, our
        # preventive conservation technician", corpus 151.)
        apposed = _PERSON_APPOSED_CAPS.match(text, match.end()) is not None
        if re.match(r"(?:LE|LA|DE|DU|DA|DI|DEL|DELLA|DOS|DAS|VAN|VON)\s", surname) and not apposed:
            # (A particle in capitals opens a surname only where the person is told so: not
            # "Expert: Teiki LE CAILL, chartered accountant", the report's writer, corpus 109.)
            continue
        captioned = captioned or apposed
        married = _MARRIED_CAPS.match(text, match.end())
        # (Or her married name comes back alone: "Clarisse NAMKOÏSSE épouse ZANGA", then "Mme
        # ZANGA", corpus 133.)
        if not words or (
            not titled and alone[last] < 2 and not captioned and not (married and alone[married[2]])
        ):
            continue
        if re.search(rf"\b(?:the|an?)\s+{re.escape(last)}\b|\({re.escape(last)}\)", text):
            # "the Internal Control Unit (UCI) ... File UCI/2025/17": an agency (corpus 72).
            continue
        name = f"{' '.join(words)} {_name_from_caps(surname)}"
        if married is not None:
            # "Mme Vaimiti TAUATIRI épouse TCHEN", then "Mme TCHEN" (corpus 109): the married
            # name is hers, not her husband's ("M. Didier TCHEN") named later.
            name = f"{name} {married.group(1)} {_name_from_caps(married.group(2))}"
            found.setdefault(married.group(2), name)
            found.setdefault(f"{match.group(0)}{married.group(0)}", name)
        found.setdefault(match.group(0), name)
        # ("Ms ISMAËL" of "Ms Hodan ISMAËL ROBLEH": either word of the surname, alone.)
        for word in surname.split():
            if not re.fullmatch(_CAPS_PARTICLES, word):
                found.setdefault(word, name)
    return found


_PERSON_APPOSED_CAPS = re.compile(
    r",\s+(?:[\"“][^\"“”\n]{1,20}[\"”],\s+)?(?:our|his|her)\s+(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?:{_ROLE_NOUNS_EARLY}|[a-z]{{3,}}(?:er|or|ist|ian))\b"
)
"""After a name with its surname in capitals: the person's job, as the writer's own staff's
("our ship-model restorer")."""
_MARRIED_CAPS = re.compile(rf"\s(épouse|ép\.|epouse|veuve)\s([{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?)\b")
"""A married woman's husband's surname after her own, in capitals ("... TAUATIRI épouse
TCHEN")."""


def _is_listed_name(text: str, match: re.Match[str]) -> bool:
    """Whether a `_LISTED_NAME` match is a person's name: after words in lower case on its line,
    as a job or a rank before it ("Deck Cadet PLATO, ..."; a dateline in capitals, "KOTA
    KINABALU, Sabah", opens its line), with a vowel in the surname and no word of a place or an
    organisation."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    surname, given = match.group(1), match.group(2)
    return (
        re.search(rf"[{_LO}]", text[line_start : match.start()]) is not None
        and all(re.search(r"[AEIOUY]", word) is not None for word in surname.split())
        and not any(word.lower() in _NOT_NAME_WORDS for word in surname.split())
        and not any(
            w.lower() in _NOT_NAME_WORDS or w.lower() in _FUNCTION_WORDS for w in given.split()
        )
        and given not in _countries()
    )


_WITH_LEGAL_FORM = re.compile(
    # (After a comma for the unmistakable ones: "Construções Guadiana, Lda.", corpus 127.)
    # (A word with a capital inside it too: "Andes NetSystems S.R.L.", corpus 150.)
    rf"\b({_WORD}(?:[{_UP}][{_LO}]+)*(?:\s{_WORD}(?:[{_UP}][{_LO}]+)*){{0,3}})"
    r"(?:\s+|,\s+(?=(?:Lda|Ltda|Ltd|Limited|GmbH|Inc|LLC|SARL)\b))"
    # (India's "Pvt. Ltd.": "KONKAN MARINE INFRA PVT. LTD.", corpus 154.)
    r"(?:Pvt\.?\s+Ltd|Private\s+Limited|Lda|Ltda|SARL|S\.A\.R\.L\.|Ltd|Limited|GmbH|Inc|LLC|LLP|"
    r"plc|PLC|Pty|SAS|S\.A\.|SA|S\.p\.A\.|SpA|BV|B\.V\.|NV|AG|Oy|AB|ASA|KK|Sdn\s+Bhd|Bhd|"
    # The forms of the Balkans, Central Europe and Latin America: "Elektrodistribucija Vrbas
    # a.d. Banja Luka" (corpus 93), "d.o.o.", "s.r.o.", "S. de R.L.".
    r"a\.d\.|d\.o\.o\.|d\.d\.|s\.r\.o\.|a\.s\.|Kft\.?|Zrt\.?|S\.r\.l\.|S\.R\.L\.|SRL|S\.\s?de\s+R\.L\.|"
    r"A/S|ApS|AS|ehf\.?|Pte\.?\s+Ltd|"
    # (Bulgaria's "AD", "EAD", "OOD": "TRAKIA AVIATION REPAIR PLANT AD", corpus 152; and a
    # corporation, "NORTHERN FORMOSA SHIPBUILDING CORPORATION".)
    r"AD|EAD|OOD|EOOD|Corporation|"
    # (Albania's "sh.p.k." and "sh.a.": "GJIRI PROPERTIES sh.p.k.", corpus 148.)
    r"[Ss]h\.[Pp]\.[Kk]\.?|[Ss]h\.[Aa]\.|"
    # ("KAMPONG SOM POWER DISTRIBUTION CO., LTD.", corpus 94.)
    # (A joint-stock company: "Cửa Cấm Ship Repair Joint Stock Company", corpus 160.)
    r"Co\.,?\s+Ltd|Joint[- ]Stock\s+Company|JSC|OJSC|PJSC)(?![\w])"
)
"""A name followed by a company's legal form ("Falémé Geoservices SARL", "Sixth Stump Data
Ltd"): a company."""
_CAPITAL_INSIDE = re.compile(rf"(?<=[{_LO}])[{_UP}][\w]*")
"""A word's part from a capital inside it on ("Systems" of "NetSystems")."""
_CAPS_WITH_LEGAL_FORM = re.compile(
    # In capitals, as a notary's record writes a company: "AEROARNESES DEL BAJÍO, SOCIEDAD
    # ANÓNIMA DE CAPITAL VARIABLE" (corpus 104), then "Aeroarneses del Bajío".
    rf"\b([{_UP}]{{2,}}(?:\s(?:{_CAPS_PARTICLES}\s)*[{_UP}]{{2,}}){{0,4}}),?\s+"
    r"(?:SOCIEDAD\s+AN[ÓO]NIMA|SOCIEDAD\s+DE\s+RESPONSABILIDAD|S\.\s?A\.|SARL|LTD|LIMITED|GMBH|"
    r"INC|LLC|PLC|S\.P\.A\.|S\.R\.L\.)(?![\w])"
)


_SIGN_OFF = re.compile(
    r"^\W*(?:yours(?:\s+(?:sincerely|faithfully|truly))?|sincerely|regards|respectfully|"
    # ("With respect," above "Meritxell Puig i Casals ("Txell")", corpus 102.)
    r"with\s+(?:respect|thanks|gratitude|best\s+wishes)|best\s+wishes|kind\s+regards|cordially)"
    r"\b[^\n]*$",
    re.I | re.M,
)
_ENCLOSURES = re.compile(
    r"^[ \t]*(?:Enclosures?|Encl\.|Attachments?|Annex(?:es)?|Cop(?:y|ies)(?:\s+to)?|c\.?c\.?)"
    r"[ \t]*:",
    re.I | re.M,
)
"""What a letter lists below its signature: its enclosures, whom it is copied to."""
_SIGNATURE = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*){1,3})"
    r"[ \t]*,?[ \t]*$",
    re.M,
)


def _signature(text: str) -> tuple[int, int, str] | None:
    """The name a letter is signed with, in capitals on its own line after the sign-off
    ("Yours, etc.,"), as (start, end, the name in ordinary case), or ``None``."""
    sign_offs = list(_SIGN_OFF.finditer(text))
    if not sign_offs or (
        len(text) - sign_offs[-1].end() > 300
        # (Past what a letter lists after its signature: "Enclosures: 1. Memo of the Director
        # ...", "Copy: Dr (Mrs) S. Tharmaratnam", corpus 141.)
        and not (
            len(text) - sign_offs[-1].end() <= 1500
            and _ENCLOSURES.search(text, sign_offs[-1].end(), sign_offs[-1].end() + 200)
        )
    ):
        return _signed_as_headed(text) or _signed_blog_post(text) or _signed_below_greeting(text)
    found = _SIGNATURE.search(text, sign_offs[-1].end(), sign_offs[-1].end() + 120)
    if found is None:
        # Or written as names are written, with a nickname after it: "Meritxell Puig i Casals
        # ("Txell")" (corpus 102).
        plain = _PLAIN_SIGNATURE.search(text, sign_offs[-1].end(), sign_offs[-1].end() + 120)
        if plain is None or text[sign_offs[-1].end() : plain.start()].strip():
            initials = _INITIALS_SIGNATURE.search(
                text, sign_offs[-1].end(), sign_offs[-1].end() + 200
            )
            if initials is None or text[sign_offs[-1].end() : initials.start()].strip():
                return None
            # Signed with initials, the whole name in brackets below: "W. M. S. K. Wijekoon /
            # (W. M. Sachini Kaushalya Wijekoon)" (corpus 141).
            return initials.start("name"), initials.end("name"), initials.group("name")
        return plain.start("name"), plain.end("name"), plain.group("name")
    name = " ".join(word.title() for word in found.group("name").split())
    return found.start("name"), found.end("name"), name


_POSTED_BY = re.compile(r"\b[Pp]osted\s+(?:on\s+[^\n]{0,40}?\s+)?by\s+(?P<handle>[\w.-]{3,40})")
"""A blog post's byline: "Posted on 18 March 2025 by nandini.apte"."""
_NAME_LINE = re.compile(
    rf"^[ \t]*(?P<name>{_WORD}(?:[ \t](?:[{_UP}]\.|{_WORD}(?:-{_WORD})?)){{1,3}})"
    r"(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*$",
    re.M,
)
"""A line that is only a name, with perhaps a note in brackets ("Nandini M. Apte (Nandu, to most
of you)")."""


def _signed_blog_post(text: str) -> tuple[int, int, str] | None:
    """A blog post signed at its end with the name its byline's handle spells ("Posted ... by
    nandini.apte", then "Nandini M. Apte (Nandu, to most of you)" under the post, corpus 176):
    the writer, as a letter's signature is; or ``None``."""
    posted = _POSTED_BY.search(text, 0, 1500)
    if posted is None:
        return None
    parts = set(re.split(r"[._-]+", posted.group("handle").lower()))
    for line in _NAME_LINE.finditer(text, posted.end()):
        words = line.group("name").split()
        if words[0].lower() in parts and words[-1].lower() in parts:
            return line.start("name"), line.end("name"), line.group("name")
    return None


_DEAR_LINE = re.compile(r"^[ \t]*Dear\s[^\n]{1,60},[ \t]*$", re.M)
"""A letter's greeting on a line of its own ("Dear Editor,")."""
_PLACE_AND_DATE_LINE = re.compile(
    rf"[ \t]*\n[ \t]*[{_UP}][^\n,]{{0,40}},[ \t]+\d{{1,2}}\.?[ \t]+[{_UP}][{_LO}]+[ \t]+"
    r"\d{4}[ \t]*(?=\n|$)"
)
"""Under a signature: where and when the letter was written ("Pravieniškės, 14 October 2024")."""
_SIGNED_NAME_LINE = re.compile(
    # (A given name hyphenated in lower case too: "Hsu Pei-chun (Peggy Hsu)", corpus 179, with
    # the name the writer also goes by.)
    rf"^[ \t]*(?P<name>{_WORD}(?:-[{_LO}{_UP}][{_LO}]+)?"
    rf"(?:[ \t](?:{_PARTICLES}[ \t])?{_WORD}(?:-[{_LO}{_UP}][{_LO}]+)?){{1,4}})"
    r"(?:[ \t]+\([\"“]?[^()\n]{1,30}?[\"”]?\))?[ \t]*,?[ \t]*$",
    re.M,
)
"""A line that is a name alone, as a letter is signed."""
_BLANK_LINE_BEFORE = re.compile(r"\n[ \t]*\n[ \t]*$")
"""Before a line: an empty line, so that the line stands apart, as a signature does."""
_ATTACHED_BELOW = re.compile(
    r"(?:[-*_=]{3,}[ \t]*\n\s*)?(?:ATTACHMENT|Attachment|ENCLOSURE|Enclosure|ANNEX|Annex|"
    r"APPENDIX|Appendix|P\.\s?S\.)"
)
"""Below a signature: what the letter has attached ("--- / ATTACHMENT: Statement of ...")."""


def _signed_below_greeting(text: str) -> tuple[int, int, str] | None:
    """A letter that greets its reader and ends on its writer's name with no sign-off, alone
    on its line, at most a place and a date under it, then the end or an editor's note in
    brackets ("Dear Editor, ... / Mindaugas Stankevičius / Pravieniškės, 14 October 2024 /
    [Editor's note: ...", a prisoner's letter to a weekly, corpus 179), or ``None``."""
    dear = _DEAR_LINE.search(text)
    if dear is None:
        return None
    for plain in _SIGNED_NAME_LINE.finditer(text, dear.end()):
        if _BLANK_LINE_BEFORE.search(text, max(0, plain.start() - 40), plain.start()) is None:
            continue  # (a paragraph's last line, not a line of its own)
        end = plain.end()
        dated = _PLACE_AND_DATE_LINE.match(text, end)
        if dated is not None:
            end = dated.end()
        rest = text[end:].lstrip()
        if not rest or rest.startswith("[") or _ATTACHED_BELOW.match(rest):
            return plain.start("name"), plain.end("name"), plain.group("name")
    return None


def _signed_as_headed(text: str) -> tuple[int, int, str] | None:
    """A letter with no sign-off, its last line the writer's name as its sender's block opens
    with it ("Per-Olof Lindgren / Flight Test Instrumentation ... To: ..." above, "Per-Olof
    Lindgren" below the last paragraph: a self-disclosure letter, corpus 116), or ``None``."""
    body = text.rstrip()
    last = body.rfind("\n")
    plain = _PLAIN_SIGNATURE.match(body, last + 1)
    if last < 0 or plain is None or plain.end() != len(body):
        return None
    name = plain.group("name")
    head = text[:400]
    # The sender's block: the same name on a line of its own near the top, above a "To:".
    sender = re.search(rf"^[ \t]*{re.escape(name)}[ \t]*$", head, re.M)
    if sender is None or not re.search(r"^[ \t]*To:", head[sender.end() :], re.M):
        return None
    return plain.start("name"), plain.end("name"), name


_HEAD_OF_OFFICE_LINE = re.compile(
    r"[ \t]*,?[ \t]*\n[ \t]*(?:(?:Deputy|Assistant|Acting|Chief)\s+)?(?:Commissioner|Director|"
    r"Director-General|Head|Chief|Minister|President|Chair(?:man|woman|person)?|"
    r"Secretary[- ]General|Permanent\s+Secretary|Governor|Mayor|Ambassador|Consul|"
    r"Commandant|Commanding\s+Officer|Principal|Rector|Dean|"
    # (Or the post reports go to: "Mirela Braho / Compliance Officer", who signs a brokerage's
    # quarterly report whose "me" staff reported to, corpus 148.)
    r"(?:Compliance|Integrity|Ethics)\s+(?:Officer|Manager|Adviser|Advisor|Lead)|"
    r"Security\s+(?:Manager|Director|Adviser|Advisor))\b"
)
"""Under a letter's signature: the office its writer holds, at the head of an organisation,
or the one the organisation's reports go to."""
_PLAIN_SIGNATURE = re.compile(
    # (A hyphenated given name first too: "Per-Olof Lindgren", corpus 116.)
    rf"^[ \t]*(?P<name>{_WORD}(?:-{_WORD})?"
    rf"(?:[ \t](?:{_PARTICLES}[ \t])?{_WORD}(?:-{_WORD})?){{1,4}})"
    r"(?:[ \t]+\([\"“][^\"”\n]{1,20}[\"”]\))?[ \t]*,?[ \t]*$",
    re.M,
)
"""A letter's signature as names are written, on the line below the sign-off."""
_INITIALS_SIGNATURE = re.compile(
    rf"^[ \t]*(?:[{_UP}]\.[ \t]?){{1,4}}{_WORD}(?:-{_WORD})?[ \t]*\n[ \t]*\("
    rf"(?P<name>(?:[{_UP}]\.[ \t]?){{0,4}}{_WORD}(?:[ \t]{_WORD}(?:-{_WORD})?){{1,4}})\)[ \t]*$",
    re.M,
)
"""A signature in initials and the surname, with the whole name in brackets on the next line."""


def _caps_surnames(text: str) -> frozenset[str]:
    """Surnames a report writes in capitals before the given name ("MORIYAMA Akiko"): a word
    of capitals with a vowel, not a known organisation, followed by a capitalised word that is
    not one either."""
    found = set()
    for match in _CAPS_NAME.finditer(text):
        surname, given = match.groups()
        if (
            re.search(r"[AEIOUY]", surname)
            and not any(w.lower() in _NOT_NAME_WORDS for w in surname.split())
            and given.lower() not in _NOT_NAME_WORDS
            and given.lower() not in _FUNCTION_WORDS
            # (Nor a post's letters, which the report says with an article: "Inspector Jeremiah
            # Kiprotich, OCS Mokowe Police Station", then "The OCS explained", corpus 139.)
            and re.search(rf"\b[Tt]he\s+{re.escape(surname)}\b", text) is None
        ):
            found.add(surname)
    return frozenset(found)


_CODE = r"[A-Z]{2,5}-\d{1,3}"
_CODE_IS = re.compile(rf"(?<![\w-])({_CODE})\s+is\s+(?P<rest>[^,.;\n]{{3,80}})")
_CODE_AFTER = re.compile(rf"\s*\(({_CODE})\)")


def _last_line_name(full: str) -> str:
    """A name read across a line break, from its last line where that holds a name of two
    words or more: a heading ending "... and to Ionuț" above "Gheorghe-Marian Dumitrescu, our
    vice-president, nea Gică to all of us" (corpus 96)."""
    last = full.rsplit("\n", 1)[-1].strip()
    return last if "\n" in full and len(last.split()) >= 2 else " ".join(full.split())


_CALLED_PHRASE = re.compile(
    r"\b(?:I|We|we)\s+(?:will|shall|['’]ll)\s+call\s+(?:her|him|them)\s+[\"“]"
    r"(?P<phrase>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,4})[\"”]"
)
"""A phrase in lower case the report will call someone by ('I will call her "our second
player"')."""
_DESCRIPTION_OPENS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<description>An?\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
    r"(?=\s+(?:from|at|in|with|of|on|who|whose)\b|,)",
    re.MULTILINE,
)
"""A sentence that opens on someone described: "A young player from your women's team, ..."."""


def _described_pseudonyms(text: str) -> dict[str, str]:
    """The phrases a report calls people it describes by, each with the description of the
    person, as extraction names them ("our second player" -> "a young player")."""
    found: dict[str, str] = {}
    for called in _CALLED_PHRASE.finditer(text):
        opened = list(
            _DESCRIPTION_OPENS.finditer(text, max(0, called.start() - 300), called.start())
        )
        if opened:
            description = opened[-1].group("description")
            found[called.group("phrase")] = "a" + description[1:]
    return found


def _coded_names(text: str, in_caps: Mapping[str, str]) -> dict[str, str]:
    """The codes a report gives people and the names it says they stand for ("CIT-1 is Mr
    Tomas HENRIKSEN": "CIT-1" -> "Tomas Henriksen"), and the letters a person goes by ("Mr.
    Tanyi Godlove Ayuk, known to all of us as GT": "GT" -> "Tanyi Godlove Ayuk", corpus 95)."""
    found: dict[str, str] = {
        m.group("letters"): m.group("full") for m in _NICKNAME_LETTERS.finditer(text)
    }
    for bracketed in _LETTERS_IN_BRACKETS.finditer(text):
        if _is_post(bracketed.group("full")):
            # (A post's letters, no person's: 'Company-1's Facility Security Officer ("FSO")',
            # corpus 126.)
            continue
        found.setdefault(bracketed.group("letters"), bracketed.group("full"))
    for nicknamed in _NICKNAME_APPOSED.finditer(text):
        # A nickname that is also a title ("Nkwenti Lionel Fru, whom we all call Junior",
        # corpus 95), which a name's run would drop.
        nick = _goes_by(nicknamed)
        if _is_title(nick):
            # (The name without its own title: "Mr Duburiya, known to all his colleagues as
            # "Junior"" is Duburiya's, no person "Mr Duburiya", corpus 120.)
            full = _last_line_name(nicknamed.group("full"))
            said = " ".join(_strip_titles(full.split())[0]) or full
            if " " not in said:
                # A surname alone: the person's whole name, where the report gives it.
                said = next(
                    (
                        whole
                        for run in _RUN.finditer(text)
                        if said
                        in (whole := " ".join(_strip_titles(run.group(0).split())[0])).split()[1:]
                    ),
                    said,
                )
            if said.endswith((" Jr", " Sr")) and text.startswith(".", nicknamed.end("full")):
                # ("Walter J. Katelnikoff Jr., whom everyone knows as Junior": with the full
                # stop of its suffix, as the name is read, corpus 135.)
                said += "."
            found.setdefault(nick, said)
    # Initials declared in brackets after a name ("Employee: Marie-Noëlle AH-TIME, Berthing
    # Officer (MNA; "Noëlle")", then "MNA said ...", corpus 97).
    written = {
        # ("Alfred Kenye Lakabung Jr.": with the full stop of its suffix.)
        m.group(0): m.group(0)
        + ("." if text.startswith(".", m.end()) and m.group(0).endswith((" Jr", " Sr")) else "")
        for m in _RUN.finditer(text)
        if " " in m.group(0)
    }
    written.update((said, name) for said, name in in_caps.items() if " " in said)
    for letters, declared in _declared_initials(text, written).items():
        # (A person's: not an agency's, "the Canadian Security Intelligence Service (CSIS)",
        # corpus 21.)
        if not any(w.lower() in _NOT_NAME_WORDS | _FUNCTION_WORDS for w in declared.split()):
            found.setdefault(letters, declared)
    for match in _CODE_IS.finditer(text):
        rest = match.group("rest").split()
        while rest and rest[0].rstrip(".") in _CAPS_TITLE_WORDS:
            rest = rest[1:]
        said = " ".join(rest)
        name = next(
            (
                n
                for key, n in in_caps.items()
                if " " in key and said.startswith(_without_titles(key))
            ),
            None,
        )
        if name is None:
            run = re.match(rf"{_WORD}(?:\s{_WORD}){{1,3}}\b", said)
            name = run.group(0) if run is not None else None
        if name is not None:
            found.setdefault(match.group(1), name)
    return found


def _without_titles(said: str) -> str:
    words = said.split()
    while words and words[0].rstrip(".") in _CAPS_TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _find_written(text: str, name: str) -> int:
    """Where ``name`` is written in ``text``, as it is or in other letter case (a name the
    report writes in capitals, "Hodan ISMAËL ROBLEH", read as "Hodan Ismaël Robleh"); -1."""
    found = text.find(name)
    if found >= 0:
        return found
    folded = text.casefold()
    if len(folded) != len(text):
        return -1
    return folded.find(name.casefold())


def _norm(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold().replace("’", "'")


_NO_DECOMPOSITION = str.maketrans(
    {
        "Ø": "O",
        "ø": "o",
        "Ł": "L",
        "ł": "l",
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "ß": "ss",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "Þ": "Th",
        "þ": "th",
        "ı": "i",
        "Ħ": "H",
        "ħ": "h",
    }
)
"""Letters Unicode does not decompose into a base letter and a mark: "Øystein" is "oystein",
not "ystein" (corpus 62)."""


def slug(text: str) -> str:
    """A lower-case, ASCII, hyphenated id."""
    text = text.translate(_NO_DECOMPOSITION)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "case"


@attrs.frozen
class _DocReading:
    """What one document says: its mentions and, after the case decision, its sentence owners."""

    document: Document
    people: dict[str, _Person]
    mentions: tuple[Mention, ...]


def _short_given(bare: str, people: dict[str, _Person]) -> list[str]:
    """The one person whose given name ``bare`` shortens, as families and friends do: its end
    ("Sefa" of Iosefa) or its start ("Kyriako", a greeting's form of Kyriakos; "Alex" of
    Alexander), at least three letters and two fewer than the name (one fewer for a start of
    five letters or more, as a greeting drops an ending: corpus 84); none where two people's
    names would fit."""
    if len(bare) < 3 or not bare[:1].isupper() or bare.lower() in _NOT_NAME_WORDS:
        return []
    found = [
        p.name
        for p in people.values()
        if len(p.tokens) > 1
        and not p.surname_only
        and not p.described
        and (given := p.tokens[0])[:1].isupper()
        and given.isalpha()
        # (Not a word read into a name: "Interview" and "Interviewed Kinjo", corpus 79.)
        and not given.lower().endswith(("ed", "ing", "ly"))
        and given.lower() not in _NOT_NAME_WORDS
        and (
            (given.startswith(bare) and len(given) >= len(bare) + (1 if len(bare) >= 5 else 2))
            or (given.endswith(bare.lower()) and len(given) >= len(bare) + 2)
        )
    ]
    return found if len(found) == 1 else []


_LETTERS_LATIN = str.maketrans(
    {"ə": "a", "Ə": "A", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "ł": "l"}
)
"""Letters that no accent-stripping turns into the one an English text writes for them."""


def _spelled(word: str) -> str:
    """A name's word as an English text spells it: without accents, in lower case ("Məmmədov"
    of a register is the "Mammadov" of the e-mails, corpus 91)."""
    bare = unicodedata.normalize("NFKD", word.translate(_LETTERS_LATIN))
    return "".join(c for c in bare if not unicodedata.combining(c)).casefold()


def _initials_of_caps_name(initials: Sequence[str], surname: str, tokens: Sequence[str]) -> bool:
    """``initials`` and ``surname`` shorten the name ``tokens`` written surname first in
    capitals, the given names (and patronymic) after it: "F. I." and "Nazarov" of "NAZAROV
    Farrukh Ilhomovich"; or, as a register writes it, surname first not in capitals: "V. G.
    Țurcanu" of "Țurcanu Vitalie Gheorghe" (corpus 118)."""
    return (
        len(tokens) > len(initials)
        and len(tokens[0]) > 1
        and (tokens[0].isupper() or tokens[0] == surname)
        and tokens[0].capitalize() == surname.capitalize()
        and all(tokens[n + 1][:1] == initial[:1] for n, initial in enumerate(initials))
    )


_ABBREVIATION = re.compile(r"\s*\((?P<short>[A-Z]{2,6})\)")


def _abbreviated(text: str, end: int) -> bool:
    """Whether the capitalised words that end at ``end`` are followed by their initials in
    brackets: "the Office Togolais des Recettes (OTR)", an organisation, never a person."""
    short = _ABBREVIATION.match(text, end)
    if short is None:
        return False
    letters = short.group("short")
    words = [w for w in re.findall(r"[\w'’-]+", text[max(0, end - 120) : end]) if w[0].isupper()]
    return len(words) >= len(letters) and "".join(w[0] for w in words[-len(letters) :]) == letters


_POST_OF = re.compile(
    r"\b(?:the|its|her|his)\s+(?:head|director|chief|manager)\s+of\s+the\s+"
    r"(?P<org>[A-Z][\w'’-]+(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w'’-]+){0,5})"
)
"""A post named by what it heads: "the head of the Documentation and Archives Service"."""


def _post_holders(
    doc: Document, people: dict[str, _Person], mentions: list[Mention]
) -> list[Mention]:
    """ "The administrator account of the head of the Documentation and Archives Service had
    been used ..." where another sentence says "Mr Mohamed Mahmoud ould Sidi Brahim ... has
    headed the Documentation and Archives Service" (corpus 101): the post is the person who
    holds it, whose mention it is."""
    text = doc.text
    starts = [s.start for s in doc.sentences]
    named_in: defaultdict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        named_in[mention.sentence].append(mention)
    added: list[Mention] = []
    for post in _POST_OF.finditer(text):
        org = re.escape(post.group("org"))
        holders = {
            m.name
            for held in re.finditer(
                rf"\b(?:has\s+headed|headed|heads|has\s+run|runs|has\s+managed|manages|"
                rf"(?:is|was|as)\s+(?:the\s+)?head\s+of)\s+the\s+{org}\b",
                text,
            )
            for m in named_in[bisect.bisect_right(starts, held.start()) - 1]
            if m.end <= held.start() and not people[m.name].contact
        }
        if len(holders) != 1 or any(m.start <= post.start() < m.end for m in mentions):
            continue
        (holder,) = holders
        index = bisect.bisect_right(starts, post.start()) - 1
        added.append(Mention(holder, post.start(), post.end(), index))
        people[holder].person_hits += 1
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_POST_BEFORE_INITIALS = re.compile(
    r"\bthe\s+(?:[a-z][\w-]*\s+){0,4}?(?P<post>[a-z]+(?:er|or|ist|ant|ian|man|woman|clerk|"
    r"guard|host|agent))\s*,\s+(?:is|was)\s+(?:identified|referred\s+to|named)\b[^.;]{0,80}?"
    r"\bonly\s+as\s+$"
)
"""Before a name in initials: the post of the person it stands for ("the shuttle and excursions
coordinator, is identified in the written complaint and in these minutes only as J. F. P. G.")."""


def _initials_posts(
    doc: Document, people: dict[str, _Person], mentions: list[Mention]
) -> list[Mention]:
    """ "The person complained against, the shuttle and excursions coordinator, is identified
    ... only as J. F. P. G." then "the coordinator exported the monthly shuttle manifests"
    (corpus 141): the post said again with "the" is the person known by initials."""
    text = doc.text
    starts = [s.start for s in doc.sentences]
    added: list[Mention] = []
    for mention in mentions:
        if not re.fullmatch(rf"(?:[{_UP}]\.\s?){{2,4}}", mention.name):
            continue
        s_start = doc.sentences[mention.sentence].start
        post = _POST_BEFORE_INITIALS.search(text, s_start, mention.start)
        if post is None:
            continue
        said = re.compile(
            rf"\b[Tt]he\s+{re.escape(post.group('post'))}\b(?!['’]s\s+(?:wife|husband))"
        )
        for again in said.finditer(text, mention.end):
            if any(m.start <= again.start() < m.end for m in mentions):
                continue
            index = bisect.bisect_right(starts, again.start()) - 1
            added.append(Mention(mention.name, again.start(), again.end(), index))
            people[mention.name].person_hits += 1
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_GIVEN_AND_SURNAME_INITIALS = re.compile(rf"(?P<given>[{_UP}])\.\s?(?P<surname>[{_UP}][{_LO}])\.?")
"""A name written as the given name's initial and the surname's first two letters (a digraph
of a transliteration), as an official statement gives a detainee's: "citizen D. Kh." (corpus
141); not two single initials ("E.D.", "T.K."), which stand for whom the report keeps
unnamed."""


def _fold_initials(people: dict[str, _Person], mentions: list[Mention]) -> list[Mention]:
    """Fold a name written as initials into the one full name that has them: "citizen D. Kh.
    (born 1998) was detained", in a security service's statement, then "the detained man as
    Davit Kharebava, 27" (corpus 141)."""
    folded: dict[str, str] = {}
    for short in list(people.values()):
        said = _GIVEN_AND_SURNAME_INITIALS.fullmatch(short.name)
        if said is None or short.contact:
            continue
        fuller = [
            p.name
            for p in people.values()
            if p is not short
            and len(p.tokens) >= 2
            and not p.contact
            and not p.described
            and p.tokens[0].startswith(said.group("given"))
            and p.tokens[0] != said.group("given") + "."
            and p.tokens[-1].startswith(said.group("surname"))
            and len(p.tokens[-1]) > len(said.group("surname")) + 1
        ]
        if len(fuller) != 1:
            continue
        _merge_into(people[fuller[0]], short)
        folded[short.name] = fuller[0]
        del people[short.name]
    if not folded:
        return mentions
    return [attrs.evolve(m, name=folded.get(m.name, m.name)) for m in mentions]


def _merge_into(full: _Person, short: _Person) -> None:
    """What was read of a shorter writing of a name, added to the full name's person: counts
    summed, flags kept, an empty label or gender filled."""
    for field in attrs.fields(_Person):
        mine, theirs = getattr(full, field.name), getattr(short, field.name)
        if field.name in ("name", "tokens", "surname_only", "title"):
            continue
        if isinstance(mine, bool):
            setattr(full, field.name, mine or theirs)
        elif isinstance(mine, int):
            setattr(full, field.name, mine + theirs)
        elif isinstance(mine, str) and not mine:
            setattr(full, field.name, theirs)


_GIVEN_NAME_TITLE = re.compile(
    r"(?<![\w-])(?:Dona|Dom|Doña|Seu|Sis|Bra|Kyria|Kyrios|Pak|Bapak|Bu|Ibu|Mbak|Bang|Ate|Kuya|"
    r"Khun|Ustaz|Ustazah|Cikgu)\.?[ \t]+"
)
"""A title said before a given name, never a surname: Portuguese "Dona" ("Dona Argentina" of
"Argentina Assane", a Pemba firm's briefing notes, corpus 158), "seu", Indonesian "Pak", "Bu"."""


def _fold_short_names(
    people: dict[str, _Person], mentions: list[Mention], text: str = ""
) -> list[Mention]:
    """Fold into a full name the shorter names read as other people before it was read: a
    surname with a title ("Ms Quayle-Kinvig" before "Breesha Margaret Quayle-Kinvig") and the
    first names of a longer name ("Dil Bahadur" of "Dil Bahadur Thapa Magar", corpus 83;
    "Azamat" of "Azamat Toktogulov", corpus 85), where
    one full name has them and nothing tells them apart (a recruiter's cover, a gender)."""
    folded: dict[str, str] = {}
    for short in list(people.values()):
        if short.described or not short.tokens:
            continue
        if short.surname_only and len(short.tokens) == 1:
            fuller = [
                p
                for p in people.values()
                if len(p.tokens) > 1 and not p.surname_only and short.tokens[0] in p.tokens[1:]
            ]
            if not fuller and re.search(
                _GIVEN_NAME_TITLE.pattern + rf"{re.escape(short.tokens[0])}(?![\w-])", text
            ):
                # A given name after a title that goes before given names: the one full name
                # it opens ("Dona Argentina", then "Dona Argentina Assane, our bookkeeper").
                fuller = [
                    p
                    for p in people.values()
                    if len(p.tokens) > 1 and not p.surname_only and p.tokens[0] == short.tokens[0]
                ]
        elif (
            len(short.tokens) > 1
            and all(re.fullmatch(rf"[{_UP}]\.(?:-?[{_UP}]\.)*", t) for t in short.tokens[:-1])
            and re.fullmatch(_WORD, short.tokens[-1])
        ):
            # Initials and a surname ("M. A. Cedeño" signing for "María Augusta Cedeño Vera",
            # "S. K. Mohammed" for "Salim Khamis Mohammed", corpus 87; written together, "P.V.
            # Shibu" for "Puthenveettil Varghese Shibu", corpus 97): the one longer name whose
            # given names those initials begin, with that surname after them.
            initials = re.findall(rf"[{_UP}]\.", " ".join(short.tokens[:-1]))
            count = len(initials)
            fuller = [
                p
                for p in people.values()
                if p is not short
                and (
                    (
                        len(p.tokens) > count
                        and p.tokens[count] == short.tokens[-1]
                        and all(p.tokens[n][:1] == initials[n][:1] for n in range(count))
                    )
                    # Or written surname first in capitals ("F. I. Nazarov" for "NAZAROV
                    # Farrukh Ilhomovich", corpus 91).
                    or _initials_of_caps_name(initials, short.tokens[-1], p.tokens)
                    # Or a hyphenated given name by the initials of its parts ("K.O. Strand" for
                    # "Kjell-Ove Strand", a court's reference, corpus 170).
                    or (
                        len(p.tokens) > 1
                        and p.tokens[-1] == short.tokens[-1]
                        and any("-" in t for t in p.tokens[:-1])
                        and [part[:1] for t in p.tokens[:-1] for part in t.split("-")]
                        == [initial[:1] for initial in initials]
                    )
                )
            ]
        elif (
            (
                len(short.tokens) > 1
                and re.fullmatch(_WORD, short.tokens[0])
                and all(re.fullmatch(rf"(?:[{_UP}]\.)+", t) for t in short.tokens[1:])
            )
            or (
                # (Or an initial of two letters, as Uzbek writes "Sh": "Rakhimov A. Sh." for "Akmal
                # Shavkat o'g'li Rakhimov", corpus 131.)
                len(short.tokens) > 2
                and re.fullmatch(_WORD, short.tokens[0])
                and all(re.fullmatch(rf"[{_UP}][{_LO}]?\.?", t) for t in short.tokens[1:])
                and short.tokens[1].endswith(".")
            )
            or (
                # (Or that initial alone, its full stop the sentence's: "Qurbonzoda Sh. did not
                # come to Khorog when called", for "Qurbonzoda Shohrukh", corpus 133.)
                len(short.tokens) == 2
                and re.fullmatch(_WORD, short.tokens[0])
                and re.fullmatch(rf"[{_UP}][{_LO}]\.?", short.tokens[1])
            )
        ):
            # A surname and the initials after it, as registers write them ("Kholmatov S.",
            # "Mirzoev A. B."): the one name written surname first with those given names.
            # (Written together, the surname not in capitals: "Mammadov R.T." for "Mammadov
            # Rashad Tofig oglu", corpus 105.)
            initials = re.findall(rf"[{_UP}][{_LO}]?(?=\.|\s|$)", " ".join(short.tokens[1:]))
            fuller = [
                p
                for p in people.values()
                if p is not short
                and (
                    _initials_of_caps_name(initials, short.tokens[0], p.tokens)
                    # (Or the full name written given names first: "Akmal Shavkat o'g'li
                    # Rakhimov".)
                    or (
                        len(p.tokens) > len(initials)
                        and p.tokens[-1] == short.tokens[0]
                        and all(
                            p.tokens[n].startswith(initial) for n, initial in enumerate(initials)
                        )
                    )
                    or (
                        len(p.tokens) == len(initials) + 1
                        and p.tokens[0] == short.tokens[0]
                        and all(
                            p.tokens[n + 1][:1] == initial[:1] for n, initial in enumerate(initials)
                        )
                    )
                )
            ]
        elif (
            len(short.tokens) == 2
            and all(re.fullmatch(_WORD, w) for w in short.tokens)
            and (
                double := [
                    p
                    for p in people.values()
                    if p is not short
                    and (len(p.tokens) >= 4 or (len(p.tokens) == 3 and "-" in p.tokens[0]))
                    and not p.surname_only
                    and p.tokens[-2:] == short.tokens
                ]
            )
        ):
            # Both surnames of a Hispanic name, with a title, before the full name is read
            # ("III. The report of Mrs Giménez Cáceres" over "the statement of Mrs Mirian Estela
            # Giménez Cáceres", corpus 125); a surname of two words after a double given name
            # ("Madame Ngo Nyemb's telephone" before "our Director, Madame Marie-Claire Ngo
            # Nyemb", corpus 146).
            fuller = double
        elif len(short.tokens) in (2, 3) and (
            caps_first := [
                p
                for p in people.values()
                if p is not short
                and len(p.tokens) > len(short.tokens)
                and all(t.isupper() and len(t) > 1 for t in p.tokens[: len(short.tokens)])
                and [_spelled(t) for t in p.tokens[: len(short.tokens)]]
                == [_spelled(t) for t in short.tokens]
            ]
        ):
            # A surname of two words written in capitals before the given names, then as names
            # are written: "AÏT LAHCEN Fatima-Zahra", then "Mrs. Aït Lahcen" (corpus 92).
            fuller = caps_first
        elif (
            len(short.tokens) in (2, 3, 4)
            and not short.surname_only
            and (
                swapped := [
                    p
                    for p in people.values()
                    if p is not short
                    and len(p.tokens) == 2
                    and not p.surname_only
                    # (Never into a list's surname in capitals: "HAMADOU Aïssatou" of a night
                    # school's results is the "Aïssatou Hamadou" of its letter, corpus 146, read
                    # 456: "the case of YAYA Moussa".)
                    and not (p.tokens[0].isupper() and len(p.tokens[0]) > 1)
                    and tuple(map(_spelled, short.tokens[:2]))
                    == (_spelled(p.tokens[1]), _spelled(p.tokens[0]))
                ]
            )
        ):
            # The surname first, as a register writes it, with the father's name after: an HR
            # record's "Mammadov Elvin Rasim oglu" is the "Elvin Mammadov" of the e-mails
            # (corpus 91).
            fuller = swapped
        elif (
            len(short.tokens) >= 2
            and not short.surname_only
            and (
                nicked := [
                    p
                    for p in people.values()
                    if p is not short
                    and len(p.tokens) > len(short.tokens)
                    and any(
                        t.strip('"“”') == short.tokens[0]
                        and t != short.tokens[0]
                        and list(p.tokens[n + 1 :]) == list(short.tokens[1:])
                        for n, t in enumerate(p.tokens)
                    )
                ]
            )
        ):
            # The nickname a full name holds in quotes, then the surname: "Tess Dela Cruz" of
            # 'Maria Theresa "Tess" Dela Cruz' (a medical practice's minutes, corpus 164).
            fuller = nicked
        elif (
            len(short.tokens) == 2
            and not short.surname_only
            and (
                bracketed := [
                    p
                    for p in people.values()
                    if p is not short
                    and len(p.tokens) >= 2
                    and p.tokens[0] != short.tokens[0]
                    and _spelled(short.tokens[1]) in {_spelled(t) for t in p.tokens}
                    and re.search(
                        rf"{re.escape(p.name)}(?:\s+[\w'’-]+){{0,2}}\s+\([\"“]"
                        rf"{re.escape(short.tokens[0])}[\"”]\)",
                        text,
                    )
                ]
            )
        ):
            # The name in quotes in brackets after a full name, then with the surname: "Ano
            # Sargsyan" of 'SARGSYAN Anahit Mkrtichi ("Ano")' (a chess club's bulletin, corpus
            # 168).
            fuller = bracketed
        elif (
            len(short.tokens) == 2
            and not short.surname_only
            and (
                middle := [
                    p
                    for p in people.values()
                    if p is not short
                    and len(p.tokens) >= 3
                    and p.tokens[0] == short.tokens[0]
                    and p.tokens[-1] == short.tokens[-1]
                ]
            )
        ):
            # The given name and surname without the father's name between: "Halyna Savchuk"
            # of "Halyna Mykolaivna Savchuk" (corpus 102).
            fuller = middle
        elif (
            len(short.tokens) == 3
            and re.fullmatch(rf"[{_UP}]\.", short.tokens[1])
            and (
                spelled_out := [
                    p
                    for p in people.values()
                    if p is not short
                    and len(p.tokens) == 3
                    and p.tokens[0] == short.tokens[0]
                    and p.tokens[2] == short.tokens[2]
                    and len(p.tokens[1]) > 2
                    and p.tokens[1][:1] == short.tokens[1][:1]
                ]
            )
        ):
            # The middle name as its initial: "Cable jointer Reynaldo D. Santos" over the
            # paragraph on "Mr Reynaldo Dimaculangan Santos" (corpus 133).
            fuller = spelled_out
        elif (
            len(short.tokens) == 1
            and re.fullmatch(rf"A-[{_UP}][{_LO}]+", short.tokens[0])
            and (
                familiar := [
                    p
                    for p in people.values()
                    if p is not short
                    and len(p.tokens) >= 2
                    and any(
                        part.lower() == short.tokens[0][2:].lower()
                        for token in p.tokens[1:]
                        for part in token.split("-")
                    )
                ]
            )
        ):
            # A Hokkien or Hakka familiar "A-" before a syllable of the given name: "A-Hao" of
            # "Chen Chih-hao" (a family's chat, corpus 173).
            fuller = familiar
        elif not short.surname_only:
            # (Only a name the story treats as a person's: "the Crown Advocate said", after
            # "Crown Advocate Simon Le Breton", is an office, corpus 46.) A given name alone
            # too: "My brother Azamat was always the one who fixed things", then "they took
            # Azamat Toktogulov" (corpus 85).
            fuller = [
                p
                for p in people.values()
                if len(p.tokens) > len(short.tokens)
                and p.tokens[: len(short.tokens)] == short.tokens
                and short.person_hits > 0
            ]
        else:
            continue
        if len(fuller) != 1:
            continue
        full = fuller[0]
        if short.contact != full.contact or (
            short.gender and full.gender and short.gender != full.gender
        ):
            continue
        _merge_into(full, short)
        folded[short.name] = full.name
        del people[short.name]
    if not folded:
        return mentions
    return [attrs.evolve(m, name=folded[m.name]) if m.name in folded else m for m in mentions]


_CLIPPED_NICK = re.compile(
    r"(?<![\w-])(?P<nick>(?:Ti-|Ti[ \t]|P[\x27’]tit-?)"
    rf"(?P<clip>[{_UP}][{_LO}]{{2,6}}))(?![\w-])"
)
"""A diminutive before what may clip a given name ("Ti-Seb"); bare, a clip is as often a
month, a title or a place ("Mar", "Hon", "Turkmen")."""
_FULL_NAME_RUN = re.compile(rf"(?<![\w-]){_WORD}(?:-{_WORD})?(?:[ \t]{_WORD}(?:-{_WORD})?){{1,3}}")
"""Two to four capitalised words, hyphened ones whole ("Jean-Sébastien Gravel-Tremblay")."""


def _lower_words(text: str) -> set[str]:
    """The words a text writes in lower case, whole: a capitalised one among them is a word that
    opens a sentence, not a name."""
    return {w.lower() for w in re.findall(r"(?<![\w-])[a-z]+(?![\w-])", text)}


def _full_names(text: str, lower: set[str]) -> set[str]:
    """The names of two words or more a text writes, past a word that opens a sentence ("If
    Ti-Seb had come to me"; ``lower``: :func:`_lower_words`)."""
    skip = lower | _FUNCTION_WORDS
    fulls = set()
    for run in _FULL_NAME_RUN.finditer(text):
        parts = run.group(0).split()
        while parts and parts[0].lower() in skip:
            parts = parts[1:]
        if len(parts) > 1:
            fulls.add(" ".join(parts))
    return fulls


def _names_read(text: str) -> tuple[set[str], set[str], set[str]]:
    """A text's words in lower case, its full names (:func:`_full_names`) and the words of those
    names: what a short form of a given name is read against."""
    lower = _lower_words(text)
    fulls = _full_names(text, lower)
    return lower, fulls, {w for full in fulls for w in full.split()}


def _whole_only(names: set[str]) -> set[str]:
    """The names as first read whole, not a run that opens inside one of the others."""
    return {n for n in names if not any(n != other and n in other for other in names)}


def _clipped_given_names(text: str) -> dict[str, str]:
    """The short forms of given names the writers use, with a diminutive, for the one full name
    whose given name they clip ("Ti-Seb" of "Jean-Sébastien Gravel-Tremblay", corpus 145): never
    a word of a full name itself, and not where two full names' given names begin alike."""
    nicks = {m.group("nick") for m in _CLIPPED_NICK.finditer(text)}
    if not nicks:
        return {}  # (Most documents: nothing more to read.)
    lower, fulls, words = _names_read(text)
    clips: dict[str, str] = {}
    for nick in nicks:
        clip = _CLIPPED_NICK.fullmatch(nick)
        if clip is None or nick in words or clip.group("clip").lower() in lower:
            continue
        short = _spelled(clip.group("clip"))
        owners = {
            full
            for full in fulls
            for given in re.split(r"[ \t-]", full)[:-1]
            if len(given) > len(short) and _spelled(given).startswith(short)
        }
        owners = _whole_only(owners)
        if len(owners) == 1:
            clips[nick] = owners.pop()
    return clips


_HYPHENED_WORD = re.compile(rf"(?<![\w-]){_WORD}-{_WORD}")
"""A capitalised word of two halves ("Ionuț-Cristian")."""


def _hyphened_first_given(text: str) -> dict[str, str]:
    """The first part of a hyphened given name, used alone for the one full name that has it
    ("Ionuț" of "Ionuț-Cristian Pâslaru": "Ionuț-Cristian Pâslaru, drone operator / On
    14 March ... Ionuț stopped at the fuel station", corpus 155): never a word of a full
    name itself, nor where two full names share it."""
    if _HYPHENED_WORD.search(text) is None:
        return {}  # (Most documents: nothing more to read.)
    lower, fulls, words = _names_read(text)
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for full in fulls:
        first = full.split()[0].split("-")
        if len(first) == 2 and len(first[0]) > 2:
            owners[first[0]].add(full)
    found: dict[str, str] = {}
    for short, fulls in owners.items():
        fulls = _whole_only(fulls)
        if (
            len(fulls) == 1
            and short not in words
            and short.lower() not in lower
            and re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text)
        ):
            found[short] = fulls.pop()
    return found


_PET_ENDINGS = ("i", "ie", "y")
"""What a pet form adds to a given name, or to its first syllables ("Zsolti" of Zsolt,
"Lachie" of Lachlan)."""
_PET_FORM = re.compile(rf"(?<![\w-])[{_UP}][{_LO}]{{3,}}(?:i|ie|y)(?![\w-])")
"""A capitalised word that may be a given name's pet form."""


def _pet_given_names(text: str) -> dict[str, str]:
    """The pet forms of given names the writers use for the one full name whose given name
    they make familiar: the whole given name or its first four letters or more, then "i", "ie"
    or "y" ("Zsolti" of "Kovács Zsolt", the given name last as Hungarian writes it, corpus
    157): never a word of a full name itself, nor a word the text writes in lower case, and
    not where two full names' given names could both give it."""
    pets = set(_PET_FORM.findall(text))
    if not pets:
        return {}
    # (Most such words are words the text also writes in lower case, "Company", "Army": the full
    # names, dearer to read, only where one is left.)
    lower = _lower_words(text)
    pets = {pet for pet in pets if pet.lower() not in lower}
    if not pets:
        return {}
    fulls = _full_names(text, lower)
    words = {w for full in fulls for w in full.split()}
    found: dict[str, str] = {}
    for pet in pets:
        if pet in words:
            continue
        stems = {pet[: -len(end)] for end in _PET_ENDINGS if pet.endswith(end)}
        owners = {
            full
            for full in fulls
            for given in {full.split()[0], full.split()[-1]}
            if any(len(stem) >= 4 and given.startswith(stem) for stem in stems) and given != pet
        }
        owners = _whole_only(owners)
        if len(owners) == 1:
            found[pet] = owners.pop()
    return found


def _read_people(doc: Document) -> _DocReading:
    people: dict[str, _Person] = {}
    mentions: list[Mention] = []
    text = doc.text
    # The names the text gives a business or a group ('a "concierge start-up" called Hostlink
    # Crete'), wherever they are written again (corpus 144).
    org_called = _orgs_called(text)
    monsieur = _FRENCH_TITLES.search(text) is not None
    dona = _IBERIAN_TITLES.search(text) is not None
    owned_up = _SELF_REVEALED.search(text)
    revealed_self = (owned_up.group("head") or owned_up.group("head2")) if owned_up else None
    self_opened: list[int] = []
    writers: set[str] = set()
    labelled: list[str] = []
    alias_owner: dict[str, list[str]] = defaultdict(list)
    told_first: list[bool] = []
    # A transcript of several speakers, each the "I" of their own turns.
    transcript = len(_speaker_labels(text)) >= _LINES_FOR_A_TRANSCRIPT

    def first_person() -> bool:
        """Whether the piece is told in the first person (worked out once)."""
        if not told_first:
            told = [doc.sentence_text(s) for s in doc.sentences]
            first = sum(1 for t in told if _FIRST_PERSON.search(_QUOTED.sub("", t)))
            told_first.append(bool(told) and first >= _SIGNED_FIRST_PERSON_SHARE * len(told))
        return told_first[0]

    def register(
        name: str, *, surname_only: bool = False, contact: bool = False, described: bool = False
    ) -> _Person:
        person = people.get(name)
        if person is None:
            person = _Person(
                name=name,
                tokens=tuple(name.split()),
                surname_only=surname_only,
                contact=contact,
                described=described,
            )
            people[name] = person
            if len(person.tokens) > 1:
                # Given name, family name, and for three-part names the middle one too
                # ("Fuentes" for Matías Fuentes Rojas, whose first surname it is).
                # With four parts (two given names, two surnames: "Camila Andrea Fuentes
                # Ortúzar"), the first surname, which the story then uses, too.
                third = person.tokens[2:3] if len(person.tokens) == 4 else ()
                for token in {person.tokens[0], person.tokens[-1], *person.tokens[1:2], *third}:
                    # "al-Hajj", which a sentence may open as "Al-Hajj", is a surname too.
                    if token[:1].isupper() or token.startswith(("al-", "el-")):
                        alias_owner[token].append(name)
                    if len(token) > 1 and token.isupper():
                        # "Ms Jang" after "JANG Hye-rin": the surname written in capitals once.
                        alias_owner[token.capitalize()].append(name)
                for nick, full in nicknames.items():
                    # (A surname in capitals first, as the person is named: "TOKUNAGA Shigeru
                    # (徳永 茂), whom many of us simply call Shige-san", corpus 110.)
                    if (
                        full in (name.rstrip("."), _name_from_caps(name))
                        or full.startswith(f"{name} ")
                        # (A first name said for the whole: "Reynaldo, called "Jun"", corpus
                        # 119.)
                        or (" " not in full and name.split()[0] == full and " " in name)
                    ):
                        alias_owner[nick].append(name)
                        if " " in nick and nick.split()[0].lower() not in _FUNCTION_WORDS:
                            # "Kobba á Hamri", then "Kobba" (corpus 83).
                            alias_owner[nick.split()[0]].append(name)
                        if " " in nick and _is_title(nick.split()[0]):
                            # "known ... as "Captain Rex"", then "Captain Rex" read as Rex
                            # with his title (corpus 93).
                            alias_owner[nick.split(" ", 1)[1]].append(name)
        return person

    # (A nickname's owner is registered where the full name is first read: see register.)
    nicknames = {
        # (Without the titles before it: "Ustazah Nor Hidayah binti Kamarudin, whom the
        # children and the mothers call Kak Dayah" is Nor Hidayah's, corpus 110.)
        _goes_by(m): " ".join(
            _strip_titles(
                re.sub(r"^M\.\s+", "", _name_from_caps(_last_line_name(m.group("full")))).split()
            )[0]
        )
        for m in _NICKNAME_APPOSED.finditer(text)
    }
    for nick, full in list(nicknames.items()):
        # A familiar title joined to the name people use: "Kapetan-Stratos", then "Stratos"
        # (a Greek skipper's, corpus 138).
        if (joined := _TITLE_JOINED_BEFORE.match(nick)) is not None:
            nicknames.setdefault(joined.group("name"), full)
    one_named = {m.group("full") for m in _NICKNAME_ONE_NAME.finditer(text)}
    for one_name in [
        *_NICKNAME_ONE_NAME.finditer(text),
        *_NICKNAME_WE_CALL.finditer(text),
        *_NICKNAME_NEXT_SENTENCE.finditer(text),
        *_NICKNAME_CALL_ME.finditer(text),
    ]:
        nicknames.setdefault(one_name.group("nick"), one_name.group("full"))
    for ours in [
        *_NICKNAME_OURS.finditer(text),
        *_NICKNAME_SHORT_APPOSED.finditer(text),
        *_NICKNAME_SHORT_BRACKETED.finditer(text),
    ]:
        # "Ingrid Zwaan-Kok, our Inge from plot 19" (corpus 143), "Marsela Hoxha, Marsi, has
        # worked in Kalyves" (corpus 144): a short form of the given name, which a role or a
        # place never is.
        if ours.group("nick")[:3].lower() == ours.group("full")[:3].lower():
            nicknames.setdefault(ours.group("nick"), ours.group("full"))
    for teknonym in _TEKNONYM_BRACKETED.finditer(text):
        full = " ".join(_strip_titles(teknonym.group("full").split())[0])
        nicknames.setdefault(teknonym.group("nick"), full or teknonym.group("full"))
    for aliased in _NICKNAME_AT.finditer(text):
        nicknames.setdefault(aliased.group("nick"), aliased.group("full"))
    for bare_aged in _NICKNAME_BARE_AGED.finditer(text):
        # "Panagiotis Moschos, Takis, aged 27, worked for the cooperative" (corpus 138).
        nicknames.setdefault(bare_aged.group("nick"), bare_aged.group("full"))
    for nicknamed in _NICKNAME_AFTER.finditer(text):
        nick = (
            nicknamed.group("nick1")
            or nicknamed.group("nick2")
            or nicknamed.group("nick3")
            or nicknamed.group("nick4")
        )
        nicknames.setdefault(nick, nicknamed.group("full"))
    for nicknamed in _NICKNAME_BEEN.finditer(text):
        nicknames.setdefault(nicknamed.group("nick"), nicknamed.group("full"))
    for bracketed in _NICKNAME_BRACKETED.finditer(text):
        # (Without a title before the name: 'her shift supervisor, Mr Josef Hamutenya ("Bra
        # Joe")' is Josef Hamutenya's, corpus 125.)
        full = " ".join(_strip_titles(bracketed.group("full").split())[0])
        full = full or bracketed.group("full")
        if bracketed.group("gen"):
            full += " " + bracketed.group("gen").strip(", \t")
        nicknames.setdefault(bracketed.group("nick"), full)
    for called in _FIRST_NAME_CALLED.finditer(text):
        nicknames.setdefault(called.group("nick"), called.group("first"))
    for nick, full in _clipped_given_names(text).items():
        nicknames.setdefault(nick, full)
    for nick, full in _hyphened_first_given(text).items():
        nicknames.setdefault(nick, full)
    for nick, full in _pet_given_names(text).items():
        nicknames.setdefault(nick, full)
    for in_bracket in _NICKNAME_BRACKET_SAID.finditer(text):
        said_full = in_bracket.group("full") or in_bracket.group("full2")
        full = " ".join(_strip_titles(said_full.split())[0])
        nick = in_bracket.group("nick") or in_bracket.group("nick2")
        nicknames.setdefault(nick, full or said_full)
        if " " in nick and _is_title(nick.split()[0]):
            # "Ratu Jo": a title and the short name, then "Ratu Jo" and "Jo" are that person.
            nicknames.setdefault(nick.split(" ", 1)[1], full or said_full)
    # (Read once: the married names are the person's nicknames, and those in capitals surnames.)
    married_names = list(_MARRIED_NAME.finditer(text))
    for married in married_names:
        full = _name_from_caps(married.group("full"))
        nicknames.setdefault(married.group("married"), full)
        nicknames.setdefault(married.group("married").capitalize(), full)
    for used in _MARRIED_NAME_USED.finditer(text):
        full = _name_from_caps(used.group("full"))
        nicknames.setdefault(used.group("married"), full)
        nicknames.setdefault(used.group("surname"), full)
    for nick, full in list(nicknames.items()):
        # The given name of a two-word name the person goes by, said alone: "whom everyone in
        # Sandweiler calls Thillen Pit", then "When Pit heard ..." (corpus 134).
        words = nick.split()
        if (
            len(words) == 2
            and re.fullmatch(_WORD, words[1])
            and len(words[1]) >= 3
            and re.search(rf"(?<![\w-]){re.escape(words[1])}(?![\w-])", text.replace(nick, ""))
        ):
            nicknames.setdefault(words[1], full)
    answerers = [m.span("who") for m in _ANSWER_LABEL.finditer(text)]
    recent: list[str] = []
    caps = _caps_surnames(text) | {
        # (A married name in capitals, said again alone: "Mrs N'GUESSAN refused", corpus 117.)
        m.group("married")
        for m in married_names
        if m.group("married").isupper()
    }
    in_caps = _names_in_caps(text)
    # "A company calling itself Falémé Geoservices SARL ... Falémé Geoservices signs a
    # sourcing contract" (corpus 75): a name once written with a company's legal form is that
    # company wherever it is written without it.
    companies = {" ".join(m.group(1).split()) for m in _WITH_LEGAL_FORM.finditer(text)} | {
        _name_from_caps(" ".join(m.group(1).split())) for m in _CAPS_WITH_LEGAL_FORM.finditer(text)
    }
    # (As the names are read, up to a capital inside a word: "Andes NetSystems" is read "Andes
    # Net", the same company.)
    companies |= {_CAPITAL_INSIDE.sub("", name) for name in companies}
    # "identified only by his initials, M.K.": then "M.K." is the person.
    initials = {" ".join(m.split()) for m in _BY_INITIALS.findall(text)}
    # "Mentee: K.T. (Master of Philosophy, ...)": a form's field that holds initials (corpus 90).
    initials |= {" ".join(m.split()) for m in _INITIALS_FIELD.findall(text)}
    # "identified only by the initials K. J. Details that could identify him ..." (corpus
    # 107): the initials, whatever the next sentence opens with.
    initials |= {" ".join((m.group(1) or m.group(2)).split()) for m in _THE_INITIALS.finditer(text)}
    if _BY_THEIR_INITIALS.search(text):
        # The initials the report then writes again and again ("J.-M. L. has been a gate clerk",
        # corpus 108).
        written_initials = Counter(m.group(1) for m in _INITIALS_RUN.finditer(text))
        initials |= {run for run, times in written_initials.items() if times >= 3}
    # "a technician of one of our maintenance contractors, A. H., in a café in Budva", then "A.
    # H. was arrested" (a security notice, corpus 134): initials apposed to a description, which
    # the text writes again and again, are the person.
    initials |= {
        " ".join(m.group(1).split())
        for m in _APPOSED_INITIALS.finditer(text)
        if text.count(m.group(1)) >= 3
    }
    # "acquitted E.D., 41, a journalist": initials with an age after them are a person.
    initials |= {" ".join(m.group(1).split()) for m in _INITIALS_AGED.finditer(text)}
    initials |= {m.group("initial") for m in _INITIAL_QUOTED_AGED.finditer(text)}
    # "R.A.C., / born in Oranjestad in 1981, ... / hereinafter: the defendant." (corpus 106): a
    # judgment's party by initials only, on a line of their own over the part they play.
    initials |= {m.group("initials") for m in _CAPTION_PARTY.finditer(text) if m.group("initials")}
    # "R.G. / vs / M.G." (a family court's caption, corpus 137): the parties by initials only.
    initials |= {
        m.group(part) for m in _INITIALS_VERSUS.finditer(text) for part in ("first", "second")
    }
    # "ZKVW is a data centre facilities technician ..., where he maintains" (a tribunal's
    # decision, corpus 175): a party known only by the code a tribunal gives it, told as a
    # person ("he", "her") more than once.
    # (Not an organisation's or a post's letters, said with "the" or spelt out before them, "the
    # FSO", "State Security Service (SSG)", corpora 157 and 27; nor a surname in capitals, "M.
    # SANOU", corpus 108.)
    initials |= {
        code
        for code, times in Counter(m.group("code") for m in _PARTY_CODE.finditer(text)).items()
        if times >= 2
        and not re.search(
            rf"\b(?:[Tt]he|[Aa]n?|M\.|Mr\.?|Mrs\.?|Ms\.?|Mme|Dr\.?)[ \t]+{code}\b|"
            rf"[A-Za-z]\s*\({code}\)",
            text,
        )
    }
    pseudonyms = {m.group(1) for m in _PSEUDONYM.finditer(text)}
    pseudonyms |= {m.group(1) or m.group(2) for m in _PSEUDONYM_SAID.finditer(text)}
    # "a resident citizen (CIT-1) ... CIT-1 is Mr Tomas HENRIKSEN" (a cable, corpus 86): the
    # code a report gives someone, and whose name it stands for.
    coded = _coded_names(text, in_caps)
    for record in _SURNAME_FIELD.finditer(text):
        # 'Surname: DORSAINVIL / Given names: Jean-Robert / Known as: "Ti Bob"' (corpus 107): the
        # name the record says the person goes by is theirs.
        goes_by = _KNOWN_AS_FIELD.match(text, record.end())
        if goes_by is not None:
            surname = _name_case(record.group("surname"))
            given = " ".join(record.group("given").split())
            coded.setdefault(goes_by.group("nick"), f"{given} {surname}")
    for record in _PATRONYMIC_FIELD.finditer(text):
        full = f"{record.group('patronymic')} {record.group('given')}"
        coded.setdefault(f"{record.group('patronymic')[0]}. {record.group('given')}", full)
        coded.setdefault(record.group("given"), full)
        if record.group("label"):
            coded.setdefault(f"the {record.group('label').lower()}", full)
            coded.setdefault(f"The {record.group('label').lower()}", full)
    for opening in _WRITER_OPENS.finditer(text[:2000]):
        # The writer's full name, where the letter gives it ("Dear Dr Bronwyn Mulvaney", which
        # "nobody has called me ... since my christening"): the short name is that person.
        nick = opening.group("nick")
        written = re.search(
            rf"\b{re.escape(nick)}[a-z]+\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b", text
        )
        coded.setdefault(
            nick,
            opening.group("full") or (written.group(0) if written is not None else nick),
        )
        writers.add(coded[nick])
    for called in _NICKNAME_TO_US.finditer(text):
        coded.setdefault(called.group("nick"), called.group("full"))
    for parent in _MY_PARENT_IS.finditer(text):
        # "My father is Ademar Batista da Silveira, ... The first story is Dad's" (a birthday
        # toast, corpus 173): whom the writer calls Dad.
        fathers = parent.group("kin") in ("father", "dad")
        for called_parent in _FATHER_WORDS if fathers else _MOTHER_WORDS:
            coded.setdefault(called_parent, parent.group("full"))
    for kin_named in _KIN_NICK_THEN_NAME.finditer(text):
        # "Tio Zezinho, José Carlos Fagundes, Dad's compadre and my godfather" (a birthday
        # toast, corpus 173): the family's name for him, with and without its "Tio".
        coded.setdefault(kin_named.group("nick"), kin_named.group("full"))
        coded.setdefault(kin_named.group("bare"), kin_named.group("full"))
    for club_named in _NICK_THEN_TITLED_NAME.finditer(text):
        # A club name first, the titled name in brackets: "Waya Waya (Eng. Baraka Elias
        # Mollel)" (a running club's newsletter, corpus 168).
        # (Not a body's name before its head's: "Our own Office of Research (Dr. Wilhelmina
        # Hassell-Every)", corpus 122.)
        if (
            _is_title(club_named.group("title"))
            and not any(
                w.lower() in _NOT_NAME_WORDS | _FUNCTION_WORDS
                for w in club_named.group("nick").split()
            )
            and not re.search(
                r"\b(?:of|the|our|for|at|in|and)\s+$",
                text[max(0, club_named.start() - 5) : club_named.start()],
            )
        ):
            coded.setdefault(club_named.group("nick"), club_named.group("full"))
    for familiar in _FAMILIAR_NAME.finditer(text):
        nick = familiar.group("nick")
        if nick.lower() in _NOT_NAME_WORDS | _FUNCTION_WORDS or nick in coded:
            continue
        line_end = text.find("\n", familiar.end())
        runs = list(
            _name_runs(
                text,
                familiar.end(),
                min(familiar.end() + 80, len(text) if line_end < 0 else line_end),
                monsieur=monsieur,
                dona=dona,
            )
        )
        if runs and runs[0][1] - familiar.end() <= 30 and len(runs[0][0].split()) >= 2:
            coded[nick] = runs[0][0]
    for quoted in _QUOTED_APPOSED.finditer(text):
        # 'Pierre-Richard Jean-Baptiste, "P.R.", 31, is second engineer' (corpus 123): the name
        # in quotes between commas after the full name is the one the report goes on with.
        coded.setdefault(quoted.group("nick"), quoted.group("full"))
    recorded: dict[str, str] = {}
    """A log's records, written surname first, and the names the records give them by."""
    for record in _SURNAME_COMMA_GIVEN.finditer(text):
        full = _record_name(record)
        # The record's own line names the person too, surname first.
        recorded[text[record.start("surname") : record.end("given")]] = full
        if record.group("nick"):
            recorded[record.group("nick")] = full
    coded.update({code: full for code, full in recorded.items() if code not in coded})
    # 'A young player from your women's team ... has asked not to be named. I will call her "our
    # second player".' (corpus 107): a phrase the report calls someone it describes, and whom
    # it stands for, under the description.
    described_as = _described_pseudonyms(text)
    for phrase, description in described_as.items():
        coded.setdefault(phrase, description)
        coded.setdefault(phrase[:1].upper() + phrase[1:], description)
    # The people a court filing names by a code, defined as a person in its terms: '"Employee-2"
    # is an aerodynamicist employed by Company-1' (corpus 126).
    pseudonyms |= {m.group("code") for m in _CODED_PERSON.finditer(text)}
    pseudonyms |= {m.group("code") for m in _CODE_HEREINAFTER.finditer(text)}
    for party in _PARTY_FIELD_DEFINED.finditer(text):
        # "Freelancer: Asep Saepudin, profile name ... (the Freelancer)" (a platform's dispute
        # decision, corpus 129): the term the caption defines is that person from then on.
        term = party.group("term")
        coded.setdefault(f"the {term}", party.group("name"))
        coded.setdefault(f"The {term}", party.group("name"))
    for declared in _CODES_DECLARED.finditer(text):
        # "The people involved are called Employee A, B and so on" (a shipyard's near-miss
        # collection, corpus 129): each such code in the text is a person.
        pseudonyms |= set(re.findall(rf"\b{declared.group('word')}\s[A-Z]\b", text))
    pseudonyms |= {
        (
            marked.capitalize()
            if re.search(rf"\b{re.escape(marked.capitalize())}\b", text)
            else marked
        )
        for marked in (m.group(1) for m in _PSEUDONYM_MARKED.finditer(text))
    }
    surnamed = {m.group(1) or m.group(2) for m in _SURNAMED.finditer(text)}
    surname_first = {
        m.group(0): m.group(0).split()[0]
        for m in _SURNAME_FIRST.finditer(text)
        if m.group(0).split()[0].lower() in _NOT_NAME_WORDS
    }
    """Names like "Park Ji-hoon" whose surname is also a word: the word alone is not a name
    run, so its later mentions are found here."""
    parties: dict[tuple[str, str], str] = {}
    for naming in _ORDINAL_PARTY_NAMED.finditer(text):
        # The first naming counts ("the first defendant, totalling ..." later names nobody).
        party_key = (
            (naming.group(1) or naming.group(5)).lower(),
            (naming.group(2) or naming.group(6)).lower(),
        )
        parties.setdefault(party_key, naming.group(3) or naming.group(4))
    for listed in _NUMBERED_PARTIES.finditer(text):
        role = listed.group("role").lower().removesuffix("s")
        for ordinal, item in zip(_ORDINALS, listed.group("items").splitlines(), strict=False):
            item_name = re.match(r"[ \t]*\(?\d\)\s*([^,;\n]{3,80})", item)
            if item_name is not None:
                parties.setdefault((ordinal, role), _name_from_caps(item_name.group(1).strip()))
    heads: dict[str, str] = {}
    owned: set[str] = set()  # heads said again with "our" too ("our colleague")
    said_mine: set[str] = set()  # and with "my" ("my father")
    opened: set[str] = set()
    """Described people a sentence opened on by their job ("The signaller, a 52-year-old
    employee of ..."): the story's own person, never someone named later."""
    """The head noun of each person known only by a description ("pilot"), to that person."""
    asked_colleagues: set[str] = set()
    """People the recruit in turn approached: their sentence tells the approach to them."""
    signature = _signature(text)
    letters = _letters(doc)
    # An exported chat ("[27/01/2025, 21:58] Umm Yazan: Two weeks ago I saw a page ...", corpus
    # 90): each message's author is a person, whatever the name reader makes of the name; one
    # shown with a post ("Abu Khaled (Supervisor)") or a department ("Dana HR Al-Nakheel") speaks
    # for the organisation.
    for author, post in _chat_authors(text).items():
        person = register(author)
        person.person_hits += 1
        if post:
            person.bench = True
    civil = _CIVIL_SUIT.search(text) is not None
    # The members a decision names in its heading's field ("Tribunal: Deputy President ... /
    # Senior Member Dr Ravindra Jayasekera", corpus 175): who decides, never a case.
    bench_fields = [(m.start("names"), m.end()) for m in _BENCH_FIELD.finditer(text)]
    for index, sentence in enumerate(doc.sentences):
        s_start, s_end = sentence.start, sentence.end
        found: list[Mention] = []
        if signature is not None and s_start <= signature[0] < s_end:
            # A letter signed at its end, in capitals ("— Yours, etc., NIALL Ó BRIAIN,"): its
            # writer, who tells it in the first person (corpus 67).
            person = register(signature[2])
            person.signed = True
            person.person_hits += 1
            if _HEAD_OF_OFFICE_LINE.match(text, signature[1]):
                # "Yours sincerely, / Sefo Tinilau / Commissioner of Police" (corpus 107): who
                # writes for an office, of what its people did, is not its case.
                person.bench = True
            found.append(Mention(person.name, signature[0], signature[1], index))
        for letter in letters:
            if s_start <= letter.start < s_end:
                # A reader's letter signed with a pen name ("Aiguille, Kourou" above "Dear
                # Aiguille,"): its writer, who tells it in the first person (corpus 71).
                person = register(letter.name)
                person.signed = True
                person.person_hits += 1
                found.append(Mention(person.name, letter.start, letter.end, index))
        # The names the paper gives someone it will not name: initials ("M.K.") and a
        # pseudonym ('we will call "Ana"'), each word whole.
        for code, coded_name in coded.items():
            for again in re.finditer(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text[s_start:s_end]):
                start = s_start + again.start()
                if any(m.start <= start < m.end for m in found):
                    continue
                if text.startswith(":", start + len(code)):
                    continue  # a speaker's label ("AL: Hilda, yes."), not whom the line tells of
                person = register(coded_name, described=coded_name in described_as.values())
                if person.described or code in recorded:
                    person.person_hits += 1
                if coded_name in writers and first_person():
                    person.signed = True
                    person.person_hits += 1
                found.append(Mention(person.name, start, start + len(code), index))
        for known in initials | pseudonyms:
            for again in re.finditer(rf"(?<!\w){re.escape(known)}(?!\w)", text[s_start:s_end]):
                start = s_start + again.start()
                if any(m.start <= start < m.end for m in found):
                    continue
                person = register(known)
                person.person_hits += 1
                if _PARTY_AFTER.match(text, start + len(known)) and not person.defendant:
                    # A caption's party by initials ("R.A.C., / born in ... / hereinafter: the
                    # defendant.", corpus 106): whom "the defendant" means, as a name would be.
                    person.defendant = True
                    person.outcome_hits += 1
                found.append(Mention(person.name, start, start + len(known), index))
        for match in _SURNAMED.finditer(text, s_start, s_end):
            group = 1 if match.group(1) else 2
            person = register(match.group(group), surname_only=True)
            found.append(Mention(person.name, match.start(group), match.end(group), index))
        # "an official surnamed Park ... Investigators say Park photographed": the surname
        # alone, later, is the same person, even where it is also a word ("park").
        for surname in surnamed:
            if surname not in people:
                continue
            for again in re.finditer(rf"\b{re.escape(surname)}\b", text[s_start:s_end]):
                start = s_start + again.start()
                if not any(m.start <= start < m.end for m in found):
                    found.append(Mention(surname, start, start + len(surname), index))
        # "Park Ji-hoon ... Park was first contacted": the surname alone, later, is the same
        # person, even where it is also a word.
        for full, surname in surname_first.items():
            if full not in people:
                continue
            for again in re.finditer(rf"\b{re.escape(surname)}\b", text[s_start:s_end]):
                start = s_start + again.start()
                if not any(m.start <= start < m.end for m in found) and not text.startswith(
                    full, start
                ):
                    found.append(Mention(full, start, start + len(surname), index))
        for match in _CALLED.finditer(text, s_start, s_end):
            name = match.group(1)
            name_end = match.end(1)
            capitals = re.match(rf"\s([{_UP}][{_UP}'’-]+)\b", text[name_end : name_end + 40])
            if capitals is not None and f"{name} {capitals.group(1)}" in in_caps:
                # The surname in capitals after it: "a woman who presented herself as Angelina
                # MOREAU, training manager of a gold refinery" (corpus 133).
                name = in_caps[f"{name} {capitals.group(1)}"]
                name_end += capitals.end()
            if name in nicknames:
                continue  # "whom most of us know as Ben": his own name, not a cover (corpus 72)
            if text.startswith(("'s ", "’s "), match.end(1)):
                # "a company registered in the name of Mr Lo Iacono's brother-in-law" (corpus
                # 77): someone's relative, no name taken on.
                continue
            if (
                _norm(name).split()[0] in _NOT_NAME_WORDS
                or name in pseudonyms
                or any(
                    known == " ".join(name.split()) or known.startswith(f"{name} ")
                    for known in initials
                )
            ):
                continue  # "identified only as Mei L.": a name kept back, not a cover name
            if (
                (
                    _NAMING_PHRASE.match(match.group(0))
                    and (
                        _SINGLE_NAME_BEFORE.search(text, s_start, match.start())
                        or _JOB_APPOSED.match(text, match.end(1), s_end)
                    )
                )
                or (
                    # "In the hotels of Hamra he was known only as Abu Karim" (corpus 69): the
                    # name the story's own subject goes by, not a cover someone gave.
                    match.group(0).startswith("known")
                    and _OWN_NAME_BEFORE.search(text, s_start, match.start())
                )
                or re.search(r"\b(?:first|given|stage|pen)\s+name\b", match.group(0)) is not None
            ):
                # "The controller, identified only as Sutrisno, 46", "A caller who gave her
                # name as Ratna, a hospital pharmacist": the name of the person described,
                # which the report gives (corpus 66), not a cover.
                person = register(name)
                person.person_hits += 1
                found.append(Mention(person.name, match.start(1), name_end, index))
                continue
            person = register(name, contact=True)
            person.contact = True
            found.append(Mention(person.name, match.start(1), name_end, index))
        runs = [
            run
            for run in _name_runs(
                text, s_start, s_end, caps, monsieur=monsieur, dona=dona, in_caps=in_caps
            )
            if run[0] not in companies
        ]
        # (Initials are a name too: "identified only by her initials, E.W.".)
        named_here = bool(runs) or any(m.name in initials for m in found)
        kept_back = (
            m
            for m in _THE_UNNAMED.finditer(text, s_start, s_end)
            if (
                _NOT_NAMED.search(text, m.end(), min(s_end, m.end() + 160))
                # ("He also told me, without names, that the locum who covered the base clinic
                # ... had been invited", corpus 128.)
                or _WITHOUT_NAMES.search(text, s_start, m.start())
            )
            # ("the teacher, who asked not to be named": the one described before, corpus 35.)
            and not any(
                p.described and n.split()[-1].lower() == m.group("who").split()[-1].lower()
                for n, p in people.items()
            )
        )
        withheld = (
            m
            for m in (
                *_PERSON_WHO_WORKS.finditer(text, s_start, s_end),
                *_MEMBER_OF_OURS.finditer(text, s_start, s_end),
            )
            if _NAME_WITHHELD_NEXT.match(text, s_end)
            or _NOT_NAMED.search(text, m.end(), min(s_end, m.end() + 160))
            or (
                index + 1 < len(doc.sentences)
                and _NAME_KEPT.search(doc.sentence_text(doc.sentences[index + 1])) is not None
            )
        )
        for unnamed in (
            *_UNNAMED.finditer(text, s_start, s_end),
            *_COLLEAGUE_IN_TEAM.finditer(text, s_start, s_end),
            *kept_back,
            *withheld,
        ):
            # "A 34-year-old radar engineer has been charged", "prosecutors indicted a
            # 34-year-old radar engineer", "after a parliamentary aide reported an approach":
            # a person the story is about and never names, named by how it first describes
            # them. Only next to an arrest, a charge, a verdict or an approach.
            before = _lower(text[max(s_start, unnamed.start() - 40) : unnamed.start()])
            after = _lower(text[unnamed.end() : min(s_end, unnamed.end() + 120)])
            identified = _IDENTIFIED_AS.search(before) is not None or (
                # "In spring a 41-year-old grid operator at a regional dispatch centre learned":
                # a person with an age, opening the sentence, is who the story is about.
                (
                    _AGE_WORD.search(unnamed.group(0)) is not None
                    # "A security guard at a gas terminal, a married man in his thirties, met":
                    # an age told in words after the description.
                    or _AGE_IN_WORDS.search(text, unnamed.end(), min(s_end, unnamed.end() + 100))
                    is not None
                )
                and unnamed.start() - s_start <= 20
                and not _PREDICATE_BEFORE.search(before)
                # "The official, a 42-year-old press officer": said again of someone, apposed;
                # "In January, a 28-year-old clerk" only opens with a time.
                and (not before.rstrip().endswith(",") or _TIME_OPENING.match(before) is not None)
            )
            # "The signaller, a 52-year-old employee of Eswatini Railway, is the Crown's main
            # witness": a story opening on a person by their job, then describing them.
            opened_on = _OPENED_ON.match(text[s_start : unnamed.start()])
            # "1. The Appellant, a 41-year-old pouch and registry clerk in the Department of
            # External Affairs, appeals against additional assessments" (corpus 103): the party,
            # whose name the decision withholds, described.
            # (Not where the sentence gives a name after all: "The defendant, a 38-year-old
            # observer ..., was referred to in court only as Mr Eobwiren", corpus 51.)
            party_opened = (
                None
                if _CALLED_AFTER.search(text, unnamed.end(), s_end)
                else _PARTY_OPENED.match(text[s_start : unnamed.start()])
            )
            defined = _HEREINAFTER.match(text, unnamed.end(), s_end)
            in_turn = _IN_TURN.fullmatch(text, s_start, unnamed.start())
            identified = (
                identified
                or opened_on is not None
                or party_opened is not None
                or defined is not None
                # "A customs guard posted at the airport, ..., who asked not to be named,
                # received a WhatsApp message" (corpus 72): a name kept back is a person's.
                or _NOT_NAMED.search(text, unnamed.end(), min(s_end, unnamed.end() + 160))
                is not None
                # "A radiographic testing technician from one of our subcontractors, a good
                # welder's son, wanted his Level III certificate" (corpus 73): someone of the
                # teller's own organisation, opening the story told of them.
                or (
                    unnamed.start() - s_start <= 20
                    and _ONE_OF_OURS.match(text, unnamed.end(), s_end) is not None
                )
                # "The second colleague is a 29-year-old relay protection technician who moved
                # to Åland" (corpus 112): one of the people a piece tells of in turn.
                or in_turn is not None
                # (A person the text describes by where they work and keeps the name of.)
                or unnamed.re is _PERSON_WHO_WORKS
                or unnamed.re is _MEMBER_OF_OURS
            )
            if (
                not identified
                and _PRONOUN_IS.match(text, s_start, unnamed.start())
                and _AGE_WORD.search(unnamed.group(0)) is not None
                and not any(
                    doc.sentences[m.sentence].paragraph == doc.sentences[index].paragraph
                    for m in mentions
                )
            ):
                # "The third subject appears only as a pair of hands at a workbench. He is a
                # twenty-six-year-old phone-repair technician from Tripoli." (corpus 69): a
                # paragraph that names nobody introduces its person by age and job.
                identified = True
            if _COVER_DESCRIBED_BEFORE.search(before) or _COVER_BEFORE.search(before):
                continue  # "said he was a freight consultant": the recruiter's cover
            if _ASKED_A_QUESTION.match(text, unnamed.end(), s_end):
                # "(iii) A student asked whether a juvenile can be jailed for a motorcycle
                # accident" (a legal-literacy camp's questions from the floor, corpus 145): who
                # asks a question, not whom the story tells of.
                continue
            if unnamed.group(0).split()[-1] == "colleague" and _SOURCE_SAYS.match(
                text, unnamed.end(), s_end
            ):
                # "A colleague in the maps department, who asked not to be named, says staff had
                # noticed him scanning documents" (corpus 15): a colleague quoted is a witness.
                continue
            if _HYPOTHETICAL_BEFORE.search(before):
                # "it would be wrong for a worker who reported at once to be left worse off"
                # (corpus 103): anyone who might, no one the story tells of.
                continue
            if (
                _PREDICATE_BEFORE.search(before)
                and not identified
                and any(p.described for p in people.values())
            ):
                # "The target of the approach was a staff sergeant": the person already
                # described, said again, not someone new.
                continue
            if not (
                _OUTCOME_OR_APPROACH.search(after)
                or _OUTCOME_OR_APPROACH.search(before)
                # (After a long relative clause: "a professional hunter from our district, who
                # looks after the game in the ... training area and does not wish to be named,
                # was approached at a stand", corpus 127.)
                or (
                    _RELATIVE_CLAUSE_OPENS.match(after) is not None
                    and _OUTCOME_OR_APPROACH.search(
                        _lower(text[unnamed.end() : min(s_end, unnamed.end() + 260)])
                    )
                )
                # "An air traffic services officer at the airport, who issues notices to
                # airmen, met a woman on a language app": opening the sentence, met by someone.
                # (Or opening what follows a colon: "From his own years of service, without
                # names: a young secretary in a ministry office in Yaoundé met a man on a dating
                # application", corpus 95.)
                or (
                    (
                        unnamed.start() - s_start <= 20
                        or text[s_start : unnamed.start()].rstrip().endswith(":")
                    )
                    and _MET_SOMEONE.search(
                        # (Past a clause about the workplace: "..., which makes crowns and
                        # prostheses for several public and military clinics in the state,
                        # joined a Facebook group", corpus 136.)
                        text,
                        unnamed.end(),
                        min(s_end, unnamed.end() + 260),
                    )
                    is not None
                )
                or _CHARGED_AGAINST.search(text, s_start, unnamed.start())
                # "the security service said it was investigating a 52-year-old pharmacist"
                or _INVESTIGATED_BEFORE.search(before) is not None
                or _WORKS_AS.match(text, unnamed.end(), s_end)
                or identified
            ):
                continue
            # "a radar engineer, Kim Min-su," or "Kim Min-su, a radar engineer": named after all.
            if named_here and (
                _NAME_NEXT.match(text, unnamed.end(), s_end)
                or _named_before(text, max(s_start, unnamed.start() - 40), unnamed.start())
            ):
                continue
            if (
                unnamed.groupdict().get("one")
                and index + 1 < len(doc.sentences)
                and _NAMED_AT_ONCE.match(doc.sentence_text(doc.sentences[index + 1]))
            ):
                # "one of its technicians reported it. Łukasz Wróbel, a senior service
                # technician ...": the one named at once (corpus 63).
                continue
            description = unnamed.group(0)
            if unnamed.re is _MEMBER_OF_OURS:
                # "a long-standing member of the second violins": known by the group.
                description = f"a member{unnamed.group('of')}"
            if unnamed.groupdict().get("one"):
                # "one of our weekend relief assistants": told as "a weekend relief assistant",
                # not in the report's own "our" (read 296).
                who = unnamed.group("who")
                description = f"{'an' if who[:1].lower() in 'aeiou' else 'a'} {who}"
            if description.split()[-1] == "member" or (
                description.split()[-1] in ("man", "woman")
                and _AGE_WORD.search(description) is None
            ):
                # "a member of the billing support team", "a young woman employed by a
                # contractor at the range camp": the team or the employer says who (corpus 93);
                # an age says it already ("a 41-year-old man employed at a radar station").
                team = _OF_THE_TEAM.match(text, unnamed.end(), s_end) or _EMPLOYED_BY.match(
                    text, unnamed.end(), s_end
                )
                description += team.group(0) if team is not None else ""
            if opened_on is not None and description.split()[-1].lower() in _GENERIC_HEADS:
                # "The signaller, a 52-year-old employee": known by the job the story opened on.
                description = " ".join([*description.split()[:-1], opened_on.group(1).lower()])
            elif description.split()[-1].lower() in _GENERIC_HEADS:
                # "an employee of a grid company: a 44-year-old engineer at a dispatch
                # centre": the story says at once, more precisely, who it means.
                fuller_match = _FULLER.match(text, unnamed.end(), s_end)
                if fuller_match is not None:
                    description = fuller_match.group("who")
            if defined is not None:
                # The report's own term for the person: "the archivist", as it goes on.
                term = defined.group("term").lower()
                description = term if term.startswith("the ") else f"the {term}"
            name = " ".join((description[:1].lower() + description[1:]).split())
            if name.split()[-1].lower() in _OFFICIAL_TITLES and defined is None:
                continue  # (but for the report's own term: "the inspector", defined)
            # "a harbour pilot" in the lead and "a 52-year-old harbour pilot" later are one
            # person: known by the fuller description.
            bare = _AGE_WORD.sub("", name)
            fuller = re.search(
                r"\b[Aa]n?\s+" + YEARS_OLD + r"\s+" + re.escape(bare.split(" ", 1)[-1]) + r"\b",
                text,
            )
            if fuller is not None:
                name = " ".join(("a " + fuller.group(0).split(" ", 1)[-1]).split())
            else:
                name = next(
                    (n for n, p in people.items() if p.described and _AGE_WORD.sub("", n) == bare),
                    name,
                )
            coded_as = _CODE_AFTER.match(text, unnamed.end(), s_end)
            if coded_as is not None and coded_as.group(1) in coded:
                # "a resident citizen (CIT-1)", the code a name is given for later: that person.
                person = register(coded[coded_as.group(1)])
                person.person_hits += 1
                found.append(Mention(person.name, unnamed.start(), unnamed.end(), index))
                break
            person = register(name, described=True)
            partitive = bool(unnamed.groupdict().get("one"))
            if (
                opened_on is not None
                or partitive
                # (Or one a piece tells of in turn: "The check concerns a bench technician who
                # ... resigned in March", after "Mr. TSAI had the job-file server checked",
                # corpus 140: someone else than whom the sentence before names; not "The first
                # case concerns a senior forecaster ..., named by police only as Dr Kewley",
                # corpus 47, whom the name that follows is.)
                or (in_turn is not None and in_turn.group("inquiry") is not None)
                or unnamed.re is _THE_UNNAMED
                or unnamed.re is _PERSON_WHO_WORKS
                or unnamed.re is _MEMBER_OF_OURS
            ):
                # (One of several, "one of our weekend relief assistants": someone the story
                # keeps apart from whom it names beside them, corpus 97; or whose name it keeps
                # back, "without names, ... the locum who covered the base clinic", corpus 128.)
                opened.add(person.name)
            person.person_hits += 1
            if _CHARGED_OBJECT.search(before) or party_opened is not None:
                # "prosecutors last month charged a 34-year-old employee of a logistics software
                # company with espionage": whom the charge is against.
                person.defendant = True
            found.append(Mention(person.name, unnamed.start(), unnamed.end(), index))
            head = re.sub(r"\s+of\s.*$", "", name).split()[-1].lower()
            heads[head] = name
            if unnamed.re is _PERSON_WHO_WORKS:
                # "a younger man from Glozhene ..., The man from Glozhene took two scales"
                # (corpus 129): said again from the noun on, with the place as written.
                words = name.split()
                at = next((n for n, w in enumerate(words) if w in ("man", "woman", "member")), None)
                if at is not None:
                    heads[" ".join(words[at:])] = name
            if re.search(_ALSO_MET, text[unnamed.end() : min(s_end, unnamed.end() + 160)]):
                # Who "also met Dr Rees at the same seminar" (corpus 141) was approached as the
                # case before them was.
                person.approach_hits += 1
            if in_turn is not None and in_turn.group("inquiry") is not None:
                # One of those a piece tells of in turn is one of its cases, as a heading that
                # announces a case makes its person one ("The check concerns a bench technician
                # who ... resigned in March", corpus 140).
                person.approach_hits += 1
            if in_turn is not None and in_turn.group("noun"):
                # "The second colleague is a 29-year-old relay protection technician ... took
                # our colleague fishing": the piece's own word for the person, said again.
                heads[in_turn.group("noun")] = name
                owned.add(in_turn.group("noun"))
            if head == "member":
                # "a member of the billing support team ... That colleague had been approached"
                # (corpus 93): one of the teller's own, said again as a colleague.
                heads.setdefault("colleague", name)
            elif _ONE_OF_OURS.match(text, unnamed.end()):
                # "a professional hunter from our district ... Our colleague said he would think
                # about it" (corpus 127): one of the writer's own, said again as "our colleague".
                heads.setdefault("colleague", name)
                owned.add("colleague")
            # "a 45-year-old man working as a clerk ... When the clerk hesitated": the job the
            # description gives names the person again.
            job = _WORKS_AS_JOB.match(text, unnamed.end(), min(s_end, unnamed.end() + 80))
            if job is not None:
                heads[job.group("noun").lower()] = name
            # "a civil servant ... The official received ... the employee was paid": the
            # story's plain words for a person at work mean the one it described; after "an
            # employee of the commission ... a 34-year-old senior IT officer at the
            # commission", the fuller description.
            for generic in _GENERIC_HEADS - {head}:
                if generic not in heads or heads[generic].split()[-1].lower() in _GENERIC_HEADS:
                    heads[generic] = name
            break
        # "NDOYE Ousmane offered one of his colleagues ... a 'small paid job' ... The colleague
        # refused and reported the approach the same day": someone the recruit in turn
        # approached, known by the report's word for them (corpus 66).
        for asked in _ASKED_A_COLLEAGUE.finditer(text, s_start, s_end):
            if any(m.start <= asked.start("who") < m.end for m in found):
                continue
            noun = (asked.group("noun") or "").lower().removesuffix("s") or asked.group(
                "single"
            ).lower()
            told_later = re.search(rf"\bThe\s+{noun}\b", text[s_end:])
            name = f"the {noun}" if told_later is not None else f"a {noun}"
            person = register(name, described=True)
            person.person_hits += 1
            # (Someone else than the one named beside them, who asked: never shadowed by them.)
            opened.add(person.name)
            asked_colleagues.add(person.name)
            found.append(Mention(person.name, asked.start("who"), asked.end("who"), index))
            heads.setdefault(noun, name)
        if revealed_self and revealed_self not in heads:
            writer = next((p.name for p in people.values() if p.signed), None)
            if writer is not None:
                heads[revealed_self] = writer
        if revealed_self and not self_opened and revealed_self in heads:
            # Where the story opens on them: "In 2009 there was a boy in the lab".
            opens = re.search(
                rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,2}}?{re.escape(revealed_self)}\b",
                text[s_start:s_end],
            )
            if opens is not None:
                writer = heads[revealed_self]
                found.append(Mention(writer, s_start + opens.start(), s_start + opens.end(), index))
                people[writer].person_hits += 1
                self_opened.append(index)
        # "the pilot" after "a 52-year-old harbour pilot": the same person, mentioned again.
        # (A head of two words first: "the fellow officer" is not "a shift officer", corpus 67.)
        for head, described in sorted(heads.items(), key=lambda item: -len(item[0].split())):
            # ("the retired stores clerk" after "a retired Air Force stores clerk": the words of
            # the description said again, however many, corpus 100.)
            own = "|".join(
                re.escape(w) for w in described.split()[1:] if w.lower() != head and w.isalpha()
            )
            determiners = (
                "[Tt]he|[Tt]hat|[Tt]his"
                + ("|[Oo]ur" if head in owned else "")
                + ("|[Mm]y" if head in said_mine else "")
            )
            for again in re.finditer(
                rf"\b(?:{determiners})\s+(?!(?:foreign|other|second|visiting|another)\s)"
                rf"(?:(?i:{own or '(?!)'})\s+){{0,4}}(?:[\w-]+\s+)?"
                rf"{re.escape(head)}\b(?!{_THING_AFTER.pattern})",
                text[s_start:s_end],
            ):
                start, end = s_start + again.start(), s_start + again.end()
                if not any(m.start <= start < m.end for m in found):
                    found.append(Mention(described, start, end, index))
                    people[described].person_hits += 1
        taken = [(m.start, m.end) for m in found]
        for name, start, end, titles in runs:
            if any(a < end and start < b for a, b in taken):
                continue
            if _ARTICLE_BEFORE.search(text, max(s_start, start - 16), start) and _NOUN_AFTER.match(
                text, end
            ):
                continue  # "a Hong Kong freight-forwarding company": a place used as a modifier
            if _abbreviated(text, end):
                continue  # "the Office Togolais des Recettes (OTR)": an organisation's name
            if _CHANNEL_NAMED_BEFORE.search(text, max(s_start, start - 20), start):
                continue  # "found on Telegram a channel, "Curier Rapid"" (corpus 142)
            if name in org_called:
                # 'a "concierge start-up" called Hostlink Crete', and "whether anyone had heard
                # of Hostlink Crete" after it (corpus 144).
                continue
            tokens = name.split()
            canonical: str | None = None
            if name in people:
                canonical = name
            elif len(tokens) == 1:
                bare = tokens[0]
                # "Al-Hajj" opening a sentence is the "al-Hajj" of the name.
                candidates = (
                    alias_owner.get(bare)
                    or alias_owner.get(bare.removesuffix("s"))
                    or alias_owner.get(bare[:1].lower() + bare[1:])
                    or _short_given(bare, people)
                )
                gender = _TITLE_GENDER.get(titles[-1], "") if titles else ""
                if gender and candidates:
                    # "Mr Moosbrugger" after "His wife, Annelore Moosbrugger": not her.
                    # (One known to be of the title's sex before one not known: "Mme Girardin"
                    # after "Solène Girardin, née Detcheverry" and her brother-in-law Yannick
                    # Girardin, corpus 120.)
                    candidates = (
                        [n for n in candidates if people[n].gender == gender]
                        or [n for n in candidates if people[n].gender in ("", gender)]
                        or candidates
                    )
                if candidates and len(candidates) > 1:
                    # "Miss MacDonald" after "Margaret MacDonald ... her sister, Ealasaid
                    # MacDonald": the one the story is about, not the relative named beside
                    # her (corpus 78).
                    candidates = [n for n in candidates if not people[n].kin] or candidates
                if candidates:
                    # The most recently mentioned person who carries this name.
                    canonical = next(
                        (n for n in reversed(recent) if n in candidates), candidates[-1]
                    )
                elif bare in people or bare.removesuffix("s") in people:
                    canonical = bare if bare in people else bare.removesuffix("s")
                elif bare in one_named:
                    # "the village secretary, Sugiarto, Pak Giarto to everyone in the hall"
                    # (corpus 141): one name, and the one people use.
                    person = register(bare)
                    person.person_hits += 1
                    canonical = person.name
                elif _AGE.match(text, end) and _SINGLE_NAME_BEFORE.search(
                    text, max(s_start, start - 40), start
                ):
                    # "The translator, Yulianti, 34, who ... uses a single name": a person
                    # known by one name.
                    canonical = register(bare).name
                elif (
                    not titles
                    and _IS_AGED.match(text, end, s_end)
                    and not text[s_start:start].strip(" \t-–•*")
                    and bare.lower() not in _NOT_NAME_WORDS
                ):
                    # "Kalo is 24, from the Lopoi clan like Nason. He has only the one name"
                    # (corpus 112): a sentence that opens on one name and its age, a person
                    # known by one name.
                    person = register(bare)
                    person.person_hits += 1
                    canonical = person.name
                elif (
                    not titles
                    and not text[s_start:start].strip(" \t-–•*")
                    and bare.lower() not in _NOT_NAME_WORDS
                    and _ONE_NAME_IS_A_JOB.match(text, end, s_end)
                ):
                    # "Misaki was a university student of Russian from the Tōhoku region" (a
                    # trainer's lesson plan's vignette, corpus 177): a sentence that opens on
                    # one name and what the person is, a person known by one name.
                    person = register(bare)
                    person.person_hits += 1
                    canonical = person.name
                elif (
                    not titles
                    and _WRITER_BYLINE.search(text, max(0, start - 40), start)
                    and first_person()
                ):
                    # "SHARING: WHAT MY DEBT ALMOST SOLD / by Haneul (Sky)" over a piece told in
                    # the first person (a fellowship's newsletter, corpus 129): the writer, known
                    # by one name.
                    person = register(bare)
                    person.person_hits += 1
                    canonical = person.name
                elif not titles and _CASE_OF_BEFORE.search(text, max(s_start, start - 40), start):
                    # "The second case involves Muataz, the 22-year-old son of a clearing agent"
                    # (corpus 73): one name, the person a case is about; a person, whatever
                    # the next sentence says ("The first is Nl. Lalrinpuii. Many of you know
                    # her.", corpus 79).
                    person = register(bare)
                    person.person_hits += 1
                    canonical = person.name
                elif not titles and _OWN_RELATIVE_BEFORE.search(
                    text, max(s_start, start - 40), start
                ):
                    # "my cousin Jun-jun starts Monday" (corpus 81): the writer's relative is a
                    # person, known by one name as the family calls them. (Not "Her younger
                    # brother, Marvin, lives in Houston" in a report about her, corpus 35: a
                    # relative named in passing.)
                    person = register(bare)
                    person.person_hits += 1
                    canonical = person.name
                elif (
                    not titles
                    and _MONONYM_JOB.match(text, end, s_end)
                    and not bare.endswith(("ed", "ly"))
                    and not _ARTICLE_BEFORE.search(text, max(s_start, start - 6), start)
                ):
                    # "Sugiarto, a scaffolder with our main maintenance contractor, has for two
                    # years taken part" (corpus 70): one name, and the job of who bears it.
                    canonical = register(bare).name
                elif titles and (titles[-1] in _PERSONAL_TITLES or titles[-1] in _RANKS):
                    # "Mr Kim", "Senior Sergeant Žukauskas": a surname the story gives with a
                    # title or a rank alone.
                    person = register(bare, surname_only=True)
                    canonical = person.name
                    if titles[-1] in _NAMING_TITLES and not person.title:
                        # "Dr Xowie", "Ms Hosten": how a question names them, not "the person
                        # surnamed".
                        person.title = _NAMING_TITLES[titles[-1]]
                    elif titles[-1] in _RANKS and len(titles[-1]) > 3 and not person.title:
                        # "Sergeant Saar": the rank the report names them by (read 187: "the
                        # person surnamed Saar" read awkwardly); not an abbreviation ("Sgt").
                        person.title = titles[-1].capitalize()
            elif len(tokens) >= 2:
                possessive = " ".join([*tokens[:-1], tokens[-1].removesuffix("s")])
                canonical = possessive if possessive in people else name
                if canonical not in people and alias_owner.get(name):
                    # A name of several words the person goes by ("whom you all know as
                    # Amani Tigor", corpus 78).
                    canonical = alias_owner[name][-1]
                if (
                    canonical not in people
                    and len(tokens) == 2
                    and re.fullmatch(rf"[{_UP}]\.", tokens[0])
                    and alias_owner.get(tokens[1])
                ):
                    # "... under a container in block R. Ti-Fritz refused" (corpus 108): the
                    # letter ends a sentence the splitter ran on; the name is the nickname's.
                    canonical = alias_owner[tokens[1]][-1]
                if canonical not in people:
                    # "Di Stefano" after "Luca Di Stefano", "Van der Berg" after "Jan van der Berg"
                    canonical = next(
                        (
                            known
                            for known in reversed(recent)
                            if len(known.split()) > len(tokens)
                            and known.casefold().endswith(" " + canonical.casefold())
                        ),
                        canonical,
                    )
                if canonical not in people and _INITIAL_FIRST.match(name):
                    # "D. Batzorig" after "Dashdorjiin Batzorig": the same person, the first
                    # name written as its initial.
                    canonical = next(
                        (
                            known
                            for known in reversed(recent)
                            if known.split()[-1] == tokens[-1] and known[:1] == name[:1]
                        ),
                        canonical,
                    )
                if canonical not in people:
                    # "Mohammad Firdaus" after "Mohammad Firdaus bin Haji Yakub": the given
                    # names before "bin" are how the story goes on to call him.
                    canonical = next(
                        (known for known in reversed(recent) if _given_names(known) == tokens),
                        canonical,
                    )
                if canonical not in people and len(tokens) >= 2:
                    # "Aoife Ní Mhurchú" after "Aoife Máire Ní Mhurchú" (corpus 127): the first
                    # given name and the surname, the middle name left out.
                    canonical = next(
                        (
                            known
                            for known in reversed(recent)
                            if len(known.split()) > len(tokens)
                            and known.split()[0] == tokens[0]
                            and known.split()[-(len(tokens) - 1) :] == tokens[1:]
                        ),
                        canonical,
                    )
                if canonical not in people:
                    # "Andi Tenri" after "Andi Tenri Sompa" (corpus 76): the first words of a
                    # longer name, without its last, are how the story goes on to call her.
                    canonical = next(
                        (
                            known
                            for known in reversed(recent)
                            if len(known.split()) == len(tokens) + 1
                            and known.split()[: len(tokens)] == tokens
                        ),
                        canonical,
                    )
                register(canonical)
            if canonical is None:
                continue
            person = people[canonical]
            if titles and titles[-1] in _TITLE_GENDER and not person.gender:
                person.gender = _TITLE_GENDER[titles[-1]]
                person.titled = True
            elif titles and dona and titles[-1] in _IBERIAN_GENDER and not person.gender:
                # "Sr. Esteban Lourié" in a document that writes Spanish or Portuguese titles:
                # Señor, a man (elsewhere "Sr." may be a nun's or a father's), so that "she"
                # after him is the engineer he courted, not him (corpus 150).
                person.gender = _IBERIAN_GENDER[titles[-1]]
                person.titled = True
            if not person.gender and _NEE_AFTER.match(text, end):
                # "Solène Girardin, née Detcheverry" (corpus 120): a woman, whom a later "Mme
                # Girardin" means, not the brother-in-law who bears the name too.
                person.gender = "f"
            if titles and titles[-1] in _TITLE_GENDER and len(person.tokens) > 1:
                # "M. HOUNKPATIN was interviewed" (corpus 90): a personal title says a person,
                # not a company or a place, of a name read whole elsewhere.
                person.person_hits = max(person.person_hits, 1)
            if (
                (register_row := _LISTED_NAME.match(text, start)) is not None
                and _is_listed_name(text, register_row)
                # (Not a heading's word in capitals: "SUMMARY OF VOLUNTARY STATEMENT, Operator P.
                # Anil Kumar", corpus 114.)
                and not any(
                    re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text)
                    for word in re.split(r"[ -]", register_row.group(1))
                )
            ):
                # "WD-016 | 23 Jan | KOLLIE, Joseph Saye | MSc Geology, yr 1" (a welfare desk's
                # log, corpus 158): a surname in capitals, a comma and the given names is how a
                # register writes a person, never a company or a place.
                person.person_hits = max(person.person_hits, 1)
            if _HEARD_FIELD.search(text, max(0, start - 40), start):
                # "Surname: BEN SALEM / Given names: Mohamed Amine": the person a record of a
                # statement is about, the "I" of the statement it records (corpus 88).
                person.signed = True
                person.person_hits += 1
            # "This time Sigrún Hrafnsdóttir, CEO and co-founder of Sonarlink AS, agreed to tell a
            # story we asked her to share" before a piece in the first person (corpus 140): the
            # "I" of the story.
            tells_story = (
                _TELLS_STORY_AFTER.match(text, end, s_end) is not None
                or _SPEAKS_IN_OWN_WORDS_AFTER.match(text, end) is not None
            )
            if tells_story:
                person.storyteller = True
            if (
                _SIGNED_FIELD.search(text, max(0, start - 40), start)
                or _WRITTEN_BY.search(text, max(0, start - 60), start)
                or tells_story
                or (
                    _FROM_THE_WRITER.search(text, max(0, start - 60), start)
                    # (Not the author of a work an excerpt is taken from: "From: Nurjamal
                    # Toktogulova, "The Apricot Tree on Our Street" (a memoir ...)", corpus 85.)
                    and re.match(r"[^\n]{0,40}?,\s*[\"“]", text[end : end + 60]) is None
                )
            ):
                # "Signed: M. A. Cedeño V." at the foot of a form its traveller fills in "in your
                # own words" (corpus 87): the writer, the "I" of the form.
                person.signed = True
                person.person_hits += 1
            if len(tokens) > 1 and re.search(rf"[{_LO}]{_PATRONYMIC_END}", tokens[-1]):
                # "Inspector RAHIMOVA Dilnoza Saidovna, of the same post" (corpus 91): a
                # patronymic says a person, not a company or a place.
                person.person_hits = max(person.person_hits, 1)
            if len(tokens) > 2 and _KINSHIP_LINKS.intersection(tokens[1:-1]):
                # "Mariem Mint Ely Cheikh" (corpus 133): "daughter of", "son of" inside a name
                # say a person, as a patronymic does.
                person.person_hits = max(person.person_hits, 1)
            if _JOB_APPOSED_AFTER.match(text, end, s_end):
                # "Puthenveettil Varghese Shibu, known as P.V. Shibu, forklift operator at a
                # logistics subcontractor", "Ma. Cristina Dela Cruz Bautista ("Tin"), dining
                # facility headcount clerk" (corpus 97): a nickname and a job say a person.
                person.person_hits += 1
            if _ONE_OF_AFTER.match(text, end, s_end) or _WORKS_AS_AFTER.match(text, end, s_end):
                # ("Our member C. Lo Presti also works as a field guard of the ... consortium",
                # corpus 139: whoever works as something is a person.)
                person.person_hits += 1
            if _JOB_BEFORE_NAME.search(text, max(s_start, start - 40), start):
                # "the electrician Arjan ÇELA received a message" (corpus 87): a job said before
                # a name, in lower case, says that the name is a person's.
                person.person_hits += 1
            if _MATTER_OF.search(text, max(0, start - 90), start):
                # "In the matter of the employee: / KALAITZAKIS Emmanouil of Georgios, born
                # 1987 ..." (a disciplinary ruling's caption, corpus 114): the party the ruling
                # then calls "the accused".
                person.defendant = True
                person.outcome_hits += 1
                person.person_hits += 1
            if (
                _NICKNAME_APPOSED.match(text, start) is not None
                or _NICKNAME_LETTERS.match(text, start) is not None
                or _NICKNAME_TO_US.match(text, start) is not None
            ):
                # "Juha-Pekka Ylitalo, known in the biathlon community as "J-P"" (corpus 113):
                # a name one goes by is a person's.
                person.person_hits += 1
            if _INTRODUCER_AFTER.match(text, end, s_end):
                # "her cousin's husband, Mr Toa Vilitama, introduced her to a visitor he had met
                # on a fishing charter" (corpus 121): who made the introduction is a go-between,
                # a witness to the story.
                person.kin = True
            if _WITNESS_AFTER.match(text, end, s_end):
                # "the kitchen supervisor, Ms Foo Mei Ling (Maggie), saw Faiz photographing that
                # day's crew-meal order sheet" (corpus 121): who saw the person the story is
                # about at it is a witness to it, as a relative or a superior is.
                person.kin = True
            kin = _KIN_BEFORE.search(text, max(s_start, start - 60), start)
            if kin is not None and _TOLD_ABOUT.search(text, max(s_start, start - 80), kin.start()):
                # "asked leave to speak about his son, Iosefo Pele" (corpus 113): the relative
                # whom the telling is about, not one named in passing.
                person.person_hits += 1
            elif kin is not None:
                person.kin = True
                person.gender = person.gender or _KIN_GENDER.get(
                    kin.group("kin")
                    or kin.group("asked")
                    or kin.group("mine_of")
                    or {"widow": "husband", "widower": "wife"}.get(kin.group("widow") or "", ""),
                    "",
                )
            elif (
                my_kin := _MY_KIN_APPOSED.search(text, max(s_start, start - 20), start)
            ) is not None:
                # "My wife, Mei Chen, is a civilian fitness instructor" (a complaint to an
                # ombudsman, corpus 179): the writer's own, whose story it may be, is a woman
                # whom "she" then means.
                person.gender = person.gender or _KIN_GENDER.get(my_kin.group("kin"), "")
            if (titles and titles[-1] in _OFFICIAL_TITLES) or _POLICE_RANK_BEFORE.search(
                # (Across a full stop the sentences were split at: "PLt. Jonathan S. Balagtas".)
                text,
                max(0, start - 40),
                start,
            ):
                # (Or a rank of the police: "the officer at our police box, Police Sergeant
                # ŌKUBO Takumi, gave a short talk", corpus 110.)
                person.official_hits += 1
                if titles and titles[-1] in _BENCH_TITLES:
                    person.bench = True
            elif titles and titles[-1] in _RANKS:
                # "Master Sergeant Gábor Szekeres", later "the master sergeant": the same man.
                heads.setdefault(titles[-1], canonical)
            elif any(title in _RANKS for title in titles):
                # A rank with its grade after it: "Teniente Primero (Comunicaciones) Martín
                # Andrés Olivera Techera", later "the officer" throughout (a tribunal of
                # honour's ruling, corpus 134).
                heads.setdefault(next(title for title in titles if title in _RANKS), canonical)
                heads.setdefault("officer", canonical)
            ranked_after = _RANK_AFTER.match(text, end)
            if ranked_after is not None:
                # "Fekete Zoltán főtörzsőrmester (master sergeant) — team captain", later "the
                # master sergeant" and "the team captain" (a Hungarian team manager's report,
                # corpus 128): a rank written after the name, as Hungarian does, is a person's,
                # and the rank and the post it glosses name them again.
                person.person_hits += 1
                for said in (ranked_after.group("gloss"), ranked_after.group("post")):
                    if said:
                        heads.setdefault(said.split()[-1].lower(), canonical)
            before = text[max(s_start, start - 40) : start]
            termed = _THE_ROLE_APPOSED.search(before)
            if termed is not None and termed.group("role").split()[-1] not in _OFFICIAL_TITLES:
                # "The principal officer, Mohd Faizal @ Jimmy bin Abdul Rahim, is found not to
                # be a fit and proper person ... the principal officer paid a clerk" (corpus 73):
                # the term a report defines for someone it named is that person.
                heads.setdefault(" ".join(termed.group("role").lower().split()), canonical)
            after = text[end : min(s_end, end + 80)]
            official = _OFFICIAL_CONTEXT_BEFORE.search(before)
            if (
                official
                and _ACCORDING_TO.search(text, max(s_start, start - 80), start)
                and not _ENDS_CLAUSE.match(after)
            ):
                # "according to his lawyer, Wijesinghe was trying to get out": the name after
                # the source is the person the sentence is about, not the lawyer's ("according to
                # his lawyer, Cecilia Vahlberg." names the lawyer).
                official = None
            office = _OFFICE_OF_BEFORE.search(before)
            if office is not None and "rosecut" in office.group(0):
                # "the Director of Public Prosecutions, Sarina Detabene, told the court": the
                # prosecutor, never the case.
                person.bench = True
            if official or office or _OFFICIAL_CONTEXT_AFTER.match(after):
                person.official_hits += 1
            if any(a <= start < b for a, b in bench_fields):
                person.official_hits += 1
                person.bench = True
            if _SECURITY_POST_AFTER.match(after) or _SECURITY_POST_BEFORE.search(before):
                person.official_hits += 1
                person.bench = True
                person.security_post = True
            elif _HEAD_OF_OFFICE_LINE.match(text, end) and _LINE_OF_A_NAME.fullmatch(
                text, text.rfind("\n", 0, start) + 1, start
            ):
                # A report signed at its end with no sign-off, the post on the line below:
                # "Alhaji Seidu Mahama Abubakar / Head of Internal Audit" (corpus 149), who
                # writes for the office of what others did.
                person.official_hits += 1
                person.bench = True
            elif _CAME_TO_BEFORE.search(before) and _OWN_OFFICE_AFTER.match(after):
                # "Mr Le Page came to Mrs Penhaligon's office on his own the following day"
                # (corpus 140): whose office a report is brought to takes it.
                person.official_hits += 1
            # "The diplomat ... identified as Karim Adel Fathy, was declared persona non grata":
            # a diplomat or an expelled man is the recruiter.
            wide_before = text[max(s_start, start - 120) : start]
            wide_after = text[end : min(s_end, end + 120)]
            if _DIPLOMAT_BEFORE.search(wide_before) or _EXPELLED_AFTER.search(wide_after):
                person.contact = True
            if (
                # (Also after a name in quotes: '"Mlle Nirina", who said she worked as an
                # assistant for M. Mercier's company', corpus 91.)
                _CLAIMS_COVER.match(after.lstrip("\"”’'"))
                or _SAYS_SHE_IS.match(wide_after)
                or _ALIAS_AFTER.match(after)
            ) and not _HIRED_BEFORE.search(before):
                # (Not whom the contact hired as something: "hired Mr Volcy as a "local field
                # assistant"", corpus 142.)
                person.contact = True
            if _RELAYED_AFTER.match(text, end):
                # "she ... telephoned Lieutenant Commander Ahmad Shukri, who brought it to the
                # base security office" (corpus 110): who passed a report on acts for the
                # organisation, and was not approached.
                person.official_hits += 1
            if _SPEAKER_BEFORE.search(text, max(0, start - 60), start) or _GAVE_TALK_AFTER.match(
                text, end, s_end
            ):
                person.speaker = True
            if _COMPANION_BEFORE.search(wide_before):
                # "he went with his shop steward, Compañera Delfina Roquebert, to the security
                # office" (corpus 69): who went along helps the case, and is never one.
                person.bench = True
            if (
                _FAKE_NAME_BEFORE.search(text[max(s_start, start - 40) : start])
                or _STRANGER_CALLED.search(wide_before)
                or _MESSAGE_FROM_QUOTED.search(wide_before)
                # (Or a full name with an indefinite article, someone the teller did not know:
                # "A Dr. Grace Whitmore called him", a caller to a radio show, corpus 174.)
                or (
                    " " in name
                    and _UNKNOWN_NAMED_BEFORE.search(text, max(s_start, start - 16), start)
                    and _UNKNOWN_NAMED_AFTER.match(text, end)
                )
            ):
                # 'Fake headhunter "Helena Brandt" targeted Baltic wind crews', 'messages from
                # a "Helena Brandt"': a name the report doubts is a cover (corpus 63).
                person.contact = True
            if (
                _CALLS_ITSELF_BEFORE.search(before)
                or _CARD_BEFORE.search(before)
                or _WHOM_CALLED_AFTER.match(after)
            ):
                person.contact = True
            if _IMPERSONATED_BEFORE.search(wide_before):
                # "contacted by someone using the name and photograph of our senior consultant
                # Radostina Georgieva Marinova" (corpus 85): the name a stranger took, whose
                # messages the story then tells, never a case.
                person.contact = True
            if _INTRODUCED_AS.search(wide_before):
                # "a man introduced as the foundation's scientific director, Dr Peter
                # Galloway": a cover given to a stranger, the recruiter.
                person.contact = True
            if _SELF_NAMED.search(before) and not transcript:
                # "I wrote my full name on it, Sittie Johaira Lomondot" (corpus 81): the "I"
                # of a first-person account says who they are, as a signature does. (Not a
                # webinar's host, "I am Aïchetou Mint Sidi Ahmed from Internal Communications",
                # the "I" of her own turns only, corpus 133.)
                person.signed = True
                person.person_hits += 1
            if _BROUGHT_BY.search(before):
                # "The money was brought by Nury, a lorry driver" (corpus 105): the contact's
                # go-between.
                person.contact = True
            if _A_TITLED_STRANGER.search(wide_before):
                # "a client of the firm where she works, a Mr. Leon Varga of "Varga Mobility
                # Advisors"", "an email from a Dr Elias Brandt" (corpora 103, 104): someone the
                # report knows only by the name they gave, the stranger who approached.
                person.contact = True
            if _APPROACHED_BY.search(before):
                # "he was approached in 2023 by Abel Kanjamba, a former comrade": who made
                # the approach.
                person.contact = True
            if _INTRODUCED_AS_BEFORE.search(wide_before):
                # "a man introduced as the start-up's CTO, "Dr. Alan Ng", asked detailed
                # questions" (a resignation statement, corpus 179): the name given with the post
                # a contact was introduced as is a cover.
                person.contact = True
            if (
                _LINE_OPENS.search(text, max(0, start - 4), start)
                and _POSTED_BELOW.match(text, end) is not None
                and first_person()
            ):
                # A post's author, on a line of their own over their headline and the date it
                # was published ("Dana Erlanqyzy / Night Auditor at Kaspiy Marine Hotel, Aktau /
                # Published 11 March", corpus 113): the writer, the post's "I".
                person.signed = True
                person.person_hits += 1
            if (
                _SPEAKER_LINE.search(text, max(0, start - 40), start)
                and not text.startswith(",", end)
                and first_person()
            ) or (_AUTHOR_FIELD.search(text, max(0, start - 60), start) and first_person()):
                # (Or a report's own author, in its form's field: "Staff member: Prof. dr. ir.
                # Griet Van den Bossche" over a sabbatical report told in the first person,
                # corpus 129.)
                person.signed = True
                person.person_hits += 1
            if _BYLINE_BEFORE.search(text, max(0, start - 40), start):
                if _WRITER_BYLINE.search(text, max(0, start - 40), start) and first_person():
                    # "Address to the graduates / by Nooroa Tuteru-Marsters, Director of Data
                    # and Licensing", "Thirty-Eight Floors / by Lo Kwok-keung" over a piece told
                    # in the first person (corpora 103, 104): the writer, its "I".
                    person.signed = True
                    person.person_hits += 1
                else:
                    # "TBILISI — Interview by Mariam Chkheidze": who wrote the piece, never the
                    # case (corpus 64: the interviewer taken for whom the answers are about).
                    person.bench = True
            if (
                _SECURITY_HEAD.search(wide_before)
                or _SPOKESPERSON_AFTER.match(after)
                or _JUSTICE_POST_AFTER.match(after)
                # ("Mr Kamen Yordanov of the Security Directorate, who spoke at our General
                # Meeting", corpus 129.)
                or _OF_SECURITY_BODY_AFTER.match(after)
            ):
                # "Serata's head of security, Encik Farid Osman, reported the matter": whoever
                # runs security reports as part of the job, and is never the case.
                person.bench = True
            if official and _COUNSEL.search(before[max(0, official.start() - 20) : official.end()]):
                # "Her lawyer, Plamen Stoyanov": counsel, judge or prosecutor, never the case.
                person.bench = True
            if civil and _SUED_BEFORE.search(before):
                # "The 2nd defendant, Pa Ousman Saine, the paper's editor" in a libel suit
                # (corpus 102): whom the person sued, beside the case.
                person.bench = True
            elif (
                _ACCUSED_BEFORE.search(before)
                or _PARTY_AFTER.match(text, end)
                or _LODGED_BY.search(text, max(0, start - 60), start)
            ):
                # ("MOKHESI Tumelo Paul      Applicant": a court caption's party, corpus 88.)
                person.defendant = True
                person.outcome_hits += 1
            elif _SENTENCED_AFTER.match(text, end, s_end):
                # "Kokou Edem Agbodjan, 41, an inspector at ..., was on Thursday sentenced"
                # (corpus 101): whom the report's "the accused" means.
                person.defendant = True
            if _COUNSEL_APPOSED.search(before) and _APPOSITION_ENDS.match(after):
                # "Boy's lawyer, RA Momme Feddersen from Kiel, saw him" (corpus 78): counsel,
                # with a title the name reader does not know, never the case.
                person.bench = True
            if (
                _REPORTED_TO_BEFORE.search(wide_before)
                and _APPOSITION_ENDS.match(after)
                # (Not a relative someone went to with a request: "A-Fa went to his sister's
                # son, Corporal Weng Po-yu", who then refused and reported, corpus 111.)
                and not _RELATIVE_APPOSED_BEFORE.search(wide_before)
            ):
                # (Not the subject after a clause that tells a report: "two days after the club
                # passed the report ... to the base, Rudo was stopped at the base gate", corpus
                # 91.)
                # "he reported the conversation to his Company Commander and to the Subedar
                # Major, Sub Maj Tika Ram Chhetri, who informed ..." (corpus 77): whom a report
                # went to, never the case.
                person.bench = True
            if (
                index
                and _CAPTION_BEFORE.fullmatch(text, s_start, start)
                and _CAPTION_AFTER.fullmatch(text, end, s_end)
                and is_headline(doc, index - 1)
                and _TRIAL_HEADING.search(doc.sentence_text(doc.sentences[index - 1]))
            ):
                # "SUMMARY OF A GENERAL COURT MARTIAL HELD AT GANGTOK" over "No 15812946F Hav
                # (Opr Cipher) Pemba Tshering Bhutia, of a Signal Regiment" (corpus 77): a
                # trial's caption names the accused, whom "the accused" means after it.
                person.defendant = True
                person.outcome_hits += 1
                person.person_hits += 1
            block = text[text.rfind("\n\n", 0, start) + 2 : start]
            if "\n" in block and _PANEL_HEADER.match(block):
                # "Review panel: / Dr Anne-Marie Le Quesne, ... (chair) / ... / Mrs Sarah-Jane
                # Pallot, HR Business Partner" (corpus 108): who reviewed the case, not its party.
                person.bench = True
            if _ATTENDANCE_LINE.match(text, text.rfind("\n", 0, start) + 1):
                # "Present (Board): kol. płk w st. spocz. Jerzy Sadowski, Chairman; ...; kol.
                # kpt. rez. Anna Wiśniewska-Koc, Secretary" (corpus 109): who sat at the meeting
                # is a witness to what it heard, as a relative is, unless the minutes tell again
                # and again that she was approached ("D. Maria de Fátima Charrua Valadas then
                # asked to speak ... he asked her which foreign aircraft", corpus 127).
                person.kin = True
            if _STAFF_FIELD.search(before):
                # "#2024-0312-01 | Tue 21:47 | counsellor: Ana Maisuradze | 54 min" (corpus
                # 96): who took the call or the case, never its party.
                person.bench = True
            field = _LABELLED_BEFORE.search(before)
            if field is None and index and not before.strip():
                # "1. Petitioner" as a heading, the name opening the next paragraph.
                field = _LABEL_HEADING.match(doc.sentence_text(doc.sentences[index - 1]))
            if field is not None:
                # "Reporter (named with consent): Hodan Cabdi Warsame, Vessel Planning Clerk",
                # "Subject: Cabdiqaadir Maxamuud Xirsi, Coxswain" (corpus 76): a register's or
                # a form's party, a person whom its label means later.
                label = re.sub(r"\W", "", field.group("label").lower())
                person.label = person.label or label + (field.groupdict().get("number") or "")
                if person.name not in labelled:
                    labelled.append(person.name)  # in the order they were labelled
                person.person_hits += 1
                if label in _PARTY_LABELS:
                    person.defendant = True
                elif label in _REPORTER_LABELS and person.label.startswith(label):
                    person.approach_hits += 1  # whoever a register names as its reporter reported
                elif label == "subject" and person.label.startswith(label):
                    person.outcome_hits += 1  # and whom it names as the subject, reported on
            if field is None and _COMPLAINT_BY.search(before):
                # "Complaint filed by Liz Carolina Benítez de Ayala (31), ... public servant"
                # (corpus 84): a police entry's complainant, whom "the complainant" means later,
                # who reported.
                person.label = person.label or "complainant"
                if person.name not in labelled:
                    labelled.append(person.name)
                person.person_hits += 1
                if person.label == "complainant":
                    person.approach_hits += 1
            if _REPORT_OF.match(after) and not _SOURCE_POSSESSIVE.match(after):
                # "Corporal Marufu's report is the reason this was stopped": she reported; not
                # "Perović's report notes that ... the worker reported", the duty officer's own
                # account of another's report (corpus 86).
                person.approach_hits += 1
            if (
                _AGE.match(after)
                # (Opening its line, as a form gives it: not "her former fellow student ...,
                # Levan Tsiklauri (born 1993)", the recruiter, corpus 8.)
                or (not before.strip() and _BORN_AFTER.match(after))
                or _ROLE_AFTER.match(after)
                or _BARE_JOB_AFTER.match(after)
                # ('Cristián Pizarro Lagos, "el Chino" to the marshal team, is a traffic signal
                # technician with the municipality', corpus 163.)
                or _IS_A_JOB_AFTER.match(after)
                # (Under a case's heading: not a signature's "Mama Leisale (conductor)", corpus
                # 146.)
                or (_JOB_BRACKETED_AFTER.match(after) and _CASE_HEADING.search(before))
                # (Past a degree apposed to the name: "Ivana Šimunović-Kraljev, dipl. ing., our
                # AIS base-station technician", corpus 153.)
                or (
                    (degree := _DEGREE_AFTER.match(after)) is not None
                    and (
                        _ONE_OF_AFTER.match(after, degree.end()) is not None
                        or _BARE_JOB_AFTER.match(after, degree.end()) is not None
                        or _ROLE_AFTER.match(after, degree.end()) is not None
                    )
                )
                # "Bimala Thapa Magar, Statistics Officer in the Census Data Processing Unit,
                # presented a paper" (corpus 150): a job written as a title after the name (not
                # an official's post, "Pr. Kamel Bensouda, Director of the LHCTM", corpus 99).
                or (
                    (titled := _TITLED_AFTER.match(after)) is not None
                    and titled.group("role").split()[-1].lower() not in _OFFICIAL_TITLES
                )
                or _WHO_AFTER.match(after)
                or (titles and titles[-1] in _PERSONAL_TITLES)
                # "Third Officer Putu Ayu Wulandari received a message" (corpus 72): a rank or
                # a job before a name is a person's, as an official's title is.
                or (titles and titles[-1] in _SERVICE_RANKS)
                # "a telecommunications worker, Wilmer Andrés Rincón Maturana, walked into the
                # Fiscalía office": a name apposed to a job before it (corpus 68).
                or _ROLE_BEFORE.search(before)
                # "Sugiarto, a scaffolder with our main maintenance contractor" (corpus 70).
                or (len(tokens) == 1 and not titles and _MONONYM_JOB.match(after))
                # "My cousin Loretta Christian." (corpus 79): a relative is a person.
                or _RELATIVE_BEFORE.search(before)
            ):
                person.person_hits += 1
            mine = _MY_KIN_APPOSED.search(before)
            if mine is not None:
                # "My father, Zbigniew Kaczmarczyk — Zbyszek to everyone in Oksywie — cut hair
                # ... My father signed a receipt" (a daughter's speech, corpus 128): the
                # teller's relative, named once, is "my father" from then on.
                kin_word = mine.group("kin").lower()
                heads.setdefault(kin_word, canonical)
                said_mine.add(kin_word)
            found.append(Mention(canonical, start, end, index))
        for said in _ORDINAL_PARTY.finditer(text, s_start, s_end):
            # "the second defendant": the person named as that party before.
            who = parties.get((said.group(1).lower(), said.group(2).lower()))
            holder = max((n for n in people if who is not None and n in who), key=len, default=None)
            if holder is not None and not any(
                m.start < said.end() and said.start() < m.end for m in found
            ):
                found.append(Mention(holder, said.start(), said.end(), index))
        for stated in _NAME_STATED.finditer(text, s_start, s_end):
            # 'a citizen who stated his name to be YORBIS ALEXANDER RANGEL QUINTERO' (corpus
            # 76): a record's formula, the name in capitals, as the record writes it later.
            if any(m.start < stated.end("name") and stated.start("name") < m.end for m in found):
                continue
            person = register(
                " ".join(
                    w.lower() if re.fullmatch(_PARTICLES, w.lower()) else w.capitalize()
                    for w in stated.group("name").split()
                )
            )
            person.person_hits += 1
            found.append(Mention(person.name, stated.start("name"), stated.end("name"), index))
        for said in _LABEL_SAID.finditer(text, s_start, s_end):
            # "R. refused on the call", "Subject interviewed 22 Jul" (corpus 76): the party of
            # the register's entry its label names, the last so labelled.
            holder = _label_holder(text, said, [(people[n].label, n) for n in labelled])
            if holder is not None and not any(
                m.start < said.end() and said.start() < m.end for m in found
            ):
                found.append(Mention(holder, said.start(), said.end(), index))
        # "A (dhr. van Ommeren): Nobody was suspended. Harrydath Mahabier ..." (minutes, corpus
        # 88): who answers is the record's voice, not whom the answer tells of.
        found = [m for m in found if not any(a <= m.start < b for a, b in answerers)]
        found.sort(key=lambda m: m.start)
        if found:
            # The sentence's first person is its subject: a pronoun later in it, or opening
            # the next sentence, says that this is a person and not a company or a place.
            first = found[0]
            later = text[first.end : s_end]
            following = (
                doc.sentence_text(doc.sentences[index + 1])[:40]
                if index + 1 < len(doc.sentences)
                else ""
            )
            # (Not a name the sentence writes after "the": "photographs of the register of
            # authorised readers of the Reserved Deposit, ... He photographed two pages" is an
            # archive's series, and "he" the stack runner, corpus 151.)
            the_thing = re.search(r"\bthe\s+$", text[max(s_start, first.start - 5) : first.start])
            if (
                the_thing is None
                and (
                    _PRONOUN.search(later)
                    or _PRONOUN.match(following)
                    # "Vaidas sent nothing. That evening he told his company commander" (corpus 85):
                    # the subject after a word or two of when, after a sentence the name opens.
                    or (
                        not text[s_start : first.start].strip()
                        and _WHEN_THEN_PRONOUN.match(following)
                    )
                    # (Or a sentence that is the name alone, a speaker's answer: "IM: K.D.
                    # Klaus-Dieter Behrens. We were at school together in Friedrichsort, and
                    # he played handball with my brother", an oral history, corpus 174.)
                    or (
                        len(found) == 1
                        and _NAME_ALONE_BEFORE.fullmatch(text, s_start, first.start)
                        and not later.strip(" \t.")
                        and index + 1 < len(doc.sentences)
                        and _PRONOUN.search(doc.sentence_text(doc.sentences[index + 1]))
                    )
                )
            ):
                people[first.name].person_hits += 1
                after_next = (
                    doc.sentence_text(doc.sentences[index + 2])[:10]
                    if index + 2 < len(doc.sentences)
                    else ""
                )
                opener = _HE_SHE_OPENS.match(following)
                # (Or after a word or two of when, where the name opens its sentence: "HRUBÝ
                # Tomáš, nrtm. (staff sergeant), aircraft armament technician at the base. In
                # February he received a message", corpus 161.)
                when_then = (
                    _WHEN_THEN_PRONOUN.match(following)
                    if opener is None
                    and _OPENS_ON_NAME.fullmatch(text, s_start, first.start) is not None
                    # (Only after an entry's line, the name and what the person is, with no
                    # verb: a sentence that tells more, "Lucía de los Ríos, 44, worked for
                    # fourteen years as a forecaster", may be a transcript's, whose "he" in
                    # her answers is another's, corpus 18.)
                    and _TELLS_MORE.search(text, first.end, s_end) is None
                    else None
                )
                told_as_word = (
                    opener.group(0).strip()
                    if opener is not None
                    else "She"
                    if when_then is not None and re.search(r"\bshe\s", when_then.group(0))
                    else "He"
                    if when_then is not None
                    else ""
                )
                person = people[first.name]
                if (
                    told_as_word
                    and not person.gender
                    and not person.described
                    and len({m.name for m in found}) == 1
                    # (Not "The dispatcher's lawyer told reporters ... She said", corpus 10.)
                    and not re.match(r"['’]s?\b", text[first.end : first.end + 2])
                    # (The sentence's subject, opening it: not "Conrad ... offered Yulianti
                    # freelance work. He paid promptly", corpus 53.)
                    and (
                        _OPENS_ON_NAME.fullmatch(text, s_start, first.start) is not None
                        # (Or after a subject of the other gender, whom the next sentence's
                        # pronoun cannot mean: "In February he received a message ... from
                        # "Elena Marković, defence market analyst" ... She offered EUR 400",
                        # corpus 161.)
                        or _other_gender_subject(text[s_start : first.start], told_as_word)
                    )
                    # (Nor where the sentence tells of someone else the pronoun may mean:
                    # "Cabrera ... was contacted ... by a "recruiter" who said she was hiring.
                    # She offered him", corpus 34.)
                    and told_as_word.lower() not in _pronouns_said(later)
                    and _UNNAMED_STRANGER.search(later) is None
                ):
                    # "Hilda, yes. She sails ..." (corpus 97): the only person a sentence names,
                    # "she" in the next, is a woman; a later "She said no" after "He told her"
                    # is hers.
                    person.gender = "f" if told_as_word == "She" else "m"
                    # (As sure as a title, where the sentence's own subject is the other: its
                    # pronoun cannot mean them.)
                    person.titled = person.titled or _other_gender_subject(
                        text[s_start : first.start], told_as_word
                    )
                if opener is not None and after_next.startswith(opener.group(0)):
                    # "Hilda, yes. She sails with the women's crew. She is a cook at the dining
                    # facility." (corpus 97): told of as "she" sentence after sentence.
                    people[first.name].person_hits += 1
        mentions.extend(found)
        for mention in found:
            if mention.name in recent:
                recent.remove(mention.name)
            recent.append(mention.name)
    # "Principal State Counsel Awa Bojang told the court ... Ms Bojang said": the office's
    # words make the full name an organisation's to the name reader, but the surname said
    # alone later is the official's, never a case.
    office_surnames = {m.group(1) for m in _OFFICE_THEN_NAME.finditer(text)}
    for person in people.values():
        if len(person.tokens) == 1 and person.tokens[0] in office_surnames:
            person.bench = True
    mentions = _fold_short_names(people, mentions, text)
    for nick in nicknames:
        # The name people use, read as someone of its own before the full name that has it:
        # "Mai Chipo had asked that hers be told to the meeting", then "5.1 Mrs Rutendo
        # Mavhunga (Mai Chipo) has a hair salon" (a burial society's minutes, corpus 158).
        early = people.get(nick)
        owners = {n for n in alias_owner.get(nick, ()) if n != nick and n in people}
        if early is None or len(owners) != 1 or early.contact or early.described:
            continue
        nick_owner = people[owners.pop()]
        _merge_into(nick_owner, early)
        del people[nick]
        mentions = [
            attrs.evolve(m, name=nick_owner.name) if m.name == nick else m for m in mentions
        ]
    mentions = _fold_initials(people, mentions)
    for listed in _SURNAME_INITIALS_GIVEN.finditer(text):
        # "Karimova D. R. (Dilnoza Rustamovna)", then "Karimova" (corpus 131): one person, known
        # by the whole name the two parts make, never written out.
        given, surname = listed.group("given"), listed.group("surname")
        full = f"{given} {surname}"
        if given in people and full not in people:
            person = people.pop(given)
            person.name, person.tokens = full, tuple(full.split())
            people[full] = person
            mentions = [attrs.evolve(m, name=full) if m.name == given else m for m in mentions]
        # (The surname alone, or with its initials, read as a name of its own.)
        shorter = [
            n
            for n, p in people.items()
            if p.tokens
            and p.tokens[0] == surname
            and all(re.fullmatch(rf"[{_UP}][{_LO}]?\.", w) for w in p.tokens[1:])
        ]
        if full in people:
            for short in shorter:
                people[full].person_hits += people.pop(short).person_hits
                mentions = [attrs.evolve(m, name=full) if m.name == short else m for m in mentions]
    # A nickname read before the name it stands for ("3. Our brother Johnny" over "Yoshiro
    # Damarlane, whom everyone knows as Johnny", corpus 100): one person, the named one.
    for nick, full in nicknames.items():
        owner = next(
            (
                n
                for n in people
                if n != nick
                and (full.rstrip(".") in (n, _name_from_caps(n)) or full.startswith(f"{n} "))
            ),
            None,
        )
        # (Or of two words, one of them the person's own name: "Lao Chen's team" before "Chen
        # Guoliang, known to everyone as Lao Chen", corpus 153.)
        if (
            owner is not None
            and nick in people
            and (len(people[nick].tokens) == 1 or set(nick.split()) & set(full.split()))
        ):
            people[owner].person_hits += people.pop(nick).person_hits
            mentions = [attrs.evolve(m, name=owner) if m.name == nick else m for m in mentions]
    # "Since 2019 she has held a contractor's pass ... She is known in her neighbourhood, as is
    # customary, as Mai Tariro" (corpus 100): the name the person told of just before goes by,
    # whom that person is, not someone new.
    # (Or "Most of you know him as Buzz", after "Raymond MacIsaac was arrested in October",
    # corpus 144.)
    for goes_by in [*_GOES_BY.finditer(text), *_WE_KNOW_AS.finditer(text)]:
        starts = {goes_by.start("nick"), goes_by.start("title")}
        alias = next((m for m in mentions if m.start in starts and m.name in people), None)
        if alias is None and goes_by.re is _WE_KNOW_AS:
            # A name that reads as a word ("Buzz"), never taken for one: its uses from here on
            # are the person's, whom the sentence before names.
            mentions = _nickname_mentions(doc, people, mentions, goes_by)
            continue
        if alias is None or len(people[alias.name].tokens) > 2:
            continue
        word = goes_by.group("pronoun") or goes_by.group("title") or ""
        gender = {"She": "f", "He": "m", "her": "f", "him": "m"}.get(word) or _TITLE_GENDER.get(
            word.lower(), ""
        )
        told_before = [
            m
            for m in mentions
            if m.end <= goes_by.start()
            and m.name != alias.name
            and alias.sentence - m.sentence <= 3
            and not people[m.name].contact
            and (not gender or people[m.name].gender in ("", gender))
        ]
        if not told_before:
            continue
        owner = told_before[-1].name
        people[owner].person_hits += people.pop(alias.name).person_hits
        mentions = [attrs.evolve(m, name=owner) if m.name == alias.name else m for m in mentions]
    mentions = _post_holders(doc, people, mentions)
    mentions = _initials_posts(doc, people, mentions)
    # "M. HOUNKPATIN was interviewed the next day in the presence of the compliance officer"
    # (corpus 90): who sat in is no one the sentence, or the next, tells of.
    firsts: dict[int, int] = {}
    for mention in mentions:
        firsts[mention.sentence] = min(firsts.get(mention.sentence, mention.start), mention.start)
    mentions = [
        m
        for m in mentions
        if m.start == firsts[m.sentence]
        or not _BYSTANDER_BEFORE.search(text, max(0, m.start - 40), m.start)
    ]
    paragraphs: defaultdict[str, list[int]] = defaultdict(list)
    for mention in mentions:
        paragraphs[mention.name].append(doc.sentences[mention.sentence].paragraph)
    cleared = {
        number
        for number, told in _paragraphs(doc).items()
        if _CLEARED.search(" ".join(doc.sentence_text(s) for s in told))
    }
    # A paragraph where the person is only named, in sentences that tell nothing of an
    # approach, an act or an outcome ("Mirto de Palm plays the wiri and works on the coastguard
    # boats", corpus 82), does not stop a contrast from being cleared.
    tells: dict[int, bool] = {}
    """Per sentence named in, whether it tells an approach, an act or an outcome (read once)."""
    storied: defaultdict[str, set[int]] = defaultdict(set)
    for mention in mentions:
        if mention.sentence not in tells:
            low = _lower(doc.sentence_text(doc.sentences[mention.sentence]))
            tells[mention.sentence] = bool(
                _APPROACH.search(low) or _ACT.search(low) or _OUTCOME.search(low)
            )
        if tells[mention.sentence]:
            storied[mention.name].add(doc.sentences[mention.sentence].paragraph)
    for name, person in people.items():
        told = {n for n in paragraphs.get(name, ()) if n in cleared or n in storied[name]}
        person.cleared = bool(told) and told <= cleared
    # Whoever a thread shows a post or a comment under is a person, who writes (corpus 78).
    authors = set(_posts(doc, people).values()) | set(_speakers(doc, people).values())
    for author in authors:
        people[author].person_hits += 1
    for caption in _INITIALS_VERSUS.finditer(doc.text):
        # The party answering, under "vs" in a caption: "R.G. / vs / M.G." (a family court's
        # judgment, corpus 137), whom "the respondent" means.
        if caption.group("second") in people:
            people[caption.group("second")].defendant = True
    reading = _DocReading(doc, people, tuple(mentions))
    # What the names' own surroundings told ("The accused, X", "X's report"), kept when the
    # cues are counted again below.
    told_by_mention = {
        name: (p.outcome_hits, p.act_hits, p.approach_hits, p.handler_hits, p.warrant_hits)
        for name, p in people.items()
    }
    _score_people(reading)
    # A description near a named case (the sentence before, or the next three) is that
    # person, whom the story names a little later ("charged an employee of the Electoral
    # Service ... The accused, Matías Fuentes Rojas"): it must not take the named person's
    # sentences. Drop such descriptions and read the document again without them.
    by_sentence: dict[int, set[str]] = defaultdict(set)
    for mention in mentions:
        by_sentence[mention.sentence].add(mention.name)
    # "The man, identified under Czech privacy rules only as Jaroslav K.": the name a report
    # gives the person it described.
    identified_as = {
        m.name
        for m in mentions
        if _NAMED_AS_BEFORE.search(text, max(0, m.start - 60), m.start) is not None
    }
    # "A dispatcher at the power company has been charged ... The dispatcher, Henrik
    # Solbakken, 52": the name given to the person described, in apposition to its job.
    described_heads = {p.name.split()[-1] for p in people.values() if p.described}
    apposed = {
        m.name
        for m in mentions
        if any(
            re.search(rf"\b[Tt]he\s+{re.escape(head)},\s*$", text[max(0, m.start - 40) : m.start])
            for head in described_heads
        )
    }
    # "... a laundry worker at the foreign military compound ... WHO IS HE? He is Hemin Jalal
    # Mustafa, 34, a shift supervisor" (corpus 70... 71): the story names whom it described.
    revealed = [
        m
        for m in mentions
        if _REVEALED.match(text, doc.sentences[m.sentence].start, m.start)
        and not people[m.name].described
    ]
    apposed |= {m.name for m in revealed}
    named = {
        n
        for n, p in people.items()
        # Not a prosecutor or a judge quoted beside the description ("Abu Shouk used her
        # closing statement ... In January, a 28-year-old clerk"): they are never the case.
        if not p.described
        and not p.contact
        and not p.bench
        and (_is_case(p) or p.person_hits >= 2 or n in identified_as or n in apposed)
    }
    # Not a person a new case opens with ("The second case involved Lieutenant Ama Mensah"):
    # the description before it is someone else.
    new_case_at = {
        index: sentence.start + opens.start()
        for index, sentence in enumerate(doc.sentences)
        if (opens := _NEW_CASE.search(doc.sentence_text(sentence))) is not None
    }
    new_case = set(new_case_at)
    # Where the description is first told: "the officer" said again at the story's end, beside
    # another case's name, is still the described person.
    first_told: dict[str, Mention] = {}
    for m in mentions:
        first_told.setdefault(m.name, m)
    # "A pharmacist at the hospital, whom the bureau did not name": the story says it will
    # never name them, so no name near it is theirs.
    never_named = {
        m.name
        for m in first_told.values()
        if people[m.name].described
        and _NEVER_NAMED.match(text, m.end, min(len(text), m.end + 90)) is not None
    }
    shadowed = {
        m.name
        for m in first_told.values()
        if people[m.name].described
        and m.name not in opened
        and m.name not in never_named
        and any(
            by_sentence[s] & named
            for s in range(max(0, m.sentence - 1), min(len(doc.sentences), m.sentence + 4))
            if s not in new_case
            # "In a second case made public this week, an analyst at the central bank
            # reported an approach": a description in the sentence that announces another
            # case is named only in its own paragraph ("In the second case, a civilian
            # pharmacist ... He was identified only by his surname, Ssemakula"), never by the
            # first case's name in the next.
            and (
                m.sentence not in new_case
                # ("have charged a senior land surveyor ..., and officials said a second
                # government employee had fended off ...": described before the other case.)
                or m.start < new_case_at[m.sentence]
                # (Never by a name before the sentence that announces it: "Because Elena came
                # to us ... Compare this with what happened ...: a technician ...", corpus 87.)
                or (
                    s >= m.sentence
                    and doc.sentences[s].paragraph == doc.sentences[m.sentence].paragraph
                )
            )
        )
    }
    # "after a government courier he had befriended reported him ... Teariki Vainui, 29, a
    # courier for the foreign ministry": the description is the named person with that job,
    # however far apart (what its sentence tells may be of someone else: not moved).
    same_job = {
        m.name
        for m in first_told.values()
        if people[m.name].described
        and m.name not in opened
        and m.name not in shadowed
        and m.name not in never_named
        and any(
            other.name in named
            and re.match(
                rf",\s+(?:\d{{1,3}},\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?"
                rf"{re.escape(m.name.split()[-1])}\b",
                text[other.end : other.end + 80],
            )
            for other in mentions
        )
    }
    # "A crane operator at the Port of Duqm was sentenced ... The defendant, Salim bin Hamad
    # al-Rawahi, told the court": the one the report names as the defendant is the person
    # described as sentenced or charged, however far apart (corpus 66).
    defendants = sorted(
        {
            m.name
            for m in mentions
            if m.name in named and _DEFENDANT_APPOSED.search(text, max(0, m.start - 20), m.start)
        }
    )
    charged_as: dict[str, str] = {}
    if len(defendants) == 1:
        charged_as = {
            m.name: defendants[0]
            for m in first_told.values()
            if people[m.name].described
            and m.name not in shadowed | same_job | never_named
            and _OUTCOME.search(_lower(doc.sentence_text(doc.sentences[m.sentence])))
        }
    if len({m.name for m in revealed}) == 1:
        shadowed |= {
            m.name
            for m in first_told.values()
            if people[m.name].described
            and m.name not in opened | never_named
            and m.start < revealed[0].start
        }
    if shadowed or same_job or charged_as:
        # What the description's own sentence tells ("A court sentenced a 58-year-old former
        # archivist to six years") is the named person's: the first named after it.
        told_of: dict[str, list[int]] = defaultdict(list)
        # (Not the description's first sentence for a name given nearby: relabelled, it moves
        # whom the sentences after it are about, corpus 45.)
        first_owned = {m: charged_as[m.name] for m in mentions if m.name in charged_as}
        for m in mentions:
            if m.name in shadowed:
                owner = next(
                    (
                        n
                        for s in range(m.sentence, m.sentence + 4)
                        if s not in new_case
                        for n in sorted(by_sentence[s] & named)
                    ),
                    None,
                )
                if owner is not None:
                    told_of[owner].append(m.sentence)
        for owner, indices in told_of.items():
            if any(_OUTCOME.search(_lower(doc.sentence_text(doc.sentences[i]))) for i in indices):
                # "A control-room operator ... has been charged ... The operator, Mattias
                # Rondahl": the person named is the one charged, whom "the defendant" means.
                people[owner].defendant = True
        shadowed |= same_job | set(charged_as)
        for name in shadowed:
            del people[name]
        for name, person in people.items():
            (
                person.outcome_hits,
                person.act_hits,
                person.approach_hits,
                person.handler_hits,
                person.warrant_hits,
            ) = told_by_mention[name]
        # The one charged, described before the report names them, is that person from the
        # first words: what the sentences between tell is theirs ("the 41-year-old had run up
        # debts ... a user he had never met wrote to him").
        mentions = [
            attrs.evolve(m, name=first_owned[m]) if m in first_owned else m
            for m in mentions
            if m.name not in shadowed or m in first_owned
        ]
        reading = _DocReading(doc, people, tuple(mentions))
        _score_people(reading)
        for owner, indices in told_of.items():
            for index in sorted(set(indices)):
                if not by_sentence[index] & named and not any(
                    m.sentence == index for m in first_owned
                ):
                    low = _lower(doc.sentence_text(doc.sentences[index]))
                    people[owner].outcome_hits += bool(_OUTCOME.search(low))
                    if any(first_told[n].sentence == index for n in shadowed):
                        # "A crane scheduler ... turned down a stranger's offer ... The
                        # scheduler, Linnéa Sundblom": so is the approach told where the
                        # description is first told (not "took the dispatcher to dinner"
                        # later, beside the recruiter's name).
                        people[owner].approach_hits += bool(_APPROACH.search(low))
    for name in asked_colleagues & set(people):
        # (The approach to them is told in the asker's sentence, which the cues give the asker.)
        people[name].approach_hits += 1
    # "Sarin is an officer of a foreign intelligence service": the recruiter, not a case,
    # unless the story shows him caught (then he is the case, told the other way round).
    officers: set[str] = set()
    for officer in _OFFICER.finditer(text):
        word = _LAST_WORD.search(text, max(0, officer.start() - 40), officer.start())
        if word is not None:
            officers.add(word.group(1))
    for person in people.values():
        key = person.tokens[-1] if person.tokens else person.name
        if person.outcome_hits <= person.warrant_hits and key in officers:
            person.contact = True
    for person in people.values():
        if len(person.tokens) != 1 or person.contact or person.outcome_hits:
            continue
        # One name, written before the contact's full name is given: "Please thank Mr Rashid
        # for us", then 'he introduced her to "Rashid Al-Amin", who described himself as a
        # Dubai-based consultant' (an investigative reconstruction, corpus 178): one of the
        # names the contact goes by, where no one else the text names bears it.
        bearers = [
            other
            for other in people.values()
            if len(other.tokens) > 1 and person.name in (t.strip('"“”') for t in other.tokens)
        ]
        if len(bearers) == 1 and bearers[0].contact:
            person.contact = True
    greetings = _greetings(text)
    greeted = _greeted(greetings[0], list(people)) if len(greetings) == 1 else None
    if greeted is not None:
        # "Dear Dayang Nurul Ain,": whom a letter greets is a person (corpus 93); not the
        # columnist every letter of an advice column greets ("Dear Man Sidonie,", corpus 71).
        people[greeted].person_hits += 1
    for person in people.values():
        # Someone who asks, pays or threatens "him" more than they are caught is a recruiter:
        # their sentences belong to the case they work on, as a cover name's do.
        # (Not a go-between charged for what a handler paid him to do, whose own approach the
        # story tells as well: "Director Lin asked Mr Hung to bring serving military personnel
        # on these trips, paid him for each one", then "has been indicted", corpus 139.)
        if person.name in authors:
            # (Not whoever writes a post of their own story: "Alesia V." over "Last year a man
            # from back home started coming", whom a reply says "asked me to confirm", a
            # messaging channel, corpus 176.)
            continue
        if person.handler_hits and person.handler_hits > person.outcome_hits + (
            person.approach_hits
            # (A man or a woman, told as "he" or "she": not a firm a ruling names as the
            # recruiter's, "Nordvik Insight Pte. Ltd.", corpus 129.)
            if person.described or (person.outcome_hits > person.warrant_hits and person.gender)
            else 0
        ):
            person.contact = True
    return reading


_DONE_TO_BY_PRONOUN = re.compile(
    r"\b(?:he|she|they)\s+(?:then\s+|also\s+|often\s+|soon\s+)?(?:[a-z]+ed|took|gave|told|met|"
    r"brought|bought|sent|drove|made|kept|paid|saw|taught|showed|let)\s+$|"
    # (Or by someone named with a title just before: "Over three Tuesdays M. Keller partnered M.
    # LEMAIRE, admired his bidding loudly, and then invited him to dinner", a bridge club's
    # minutes, corpus 165.)
    r"\b(?:m|mr|mrs|ms|mme|dr)\.?\s+[\w'’-]+\s+(?:then\s+|also\s+|often\s+|soon\s+)?"
    r"(?:[a-z]+ed|took|met|drove|taught|showed)\s+(?:m|mr|mrs|ms|mme|dr)\.?\s+$"
)
"""A name that is the object of an act by "he", "she", "they" or someone named with a title
just before it: what follows the name is still the other's doing ("He belayed Leko, drove him
to the crags")."""


_DONE_TO_NAMED = re.compile(
    # (Not "sent" nor "gave", which tell material handed to the recruiter: "when he sent Dr
    # Lau a 40-page slide deck", corpus 23.)
    r"\b(?:he|she|they)\s+(?:then\s+|also\s+|later\s+)?(?:paid|offered|promised|"
    r"threatened|pressed|recruited|"
    # ("While Mr Tamata was at the workshop in Singapore, he telephoned Florence Naupa ... He
    # asked her to export the full monthly positions file", corpus 98.)
    r"telephoned|phoned|rang|messaged|contacted|approached|"
    # ("after three weeks he gave Johnny a camera", "He wanted Johnny to record depths", corpus
    # 100.)
    r"wanted|gave|lent)\s+(?:(?:m|mr|mrs|ms|mme|mlle|dr)\.?\s+)?$"
    # (Or a payment promised to the person, whoever would make it: 'Viktor wrote that a
    # "Belarusian logistics company" would pay Tomas one thousand euros a month', a prisoner's
    # letter, corpus 179.)
    r"|\b(?:would|will|could)\s+(?:pay|offer)\s+(?:(?:m|mr|mrs|ms|mme|mlle|dr)\.?\s+)?$"
)
"""Before a name: a recruiter's act done to the person, the recruiter told by a pronoun."""
_REPORTED_ON_AFTER = re.compile(
    r"\s+(?:at\s+(?:home|work|once)\s+|the\s+same\s+\w+\s+)?(?:and|,)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:told|brought|handed|showed|gave|forwarded|reported|explained)\b"
)
"""After whom someone rang: what the caller went on to hand over or tell, a report ("That
evening she rang Raelene at home and the next morning brought in the messages", a medical
practice's minutes, corpus 164), not a recruiter's call."""
_HANDLES = re.compile(
    # "Victor Hale, arranged a scholarship for her niece, took her to lunch": what the
    # recruiter did may follow a clause of his own.
    # ('a Filipino agent there, "Sir Ken", paid his ticket': past a closing quote, corpus 81.)
    # (Not past the name a person goes by: "Engr. Yakubu, known in the Machine Shop simply as
    # "Danjuma", and invited him to lunch" is Mr Ajayi's invitation, corpus 96.)
    r"[\"”’']?\s*(?:,(?!\s*(?:known|called|nicknamed)\b)[^.;,]{0,60},)?\s*"
    # "Hà says she told him she would think about it": what she did, as she tells it.
    r"(?!(?:says|said|recalls|recalled|adds|added|explains|explained)\s+(?:she|he|they)\b)"
    # (Not the object of a verb before the name: "he took M. MABIKA aside and offered him
    # 100,000 FCFA", corpus 100.)
    r"(?!(?:aside|away|apart|out|back|home|round|over)\s)"
    # (Not asked to tell the others: 'Mossie asked her to tell the Shed "so nobody else is as big a
    # fool as me"', of a men's shed's member who came forward, corpus 159.)
    # (Nor asked to pass advice on: "And for everyone, A-Hao asked me to add this", a family's
    # chat, corpus 173.)
    r"(?:[\w-]+\s+){0,2}?(?:asked(?!\s+(?:him|her|them|us|me)\s+to\s+(?:tell|warn|inform|remind)\s+"
    r"(?:the|everyone|everybody|others|all|members|us)\b)"
    r"(?!\s+(?:me|us)\s+to\s+(?:add|post|share|print|pass\s+on)\s+(?:this|it|that)\b)|invited|"
    # (Not material sent to the recruiter: "In August Tomáš sent him raw frames from three
    # nights" is the person's own act, corpus 150.)
    r"sent(?!\s+(?:him|her|them)\s+(?:the\s+|some\s+|a\s+|an\s+|copies\s+of\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:frames|photos|photographs|pictures|images|scans|files|documents|"
    r"data|records|reports|lists?|drawings|plans|maps|screenshots|copies|extracts|tracks|"
    r"coordinates|tables|spreadsheets|minutes|schedules?)\b)"
    # (Nor things sent: "The survey began with repository statistics that we publish every
    # year, and Umm Yazan sent them.", corpus 151.)
    r"(?!\s+it\b)(?!\s+them\s*(?:[.,;:]|$|(?:to|from|on|by|through|via|back|off|over)\b))|"
    # (Not what the person gave back, named before or nothing at all: "She asked first for our
    # enrolment numbers ..., and Mr. Jafali gave her those", "gave her nothing from the admission
    # files", a head teacher's log, corpus 160.)
    # (Nor a present handed back: "Dad gave him back the reel, paid for his own lunch", a
    # birthday toast, corpus 173.)
    r"paid|offered|instructed|urged|gave(?!\s+(?:him|her|them)\s+(?:nothing|those|these|that|"
    r"this|it|them|back)\b)|"
    # (Nor things taken: "Carmelo took them over several weeks through his windscreen", the
    # photographs, an airport chaplaincy's report, corpus 163; not "took them to dinner".)
    r"took(?!\s+(?:it|them|these|those)\s+(?!(?:to|out|for|along|aside|home|round)\b))|"
    # "Sergio told him to ...", not "Ben told him the site has a no-photography rule" (corpus
    # 72): what the recruit answered is told so too.
    r"told(?=\s+(?:him|her|them)\s+(?:to|that|not|(?:he|she|they)\s+(?:would|could|must|should|"
    r"had|will|was|were|can|might))\b)"
    # ("Mr Harutyunyan told him he would think about it": the answer of whom it was asked of,
    # corpus 76.)
    r"(?!\s+(?:him|her|them)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will|might|must)\s+"
    r"(?:(?:have\s+to|need\s+to|like\s+to)\s+)?(?:think|consider|sleep\s+on|get\s+back|reply|"
    r"answer|decide)\b)"
    # (Nor a refusal told as whose the thing is: "Zonja Mimoza told him that the guest lists
    # belong to the couples and that nobody plugs anything into her cameras", corpus 137.)
    r"(?!\s+(?:him|her|them)\s+(?:that\s+)?(?:the\s+|these\s+|those\s+)?[\w\s-]{1,40}?\s+"
    r"(?:belongs?|belonged)\s+to\b)"
    # (Nor the answer no: "Ms. Dela Cruz told him she could not do that", corpus 99.)
    r"(?!\s+(?:him|her|them)\s+(?:that\s+)?(?:he|she|they)\s+(?:could|would|can|will|did|was)\s*"
    r"(?:not|n[\x27’]t|never)\b)|"
    r"handed|promised|persuaded|recruited|contacted|approached|messaged|emailed|wrote\s+to|"
    r"threatened|pressed|wanted|encouraged|showed|pushed|cultivated|befriended|tasked|reminded|"
    r"informed|warned|praised|flattered|introduced|convinced|coaxed|assured|pressured|blackmailed|"
    r"insisted\s+that|flew|bought|"
    # Told in the present: "Sir Ken sends him an allowance every month" (corpus 81).
    r"sends|pays|gives|asks|offers|tells(?=\s+(?:him|her|them)\s+to\b))\s+"
    # "told her line manager" is the person's own act: "her" there is not the one handled.
    r"(?!her\s+(?:[\w-]+\s+)?(?:manager|boss|superiors?|security|colleagues?|family|husband|"
    r"wife|employer|unit|team|supervisor|commander|commanding|officers?|chief|head|registrar|"
    r"office|department|line|director|president|dean|principal|rector)\b)"
    # (Nor what the person handed the police: "the member gave her personal phone to the Gardaí
    # voluntarily", corpus 118.)
    r"(?!(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:phone|mobile|laptop|computer|device|"
    r"passport|notes|diary|messages|correspondence|documents|papers|records)\s+(?:\w+\s+)?to\s+"
    r"(?:the\s+|an\s+)?(?:police|garda\w*|investigators|authorities|security|prosecutors?|"
    r"officers|court|detectives)\b)"
    # (Or "me", in a first-person account: "That summer Helena asked me for my first paper",
    # corpus 94.)
    r"(?:him|her|them|me|"
    # (Or the party by the report's word: "M. MOUKETOU introduced the applicant to "a friend"",
    # corpus 100.)
    r"the\s+(?:applicant|accused|defendant|debtor|appellant|grievant|scholarship\s+holder))\b"
    # (Not who took the person to report: "the next morning Peter took him to the contractor's
    # security supervisor", corpus 112.)
    r"(?!\s+(?:straight\s+|directly\s+)?to\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:security|police|supervisor|manager|commander|headman|chief|authorities)\b)"
    # "Mrs. Aït Lahcen sent him the link" (corpus 92): material sent to "him" is the recruit's
    # own act, handing it over, unlike money or a present sent to the recruit.
    # (Past an aside and a count too: "Faiz sent him, on our estimate, some sixty photographs",
    # corpus 121.)
    r"(?!(?:,[^,.;]{1,40},)?\s+(?:the\s+|a\s+|an\s+|some\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:link|links|files?|documents?|photos?|"
    r"photographs?|pictures?|scans?|copies|maps?|plans?|lists?|data|reports?|screenshots?|"
    r"information|details|websites?|web\s+pages?|"
    # ("Seu Tonho gave him the dates from our public notices", corpus 109.)
    r"dates|schedules?|timetables?|times|names|numbers|figures|addresses|coordinates|"
    # ("Shige-san sent him recordings and notes on several occasions", corpus 110.)
    r"locations|positions|readings|results|recordings?|notes|videos?|footage|samples?|"
    # ("Mzee Chilu gave him the booklet", the hospital's public statistics, corpus 112.)
    r"booklets?|brochures?|leaflets?|pamphlets?|cuttings|clippings|catalogues?|statistics|"
    # ("In November Aino sent him one table from an internal presentation", a winter swimming
    # society's minutes, corpus 169.)
    r"tables?|spreadsheets?|presentations?|slides?|pages?|extracts?|drawings?|diagrams?|"
    # (Nor a refusal: "Mr Țurcanu gave him nothing", corpus 118.)
    r"nothing)\b)"
    # "Azamat gave them the telephone and the flash drive" (corpus 85): what is handed to
    # "them", the officials, is the things already told, not a recruiter's gift.
    r"(?!(?:(?<=\bgave\sthem)|(?<=\bhanded\sthem)|(?<=\bshowed\sthem))"
    r"\s+(?:the|his|her|their)\s)"
)
"""What a recruiter does to the person: "Grant invited him", "Sergio told him"."""
_JUST_BEFORE = 60
"""How near before a pronoun a name of its gender is whom the pronoun means (in characters)."""
_LINE_OF_A_NAME = re.compile(r"[ \t]*(?:[A-Z][\w.]*[ \t]+){0,2}")
"""Before a name on a line of its own: at most a title or two ("Alhaji ", "Dr ")."""
_ASKS_A_FAVOUR = re.compile(
    r"\s+(?:then\s+|also\s+|soon\s+|later\s+)?(?:asked|wanted)\s+(?:(?:him|her|them)\s+)?(?:for\s+)?"
    r"[\"“]?(?:a|one|another)\s+(?:small\s+|little\s+|quick\s+|further\s+|last\s+|simple\s+)?"
    r"favou?r\b"
)
"""After a name: asking a favour of the person ("Mr. Siu then asked for "a small favour": to
message him whenever containers ... were being worked", corpus 149, read 469: the recruiter
was taken for a case), a recruiter's act as asking them is."""
_HANDLES_OTHER_VERBS = (
    r"(?:took|invited|offered|gave|paid|praised|flattered|promised|bought|lent|threatened|"
    r"pressed|pressured|urged|asked|sent)"
)
_HANDLES_THE_OTHER = {
    "m": re.compile(
        rf"\bhe\s+(?:then\s+|also\s+|later\s+|first\s+)?{_HANDLES_OTHER_VERBS}\s+her\b"
        # (Not what she gave him back: "he gave her number to the police".)
        r"(?!\s+(?:number|phone|name|address|details)\b)"
    ),
    "f": re.compile(
        rf"\bshe\s+(?:then\s+|also\s+|later\s+|first\s+)?{_HANDLES_OTHER_VERBS}\s+him\b"
    ),
}
"""A recruiter's act done by "he" to "her" (or by "she" to "him"), told of whom "he" (or
"she") means: the one who handles the other."""
_HANDLES_NAMED = re.compile(
    r",?\s*(?:,[^.;,]{0,60},)?\s*(?:asked|invited|offered|instructed|urged|recruited|contacted|"
    r"approached|messaged|emailed|telephoned|phoned|threatened|pressed|paid|tasked|cultivated|"
    r"befriended|blackmailed|pressured)\s+"
)
"""A recruiter's act, before the name of whom it was done to ("telephoned Fono")."""
_ASKED_ALONG = re.compile(
    r"[^.;]*?\bto\s+(?:come\s+(?:along|with\s+(?:him|her|them))|join\s+(?:him|her|them)|"
    r"accompany\s+(?:him|her|them)|go\s+with\s+(?:him|her|them))\b"
)
"""After "asked" and a name: a friend asked along, not an approach."""

_ROLE_AFTER = re.compile(
    r",\s+(?:\d{1,2},\s+)?(?:a|an|the)\s+(?:former\s+|retired\s+|senior\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:administrator|engineer|researcher|scientist|translator|interpreter|officer|official|"
    r"cadre|clerk|employee|analyst|contractor|soldier|sailor|diplomat|professor|student|"
    r"technician|manager|executive|journalist|secretary|assistant|consultant|programmer|"
    r"developer|aide|adviser|advisor|lecturer|teacher|pilot|specialist|guard|worker|operator|"
    r"servant|captain|commander|major|sergeant|colonel|lieutenant|inspector|director|welder|"
    r"staffer|designer|accountant|doctor|nurse|candidate|citizen|national|businessman|"
    r"businesswoman|broker|cleaner|cook|receptionist|driver|electrician|dispatcher|musician|"
    # A trade or a calling by its ending: "a keen wildlife photographer" (corpus 81).
    r"[a-z]+(?:grapher|ologist|ician))\b"
)
_BARE_JOB_AFTER = re.compile(
    rf",[ \t]+(?:[a-z][\w'’-]*[ \t]+){{0,3}}?(?:{_ROLE_NOUNS_EARLY})(?=[ \t]*(?:[.;(]|,[ \t]+"
    r"(?:[A-Z]|with|at|in|on|of|for)\b|$))",
    re.MULTILINE,
)
"""After a name, its job with no article, as a log's or a report's entry gives it: "5.1.
Synnøve Eide Bakkevig, fiscal metering engineer. In October a man ..." (corpus 152)."""
_JOB_BRACKETED_AFTER = re.compile(
    rf"[ \t]*\((?:[a-z][\w'’-]*[ \t]+){{0,4}}?(?:{_ROLE_NOUNS_EARLY})\)"
)
"""After a name, its job in brackets, as a case's heading gives it: "3. Closed case SEG-2025-005
— Maria das Graças Nogueira (crew-change logistics clerk)" (corpus 154)."""
_DEGREE_AFTER = re.compile(
    r",\s+(?:dipl\.[\s-]?ing\.|dipl\.|ing\.|mag\.|ph\.?\s?d\.?|m\.?d\.|m\.?sc\.?|b\.?sc\.?|mba|"
    r"m\.?a\.|b\.?a\.|llb|ll\.b\.|dr\.\s?sc\.|eng\.|rn|rnd|rm|rmt|rph|cpa|pe|p\.eng\.)(?=\s*,)",
    re.IGNORECASE,
)
"""After a name, a degree or a professional title apposed to it ("Ivana Šimunović-Kraljev, dipl.
ing., our ... technician", corpus 153): what follows it is still about the name."""
_CHARGED_OBJECT = re.compile(
    r"\b(?:charged|indicted|arrested|detained|convicted|sentenced|prosecuted|accused)\s+$"
)
"""Just before a description (lower-cased): the charge is against the person described."""
_ACCUSED_BEFORE = re.compile(
    # "The second suspect, W/ro Meseret Alemu Desta": an honorific may stand before the name.
    # (A case's "v." stands alone, not the last of a name's initials: "mr. L.V. van der Dijs",
    # corpus 101.)
    r"\b(?:accused|defendant|suspect|convicted\s+spy)\s*,\s*(?:[A-Z][\w/.]{0,5}\s+)?$|"
    # (Or with no comma after "the": "in favour of the accused Derlis Ramón Benítez Ayala",
    # corpus 125; never the verb, "they accused Rolón".)
    r"\bthe\s+(?:accused|defendant)\s+(?:[A-Z][\w/.]{0,5}\s+)?$|"
    # ("The plaintiff, Momodou Lamin Jobe, is a cook", corpus 102; not "A colleague of the
    # claimant, Mr Kenneth Baird", corpus 69.)
    r"(?<!of\sthe\s)\b(?:plaintiff|claimant)\s*,\s*(?:[A-Z][\w/.]{0,5}\s+)?$|"
    r"(?:^|(?<=\s))v\.?\s+$|"
    # "driven by the citizen Ilir (Bujar) HOXHA": a police report's term for the person it is
    # about, in many countries' usage ("the citizen", then "The citizen ... said", corpus 87).
    r"\bthe\s+citizen\s+$|"
    # ("Accused: KEMAR JAMAL CUMBERBATCH" in a summing-up's caption, corpus 99.)
    r"^\s*(?:respondent|accused|defendant)\s*:\s*$|"
    # "Request by scholarship holder Ana Paula dos Santos Kiluanji", "Application No. 11, by
    # M. Mathurin OGOULIGUENDE" (corpus 100).
    r"\b(?:scholarship|grant)\s+holder\s+$|"
    r"\b(?:application|request|appeal|complaint)\s+no\.?\s*\d+\s*,?\s*(?:by|of)\s+(?:(?:m|mr|mrs|ms)\.?\s+)?$|"
    # "filed an indictment before the Judicial Court ... against HORÁCIO AMISSE ISSUFO"
    # (corpus 94).
    r"\b(?:indictment|charges?|complaint|case|proceedings)\b[^.;]{0,80}?\bagainst\s+$|"
    # A notary's record made for someone: "made at the request of Mr. LUIS FERNANDO DE LA VEGA
    # ARTEAGA", "There appeared before me Mr. ..." (corpus 104).
    r"\b(?:appeared\s+before\s+(?:me|us)|(?:made|drawn\s+up|issued)\s+at\s+the\s+request\s+of)"
    r"\s+(?:(?:mr|mrs|ms|dr|sr|sra)\.?\s+)?$",
    re.IGNORECASE,
)
_LODGED_BY = re.compile(
    r"\b(?:appeal|application|complaint|petition|claim)\s+(?:lodged|filed|brought|made|submitted)"
    r"\s+by\s+(?:(?:mr|mrs|ms|dr|sr|sra|sig|sig\.ra|sig\.a|signora|signor)\.?\s+)?$",
    re.IGNORECASE,
)
"""Before a name, on the line above it or not: an appeal's party ("the appeal lodged by / sig.ra
Manuela Zonzini in Mularoni", corpus 103)."""
_TITLE_PARTICLES = r"(?:(?:[A-Z][\w]*\.?|da|de|do|dos|das|del|di|du|van|von|der|den|le|la)\s+){0,3}"
"""Before a name's first word the mention holds: its titles and particles ("Dr. dos Santos")."""
_BESIDE_THE_CASE = re.compile(
    rf"\b(?:me|us|him|her)\s+and\s+{_TITLE_PARTICLES}$|"
    r"\b(?:not|never)\s+(?:to\s+)?(?:mention|tell|say|show|speak|talk)\w*\b[^.;]{0,60}\bto\s+"
    rf"{_TITLE_PARTICLES}$|"
    # ('asked him "not to bother Dr. dos Santos with technical details"', corpus 106.)
    r"\b(?:not|never)\s+(?:to\s+)?(?:bother|trouble|involve|inform|copy|worry|alert|tell|"
    rf"include)\s+{_TITLE_PARTICLES}$|"
    # ("Had the Appellant reported the first request ..., as Mrs Antoine-Charles reported the
    # first message", corpus 107: whom the case is compared with.)
    rf"(?:,|\bjust)\s+as\s+{_TITLE_PARTICLES}$|"
    # (Nor who was there to hear it: "in the presence of Ing. Dvořák", corpus 171.)
    rf"\bin\s+the\s+presence\s+of\s+(?:[\w.'’-]+\s+(?:and\s+)?){{0,4}}?{_TITLE_PARTICLES}$"
)
"""Before a name: someone beside the case in the approach ("invited me and Ing. Mera"), or whom
it was to be kept from ("not mention our conversation to Ing. Mera"): not its subject."""
_PRESENT_AFTER = re.compile(
    r"(?:\s+and\s+(?:[A-Z][\w'’-]*\.?\s+){1,3}?[A-Z][\w'’-]+)?\s+(?:present|in\s+attendance)\b"
)
"""After a name: someone who sat in on what the sentence tells ("Interviewed on 1 October with
Ing. Dvořák and Mgr. Hrubá present, Ms Koubková said that ... she met a man", an export-control
committee's minutes, corpus 171): a witness, not its subject."""
_RELAYED_AFTER = re.compile(
    r",\s+who\s+(?:then\s+|at\s+once\s+|immediately\s+)?(?:brought|passed|took|forwarded|"
    r"referred|reported|handed|sent|escalated)\s+(?:it|this|them|the\s+(?:matter|case|report|"
    r"messages?|emails?|letter|offer|approach))\s+(?:on\s+|up\s+)?to\b|"
    # (Or called the authorities in turn: "Sasha found the camera ... and called Mr Ozols, who
    # called the State Security Service", an ice hall's log, corpus 164.)
    r",\s+who\s+(?:then\s+|at\s+once\s+|immediately\s+|in\s+turn\s+)?(?:called|rang|phoned|"
    r"telephoned|alerted|informed|notified|contacted)\s+the\s+(?i:(?:[\w-]+\s+){0,3}?(?:police|"
    r"service|agency|hotline|line|office|authorities|ministry|directorate|bureau))\b"
)
"""After a name: that person passed someone's report on ("telephoned Lieutenant Commander Ahmad
Shukri, who brought it to the base security office")."""
_TOLD_DIRECTLY = re.compile(
    r"\b(?:told|informed|alerted|notified)\s+"
    rf"{_TITLE_PARTICLES}$"
)
"""Before a name: whom someone told ("told Dr. dos Santos"); not whom they asked, which may be
an approach ("A.V. asked a fellow officer to lend him his electronic access card")."""
_INTERVIEWED_BY = re.compile(
    r"\b(?:was|were|been|being)\s+(?:interviewed|questioned|examined|heard|visited|seen)\b"
    r"[^.;]{0,80}?\bby\b[^.;]{0,100}(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?$"
)
"""Before a name, in the sentence that names the case first: who interviewed the case ("Ms.
Magagula was interviewed on 3 May by the Compliance and Risk Manager and the Manzini branch
manager, Ms. Zanele Mkhonta", corpus 99): the "she" after it is the case."""
_PARTY_AFTER = re.compile(
    # (Or after a leader of dots: "Yamikani Peter NKHOMA ........ Appellant", corpus 97.)
    r"(?:[ \t]{2,}|[ \t]*\.{3,}[ \t]*)(?:Applicant|Appellant|Accused|Defendant|Petitioner|"
    # ("MOMODOU LAMIN JOBE          PLAINTIFF", corpus 102.)
    r"PLAINTIFF|Plaintiff|CLAIMANT|Claimant)"
    r"[ \t]*(?:\n|$)|"
    # (Or a line or two below: "R.M. GIRIGORIE-MARTINA," / "residing in Curaçao," /
    # "appellant,", corpus 101.)
    rf",[ \t]*\n(?:[^\n]{{0,60}}\n){{0,2}}?[ \t]*{_HEREINAFTER_PART}"
    r"(?:appellant|applicant|claimant|petitioner|defendant|accused)[ \t]*[,.]?[ \t]*(?:\n|$)"
)
"""After a name, on its line: the party a court's caption names it ("... Applicant")."""
_NEW_CASE = re.compile(
    r"\b(?:second|third|another|other|separate|different)\s+(?:case|approach|attempt|incident)\b|"
    r"\b(?:unconnected|unrelated)\s+to\b|^\s*Case\s+\d\b|"
    # "Compare this with what happened at the Dojran substation in 2021: a technician ..."
    # (corpus 87): the case a report sets beside its own.
    r"\bcompare\s+(?:this|that|it)\s+with\b|\b(?:by|in)\s+contrast\b",
    re.IGNORECASE,
)
"""A sentence that opens another case of the report."""
_NEVER_NAMED = re.compile(
    r"[^.;]{0,60}?,?\s+(?:whom\s+(?:[\w-]+\s+){1,3}?(?:did\s+not|would\s+not|declined\s+to|"
    r"could\s+not|cannot)\s+(?:publicly\s+)?(?:name|identify)|who\s+(?:was|is|has\s+not\s+been|"
    r"cannot\s+be|could\s+not\s+be)\s+(?:not\s+)?(?:named|identified)|"
    # ("a retired Air Force stores clerk who asked not to be named", corpus 100.)
    r"who\s+(?:has\s+|had\s+)?(?:asked|wished|wanted|preferred|chose)\s+not\s+to\s+be\s+"
    r"(?:named|identified))\b"
)
"""After a description: the story says it does not name the person."""
_NAMED_AS_BEFORE = re.compile(
    r"\b(?:identified|named|known)\b[^.;]{0,45}?\b(?:as|by\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:initials|surname),?)\s+$"
)
"""Right before a name: the report names the person it described ("identified ... only as")."""
_ALSO_MET = r"\balso\s+(?:met|befriended|got\s+to\s+know|was\s+(?:approached|contacted)\s+by)\b"
"""After a description: the person met the same contact as the story's case did."""
_MET_SOMEONE = re.compile(
    r"\b(?:met|befriended|got\s+to\s+know)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:man|woman|person|stranger|contact|visitor|foreigner)\b|" + _ALSO_MET + r"|"
    # (Or met the same contact as whom the story told of before: "A final-year student from
    # the Faculty of Engineering in our exchange group also met Dr Rees at the same seminar",
    # corpus 141.)
    # ("In 2023 a technical officer from a sister agency accepted an invitation from the same
    # "Institute" to a paid workshop in Lisbon", corpus 95.)
    r"\b(?:accepted|received|got)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:invitation|offer|job\s+offer|"
    r"friend\s+request)\s+from\b|"
    # ("A dental prosthetics technician at a laboratory in Valencia, which makes crowns ...,
    # joined a Facebook group run by an association of Venezuelans in Panama", corpus 136.)
    r"\bjoined\s+an?\s+(?:[\w-]+\s+){0,3}?(?:group|forum|channel|page|chat|community)\s+"
    r"(?:run|set\s+up|created|started|managed)\s+by\b"
)
"""After a description: the person met someone new, or had an invitation or an offer from
someone (how a case's approach begins)."""
_TIME_OPENING = re.compile(
    r"^\s*(?:in|on|last|early|late|this|that|by|since|during|earlier|later)\b[^,]{0,30},\s*$"
)
"""A sentence's opening that only says when ("In January, "), not whom."""
_AGE_IN_WORDS = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?:early\s+|mid-|late\s+)?(?:twenties|thirties|forties|"
    r"fifties|sixties)\b"
)
_PARTY_DESCRIBED = re.compile(
    r"\s*(?:caller|reporter|complainant|client|patient|subject)\s*:\s*"
    r"(?:an?\s+)?(?:man|woman|boy|girl|mother|father|parent|person|anonymous|unnamed|young)\b",
    re.IGNORECASE,
)
"""A register's or a log's party field that describes someone unnamed: "Caller: woman, 71,
Kutaisi", "Caller: mother of a boy, 15, Rustavi"."""
_OFFICE_HOLDER_OPENS = re.compile(
    r"\s*The\s+(?:[A-Z][a-z]+\s+)?(?:President|Vice-President|Chair|Chairman|Chairwoman|"
    r"Chairperson|Secretary|Treasurer|Guest|Speaker|Mayor|Moderator|Convenor|Facilitator|"
    r"Governor|Commissioner)\s+(?!of\b)[a-z]"
    # (And the heads of the house, turning to everyone: "The Deputy Director asked all staff: do
    # not accept gifts ...; report any such approach the same day to him", a genebank's
    # minutes, corpus 150; not "The Director told the Committee that, had the officer taken the
    # first request ...", of the case, corpus 120.)
    r"|\s*The\s+(?:[A-Z][a-z]+\s+)?(?:Director|Principal|Rector|Dean|Superintendent|Head)\s+"
    r"(?:asked|told|reminded|urged|instructed|warned|advised)\s+(?:all\s+|the\s+)?(?:staff|"
    r"employees|colleagues|everyone|everybody|members|workers)\b"
)
"""A sentence that opens on an office-holder by their office, in capitals, as minutes write
them: "The President explained ...", "The Financial Secretary reported ..."."""
_NEW_PERSON_OPENS = re.compile(
    r"\s*(?:In\s+(?:the\s+)?(?:second|third|another|a\s+separate)\s+case,\s+)?"
    # (After when: "Last spring a young man from up the coast started coming", corpus 81.)
    r"(?:(?:Last|That|This|Early\s+last|Late\s+last)\s+(?:spring|summer|autumn|fall|winter|year|"
    r"month|week)\s*,?\s+(?=a)|In\s+(?:\d{4}|the\s+spring|the\s+summer|the\s+autumn|the\s+winter)"
    r"\s*,?\s+(?=a))?[Aa]n?\s+"
    # The jobs that can describe someone never named, or a plain man or woman.
    r"(?:"
    + YEARS_OLD
    + r"\s+)?(?:[\w-]+\s+){0,3}?(?:"
    + _ROLE_NOUNS_EARLY
    + r"|official|man|woman)\b"
    # Not a stranger making their entrance in the case's story: "A man who introduced himself
    # as Professor Hal Westerby ... attended her talk" is the recruiter, and about her.
    r"(?!\s+(?:who\s+(?:had\s+)?(?:introduced|called|described|presented|said|claimed|gave)|"
    r"calling|claiming|posing|introducing|presenting))"
)
"""A sentence that opens with someone new, described: "A security guard at a gas terminal"."""
_DOES_TO_SOMEONE = re.compile(
    r"\b(?:(?:she|he|they|I|we)\s+(?:met|knew|had\s+met)\b|(?:offered|approached|contacted|"
    r"befriended|asked|paid|gave|sent|told|invited|messaged)\s+(?:her|him|them|me)\b)"
)
"""In a sentence opening on someone described: what they do to someone already in the story."""
_SUSPECT_ANAPHOR = re.compile(r"\bthe\s+(?:suspect|accused|defendant)\b", re.IGNORECASE)
_LABELS = (
    r"reporter|subject|petitioner|applicant|complainant|respondent|whistle-?blower|informant|"
    # A regulator's or a tribunal's party ("Registrant: Mrs Mutinta Hamoonga", corpus 90).
    r"registrant|appellant|claimant|grievant|"
    # A helpline's log: "Caller: Ketevan Jgharkava ("Keti"), 34, Poti" (corpus 96).
    r"caller|"
    # An insolvency's party: "Debtor: Konstantin Vaisman ("Kostya")", then "the debtor"
    # (corpus 100).
    r"debtor|"
    # A legal clinic's intake record: "Consultant: Jhon Jairo Barrios Pérez, 38, bridge
    # simulator instructor" (the one who consults the clinic, corpus 105), "Client:".
    r"consultant|client|"
    # A request for legal assistance's persons concerned: "4.1 Suspect: Hovhannes Vardani
    # Mkrtchyan", "4.2 Witness: Narek Ashoti Poghosyan", then "the suspect", "the witness"
    # (corpus 117). (A witness only in such a numbered list: a hearing's "Witness: Ms Selma
    # Nghifikwa, Director-General" is its speaker, corpus 67.)
    r"suspect|(?<=\d[ \t])witness|"
    r"employee\s+concerned|person\s+concerned|staff\s+member\s+concerned|"
    # A union's casework note or an employer's evaluation: "Member: Sinéad Ní Mhurchú", then
    # "Member very upset", "the member"; "Employee: FERRARO, María Belén" (corpus 118).
    r"member|employee"
)
_LABELLED_BEFORE = re.compile(
    rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?[ \t]+)?(?:the\s+)?(?P<label>{_LABELS})"
    rf"(?:[ \t]+(?P<number>\d{{1,2}}))?"
    # (Or said in a sentence: "The employee concerned is Hege Lill Mikkelsen Bjørnstad", corpus
    # 117.)
    r"(?:\s*\([^()]{0,40}\))?(?:\s*:\s*|\s+is\s+)"
    # (Or a profession's title: "Respondent: CA. Subramanian Karthikeyan (in person)", a
    # chartered accountant before a disciplinary committee, corpus 175.)
    r"(?:(?:Mr|Mrs|Ms|Dr|CA|Adv|Er|Engr|Prof)\.?\s+)?$",
    re.IGNORECASE,
)
"""Before a name, opening its line: the field of a register or a form it fills (numbered
where there are several: "Subject 1: KAUPA, Joseph Wari", corpus 97)."""
_LABEL_FIELD_OPENS = re.compile(r"^\s*[A-Z][\w /()-]{0,40}:\s")
"""A sentence that opens on a register's or a form's field ("Reporter: ...", "Call-back:
Ketevan Jgharkava (see 0312-01)")."""
_PANEL_HEADER = re.compile(
    r"[ \t]*(?:(?:review|inquiry|investigation|disciplinary|appeal)\s+)?(?:panel|committee|board|"
    r"investigators|reviewers|tribunal)(?:\s+members)?[ \t]*:[ \t]*\n",
    re.IGNORECASE,
)
"""A block's header line over the people who examine a case, one a line ("Review panel:")."""
_ATTENDANCE_LINE = re.compile(
    r"[ \t]*(?:present|in\s+attendance|attendees|attending|members\s+present|also\s+present)"
    r"\b[^:\n]{0,30}:",
    re.IGNORECASE,
)
"""A meeting's attendance line, its names after it ("Present (Board): ...")."""
_STAFF_FIELD = re.compile(
    # (Not a transcript's "INTERVIEWER: Lucía de los Ríos, thank you.", corpus 18.)
    r"\b(?:counsell?or|call\s+handler|case\s*worker|duty\s+officer|"
    r"(?:reporting|investigating|case)\s+officer|"
    # A meeting's chair and officers: "Chair: M. Olivier TIRARD, terminal director, for the
    # employer" (corpus 108's minutes).
    r"^[ \t]*(?:chair(?:man|woman|person)?|presiding|assisting\s+the\s+chair|secretary(?:\s+of\s+"
    r"[\w\s]{2,20})?|minute[- ]taker|rapporteur))\s*:\s*(?:(?:Mr|Mrs|Ms|Dr|M|Mme)\.?\s+)?$",
    re.IGNORECASE | re.MULTILINE,
)
"""Before a name: a log's or a form's field for the staff member who took the call or the
case."""
_COUNSEL_APPOSED = re.compile(
    # ("Counsel for the appellant, Dr Filomena Sales Coutinho", corpus 70.)
    r"\b(?i:lawyer|attorney|counsel|solicitor|barrister|advocate|defender)s?"
    r"(?:\s+for\s+the\s+(?:[\w-]+\s+)?[\w-]+)?,\s+"
    r"(?:[A-Z][\w.]{0,11}\s+){0,2}$"
)
"""Before a name apposed to someone's lawyer, with any title ("her lawyer, RA ", "Me ")."""
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;)(]|from\b|of\b|who\b|told\b|said\b|says\b|$)")
"""After a name in apposition: not a verb it is the subject of ("according to his lawyer,
Wijesinghe was trying to get out", corpus 20)."""
_RELATIVES = "son|daughter|brother|sister|nephew|niece|cousin|uncle|aunt|husband|wife|father|mother"
"""The relatives whose own doings a sentence may tell beside the case's."""
_RELATIVE_APPOSED_BEFORE = re.compile(
    rf"\b(?:{_RELATIVES}|grandson|granddaughter)(?:-in-law)?,\s+(?:[A-Z][\w./]*\s+){{0,3}}$"
)
"""Before a name: a relative apposed ("his sister's son, Corporal ")."""
_REPORTED_TO_BEFORE = re.compile(
    # ("showed the messages to the head chef, Mr Yusupha Bah", corpus 102.)
    r"(?:\b(?:report\w*|told|informed|went|turned|handed|brought|took|showed|forwarded)\b"
    r"[^.;:]{0,80}?"
    r"\bto\s+"
    # Or told directly: "told her line supervisor, Ing. Esteban Alvarado Brenes" (corpus 92).
    r"|\b(?:told|informed|alerted|notified|called|rang|phoned)\s+"
    # Or what was handed in laid before them: "put the professor's card on the desk of the
    # Director, Dra. María Noel Bentancor de los Santos" (corpus 127).
    r"|\b(?:on|onto|to)\s+the\s+desk\s+of\s+)"
    # (Or "your", in a letter to the one who reported: "told your supervisor, Mdm Lim Wei Ling",
    # corpus 93.)
    # (A title in lower case too, as Dutch writes it: "went to her head of department, ing.
    # Statia", corpus 101.)
    r"(?:his|her|their|the|our|its|your|my)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s+"
    r"(?-i:(?:(?:[A-Z][\w./]*|[a-z]{1,4}\.)\s+){0,3})$",
    re.IGNORECASE,
)
"""Before a name apposed to whom something was reported ("reported it to the Subedar Major,
Sub Maj ..."): the one who received the report."""
_CAPTION_BEFORE = re.compile(
    r"\s*(?:No\.?\s*)?(?:\d[\dA-Z/-]*\s+)?(?:[A-Z][\w/.]*\s+|\([^()\n]{1,30}\)\s+){0,4}"
)
"""A trial caption's line before the name: a service number, ranks, a trade in brackets."""
_CAPTION_AFTER = re.compile(r"(?:,\s*(?:of|from)\s[^.\n]{1,60})?\s*")
"""The rest of a caption's line: nothing, or where the person served ("of a Signal Regiment")."""
_TRIAL_HEADING = re.compile(
    r"\b(?:court[- ]martial|trial|tribunal|summary\s+of\s+(?:the\s+)?(?:judg(?:e)?ment|verdict))\b",
    re.IGNORECASE,
)
"""A heading over a trial's record."""
_LABEL_HEADING = re.compile(
    rf"^\s*(?:\(?\d{{1,2}}[.)]|[A-Z]\.)?\s*(?P<label>{_LABELS})\s*$", re.IGNORECASE
)
"""A heading that is only such a label ("1. Petitioner"): the name after it fills it."""
_COMPLAINT_BY = re.compile(
    r"\b[Cc]omplaint\s+(?:was\s+)?(?:filed|lodged|made|brought|laid)\s+by\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta)\.?\s+)?$"
    # (Or apposed to the word: "The complainant, Leidy Tatiana Cárdenas De la Ossa, recreation
    # host in the children's club", a committee's minutes, corpus 141.)
    r"|(?:^|[.:]\s+)[Tt]he\s+complainant,\s+$"
)
"""Before a name: who filed the complaint a police entry records, its complainant."""
_PARTY_LABELS = frozenset(
    {
        "petitioner",
        "applicant",
        "respondent",
        "registrant",
        "appellant",
        "claimant",
        "grievant",
        "debtor",
        "suspect",
    }
)
"""Labels of a party to proceedings: "the petitioner" means them as "the defendant" would."""
_REPORTER_LABELS = frozenset({"reporter", "complainant", "whistleblower", "informant", "caller"})
"""Labels of whoever made the report a register records."""
_LABEL_SAID = re.compile(
    r"(?<!\b[Aa]\s)(?<!\b[Aa]n\s)\b(?:[Tt]he\s+)?(?P<word>[Rr]eporter|[Ss]ubject|[Cc]omplainant|[Ww]histle-?blower|[Ii]nformant|"
    # (A casework note's "Member very upset", "the member's account"; never "a member of
    # staff", corpus 118.)
    r"[Mm]ember(?!s?\s+of\b)|"
    # (An intake record's: "The consultant trains deck officers", corpus 105.)
    r"(?<=[Tt]he\s)(?:[Cc]onsultant|[Cc]lient|[Ss]uspect|[Ww]itness|"
    # ("The employee concerned is Hege Lill Mikkelsen Bjørnstad", then "The employee's access ...
    # was withdrawn", corpus 117: she, not the last one named before it.)
    r"(?:[Ee]mployee|[Pp]erson|[Ss]taff\s+member)(?=\s+concerned\b|['’]s\b)|"
    # ("Employee: FERRARO, María Belén", then "the employee", corpus 118.)
    r"[Ee]mployee))"
    # (Numbered: "Subject 1 said he ...", corpus 97.)
    r"(?:[ \t](?P<number>\d{1,2})\b)?"
    r"\b(?!\s+(?:to|of\s+(?:the|this|a|an)\s+(?:email|e-mail|message|letter|report|call)|"
    r"matter|line)\b)|(?<![\w.])(?P<initial>[A-Z])\.(?=\s+[a-z])"
)
"""A labelled party said again: "the reporter", "Subject interviewed", "R. states that"."""


def _label_kind(label: str) -> str:
    """A label without its number ("subject1" -> "subject")."""
    return label.rstrip("0123456789")


def _label_holder(text: str, said: re.Match[str], labelled: list[tuple[str, str]]) -> str | None:
    """Whom a label said again means (``labelled``: label and name, in the order they were
    labelled): the last one labelled so, or whose label starts with the initial; None where
    none is, or where the initial is a surname's ("Lavinia F. declared")."""
    if said.group("initial"):
        if re.search(r"[A-Z][a-z]+\s+$", text[max(0, said.start() - 30) : said.start()]):
            return None
        initial = said.group("initial").lower()
        matches = [n for label, n in labelled if label[:1] == initial]
    else:
        word = re.sub(r"\W", "", said.group("word").lower())
        if said.group("number"):
            word += said.group("number")
        # (A numbered label said without its number is the last so labelled.)
        matches = [
            n
            for label, n in labelled
            if _label_kind(label) in (word, f"{word}concerned") or label == word
        ]
    return matches[-1] if matches else None


_ACCOUNT_AFTER = re.compile(
    r"\s+(?:described|recounted|set\s+out|explained|listed|detailed)\s+(?:what|how|the)\b"
)
"""After an official's name: their account of what happened ("described what came next")."""
_IMPERSONATED_BEFORE = re.compile(
    r"\b(?:using|used|uses|took|taking|borrowed|stole|stolen)\s+the\s+name\s+(?:and\s+\w+\s+)?of\s+"
    r"(?:(?:our|the|a|their|his|her)\s+)?(?:[\w-]+\s+){0,3}$"
)
"""Before a name: whom a stranger impersonated ("using the name and photograph of our senior
consultant")."""
_SUED_OPENS = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?[Tt]he\s+(?:\w+\s+)?defendants?\b")
"""A sentence that opens on those sued in a civil suit ("The 3rd defendant, DW1, ...")."""
_SUED_BEFORE = re.compile(r"\bdefendants?\s*,\s*(?:[A-Z][\w/.]{0,5}\s+)?$", re.IGNORECASE)
"""Before a name, in a civil suit: one of those sued ("The 2nd defendant, Pa Ousman Saine")."""
_SENTENCED_AFTER = re.compile(
    r",\s+(?:aged\s+)?\d{1,3},[^.;]{0,240}?\b(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:(?:on|last|this|yesterday|today)\s+\w+\s+|\w+ly\s+)?"
    r"(?:sentenced|convicted|charged|jailed|indicted|found\s+guilty|remanded)\b"
)
"""After a name: the person, with their age, as the subject of the sentence, charge or verdict
the report is about."""
_CIVIL_SUIT = re.compile(r"\b(?:PLAINTIFFS?|Plaintiffs?|CLAIMANTS?)\b[ \t]*$", re.MULTILINE)
"""A caption's plaintiff: a civil suit, whose "defendants" are those sued (the newspaper that
libelled the person), not anyone accused."""
_PLAINTIFF_ANAPHOR = re.compile(r"\bthe\s+(?:plaintiff|claimant)\b", re.IGNORECASE)
"""In a civil suit, the party the report is about."""


@_per_document
def _told_uninflected(doc: Document) -> bool:
    """Whether the document tells its story in the uninflected past (read once per document)."""
    return is_uninflected(doc.text)


@_per_document
def _party_anaphor(doc: Document) -> re.Pattern[str]:
    """How a report refers back to its party: "the plaintiff" in a civil suit ("MOMODOU LAMIN
    JOBE ... PLAINTIFF" suing a newspaper, corpus 102), else "the accused", "the appellant"."""
    return _PLAINTIFF_ANAPHOR if _CIVIL_SUIT.search(doc.text) else _DEFENDANT_ANAPHOR


_DEFENDANT_ANAPHOR = re.compile(
    # A tribunal's or a commission's party ("Integrity Officer v. Corwin D. St. Hill ... The
    # Participant, aged 38", "Respondent: Jacinto Soares Belo ... the respondent", corpus 75).
    # ("the petitioner": a pardon petition's, corpus 76.)
    r"\bthe\s+(?:accused|defendant|respondent|participant|appellant|petitioner|applicant|"
    r"citizen|registrant|claimant|grievant|debtor|scholarship\s+holder|grant\s+holder|"
    # (A notary's record: "the appearing party declared under caution", corpus 104.)
    r"(?:first\s+)?appearing\s+party)\b",
    re.IGNORECASE,
)
_AGE = re.compile(
    r",\s+(?:aged\s+)?\d{1,2}\s*[,)]|\s+\((?:aged\s+)?\d{1,2}\)"
    # ("HORÁCIO AMISSE ISSUFO, 34 years old, single", corpus 94.)
    r"|,\s+\d{1,2}\s+years?\s+old\b"
)
"""After a name, an age: "Hugo Ramos, 41," or, as police notes and the press in many countries
write it, "Liz Carolina Benítez de Ayala (31)" (corpus 84)."""
_BORN_AFTER = re.compile(
    r",?\s+(?:\(\s*)?(?:born|b\.)\s+(?:(?:in|on)\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d\b"
)
"""After a name: when the person was born ("QURBANBAEV Baxtiyar Sarsenbaevich, born 1984 in
Xojeli district", corpus 76), as a form or a court gives a person."""
_OFFICE_THEN_NAME = re.compile(
    r"\b(?:Counsel|Prosecutor|Attorney|Solicitor|Advocate|Judge|Justice|Magistrate|Registrar|"
    r"Spokes(?:man|woman|person))(?:[- ]General)?\s+(?:(?:Cllr|Hon|Adv|Dr|Mr|Ms|Mrs)\.?\s+)?"
    r"[A-Z][\w'’-]+\s+([A-Z][\w'’-]+)\b"
)
"""An office and the full name after it ("State Counsel Awa Bojang"): the surname's owner."""
_STUDYING = re.compile(
    r"\b(?:(?:was|is|were|are)\s+(?:then\s+)?(?:studying|reading)\s+for|in\s+the\s+(?:first|second|"
    r"third|fourth|final|last)\s+year\s+of)\s+(?:an?|his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}?"
    # ("is reading for the licence in Eastern canon law", corpus 122.)
    r"(?:degree|doctorate|phd|masters?|licen[cs]e|licentiate|diploma)\b",
    re.IGNORECASE,
)
"""A person at university: "was studying for a master's degree in public policy", "in the
final year of a PhD in photonics"."""
_STUDIES = re.compile(
    r"\b(?:is|was|are|were)\s+(?:still\s+)?(?:finishing|completing|doing|pursuing)\s+"
    r"(?:(?:his|her|their)\s+)?(?:(?P<field>[a-z]+)\s+)?(?:studies|degree)\b|"
    # ("is in his second year of philosophy", corpus 122.)
    r"\b(?:is|was|are|were)\s+(?:now\s+)?in\s+(?:his|her|their)\s+(?:first|second|third|fourth|"
    r"fifth|final|last)\s+year\s+(?:of|at|in)\s+(?!(?:an?|the|his|her|their)\b)(?P<subject>[a-z]+)\b"
)
"""A student named by their studies: "who is finishing engineering studies in Europe" (corpus
95, told as "a member of staff")."""
_JOB_OVER_NAME = re.compile(
    r"[A-Z][a-z-]+(?:\s+(?!(?:by|from|of|for|to|with|and|the|about|on|in|at)\s)[a-z-]+){0,4}"
    r"\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
)
"""A heading's job before the name it is about: "Cable jointer " of "Cable jointer Reynaldo D.
Santos"."""
_CASE_OPENS = re.compile(
    r"^\W*(?:in\s+the\s+(?:first|second|third|other|latter)\s+case\b|"
    r"(?:\d+\.\s*)?case\s+(?:one|two|three|four|five|\d+)\s*[:.–-]|"
    # (Or a matter someone brought to the meeting: "3. A second matter, reported by Dona
    # Argentina", a Pemba firm's briefing notes, corpus 158.)
    r"(?:an?|the)\s+(?:first|second|third|further|new|other)\s+(?:matter|case|incident|approach)"
    r",?\s+(?:reported|raised|brought)\s+by\b|"
    # ("The second colleague is a 29-year-old relay protection technician", "The first is Lung
    # Kai", corpus 112: one of the people a piece tells of in turn.)
    # (Not a point or a lesson in turn: "The second is for those who work where the plaintiff
    # works", corpus 102.)
    # ("The second case began in Punta Arenas and ended badly", corpus 114.)
    r"the\s+(?:first|second|third|fourth|other|next|last)\s+case\s+(?:began|started|concerns|"
    r"concerned|involves|involved)\b|"
    r"(?:the|our)\s+(?:first|second|third|fourth|other|next|last)(?:\s+[a-z]+)?\s+(?:is|was)\s"
    r"(?!(?:for|about|that|to|in|on|of|with|by|from|not|why|how|what|when|where|this|these|those|"
    r"its|their|our|my|more|less|much|simple|clear|easy|obvious|important|harder|worse|better)\b))"
)
"""A sentence that announces one of a report's cases ("In the second case, ...", "Case two:
First Lieutenant Yoon Ha-eun")."""
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:if|whenever|unless|(?:wrong|right|fair|unfair|unjust|just|hard|harder)\s+for)\s+$"
)
"""Before a person described: anyone who might be so ("if a clerk is approached", "wrong for a
worker who reported")."""
_CALLED_AFTER = re.compile(
    r"\b(?:referred\s+to|known|identified|named|called)\b[^.;]{0,40}?\bas\s+[\"“]?[A-Z]"
)
"""After a description, in its sentence: the name the person goes by after all ("... was
referred to in court only as Mr Eobwiren")."""
_OPENED_ON = re.compile(r"^\s*The\s+([a-z]+(?:er|or|ist|ian|ant|man))\s*,\s*$")
_PARTY_OPENED = re.compile(
    r"^\s*(?:\d{1,3}\.\s+)?The\s+(?:accused|defendant|respondent|appellant|petitioner|applicant|"
    r"claimant|complainant|plaintiff|grievant)\s*,\s*$",
    re.IGNORECASE,
)
"""A sentence that opens on a proceeding's party, before describing them ("The Appellant, a
41-year-old pouch and registry clerk ...")."""
"""A sentence that opens on a person by their job, before describing them ("The signaller, a
52-year-old employee of ...")."""
_UNNAMED = re.compile(
    # (Or one of several: "one of our weekend relief assistants told the duty supervisor",
    # corpus 97.)
    r"\b(?:[Aa]n?|The\s+former|[Aa]\s+former|(?P<one>[Oo]ne\s+of\s+(?:our|their|its|the)))\s+"
    r"(?P<who>(?:(?P<aged>" + YEARS_OLD + r")\s+)?(?:(?:former|senior|junior|"
    # (Two trades joined: "a wedding and event drone videographer", corpus 86.)
    r"[a-z]+\s+and\s+[a-z]+|"
    # ("a Harbor Department employee": the department's name in capitals, corpus 70.)
    r"[a-z]+(?:-[a-z]+)?|[A-Z]{2,4}|[A-Z][a-z]+(?=\s+[A-Z]?[a-z]+))\s+){0,4}?"
    # (A job with a prefix: "a sub-agent in Katiola", corpus 117.)
    r"(?:(?:sub|co|vice|deputy|assistant|under)-)?(?:"
    + _ROLE_NOUNS_EARLY
    # With an age, whatever the job: "a 41-year-old ice-core driller" (corpus 104).
    # (The job's last word, before where or whom: not "a 38-year-old civilian mathematics
    # teacher", corpus 35.)
    # ("a 34-year-old mooring linesman", "a 47-year-old mate on a bunkering barge", corpus
    # 105.)
    # ("a 26-year-old national service person posted to the accounts office", corpus 113.)
    # ("a 24-year-old car-wash attendant from Liepāja", corpus 172.)
    # (Or a man or a woman by where they are from: "Police have charged a 52-year-old Dunedin
    # man with one count of espionage", a newspaper's explainer, corpus 178.)
    + r"|(?(aged)(?:[a-z][\w-]*(?:er|or|ist|ian|sman|swoman|ant)|mate|person|man|woman)"
    + r"(?=\s+(?:at|in|with|for|on|from|of|who|whose|and|had|has|was|is|employed|working|based|"
    + r"posted|serving|assigned)\b"
    + r"|[,.;])|(?!))"
    # (Not the first word of a compound: "a 57-year-old pilot-boat engineer" is an engineer, a
    # security service's annual report, corpus 172.)
    + r"))(?(one)s)\b(?!-[a-z])",
)
_RELATIVE_CLAUSE_OPENS = re.compile(r"(?:\s+(?:from|at|in|of|on)\s+[\w\s'’-]{1,40}?)?,\s+who\b")
"""After a description, a relative clause about the person before what the sentence says."""
_THE_UNNAMED = re.compile(
    r"\b[Tt]he\s+(?P<who>(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:" + _ROLE_NOUNS_EARLY + r"))\b"
)
"""A person the report names by a job with "the", where it says it keeps their name back: "the
shop assistant employed by the accused, a young woman whose name I have ordered withheld"."""
_BUSINESS_KINDS = (
    r"studio|hall|shop|restaurant|café|cafe|bakery|salon|garage|workshop|hotel|guesthouse|"
    r"guest\s+house|bar|stall|pharmacy|agency|practice|kiosk|boatyard|dive\s+centre|dive\s+center|"
    r"hostel|tea\s+stall|homestay|butchery|print\s+shop|izakaya|tavern|inn|pub|florist"
)
"""The businesses someone runs, as a report names them (a photo studio, an izakaya): see
:data:`_RUNS_BUSINESS` and ``roles.businesses`` in the scenario material."""
_PERSON_WHO_WORKS = re.compile(
    r"\b[Aa]n?\s+(?:(?:young|younger|older|elderly|middle-aged)\s+)?(?:man|woman)"
    r"(?:\s+from\s+[A-Z][\w-]+)?(?=\s+who\s+(?:works?|worked|is\s+employed)\s+(?:in|at|for|as)\b)"
    # (Or one of the teller's members by the business they ran: "A member who for more than
    # twenty years ran a used-car business near the main gate of the base, ... was arrested",
    # corpus 138.)
    r"|\b[Aa]\s+(?:(?:long-standing|longstanding|long-time|longtime|former)\s+)?member"
    r"(?=\s+who\s+(?:[^,.;]{0,40}?\s)?(?:ran|runs|owned|owns|managed|manages|kept|keeps)\s+"
    r"(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:"
    + _BUSINESS_KINDS
    + r"|business|lot|company|farm)\b)"
)
"""A person described by where they work, whose name the text keeps back ("a younger man from
Glozhene who works in the plant's physical protection service. His name will not be printed",
corpus 129)."""
_MEMBER_OF_OURS = re.compile(
    r"\b[Aa]n?\s+(?:(?:long-standing|longstanding|long-time|longtime|young|younger|older|senior|"
    r"junior|new|newer|founding|former|regular)\s+)?member(?P<of>\s+of\s+(?:the|our|its|their)\s+"
    r"[\w-]+(?:\s+(?!(?:who|whose|and|is|was|has|had|in|at|with|from)\b)[\w-]+){0,3})(?=[,.;:)]|\s)"
)
"""A member of the teller's group, whose name the text keeps back ("a long-standing member of
the second violins. ... she has asked us not to print her name", corpus 130)."""
_NAME_WITHHELD_NEXT = re.compile(
    r"\s*(?:His|Her|Their)\s+name\s+(?:will\s+not|won['’]t|cannot|can['’]t|is\s+not\s+to|may\s+not)"
    r"\s+be\s+(?:printed|given|published|named|used|made\s+public)"
)
"""Opening the next sentence: the text says it keeps the name back."""
_NAME_KEPT = re.compile(
    r"\b(?:he|she|they)\s+(?:has|had|have)\s+asked\s+(?:us\s+|me\s+|the\s+[\w-]+\s+)?not\s+to\s+"
    r"(?:publish|print|use|give|reveal|disclose|mention)\s+(?:his|her|their)\s+(?:full\s+)?name\b|"
    r"\b(?:his|her|their)\s+name\s+(?:will\s+not|won['’]t|is\s+not\s+to|may\s+not)\s+be\s+"
    r"(?:printed|given|published|used|made\s+public)\b|"
    # ("We are not printing his name; the case is now with the public prosecutors", corpus 138.)
    r"\b(?:we|I)\s+(?:are|am|will)\s+not\s+(?:printing|publishing|giving|using|naming|print|"
    r"publish|give|use)\s+(?:his|her|their)\s+(?:full\s+)?name\b",
    re.IGNORECASE,
)
"""In the sentence after a description: the text keeps the person's name back ("Our second story
belongs to a long-standing member of the second violins. She is a terminologist with a federal
translation service, and she has asked us not to print her name", corpus 130)."""
_PLACE_DATE_AFTER = re.compile(r",[ \t]*(?:\d|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s)")
"""After a place on a signature's next line: a comma and a date ("Leuven, 24 October")."""
_WITHOUT_NAMES = re.compile(r"\bwithout\s+(?:names?|naming\s+(?:him|her|them|anyone))\b")
"""Before a person the sentence tells of: the teller says they will not name them."""
_ONE_OF_OURS = re.compile(r"\s+(?:from|at|with|in)\s+(?:one\s+of\s+)?(?:our|their)\s+[a-z]")
"""After a description: where the teller works too ("from one of our subcontractors")."""
_NOT_NAMED = re.compile(
    # A heading's note: "Case 2 – a sub-agent in Katiola (unnamed, referred to the
    # authorities)" (corpus 117).
    r"\(\s*(?:unnamed|not\s+named|name\s+withheld|anonymi[sz]ed)\b|"
    # ("who is present but asked not to be named", corpus 113.)
    r"\bwho\s+(?:[\w-]+\s+){0,3}?(?:but\s+|and\s+)?(?:asked|wished|wanted|preferred|chose)\s+not\s+to\s+be\s+"
    r"(?:named|identified)|"
    # "A final-year student at Fourah Bay College, who has asked us not to publish his name,
    # answered an online advertisement" (corpus 98).
    r"\bwho\s+(?:has|had)\s+asked\s+(?:us\s+|me\s+|the\s+\w+\s+)?not\s+to\s+(?:publish|print|"
    r"use|give|reveal|disclose)\s+(?:his|her|their)\s+(?:full\s+)?name|"
    r"\bwho\s+(?:has|had)\s+asked\s+not\s+to\s+be\s+(?:named|identified)|"
    r"\bwho\s+(?:cannot|can\s*not|can't|could\s+not|may\s+not)\s+be\s+(?:named|identified)|"
    r"\bwhose\s+name\s+(?:is|was|has\s+been)\s+(?:withheld|not\s+published|kept\s+back)|"
    # "a young woman whose name I have ordered withheld" (corpus 89).
    r"\bwhose\s+name\s+(?:[\w-]+\s+){1,4}?(?:withheld|suppressed|kept\s+back)\b|"
    # ("The soldier concerned, a percussionist of another garrison band, is not named here",
    # corpus 126.)
    r",\s+(?:is|was)\s+not\s+(?:named|identified)\s+(?:here|in\s+this\s+\w+)\b"
)
"""After a description: the report keeps back a person's name ("who asked not to be named")."""
_FULLER = re.compile(
    r"[^.;:]{0,120}?[:—–]\s*(?P<who>an?\s+"
    + YEARS_OLD
    + r"\s+(?:[\w-]+\s+){0,3}?(?:"
    + _ROLE_NOUNS_EARLY
    + r"))\b"
)
_ASKED_A_COLLEAGUE = re.compile(
    r"\b(?:offered|asked|approached|pressed|urged|invited|tried\s+to\s+recruit)\s+"
    r"(?P<who>one\s+of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?P<noun>colleagues|co-workers|coworkers|subordinates)|"
    r"a\s+(?P<single>fellow\s+[a-z][\w-]*|colleague|co-worker|coworker|subordinate))\b"
)
"""Someone a recruit in turn approached: "offered one of his colleagues ... a paid job",
"asked a fellow officer to lend him his electronic access card" (corpora 66, 67)."""
_HEREINAFTER = re.compile(
    r"[^.;()]{0,100}?\(\s*(?:hereinafter|hereafter|henceforth)\s+(?:(?:referred\s+to|called|named)\s+as\s+)?"
    r"[\"“‘']?(?P<term>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})[\"”’']?\s*\)"
)
"""After a description, the term a report defines for the person: "An employee of the central
archive of a ministry (hereinafter "the archivist")" (corpus 66)."""
_NAME_NEXT = re.compile(
    # "a senior clerk in the commission's secretariat, Gulnora Mirzayeva,": where the person
    # works, then the name.
    r"(?:\s+(?:in|at|of|with|for|from)\s+[^,.;:()]{1,60}?(?=,))?"
    rf"\s*,?\s*(?:named\s+|called\s+)?(?:{_NAME_TOKEN}\s+{_NAME_TOKEN}|"
    # "a 38-year-old lecturer at the university, identified only by her initials, E.W.,".
    # ("identified in court papers only by the initials K.S.": where, and "the".)
    r"(?:(?:is|was|who\s+is|who\s+was|can\s+be|who\s+can\s+be)\s+)?"
    r"(?:identified|named|known)\s+(?:in\s+(?:[\w-]+\s+){1,3}?)?only\s+(?:by|as)\s+"
    r"(?:(?:his|her|their|the)\s+)?"
    r"(?:initials|surname|first\s+name)?,?\s*[A-Z])"
)
_NAME_BEFORE = re.compile(rf"{_NAME_TOKEN}\s+{_NAME_TOKEN}[\"”’']?,\s*$")


def _named_before(text: str, start: int, end: int) -> bool:
    """A name just before a description ("Kim Min-su, a radar engineer"), not a date or a
    phrase in capitals ("In June, a doctoral researcher")."""
    match = _NAME_BEFORE.search(text, start, end)
    return match is not None and not any(
        word.lower().strip("\"”’'") in _NOT_NAME_WORDS | _FUNCTION_WORDS
        for word in match.group(0).rstrip(", ").split()
    )


_NEGATED = re.compile(
    r"\b(?:not|never|n't|nor|without\s+being)\s+(?:\w+\s+)?$|"
    # "left Lesotho before he could be arrested": never caught.
    r"\bbefore\s+(?:he|she|they|anyone)\s+(?:could|was|were)\s+(?:be\s+)?$"
)
_IS_OFFICER = (
    r"\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+\s+){0,3}?(?:officer|agent|operative|handler|"
    r"employee|member)\s+(?:of|for|with|in)\s+(?:\w+\s+){0,4}?(?:intelligence|security)\s+"
    r"(?:service|agency|services|agencies)|\s+(?:is|was)\s+an?\s+(?:\w+\s+)?intelligence\s+"
    r"(?:officer|agent|operative)|\s+(?:is|was)\s+acting\s+(?:on\s+behalf\s+of|for|at\s+the\s+"
    r"direction\s+of)\s+(?:an?|the)\s+(?:\w+\s+){0,2}?(?:intelligence|security)\s+(?:service|agency)"
)
"""After a name: the person is an intelligence officer (a recruiter), or acts for one."""
_OFFICER = re.compile(_IS_OFFICER)
_LAST_WORD = re.compile(r"([\w'’.-]+)$")
_OUTCOME_OR_APPROACH = re.compile(
    r"\b(?:sentenced|convicted|jailed|imprisoned|arrested|detained|charged|indicted|pleaded\s+"
    r"guilty|found\s+guilty|acquitted|approach(?:ed|ing)?|contacted|recruit(?:ed|ing)?|reported|"
    r"came\s+forward|targeted|befriended|cultivated|struck\s+up|dismissed|fired|confessed|"
    # (Or led away by officers: "was taken from the office by Investigation Bureau officers",
    # corpus 179.)
    + _LED_AWAY
    + r"|"
    # ("... is now before the Magistrate's Court", corpus 94.)
    r"before\s+the\s+(?:[\w'’-]+\s+){0,2}?court|"
    # "A keeper at one of the eastern stations became friendly with a man who said he was a
    # geologist" (corpus 88).
    r"became\s+(?:friendly|friends|close)\s+with|"
    # "Teodoro invited a young draughtswoman from my section to one of the society's dinners"
    # (corpus 70).
    r"invited|"
    # "a Harbor Department employee came to his office and disclosed that he had accepted"
    # (corpus 70).
    r"disclosed\s+that|admitted\s+(?:that|to|having)|"
    # "a caller, a third-year cadet ..., told Levan that "Irina", a young woman who had written
    # to him out of the blue on Instagram, was offering him a weekend in Istanbul" (corpus 96).
    r"(?:was|were|is|are)\s+offering\s+(?:him|her|them)\b|out\s+of\s+the\s+blue|"
    # "An archivist ... who passed diplomatic documents to a foreign intelligence service".
    r"(?:passed|handed|sold|leaked|gave)\s+(?:[\w-]+\s+){0,4}?to\s+(?:an?\s+)?foreign|"
    r"turned\s+(?:himself|herself)\s+in|handed\s+(?:himself|herself)\s+in|"
    # "a kitchen assistant ... told her shift supervisor that ...": a report at work.
    r"told\s+(?:her|his|their|the)\s+(?:[\w-]+\s+)?(?:supervisor|manager|superiors?|commander|"
    r"security\s+officer)|"
    r"began\s+(?:a|an)\s+(?:[\w-]+\s+)?relationship|"
    r"(?:directed|aimed)\s+at|referred\s+to\s+(?:the\s+)?(?:public\s+)?prosecut\w*|"
    r"received\s+an?\s+(?:[\w-]+\s+){0,3}(?:email|e-mail|message|offer|invitation|call|request))\b"
)
_AT_WORK = r"\s*,?\s+(?:who\s+(?:works|worked|is\s+employed|was\s+employed)|working|employed)\s+"
_WORKS_AS = re.compile(_AT_WORK + r"(?:(?:on|with)\s+[\w -]{3,50}?\s+)?(?:as|at|in|for)\b")
"""After a description: "a 45-year-old man working as a clerk for a parliamentary committee",
"a systems engineer working on satellite communications at a technology firm": a person at
work, whom the story is about."""
_IDENTIFIED_AS = re.compile(
    r"\b(?:agent|suspect|detainee|spy|informant|accused|defendant|traitor|man|woman)\s+"
    r"(?:turned\s+out\s+to\s+be|proved\s+to\s+be|(?:was|has\s+been|had\s+been)\s+identified\s+"
    r"as|(?:is|was)\s+(?=an?\s+\d))\s*$|"
    # "The second case concerns a 52-year-old electrician at a state-owned shipyard".
    r"\b(?:case|cases|story|investigation)\s+(?:concerns|concerned|involves|involved)\s+$|"
    # ("The third case was a temporary stand assistant supplied by an events staffing agency",
    # corpus 115.)
    r"\b(?:first|second|third|fourth|fifth|last|final|other)\s+case\s+(?:is|was)\s+$|"
    # A submission's cases by letter: "Case A is a 41-year-old ice-core driller" (corpus 104).
    # (Not a heading, "Case 2: a harbour pilot in Toamasina", whom the text then names: corpus
    # 35.)
    r"\bcase\s+(?:[a-z]|\d{1,2}|one|two|three|four)\s+(?:is|was|concerns|concerned|involves|"
    r"involved)\s+$|"
    # Or by a code: "L1 is a 34-year-old mooring linesman", "L2 is a 47-year-old mate"
    # (corpus 105, a thesis's interviewees).
    r"(?:^|[\s(])[a-z]{1,2}-?\d{1,2}\s+(?:is|was)\s+$|"
    # Who an inquiry found: "then identified a second person: a young woman employed by a
    # contractor", "the lookup logs ... showed that a member of the billing support team had
    # opened ..." (corpus 93).
    r"\bidentified\s+(?:an?\s+|the\s+)?(?:second|third|another|other)?\s*(?:person|suspect|"
    r"employee|individual|case)\s*:\s*$|\b(?:logs?|review|audit|records)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:showed|revealed|established)\s+that\s+$"
)
"""Before an aged description: "The agent turned out to be a 44-year-old technician": who the
person the story is about turned out to be."""
_WORKS_AS_JOB = re.compile(
    _AT_WORK + r"as\s+an?\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + _ROLE_NOUNS_EARLY + r")\b"
)
_BROUGHT_BY = re.compile(
    r"\b(?:money|cash|payments?|envelopes?|phones?|telephones?|sim\s+cards?|instructions|tasks)\s+"
    r"(?:was|were)\s+(?:brought|delivered|handed\s+over|passed\s+on|carried)\s+by\s+$",
    re.IGNORECASE,
)
"""Right before a name: whoever carried the money or the tasks for the contact ("The money was
brought by Nury, a lorry driver", corpus 105), the contact's go-between."""
_A_TITLED_STRANGER = re.compile(
    # (Or a professor: "There a Professor Leonard Castell ... spent three days praising him",
    # corpus 127.)
    r"(?<![\w])(?:[Aa]|[Oo]ne)\s+(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mlle|M|Prof|Professor)\.?\s+$"
)
"""Right before a name: a stranger the report knows only by the name they gave ("a Mr. Leon
Varga")."""
_APPROACHED_BY = re.compile(
    r"\b(?:approached|contacted|befriended|cultivated|recruited|targeted)\b[^.;,]{0,30}?\bby\s+"
    # ("approached at his stand by a M. Lionel Mercier", corpus 91.)
    r"(?:an?\s+)?(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Mlle)\.?\s+)?$"
)
"""Right before a name: the one who made the approach ("was approached in 2023 by")."""
_INTRODUCED_AS = re.compile(
    r"\b(?:an?|the)\s+(?:man|woman|person|stranger|contact|visitor)\s+(?:who\s+(?:was|had\s+been)\s+)?"
    r"(?:introduced|presented)\s+(?:to\s+(?:him|her|them)\s+)?as\s+[^.;\"“]{0,60}?,\s*"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$|"
    # "together with a man he introduced as Martín Olazábal, owner of an agency" (corpus 84).
    r"\b(?:an?|the)\s+(?:man|woman|person|stranger|friend|companion|partner)\s+(?:(?:he|she|they)\s+)?"
    r"(?:introduced|presented)\s+(?:(?:to\s+)?(?:him|her|them|us)\s+)?as\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$|"
    # 'the man who ran the calls, introduced as "Mr. Lambert"' (corpus 24).
    r"\b(?:introduced|presented)\s+(?:\w+\s+){0,2}?as\s+[\"“]\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$"
)
"""Right before a name: a stranger introduced under a cover ("a man introduced as the
foundation's scientific director, Dr Peter Galloway")."""
_FAKE_NAME_BEFORE = re.compile(
    # ('a client calling itself "Harbour Type Studio", contact name "Emily Chen"', corpus 131.)
    r"(?:\b[Cc]ontact\s+name\s+|\b(?:[Ff]ake|[Bb]ogus|[Ff]alse|[Pp]hon(?:e)?y|[Ss]o-called|[Pp]hantom|[Ss]upposed|"
    # ('one "Henrik Aalto", presented as a senior recruiter', corpus 86.)
    r"[Pp]urported|[Ff]ictitious|[Nn]on-existent)\s+(?:[\w-]+\s+){0,2}?|\b(?:an?|one)\s+)[\"“]"
    # 'a "Captain Marcus Dale" who said he was the academy's director' (corpus 69).
    r"(?:(?:Captain|Capt|Major|Colonel|Col|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Doctor|Sir)\.?\s+)?$"
)
"""Before a name in quotes: the report doubts it ('Fake headhunter "Helena Brandt"', 'from a
"Helena Brandt"'), the recruiter's cover."""
_MESSAGE_FROM_QUOTED = re.compile(
    r"\b(?:messages?|e-?mails?|letters?|calls?|texts?|invitations?|requests?|offers?|DMs?|"
    r"notes?|replies|reply)\s+(?:(?:on|via|through|over|by)\s+(?:[\w-]+\s+){1,2}?)?from\s+[\"“]"
    r"(?:(?:Captain|Capt|Major|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Doctor|Sir)\.?\s+)?$"
)
"""Before a name in quotes: who a message was from, as it signed itself ('he received a message
on Facebook from "Sophie Brandt, Talent Partner, NordAgri Search ApS"', corpus 130): the
stranger's cover, never the one who received it."""
_SPEAKER_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:Guest|Main|Invited|Keynote)[ \t]+)?(?:[Ss]peakers?|[Pp]resenters?|"
    r"[Ll]ecturers?|Guests?|Panell?ists?)[ \t]*:[ \t]*(?:[A-Z][\w.]*\.?[ \t]+){0,3}$"
)
"""Right before a name: the programme's speaker ("Speaker: Mr Mapalo Sinyangwe", corpus 130), or
a broadcast's guest ("Guest: Margus Tamm (MARGUS), formerly an investigator with the Internal
Security Service", a podcast's transcript, corpus 174)."""
_GAVE_TALK_AFTER = re.compile(
    r"[^.;]{0,220}?\b(?:gave|delivered|presented|led)\s+(?:a|the|this|our|her|his)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:talk|presentation|lecture|briefing|seminar)\s+(?:about|on)\b"
)
"""After a name, in its sentence: the person gave the talk the text reports, on what it tells
("gave a talk about how people who want information ... reach families"); not a lecture in
someone's story ("Hallam accepted and delivered the lecture in March 2023")."""
_UNKNOWN_NAMED_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))[Aa]\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+)?$"
)
"""Right before a full name: an indefinite article, as of someone the teller did not know ("A Dr.
Grace Whitmore called him"): a stranger's name, most often a recruiter's cover."""
_UNKNOWN_NAMED_AFTER = re.compile(
    r"[\"”]?(?:\s*[,;:.)]|\s+(?:who|called|rang|wrote|phoned|sent|asked|offered|contacted|"
    r"messaged|e-?mailed|came|approached|said|told|invited|got\s+in\s+touch)\b)"
)
"""After such a name: a clause ends, or the stranger acts (and not "a Hong Kong freight-forwarding
company", a run that qualifies a noun)."""
_STRANGER_CALLED = re.compile(
    # 'to a man who said he ran a tour company, "Mr Leo", who came to the side door' (corpus
    # 87): the name in quotes a stranger went by.
    r"\b(?:an?\s+)(?:[\w-]+\s+)?(?:man|woman|stranger|person|caller|visitor)\s+who\s+"
    r"(?:said|claimed|called|introduced|presented)\b[^.;\"“”]{0,80},\s*[\"“]"
    r"(?:(?:Captain|Capt|Major|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Doctor|Sir)\.?\s+)?$"
)
"""Before a name in quotes: what a stranger the report describes went by, their cover."""
_CALLS_ITSELF_BEFORE = re.compile(
    r"\b(?:call(?:ed|ing|s)|nam(?:ed|ing|es)|introduc(?:ed|ing|es))\s+(?:him|her|them)sel(?:f|ves)\s+"
    r"(?:as\s+)?[\"“]?(?:(?:Captain|Capt|Major|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Doctor|Sir)\.?\s+)?$"
)
"""Before a name: the one a stranger gave himself ("a man who called himself MORI Kenji",
corpus 110; "A man calling himself Dr. Viktor Stern", corpus 127), a cover."""
_WHOM_CALLED_AFTER = re.compile(
    r",\s+whom\s+(?:he|she|they|the\s+\w+)\s+(?:called|described\s+as|presented\s+as|introduced\s+as)\b"
)
"""After a name: a cover a go-between gave the person ("introduced me by message to Daniel Tan,
whom he called a senior analyst at a defence market research firm", corpus 129)."""
_CARD_BEFORE = re.compile(r"\bbusiness\s+card\s*:\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?$")
"""Before a name: the one on the card a stranger handed over ("came up with a business card: Dr
Lucas Tan, "Senior Research Fellow, ..."", corpus 128), the name he gave."""
_ALIAS_AFTER = re.compile(
    r"\s*\((?:probably|possibly|likely|presumably|almost\s+certainly|believed\s+to\s+be)?\s*"
    r"(?:an?\s+)?(?:alias|false\s+name|cover\s+name|assumed\s+name|fake\s+name|pseudonym\s+he\s+used|"
    r"pseudonym\s+she\s+used)\)|"
    # (Or the name he went by, told after it: "a ship's chandler, Sørensen, Henrik Sørensen he
    # called himself, and lent him money", an oral history, corpus 174.)
    r",?\s+(?:as\s+)?(?:he|she)\s+called\s+(?:himself|herself)\b"
)
"""After a name: the report doubts it ("a businessman, Ali YUSUF (probably an alias)", corpus
86), the recruiter's cover; not a name a report gives to protect its own person ('"ANDREI"
(not his real name)')."""
_HIRED_BEFORE = re.compile(
    r"\b(?:hired|employed|engaged|recruited|took\s+on|signed\s+up|appointed|paid|"
    # (Or named by someone as something: "an unsolicited email from Marsh, who named Whitcomb
    # as a "mutual friend"", a court reporter's report, corpus 178.)
    r"named|cited|mentioned|listed|gave)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?$"
)
"""Right before a name: someone hired, paid or named by another as something, not a cover
claimed."""
_CLAIMS_COVER = re.compile(
    # "a new member joined, Teodoro Riveiro, who said he bought timber for a furniture company
    # abroad" (corpus 70): what he said he did is the cover.
    r",\s+who\s+(?:said|claimed)\s+(?:that\s+)?(?:he|she|they)\s+(?:(?:was|were)\s+(?:an?|the)\s|"
    r"worked\s+(?:for|as|at)\s|bought\s|sold\s|represented\s|ran\s+an?\s|owned\s|traded\s|"
    r"imported\s|exported\s|"
    # ("a "cousin", Sr. Alfa, who said he was preparing a market study", corpus 72.)
    # (Or planning a business: "a diaspora businessman, Léon Agopian, who said he was planning
    # eco-tourism routes", corpus 150.)
    r"(?:was|were)\s+(?:preparing|writing|conducting|compiling|researching|working\s+on|"
    r"planning|developing|setting\s+up|starting|launching|organi[sz]ing|building)\s)|"
    r",\s+(?:who\s+(?:described|introduced|presented|styled|passed\s+(?:him|her|them)sel(?:f|ves)\s+"
    r"off|called)\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?|"
    # (Without "who", only with the reflexive: not "..., called as a witness".)
    # ("Serge Karamoko, presenting himself as an Ivorian consultant", corpus 101.)
    r"(?:describ|introduc|present|styl|call)(?:ed|ing)\s+(?:him|her|them)sel(?:f|ves)\s+|"
    r"posing\s+)"
    r"as\s+(?:an?|the)\s|"
    # A job without its article: "a Ms Coralie Vandame, who presented herself as business
    # development manager of ..." (corpus 76).
    r",\s+who\s+(?:described|introduced|presented|styled)\s+(?:him|her|them)sel(?:f|ves)\s+as\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:manager|director|officer|representative|agent|consultant|"
    r"recruiter|researcher|producer|journalist|editor|buyer|partner|head|founder|owner)\b|"
    # Whom the contact said they acted for: "a M. Lionel Mercier, who introduced himself as
    # representing "Océan Indien Agro Partners Ltd"" (corpus 91).
    r",\s+who\s+(?:described|introduced|presented)\s+(?:him|her|them)sel(?:f|ves)\s+as\s+"
    r"(?:representing|working\s+for|acting\s+for|from)\s|"
    # A role in quotes, which the report doubts: 'presented by a Mr. Laurent Hébrard as its
    # "country manager"' (corpus 75); apposed: 'a colleague, Mr Adrian Coyle, "head of
    # benchmarking"' (corpus 91), not a nickname ('"Tomi"') nor an aside ('(Phạm Thùy Linh, "in
    # Vietnamese the family name goes first")', corpus 74).
    # (Capitalised as a card writes it too: 'from a Marcus Bell, "Research Associate" at
    # Northgate Insight Partners', corpus 116.)
    r"\s+as\s+(?:its|their|his|her|the|an?)\s+[\"“]|,\s+[\"“](?-i:(?:[a-zA-Z][\w-]*\s+){0,3}?)"
    r"(?:head|manager|director|officer|lead|consultant|editor|researcher|representative|adviser|"
    r"advisor|analyst|partner|coordinator|specialist|agent|buyer|investor|producer|journalist|"
    r"recruiter|founder|owner|associate)\b[^\"”\n]{0,30}[\"”]",
    re.IGNORECASE,
)
"""Right after a name: the cover that person claimed ("owned by Teboho Ramakatane, who
described himself as a businessman"; "The man who had signed the email, Lukas Brenner,
introduced himself as the alumni network's coordinator", corpus 65): the contact, not a
case."""
_REPORT_OF = re.compile(r"(?:'s|’s)\s+(?:prompt\s+|early\s+|swift\s+)?(?:report|warning|tip-off)\b")
"""Right after a name: the person's own report of an approach ("Marufu's report")."""
_INVESTIGATED_BEFORE = re.compile(
    r"\b(?:investigating|investigated|questioning|questioned|suspended|suspending)\s+$"
    # "investigators ... looked into the case of an executive assistant" (corpus 67)
    r"|\b(?:looked|looking|look)\s+into\s+the\s+case\s+of\s+$"
)
_CHARGED_AGAINST = re.compile(
    r"\b(?:charges?|indictment|case|proceedings)\b[^.;]{0,160}\bagainst\s+$", re.IGNORECASE
)
"""Before a description: "brought charges of espionage ... against a 52-year-old translator"."""
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|himself|herself|He|She|His|Her)\b")
_NAME_ALONE_BEFORE = re.compile(
    rf"[ \t]*(?:[{_UP}][\w.]{{0,15}}:[ \t]*)?(?:(?:[{_UP}]\.){{2,}}[ \t]+)?"
)
"""Before a name that is a sentence alone: a speaker's label, and the initials the name goes by
("IM: K.D. Klaus-Dieter Behrens.")."""
_WHEN_THEN_PRONOUN = re.compile(
    r"(?:That|The|This|Next|Later|Then|Soon|Within|After|Before|On|In|By)"
    r"(?:\s+(?:[a-z][\w-]*|\d{1,4}|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)){0,3},?\s+(?:he|she)\s+[a-z]"
)
"""A sentence opening with when, then its subject as a pronoun: "That evening he told", "In
March she met" (corpus 148), "On 21 September he"."""
_NAMING_TITLES = {
    "dr": "Dr",
    "prof": "Prof.",
    "professor": "Professor",
    "mr": "Mr",
    "mrs": "Mrs",
    "ms": "Ms",
    "miss": "Miss",
}
"""Titles a question may name a person by, where only their surname is known ("Ms Hosten"),
as the report does; a rank written out names them too ("Sergeant Saar")."""
_NEE_AFTER = re.compile(r"\s*[,(]\s*n[ée]e\s")
"""After a name, the name she was born with: "Solène Girardin, née Detcheverry"."""
_TITLE_GENDER = {
    **dict.fromkeys(
        "mr sir lord herr señor senor senhor tuan encik elhadj elhadji alhaji hadji m "
        "brother uncle kuya manong pa ndi don batono ustaz ustadz u ko maung "
        # (Ge'ez and Amharic: "Deacon Kidane-Mariam Tesfay Habtu", "Abba Amanuel", "Ato
        # Mehari", corpus 122.)
        "deacon abba abuna abune ato memhir qes qesis pak bapak bang "
        # (India's "Shri", and "Smt." below: "Shri Prakash Dattatray Jadhav" beside "Smt. Sunita
        # Jadhav", corpus 143.)
        "shri sri shree "
        # (And honorifics joined to a name: "Jadhav-saheb", "Tek dai", corpus 143.)
        "saheb sahab sahib dai bhai".split(),
        "m",
    ),
    **dict.fromkeys(
        "mrs ms miss madam madame mme mademoiselle mlle dame puan cik señora senhora frau hadja "
        "hadjia hajia haja hajiya hajah alhaja sister aunty auntie ate bai manang ma mami niña "
        "doña dona kalbatono ustazah ustadzah daw weizero woizero weizerit w/ro ibu bu mbak hj "
        "ma'am ma’am smt shrimati srimati kumari tai didi akka chechi".split(),
        "f",
    ),
}
"""Personal titles that tell a man from a woman."""
_IBERIAN_GENDER = {"sr": "m", "sra": "f", "srta": "f"}
"""Spanish and Portuguese abbreviated titles, which tell a man from a woman only where the
document writes such titles (`_IBERIAN_TITLES`)."""
_RANK_AFTER = re.compile(
    r"[ \t]+(?:alezredes|ezredes|őrnagy|százados|főhadnagy|hadnagy|zászlós|törzszászlós|"
    r"főtörzszászlós|főtörzsőrmester|törzsőrmester|őrmester|szakaszvezető|tizedes|őrvezető|"
    r"vezérőrnagy|dandártábornok|altábornagy)\b"
    r"(?:[ \t]*\((?P<gloss>[a-z][a-z -]{2,30})\))?"
    r"(?:[ \t]*[—–-][ \t]*(?P<post>[a-z][a-z -]{2,30}?)(?=[;,.\n]))?"
)
"""After a name: a Hungarian rank, written after the name, with its English gloss in brackets
and the post the person holds ("Fekete Zoltán főtörzsőrmester (master sergeant) — team
captain")."""
_MY_KIN_APPOSED = re.compile(
    r"\b[Mm]y\s+(?P<kin>father|mother|husband|wife|son|daughter|brother|sister|grandfather|"
    r"grandmother|uncle|aunt),?\s+$"
)
"""Before a name: the teller's relative, apposed ("My father, Zbigniew Kaczmarczyk")."""
_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|former|elder|younger|next-door|shift|line|"
    r"direct|ward|team)\s+)?"
    r"(?P<kin>wife|husband|partner|son|daughter|mother|father|brother|sister|cousin|uncle|"
    r"aunt|nephew|niece|neighbou?r|landlady|landlord|sister-in-law|brother-in-law|"
    r"mother-in-law|father-in-law|"
    # Or whom they went to for help: "she came to her pastor, Rev. Kasiano Lekka, and told him
    # everything" (corpus 100).
    r"pastor|priest|imam|rabbi|minister|chaplain|lawyer|"
    # Or someone they work under: "his shift supervisor, Dorothy Chai Siew Ling, saw him
    # photographing the dispatch console" (read 136).
    r"supervisor|manager|boss)\s*,\s*"
    # (With a title before the name: "his wife, Mrs. Colette Varlack", corpus 75.)
    r"(?:(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Dr|Rev|Fr|Imam|Pastor)\.?\s+)?$|"
    # Or the writer's own superior: "My manager, Vaine Napa, signed the travel form" (corpus
    # 103).
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:line|direct|shift|immediate)\s+)?(?P<mine>supervisor|manager|"
    r"boss|foreman|superior)\s*,\s*(?:(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Dr)\.?\s+)?$|"
    # Or said to be one: "Her academic supervisor in Porto is Prof. Rui Barros de Sá" (corpus
    # 100).
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?(?P<held>supervisor|tutor|mentor|manager|boss|"
    r"lawyer|counsel|doctor)\s+(?:(?:in|at)\s+[A-Z][\w-]*\s+)?(?:is|was)\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+)?$|"
    # Or whose widow the person is: "Sig.ra LOI, widow of the late Antonio Serra, continues her
    # husband's cork-harvesting permit" (corpus 136).
    r"\b(?P<widow>widow|widower)\s+of\s+(?:the\s+)?(?:late\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$|"
    # Or the relative the contact asked about: "And she asked him about our uncle Moses, who
    # works at Defence headquarters" (a caller to a radio show, of her brother, corpus 174).
    r"\babout\s+(?:his|her|their|our|my)\s+(?P<asked>uncle|aunt|father|mother|brother|sister|"
    r"cousin|son|daughter|wife|husband)\s+$|"
    # Or the writer's own, in what the contact used: "He answered with a photograph of the paper
    # I had signed and of my daughter Gabija outside her dormitory" (a prisoner's letter, corpus
    # 179).
    r"\bof\s+my\s+(?P<mine_of>wife|husband|son|daughter|mother|father|brother|sister)\s+$"
)
"""Before a name, apposed: a relative, a neighbour or a superior of the person the sentence is
about."""
_KIN_GENDER = {
    **dict.fromkeys(
        "husband son father brother uncle nephew brother-in-law father-in-law".split(), "m"
    ),
    **dict.fromkeys(
        "wife daughter mother sister aunt niece sister-in-law mother-in-law landlady".split(), "f"
    ),
}
_OWN_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:late|elder|younger|older|little|big)\s+)?"
    r"(?:son|daughter|brother|sister|cousin|uncle|aunt|nephew|niece|grandson|granddaughter)\s+"
    # (Or said to be the one: "My grandson is Daniel, Dănuț we call him at home", a caller to a
    # phone-in, corpus 142.)
    r"(?:is\s+|was\s+)?$"
)
"""Right before a one-word name: the writer's own relative ("my cousin Jun-jun")."""
_SELF_NAMED = re.compile(
    r"(?:\b[Mm]y\s+(?:full\s+|real\s+|whole\s+)?name(?:\s+is|\s+on\s+it|\s+at\s+the\s+bottom)?|"
    r"\bI\s+(?:am|['’]m)|\bI\s+signed\s+(?:it\s+|them\s+)?(?:as\s+)?|"
    # "I, D. Bat-Erdene, have worked in the core shed for eleven years" (corpus 96).
    r"(?:^|\n)[ \t]*I(?=,))\s*[,:]?\s*(?:[A-Z]\.\s?){0,3}$"
)
"""Right before a name: the writer gives their own ("My name is", "my full name on it,")."""
_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|elder|younger|older)\s+)?"
    r"(?:wife|husband|son|daughter|mother|father|brother|sister|cousin|uncle|aunt|nephew|niece|"
    r"grandmother|grandfather|grandson|granddaughter)\s*,?\s*(?:(?:is|was)\s+)?$"
)
"""Right before a name: whose relative it is ("my cousin Loretta Christian", "My grandson is
Daniel", corpus 142)."""
_MY_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:late|elder|younger|older|eldest|youngest)\s+)?"
    r"(?:wife|husband|son|daughter|mother|father|brother|sister|cousin|uncle|aunt|nephew|niece|"
    r"grandmother|grandfather|grandson|granddaughter)\s*,?\s*$"
)
"""Right before a name: the writer's own relative ("My brother Azamat")."""
_DEFENDANT_APPOSED = re.compile(r"\b[Tt]he\s+(?:defendant|accused),\s*$")
"""Right before a name: the report names the one on trial ("The defendant, Salim ...,")."""
_ROLE_BEFORE = re.compile(
    rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_NOUNS_EARLY})"
    # Where the job is done: "a civilian employee of the defence ministry, " (corpus 81).
    r"(?:\s+(?:of|at|in|with|for|on)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?,\s*$"
)
"""Right before a name: the job of the person it names ("a telecommunications worker, ")."""
_NAMING_PHRASE = re.compile(
    r"(?:identified\s+(?:in\s+\w+\s+)?only\s+as|gave\s+(?:his|her|their)\s+name\s+as|"
    r"known\s+only\s+as|(?:his|her|their)\s+name\s+was\s+given\s+as)\s"
)
"""Of the _CALLED phrases, those a report also uses to name the person it describes."""
_GOES_BY = re.compile(
    r"(?:(?:^|(?<=[.!?]\s))(?P<pronoun>He|She)|\b(?:and|who))\s+is\s+(?:also\s+)?(?:known|called)\b"
    r"[^.!?\n]{0,60}?\bas\s+(?:(?P<title>Miss|Mr|Mrs|Ms|Uncle|Auntie|Aunty)\.?\s+)?"
    rf"(?P<nick>{_WORD}(?:[ \t]{_WORD})?)\b",
    re.MULTILINE,
)
"""A sentence that gives the name the person just told of goes by: "She is known in her
neighbourhood, as is customary, as Mai Tariro"; "Mrs. Ebanks has worked at the FBO for nineteen
years and is known to everyone on the field as Miss Dorrie" (corpus 111)."""
_WE_KNOW_AS = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:Most|Many|All|Some|Everyone|Everybody|Most\s+of\s+you|Many\s+of\s+you|"
    r"All\s+of\s+us|Most\s+of\s+us|We|You|They)\s+(?:all\s+)?(?:of\s+(?:you|us)\s+)?)"
    r"(?:know|knows|call|calls)\s+(?P<pronoun>him|her)\s+(?:as\s+)?[\"“]?"
    r"(?:(?P<title>Miss|Mr|Mrs|Ms|Uncle|Auntie|Aunty)\.?\s+)?"
    rf"(?P<nick>{_WORD}(?:[ \t]{_WORD})?)\b",
    re.MULTILINE,
)
"""A sentence of its own that gives the name the person just told of goes by: "Most of you
know him as Buzz" (corpus 144)."""


def _nickname_mentions(
    doc: Document, people: dict[str, _Person], mentions: list[Mention], said: re.Match[str]
) -> list[Mention]:
    """The mentions with every later use of the name a :data:`_WE_KNOW_AS` sentence gives, as
    the last person of the gender it says named in the three sentences before it."""
    sentence = bisect.bisect_right([s.start for s in doc.sentences], said.start()) - 1
    gender = {"her": "f", "him": "m"}[said.group("pronoun")]
    before = [
        m
        for m in mentions
        if m.end <= said.start()
        and sentence - m.sentence <= 3
        and m.name in people
        and not people[m.name].contact
        and len(people[m.name].tokens) > 1
        and people[m.name].gender in ("", gender)
    ]
    if not before:
        return mentions
    owner = before[-1].name
    # (A name one goes by is a person's, as a nickname apposed is.)
    people[owner].person_hits += 1
    starts = [s.start for s in doc.sentences]
    found = [
        Mention(owner, m.start(), m.end(), bisect.bisect_right(starts, m.start()) - 1)
        for m in re.finditer(rf"(?<![\w-]){re.escape(said.group('nick'))}(?![\w-])", doc.text)
        if m.start() >= said.start("nick")
    ]
    taken = {(m.start, m.end) for m in mentions}
    return sorted(
        [*mentions, *(m for m in found if (m.start, m.end) not in taken)], key=lambda m: m.start
    )


_OWN_NAME_BEFORE = re.compile(
    r"\b(?:he|she|they)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+\s+)?$", re.IGNORECASE
)
"""Before "known as": the person the sentence is about goes by the name that follows."""
_JOB_APPOSED = re.compile(
    rf",\s+(?:\d{{1,3}},\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_NOUNS_EARLY})\b"
)
"""Right after a name: the job of the person it names ("Ratna, a hospital pharmacist")."""
_REVEALED = re.compile(r"\W*(?:He|She)\s+is\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
"""Opening a sentence before a name: "He is Hemin Jalal Mustafa, 34": who the story described."""
_IS_AGED = re.compile(r"\s+(?:is|was)\s+(?:aged\s+)?\d{1,2}(?:\s+years?\s+old)?\s*[,.;]")
"""After a name that opens a sentence, its age: "Kalo is 24, from the Lopoi clan"."""
_MONONYM_JOB = re.compile(
    # (Or the job in brackets: "Resident in 214, Wahyudi (visiting researcher from Bandung, one
    # name only on his passport and our list)", a student hall's night desk log, corpus 162.)
    rf"(?:,\s+(?:\d{{1,3}},\s+)?an?\s+|\s*\((?:an?\s+)?)(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_NOUNS_EARLY}|"
    # ("Saidin, an observer at the West Island station", corpus 81.)
    r"observer|gauger|checker|[a-z]*keeper|[a-z]+(?:grapher|ologist|ician))\b"
)
"""After a one-word name: the job of who bears it ("Sugiarto, a scaffolder"), never "the"
("Frightened, the engineer went voluntarily", corpus 45)."""
_CASE_OF_BEFORE = re.compile(
    r"\b(?:case|story|matter)\s+(?:involves|involved|concerns|concerned|is\s+that\s+of|was\s+that\s+of)\s+$"
    # "Scenario A happened to Saidin" (corpus 81).
    r"|\bhappened\s+to\s+$"
    # Or one of the people a piece goes on to tell of, in turn ("I want to talk about two
    # ordinary young people ... The first is Nl. Lalrinpuii", corpus 79), with a short
    # honorific before the name.
    r"|\b[Tt]he\s+(?:first|second|third|other|next|last)\s+(?:one\s+)?(?:is|was)\s+"
    r"(?:[A-Z][a-z]{0,3}\.?\s+)?$"
)
"""Before a one-word name: whom a case is about ("The second case involves Muataz")."""
_IN_TURN = re.compile(
    r"\W*(?:The|Our)\s+(?:first|second|third|fourth|other|next|last)"
    r"(?:\s+(?!(?:one|case|story|person|example|incident|matter|report)\b)(?P<noun>[a-z]+)|"
    r"\s+(?:one|case|story|person|example|incident|matter|report))?"
    # (Or what a case is about: "The second incident concerns a night guard from the
    # neighbouring village", corpus 137.)
    r"\s+(?:is|was|concerns|concerned|involves|involved|is\s+about|was\s+about)\s+"
    # (Or what a check or an inquiry is about: "The check concerns a bench technician who had
    # worked for the company for six years and resigned in March", corpus 140.)
    r"|\W*(?:The|This|That)\s+(?P<inquiry>check|inquiry|enquiry|investigation|review|audit|search|"
    r"finding|case|matter)\s+(?:concerns|concerned|involves|involved|is\s+about|was\s+about)\s+"
)
"""Opening a sentence, before a person described: one of those a piece tells of in turn ("The
second colleague is a 29-year-old relay protection technician")."""
_ONE_NAME_IS_A_JOB = re.compile(
    r"\s+(?:was|is)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:student|engineer|technician|nurse|teacher|"
    r"clerk|officer|analyst|researcher|driver|worker|assistant|manager|translator|interpreter)\b"
)
"""After one name opening a sentence: what the person is ("Misaki was a university student")."""
_SINGLE_NAME_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*,\s*$")
"""Before a one-word name, apposed to a description: "The translator, Yulianti, 34,"."""
_PERSONAL_TITLES = frozenset(
    # (The Malay "Cik", Miss or Ms: "Cik Nurul 'Ain binti Abdul Rahman", corpus 124.)
    "mr mrs ms miss dr prof professor sir madam madame mme mademoiselle dame lord encik puan cik "
    # Latin American professional titles: "Ing. J. A. Uc", "Mtra. Itzel ..." (corpus 72).
    "ing lic licda lcdo lcda licenciado licenciada mtro mtra dra kumu doña dona niña "
    "tuan datuk dato señor "
    # Portuguese and Spanish "Sr." and "Sra." before a surname: "Sr. Fortes Tavares stated the
    # following" (corpus 91).
    "sr sra srta "
    "senor señora senhor senhora herr frau "
    # French "M." (Monsieur), where the document writes French titles: see `_FRENCH_TITLES`.
    "m mlle "
    # A French lawyer's "Me" (Maître): "Me Hicham AIT BOUZID" (corpus 119).
    "me "
    # Indonesian "Pak", "Bapak", "Ibu", "Bu", "Bang", "Mbak" before the name a person is
    # called by ("Pak Giarto", "Bang Ferdi", corpus 141).
    "pak bapak ibu bu bang mbak".split()
)

_COURT_FRAME = re.compile(
    r"\b(?:the\s+(?:crown|state|prosecution|government)(?:'s|’s)?\s+case|(?:the\s+)?indictment|"
    r"charge\s+sheet|told\s+the\s+court|the\s+court\s+(?:heard|was\s+told)|"
    r"according\s+to\s+(?:the\s+)?(?:prosecutors?|investigators?|the\s+indictment|court\s+"
    r"(?:documents|papers|filings))|prosecutors?\s+(?:said|say|alleged|allege|told))\b",
    re.IGNORECASE,
)
_SAYS_SHE_IS = re.compile(
    r"[^.;]{0,100}?,\s+(?:she|he)\s+(?:says|said|claims|claimed)\s+(?:that\s+)?(?:she|he)\s+(?:is|was)\s+"
    r"an?\s"
)
"""After a name, in its sentence: "Lena Voss, three hundred thousand followers, beautiful photos,
she says she is a travel creator" (corpus 71): the cover that person claims."""
_COMPANION_BEFORE = re.compile(
    r"\b(?:(?:went|came|walked|go|going|turned\s+up)\s+(?:\w+\s+){0,3}?with|accompanied\s+by)\s+"
    r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s*(?:[A-Z][\w.]*\s+)?$"
)
"""Before a name: someone who went along with the case ("went with his shop steward, ")."""
_CLEARED = re.compile(
    r"\b(?:was|were|is|been)\s+(?:all\s+|entirely\s+|perfectly\s+|completely\s+)?(?:genuine|"
    r"legitimate|above\s+board|bona\s+fide)\b|"
    # (Not work cleared for publication, a prepublication review: "the poster had been cleared
    # for public release by the FSO", corpus 122.)
    r"\b(?:was|were|been)\s+(?:checked\s+and\s+)?(?:cleared|approved)\b(?!\s+of\b)"
    r"(?!\s+for\s+(?:public\s+|open\s+)?(?:release|publication|display|presentation))|"
    # Checked, then taken up: "the company and the offer were checked, and he took the job"
    # (corpus 71).
    r"\b(?:was|were)\s+checked\b[^.;]{0,40}?\band\s+(?:he|she|they)\s+(?:took|accepted|went)\b|"
    # "she declared the arrangement in writing to the Bank's compliance office, which approved
    # it" (corpus 83).
    r"\bdeclared\b[^.;]{0,120}?\b(?:which|who|and)\s+(?:\w+\s+)?(?:approved|cleared)\b|"
    # "The invitation came through the embassy, openly; her university knew and approved"
    # (corpus 85).
    r"\b(?:knew|(?:was|were)\s+(?:told|informed))\s+and\s+(?:approved|agreed)\b|"
    r"\bfound\s+to\s+be\s+(?:genuine|legitimate|exactly\s+what|real|above\s+board|bona\s+fide)|"
    # A complaint dismissed as lawful work: "Acting for foreign states ... is lawful and ordinary
    # work" (corpus 119).
    r"\bcomplaint\s+(?:was\s+)?dismissed\b|\b(?:is|was|are|were)\s+(?:entirely\s+|perfectly\s+)?lawful\b|"
    # "the meeting went ahead, and it was exactly what it said it was" (corpus 72).
    r"\b(?:was|were|proved\s+to\s+be|turned\s+out\s+to\s+be)\s+(?:just|exactly|precisely)\s+"
    r"what\s+(?:it|they|he|she)\s+(?:said|claimed|seemed|appeared)\b|"
    # "He told his manager, declared the invitation ... and went. ... That is normal."
    # (corpus 77): the report says so of the contrast it sets beside its cases.
    r"\b(?:that|this)\s+is\s+(?:(?:perfectly|quite)\s+)?(?:normal|correct\s+practice)\b|"
    # "That is what a genuine move looks like." (corpus 85).
    r"\b(?:that|this)\s+is\s+what\s+an?\s+(?:genuine|normal|legitimate|proper|real|honest)\s+"
    r"(?:[\w-]+\s+){1,2}?looks?\s+like\b",
    re.IGNORECASE,
)
"""A contact checked and found harmless: "it was all genuine", "it was cleared within a week"."""
_PRONOUN_IS = re.compile(r"\W*(?:he|she)\s+(?:is|was)\s+$", re.IGNORECASE)
"""Opening a sentence before a description: "He is a twenty-six-year-old technician"."""
_PREDICATE_BEFORE = re.compile(r"\b(?:was|is|were|are|been)\s+$")
"""Before a description: it says what someone already in the story is, not a new person."""
_COVER_DESCRIBED_BEFORE = re.compile(
    r"\b(?:said|says|claimed|claiming|saying)\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were|is|"
    r"worked\s+as)\s+$|\b(?:pos(?:ed|ing|es)|passing\s+(?:him|her)self\s+off)\s+as\s+$|"
    r"\b(?:calling|called|introduc(?:ed|ing))\s+(?:him|her|them)sel(?:f|ves)\s+(?:as\s+)?$|"
    # ('a man calling himself "Andrej", supposedly a Slovak engineer working in Stavanger',
    # corpus 154.)
    r"\b(?:supposedly|purportedly|ostensibly|allegedly)\s+$"
)
"""Before a description: what a recruiter said they were, never a person of the story. (Named
apart from :data:`_COVER_BEFORE`, the words before a job, which this once shared a name with
and was silently replaced by.)"""
_ASKED_A_QUESTION = re.compile(
    r"\s+asked\s+(?:whether|why|if|how|what|when|where)\b|\s+asked\s+about\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:cheque|pension|dispute|form|fee|fees|loan|rule|rules|law|procedure)\b"
)
"""After a description: a question asked, as from the floor of a meeting."""
_WHO_AFTER = re.compile(r",\s+who\s")
"""After a name: "Levi-Shalev, who works on ...": a person, not a company or a place."""
_AGE_WORD = re.compile(YEARS_OLD + r"\s+")
_OF_THE_TEAM = re.compile(
    r"\s+of\s+(?:the|our|its|their)\s+(?:[\w-]+\s+){0,3}?(?:team|staff|unit|section|department|"
    r"desk|crew)\b"
)
"""After "a member": the team that says who the person is."""
_EMPLOYED_BY = re.compile(
    r"\s+(?:employed|working)\s+(?:by|at|for|in)\s+[^,.;:()]{3,60}?"
    # (Up to the clause's verb: "a 41-year-old man employed at a radar station has been
    # detained", tests/test_extract_forms.py.)
    r"(?=[,.;:()]|\s+(?:has|had|have|was|were|is|are|who|and|said|told|after|when|will)\b|$)"
)
"""After "a young woman": whom she works for, which says who she is."""
_GENERIC_HEADS = frozenset({"official", "servant", "employee", "staffer", "worker", "citizen"})
"""Plain words for a person at work that a story uses, one for another, of the person it
describes and never names."""
_ABSENT = re.compile(r"\bin\s+(?:absentia|(?:his|her|their)\s+absence)\b")
"""Tried or sentenced in absentia, anywhere in the sentence ("was tried in absentia and
sentenced to 20 years"): never caught."""
_MATERIAL_BEFORE = re.compile(r"\b(?:which|that)\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?$")
"""Before a name: a relative clause about a thing, which the person did something with."""
_APPROACHED_OBJECT = re.compile(
    r"\b(?:approached|contacted|asked|invited|befriended|telephoned|phoned|messaged|pressed|"
    r"urged)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?$"
)
"""Before a name: the verb of an approach whose object the person is, so that what follows a
relative clause about them is the approacher's next act: "the claimant approached his
colleague Mirjana Tošić-Kecman, who reads the Lauš route, and offered her KM 200" (corpus 93)."""
_HANDLED_BY = re.compile(
    r"\b(?:on|at|under)\s+the\s+(?:instructions?|orders?|direction|request)\s+of\s+$|"
    r"\b(?:recruited|approached|contacted|handled|directed|tasked|run)\s+by\s+$"
)
"""Before a name: the person gives the orders (a handler)."""

_JUSTICE_POST_AFTER = re.compile(
    # (Not an employer's own welfare post: "Ms. Lavina D'Souza, Labour Welfare Officer" of a
    # dockyard contractor, who was approached herself, corpus 154.)
    r",\s+(?:(?!(?:Labour|Labor|Staff|Employee|Workers?|Crew|Student)\b)[A-Z][\w-]*\s+)?"
    r"(?:Probation|Parole|Aftercare|Investigating|Prosecuting|Presenting|"
    r"Legal|Court|Case|Welfare)\s+(?:[A-Z][\w-]*\s+)?(?:Officer|Counsel|Clerk|Adviser|Advisor)\b"
)
"""After a name: a post in the justice process ("Miss Paulette Gordon, Probation Aftercare Officer,
Department of Correctional Services", corpus 92), whose holder reports on the case, never is one."""
_CAUGHT_AT_IT = re.compile(r"(?:photographing|copying|filming|downloading|scanning)$")
"""An outcome's cue that ends on the act someone was found or seen at."""
_OBJECT_OF = re.compile(r"\b(?:with|to|from|against|by|for)\s+(?:mr|mrs|ms|miss|dr)?\.?\s*$")
"""Before a name: it is what a preposition governs, not the sentence's subject."""
_ORDERED_OBJECT = re.compile(
    r"\b(?:ordered|sent|placed|put|remanded|kept|sentenced|jailed)\s+(?:him|her|them)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)
"""Before an outcome: someone orders it for another ("ordered him held in detention")."""
_SAID_AFTER = re.compile(r"\s+(?:said|says)\s*[:;,.]")
"""After a name: the name only tells who speaks ("..., Redhead said: how her shifts went")."""
_OFFICE_OF_BEFORE = re.compile(
    r"\b(?:[Dd]irector|[Cc]omptroller|[Cc]ommissioner|[Mm]inister|[Ss]ecretary|[Hh]ead|[Cc]hief|"
    r"[Aa]ttorney|[Ii]nspector|[Aa]uditor|[Rr]egistrar|[Gg]overnor|[Cc]hair\w*)(?:[- ][Gg]eneral)?"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:and\s+|of\s+)?){0,3}?[A-Z][\w'’-]+,\s+$"
)
"""Before a name, apposed: the office it holds ("the Director of Public Prosecutions, Sarina
Detabene, told the court")."""
_POSSESSIVE_BETWEEN = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){1,3}")
"""Between two names: the first's relation, the second named as it ("Boy's colleague ")."""
_INTRODUCER_AFTER = re.compile(
    # (Past a nickname in brackets: 'a former colleague, Mr Derek Milne ("Deke"), who now works in
    # Singapore, introduced him to a man', an employment tribunal's judgment, corpus 175.)
    r"(?:\s*\([^()\n]{1,30}\))?"
    r"\s*,?\s*(?:[^,.;]{0,60},\s*)?(?:(?:had|then|later|soon)\s+)?(?:introduced\s+(?:him|her|them)\s+to|"
    r"(?:phoned|called|wrote|offered)\s+to\s+put\s+(?:him|her|them)\s+in\s+touch\s+with|"
    r"put\s+(?:him|her|them)\s+in\s+touch\s+with)\b"
)
"""After a name: the one named introduced the person the story is about to someone."""
_WITNESS_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,30}\))?[^.;]{0,40}?\b(?:saw|noticed|spotted|caught|watched|observed)\s+"
    r"(?:him|her|[A-Z][\w\x27’-]+)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b"
)
"""After a name, in its sentence: someone seen at something by the one named ("Ms Foo Mei Ling
(Maggie), saw Faiz photographing"), a witness."""
_SEEN_DOING = re.compile(
    r"\b(?:saw|noticed|spotted|caught|watched|found|heard|observed)\s+(?:him|her)\s+\w+ing\b"
)
"""After a witness's name: what they saw the person the story is about doing (lower-cased)."""
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her)\b")
_HE_SHE_THEY = re.compile(r"\b(?:she|he|they)\b")
"""A pronoun that can be a sentence's subject (in lower-cased text)."""
_SPEAKER_SUBJECT = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?$")
"""Right before a verb, in a transcript's speaker's line: the speaker is its subject."""
_PRONOUN_BEFORE_VERB = re.compile(r"\b(?:she|he|they)\s+(?:\w+\s+)?$")
"""Right before a verb: its subject is a pronoun, whom the sentence refers back to."""
_SPEAKER_PRONOUN = re.compile(
    r"(?:^|[,\"”]\s*)(?:she|he|they)\s+(?:said|says|added|adds|explained|warned|stressed|noted|"
    r"continued|told)\b"
)
"""A pronoun that tells who speaks: '"...," she said', "She added that ..."."""
_HE_SHE_OPENS = re.compile(r"\s*(?:She|He)\s")
"""A sentence whose subject is a pronoun, opening it."""
_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|be|being|got|get)\s+(?:\w+\s+)?$")


def _subject_of(
    cue: re.Match[str], sentence_mentions: Sequence[Mention], text: str = ""
) -> str | None:
    """The person an outcome or act cue is about: named right after an active verb; for a
    passive one ("X, who worked for Y, was convicted") the sentence's first person; else the
    nearest named before it, else the first named in the sentence."""
    after = [m for m in sentence_mentions if 0 <= m.start - cue.end() <= 12]
    if after:
        return after[0].name
    passive = _PASSIVE.search(text, max(0, cue.start() - 30), cue.start()) if text else None
    if passive is not None:
        before_cue = [m for m in sentence_mentions if m.end <= cue.start()]
        # "According to spokesman Colonel Ngarlem, Dr Haroun was approached": the name right
        # before the verb is its subject; apart from it, the sentence's first person.
        adjacent = [m for m in before_cue if 0 <= passive.start() - m.end <= 1]
        if adjacent:
            return adjacent[-1].name
        if before_cue:
            return before_cue[0].name
    before = [m for m in sentence_mentions if m.end <= cue.start()]
    if before:
        return before[-1].name
    if text and re.match(r"\s+(?:him|her|them)\b", text[cue.end() :]):
        # "SORACAL dismissed him for serious misconduct on 2 May. M. MOUKETOU has not been
        # seen since April" (corpus 100): done to whom "him" means, not to the one named after.
        return None
    return sentence_mentions[0].name if sentence_mentions else None


def _handlers_by_pronoun(reading: _DocReading, owners: list[set[str]]) -> set[str]:
    """Who the sentences about them tell, by "he", doing a recruiter's acts to a "her" who
    cannot be them (or by "she" to "him"), sentence after sentence: "From April, Sr. Esteban
    Lourié, regional account manager of [a supplier], visited far more often than business
    required. He took her to lunch ... In June he invited her to a technology fair in Lima"
    (corpus 150). The recruiter, told as the engineer's paragraph goes on, whose sentences are
    hers."""
    doc = reading.document
    named = {m.sentence for m in reading.mentions}
    hits: Counter[str] = Counter()
    for index, sentence in enumerate(doc.sentences):
        if index in named or len(owners[index]) != 1:
            continue
        (owner,) = owners[index]
        if not reading.people[owner].titled:
            # (Only a man or a woman by their title: a gender read from a "He" after the name
            # may be the recruiter's, "Linh Pham ... He then asked her", corpus 74.)
            continue
        done = _HANDLES_THE_OTHER.get(reading.people[owner].gender)
        if done is not None and done.search(_lower(doc.sentence_text(sentence))):
            hits[owner] += 1
    return {name for name, count in hits.items() if count >= _HANDLED_SENTENCES}


_HANDLED_SENTENCES = 2
_CALLING_ABOUT_KIN = re.compile(
    r"\b(?:I[’']m|I\s+am)\s+(?:calling|phoning|ringing|writing|here)\s+(?:about|because\s+of|on\s+"
    r"behalf\s+of)\s+(?:my|our)\s+(?:(?:small|little|younger|older|big|elder|baby|late)\s+)?"
    r"(?:brother|sister|son|daughter|husband|wife|father|mother|cousin|nephew|niece|uncle|aunt|"
    r"grandson|granddaughter|grandfather|grandmother|boy|girl)\b"
)
"""A speaker's line that says whose story the call is about: a relative's ("I'm calling about my
small brother"), not the speaker's own."""


def _score_people(reading: _DocReading) -> None:
    """Count, per person, the outcome, act and approach cues in the sentences about them."""
    doc = reading.document
    # Who the sentences can be about: not a contact, nor a post written as a name ("the
    # Security and Information Protection Manager" noted a declaration: "the background, as she
    # set it out", is the employee's, corpus 118), nor words the report never tells as a person
    # ("Argentine Earth-observation capabilities"), none of which can be a case.
    for name, person in reading.people.items():
        if _firm_quoted(reading, name):
            # A firm's name in quotes after whose it is, however many pronouns follow it: 'a
            # "Ms. Farah Lindqvist" of "Meridian Expert Insights"' (a hometown association's
            # minutes, corpus 168, whose engineer's story went to it): the contact's front, no
            # one's case.
            person.contact = True
    candidates = {
        name
        for name, person in reading.people.items()
        if not person.contact
        and not _is_post(name)
        # (Nor a name in quotation marks that nothing shows to be a person's: "a Facebook
        # advertisement from "Galicia Mar Empleo" for fish-processing jobs ... The "agency"
        # asked", corpus 153, whose filleter's "She has been charged" was taken for its.)
        and not (
            not person.person_hits
            and not person.surname_only
            and not person.defendant
            and _only_quoted(reading, name)
        )
    }
    owners = _owners(reading, candidates)
    handlers = _handlers_by_pronoun(reading, owners)
    if handlers:
        for name in handlers:
            reading.people[name].contact = True
        candidates -= handlers
        owners = _owners(reading, candidates)
    _headed_owners(reading, candidates, owners)
    spoken_by = _speakers(doc, reading.people)
    if not spoken_by:
        # The "I" of a signed entry in a book of them is its signer (corpus 132).
        entries = _signed_entries(reading)
        spoken_by = {
            index: entries[sentence.paragraph]
            for index, sentence in enumerate(doc.sentences)
            if sentence.paragraph in entries
            and _FIRST_PERSON.search(_QUOTED.sub("", doc.sentence_text(sentence)))
        }
    for index, name in spoken_by.items():
        if _CALLING_ABOUT_KIN.search(doc.sentence_text(doc.sentences[index])):
            # "BEATRICE: ... I'm calling about my small brother" (a radio call-in, corpus 174):
            # who calls about a relative's story tells it, and is not its case.
            reading.people[name].bench = True
    posted: list[dict[int, str]] = []
    """The posts' authors, read only where needed (rare): once per document."""

    def posts() -> dict[int, str]:
        if not posted:
            posted.append(_posts(doc, reading.people))
        return posted[0]

    def posted_by(index: int) -> str | None:
        return posts().get(index)

    writers = [n for n in candidates if reading.people[n].signed]
    # (Not a thread of posts, each with its own "I": corpus 92.)
    if len(writers) == 1 and not spoken_by and not posts():
        # The "I" of a piece its one writer signs is theirs, where the sentence says what "I"
        # did: "I did not reply to him. The same evening I forwarded all his messages ..." (a
        # sabbatical report whose writer signs it, corpus 129).
        spoken_by = {
            index: writers[0]
            for index, sentence in enumerate(doc.sentences)
            if _FIRST_PERSON.search(
                _ATTRIBUTED_TO_ME.sub("", _QUOTED.sub("", doc.sentence_text(sentence)))
            )
        }

    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in reading.mentions:
        if mention.name in candidates:
            by_sentence[mention.sentence].append(mention)
    lows = [_lower(doc.sentence_text(sentence)) for sentence in doc.sentences]
    if _told_uninflected(doc):
        # "Tasha tell her no ... she walk into my office": read as "told her no" (only where
        # the past is as long, so that offsets into a sentence stay offsets into it).
        lows = [
            _lower(inflected(doc.sentence_text(sentence), in_place=True))
            for sentence in doc.sentences
        ]
    for index, sentence in enumerate(doc.sentences):
        if is_headline(doc, index):
            # "Case two: First Lieutenant Yoon Ha-eun (Nurse Corps)": a section heading that
            # announces one of the report's cases names whom it is about (corpus 63).
            named = by_sentence.get(index, [])
            if named and _CASE_OPENS.match(lows[index]):
                reading.people[min(named, key=lambda m: m.start).name].approach_hits += 1
            elif (
                len(named) == 1
                and doc.text[named[0].end : sentence.end].strip(" .:") == ""
                and _JOB_OVER_NAME.fullmatch(doc.text[sentence.start : named[0].start])
            ):
                # A section headed by whom it is about, with their job: "Cable jointer
                # Reynaldo D. Santos", "Trainee cable engineer Arjun S." (a master's letter,
                # corpus 133).
                reading.people[named[0].name].approach_hits += 1
            continue
        text = doc.sentence_text(sentence)
        low = lows[index]
        mentions = [
            attrs.evolve(m, start=m.start - sentence.start, end=m.end - sentence.start)
            for m in by_sentence.get(index, [])
        ]
        # "She was paid in cash, Daniel Otieno told the court, and she was arrested": who tells
        # the court is not who the sentence is about.
        speakers = {m.name for m in mentions if _TELLS_COURT.match(text, m.end)}
        # "Otieno said detectives believe Mr Mwinyi carried out paid tasks": what a speaker
        # says of someone the sentence names after them is about that person (corpus 63: the
        # radio reporter was taken for the case).
        speakers |= {
            m.name
            for m in mentions
            if _SAYS_OF_ANOTHER.match(text, m.end)
            and any(o.start > m.end and o.name != m.name for o in mentions)
        }
        # "According to Lieutenant Colonel Phạm Quốc Bảo, deputy head of the provincial
        # security investigation office, Hùng joined ...": the source, not whom the sentence
        # names after them (corpus 64: the officer was taken for a case).
        speakers |= {
            m.name
            for m in mentions
            if _ACCORDING_TO_NAME.search(text, 0, m.start)
            and any(o.start > m.end and o.name != m.name for o in mentions)
        }
        # '"A young man far from home ... solves every problem," Lt. Col. Bảo said.': who
        # comments on others in a quotation, not in the first person, is not its subject.
        speakers |= {
            m.name
            for m in mentions
            if (quoted := _QUOTED_BEFORE.search(text, 0, m.start)) is not None
            and _SAYS_AFTER.match(text, m.end)
            and _FIRST_PERSON.search(quoted.group("words")) is None
        }
        # "Perović's report notes that the approach stopped because the worker reported at
        # once" (corpus 86): whose report tells it is its source, not whom it tells of.
        speakers |= {m.name for m in mentions if _SOURCE_POSSESSIVE.match(text, m.end)}
        # "As Sr. Nhantumbo said, because she rang before doing anything, there was nothing to
        # repair" (corpus 158): who says it as an aside is its source, not whom it tells of.
        speakers |= {
            m.name
            for m in mentions
            if _AS_SAID_BEFORE.search(text, max(0, m.start - 12), m.start)
            and _SAYS_AFTER.match(text, m.end)
        }
        # "Adjudant-chef Lamrani told the President that coming forward on his own ... will
        # count in his favour" (corpus 162): an official telling someone what a case's act
        # means is its source, not whom it tells of.
        speakers |= {
            m.name
            for m in mentions
            if reading.people[m.name].official_hits
            and not reading.people[m.name].bench
            and _TOLD_THAT_AFTER.match(text, m.end)
        }
        mentions = [m for m in mentions if m.name not in speakers]
        implied = sorted(owners[index] - {m.name for m in mentions} - speakers)
        seen_outcome: set[str] = set()
        absent = _ABSENT.search(low) is not None
        for cue in _OUTCOME.finditer(low):
            subject = (
                _subject_of(cue, mentions, low) if mentions else (implied[0] if implied else None)
            )
            if _THREATENED_OUTCOME.search(low, max(0, cue.start() - 30), cue.start()):
                # "Serdar's employer "can always find a reason" to have him arrested" (corpus
                # 105): a threat, or what might be, not what happened; a threat said to the
                # person ("she would be dismissed and reported to police", corpus 87) tells
                # them approached.
                if subject is not None and not re.search(
                    r"\bto\s+have\s+\w+\s+$", low[: cue.start()]
                ):
                    reading.people[subject].approach_hits += 1
                continue
            if _ORDERED_OBJECT.search(low, max(0, cue.start() - 40), cue.start()):
                # "Judge X ordered him held in pre-trial detention": about whom "him" means.
                subject = implied[0] if implied else None
            elif (
                subject is not None
                and re.search(
                    r"\b(?:his|her|their)\s+$", low[max(0, cue.start() - 6) : cue.start()]
                )
                and any(
                    m.name == subject
                    and _OBJECT_OF.search(low, max(0, m.start - 12), m.start) is not None
                    for m in mentions
                )
            ):
                # "The applicant says he has had no contact with Mrs. Whyte-Bailey since his
                # arrest" (corpus 92): "his" arrest is not that of whom the contact was with.
                subject = next(
                    (m.name for m in mentions if m.name != subject),
                    implied[0] if implied else None,
                )
            caught_at = [m for m in mentions if cue.start() <= m.start < cue.end()]
            if caught_at and _CAUGHT_AT_IT.search(cue.group(0)):
                # Whom someone found or saw at it is who was caught, not who saw them: "ER
                # dispatcher Ricardo M. Alvarez sees Mr. Saavedra photographing patient transfer
                # forms" (corpus 156).
                subject = caught_at[0].name
            if absent:
                # Charged or tried in his absence: not caught, and in a recruitment story
                # most often the foreign handler.
                continue
            if _AS_A_MOMENT.search(low, max(0, cue.start() - 40), cue.start()):
                # "Sorin left Italy before the arrest", "two months before the arrest in
                # Opicina" (a magazine feature, corpus 178): an arrest the story told, named as
                # a moment, is not that of whom the sentence is about.
                continue
            if cue.group(0) == "caught" and re.search(
                r"\b(?:errors?|mistakes?|faults?|slips?|typos?|discrepanc(?:y|ies))\b[^.;]{0,60}$",
                low[: cue.start()],
            ):
                # "drew up a switching order with an error in the sequence, caught by the
                # dispatcher before execution" (an attestation record, corpus 118): an error
                # caught, not a person.
                continue
            if cue.group(0) in ("prison", "jail") and text[cue.start()].isupper():
                # "Two interviews with the defendant at His Majesty's Prison, Balsum Ghut; ...
                # an interview with his wife" (corpus 75): a prison's name is a place.
                continue
            if _NEGATED.search(low, max(0, cue.start() - 12), cue.start()):
                # "She has not been charged": the story is about her, but she was not caught.
                if subject is not None:
                    reading.people[subject].approach_hits += 1
                continue
            if subject is not None and subject not in seen_outcome:
                seen_outcome.add(subject)
                reading.people[subject].outcome_hits += 1
                if "warrant" in low[cue.start() : cue.end() + 9] or "wanted" in cue.group(0):
                    reading.people[subject].warrant_hits += 1
        for mention in mentions:
            handles = _HANDLES.match(low, mention.end) or _ASKS_A_FAVOUR.match(low, mention.end)
            if (
                (
                    handles is not None
                    # (Done to "me" only where "me" is a post's or an e-mail's writer: a sermon's
                    # "Brother Jeremias ... told me" is a confession to the preacher, corpus 81.)
                    and (not handles.group(0).endswith("me") or posted_by(index) is not None)
                    # (Not what a relative clause tells the person sent: "the published summaries,
                    # which Ms. Ssenyonga sent her", corpus 92.)
                    and not _MATERIAL_BEFORE.search(low, max(0, mention.start - 16), mention.start)
                    and not _APPROACHED_OBJECT.search(
                        low, max(0, mention.start - 60), mention.start
                    )
                    # (Nor the object of someone else's act, whose further acts follow: "He belayed
                    # Leko, drove him to the crags at weekends, bought him a new rope", corpus 115.)
                    and not _DONE_TO_BY_PRONOUN.search(
                        low, max(0, mention.start - 30), mention.start
                    )
                    # (Nor whose someone is who did it: "a cousin of Pepe's introduced him to a
                    # "Lic. Esteban Mora"", a plant's management review minutes, corpus 171.)
                    and not (
                        re.match(r"['’]s\b", low[mention.end : mention.end + 3])
                        and re.search(r"\bof\s+$", low[max(0, mention.start - 4) : mention.start])
                    )
                )
                or _HANDLED_BY.search(low, max(0, mention.start - 40), mention.start)
            ):
                reading.people[mention.name].handler_hits += 1
        # "Another delegate, Leon Albrecht, telephoned Fono": one person doing to another
        # person the story is about (never to a contact) what a recruiter does.
        for mention in mentions:
            verb = _HANDLES_NAMED.match(low, mention.end)
            if (
                verb is not None
                and any(
                    other.start == verb.end() and other.name != mention.name for other in mentions
                )
                # (Not a friend asked along: "Sepp asked Hannes Moitzi, the leader of his
                # Hegering, to come along", corpus 127.)
                and not _ASKED_ALONG.match(low, verb.end(), verb.end() + 120)
            ):
                reading.people[mention.name].handler_hits += 1
        # "He paid M. Konan a "signing allowance" of 2,500,000 FCFA" (corpus 96): whom a
        # recruiter's payment, offer or threat is made to, by name, was approached.
        for mention in mentions:
            if _DONE_TO_NAMED.search(
                low, max(0, mention.start - 40), mention.start
            ) and not _REPORTED_ON_AFTER.match(low, mention.end):
                reading.people[mention.name].approach_hits += 1
        about = {m.name for m in mentions} | set(implied)
        if not mentions and _TO_THE_READER.search(low):
            # "Do it early, before anything is handed over", "What should make us stop is a
            # stranger who ... wants it kept secret" (corpus 72): advice to the reader tells
            # nothing that the paragraph's person did.
            about = set()
        if _ACT.search(low):
            for subject in about:
                reading.people[subject].act_hits += 1
        # An approach or a report is about whom the sentence names next to it ("had Pryce
        # not come forward"), or, with no one named, about whom the sentence refers back to.
        approached: set[str] = set()
        # "He urged workers returning from abroad ... to report it": advice to others is no
        # approach or report of the speaker's own (corpus 64: the officer taken for a case).
        advice = _ADVICE_TO_OTHERS.search(low) is not None
        # ("After the press reported Costa's arrest, she went to her manager and came forward":
        # whose arrest it was did not come forward, corpus 86.)
        # (Nor whom the case went along with or was to keep it from: "invited me and Ing. Mera
        # to dinner", "said I should not mention our conversation to Ing. Mera", corpus 87.)
        actors = [
            m
            for m in mentions
            # (Not a speaker's label, where the speaker tells of someone else: "PHL: in late May
            # one of our weekend relief assistants told the duty supervisor", corpus 97; "Umm
            # Yazan: I did not send anything" is hers, corpus 90.)
            if not (text.startswith(": ", m.end) and not _FIRST_PERSON.search(text, m.end))
            and not _EVENT_POSSESSIVE.match(text, m.end)
            and not _BESIDE_THE_CASE.search(text, max(0, m.start - 90), m.start)
            and not _RELAYED_AFTER.match(text, m.end)
            and not _PRESENT_AFTER.match(text, m.end)
            # (Nor whom "she" rang: "she telephoned Sr. Nhantumbo and told him everything",
            # corpus 158.)
            and not _TOLD_SOMEONE_BEFORE.search(low, max(0, m.start - 40), m.start)
        ]
        for cue in () if advice else _APPROACH.finditer(low):
            # (Passive, "A pharmacist at the Hôpital du Littoral-Est ... was contacted": the
            # sentence's first person, not the hospital named after it.)
            subject = _subject_of(cue, actors, low) if actors else (implied[0] if implied else None)
            pronoun = _PRONOUN_BEFORE_VERB.search(low, max(0, cue.start() - 30), cue.start())
            speaker = (
                None
                if pronoun is None
                else next(
                    (
                        m
                        for m in sorted(mentions, key=lambda m: -m.start)
                        if m.end <= pronoun.start()
                        and _SAID_THAT.match(low, m.end, pronoun.start())
                        and not any(m.end < o.start < pronoun.start() for o in mentions)
                    ),
                    None,
                )
            )
            own = spoken_by.get(index)
            if own is None and _SPEAKER_SUBJECT.search(low, max(0, cue.start() - 30), cue.start()):
                # (Or a post's author: "In February I got an InMail from "Daniel Koh, Senior
                # Talent Partner"", a networking site's post, corpus 176.)
                own = posted_by(index)
            if own is not None and _SPEAKER_SUBJECT.search(
                low, max(0, cue.start() - 30), cue.start()
            ):
                # A transcript's speaker, "I" or "we" before the verb: "Next morning I went
                # straight to Uncle Bim ... and we rang the police station" (corpus 79).
                subject = own
            elif speaker is not None:
                # "A caller who gave her name as Ratna, ..., said she had received a message":
                # the one who says it, of herself (corpus 66).
                subject = speaker.name
            elif pronoun is not None and not any(
                pronoun.start() <= m.start < cue.start() for m in mentions
            ):
                # "She told the hospital's security officer, Kareen Pemberton": whoever "she"
                # means reported; a name after the verb is whom she told, or what she would
                # not say ("She declined to say ... whether Ahlqvist knew").
                # Whom the sentence opens on, where it goes on to tell what they said: "Ms.
                # Kirushanthi, of Trincomalee, ... informed the Secretary in writing ... that
                # she had received a telephone call" (corpus 116).
                opener = next(
                    (
                        m
                        for m in actors
                        if m.start <= 12
                        and re.search(r"\bthat\s+$", low[m.end : pronoun.start()])
                        and reading.people[m.name].gender
                        in ("", "f" if pronoun.group(0).startswith("she") else "m")
                        and not pronoun.group(0).startswith("they")
                    ),
                    None,
                )
                # Or whom the sentence named just before the pronoun, of its gender: "Mr. Lanki
                # said that because Junior came at once, before doing anything he was asked, no
                # information ... went onto the wharf" (corpus 149, read 469: "he" was taken
                # for the recruiter the sentence before named, who became a case).
                just_before = next(
                    (
                        m
                        for m in sorted(mentions, key=lambda m: -m.end)
                        if m.end <= pronoun.start()
                        and pronoun.start() - m.end <= _JUST_BEFORE
                        # (Not a name's possessive: "On Mr Colley's advice he did not reply"
                        # is the plaintiff, corpus 102.)
                        and re.match(r"['’]s\b", low[m.end : m.end + 3]) is None
                        and reading.people[m.name].gender
                        == ("f" if pronoun.group(0).startswith("she") else "m")
                        and not pronoun.group(0).startswith("they")
                    ),
                    None,
                )
                subject = (
                    opener.name
                    if opener is not None
                    else just_before.name
                    if just_before is not None
                    else implied[0]
                    if implied
                    else _referred_back(
                        reading, owners, index, pronoun.group(0), {m.name for m in mentions}
                    )
                )
            if re.search(r"\sme$", cue.group(0)):
                # Done to "me": the approached one is whoever tells it (the sentence's post
                # author or speaker), never a name beside it ("He sent meat at Tsagaan Sar, ...
                # he took us to dinner ... he asked me", corpus 39).
                subject = own if own is not None else posted_by(index)
            done_to = _DONE_TO_PRONOUN.match(low, cue.start())
            actor = next((m for m in mentions if m.name == subject and m.end <= cue.start()), None)
            if (
                done_to is not None
                and actor is not None
                and not _PASSIVE.search(low, max(0, cue.start() - 30), cue.start())
                # (Not whom the sentence's verb was done to, named before: "he gave Miss Dorrie
                # a handwritten list ... and asked her to text him" is hers, corpus 111.)
                and not _RECIPIENT_BEFORE.search(low, max(0, actor.start - 20), actor.start)
                # (Not where the sentence has already said "her" of someone before the one who
                # asked: "a kitchen assistant ... told her shift supervisor that Kolev had asked
                # her", corpus 29.)
                # (Unless that is only the sentence's own subject, whom "her" means again: "She
                # showed the messages: in July a "Talent Partner", Sarah Mansour ..., wrote to
                # her unprompted", corpus 152.)
                and [
                    m.start()
                    for m in re.finditer(
                        r"\b(?:she|her|herself)\b"
                        if done_to.group("pronoun") == "her"
                        else r"\b(?:he|him|his|himself)\b",
                        low[: actor.start],
                    )
                ]
                in ([], [0])
            ):
                # "an unsolicited e-mail from Prof. Lorenz Aalders ..., inviting her", "Aalders
                # ... first asked her" (corpus 85): whom the one named did it to was approached,
                # the one "her" means, not the one who asked.
                others = [n for n in implied if n != subject]
                # (Or whose relative it was, named just before: "In March Inese's aunt, Tamara
                # Ivanovna, who lives in Pskov, phoned her", an ice hall's log, corpus 164.)
                kin_of = next(
                    (
                        m.name
                        for m in mentions
                        if m.end <= actor.start
                        and m.name != subject
                        and _KIN_AFTER_OWNER.match(low, m.end)
                    ),
                    None,
                )
                referent = (
                    others[0]
                    if others
                    else kin_of
                    if kin_of is not None
                    else _referred_back(
                        reading,
                        owners,
                        index,
                        {"her": "she", "him": "he"}[done_to.group("pronoun")],
                        {m.name for m in mentions},
                    )
                )
                # (Someone the story has shown to be a person: not a company named before,
                # "Nordhavn Rescue Optics ... Mr Stanek gave him a laptop", corpus 77.)
                # (Once is enough where the sentence's own subject is "she" again, whom the
                # pronoun after the verb means: "Desislava ..., gearbox test-cell operator. ...
                # She showed the messages: ... Sarah Mansour ... wrote to her", corpus 152.)
                if referent is not None and reading.people[referent].person_hits >= (
                    1 if low.startswith(("she ", "he ")) else 2
                ):
                    subject = referent
            if subject is not None and reading.people[subject].bench and implied:
                # "he went with his shop steward, Delfina Roquebert, to the security office and
                # told them everything": the one the judge, lawyer or companion was with.
                subject = implied[0]
            elif subject is not None and reading.people[subject].bench:
                # Or the one the sentence names after the companion: "A man presented himself
                # voluntarily, accompanied by his lawyer, Abg. Fátima Rolón Sanabria: Derlis
                # Ramón Cáceres Ortiz" (a police blotter, corpus 84).
                # (Only the one the colon introduces after the companion's name, not whom the
                # two went to: "the head chef, Mr Yusupha Bah, and the two of them went to the
                # Security Officer ..., Mr Sainey M. Colley", corpus 102.)
                bench_at = next((m for m in actors if m.name == subject), None)
                subject = next(
                    (
                        m.name
                        for m in actors
                        if bench_at is not None
                        and m.name != subject
                        and not reading.people[m.name].bench
                        and re.fullmatch(r"\s*:\s*", low[bench_at.end : m.start])
                    ),
                    subject,
                )
            if subject is not None:
                approached.add(subject)
        # "In the second case, no information was lost. Josiane Vira, 46, ...": the first
        # person named after a report announces a case is whom that case is about.
        if mentions and (
            _CASE_OPENS.match(low)
            or (index > 0 and not by_sentence.get(index - 1) and _CASE_OPENS.match(lows[index - 1]))
        ):
            # Counted apart from what the sentence tells of them.
            reading.people[min(mentions, key=lambda m: m.start).name].approach_hits += 1
        for subject in approached:
            reading.people[subject].approach_hits += 1
    # Someone known only by a description whose story goes on, sentence after sentence, about
    # them alone: a case told of in turn, not a passer-by ("The second incident concerns a night
    # guard from the neighbouring village, ... he answered an advertisement ... He was
    # detained", corpus 137).
    for name, person in reading.people.items():
        if person.described and sum(1 for own in owners if own == {name}) >= _STORY_SENTENCES:
            person.person_hits += 1


_STORY_SENTENCES = 6
"""How many sentences about someone alone make their story told in full."""
_RECIPIENT_BEFORE = re.compile(
    r"\b(?:gave|gives|sent|sends|offered|offers|paid|pays|showed|shows|handed|hands|promised|"
    r"invited|invites|bought|lent)\s+(?:(?:mr|mrs|ms|miss|dr|mx)\.?\s+)?$"
)
"""Right before a name (lower-cased): a verb the name is the recipient of ("he gave Miss
Dorrie")."""
_KIN_AFTER_OWNER = re.compile(rf"['’]s?\s+(?:\w+\s+)?(?:{_RELATIVES}|grandmother|grandfather)\b")
"""After a name: that person's relative ("Inese's aunt")."""

_DONE_TO_PRONOUN = re.compile(
    r"(?:ask|invit|offer|approach|contact|recruit|pa(?:y|id)|befriend|messag|email|e-mail|"
    # (And introduced to the contact: "In September Riquelme introduced him to a man who called
    # himself Walter Brun", corpus 84.)
    r"pitch|task|press|urg|cultivat|target|introduc|"
    # (Or wrote to them: "a "Talent Partner", Sarah Mansour of "Gulfstar Rotary Services", wrote
    # to her unprompted", corpus 152.)
    r"wr(?:ote|ites?|iting|itten)(?=\s+to\s)|"
    # (Or told to keep it to themselves: "Hollis told him to keep the consultancy to himself",
    # corpus 154.)
    r"told(?=\s+(?:him|her)\s+(?:to\s+keep|to\s+tell\s+(?:nobody|no\s*one)|not\s+to\s+tell|"
    r"not\s+to\s+say)\b)|lent(?=\s+(?:him|her)\b)|showed(?=\s+(?:him|her)\s+(?:a\s+|the\s+)?"
    r"(?:photo|picture|copy|screenshot)s?\s+of\b)|"
    # (Or a contact's call: "phoned her and said that "a very nice man ..." wanted to invite"
    # her skaters, corpus 164.)
    rf"(?:called|phoned|rang|telephoned)(?=\s+(?:him|her)\s+{_A_CONTACTS_CALL}))"
    r"\w*(?:\s+\w+)?\s+(?P<pronoun>him|her)"
    # "Her" as whom it was done to, not whose it is ("asked her manager").
    r"(?=\s+(?:to|for|over|about|if|whether|out|into|on|at|in|with|and|again|twice|once|"
    # (How: "messaged her through the same club page"; when, "messaged her the day after",
    # corpus 97: an article after it, "her" is whom it was done to, not whose.)
    r"through|via|by|the|a|an|this|that|last|next|every|unprompted|unsolicited|directly|"
    r"privately|repeatedly|from)\b|"
    r"\s+\d|\s*[,.;:!?\"”]|\s*$)"
)
"""An approach verb and whom it was done to, as a pronoun: "asked her over coffee for",
"inviting her to speak"."""
_SAID_THAT = re.compile(
    r"[^.;\"“”]{0,120}?\b(?:said|says|told\s+(?:the\s+)?[\w-]+|recalled|recalls|explained|added)"
    # (Or with when and how it was before the pronoun: "Ms Koubková said that in spring, going
    # through a difficult divorce and behind with her mortgage, she met a man", corpus 171.)
    r"\s+(?:that\s+)?(?:[^.;\"“”,]{1,40},\s+(?:[^.;\"“”,]{1,80},\s+)?)?$"
)
"""Between a name and a pronoun: "Ratna, a hospital pharmacist in Sidoarjo, said she"."""


def _told_of(reading: _DocReading, dormant: str, defendants: list[str]) -> str:
    """Whom a sentence that names no one is about, when it goes back to the person the story
    was about (``dormant``): that person, unless it is a relative the story named last and
    someone is on trial ("his wife, Mrs. Colette Varlack, ... continues to support her
    husband. ... If the Court is minded to reduce its length to reflect the early guilty plea
    and his remorse", corpus 75): the one on trial."""
    if reading.people[dormant].kin and dormant not in defendants and defendants:
        return defendants[0]
    return dormant


_LATE_NAMED = re.compile(
    r"\W*(?:(?:That|This|The)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|person|boy|girl|"
    + _ROLE_NOUNS_EARLY
    + r")"
    # "His name, which the court has made public, is Louis-Marie Quéméner" (corpus 82).
    r"|(?:His|Her)\s+(?:real\s+|full\s+)?name(?:,\s+[^,.;]{1,60},)?)\s+(?:is|was)\s+"
)
"""A sentence that names whom the story described before ("That young man is ...")."""


def _pronouns_said(text: str) -> set[str]:
    """The subject pronouns a passage says ("she", "he")."""
    return {p.lower() for p in re.findall(r"\b(?:he|she)\b", text, re.IGNORECASE)}


def _pronouns_of(text: str) -> str:
    """The gender ("f" or "m") of all of a passage's personal pronouns, where they have one;
    "" where it has none, "fm" where it has both."""
    return "".join(
        sorted(
            {
                "f" if p.lower().startswith(("she", "her")) else "m"
                for p in re.findall(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", text, re.I)
            }
        )
    )


def _means_other(text: str, focus: _Person, other: _Person) -> bool:
    """Whether a passage's pronouns can mean ``other`` but not ``focus`` (both known by gender:
    "She says they study the welfare of construction workers", in a woman's diary after an
    entry about her cousin, is hers, corpus 81)."""
    return (
        bool(other.gender)
        and _other_gender(text, focus.gender)
        and not _other_gender(text, other.gender)
    )


def _other_gender(text: str, gender: str) -> bool:
    """Whether a passage's personal pronouns are all of the gender other than ``gender``
    (where one of ``gender`` is there, it may mean that person: "he asked her to photograph")."""
    said = _pronouns_of(text)
    return bool(gender) and bool(said) and gender not in said


def _does_it_to_the_subject(doc: Document, mention: Mention) -> bool:
    """Whether the sentence opens on "she" or "he" and the one ``mention`` names then does
    something to "her" or "him": the one the pronoun means, not the one named."""
    sentence = doc.sentences[mention.sentence]
    opening = re.match(r"[\s\"“(]*(she|he)\b", _lower(doc.sentence_text(sentence)))
    if opening is None:
        return False
    rest = _lower(doc.text[mention.end : min(sentence.end, mention.end + 90)])
    done = next(
        (
            m
            for m in _DONE_TO_PRONOUN.finditer(rest)
            if m.start() == 0 or rest[m.start() - 1] == " "
        ),
        None,
    )
    return (
        done is not None and done.group("pronoun") == {"she": "her", "he": "him"}[opening.group(1)]
    )


def _only_quoted(reading: _DocReading, name: str) -> bool:
    """Whether every mention of ``name`` stands in quotation marks ("Galicia Mar Empleo"), or,
    for a name quoted at least once, after "the", as a place or a thing is named (a radio
    programme, '"Santé Cayor"', and 'the most honest voice in the Cayor', corpus 156)."""
    text = reading.document.text
    said = [m for m in reading.mentions if m.name == name]
    quoted = [
        m
        for m in said
        if text[max(0, m.start - 1) : m.start] in ('"', "“")
        and text[m.end : m.end + 1] in ('"', "”")
    ]
    # (Said after "the" only where it is in quotes too.)
    return bool(quoted) and all(
        m in quoted or text[max(0, m.start - 4) : m.start] == "the " for m in said
    )


def _firm_quoted(reading: _DocReading, name: str) -> bool:
    """Whether ``name`` is first written in quotation marks after "of", "from", "at" or "with"
    ('a "Ms. Farah Lindqvist" of "Meridian Expert Insights"', then "Meridian's website"): a
    firm's name."""
    text = reading.document.text
    said = sorted((m for m in reading.mentions if m.name == name), key=lambda m: m.start)
    return (
        bool(said)
        and len(said[0].name.split()) >= 2
        and _OF_QUOTE_BEFORE.search(text, max(0, said[0].start - 8), said[0].start) is not None
        and text[said[0].end : said[0].end + 1] in ('"', "”")
    )


_OF_QUOTE_BEFORE = re.compile(r"\b(?:of|from|at|with)\s+[\"“]$")
_TELLS_MORE = re.compile(
    r"\b(?:is|was|are|were|has|had|have|did|does|do|will|would|can|could|works|work|said|says|"
    r"told|became|joined|lives|[a-z]{2,}ed)\b"
)
"""A verb after a name: the sentence tells more than an entry's line (the name, what they are)."""


_TOLD_THAT_AFTER = re.compile(
    r"\s+(?:told|informed|assured|reminded|advised)\s+(?:the|his|her|their|our)\s+"
    r"(?:[\w-]+\s+){0,4}?that\b"
)
"""After a name: told someone that, a clause about another."""


def _other_gender_subject(before: str, opener: str) -> bool:
    """Whether the words before a sentence's only name have its subject as a pronoun of the
    other gender than ``opener`` (the next sentence's first word, "She" or "He"), and none of
    the same: the next sentence's pronoun can then only mean the one named."""
    same, other = ("she", "he") if opener.strip() == "She" else ("he", "she")
    low = before.lower()
    return (
        opener.strip() in ("She", "He")
        and re.search(rf"^(?:[^,;]{{0,30}},?\s+)?{other}\s", low) is not None
        and re.search(rf"\b(?:{same}|{'her' if same == 'she' else 'him|his'})\b", low) is None
    )


def _referred_back(
    reading: _DocReading, owners: list[set[str]], index: int, pronoun: str, named: set[str]
) -> str | None:
    """Whom a pronoun opening a sentence that names only someone else means: the person the
    sentences just before were about ("... Hà says. The next morning she went to the head of
    the company's security department, Phạm Đức Long": Hà)."""
    gender = {"she": "f", "he": "m"}.get(pronoun.split()[0], "")
    for earlier in range(index - 1, max(-1, index - 4), -1):
        people = [
            n
            for n in sorted(owners[earlier] - named)
            if reading.people[n].gender in ("", gender) or not gender
        ]
        if len(people) == 1:
            return people[0]
        if people:
            return None
        if is_headline(reading.document, earlier):
            # Never past a section's title to the one before: "5. Security matter (read out by
            # Levan; two cases) / Levan said that he was speaking about two colleagues: one
            # because she asked him to" is no approach of the rental shop manager named in the
            # section before (a ski school's staff meeting notes, corpus 163).
            return None
    return None


def why_no_case(doc: Document) -> str:
    """One line on why a document gives no case: who it names, and what they lack."""
    reading = _read_people(doc)
    people = [p for p in reading.people.values() if not p.contact]
    if not people:
        return "it names or describes no person"
    shown = ", ".join(sorted(p.name for p in people)[:4])
    officials = [p for p in people if p.official_hits > p.outcome_hits + p.approach_hits]
    if len(officials) == len(people):
        return f"the people it names appear only as officials or sources ({shown})"
    if not any(p.outcome_hits or p.approach_hits for p in people):
        return (
            f"nobody it names ({shown}) is shown caught, charged or sentenced, nor approached "
            "and reporting it"
        )
    return f"the evidence about the people it names ({shown}) is too thin to call any a case"


def _is_case(person: _Person) -> bool:
    """A case: someone the report tells was caught for espionage, or was approached and
    reported it; not someone only quoted as an official, nor a recruiter's cover name."""
    if person.contact or person.bench:
        return False
    if _is_post(person.name):
        # A post's name, "the Medical Officer In-Charge" (corpus 112): whoever holds it, read
        # as a name (a post's holder is told of and gone to, as a person is).
        return False
    if person.cleared and not person.outcome_hits and person.act_hits <= 1:
        # The harmless contrast a report sets beside its case: declared, checked, genuine
        # (one act word in its paragraph is not a story of espionage: "we do not want anyone
        # to stop selling honey abroad", corpus 77).
        return False
    if person.kin and person.outcome_hits <= person.warrant_hits and person.approach_hits < 3:
        # "Her neighbour, Chieko Wakabayashi, ... told reporters she had noticed a man waiting
        # outside": a witness, unless the story tells again and again that she was asked and
        # said no or reported ("His sister, Aline Irakoze, ... was not charged ... She refused
        # and, two days later, reported his requests").
        return False
    if (
        person.described
        and person.person_hits < 2
        # (Two outcomes told say more than three approaches: "a civilian storeman ... is now
        # before the Magistrate's Court", corpus 94.)
        and 2 * person.outcome_hits + person.approach_hits < 4
        # ("prosecutors charged a 34-year-old employee of a logistics software company with
        # espionage ... he answered an online advertisement": charged, and told what they did.)
        and not (person.defendant and person.act_hits + person.approach_hits >= 2)
        # (Nor someone whose whole story the paragraph goes on to tell: "a technical officer
        # from a sister agency accepted an invitation ... he sent more than sixty files ... for
        # "consultancy fees"", corpus 95.)
        and person.act_hits + person.approach_hits < 3
    ):
        # Known only by a description, mentioned once and with little told of them ("a shift
        # supervisor reported the behaviour"): a passer-by in someone else's story.
        return False
    if not person.person_hits and not person.surname_only and not person.defendant:
        # A company, a place or a programme, however often it is named; a defendant is a
        # person ("The surveyor, Ivo Marić, ... has been charged").
        return False
    if person.official_hits > person.outcome_hits + person.approach_hits:
        return False
    if person.speaker and person.official_hits and not person.signed:
        # The talk's speaker, whose post is security's: the stories are what they told.
        return False
    score = 2 * person.outcome_hits + person.act_hits + person.approach_hits
    if 1 <= person.outcome_hits <= person.warrant_hits and (
        not person.act_hits or person.handler_hits
    ):
        # Only wanted, never caught, and nothing told that they did, or what they did was to
        # someone else ("gave him a second mobile phone"): most often the handler who left
        # before the arrests ("charged in absentia ... a European arrest warrant").
        return False
    if person.outcome_hits >= 1:
        return score >= 3
    # No arrest or verdict yet: approached and reported or came forward, or plainly the
    # subject of the espionage the story tells (the writer of a first-person piece, named once
    # over it, tells of their own acts: "Dana Erlanqyzy / Night Auditor at ... / Published 11
    # March", then "I sent a stranger a guest list", corpus 113).
    return (
        person.approach_hits >= 2
        or (person.act_hits >= 3 and person.person_hits >= 2)
        or (person.signed and person.act_hits >= 3)
    )


# --- sentence ownership ----------------------------------------------------------------------


def _describes_another(text: str, heads: set[str]) -> bool:
    """A sentence that, after describing one person, describes another whom the story never
    names ("A ground-station operator ... has fled, while a hospital pharmacist who reported an
    offer lost nothing"): one of ``heads``, the jobs of the story's unnamed cases, other than
    the job it opens with."""
    first = _UNNAMED.search(text)
    first_head = first.group(0).split()[-1].lower() if first is not None else ""
    return any(
        head != first_head and re.search(rf"\b{re.escape(head)}s?\b", text, re.IGNORECASE)
        for head in heads
    )


_MODEL_ANSWER = re.compile(r"\s*(?:Model|Suggested|Sample|Correct|Expected)\s+answer\s*[:.]", re.I)
"""A quiz's or a self-study's answer to its own question, opening its paragraph."""
_ANSWER_OPENS = re.compile(r"\s*(?:A|Answer)\s*[:.]\s")
"""An interview's answer, opening its paragraph ("A: With a WhatsApp message ...")."""
_ASKED = re.compile(r"\s*(?:(?:Q|Question)\s*[:.]\s*)?[^.!?:]{3,150}\?[\"”’']?\s*$")
"""An interviewer's question, a paragraph of its own ("How did it start?", "Q: Why now?"); not
a transcript's speaker asking ("HOST: How did he communicate?"), whose answers are the
guests' words, not the case's."""
_QUESTIONS_FOR_AN_INTERVIEW = 3


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
"""A quotation: someone else's words, whatever person they are in."""
_ATTRIBUTED_TO_ME = re.compile(
    r"\b(?:he|she)\s+(?:told|tells|wrote\s+to|said\s+to|assured)\s+me(?=\s*[.,;:!?]|\s*$)|"
    r"\b(?:tells?|told|assures?|assured|informs?|informed)\s+me\s+(?:that\b|(?=(?:the|a|an)\s))|"
    r"\bI\s+can\s+tell\s+you\b",
    re.IGNORECASE,
)
"""Words put to the writer by someone else, said after them (""..." he told me"), or what the
writer was told or tells of others ("the group's administrators tell me that two other members
were approached", corpus 133): not what the writer did."""
_FIRST_PERSON_SHARE = 0.5
"""A piece told in the first person: at least this share of its sentences (outside quotations)
say "I", "me" or "my"."""
_SIGNED_FIRST_PERSON_SHARE = 0.2
"""The share where the piece's writer signs it or gives their name in it (a handover note's
"I", among its instructions to the next keeper, is a fifth of it: corpus 88)."""
_STORY_FIRST_PERSON_SHARE = 0.1
"""The share where a document introduces someone telling their own story in it ("agreed to tell
a story"), among its other items (corpus 140)."""


@_per_document
def _paragraphs(doc: Document) -> dict[int, list[Sentence]]:
    """The document's sentences, paragraph by paragraph, in reading order."""
    paragraphs: dict[int, list[Sentence]] = defaultdict(list)
    for sentence in doc.sentences:
        paragraphs[sentence.paragraph].append(sentence)
    return paragraphs


@attrs.frozen
class _Letter:
    """A reader's letter in an advice column: its signature and the paragraphs it spans."""

    name: str
    start: int
    end: int
    paragraphs: frozenset[int]


_SIGNED_LINE = re.compile(
    rf"(?P<name>{_WORD}(?:[ -]{_WORD}){{0,2}})(?:,\s*{_WORD}(?:[ -]{_WORD}){{0,2}})?\s*$"
)
_DEAR = re.compile(r"Dear\s+")


@_per_document
def _letters(doc: Document) -> list[_Letter]:
    """The readers' letters of an advice column: a short line with a name (and a place) that
    the columnist's reply then addresses ("Aiguille, Kourou" ... "Dear Aiguille,"), with the
    paragraphs from the letter's own "Dear ..." down to it."""
    opening = {number: told[0] for number, told in _paragraphs(doc).items()}
    numbers = sorted(opening)
    found: list[_Letter] = []
    for at, number in enumerate(numbers[:-1]):
        first = opening[number]
        line = doc.text[first.start : doc.text.find("\n", first.start) % (len(doc.text) + 1)]
        signed = _SIGNED_LINE.fullmatch(line.strip())
        after = opening[numbers[at + 1]]
        if signed is None or not doc.text.startswith(f"Dear {signed.group('name')},", after.start):
            continue
        start = next(
            (
                numbers[back]
                for back in range(at - 1, -1, -1)
                if _DEAR.match(doc.sentence_text(opening[numbers[back]]))
            ),
            None,
        )
        if start is None:
            continue
        begin = first.start + line.index(signed.group("name"))
        found.append(
            _Letter(
                signed.group("name"),
                begin,
                begin + len(signed.group("name")),
                frozenset(n for n in numbers if start <= n < number),
            )
        )
    # A note headed by its writer's name ("1. From Neema", then "Classmates, when I told Kipara
    # about this ...", a school reunion booklet's notes "printed as they were sent", corpus 173):
    # its paragraphs, down to the next such heading or a heading in capitals, are the writer's.
    for at, number in enumerate(numbers):
        first = opening[number]
        line = doc.text[first.start : doc.text.find("\n", first.start) % (len(doc.text) + 1)]
        note = _NOTE_FROM.fullmatch(line.strip())
        if note is None:
            continue
        spans: list[int] = []
        for later in numbers[at + 1 :]:
            start_at = opening[later].start
            after_line = doc.text[start_at : doc.text.find("\n", start_at) % (len(doc.text) + 1)]
            if (
                _NOTE_FROM.fullmatch(after_line.strip())
                or _is_heading_line(after_line)
                or not after_line.strip(" -=_*—–\t")
            ):
                break
            spans.append(later)
        if spans and any(
            _FIRST_PERSON.search(doc.sentence_text(sentence))
            for n in spans
            for sentence in _paragraphs(doc)[n]
        ):
            begin = first.start + line.index(note.group("name"))
            found.append(
                _Letter(
                    note.group("name"), begin, begin + len(note.group("name")), frozenset(spans)
                )
            )
    return found


_NOTE_FROM = re.compile(
    rf"(?:\d{{1,2}}[.)]\s+)?From\s+(?P<name>{_WORD}(?:[ -]{_WORD}){{0,3}})\s*:?"
)
"""A note's heading with its writer's name: "1. From Neema"."""


_WRITER_LINE = re.compile(
    r"\W*(?:(?:written|prepared|compiled|submitted)\s+by|signed|signature)\b\s*:?\s*",
    re.IGNORECASE,
)
"""A line that names the writer of the section it heads or closes: "(written by Ranger II
Ngirkelau on 12 June after the patrol, ...)", "Signed: R. T. Ngirkelau, Ranger II"."""


def _is_heading_line(text: str) -> bool:
    """A section's heading, in capitals: "SECTION B - SUPPLEMENTARY NARRATIVE"."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


_ADVICE_HEADING = re.compile(
    r"\b(?:NOTES?|GUIDANCE|ADVICE|REMINDERS?|BRIEFING)\s+(?:FOR|TO)\s+(?:ALL\s+)?[A-Z]|"
    r"\bHANDOUT\b|\bWHAT\s+TO\s+DO\b|\bWARNING\s+SIGNS\b|\bHOW\s+TO\s+REPORT\b|"
    # (A report's recommendations, after the cases it tells: "7. Risk improvement
    # recommendations", over "(3) Reporting: ... Staff should take any such approach the same day
    # to their head of department", corpus 110.)
    r"^\W*\d{1,2}\.\s+(?:[\w-]+\s+){0,3}?(?i:recommendations)\s*$"
)
"""A heading over advice to all staff: "NOTE FOR BRANCH STAFF", "HANDOUT GIVEN TO THE
INTERVIEWEE"."""


_RULE_FOR_ALL = re.compile(
    r"\W*(?:[-•*–]\s*)?(?:[A-Z][\w ]{0,20}:\s+)?(?:(?:all|every|any)\s+)?(?:staff(?:\s+members?)?|"
    r"employees|personnel|workers|members|students|officers|everyone|everybody|anyone|anybody)\b"
    r"(?:\s+who\b[^.;]{0,80}?)?\s+(?:must|should|may|can|are\s+(?:required|expected|asked|"
    r"reminded|encouraged)|have\s+to|need\s+to)\b",
    re.IGNORECASE,
)
"""A sentence that lays down what all staff must or may do: "Reporting: staff must report any
such approach without delay", "Staff who have already handed something over should still report
it themselves" (corpus 130)."""
_NUMBERED_TITLE = re.compile(r"\d{1,2}\.\s+[A-Z][\w ,'’-]{2,60}")
"""A numbered section's title in ordinary letters, without a full stop ("7. Risk improvement
recommendations")."""
_TOLD_BEFORE_ADVICE = 5
"""Sentences of its own a document tells before a section of advice under a heading."""


@_per_document
def _advice_paragraphs(doc: Document) -> set[int]:
    """The paragraphs under a heading in capitals over advice to all staff, to the next
    heading (a bank's "8. NOTE FOR BRANCH STAFF (to be read at the next briefing)", corpus
    97): about nobody in the story, whatever its "he" and "you" say."""
    regions: list[tuple[int, int]] = []
    numbered_region = False
    for line in re.finditer(r"^[^\n]+$", doc.text, re.MULTILINE):
        if not (regions and regions[-1][1] < 0) and _ADVICE_HEADING.search(line.group(0)) is None:
            continue  # (no section of advice to open or to close on this line)
        heading = re.sub(r"\([^()]*\)?", "", line.group(0))
        heading = re.sub(r"^\W*\d{1,2}[.)]?\s*", "", heading).strip()
        # (Or a numbered section's title in ordinary letters, "7. Risk improvement
        # recommendations", which only the next such title ends, corpus 110.)
        numbered = _NUMBERED_TITLE.fullmatch(line.group(0)) is not None
        advice_heading = (
            _ADVICE_HEADING.search(heading) or _ADVICE_HEADING.search(line.group(0))
        ) is not None
        if not _is_heading_line(heading) and not (numbered and (advice_heading or numbered_region)):
            continue
        numbered_region = numbered and not _is_heading_line(heading)
        if regions and regions[-1][1] < 0:
            regions[-1] = (regions[-1][0], line.start())
        told_before = sum(
            1
            for index, sentence in enumerate(doc.sentences)
            if sentence.start < line.start() and not is_headline(doc, index)
        )
        # (Not the document's own title: "PRE-DEPARTURE ORIENTATION TRAINING - PARTICIPANT
        # HANDOUT" over the stories it tells, corpus 83.)
        if advice_heading and told_before >= _TOLD_BEFORE_ADVICE:
            regions.append((line.end(), -1))
    return {
        sentence.paragraph
        for sentence in doc.sentences
        for start, end in regions
        if start <= sentence.start and (end < 0 or sentence.start < end)
    }


def _section_writers(reading: _DocReading) -> dict[int, str]:
    """For a document in sections under headings in capitals, each told by its own writer
    (a patrol report's form, then its author's own account, "written by Ranger II Ngirkelau"
    and "Signed: R. T. Ngirkelau", then the supervisor's review, corpus 95): the writer of each
    paragraph of a section whose first lines or last line name its writer (paragraph ->
    name). The "I" of such a section is its writer, whoever else the document names."""
    doc = reading.document
    told = _paragraphs(doc)
    named: dict[int, list[Mention]] = defaultdict(list)
    for mention in reading.mentions:
        named[doc.sentences[mention.sentence].paragraph].append(mention)
    sections: list[list[int]] = [[]]
    for number in sorted(told):
        if _is_heading_line(doc.sentence_text(told[number][0])) and len(told[number]) == 1:
            sections.append([])
        else:
            sections[-1].append(number)
    writers: dict[int, str] = {}
    for section in sections:
        for number in [*section[:2], *section[-1:]]:
            start = told[number][0].start
            line = _WRITER_LINE.match(doc.text, start)
            if line is None:
                continue
            first = min(
                (m for m in named[number] if m.start >= line.end()),
                key=lambda m: m.start,
                default=None,
            )
            if first is not None and first.start - line.end() < 30:
                writers.update(dict.fromkeys(section, first.name))
                break
    for number, signer in _signed_entries(reading).items():
        writers.setdefault(number, signer)
    for number, signer in _signed_letters(reading).items():
        writers.setdefault(number, signer)
    return writers


def _signed_letters(reading: _DocReading) -> dict[int, str]:
    """For a document of several letters, each closed by a sign-off and its writer's name (a
    complaint "Respectfully, / Cpl D.W. Zhou", then the ombudsman's reply "Yours sincerely, /
    Marie-Hélène Gauthier-Roy", corpus 179), the writer of each paragraph of a letter (paragraph
    -> name): the "I" of each letter is whoever signed it. Empty for a single letter."""
    doc = reading.document
    told = _paragraphs(doc)
    named: dict[int, list[Mention]] = defaultdict(list)
    for mention in reading.mentions:
        named[doc.sentences[mention.sentence].paragraph].append(mention)
    numbers = sorted(told)
    closings: list[tuple[int, str]] = []
    for at, number in enumerate(numbers):
        if len(told[number]) != 1 or not _SIGN_OFF.fullmatch(
            doc.sentence_text(told[number][0]).strip()
        ):
            continue
        signer = next(
            (
                m.name
                for later in numbers[at + 1 : at + 3]
                for m in named[later]
                if m.start - told[number][0].end < 120
            ),
            None,
        )
        if signer is not None:
            closings.append((numbers[min(at + 1, len(numbers) - 1)], signer))
    signed: dict[int, str] = {}
    if len(closings) < 2 or len({signer for _, signer in closings}) < 2:
        return signed
    previous = -1
    for last, signer in closings:
        signed.update(dict.fromkeys((n for n in numbers if previous < n <= last), signer))
        previous = last
    return signed


def _signed_entries(reading: _DocReading) -> dict[int, str]:
    """For a book of entries each signed on a line of its own ("— Martha Lucía Guerrero
    Bastidas" under her entry, in a pilgrim hostel's shift book, corpus 132), the signer of each
    paragraph of an entry (paragraph -> name): the "I" of an entry is whoever signed it. Empty
    for a document with fewer than three such signatures."""
    doc = reading.document
    told = _paragraphs(doc)
    named: dict[int, list[Mention]] = defaultdict(list)
    for mention in reading.mentions:
        named[doc.sentences[mention.sentence].paragraph].append(mention)
    signatures = [
        number
        for number in sorted(told)
        if len(told[number]) == 1 and _DASH_SIGNATURE.match(doc.sentence_text(told[number][0]))
    ]
    signed: dict[int, str] = {}
    if len(signatures) < _ENTRIES_FOR_A_BOOK:
        return signed
    previous = -1
    for number in signatures:
        signer = next((m.name for m in named[number]), None)
        if signer is not None:
            signed.update(dict.fromkeys((n for n in told if previous < n <= number), signer))
        previous = number
    return signed


_DASH_SIGNATURE = re.compile(r"[ \t]*[—–][ \t]*\S[^\n]{0,60}$")
"""A line that is only a dash and a name: an entry's signature ("— Toñita", "— J. F. Tarapués")."""
_ENTRIES_FOR_A_BOOK = 3


_POST_HEADER = re.compile(
    rf"^[ \t]*(?:(?:Admin|Moderator|Author)\s+·\s+)?"
    # (Or a professional networking site's: a title, particles, initials, and the degree of
    # connection or the author's mark after the name: "ir. Sanne van den Heuvel-Bos • 2nd",
    # "Arjun R. Iyer • 1st", "ir. Sanne van den Heuvel-Bos (Author)", corpus 176.)
    r"(?:(?:ir|ing|drs|dr|mr|mw|prof|Dr|Prof|Ir)\.?[ \t]+)?"
    rf"(?P<name>{_NAME_TOKEN}(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+)*{_NAME_TOKEN}){{1,3}})"
    r"(?:\s+\d{2,4}|\s+\((?:edited|modifié|Author)\))?"
    r"(?:[ \t]+[•·][ \t]+(?:1st|2nd|3rd\+?|Author|Following))?[ \t]*$",
    re.MULTILINE,
)
"""A line that is only the name a post or a comment is shown under ("Vanessa Ramassamy",
"Jeannot Payet 974", "Admin · Stéphane Técher", "Vanessa Ramassamy (edited)", "Arjun R. Iyer •
1st")."""
_POSTS_FOR_A_THREAD = 3
_FORUM_POST = re.compile(
    r"^[ \t]*#\d{1,4}[ \t]+(?P<handle>\S+)(?:[ \t]+\((?P<note>[^()\n]*)\))?[ \t]+"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b[^\n]*$",
    re.MULTILINE,
)
"""A forum post's header: its number, the author's handle, a note in brackets (often the name
behind the handle), the date ("#4  PittR_Dikrech  12.03.2025 20:41", corpus 92)."""
_FORUM_POST_DATED = re.compile(
    r"^[ \t]*#\d{1,4}[ \t]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b[^\n]*\n"
    r"[ \t]*(?P<handle>[^\s·•]+)(?P<note>(?!))?[ \t]*$",
    re.MULTILINE,
)
"""The same with the date first and the handle on the line below ("#6  03-11-2025, 10:06 PM" /
"Ro_Whit", a simulator forum, corpus 176)."""
_INTRODUCES_SELF = re.compile(
    r"\b(?:I\s+am|I['’]m|[Mm]y\s+name\s+is|[Tt]his\s+is|[Rr]eal\s+name:?)\s+(?:[\w.'’-]+,\s+)?$"
)
"""Right before a name in a post's first lines: its author names themselves ("I'm Pitt, Pierre
Reuter", "I am Ana Paula Ferreira da Silva")."""


def _forum_posts(doc: Document, people: Mapping[str, _Person]) -> list[tuple[int, int, str]]:
    """A forum thread's posts, as ``(start, end, name)`` of each header, ``name`` the author
    where the post names them (in the header's bracket, or in its first lines as "I'm ..."),
    else empty; none where the document has fewer than three posts or names no author."""
    posts = list(_FORUM_POST.finditer(doc.text)) or list(_FORUM_POST_DATED.finditer(doc.text))
    if len(posts) < _POSTS_FOR_A_THREAD:
        return []
    found: list[tuple[int, int, str]] = []
    for n, post in enumerate(posts):
        body_end = posts[n + 1].start() if n + 1 < len(posts) else len(doc.text)
        opening = doc.text[post.end() : min(body_end, post.end() + 300)]
        author = None
        for name in sorted(people, key=len, reverse=True):
            if len(name.split()) < 2:
                continue
            if post.group("note") and name in post.group("note"):
                author = name
                break
            at = opening.find(name)
            if at > 0 and _INTRODUCES_SELF.search(opening, 0, at):
                author = name
                break
        # (A post whose author it does not name is still a post: what follows it is not the
        # last named author's.)
        found.append((post.start(), post.end(), author or ""))
    return found if any(name for _, _, name in found) else []


_MAIL_FROM = re.compile(r"^[ \t]*From:[ \t]*(?P<name>[^\n<]+?)[ \t]*(?:<[^>\n]*>)?[ \t]*$", re.M)
"""An e-mail's sender line in an exported thread ("From: Elena Stojanovska-Ristovska <...>")."""
_MAIL_HEAD = 200
"""How far into a text a single e-mail's "From:" line may stand for it to head the text."""
_MAIL_QUOTED = re.compile(
    r"^[^\n]*(?:Forwarded\s+message|Original\s+Message)[^\n]*$", re.M | re.IGNORECASE
)
"""A line that opens a message forwarded or quoted inside another: its "I" is someone else."""


_CHAT_LINE = re.compile(
    r"^[ \t]*\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[APap]\.?[Mm]\.?)?\]?[ \t]*(?:-[ \t]*)?"
    r"(?P<name>[^\s:\[\]()][^:\n\[\]()]{0,40}?)(?:[ \t]+\((?P<post>[^()\n]{1,30})\))?"
    # (Or the author alone on the line, the message below it: "10.03.2025 21:58  Meas Sokhom
    # (Khom)", as a desktop export writes it, corpus 94.)
    r"(?::[ \t]|[ \t]*$)",
    re.MULTILINE,
)
"""A message's line in an exported chat: its time and its author ("[27/01/2025, 21:58] Umm
Yazan: ...", "12/03/2024, 09:15 - Ana: ...")."""
_CHAT_LINE_TABBED = re.compile(
    r"^[ \t]*\d{1,2}:\d{2}(?::\d{2})?\t+"
    r"(?P<name>[^\s\[\]()][^\t\n\[\]()]{0,40}?)(?:[ \t]+\((?P<post>[^()\n]{1,30})\))?\t",
    re.MULTILINE,
)
"""The same in a desktop export that gives each day its own line and each message its time,
author and text in fields parted by tabs ("20:09\tA-Hao\tLast year I started betting ...", a
family's LINE chat, corpus 173)."""


def _chat_lines(text: str) -> list[re.Match[str]]:
    """The message lines of an exported chat, in whichever form it is written."""
    lines = list(_CHAT_LINE.finditer(text))
    if len(lines) >= _CHAT_LINES_FOR_A_CHAT:
        return lines
    return list(_CHAT_LINE_TABBED.finditer(text))


_CHAT_LINES_FOR_A_CHAT = 3
_ORGANISATION_WORDS = frozenset({"hr", "admin", "office", "management", "security", "team"})


def _chat_author(line: re.Match[str]) -> str:
    """The author's name a chat's message line shows, its spaces made single, without a family's
    address before it ("Second Uncle Wen-hsiung", corpus 173)."""
    return _KIN_ADDRESS.sub("", " ".join(line.group("name").split()))


_KIN_ADDRESS = re.compile(
    r"^(?:(?:First|Second|Third|Fourth|Fifth|Eldest|Big|Little|Old|Young)\s+)?"
    r"(?:Uncle|Aunt|Auntie|Aunty|Grandpa|Grandma|Granny|Cousin)\s+(?=\S)"
)
"""A family's address before a relative's name in a chat's author line."""


def _chat_authors(text: str) -> dict[str, str]:
    """The authors of an exported chat's messages, with the post or department their shown
    name gives ("Supervisor", "HR"), or "" (empty where the text is no chat)."""
    lines = _chat_lines(text)
    if len(lines) < _CHAT_LINES_FOR_A_CHAT:
        return {}
    authors: dict[str, str] = {}
    for line in lines:
        name = _chat_author(line)
        if not name[:1].isupper():
            continue
        post = line.group("post") or ""
        if post and not _IS_POST.search(post):
            post = ""  # a nickname in brackets ("Meas Sokhom (Khom)", corpus 94), no post
        post = post or next((w for w in name.split() if w.lower() in _ORGANISATION_WORDS), "")
        authors.setdefault(name, post)
    return authors


_IS_POST = re.compile(
    rf"\b(?:{_ROLE_NOUNS_EARLY}|supervisor|manager|director|head|chief|lead|hr|admin|security|"
    r"office|team|management)\b",
    re.IGNORECASE,
)
"""A post shown in brackets after a chat author's name ("Supervisor C3", "HR"), not a
nickname."""


def _chat_messages(doc: Document, people: Mapping[str, _Person]) -> dict[int, str]:
    """For an exported chat, each sentence's author: the one whose message line it is on or
    follows (sentence index -> name); empty for any other document."""
    lines = [
        (m.start(), _chat_author(m)) for m in _chat_lines(doc.text) if _chat_author(m) in people
    ]
    if len(lines) < _CHAT_LINES_FOR_A_CHAT:
        return {}
    authors: dict[int, str] = {}
    at = -1
    for index, sentence in enumerate(doc.sentences):
        while at + 1 < len(lines) and lines[at + 1][0] <= sentence.start:
            at += 1
        if at >= 0:
            authors[index] = lines[at][1]
    return authors


def _posts(doc: Document, people: Mapping[str, _Person]) -> dict[int, str]:
    """For a thread of posts and comments, each shown under its author's name on a line of its
    own, or of e-mails each under its "From:" line (corpus 87), the author of each sentence
    after such a line, up to the next (sentence index -> name); empty for any other document.
    A message forwarded inside an e-mail is not its sender's."""
    chat = _chat_messages(doc, people)
    if chat:
        return chat
    headers = [
        (m.start(), m.end(), m.group("name"))
        for m in _POST_HEADER.finditer(doc.text)
        if m.group("name") in people
    ]
    mails = [
        (m.start(), m.end(), m.group("name"))
        for m in _MAIL_FROM.finditer(doc.text)
        if m.group("name") in people
    ]
    forum = _forum_posts(doc, people)
    if len(mails) >= 2 or (mails and mails[0][0] < _MAIL_HEAD):
        # A thread of e-mails, or one e-mail whose header opens the text: its "I" is the sender
        # (corpus 94: a letter to a sister, "From: Ana Lucía Tzul Xiloj / To: Mayra ...", read
        # as the sister's).
        headers = mails
    elif forum:
        headers = forum
    elif len(headers) < _POSTS_FOR_A_THREAD:
        return {}
    ends = [m.start() for m in _MAIL_QUOTED.finditer(doc.text)] if headers is mails else []
    authors: dict[int, str] = {}
    at = -1  # the last header that ends before the sentence
    for index, sentence in enumerate(doc.sentences):
        while at + 1 < len(headers) and headers[at + 1][1] <= sentence.start:
            at += 1
        inside = at + 1 < len(headers) and headers[at + 1][0] <= sentence.start
        quoted = at >= 0 and any(headers[at][1] <= e <= sentence.start for e in ends)
        if at >= 0 and not inside and not quoted and headers[at][2]:
            authors[index] = headers[at][2]
    return authors


_INITIALS_FIELD = re.compile(
    r"^[ \t]*[A-Z][a-z]+(?:[ \t][a-z]+)?[ \t]*:[ \t]*"
    rf"([{_UP}]\.[ \t]?[{_UP}]\.(?:[ \t]?[{_UP}]\.)?)(?=[ \t]*(?:[(,;]|$))",
    re.MULTILINE,
)
"""A form's field whose value is a person's initials: "Mentee: K.T. (Master of Philosophy"."""
_BYSTANDER_BEFORE = re.compile(
    r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by|accompanied\s+by|assisted\s+by|"
    r"represented\s+by|attended\s+by)\s+(?:(?:his|her|their|the)\s+lawyer,?\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a name: someone present at what the sentence tells, not whom it tells of."""
_ANSWER_LABEL = re.compile(
    r"^[ \t]*(?:Q|A|Question|Answer|Reply|Response)[ \t]*\((?P<who>[^()\n]{1,80})\)[ \t]*:",
    re.MULTILINE,
)
"""Minutes' or a hearing's speaker, in a bracket after the line's Q or A: "A (dhr. van
Ommeren): No." (corpus 88)."""
_TITLED_SPEAKER = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Deputy|Senator|Minister|Councillor|Commissioner|Professor|"
    r"(?:Detective[ \t]+)?(?:Chief[ \t]+)?(?:Superintendent|Inspector|Sergeant))\.?"
)
"""The titles a parliament's record writes before its speakers' names."""
_SPEAKER_LABEL = re.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
    # (Three or four words only as :func:`_speaker_label` allows: not a log's heading, "DUTY
    # EVENT LOG:", corpus 119.)
    # (Capitals beyond Latin-1 too: "ȚURCANU:", corpus 142.)
    rf"(?P<label>[{_UP}][{_UP}'’-]+(?:[ \t][{_UP}][{_UP}'’-]+){{0,3}}|"
    # (Or a title and a name as a parliament's record writes its speakers: "Ms Siobhán Ní
    # Bhraonáin: Thank you, Chairman", "Senator Úna de Búrca: Some of us", corpus 174.)
    rf"{_TITLED_SPEAKER}[ \t]+[{_UP}][\w'’.-]+(?:[ \t](?:[{_UP}][\w'’.-]+|{_PARTICLES})){{0,4}})"
    r"(?P<who>[ \t]\((?:[\"“](?P<goes_by>[^\"”\n]{1,30})[\"”],?[ \t]*)?[^()\n]{0,120}\))?"
    # (And the language a line is in, in square brackets: "VALENTINA PETROVNA [ru]:", corpus 142.)
    r"(?:[ \t]\[[a-z]{2,3}\])?:[ \t]",
    re.MULTILINE,
)
"""A transcript's speaker, in capitals, opening a line ("DODGER: Yeah. So I'm foreman ..."),
after the time it was said where the transcript gives it ("[00:43] QUIM: ...", corpus 101),
perhaps with who they are in a bracket, and the name they go by in it ('[05:10] SIDI MOHAMED
OULD BOUH ("Sidina", train controller, Central Traffic Control): Good morning', then "SIDINA:",
corpus 133)."""
_LINES_FOR_A_TRANSCRIPT = 3


def _speaker_label(text: str, at: int) -> re.Match[str] | None:
    """The speaker's label (:data:`_SPEAKER_LABEL`) opening a line at ``at``, if any."""
    label = _SPEAKER_LABEL.match(text, at)
    return label if label is not None and _names_a_speaker(label, text) else None


def _speaker_labels(text: str) -> list[re.Match[str]]:
    """Every speaker's label (:data:`_SPEAKER_LABEL`) of a transcript, in order."""
    return [label for label in _SPEAKER_LABEL.finditer(text) if _names_a_speaker(label, text)]


def _names_a_speaker(label: re.Match[str], text: str) -> bool:
    """One or two words in capitals name a speaker; three or four only with who they are in a
    bracket after them, or as the name the text also writes as names are written ("ELLE MÁRJÁ
    EIRA:" of "Elle Márjá Eira is 34", corpus 170), never a log's heading ("DUTY EVENT LOG:",
    corpus 119)."""
    if len(label["label"].split()) <= 2 or label["who"] is not None:
        return True
    return _written_as_a_name(label["label"], text)


@functools.lru_cache(maxsize=256)
def _written_as_a_name(words: str, text: str) -> bool:
    """Whether ``text`` also writes ``words`` (in capitals) otherwise than in capitals:
    remembered, as each sentence of a transcript asks again about the same label."""
    return any(
        not written.group(0).isupper()
        for written in re.finditer(re.escape(words), text, re.IGNORECASE)
    )


_CALLER_INTRODUCED = re.compile(
    r"(?:\[[a-z]{2,3}\][ \t]*)?(?:(?:Good\s+(?:morning|afternoon|evening)|Hello|Hi)[.!,]?\s+)?"
    r"(?:(?:I\s+am|I['’]m|My\s+name\s+is|This\s+is)\s+)?"
    rf"(?P<name>[{_UP}][\w'’.-]+(?:[ \t][{_UP}][\w'’.-]+){{1,3}}),\s+(?:from|of|in)\s+[{_UP}]"
)
"""After a caller's label, the caller giving their name: "Good morning. Țurcanu Ion, from
Cahul."."""


def _caller_named(text: str, label: re.Match[str], people: Mapping[str, _Person]) -> str | None:
    """The person a transcript's anonymous caller names themself as at the start of their line
    (:data:`_CALLER_INTRODUCED`), where that is one of the document's people; else ``None``."""
    if not _ANONYMOUS_SPEAKER.fullmatch(label["label"]):
        return None
    said = _CALLER_INTRODUCED.match(text, label.end())
    if said is None:
        return None
    name = said.group("name")
    return name if name in people else None


_ANONYMOUS_SPEAKER = re.compile(
    r"(?:CALLER|LISTENER|VOICE|AUDIENCE(?:[ \t]MEMBER)?|MEMBER[ \t]OF[ \t]THE[ \t]PUBLIC|"
    r"UNIDENTIFIED(?:[ \t]SPEAKER)?|SPEAKER)(?:[ \t]\d{1,2})?"
)
"""A transcript's label for someone it does not name: a caller, a listener."""


@_per_document
def _anonymous_turns(doc: Document) -> frozenset[int]:
    """The sentences of a transcript said by someone its labels do not name ("CALLER: ... I
    would rather give only my first name, Brayan", corpus 124): their "I" and "he" are nobody
    the story named before."""
    labels = _speaker_labels(doc.text)
    if len(labels) < _LINES_FOR_A_TRANSCRIPT:
        return frozenset()
    spans = [
        (m.start(), labels[n + 1].start() if n + 1 < len(labels) else len(doc.text))
        for n, m in enumerate(labels)
        if _ANONYMOUS_SPEAKER.fullmatch(m["label"])
        # (Not a caller who gives their name: "CALLER: Good morning. Țurcanu Ion, from Cahul. I
        # work for the railway", corpus 142.)
        and _CALLER_INTRODUCED.match(doc.text, m.end()) is None
    ]
    return frozenset(
        index
        for index, sentence in enumerate(doc.sentences)
        if any(start <= sentence.start < end for start, end in spans)
    )


_OWN_LINES = 3
_OWN_PRONOUN_FIRST = re.compile(
    r"(?![\W\d]*(?:[Ss]he|[Hh]e|[Tt]hey)\b).*\b(?:I|me|my|I'm|I've|I'd)\b", re.DOTALL
)
"""A sentence a transcript's speaker tells of themselves: it says "I", "me" or "my", and does
not open on someone else ("She said I could tell it", "He books my boat")."""


_RULE_READS = re.compile(
    r"\b(?:circular|policy|rules?|regulations?|guidance|guidelines|code|handbook|instructions?|"
    r"directive|notice|leaflet|poster|standing\s+orders?|clause|section|paragraph|article)\b"
    r"[^.;]{0,40}?\b(?:reads|read|states|stated|says|said|provides|provided)\s*:\s*$",
    re.IGNORECASE,
)
"""Before a quotation: the words of a rule that follow ("The relevant part of the circular
reads:")."""
_JOB_APPOSED_AFTER = re.compile(
    r"(?:\s*\([\"“][^()\n]{1,30}[\"”]\)|,\s+known\s+as\s+[^,;]{1,30}),\s+(?:an?\s+|the\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_NOUNS_EARLY})\b"
)
"""After a name: a nickname ("Tin"), "known as ...", then the job apposed to it."""
_ONE_OF_AFTER = re.compile(
    r",\s+(?:one\s+of\s+(?:our|the|their|its|his|her)|our)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_ROLE_NOUNS_EARLY})s?\b"
)
"""After a name: one of a staff ("Katrín Lilja Pálsdóttir, one of our ramp team leaders", corpus
125), or the writers' own ("Annie-Claude Bouchard, our pilot", corpus 145), which says a
person."""
_BULLET = re.compile(r"\s*[-•*–]\s")
"""A list item's mark, opening a sentence."""
_OPENS_ON_NAME = re.compile(r"[\s\"“'‘(*•–-]*(?:[A-Z][A-Za-z]{0,3}:\s*)?")
"""What may come before the name a sentence opens on: a quotation mark, a list's mark, a
speaker's label ("AL: Hilda, yes.")."""
_UNNAMED_STRANGER = re.compile(
    r"\b(?:[Aa]n?|[Ss]ome)\s+(?:[\w\"“”-]+\s+){0,2}?[\"“]?(?:man|woman|stranger|someone|somebody|"
    r"recruiter|contact|caller|visitor)\b|"
    r"\b(?:[Ss]omeone|[Ss]omebody)\b"
)
"""Someone unnamed told of: "a man who said he was a genealogist"."""
_NAMED_AT_ONCE = re.compile(rf"[\"“]?{_WORD}(?:\s(?:{_PARTICLES}\s)?{_WORD}){{1,3}},\s")
"""A sentence that opens on a name and its apposition: "Łukasz Wróbel, a senior ..."."""
_GENDER_LOOKBACK = 8
"""How many sentences back a pronoun of the other gender may go for the person it means."""
_DECLARED_INITIALS = re.compile(r"\((?P<abbr>[A-Z](?:[a-z]?[A-Z]){1,3})(?=[);,])")
"""Initials a record declares for someone, in brackets after the name in its list of those
present: "Interviewee: Alfred Kenye Lakabung Jr., Diesel Mechanic II, ... (AL)", "Supervisor:
Régis d'Offay, Marina Operations Manager (RdO)", "(MNA; "Noëlle")" (corpus 97)."""
_MOST_INITIALS = 4
_ENTRY_LINES = 3
_SUFFIX_WORDS = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
"""A name's suffix, as written: no initial of it ("Alfred Kenye Lakabung Jr.")."""


def _declared_initials(text: str, names: Mapping[str, str]) -> dict[str, str]:
    """Initials declared in brackets (initials -> name): the first of ``names`` (as written ->
    the name it stands for) written since the previous declaration, at most a few lines back
    (a record's entry may run over two lines), whose name has those initials, or that stands
    right before the bracket and starts with their first letter."""
    declared: dict[str, str] = {}
    after = 0
    for match in _DECLARED_INITIALS.finditer(text):
        start = match.start()
        for _ in range(_ENTRY_LINES):
            start = max(text.rfind("\n", 0, start), 0)
        segment = text[max(start, after) : match.start()]
        after = match.end()
        found = sorted(
            (segment.find(said), name)
            for said, name in names.items()
            if said in segment
            and (
                match["abbr"] in _initials(name)
                # (Or the short name a person goes by, in brackets right after the name, from
                # its first letter: "What we know about Tebogo Moagi (TB), forklift operator",
                # a depot's log, then "TB did not report for shift", corpus 147.)
                # (Two letters only: four are an agency's, "Veiligheidsdienst Sint Maarten
                # (VDSM)", corpus 121.)
                or (
                    len(match["abbr"]) == 2
                    and segment.rstrip().endswith(said)
                    and match["abbr"][0] == name[0]
                )
            )
        )
        if found:
            declared[match["abbr"]] = found[0][1]
    return declared


def _initials(name: str) -> set[str]:
    """The initials a person may go by: of every word of their name, or of the first and the
    last ("Alfred Kenye Lakabung Jr.": AKL, AL), their own initials left out as well ("R. Dale
    Whitcombe": RDW, DW); each part of a hyphenated name too ("Marie-Noëlle Ah-Time": MNA,
    "Patricia Hoareau-Larue": PHL), and a particle in lower case ("Régis d'Offay": RdO)."""
    words = [w for w in name.split() if w not in _SUFFIX_WORDS and w[:1].isalpha()]

    def letters(word: str, parts: bool) -> str:
        joined = re.match(r"([a-z]+)['’](\w)", word)
        if joined is not None:
            return joined.group(1)[0] + joined.group(2)
        return "".join(p[0] for p in word.split("-") if p) if parts else word[0]

    found: set[str] = set()
    for told in (words, [w for w in words if not w.endswith(".")]):
        if len(told) < 2:
            continue
        for given_parts, last_parts in ((False, False), (True, False), (True, True)):
            said = [letters(w, given_parts) for w in told[:-1]] + [letters(told[-1], last_parts)]
            found |= {"".join(said), said[0] + said[-1]}
    return found


_GIVES_OWN_NAME = re.compile(
    rf"(?:\b[Mm]y\s+(?:full\s+)?name\s+is|\bI\s+am|\bI['’]m)\s+(?P<name>{_NAME_TOKEN}(?:\s{_NAME_TOKEN}){{0,2}})"
)
"""A speaker giving their own name: "My name is Muhammad Rizky"."""


_QUOTE_GOES_ON = re.compile(
    rf"[,!?][\"”][ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?(?P<who>{_WORD})(?:[ \t]{_WORD})?[ \t]+"
    r"(?:told|said|says|explained|recalled|remembers|added|continued)\b[^.\"“”\n]{0,60}\.[ \t]+"
    r"(?P<open>[\"“])"
)
"""A quotation, who said it, and the same person's quotation going on after it."""


def _self_named_quotes(doc: Document, people: Mapping[str, _Person]) -> dict[int, str]:
    """The sentences of a paragraph quoted whole in which its speaker gives their name ("My name
    is Muhammad Rizky, but everyone calls me Iki. I run my father's internet café ...", a
    testimony in a report's minutes, corpus 141): sentence index -> whose "I" it is."""
    paragraphs: defaultdict[int, list[int]] = defaultdict(list)
    for index, sentence in enumerate(doc.sentences):
        paragraphs[sentence.paragraph].append(index)
    said: dict[int, str] = {}
    for indices in paragraphs.values():
        start = doc.sentences[indices[0]].start
        end = doc.sentences[indices[-1]].end
        if doc.text[start : start + 1] not in ('"', "“"):
            continue
        given = _GIVES_OWN_NAME.search(doc.text, start, min(end, start + 200))
        if given is None:
            continue
        tokens = given.group("name").split()
        owners = [
            n
            for n in people
            if n.split()[: len(tokens)] == tokens or n.split()[:1] == tokens[:1] == [n]
        ]
        if len(owners) != 1:
            continue
        for index in indices:
            if _FIRST_PERSON.search(doc.sentence_text(doc.sentences[index])):
                said[index] = owners[0]
    for attributed in _QUOTE_GOES_ON.finditer(doc.text):
        # '"At first it was exactly what he said," Annemarie told the committee. "Harriers,
        # kestrels ... Then he wanted to know whether I could find out ..." (a club's report
        # compiled by its convener, corpus 141): the "I" of the quotation that goes on is the
        # speaker's, not the compiler's.
        word = attributed.group("who")
        owners = [n for n in people if word in n.split() and not people[n].contact]
        if len(owners) != 1:
            continue
        close = doc.text.find("”" if attributed.group("open") == "“" else '"', attributed.end())
        if close < 0:
            continue
        for index, sentence in enumerate(doc.sentences):
            if attributed.end() <= sentence.start < close and _FIRST_PERSON.search(
                doc.sentence_text(sentence)
            ):
                said.setdefault(index, owners[0])
    return said


def _speakers(doc: Document, people: Mapping[str, _Person]) -> dict[int, str]:
    """For a transcript whose lines open on the speaker's name in capitals, the person who says
    each sentence (sentence index -> name), where the label is a word of a person's name or the
    name the person goes by ("Interviewee: Roderick Quintal, known as Dodger", then "DODGER:",
    corpus 79); empty for any other document."""
    labels = _speaker_labels(doc.text)
    if len(labels) < _LINES_FOR_A_TRANSCRIPT:
        return _self_named_quotes(doc, people)
    goes_by = {
        _goes_by(m).casefold(): m.group("full") for m in _NICKNAME_APPOSED.finditer(doc.text)
    }
    # ('Guests: Manuel Joaquim Fagundes Pacheco ("Quim"), plumber', then "QUIM:", corpus 101.)
    for bracketed in _NICKNAME_BRACKETED.finditer(doc.text):
        goes_by.setdefault(bracketed.group("nick").casefold(), bracketed.group("full"))
    goes_by.update(
        (said.casefold(), name)
        for said, name in _declared_initials(doc.text, {n: n for n in people}).items()
    )
    for label in labels:
        if label["goes_by"]:
            named = [n for n in people if n.casefold() == label["label"].casefold()]
            if len(named) == 1:
                goes_by.setdefault(label["goes_by"].casefold(), named[0])

    def who(label: str) -> str | None:
        titled = re.match(rf"{_TITLED_SPEAKER}[ \t]+", label)
        if titled is not None:
            # "Senator Úna de Búrca": the name after the title.
            label = label[titled.end() :]
        said = label.casefold()
        if goes_by.get(said) in people:
            return goes_by[said]
        # The whole name in the label: "FATHIMA ZEHRA: Hi. I'm Fathima Zehra" (a storytelling
        # night's transcript, corpus 132).
        whole = [n for n in people if n.casefold() == said]
        if len(whole) == 1:
            return whole[0]
        bearers = [n for n in people if said in (t.casefold() for t in n.split())]
        if not bearers and len(label) <= _MOST_INITIALS:
            # Initials no bracket declares: "AL:" for Alfred Kenye Lakabung Jr. (corpus 97).
            bearers = [n for n in people if label in _initials(n)]
        return bearers[0] if len(bearers) == 1 else None

    spans = [
        (
            m.start(),
            labels[n + 1].start() if n + 1 < len(labels) else len(doc.text),
            who(m["label"]) or _caller_named(doc.text, m, people),
        )
        for n, m in enumerate(labels)
    ]
    said_by: dict[int, str] = {}
    for index, sentence in enumerate(doc.sentences):
        for start, end, name in spans:
            if start <= sentence.start < end and name is not None:
                said_by[index] = name
    # Only a speaker who tells of themselves ("I", "me", "my" in a few of their sentences): a
    # radio reporter telling someone else's case is no speaker of their own story (corpus 17).
    own = Counter(
        name
        for index, name in said_by.items()
        if _FIRST_PERSON.search(_QUOTED.sub("", doc.sentence_text(doc.sentences[index])))
    )
    return {index: name for index, name in said_by.items() if own[name] >= _OWN_LINES}


@_per_document
def _monologue(doc: Document) -> bool:
    """Whether the piece is mostly one person's words in quotation marks, paragraph after
    paragraph (a video's transcript, corpus 71): its "I" is that person's, quoted or not."""
    if len(_STATEMENT_GIVEN.findall(doc.text)) >= _MONOLOGUE_PARAGRAPHS:
        # A record of a sworn statement: 'freely and without coercion STATED: "I come to report
        # ..."', 'ANSWER: "No. Only the flights ..."' (corpus 76): its "I" is the deponent's.
        return True
    paragraphs = _paragraphs(doc)
    quoted = sum(1 for told in paragraphs.values() if doc.sentence_text(told[0])[:1] in '"“')
    return quoted >= _MONOLOGUE_PARAGRAPHS and quoted * 5 >= 2 * len(paragraphs)


_STATEMENT_GIVEN = re.compile(r"\b(?:STATED|DECLARED|STATES|DECLARES|ANSWER)\s*:\s*[\"“]")
"""What a deponent said, in quotation marks, in a record of a statement."""


_MONOLOGUE_PARAGRAPHS = 3


def _narrator(
    reading: _DocReading, case_names: set[str], first_mention: dict[str, int]
) -> str | None:
    """The person a first-person account is told by (the only person it names who is neither
    its writer, an official nor a contact), or ``None`` when the piece is not one."""
    doc = reading.document
    told = [doc.sentence_text(s) for n, s in enumerate(doc.sentences) if not is_headline(doc, n)]
    if len(told) < 5:
        return None
    deponents = [
        n
        for n in case_names
        if n in first_mention and _label_kind(reading.people[n].label) in _REPORTER_LABELS
    ]
    if len(deponents) == 1 and len(_STATEMENT_GIVEN.findall(doc.text)) >= _MONOLOGUE_PARAGRAPHS:
        # A record of a statement, signed "THE COMPLAINANT: Yorbis ..." (corpus 76): the
        # deponent's, however much of the record is the office's own form.
        return deponents[0]
    spoken = _monologue(doc)
    first = sum(1 for t in told if _FIRST_PERSON.search(t if spoken else _QUOTED.sub("", t)))
    signed = [n for n in case_names if n in first_mention and reading.people[n].signed]
    # A writer who gives their name is the "I" of a piece that says "I" less often (a diary's
    # "Joanne again.", "The Americans came and went.", corpus 81).
    share = _SIGNED_FIRST_PERSON_SHARE if len(signed) == 1 else _FIRST_PERSON_SHARE
    if len(signed) == 1 and reading.people[signed[0]].storyteller:
        # A section of a newsletter in which its named member tells their own story (corpus
        # 140): the "I" is theirs however much else the newsletter holds.
        share = _STORY_FIRST_PERSON_SHARE
    if first < share * len(told):
        return None
    if len(signed) == 1:
        return signed[0]  # the letter's writer, whoever else it names

    eligible = [
        n
        for n in case_names
        if n in first_mention
        and not reading.people[n].bench
        and not reading.people[n].contact
        and not reading.people[n].official_hits
    ]
    # "My brother Azamat was always the one who fixed things" (corpus 85): whom the writer
    # calls their relative is told of, never the "I" who tells it.
    relatives = _writers_relatives(reading)
    eligible = [n for n in eligible if n not in relatives]
    if len(eligible) > 1:
        # "... invited a young draughtswoman from my section": someone the account describes is
        # told of by its writer, who is the one it names (corpus 70, a letter from prison).
        eligible = [n for n in eligible if not reading.people[n].described] or eligible
    if len(eligible) == 1 and _only_in_fields(reading, eligible[0]):
        # (Not someone named only in a record's fields: "Timer: Magda Piątek", "Timer (Magda):
        # all speeches qualified", in minutes that quote a member's speech told in the first
        # person, corpus 128.)
        return None
    return eligible[0] if len(eligible) == 1 else None


_AS_SAID_BEFORE = re.compile(
    r"(?:^|\W)[Aa]s\s+(?:(?:Sr|Sra|Mr|Mrs|Ms|Dr|Dona|Dom)\.?\s+)?$", re.IGNORECASE
)
"""Before a name said as an aside: "As Sr. Nhantumbo said, ..." (corpus 158; its verb:
:data:`_SAYS_AFTER`)."""
_TOLD_SOMEONE_BEFORE = re.compile(
    r"\b(?:she|he|they)\s+(?:then\s+|also\s+|first\s+)?(?:telephoned|phoned|rang|"
    r"informed|alerted|went\s+to|came\s+to|reported\s+(?:it\s+)?to|"
    # (Or told the last of a list that starts with a post: "she told the branch secretary and
    # comrade Toàn and handed over her screenshots", corpus 160.)
    r"told\s+(?:the|her|his|their)\s+(?:[\w-]+\s+){1,3}?(?:and|,)\s+)\s*"
    r"(?:(?:sr|sra|mr|mrs|ms|dr|dona|dom|mme|m|comrade|cde)\.?\s+)?$|"
    # (Or whoever went to a post's holder, named after the post: "Nivi went to the airport
    # security manager, Kim Frederiksen, told him everything", corpus 161.)
    r"\b(?:went|came|spoke|talked|reported\s+(?:it\s+)?)\s+to\s+(?:the|her|his|their|our)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:manager|officer|head|chief|secretary|supervisor|director|chair\w*|"
    r"commander|president|warden|foreman|principal),\s+"
    r"(?:(?:sr|sra|mr|mrs|ms|dr|comrade|cde|capt|kpt|ing)\.?\s+)?$"
)
"""Just before a name: "she" rang or went to that person ("On Monday at seven, before opening
the office, she telephoned Sr. Nhantumbo and told him everything", corpus 158): the one told is
no new subject, whoever they are. (Not "called" or "told", which as often name or ask: "he
called Tonći's weather log "museum quality"", corpus 153.)"""
_DONE_TO_ME = re.compile(
    r"^\W*(?:She|He|They)\s+(?:[a-z]+\s+){1,2}?(?:me|us)\b(?![^.;]*\b(?:I|my|mine|myself)\b)"
    # (Or what "she" did on the writer's word: "At my suggestion she also rang the national
    # security hotline", a workers' hostel daybook, corpus 157.)
    r"|^\W*(?:At|On|After|Following)\s+my\s+(?:suggestion|advice|request|urging)\s*,?\s+"
    r"(?:she|he|they)\b(?![^.;]*\b(?:I|me|mine|myself)\b)"
)
"""A sentence whose "I" is only its object: what someone else did to the writer."""
_FIELD_LINE = re.compile(r"[ \t]*[^:\n]{1,60}:[ \t]*[^\n]{0,100}$")
"""A line that is a field of a record or a roster ("Timer: Magda Piątek")."""


def _only_in_fields(reading: _DocReading, name: str) -> bool:
    """Whether every mention of someone is on a field's line, never in running prose."""
    text = reading.document.text
    said = [m for m in reading.mentions if m.name == name]
    return bool(said) and all(
        _FIELD_LINE.fullmatch(
            text,
            text.rfind("\n", 0, m.start) + 1,
            len(text) if text.find("\n", m.end) < 0 else text.find("\n", m.end),
        )
        for m in said
    )


_SALUTATION = re.compile(
    r"^[ \t]*Dear[ \t]+(?P<who>[^,:;\n]{2,80}?)[ \t]*[,:]?[ \t]*$", re.MULTILINE
)
"""A letter's greeting on its own line: "Dear Lic. Quiroga de Antelo,"."""
_VOCATIVE = re.compile(
    # (After a paragraph's number too, and telling the person why they are there: "[1] Mr
    # Whitcombe, you appear for sentence on one representative charge", a New Zealand court's
    # sentencing notes, corpus 175.)
    r"^[ \t]*(?:\[\d{1,3}\][ \t]+|\d{1,3}\.[ \t]+)?"
    r"(?P<who>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mister|Madam)\.?[ \t]+[^,:;\n]{2,60}?),[ \t]+"
    r"(?:(?:please[ \t]+|will[ \t]+you[ \t]+(?:please[ \t]+)?)?(?:stand|rise|remain[ \t]+standing)|"
    r"you[ \t]+(?:appear|are[ \t]+(?:here|before)|have[ \t]+pleaded|pleaded|come[ \t]+before)[ \t]"
    r"+(?:for[ \t]+sentence|to[ \t]+be[ \t]+sentenced|guilty|this[ \t]+court))\b"
    r"[^\n]*$",
    re.MULTILINE,
)
"""A court's words to the one it sentences, on a line of their own: "Mr Van Putten, please
stand." (corpus 123): its "you" after that is that person, as a letter's is its addressee."""


def _greetings(text: str) -> list[re.Match[str]]:
    """A letter's greetings and a court's words to the one before it (:data:`_VOCATIVE`)."""
    return sorted([*_SALUTATION.finditer(text), *_VOCATIVE.finditer(text)], key=lambda m: m.start())


_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_LETTER_ADVICE = re.compile(
    _TO_THE_READER.pattern
    + r"|^\s*[-•*–]\s|^\W*what\s+to\s+do\b|^\W*(?:please\s+)?be\s+(?:alert|careful|wary)\b|"
    r"\byou\s+(?:may|can)\s+(?:also\s+)?(?:contact|call|report|write\s+to|use)\b|"
    r"\b(?:if|when)\s+(?:a|any|anyone|someone|somebody)\s+(?:member|colleague|person|stranger|you)\b|"
    # "The company wants every employee to know that coming forward, even late, is treated
    # very differently from being found" (corpus 98).
    r"\b(?:every|each|all)\s+(?:employees?|workers?|members?\s+of\s+staff|staff\s+members?|"
    r"staff|colleagues?)\s+(?:to\s+know|should|must|needs?\s+to)\b|"
    # A standing rule read out to all: "The airport's standing instruction ... is that staff who
    # are offered money for airport data ... report it the same day"; "The national
    # intelligence service also has a public telephone number for such reports" (corpus 123).
    r"\b(?:instruction|rule|policy|guidance|procedure)\b[^.;]{0,60}?\bis\s+that\b|"
    r"\bfor\s+(?:such|these|those|any\s+such)\s+reports\b",
    re.IGNORECASE,
)
"""Advice a letter gives its addressee with all staff, about nobody in the story."""
_THAT_PERSON = re.compile(
    r"\b(?:that|this|the\s+same)\s+(?:person|colleague|employee|individual|member\s+of\s+staff)\b",
    re.IGNORECASE,
)
"""Someone other than the letter's addressee, referred back to ("about that person")."""
_ADDRESSED_SHARE = 0.3
"""Of a letter's sentences, how many say "you" for the letter to be told to its addressee."""


def _addressee(reading: _DocReading, case_names: set[str]) -> str | None:
    """The person a letter is written to, where it tells them what they did ("You have not
    reported for duty ... your user account opened some 2,300 patient records"): the one its
    greeting names, when a good share of its sentences say "you"; else ``None``."""
    doc = reading.document
    greeting = next(iter(_greetings(doc.text)), None)
    if greeting is None:
        return None
    greeted = _greeted(greeting, (n for n in case_names if not reading.people[n].contact))
    if greeted is None:
        return None
    after = [doc.sentence_text(s) for s in doc.sentences if s.start >= greeting.end()]
    said = sum(1 for t in after if _SECOND_PERSON.search(_QUOTED.sub("", t)))
    return greeted if after and said >= _ADDRESSED_SHARE * len(after) else None


def _greeted(greeting: re.Match[str], names: Iterable[str]) -> str | None:
    """The one of ``names`` a letter's greeting names, with any title before it: by the name's
    end ("Dear Lic. Quiroga de Antelo,") or by the given names it opens with ("Dear Dayang
    Nurul Ain," to "Nurul Ain binti Haji Abdul Rahman", corpus 93)."""
    words = re.findall(r"[\w'’-]+", greeting.group("who"))
    while words and _is_title(words[0].lower()):
        words = words[1:]  # "Lic.", "Mr", "Dr"
    if not words or not words[0][:1].isupper():
        return None
    said = " ".join(words).casefold()
    greeted = [
        n
        for n in names
        if said in n.casefold()
        and (n.casefold().endswith(words[-1].casefold()) or n.casefold().startswith(said + " "))
    ]
    return greeted[0] if len(greeted) == 1 else None


def _writers_relatives(reading: _DocReading) -> set[str]:
    """The people the writer calls their own relative ("My brother Azamat"): told of by the "I"
    of the piece, never that "I"."""
    text = reading.document.text
    return {
        m.name
        for m in reading.mentions
        if _MY_RELATIVE_BEFORE.search(text, max(0, m.start - 40), m.start)
    }


@_per_document
def _answers(doc: Document) -> set[int]:
    """The paragraphs that answer an interview's questions: those opening on "A:", and, where
    at least three paragraphs are a question alone ("How did it start?"), every paragraph
    after a question up to the next one (corpus 62: an interview without "Q:" and "A:")."""
    opening: dict[int, int] = {}
    whole: dict[int, list[str]] = {}
    for n, s in enumerate(doc.sentences):
        opening.setdefault(s.paragraph, n)
        whole.setdefault(s.paragraph, []).append(doc.sentence_text(s))
    answers = {
        p for p, n in opening.items() if _ANSWER_OPENS.match(doc.sentence_text(doc.sentences[n]))
    }
    asked = {p for p, texts in whole.items() if len(texts) == 1 and _ASKED.match(texts[0])}
    # (Not a self-study's questions with their model answers: "Q9. ... What do you do, in
    # order? / Model answer: (1) Wash the wound ...", the organisation's answers, nobody's words,
    # corpus 145.)
    model = any(_MODEL_ANSWER.match(texts[0]) for texts in whole.values())
    if len(asked) >= _QUESTIONS_FOR_AN_INTERVIEW and not model:
        after_question = False
        replies: set[int] = set()
        for p in sorted(whole):
            if p in asked:
                after_question = True
            elif after_question:
                replies.add(p)
        answers |= replies
    return answers


def _in_first_person(doc: Document, answers: set[int]) -> bool:
    """Whether an interview's answers are someone's own words ("I ..."), rather than a page of
    questions answered in its service's or its writer's voice, telling of others."""
    whole: dict[int, list[str]] = defaultdict(list)
    for s in doc.sentences:
        if s.paragraph in answers:
            whole[s.paragraph].append(doc.sentence_text(s))
    return any(
        _FIRST_PERSON.search(_QUOTED.sub("", " ".join(texts)))
        for texts in whole.values()
        # (Not a question of two sentences: "I have already handed something over. Is it too
        # late?")
        if not texts[-1].rstrip().endswith("?")
    )


_HEARD_BEFORE = re.compile(
    r"\b(?:after|since|until|before|once)\s+(?:hearing|reading|listening\s+to|seeing|meeting|"
    r"talking\s+to|speaking\s+to|watching)\s+(?:[\w.]+\s+)?$"
)
"""Before a name: someone heard or met, told as a time ("after hearing Kees")."""
_HEARD_OF_BEFORE = re.compile(
    r"\b(?:heard|hearing|hears|read|reading|learned|learnt|learning|knew|know)\s+(?:about|of)\s+$"
)
"""Before a name whose story is meant: someone heard of ("heard about Bong's case")."""
_EVENT_POSSESSIVE = re.compile(
    r"(?:'s|’s)\s+(?:arrest|trial|conviction|sentencing|sentence|detention|dismissal|death|"
    r"disappearance|flight|expulsion|indictment|"
    # ("It was only after Sergeant Ōkubo's talk ... that he understood what the requests might
    # have been for": the speaker's talk, told as a time, corpus 110.)
    r"talk|lecture|briefing|presentation|seminar|speech|workshop)\b"
)
"""After a name: an event of that person's, told as a time or a cause."""
_POSSESSIVE = re.compile(r"['’]s\s")
"""After a name: the name in the possessive ("Ermek's fine")."""
_PRONOUN_SUBJECT = re.compile(
    r"(?:^\W*(?:[Ss]he|[Hh]e|[Tt]hey)|(?:[,;]\s+|\b(?:and|that)\s+)(?:she|he|they))\s+[a-z]+\b"
)
"""A pronoun that opens a clause: the sentence's own subject ("It was only after Sergeant
Ōkubo's talk ... that he understood", corpus 110)."""


_STRANGER_SKETCHED = re.compile(
    r"\b(?:a|any|some)\s+(?:stranger|person|contact|visitor|newcomer|man|woman)\s+who\s+"
    r"(?:is|pays|asks|wants|offers|gives|seems|insists|sends)\b[^.]*\byou\b",
    re.IGNORECASE,
)
"""A sketch of the stranger to watch for, told to the reader ("a stranger who pays for a
costly hunt ... a phone he gives you")."""
_SELF_REVEALED = re.compile(
    r"\bI\s+(?:was|am)\s+(?:that|this|the)\s+(?P<head>[a-z]+)\s*[.!]|"
    r"\b[Tt]hat\s+(?P<head2>[a-z]+)\s+(?:was|is)\s+me\b"
)
"""A speaker's own story told of someone else, then owned: "In 2009 there was a boy in the lab
... That boy met a girl on a dating site ... I was that boy." (a eulogy, corpus 127): the one
the story called so is the speaker."""
_FIRST_PERSON_FRAME = re.compile(
    r"\W*(?:But\s+|And\s+|So\s+)?I\s+(?:know|knew|understand|have\s+(?:read|heard|learned|learnt|been\s+told)|"
    r"was\s+told|learned|learnt|heard|keep\s+thinking|believe)\s+(?:that\s+)?(?:if\s+)?"
    r"(?=(?:he|she|they|the|[A-Z][a-z]+)\b)"
)
"""A first-person frame around what the sentence tells of someone else ("I know Dean was
approached first", "I know he was paid")."""
_BY_THE_DEFENDANT = re.compile(r"\bby\s+the\s+(?:defendant|accused)\b")
"""The one on trial as the agent of what a sentence tells."""
_MET_BY_ME_BEFORE = re.compile(
    r"\bI\s+(?:met|saw|told|called|rang|phoned|e-?mailed|wrote\s+to|informed|contacted|visited|"
    r"went\s+to|spoke\s+to|handed\s+(?:it|them|everything)\s+to)\s+(?:[\w.]+\s+){0,3}$"
)
"""Right before a name: someone the "I" of an account went to ("I met dr. Sofie Peeters")."""
_TOLD_ME_AFTER = re.compile(r"\s+(?:told|assured|reminded|wrote\s+to)\s+(?:me|us)\b")
"""After a name: who told the "I" of an account ("Dr Peeters told me that because I stopped at the
first request ..., nothing left the group", corpus 129): a source, not whom it tells of."""
_LIKE_BEFORE = re.compile(r"\b(?:[Ll]ike|[Uu]nlike)\s+$")
"""Before a name held up as a likeness ("If, like Sepp, you ...")."""


_CASE_INTRODUCED = re.compile(
    r"(?:\b(?:a|the|another|one|second|third)\s+(?:[\w-]+\s+){0,2}?(?:case|story)\b[^.;:]{0,80}:"
    # (Or what a letter read out is about: "letter no. LSY/Adm/Trg/2024/117 ... signed by
    # Captain Golam Mostafa, ..., concerning Md. Tanvir Hasan, Roll 1912034", corpus 147.)
    r"|\b(?:letter|report|memo(?:randum)?|complaint|note|file|notice|e-?mail)\b[^;:\n]{0,240}?,\s+"
    r"(?:concerning|regarding|in\s+respect\s+of|about)\b)\s*"
    r"(?:[A-Z][\w.]*\s+){0,2}$"
)
"""Right before a name, a case or story introduced by a colon ("described a case from the
neighbouring district, as reported in the newspapers: Jaskaran Singh"), with a title or rank
between; or whom a letter, report or complaint is about, after its writer ("signed by Captain
Golam Mostafa, ..., concerning Md. Tanvir Hasan")."""


def _owners(reading: _DocReading, case_names: set[str]) -> list[set[str]]:
    """For each sentence, the cases it is about (empty: it belongs to the document).

    A sentence that names a case is about it. One that names no case continues the case before
    it when it refers back (a pronoun, "the suspect", or the recruiter's cover name). A new
    paragraph that refers back to nothing is document-level, until a sentence in it refers back
    to the last case (then the whole paragraph is that case's), unless the paragraph has named
    someone else, such as an official, whom the pronoun more likely means. A sentence that
    introduces "a former aide" without a name waits for the name in the next sentences.
    """
    doc = reading.document
    by_sentence: dict[int, list[str]] = defaultdict(list)
    contacts: set[int] = set()
    contact_genders: defaultdict[int, str] = defaultdict(str)
    others: set[int] = set()
    first_named: dict[int, int] = {}
    # "Boy's colleague Tomke Ketelsen, who runs the library, ... Last winter she got an email"
    # (corpus 78): the one introduced as someone's colleague is whom the sentence, and the next
    # ones, are about; not the one named in the possessive.
    possessed: dict[int, str] = {}
    previous: Mention | None = None
    aside: defaultdict[int, set[str]] = defaultdict(set)
    """The cases a sentence names only inside brackets."""
    introduced_until: dict[str, int] = {}
    """Where the introduction each go-between made ends ("..., introduced him to")."""
    for mention in reading.mentions:
        if (
            previous is not None
            and previous.sentence == mention.sentence
            and mention.name in case_names
            and mention.name != previous.name
            and _POSSESSIVE_BETWEEN.fullmatch(doc.text, previous.end, mention.start)
        ):
            possessed[mention.sentence] = mention.name
        previous = mention
        first_named.setdefault(mention.sentence, mention.start)
        introducing = (
            _INTRODUCER_AFTER.match(doc.text, mention.end, doc.sentences[mention.sentence].end)
            if reading.people[mention.name].kin
            else None
        )
        if introducing is not None:
            introduced_until[mention.name] = introducing.end()
        if (
            reading.people[mention.name].kin
            and mention.name in case_names
            and (
                _KIN_BEFORE.search(doc.text, max(0, mention.start - 60), mention.start)
                # (Or who made the introduction: 'a former colleague, Mr Derek Milne ("Deke"),
                # ..., introduced him to a man', corpus 175: the sentence is about "him"; the
                # nickname in brackets too.)
                or mention.start < introduced_until.get(mention.name, -1)
            )
        ):
            # "Four years ago her father, Pu Lalngaia, was diagnosed with cancer" (corpus 79):
            # introduced as the relative of whom "her" means, the sentence is still about her.
            continue
        if _PRESENT_AFTER.match(doc.text, mention.end):
            # "Interviewed on 1 October with Ing. Dvořák and Mgr. Hrubá present, Ms Koubková
            # said that ... she met a man" (corpus 171): who sat in is not whom the sentence, and
            # the ones after it, are about.
            continue
        if _MET_BY_ME_BEFORE.search(
            doc.text, max(doc.sentences[mention.sentence].start, mention.start - 90), mention.start
        ) or _TOLD_ME_AFTER.match(doc.text, mention.end):
            # "The same evening I forwarded all his messages ... to the Research Security Desk,
            # and on my return I met dr. Sofie Peeters of the Desk" (corpus 129): whom the "I"
            # of the account went to, not whom the sentence is about.
            continue
        if _LIKE_BEFORE.search(
            doc.text, max(doc.sentences[mention.sentence].start, mention.start - 8), mention.start
        ) and re.search(r"\byou\b", doc.sentence_text(doc.sentences[mention.sentence]), re.I):
            # "If, like Sepp, you have already accepted something ..., come forward anyway"
            # (corpus 127): the case held up to the reader as a likeness; the advice is the
            # document's, not part of his story.
            continue
        if (
            _HEARD_BEFORE.search(
                doc.text,
                max(doc.sentences[mention.sentence].start, mention.start - 40),
                mention.start,
            )
            and (gender := reading.people[mention.name].gender) in ("m", "f")
            and re.search(
                {"m": r"\b(?:[Ss]he|[Hh]er)\b", "f": r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b"}[gender],
                doc.sentence_text(doc.sentences[mention.sentence]),
            )
        ):
            # "Only in May, after hearing Kees, did she go to the security officer" (corpus 143):
            # whom she heard, told as a time, is not whom the sentence is about.
            continue
        if _BESIDE_THE_CASE.search(
            doc.text, max(doc.sentences[mention.sentence].start, mention.start - 90), mention.start
        ):
            # "He said Mr. Lim told him not to mention it to Mr. Morea" (corpus 97): whom it was
            # to be kept from is not whom the sentence is about.
            continue
        if _does_it_to_the_subject(doc, mention):
            # "She showed the messages: in July a "Talent Partner", Sarah Mansour ..., wrote to
            # her unprompted" (corpus 152): the one who did it to "her" is not whom a sentence
            # opening on "she" is about.
            continue
        if (
            mention.name in case_names
            and any(n != mention.name for n in by_sentence.get(mention.sentence, ()))
            and _INTERVIEWED_BY.search(
                doc.text, doc.sentences[mention.sentence].start, mention.start
            )
        ):
            continue
        if (
            mention.name in case_names
            and any(n != mention.name for n in by_sentence.get(mention.sentence, ()))
            and _TOLD_DIRECTLY.search(
                doc.text,
                max(doc.sentences[mention.sentence].start, mention.start - 30),
                mention.start,
            )
        ):
            # "Mr. Pires refused, told Dr. dos Santos the same afternoon" (corpus 106): whom
            # the case named before reported to, not whom the sentence is about.
            continue
        if (
            _EVENT_POSSESSIVE.match(doc.text, mention.end)
            or (_POSSESSIVE.match(doc.text, mention.end) and reading.people[mention.name].kin)
            # (Or another's story heard of: "When she heard about Bong's case after the June
            # assembly, she went with Mon to the canteen's HR and security officer", corpus 145.)
            or (
                _POSSESSIVE.match(doc.text, mention.end)
                and _HEARD_OF_BEFORE.search(doc.text, max(0, mention.start - 30), mention.start)
            )
        ) and _PRONOUN_SUBJECT.search(doc.sentence_text(doc.sentences[mention.sentence])):
            # "after the press reported PACHECO's arrest, she went to her coordinator" (corpus
            # 86): another's arrest as a time, and the sentence about whom "she" means; a
            # relative's things ("Within a week he had paid Ermek's fine", "He told her ..., "or
            # Ermek's case will be reopened"", of her brother, corpus 110) are no more.
            continue
        # A judge, prosecutor or lawyer named in passing never takes over whom "she" means:
        # after "prosecutor X told the court", the story goes on about the defendant.
        if mention.name in case_names and not reading.people[mention.name].bench:
            if mention.name not in by_sentence[mention.sentence]:
                by_sentence[mention.sentence].append(mention.name)
                opened = doc.text[doc.sentences[mention.sentence].start : mention.start]
                if opened.count("(") > opened.count(")"):
                    aside[mention.sentence].add(mention.name)
        elif reading.people[mention.name].contact:
            contacts.add(mention.sentence)
            contact_genders[mention.sentence] += reading.people[mention.name].gender or "mf"
        elif _is_post(mention.name):
            # ("no need to involve your In-Charge": a post, whom "she" never means, corpus 112.)
            continue
        elif not _SAID_AFTER.match(doc.text, mention.end) and not (
            # ("Otieno said the charity first paid the fees ... for Mr Mwinyi's mother": a
            # radio reporter telling of the case named after him, corpus 63.)
            _SAYS_OF_ANOTHER.match(doc.text, mention.end)
            and any(
                m.sentence == mention.sentence and m.start > mention.end and m.name in case_names
                for m in reading.mentions
            )
        ):
            # ("Lorne's questions began innocently, Redhead said: how her shifts went": who
            # tells the story is not whom "her" means.)
            others.add(mention.sentence)
    for index, bracketed in aside.items():
        # "On the interview of 8 July (present: N. Delgado Rocha, HR officer Keila Mendes ...),
        # Sr. Fortes Tavares stated the following" (corpus 91): whom the sentence names in an
        # aside is not whom it, and the "he" after it, are about.
        by_sentence[index].sort(key=lambda name: name in bracketed)
    # Sentences that name a relative, neighbour or superior of the case, who is not a case.
    witnessed = {
        m.sentence
        for m in reading.mentions
        if reading.people[m.name].kin and m.name not in case_names
    }
    owners: list[set[str]] = [set() for _ in doc.sentences]
    # The jobs of the cases the story never names ("a pharmacist"): a sentence waiting for a
    # name that also tells of such a case ("An operator ... has fled, while a hospital
    # pharmacist who reported an offer lost nothing") is not the next named case's alone.
    described_heads = {
        name.split()[-1].lower() for name in case_names if reading.people[name].described
    }
    first_mention: dict[str, int] = {}
    for mention in reading.mentions:
        first_mention.setdefault(mention.name, mention.start)
    defendants = sorted(
        (n for n in case_names if reading.people[n].defendant),
        key=lambda n: (first_mention.get(n, len(doc.text)), n),
    )
    party_anaphor = _party_anaphor(doc)
    focus: str | None = None
    dormant: str | None = None
    section_party: str | None = None  # the party a section's heading names
    entry_party: str | None = None  # the labelled party of a register's entry
    previous_paragraph = -1
    # Each paragraph's text, for whom its pronouns can mean (joined once, not per sentence).
    paragraphs: defaultdict[int, str] = defaultdict(str)
    for each in doc.sentences:
        paragraphs[each.paragraph] += " " + doc.sentence_text(each)
    pending: list[int] = []
    unowned: list[int] = []
    someone_else = False
    last_case = last_other = -1  # the last sentences that named a case, and someone else
    stranger_paragraph = -1  # the paragraph that opened on someone new, never named
    stranger_start = -1  # the sentence it opened with
    # An interview's answers ("A: With a WhatsApp message in September ...") are the words of
    # whom it interviews, whom its introduction names first (corpus 61; not the reporter it
    # names after: "He spoke to Sarah Kowalczyk").
    answers = _answers(doc)
    # (A record of a statement ends with the officer's questions and the answers, after the
    # statement told in the first person by the person it names in its fields, corpus 88.)
    heard = any(reading.people[n].signed for n in case_names if n in first_mention)
    narrator = _narrator(reading, case_names, first_mention) if not answers or heard else None
    # (Whom the writer calls a relative: "my cousin Jun-jun", corpus 81.)
    writers_relatives = _writers_relatives(reading) if narrator is not None else set()
    # A letter to the person it tells of ("Dear Lic. Quiroga de Antelo, ... You have not
    # reported for duty since ...", corpus 89): what "you" did is the addressee's.
    addressee = _addressee(reading, case_names) if narrator is None else None
    # (From its greeting on: a court tells other defendants "you" before it calls this one to
    # stand, corpus 123.)
    addressed_from = _greetings(doc.text)[0].start() if addressee is not None else 0
    monologue = _monologue(doc)
    letter_of = {n: letter.name for letter in _letters(doc) for n in letter.paragraphs}
    written_by = _section_writers(reading)
    post_of = _posts(doc, reading.people)
    spoken_by = _speakers(doc, reading.people)
    anonymous = _anonymous_turns(doc)
    after_caller = False  # the lines after a caller's, until someone named speaks or is named
    # (Not an official interviewed about someone else's case: "Davit Lomidze, a deputy head
    # of the service's counter-intelligence department, agreed to answer questions about one
    # recent case", corpus 64. His answers tell of whom they name.)
    interviewees = [
        n
        for n in case_names
        if n in first_mention
        and not reading.people[n].bench
        and not reading.people[n].official_hits
    ]
    # Answers in someone else's voice (a page of frequently asked questions, an explainer) are
    # about the one person they tell of, where there is one (corpus 54); where they tell of
    # several, each answer is about whom it names (corpus 77: a security service's questions
    # and answers, telling two people's stories).
    if answers and not _in_first_person(doc, answers):
        interviewees = [n for n in interviewees if not reading.people[n].kin]
        if len(interviewees) > 1:
            interviewees = []
    interviewee = min(
        interviewees,
        key=lambda n: (not reading.people[n].signed, first_mention[n]),
        default=None,
    )
    # Whom a transcript's speaker introduces as their relative tells a story of their own: the
    # speaker's next lines go on with it ("My cousin Loretta Christian ...", corpus 79).
    # (Or whom the family calls by a name of its own: "Kevin Mutua Kilonzo. We call him Kevo",
    # a caller to a radio show about her brother, corpus 174.)
    family_named = {
        m.group("full") for m in _NICKNAME_NEXT_SENTENCE.finditer(doc.text) if " We " in m.group(0)
    }
    relatives = (
        {
            m.name
            for m in reading.mentions
            if _RELATIVE_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
            or m.name in family_named
        }
        if spoken_by
        else set()
    )
    relative_of: dict[str, str] = {}  # the relative whose story each speaker told last
    last_named: list[str] = []  # the people the last sentence to name anyone named
    rule_paragraph = -1  # the paragraph that quotes a circular's or a policy's words
    advice = _advice_paragraphs(doc)
    lowered = _lower(doc.text)
    mentioned: defaultdict[int, list[Mention]] = defaultdict(list)
    for mention in reading.mentions:
        mentioned[mention.sentence].append(mention)
    named_at: dict[str, int] = {}  # the last sentence to name each person
    # The pronouns of the sentences each person's story held, naming no one else: where a
    # person's gender is not given (no title, no kin word), the one their story says of them.
    told_as: defaultdict[str, Counter[str]] = defaultdict(Counter)
    official_line = -1  # the paragraph of a transcript's line an official speaks, by post
    # The last heading, or the last sentence to tell of someone unnamed, by their gender.
    stranger_at: dict[str, int] = {}
    for index, sentence in enumerate(doc.sentences):
        text = doc.sentence_text(sentence)
        named = by_sentence.get(index, [])
        speaker = spoken_by.get(index)
        if index in anonymous:
            # A caller's own story, and whom the next lines' "he" means: nobody named before.
            focus = None
            someone_else = True
            after_caller = True
            continue
        if after_caller and (named or speaker in case_names):
            after_caller = False
        if after_caller and _HE_SHE_THEY.search(text.lower()):
            # "ARCE: That is exactly right. He stopped at the first strange request" answers
            # the caller (corpus 124, read 393: quoted as the studio guest's own moment).
            continue
        if party_anaphor is _PLAINTIFF_ANAPHOR and _SUED_OPENS.match(text):
            # "The 3rd defendant, DW1, accepted in cross-examination that her only source was
            # ..." in a libel suit (corpus 102): those sued, no one the story is about.
            focus = None
            pending = []
            continue
        line = doc.text.rfind("\n", 0, sentence.start) + 1
        # (From the line's start: "[01:14] QUIM: Since 2009." gives its time first, corpus 101.)
        label = _speaker_label(doc.text, line if line >= sentence.start - 12 else sentence.start)
        if label is not None and label.start("label") < sentence.start - 1:
            label = None
        if label is not None:
            official_line = sentence.paragraph if _POST_LABEL.search(label.group("label")) else -1
        if (
            sentence.paragraph == official_line
            and not named
            and (not _HE_SHE_THEY.search(text.lower()) or _ANYONE_AT_ALL.search(text))
        ):
            # An official's line in a transcript, by their post, about anyone at all ("SIS
            # OFFICER: ... Then, when the person wants out, a threat, using what he has already
            # sent", corpus 142): the pattern they tell, no caller's story. (Not what the
            # official says of the case: "OFFICER: He came to us when the questions moved from
            # history to the logbook", corpus 81.)
            focus = None
            continue
        for stranger in _UNNAMED_STRANGER.finditer(text):
            word = stranger.group(0).split()[-1].lower()
            for gender in {"man": "m", "woman": "f"}.get(word, "mf"):
                stranger_at[gender] = index
        for gender in contact_genders.get(index, ""):
            # (A recruiter named since: "a "talent partner" calling herself Sophie Carrel ...
            # Then the questions narrowed: she wanted the network diagram", corpus 44.)
            stranger_at[gender] = index
        if (
            speaker in case_names
            and label is not None
            and focus not in relatives
            # (Not a question put to the other speaker, nor a line that goes on about whom
            # "she" means: "DODGER: She got scared and stopped.")
            and not text.rstrip().endswith("?")
            and not re.match(
                r"[\W\d]*(?:[Ss]he|[Hh]e|[Tt]hey)\b", doc.text[label.end() : sentence.end]
            )
            # (Nor, where the speaker tells a relative's story, a line that says nothing of
            # "I" and goes on about "him": "VALENTINA PETROVNA: In August they sent him by post
            # a little camera", of her grandson, corpus 142.)
            and not (
                relatives
                and not _FIRST_PERSON.search(doc.text, label.end(), sentence.end)
                and re.search(r"\b(?:him|his|her|he|she)\b", doc.text[label.end() : sentence.end])
            )
        ):
            # A transcript's speaker's line: the story goes on with the speaker, whom the
            # stranger's questions were put to ("DODGER: Second trip out, he's asking about
            # the ship"), not whom the last line named in passing.
            focus = speaker
            if relative_of.get(speaker) in case_names and not _FIRST_PERSON.search(
                doc.text, label.end(), sentence.end
            ):
                # (Or the relative whose story the speaker's last line told, where this one
                # says nothing of "I": "BEATRICE: At first it was just essays, from
                # newspapers", of her brother Kevo, a radio call-in, corpus 174.)
                focus = relative_of[speaker]
        if speaker is not None and focus in relatives:
            relative_of[speaker] = focus
        if named:
            last_case = index
        if index in others:
            last_other = index
        if sentence.paragraph != previous_paragraph:
            unowned = []
            someone_else = False
            new_paragraph = True
        else:
            new_paragraph = False
        previous_paragraph = sentence.paragraph
        if named and focus is not None and focus not in named:
            after_name = _lower(doc.text[first_named[index] : sentence.end])
            before_name = _lower(doc.text[sentence.start : first_named[index]])
            if (
                all(reading.people[n].official_hits for n in named)
                or _TOLD_SOMEONE_BEFORE.search(before_name) is not None
            ) and _HE_SHE_THEY.search(before_name):
                # "The following morning she told the hospital's security officer, Kareen
                # Pemberton": she is still the person the story was about; the officer she told
                # does not take over whom the next sentences mean.
                owners[index].add(focus)
                continue
            if _SEEN_DOING.search(after_name):
                # "In March 2025 a first officer, Teodoro Mangue Abeso, saw her photographing a
                # briefing pack ... and filed a confidential security report" (corpus 77): the
                # one seen is still the person the story is about, whom the next sentences mean.
                owners[index].update(named)
                owners[index].add(focus)
                continue
            if all(reading.people[n].bench for n in named) and _OBJECT_PRONOUN.search(after_name):
                # "Mr Eworo arranged an interview for her return" (corpus 77): what the security
                # manager did about her is about her.
                owners[index].add(focus)
                continue
        if named:
            owners[index].update(named)
            if is_headline(doc, index) and _numbered(doc, index):
                # "5. The interview with the retired stores clerk" (corpus 100): a numbered
                # section's title that names one case makes the section theirs, as one that
                # names a party does. (Not any line alone: a field, "Moderator: Prof. Dr. Levent
                # Aydıner, ...", corpus 73; a list's item, "- José Rigoberto Maradiaga Cálix
                # ("Rigo"), managing partner;", corpus 93; "Dr. Alinafe J. Gondwe, Member".)
                cased = [n for n in named if n in case_names]
                section_party = cased[0] if len(cased) == 1 else None
            if stranger_start >= 0 and _LATE_NAMED.match(text):
                # "Last spring a young man from up the coast started coming to this church ...
                # That young man is Brother Jeremias Obed" (corpus 81): the story told of the
                # one described and named only now is theirs.
                for earlier in range(stranger_start, index):
                    owners[earlier] = {named[0]}
            # (Whoever the story names after describing someone is not that someone: "You are
            # Bodil Kofoed, 38." after "A man ...", corpus 82.)
            stranger_start = -1
            if reading.people[named[0]].label and _LABEL_FIELD_OPENS.match(text):
                # (A register's entry, not a party to proceedings, whose story may tell
                # another case: "the petitioner" is found as "the defendant" is.)
                # (Only at the entry's field, not where the label is said again: "He told the
                # Branch Manager that he had dismissed Subject 1" is the employer's account,
                # corpus 97.)
                party = _label_kind(reading.people[named[0]].label) in _PARTY_LABELS
                entry_party = None if party else named[0]
            for waiting in pending:
                if not reading.people[named[0]].described and _describes_another(
                    doc.sentence_text(doc.sentences[waiting]), described_heads
                ):
                    continue
                owners[waiting].add(named[0])
            pending = []
            # The paragraph is about the case it names: its opening sentences are too.
            if not someone_else:
                for earlier in unowned:
                    # (Not a sentence whose pronouns are all of the other gender: "he copied
                    # hundreds of pages ... The contrast with Mrs. Nyirenda-Mhango is plain",
                    # corpus 97.)
                    if not _other_gender(
                        doc.sentence_text(doc.sentences[earlier]),
                        reading.people[named[0]].gender,
                    ):
                        owners[earlier].add(named[0])
            unowned = []
            approached = focus
            # (Where two are named and the first was whom the story was about, the next; not
            # in the section of the first, "ORSEC-2025/007: Senior Lecturer Timur Bakhytuly"
            # over "Timur Bakhytuly, co-author with Zhanar Serikovna Abenova, ...", corpus 89.)
            moves_on = len(named) > 1 and named[0] == focus and focus != section_party
            focus = named[-1] if moves_on else named[0]
            introduced = next(
                (
                    m.name
                    for m in mentioned.get(index, ())
                    if m.name in named[1:]
                    and m.name in case_names
                    and _CASE_INTRODUCED.search(doc.text, sentence.start, m.start)
                ),
                None,
            )
            if introduced is not None and not moves_on:
                # "ASI Harjinder Singh then described a case from the neighbouring district, as
                # reported in the newspapers: Jaskaran Singh @ Jassi, 24, a gym trainer"
                # (corpus 145): the story that follows is of the one the case is introduced by.
                focus = introduced
            focus = possessed.get(index, focus)
            actor = next((m for m in mentioned.get(index, ()) if m.name == focus), None)
            done_to = _HANDLES.match(lowered, actor.end) if actor is not None else None
            if (
                approached is not None
                and approached in case_names
                and named == [focus]
                and approached != focus
                and done_to is not None
                and not _other_gender(done_to.group(0), reading.people[approached].gender)
            ):
                # 'A "recruitment officer Sheena Malik" messaged her the day after she
                # commented' (corpus 97): the one she did it to is still whom the story is
                # about, and whom "she" means next.
                owners[index].add(approached)
                focus = approached
            last_named = named
            named_at.update((n, index) for n in named)
            person = reading.people[focus]
            # A case quoted in the story ("Ms Mwangi said") is still the case; only someone
            # quoted more than the story tells about them is taken for an official.
            if person.official_hits <= person.outcome_hits + person.approach_hits + person.act_hits:
                dormant = focus  # "the accused" later means the defendant, not their counsel
            continue
        if (
            index > 0
            and focus is not None
            and focus in owners[index - 1]
            and _FORM_FIELD.match(text) is not None
            and _FORM_FIELD.match(doc.sentence_text(doc.sentences[index - 1])) is not None
            # (Not a field that names other people: "Panel: Pr. Nacéra Aït-Ouali (chair); ...";
            # a company is no person: "Occupation: Licensed customs broker, Western Clearing &
            # Forwarding Pte Ltd", corpus 87.)
            and not any(
                reading.people[m.name].person_hits and m.name not in case_names
                for m in mentioned.get(index, ())
            )
        ):
            # A form's next field ("Name: X" / "Position: Technical Records Clerk"): still
            # about the person the field before it named (corpus 76).
            owners[index].add(focus)
            continue
        # (A line in capitals is a heading too: "II." then "SITUATION OF JOSÉ MANUEL TCHIPILICA".)
        if is_headline(doc, index) or (
            defendants and len(text) < 120 and text.isupper() and "\n" not in text.strip()
        ):
            focus = None
            pending = []
            if not _numbered(doc, index):
                # A register's next entry ("HL-Q3-037") is about someone else; a report's next
                # numbered section ("3. TRANSACTION CHRONOLOGY (amounts in Kina)") goes on with
                # the party its fields named (corpus 97).
                entry_party = None
            stranger_at = dict.fromkeys("mf", index)
            heading = {w.casefold() for w in re.findall(r"[\w'’-]+", text)}
            headed = [n for n in defendants if reading.people[n].tokens[-1].casefold() in heading]
            if not headed:
                # (Or the one case the heading names: "5. The interview with the retired stores
                # clerk", "3. Our brother Johnny", corpus 100.)
                headed = list(
                    dict.fromkeys(n for n in by_sentence.get(index, ()) if n in case_names)
                )
            # "II. SITUATION OF JOSÉ MANUEL TCHIPILICA": the section is that party's, whom "the
            # scholarship holder" and its pronouns mean in it, not the first one named (corpus
            # 100); a heading that names none ends it.
            section_party = headed[0] if len(headed) == 1 else None
            focus = section_party
            continue
        if sentence.paragraph in advice:
            # A section of advice to all staff ("8. NOTE FOR BRANCH STAFF": "He will ask you to
            # keep it to yourself ...", corpus 97): about nobody in the story.
            focus = None
            pending = []
            continue
        if _RULE_FOR_ALL.match(text) is not None:
            # A rule for everyone ("Reporting: staff must report any such approach without delay
            # to the Institute Director", "Staff may also report directly to ...", corpus 130):
            # about nobody in the story, whoever it last told of.
            continue
        if sentence.paragraph == rule_paragraph or (
            index > 0
            and text.lstrip()[:1] in '"“'
            and _RULE_READS.search(doc.sentence_text(doc.sentences[index - 1])) is not None
        ):
            # A circular's or a policy's words, quoted: "The relevant part of the circular
            # reads: 'Officers at every grade ... may be approached ... Report any such
            # approach at once'" (corpus 97): advice to all staff, nobody's story.
            rule_paragraph = sentence.paragraph
            continue
        if (
            sentence.paragraph in answers
            and interviewee is not None
            # (Not "she" of the colleague the answer has just named, in a sentence with no "I":
            # "What came out, and what Jess later wrote ..., was this. Eight months earlier ...
            # she had met a man on a dating app", a reflective account's answer, corpus 128.)
            and not (
                focus not in (None, interviewee)
                and focus in case_names
                and _PRONOUN_SUBJECT.search(text) is not None
                and _FIRST_PERSON.search(_QUOTED.sub("", text)) is None
                and not _means_other(text, reading.people[focus], reading.people[interviewee])
            )
        ):
            owners[index].add(interviewee)
            focus = interviewee
            continue
        author = post_of.get(index)
        speaker = speaker if author is None else None
        if (
            speaker is not None
            and speaker in case_names
            and _OWN_PRONOUN_FIRST.match(_QUOTED.sub("", text))
        ):
            # A transcript's speaker tells of themselves where the sentence says "I" and does
            # not open on "she" or "he" ("She said I could tell it" is the cousin's, corpus
            # 79); the story told
            # around it stays with whom it is about ("I said, Gull, you go in now. So she went
            # to her manager").
            owners[index].add(speaker)
            continue
        if (
            author is not None
            and author in case_names
            and _FIRST_PERSON.search(_QUOTED.sub("", text))
        ):
            # A thread's post or comment: its "I" is whoever the line above it names (corpus
            # 78, a community group's thread).
            owners[index].add(author)
            focus = author
            continue
        signer = letter_of.get(sentence.paragraph)
        if signer is None and _FIRST_PERSON.search(_QUOTED.sub("", text)):
            signer = written_by.get(sentence.paragraph)
        if (
            signer is not None
            and signer in case_names
            and _FIRST_PERSON.search(text)
            # (Not the words someone else said to the writer: ""No collector on earth needs
            # to know who gets a registered letter at Two Boats," he told me", corpus 133.)
            and _FIRST_PERSON.search(_ATTRIBUTED_TO_ME.sub("", _QUOTED.sub("", text)))
            # (Nor what "she" did to the writer: "She phoned me that evening", corpus 141.)
            and not _DONE_TO_ME.match(text)
        ):
            if (
                focus is not None
                and focus != signer
                and focus in case_names
                and reading.people[focus].gender
                and _PRONOUN_SUBJECT.search(text) is not None
                and _pronouns_of(text) == reading.people[focus].gender
                and reading.people[signer].gender != reading.people[focus].gender
            ):
                # What the one the letter has just told of did, told after the writer's own
                # reason: "Because I was already under review ..., she reported it herself
                # through the RCMP's online ... form", of the writer's wife (a complaint to an
                # ombudsman, corpus 179): hers, not the writer's.
                owners[index].add(focus)
                continue
            # A reader's letter: its "I" is whoever signed it (corpus 71); a section of a
            # report, whoever wrote it (corpus 95).
            owners[index].add(signer)
            focus = signer
            continue
        if (
            ((addressee is not None or author is not None) and _LETTER_ADVICE.search(text))
            # (Or a column's, told by its writer, where the advice names no one: "If you work
            # on Ascension ..., stop and tell your supervisor or your site's security officer
            # the same day", corpus 133.)
            or (
                (narrator is not None or sentence.paragraph in written_by)
                and not named
                and (
                    _ADVICE_TO_YOU.match(text)
                    or _RULE_FOR_ALL.match(text)
                    or _TO_THE_READER.search(text.lower())
                )
            )
        ):
            # The letter's advice to all staff: "What to do: do not give anything", "- there is
            # pressure or a threat once you have helped", "If a member of staff has already
            # passed on information, they should still come forward" (corpus 93), or an
            # e-mail's to its reader, "Keep a photo of your passport in your e-mail" (corpus
            # 94): nobody's.
            focus = None
            continue
        if not named and _CAUTION_OPENS.match(text):
            # A caution to the reader, in any report: "Be wary when a stranger makes you an
            # offer that seems too good, ..." (corpus 167, read 515: quoted as the case of the
            # piper whose story came before it).
            focus = None
            continue
        if (
            addressee is not None
            and sentence.start >= addressed_from
            and _SECOND_PERSON.search(_QUOTED.sub("", text))
            # (Not what the letter says to "you" of someone else: "I am not able to tell you
            # more about that person. Their employment ... has ended", corpus 93.)
            and not (focus not in (None, addressee) and _THAT_PERSON.search(text))
        ):
            owners[index].add(addressee)
            focus = addressee
            continue
        framed = _FIRST_PERSON_FRAME.match(text)
        if (
            narrator is not None
            and _FIRST_PERSON.search(
                text if monologue else _ATTRIBUTED_TO_ME.sub("", _QUOTED.sub("", text))
            )
            # (Not what "I know" of someone else: "I know Dean was approached first in an
            # online game", "I know he was paid about £14,000", corpus 127.)
            and not (framed is not None and not _FIRST_PERSON.search(text, framed.end()))
            # (Nor what was done to "me" by the one on trial: "my name, home address ... had
            # been exported from the training records system by the defendant", corpus 127.)
            and not _BY_THE_DEFENDANT.search(text)
            # (Nor what "she" did, to "me" only: "She phoned me that evening", the case ringing
            # the report's compiler, corpus 141.)
            and not _DONE_TO_ME.match(text)
        ):
            # A first-person account ("As told to ..."): what "I" did is the narrator's, whom
            # the piece may name only at its end (corpus 65).
            owners[index].add(narrator)
            focus = narrator
            continue
        if dormant and _COURT_FRAME.search(text):
            # "The Crown case, outlined by prosecutor X, was that the first contact came ...":
            # what the prosecution, the court or the investigators tell is about the case (the
            # one on trial rather than a relative named last, see `_told_of`).
            focus = _told_of(reading, dormant, defendants)
            owners[index].add(focus)
            continue
        if index in others:
            someone_else = True
        if index - 1 in witnessed and _HE_SHE_OPENS.match(text):
            # "... his shift supervisor, Dorothy Chai Siew Ling, saw him photographing the
            # console. She reported it to the company's security office": the witness, not the
            # case, whatever the story was about before (read 137).
            continue
        # "A security guard at a gas terminal, a married man in his thirties, met ...": a
        # sentence that opens by describing someone new is about them, whatever its pronouns.
        # (Not the stranger of the case's own story: "In 2023 a man she met at a market offered
        # her money", someone doing to "her" what a recruiter does.)
        new_person = (
            _NEW_PERSON_OPENS.match(text) is not None and _DOES_TO_SOMEONE.search(text) is None
        )
        refers_back = not new_person and (
            any(not _THING_AFTER.match(text, m.end()) for m in _ANAPHOR.finditer(_lower(text)))
            or index in contacts
        )
        if refers_back and not named and _STRANGER_SKETCHED.search(text):
            # "What is not normal: a stranger who pays for a costly hunt, ... a phone he gives
            # you" (corpus 127): the "he" of a sketch of the stranger to watch for is that
            # stranger, not the case told before.
            refers_back = False
        if not named and _PARTY_DESCRIBED.match(text) is not None:
            # "Caller: man, 46, Zugdidi." (corpus 96, a helpline's next call): a log's entry
            # about someone it does not name, whom none of the entries before told of.
            focus = None
            dormant = None
            pending = []
            stranger_paragraph = sentence.paragraph
            continue
        if new_paragraph and not named and _OFFICE_HOLDER_OPENS.match(text) is not None:
            # "The President explained why he invited the guest." (corpus 95's minutes): a
            # paragraph that opens on an office-holder, by their office, turns to their
            # business: its pronouns and those of the paragraphs after it ("He said that
            # foreign services ... through a cousin who does not even know what she is
            # carrying") are not the case's named paragraphs before, until one is named again.
            refers_back = False
            stranger_paragraph = sentence.paragraph
            dormant = None
        if new_person:
            # "An NIS official ... said employees should ... '...,' the official said": what
            # the rest of the paragraph refers back to is the person it opened on, not the case
            # (corpus 60: an official's advice told as the case's own reporting).
            stranger_paragraph = sentence.paragraph
            stranger_start = index
        if (
            new_paragraph
            and not refers_back
            and not (
                # The next item of a list that tells the case's story ("- First: photos of
                # shop fronts in Mangaf and Fahaheel.", after the paragraph about Shibu, corpus
                # 97), not of advice to all: still that case's.
                focus is not None
                and index > 0
                and focus in owners[index - 1]
                and (item := _BULLET.match(text)) is not None
                and _LETTER_ADVICE.search(text, item.end()) is None
            )
            # (Nor a transcript's line its speaker opens: "QUIM: Since 2009. You know the quarry
            # ponds at Cabo da Praia", corpus 101, still the speaker's story.)
            # (Where the line tells of the speaker: "... I post my photos ..."; not "DODGER: First
            # it's the flight timetables ... She used her own login", corpus 79.)
            and not (
                label is not None
                and speaker in case_names
                and focus == speaker
                and _FIRST_PERSON.search(_QUOTED.sub("", paragraphs[sentence.paragraph]))
            )
            and not (
                # An investigator's or an official's account of the case, opening the
                # paragraph ("Mr Bakali described what came next: a plot ... bought for nine
                # million francs in cash", corpus 101): still about whom the story was about.
                focus is not None
                and any(
                    reading.people[m.name].bench
                    and m.start - sentence.start <= 8
                    and _ACCOUNT_AFTER.match(doc.text, m.end) is not None
                    for m in mentioned[index]
                )
            )
        ):
            focus = section_party
            pending = []
        # With two defendants, "the defendant" goes on with the one the story is about, else
        # means the first one named (never whichever a set of names happens to yield first).
        defendant = focus if focus in defendants else section_party or next(iter(defendants), None)
        if defendant and party_anaphor.search(text):
            focus = defendant  # "the accused" is the defendant, whoever was named last
            named_at[defendant] = index
            if not someone_else:
                # "The requests then moved to files ... The court found that the defendant
                # used his access": the paragraph is the defendant's from its start.
                for earlier in unowned:
                    owners[earlier].add(focus)
                unowned = []
        elif (
            focus is not None
            and dormant
            and focus != dormant
            and reading.people[focus].official_hits
            and _SUSPECT_ANAPHOR.search(text)
        ):
            # "Director X told reporters ... The suspect has been remanded": the suspect is
            # the person the story is about, not the official who spoke last.
            focus = dormant
        if (
            focus is None
            and refers_back
            and dormant
            and not someone_else
            and sentence.paragraph != stranger_paragraph
            # ("He works rotations as a technician" after a paragraph about Sister Naomi: a
            # pronoun of the other gender means someone else, corpus 81.)
            # (The whole paragraph: "At the airport lodge he met ... Konrad Voight. Mr. Voight
            # was good company. He paid the snowmobile bill", and nowhere "she".)
            and not _other_gender(
                paragraph := paragraphs[sentence.paragraph], reading.people[dormant].gender
            )
            and not (last_other > last_case and _SPEAKER_PRONOUN.search(_lower(text)))
            # (Nor whom the sentence itself brings in before its pronoun: "At the Leiden
            # conference a colleague from Cairo University proposed a joint paper on the
            # sealings; he wrote to both directors", corpus 137, under "Legitimate contacts".)
            and not _SOMEONE_BEFORE_PRONOUN.search(text)
        ):
            # ("A spokeswoman, Kerensa Drummond, said ... [her advice] ... 'The warning signs
            # are usually the same,' she said": who speaks is whoever was named last.)
            # (Not a relative named last, where someone is on trial: see `_told_of`.)
            focus = _told_of(reading, dormant, defendants)
            contact_cases = {
                case
                for m in mentioned[index]
                if reading.people[m.name].contact
                for case in next(
                    (
                        owners[j]
                        for j in range(index - 1, -1, -1)
                        if owners[j] and any(n.name == m.name for n in mentioned.get(j, ()))
                    ),
                    set(),
                )
            }
            if (
                index in contacts
                and len(contact_cases) == 1
                and not any(
                    not _THING_AFTER.match(text, m.end()) for m in _ANAPHOR.finditer(_lower(text))
                )
            ):
                # Only the contact named, after a heading ("6. Findings" then "- The photograph
                # on Dr. Haddon's professional profile appears elsewhere", corpus 106): the case
                # the contact was last told with, not whoever the section before was about.
                focus = contact_cases.pop()
            if (
                narrator is not None
                and narrator in case_names
                and focus != narrator
                and not _other_gender(paragraph, reading.people[narrator].gender)
                # (Not a paragraph that says "he" of the case told before, and nowhere "I", in
                # a speech about him: "In 2008 he was invited to present our sampling methods"
                # of the man a eulogy is for, corpus 127.)
                # (Nor one that opens on "she" of the colleague named just before, in an
                # account of her: "What came out, and what Jess later wrote ... Eight months
                # earlier, shortly after her divorce, she had met a man on a dating app",
                # corpus 128.)
                and not (
                    focus in case_names
                    and not reading.people[focus].kin
                    and focus not in writers_relatives
                    and _PRONOUN_SUBJECT.search(text) is not None
                    and _FIRST_PERSON.search(_QUOTED.sub("", text)) is None
                    and not _means_other(text, reading.people[focus], reading.people[narrator])
                )
            ):
                # A diary's new entry goes back to its writer, not to the cousin the entry
                # before told of ("Joanne again. Now she wants the worker master list", corpus
                # 81); one that says only "he" of a woman's diary is about him.
                focus = narrator
            for earlier in unowned:
                owners[earlier].add(focus)
            unowned = []
        if (
            entry_party is not None
            and focus != entry_party
            and refers_back
            and not (focus is not None and reading.people[focus].label)
            # (Not in a section whose heading named another: "5. The interview with the
            # retired stores clerk", after "Complainant: Mrs Nyarai Mushonga", corpus 100.)
            and section_party in (None, entry_party)
        ):
            # A register's entry is about the party its label names ("Reporter: X ... Cumar
            # told her ... She photographed it once", corpus 76): "she" is X, not the
            # go-between named last.
            focus = entry_party
        if (
            focus is not None
            and len(last_named) > 1
            and _other_gender(text, reading.people[focus].gender)
        ):
            # "Mami Bih Comfort then asked about her son, Nkwenti Lionel Fru ... a man ...
            # offered him paid work" (corpus 95): a pronoun of the other gender means the other
            # person the last sentence named, where only one of them can be meant.
            fits = [
                n
                for n in last_named
                if n != focus and not _other_gender(text, reading.people[n].gender)
            ]
            if len(fits) == 1:
                focus = fits[0]
        elif (
            focus is not None
            and _other_gender(text, reading.people[focus].gender)
            # (Not in the speaker's own lines: "He'd seen my poster. He was very knowledgeable",
            # of the contact, in a committee witness's account, corpus 174.)
            and speaker != focus
        ):
            # "Liam messaged her ... He told her to keep it to herself. She said no" (corpus
            # 97): the last sentence named only him; "she" is the woman named a few sentences
            # before, where only one is.
            said = _pronouns_of(text)
            fits = (
                [
                    n
                    for n, at in named_at.items()
                    if n != focus
                    and index - at <= _GENDER_LOOKBACK
                    # (Not past a heading, nor past someone unnamed of that gender told of since:
                    # "a man who said he was a genealogist ... He first asked for baptism
                    # registers", corpus 73.)
                    and at > stranger_at.get(said, -1)
                    and reading.people[n].gender
                    and not _other_gender(text, reading.people[n].gender)
                ]
                or [
                    # (Or the party to the proceedings: "The contrast with Mrs. Nyirenda-Mhango is
                    # plain. The first request he received was harmless", the appellant's,
                    # corpus 97.)
                    n
                    for n in defendants
                    if n != focus
                    # (Never another section's party: "she paid him" in the section on José is
                    # the contact, not Ana of the section before, corpus 100.)
                    and section_party in (None, n)
                    and reading.people[n].gender
                    and not _other_gender(text, reading.people[n].gender)
                ]
                or [
                    # (Or the section's own party, where its heading named them: "5.2 The man told
                    # the newspaper that he ..." after "5.1 The complainant objected that ... her
                    # story", corpus 100.)
                    n
                    for n in (section_party,)
                    if n is not None
                    and n != focus
                    and not _other_gender(text, reading.people[n].gender)
                ]
            )
            if len(fits) == 1:
                focus = fits[0]
        elif (
            focus is not None
            and (said := _pronouns_of(text)) in ("f", "m")
            and (told := told_as[focus])[said] == 0
            and sum(told.values()) >= 3
            and not named
            and index not in others | contacts
            and any(earlier in others for earlier in range(index - 3, index))
            # (Not after a stranger or the contact: "My cousin ... brought a man to my mother's
            # birthday dinner. He said he was a businessman", corpus 55.)
            and stranger_at.get(said, -1) < index - 3
            and not any(earlier in contacts for earlier in range(index - 3, index))
        ):
            # A person whose gender no title gives, of whom the story has said only "he", just
            # after someone else beside the case was named: "Ing. Vania Rocha Saucedo of the
            # company's systems department detected an export ... She reported it the next
            # morning" is not the accused's report (read 309). No one's, nor his once "the
            # accused" comes back. (Not after the contact: "a man who introduced himself as Dr.
            # Viktor Salander ... He offered his lakeside house" is her story, corpus 70.)
            continue
        if focus is not None:
            owners[index].add(focus)
            if set(named) <= {focus}:
                told_as[focus].update(_pronouns_of(text))
        else:
            unowned.append(index)
            if _INTRODUCES_PERSON.search(_lower(text)) or pending:
                pending.append(index)
                if len(pending) > 2:
                    pending.pop(0)
    _introduced_contacts(reading, owners, first_mention)
    _file_owners(reading, owners, case_names)
    return owners


_SUBJECT_LINE = re.compile(r"^[ \t]*(?:Subject|Re|Concerning|Regarding)[ \t]*:", re.MULTILINE)
"""A memo's or a letter's subject line: "Subject: Travel request HU/TR/2024/07 (Mr. D.
Persaud)"."""
_DIVIDER = re.compile(r"[ \t]*(?:[-=_*]{5,}|[A-Z][A-Z ,:&()/'’-]{5,})[ \t]*$")
"""A line that closes one part of a file and opens the next: a rule of dashes, or a heading in
capitals ("DECISION (5 August 2024)" is not, "MEMO" and "CORRESPONDENCE" are)."""
_OWN_NOTE = re.compile(
    r"[ \t]*(?P<label>[A-Z][a-z]+)['’]s\s+(?:own\s+)?(?:note|notes|statement|comments?|remarks|"
    r"explanation|account)[ \t]*:"
)
"""A form's field for what its party wrote themselves: "Applicant's note: I attach all the
e-mails."."""
_GREETS = re.compile(r"[ \t]*[\"“]Dear\s")


def _file_owners(reading: _DocReading, owners: list[set[str]], case_names: set[str]) -> None:
    """A file's parts about the one case it concerns, where nothing in them names the case
    (corpus 95, a travel file): a memo under a subject line that names the case ("Subject:
    Travel request ... (Mr. D. Persaud)", then "3. The offer. Business-class travel and USD
    2,500 ... is out of all proportion"), down to the next part; the note the case wrote on the
    form ("Applicant's note: I attach all the e-mails. I have not sent any data.", the party
    the form names "Applicant:"); and the messages quoted after one that greets the case
    ("Dear Mr Persaud, ..." then "22 July: / "... could you bring the 2023 multibeam
    soundings ..."")."""
    doc = reading.document
    paragraphs = _paragraphs(doc)
    numbers = sorted(paragraphs)
    cases_in: dict[int, set[str]] = defaultdict(set)
    for mention in reading.mentions:
        if mention.name in case_names:
            cases_in[doc.sentences[mention.sentence].paragraph].add(mention.name)
    index_of = {id(s): n for n, s in enumerate(doc.sentences)}

    def text_of(number: int) -> str:
        first, last = paragraphs[number][0], paragraphs[number][-1]
        return doc.text[first.start : last.end]

    def own(number: int, case: str) -> None:
        for sentence in paragraphs[number]:
            if not owners[index_of[id(sentence)]]:
                owners[index_of[id(sentence)]].add(case)

    labelled = {reading.people[n].label: n for n in case_names if reading.people[n].label}
    greeted: str | None = None
    for at, number in enumerate(numbers):
        text = text_of(number)
        if _DIVIDER.match(text):
            greeted = None
            continue
        named = cases_in.get(number, set())
        note = _OWN_NOTE.match(text)
        if note is not None and note.group("label").lower() in labelled:
            own(number, labelled[note.group("label").lower()])
        if _GREETS.match(text) and len(named) == 1:
            greeted = next(iter(named))
        elif greeted is not None and not named:
            if text.lstrip().startswith(('"', "“")) and _SECOND_PERSON.search(text):
                own(number, greeted)
            elif not (len(text) < 40 and text.rstrip().endswith(":")):
                greeted = None  # (a date line between two messages keeps them one run)
        subject = _SUBJECT_LINE.match(text)
        if subject is None or len(named) != 1:
            continue
        case = next(iter(named))
        for later in numbers[at + 1 :]:
            if _DIVIDER.match(text_of(later)) and later != numbers[at + 1]:
                break
            if not cases_in.get(later, set()) - {case}:
                own(later, case)


def _introduced_contacts(
    reading: _DocReading, owners: list[set[str]], first_mention: dict[str, int]
) -> None:
    """A sentence that introduces the recruiter before the story names the case ("At last
    October's fiesta a visitor who called himself Mr. Elliot Crane ... donated two roasted
    pigs"), where the next sentence about a case names the same recruiter ("Mr. Crane grew
    especially friendly with Vicente T. Manglona"), is that case's story (corpus 72)."""
    doc = reading.document
    contacts_in: dict[int, set[str]] = defaultdict(set)
    for mention in reading.mentions:
        if reading.people[mention.name].contact:
            contacts_in[mention.sentence].add(mention.name)
    for index in sorted(contacts_in):
        if owners[index]:
            continue
        later = next((j for j in range(index + 1, len(owners)) if owners[j]), None)
        if later is None or not contacts_in.get(later, set()) & contacts_in[index]:
            continue
        start = doc.sentences[index].start
        # (Or the one case the next sentence is about, named before in the lead: "With him was
        # a man he introduced as a friend from church: Serge Karamoko, presenting himself as an
        # Ivorian consultant ... Mr Karamoko contributed 500,000 francs", corpus 101.)
        owners[index].update(
            name
            for name in owners[later]
            if first_mention.get(name, start) > start or len(owners[later]) == 1
        )


# --- facts -----------------------------------------------------------------------------------

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH_NUMBER = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTHS})\.?,?\s+"
    rf"(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTHS})\.?\s+(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<y3>(?:19|20)\d\d))\b"
)
_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (event, re.compile(pattern))
    for event, pattern in (
        ("sentenced", r"\b(?:sentenced|jailed|convicted|found\s+guilty|imprisonment)\b"),
        ("charged", r"\b(?:charged|indicted|pleaded\s+guilty|pled\s+guilty|prosecuted)\b"),
        (
            "arrested",
            # (Not a keeper's charge: "under the custody of Doña Marta", corpus 95.)
            # (Nor a request that may follow: "so that a request for provisional arrest may be
            # sent", corpus 117. An arrest ordered in absentia, a warrant, stays: the person is
            # wanted, see `quiz.families.way_out`.)
            r"\b(?:arrested|(?<!provisional\s)arrest|detained|caught|apprehended|"
            r"compulsory\s+measures|"
            r"(?<!under\sthe\s)custody|"
            r"solved\s+the\s+case|cracked)\b",
        ),
        ("born", r"\bborn\b"),
        (
            "left the job",
            r"\b(?:resign\w*|quit|retired|left\s+(?:the|his|her)\s+(?:job|company))\b",
        ),
        ("fled", r"\b(?:fled|flee|border|escap\w+|defect\w*)\b"),
        (
            "first contact",
            r"\b(?:met|meet|ran\s+into|encountered|approached|contacted|befriended|messaged|"
            r"emailed|recruited|first\s+contact)\b",
        ),
        ("went abroad", r"\b(?:abroad|overseas|posted|stationed|appointed)\b"),
        ("paid", r"\b(?:paid|payment|reward)\b"),
        ("joined", r"\b(?:joined|hired|graduated|out\s+of\s+university|began\s+working)\b"),
    )
)

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a": 1,
    "an": 1,
}
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUM = (
    r"(?:\d[\d,]*(?:\.\d+)?|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a|an))"
)
_SCALE_WORDS = r"(?:\s+(?:hundred|thousand|million|billion))*"
_CURRENCY_WORDS = {
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pound": "GBP",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "won": "KRW",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "yen": "JPY",
    "rupees": "INR",
    "rupee": "INR",
    "btc": "BTC",
}
_CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "nt$": "TWD",
    "hk$": "HKD",
    "₩": "KRW",
    "₽": "RUB",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
    "rd$": "DOP",
    "tt$": "TTD",
    "j$": "JMD",
    "n$": "NAD",
    "ec$": "XCD",
    "bz$": "BZD",
    "b$": "BSD",
    "bds$": "BBD",
    "g$": "GYD",
    "fj$": "FJD",
    "mop$": "MOP",
    "rs": "INR",
    "rs.": "INR",
    "₹": "INR",
}
_MONEY = re.compile(
    rf"(?P<bound>\b(?:more\s+than|over|about|around|nearly|almost|some|up\s+to|at\s+least|"
    rf"roughly|approximately)\s+)?"
    # A dollar sign with letters before it is another country's dollar ("RD$", "TT$").
    rf"(?:(?P<sym>\b[A-Z][A-Za-z]{{0,2}}\$|\$|€|£|¥|₩|₽|₹|\bRs\.?)\s?"
    rf"(?P<n1>\d[\d,]*(?:\.\d+)?)"
    rf"(?P<s1>(?:\s+(?:hundred|thousand|million|billion))*)(?P<abbr>\s?(?:k|m|mn|bn)\b)?"
    rf"|(?P<vague>\b(?:hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands|millions)"
    rf"\s+of\s+)(?P<w1>yuan|dollars|euros|pounds|rubles|roubles|yen|rupees)\b"
    rf"|\b(?P<n2>{_NUM}{_SCALE_WORDS})\s+(?P<w2>yuan|renminbi|RMB|dollars|euros|pounds|rubles|"
    rf"roubles|won|bitcoins?|BTC|yen|rupees?)\b)",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"(?P<bound>\b(?:more\s+than|over|about|around|nearly|almost|some|at\s+least)\s+)?"
    # (Not a year: "in January 2023 he posted photographs", corpus 102.)
    r"\b(?P<n>(?!(?:19|20)\d\d\b)\d[\d,]*|dozens|hundreds|thousands|tens\s+of\s+thousands)\s+"
    r"(?:of\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>documents|files|pages|photos|photographs|pictures|images|"
    r"records|reports|items|gigabytes)\b",
    re.IGNORECASE,
)
_TERM = (
    r"(?:(?P<life>life\s+(?:imprisonment|in\s+prison))"
    r"|(?P<death>death)(?P<reprieve>.{0,160}?reprieve)?"
    r"|(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)"
    r"(?:\s+and\s+(?:a\s+half|\w+\s+months))?[\s-]+(?P<unit>years?|months?)"
    r"(?:\s+and\s+(?P<n2>\d+|\w+)\s+months?)?)"
)
_SENTENCES = (
    # "sentenced to seven years", "jailed for 12 years", "ordered to serve four years"
    re.compile(
        r"\b(?:sentenced|jailed|imprisoned|ordered\s+to\s+serve)\b.{0,80}?\b(?:to\s+|for\s+)?"
        + _TERM,
        re.IGNORECASE,
    ),
    # "given a 12-year prison sentence", "handed 12 years in jail": only with a prison word
    re.compile(
        r"\b(?:given|handed|received|serving)\s+(?:an?\s+)?"
        + _TERM
        + r"(?:\s+(?:in\s+)?(?:prison|jail)|[\s-]+(?:prison\s+|jail\s+)?(?:sentence|term))",
        re.IGNORECASE,
    ),
)
_SENTENCE_HINT = re.compile(r"sentenced|jailed|imprisoned|to\s+serve|prison|jail")
_ROLE_NOUNS = (
    # ("a sampling diver at the same laboratory", corpus 109.)
    r"(?:diver|(?:loading|harbou?r|berth|dock|cargo|quarry|station|tug|tugboat)\s+master|"
    r"administrator|engineer|"
    r"researcher|scientist|translator|interpreter|officer|official|cadre|"
    r"clerk|staff\s+member|employee|analyst|contractor|soldier|sailor|diplomat|professor|student|"
    r"technician|manager|executive|journalist|secretary|assistant|consultant|programmer|"
    r"developer|aide|adviser|advisor|lecturer|lawyer|teacher|pilot|specialist|guard|worker|"
    r"operator|servant|lieutenant|sergeant|colonel|captain|commander|veteran|academic|designer|"
    r"accountant|auditor|inspector|chemist|physicist|mechanic|electrician|nurse|doctor|"
    r"intern|linguist|economist|physician|airman|marine|director|specialist|staffer|"
    r"(?:doctoral|phd|ph\.d\.)\s+candidate|(?:port|shipping|freight|customs|travel)\s+agent|"
    # (And an insurer's: "Tamar Gogoladze, senior claims handler", corpus 158.)
    r"(?:dog|baggage|cargo|animal|claims)\s+handler|(?:loss|claims|insurance)\s+(?:adjuster|assessor)|"
    r"statistician|florist|conservator|radiographer|hairdresser|caterer|barber|beautician|"
    r"storekeeper|quartermaster|signalman|coordinator|co-ordinator|aerodynamicist|"
    # (A camp's civilian storeperson, a sports massage therapist, corpus 175.)
    r"storeperson|(?:massage|sports|physical|occupational|speech)\s+therapist|physiotherapist|"
    # An office's runners and desks ("an Office Messenger (Grade O)", corpus 97).
    r"messenger|courier|receptionist|cashier|dispatcher|caretaker|bookkeeper|librarian|attendant|"
    r"archivist|registrar|"
    # (A newsroom's and a data office's: "Rodrigo Andrés Valenzuela Tapia ("Rorro"), business-
    # desk producer", "Carvajal Olmedo, María José, assignment editor", "bathymetry data
    # processor", corpus 152; not an editor or a producer alone, a paper's voice in the news it
    # reports, or a recruiter's cover: "Then the producer asked for photographs", corpus 137.)
    r"(?:[a-z]+-desk|news|programme|program|segment|field|radio|television|tv|video|"
    r"current-affairs|documentary|executive|associate|senior|line)\s+producer|"
    r"(?:assignment|news|picture|copy|video|film|photo|desk|sub|night|features?|sports?|"
    r"business|web|online|audio)[- ]editor|"
    r"(?:data|claims|payroll|loans?|mortgage|orders?)\s+processor|"
    # (A fish plant's, a golf club's: "provisioning sales representative", "fish filleter",
    # "Caddie No. 14", "the Club Starter", corpus 153.)
    r"(?:sales|customer|field|service|trade|medical)\s+representative|filleter|caddie|caddy|"
    r"(?:club|golf)\s+starter|"
    # ("has been a Hansard reporter for seven years", corpus 101.)
    r"(?:hansard|court|parliamentary|verbatim)\s+reporter|"
    # An aircraft's cabin crew (corpus 77: "a senior purser").
    r"purser|steward|stewardess|flight\s+attendant|"
    # Trades that ask no degree (corpus 78: "shorthand typist", "fibre-optic splicer").
    r"typist|splicer|herder|cleaner|fisherman|farmer|porter|lineman|rigger|stevedore|"
    # ("deputized fish warden since 2019", "job-order data encoder of the Fisheries Section",
    # corpus 135.)
    r"(?:fish|game|forest|park|traffic|port|prison|beach)\s+warden|(?:data\s+)?encoder|"
    # ("Nason is the boat builder many of us know", corpus 112.)
    r"(?:boat|ship|canoe)\s*builder|boatwright|shipwright|"
    # Crafts and herding, which name the trade in the word: "born in Perdasdefogu in 1958,
    # shepherd and cheesemaker, known to everybody" (corpus 136); a dentist.
    r"[a-z][\w-]*(?:maker|smith|wright|herd)(?<!troublemaker)(?<!peacemaker)|herdsman|"
    r"dentist|orthodontist|hygienist|"
    # (A boat's master: "54 years old, owner and skipper of the lancha Santa Rosita II", corpus
    # 110; "As a registered guide with military liaison approval", corpus 111.)
    r"skipper|(?:tour|battlefield|registered|licensed|mountain|museum|safari|naturalist|nature|"
    r"wildlife|dive|diving|fishing|hunting|trekking)\s+guide|"
    # (A medical practice's, an ice hall's: "Maria Theresa "Tess" Dela Cruz (pathology
    # collector)", "Dr Oluwaseun Adebayo-Cole, locum GP", "Inese Kalniņa-Bērziņa, head coach,
    # figure skating school", corpus 164; not a coach alone, which may be a bus.)
    r"(?:pathology|blood|specimen|sample|tax|debt|toll|fare|ticket|refuse|rent)\s+collector|"
    r"(?:locum\s+)?(?:GP|general\s+practitioner)|"
    r"(?:head|assistant|chief|youth|junior|senior|national|team|[a-z]+ing)\s+coach|"
    # ("a guide at the dam's visitor centre", "a sports student ... as a lifeguard", corpus 125.)
    r"(?<=\ba\s)guide|lifeguard|"
    # (A university's: "27, research fellow at a federal university's laboratory", corpus 86.)
    r"(?:research|postdoctoral|teaching)\s+fellow|"
    # (A resort's: "Leidy Tatiana Cárdenas De la Ossa, recreation host in the children's club",
    # corpus 141.)
    r"(?:recreation|tour|guest|hotel|event|activity|activities|club)\s+host|"
    # (Corpus 142: "as an overseer on the North Island copra plantation", "a singer many of you
    # will know", "a track walker on the Cahul–Giurgiulești section".)
    r"overseer|singer|vocalist|track\s+walker|trackman|"
    # (Corpus 145: "Jaskaran Singh @ Jassi, 24, a gym trainer at Pathankot".)
    r"trainer|"
    # (Scientists of a material or a field: "Engr. Zubair, captain of the Veterans XI, is a
    # metallurgist at the ordnance factories", corpus 165.)
    r"metallurgist|geologist|hydrologist|biologist|ecologist|meteorologist|seismologist|"
    r"toxicologist|technologist|oceanographer|cartographer|"
    # (Corpus 170: "Kwon Sang-hoon, 58, is a bottari trader", "an electrical drafter at the Cold
    # Lake site office", a press photographer.)
    r"trader|drafter|draughts(?:man|woman)|photojournalist|"
    r"(?:press|news|freelance|staff|wedding|portrait|commercial|aerial|sports?)\s+photographer|"
    + _ROLE_NOUNS_EARLY
    + r")"
)
_ROLE = re.compile(
    r"(?:\b(?:was|is|as|be|became|being|been|worked\s+as|works\s+as|working\s+as|serving\s+as|"
    r"served\s+as|employed\s+as)"
    # (Or "and our ...", the last of what an apposition tells: "born here to parents from the
    # Minho and our pool technician for six years", corpus 122.)
    r"\s+|,\s+|\band\s+(?=our\s))"
    # (Or held until lately: "was until January the export shipping coordinator for class 1
    # dangerous goods", a trade newspaper's story, corpus 170.)
    r"(?:(?:until|till)\s+(?:recently|(?:last\s+)?[A-Z][a-z]+|\d{4})\s+)?"
    # (Or the report's own: "Mr. Eustace V. Illidge, known to all of us as "Stacey", is our senior
    # biomedical engineering technician", corpus 121.)
    r"(?:a\s+|an\s+|the\s+|its\s+|our\s+)?(?:former\s+|then\s+|retired\s+|senior\s+|junior\s+)?"
    # Not someone else's job: ", sits beside her lawyer".
    # Two trades joined: "works as a signalling and interlocking engineer".
    # ("a licensed airframe and engine mechanic": a word before the two, corpus 69.)
    r"(?P<role>(?:(?:(?!(?:a|an|the|was|is|who|and|of|in|at|to|by|for|with|born|her|his|their|its)\s)"
    r"[a-z][\w-]*\s+)?[a-z][\w-]*\s+and\s+(?=[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?"
    rf"{_ROLE_NOUNS}\b))?"
    r"(?:(?!(?:a|an|the|was|is|who|and|of|in|at|to|by|for|with|born|her|his|their|its)\s)"
    # (Or an abbreviation: "its senior VMS duty officer", corpus 98.)
    r"(?:[a-z][\w-]*|[A-Z]{2,5})\s+)"
    # (Not whose something is: "as the security manager's affidavit does", corpus 88.)
    rf"{{0,3}}(?:{_ROLE_NOUNS}))\b(?!['’]s?\b)",
)
_POST_HELD = re.compile(
    r"\b(?:dismiss\w*|removed|removing|suspend\w*)\b[^.;]{0,80}?\bfrom\s+(?:his|her|their)\s+"
    rf"(?:post|position|job)\s+as\s+(?:an?\s+|the\s+)?(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?"
    rf"(?:{_ROLE_NOUNS}))\b"
)
"""The post someone was dismissed from: "dismissing her ... from her post as senior permits
officer"."""
_PARTY_WORKED_AS = re.compile(
    r"^\W*(?:\d{1,3}\.\s+)?[Tt]he\s+(?:defendant|accused|appellant|applicant|respondent|petitioner)\s+"
    r"(?:has\s+|had\s+)?(?:worked|served|been\s+employed|was\s+employed)\b[^.;]{0,140}?\bas\s+an?\s+"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLE_NOUNS}))\b"
)
"""The job of a party told by the part they play: "The defendant has worked for fourteen years
for the national water and power utility ..., for the last eight of them as a shift operator"
(corpus 106)."""
_KEPT_BACK = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:{YEARS_OLD}\s+)?(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS}))\b"
    r"[^.;]{0,80}?(?:\b(?:identified|named|known)\s+(?:[\w'’-]+\s+){0,10}?(?:as|by\s+(?:the\s+|his\s+|"
    r"her\s+|their\s+)?(?:initials|surname),?)|\bsurnamed)\s+$"
)
_ROLE_AT_ORG = re.compile(
    rf"\b(?:charged|arrested|sentenced|convicted|detained|jailed|dismissed|indicted|acquitted|"
    rf"suspended|warrant\s+for|(?:investigating|investigated|questioning|questioned)(?:\s+how)?)"
    rf"\s+an?\s+(?:former\s+|senior\s+)?"
    # "sentenced a parliamentarian's driver to 30 months": a possessive in the job too.
    rf"(?:{YEARS_OLD}\s+)?(?P<role>(?:[A-Za-z][\w'’-]*\s+){{0,4}}?(?:{_ROLE_NOUNS}))\s+"
    r"(?:(?:stationed|based|working|employed|serving|posted|suspected|accused)\s+|"
    r"who\s+(?:worked|works|was\s+employed|ran|runs|managed|manages|kept|keeps|operated|"
    r"operates|oversaw|oversees|staffed|staffs)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:at|in|with|for|of|from|to)\b"
)
"""In a lead: "prosecutors charged a 38-year-old engineer at a regional water utility", "a
court sentenced a navy sergeant who ran a supply warehouse at the naval base"."""
_WORKED_AS_LATER = re.compile(
    rf"\b(?:who\s+)?(?:also\s+|at\s+the\s+same\s+time\s+)?(?:worked|works|served|was\s+employed)"
    rf"\s+as\s+an?\s+(?P<role>(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_NOUNS}))\b"
)
"""After a name: the job the same sentence goes on to tell ("... and at the same time worked as
a civilian mechanic")."""
_PAST_JOB = re.compile(r"(?:retired|former|ex-|onetime|one-time)\b", re.IGNORECASE)
"""A job the person has left ("retired senior warrant officer")."""
_PRONOUN_WORKED_AS = re.compile(
    # ("He ... has worked for nine years as a control-room operator at the liquefied natural gas
    # import terminal", corpus 104.)
    # ("Since 2016 you have been employed as a civilian storeperson at Burnham Military Camp", to
    # the one a court sentences, corpus 175.)
    rf"\b(?:[Hh]e|[Ss]he)\s+(?:(?:[^.;]{{0,80}}?\band\s+)?(?:had\s+|has\s+|have\s+)?(?:worked|served|"
    r"was\s+employed|been\s+employed)"
    r"(?:\s+for\s+(?:[\w-]+\s+){1,2}?(?:years?|months?))?\s+as|"
    # "He was a fuel-systems technician employed by a support-services contractor" (corpus 72).
    # ("She was a senior purser who was often rostered on government charters", corpus 77.)
    rf"(?:was|had\s+been)(?=\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_NOUNS})\s+"
    # ("For eleven years he was a rescue firefighter at Flamingo Airport", corpus 82.)
    r"(?:employed|working|hired|contracted|based|who\s+(?:was|had|worked)|at|in|on|aboard)\b))"
    r"\s+an?\s+"
    rf"(?P<role>(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_NOUNS})"
    # Whatever the job, said with "worked as": "he has worked as an aircraft electrical harness
    # assembler at the plant of ..." (corpus 104).
    r"|(?:[\w-]+\s+){0,3}?[a-z][\w-]*(?:er|or|ist|ian)(?=\s+(?:at|in|for|with|on|since)\b|[,.;]))\b"
)
"""The named person's job told after the name: "she worked as a fingerprint analyst", "He was a
fuel-systems technician employed by ..."."""
_PRONOUN_IS_JOB = re.compile(
    rf"\b(?:[Hh]e|[Ss]he)(?:\s+is|['’]s)\s+an?\s+(?P<role>(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_NOUNS}))"
    r"(?=\s*[,.;])"
)
"""What the person is now, said as a host says it: "She's a reference archivist, so basically
she's the person you go to" (a podcast's transcript, corpus 174)."""
_YOU_WORKED_AS = re.compile(
    _PRONOUN_WORKED_AS.pattern.replace(r"\b(?:[Hh]e|[Ss]he)\s+", r"\b[Yy]ou\s+", 1)
)
"""The same, said to the person ("you worked as an assistant"), in a document addressed to them."""
_ROLE_THEN_NAME = re.compile(
    # (Not who told it: "According to the inspector, Ristić got to know ...", corpus 72.)
    rf"(?<![Aa]ccording\sto\s)\b(?:an?|[Tt]he(?!\s+(?:employee|official|worker|staffer|servant|citizen)\b))\s+"
    # ("the project's contracted drone operator, Ing. J. A. Uc": whose, then the job, corpus 72.)
    rf"(?:[a-z][\w-]*['’]s\s+)?(?P<role>(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS}))"
    # "a senior clerk in the commission's secretariat, Gulnora Mirzayeva": where, then the name.
    r"(?:\s+(?:in|at|of|with|for)\s+[^,.;:()]{1,60}?)?\s*,\s*"
    r"(?:(?:Captain|Major|Colonel|Lieutenant|Sergeant|Corporal|Private|Commander|Dr\.?|Mr\.?|"
    # ("the project's contracted drone operator, Ing. J. A. Uc", corpus 72.)
    r"Ms\.?|Mrs\.?|Ing\.?|Eng\.?|Lic\.?|Mtr[oa]\.?|Prof\.?)\s+)?$"
)
"""Right before the name: "the court sentenced an army pharmacist, Captain Kask", "a senior clerk
in the commission's secretariat, Gulnora Mirzayeva"."""
_TITLE_BEFORE_NAME = re.compile(
    # (Never a function word: "on the statement of the citizen NAZAROV Farrukh Ilhomovich" is no
    # job "of the citizen", corpus 91.)
    r"(?:^|[\s,])(?P<role>(?:(?!(?:of|the|an?|on|in|at|to|for|by|with|from|and|or)\s)"
    rf"[a-z][\w-]*\s+){{0,2}}(?:{_ROLE_NOUNS}))\s+$"
)
"""A job as a title right before the name, with no article: "Laurentide Avionics quality
engineer Teodor Vasile was arrested"."""
_MORE_JOBS = r"skipper|warden|investigator|coxswain"
"""Jobs the role nouns leave out (their frames know them), named where a report writes a job
as a title or as one of a kind (corpus 73)."""
_FIELD_ROLE = re.compile(
    r"^\s*(?:Position|Occupation|Post|Job\s+title|Function|Grade\s+and\s+post|Before\s+(?:arrest|detention|"
    r"conviction))\s*:\s*(?P<role>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}?)\s*(?=[,.;(]|$)"
)
"""A form's field that gives the job: "Position: Technical Records Clerk, Component ..."."""
_STATUS_ROLE = re.compile(
    r"^\s*Status(?:\s+in\s+[\w-]+(?:\s+[\w-]+)?)?\s*:\s*(?P<role>(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:student|trainee|intern|apprentice|cadet|postgraduate|undergraduate|researcher|fellow))\b"
)
"""A record's status field that says the person studies: "Status in Cuba: student, final year
of the Master's programme ..." (corpus 107)."""
_BY_OCCUPATION = re.compile(
    r"\bby\s+occupation\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:at|in|with|for|"
    r"of|and)\b|[,.;])"
)
"""A record's formula for the job: "by occupation control-room operator at the ... Plant"."""
_ONE_OF_ROLES = re.compile(
    rf"\b(?:[Oo]ne|[Aa]nother)\s+of\s+(?:our|the|its|their|his|her|your)\s+"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS}|{_MORE_JOBS}))s\s*,\s*$"
)
"""The job as one of a kind, right before the name: "One of our import declaration specialists,
Sevgi Hanım, has ..." (corpus 73)."""
_ROLE_IS_NAME = re.compile(
    rf"\b[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLE_NOUNS}|{_MORE_JOBS}))"
    r"\s+(?:(?:under\s+investigation|in\s+question|concerned|involved|at\s+the\s+(?:centre|center)\s+"
    r"of\s+[^,.;]{1,40}?)\s+)?(?:is|was)\s+$"
)
"""The job said first, then who holds it: "The skipper under investigation is Jocelyn Rosemond,
44, ..." (corpus 73)."""
_TITLED_ROLE = re.compile(
    r"(?:\b(?:[Tt]he|[Oo]ur)\s+(?:[a-z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+)?|,\s+)"
    r"(?P<role>(?:[A-Z][a-z][\w-]*\s+(?:and\s+|&\s+)?){0,3}"
    rf"(?=[A-Z])(?i:{_ROLE_NOUNS}|{_MORE_JOBS}))"
    # (Or "our" post, with its section in brackets, and a title and initials before the
    # surname: "our Drawing Issue Clerk (Stores), Shri R. G. Harikantra", corpus 154.)
    r"\s*(?:\([A-Z][^()]{0,30}\)\s*)?,\s*(?:(?:Shri|Smt|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z]\.\s?){0,3})?$"
)
"""A job written as a title, capitalised, right before the name: "The school's contracted Data
and Systems Coordinator, Kawika Nāone" (corpus 73)."""
_ORGS_ROLE_AFTER = re.compile(
    r",\s+(?:\d{1,3},\s+)?the\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*['’]s\s+"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLE_NOUNS}))\b"
)
"""Right after the name, the job as one of a place's own: "Ms Maite Uriarte Lasa, the company's
office administrator, reported" (corpus 74)."""
_TITLED_AFTER = re.compile(
    # (Or on the next line, as a letter's address block gives it: "Dyg Nurul Ain binti Haji
    # Abdul Rahman / Customer Service Officer / Gadong Customer Centre", corpus 93.)
    # (With an abbreviation: "Mr. Prince B. Zayzay, IT Equipment Disposal Officer", corpus 99.)
    # (Or once held: "Kottarathil Parameswaran Suresh ("K. P. Suresh"), former Rental Agent".)
    r"(?:,\s+|[ \t]*\n[ \t]*)(?:(?:former|then|acting|retired)\s+)?"
    r"(?P<role>(?:(?:[A-Z][a-z][\w-]*|[A-Z]{2,4})\s+(?:and\s+|&\s+)?){0,3}"
    rf"(?=[A-Z])(?i:{_ROLE_NOUNS}|{_MORE_JOBS}))"
    # (Its grade after it, "Diesel Mechanic II", and its place, "Senior Personal Secretary in
    # the Department of Defence Administration", corpus 97.)
    # (Or "on" a ward: "Ms Noora Abdulla Al-Mannai, Patient Relations Officer on Ward 7",
    # corpus 150.)
    r"(?:\s+(?:I{1,3}|IV|V|[1-9]))?(?=\s*[(,;.]|\s*$|[ \t]*\n|\s+(?:in|at|of|with|for|on)\s+"
    r"(?:the\s+)?[A-Z])"
)
"""A job written as a title right after the name, as a header gives it: "Grievant: Ieuan ap
Dafydd, Range Warden (Grade RW2)" (corpus 73)."""


def _untitled(role: str) -> str:
    """A job as a sentence writes it: "Office Messenger" is "office messenger"; a word in
    capitals ("IT manager", "HR officer") stays as written."""
    return " ".join(w.lower() if w[1:] == w[1:].lower() else w for w in role.split())


_CLAIMED = re.compile(
    r"\b(?:who|which)\s+(?:said|says|claimed|claims|told\s+\w+|introduced\s+\w+\s+as)\b[^.;]*"
    r"|\b(?:claiming|posing|purporting)\b[^.;]*"
    # A stranger's account of himself: "He said his name was Marco, that he was an
    # Italian-Lebanese mining engineer" (corpus 98).
    r"|\b(?:he|she|they)\s+(?:said|says|claimed|claims|told\s+\w+)\s+(?:that\s+)?(?:his|her|their)\s+"
    r"name\s+(?:was|is)\b[^.;]*"
    # Or of their trade, a sentence's whole subject: "She said she was a nurse in Mombasa", of
    # a woman met on a dating application (corpus 139, read 438: "You work as a nurse").
    r"|^\W*(?:he|she|they)\s+(?:said|says|claimed|claims)\s+(?:that\s+)?(?:he|she|they)\s+"
    r"(?:was|were|is|are|worked|works)\b[^.;]*"
    # Or after the name the stranger gave: 'met a man who called himself "anh Tuấn" and said he
    # worked for a trading company in Osaka' (corpus 154, read 487: an interpreter told as staff
    # of a trading company).
    r"|\b(?:called|calling)\s+(?:him|her|them)sel(?:f|ves)\b[^.;]*"
    # (Or in a list of what the contact did: "The man then rang Jelena himself, said plainly
    # that he worked for the security service over there", corpus 146.)
    r"|,\s+(?:said|told\s+\w+|claimed)\s+(?:plainly\s+|openly\s+)?(?:that\s+)?(?:he|she|they)\s+"
    r"(?:was|were|worked|works)\b[^,.;]*"
    # "The author introduced himself as an officer of that country's migration police".
    r"|\b(?:introduc|present|identif|describ)\w*\s+(?:him|her|them)sel(?:f|ves)\s+as\b[^.;]*"
    # A relative's own life: "Rakhimov's younger brother, who had been working in a foreign
    # country as a labour migrant".
    r"|\b(?:brother|sister|son|daughter|wife|husband|mother|father|cousin|nephew|niece)\s*,\s*"
    r"who\b[^.;]*"
    # A relative's own place: "a reference for his daughter's university placement", "from his
    # father's office the lists of cargo cleared for the military zone of the port" (corpus 73).
    r"|\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:brother|sister|son|daughter|wife|husband|mother|"
    r"father|cousin|nephew|niece|child|parents?)(?:'s|’s|s'|s’)\s+[^,.;]*"
    # A relative described: "Ms. Amaral's daughter, a university student" (corpus 75).
    r"|\b(?:brother|sister|son|daughter|wife|husband|mother|father|cousin|nephew|niece|child)"
    r"\s*,\s+an?\s+[^,.;]*"
    # What someone said, in quotation marks: "People in our ministry appreciate your work" is
    # the writer's ministry (corpus 73); a quoted name of a few words is left.
    r"|[\x22“](?:[^\x22“”\s]+\s+){4,}[^\x22“”]*[\x22”]",
    re.IGNORECASE,
)
"""What someone else said they were ("a man who said he worked in the consular section of an
embassy", "a friend who said he worked for a telecoms consultancy"): never the case's own job or
workplace."""
_OWNER_WORD = re.compile(
    r"\b(?:government|state|state-run|state-owned|public|municipal)\s+(?=(?:[\w-]+\s+)?(?:hospital|clinic|"
    r"university|college|school|laborator(?:y|ies)|lab|bank|company|utility|broadcaster)\b)"
)
"""Who owns the place, not what it is: "a government hospital" is a hospital."""
_NEARBY = re.compile(
    # (Or a place by its name: "runs a mobile money kiosk near Wilberforce Barracks, where many
    # soldiers cash their salaries", corpus 98.)
    # (Or across from it: "who has kept the tea stall opposite the naval base gate for
    # twenty-two years", corpus 135, read 427: "a member of staff at a naval base".)
    r"\b(?:close\s+to|near|next\s+to|not\s+far\s+from|within\s+sight\s+of|opposite|across\s+from|"
    r"outside|beside)\s+(?:(?:an?|the|several|"
    r"two|three)\s+)?[^,.;]*|"
    # Where the person lives: "his terraced house above the harbour" (corpus 55).
    r"\b(?:house|home|flat|apartment|cottage|farmhouse|bungalow)\s+(?:above|by|beside|below|on|"
    r"overlooking|facing|near)\s+(?:an?|the)\s+[^,.;]*"
)
"""A place beside the work, not where it is done: "base stations for a mobile operator,
including several sites close to a military airfield"; or beside a home."""
_PARTNER_OR_OTHERS = re.compile(
    # A party the work is done with: "a radar developed under a research contract with the
    # Army's mountain troops" (corpus 74).
    r"\b(?:contracts?|agreements?|partnerships?)\s+with\s+[^,.;]*"
    # Other people described: "140 tenancies, with names, phone numbers and employers, many of
    # them ADF members and US Marines on rotation" (corpus 74).
    r"|\b(?:many|some|most|all|several|half|two|three)\s+of\s+them\s+[^,.;]*"
)
"""Who the work is done with, or other people the sentence describes: not the case's own
workplace."""
_DISMISSED_BY = re.compile(r"\b(?:dismissed|sacked|fired|suspended|removed)\b")
_AGE_AFTER = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\s*,")
_ARGUED = re.compile(
    r"\b(?:lawyer|counsel|attorney|advocate|prosecutor|judge|magistrate)\b[^.;]{0,80}?\b"
    r"(?:argued|submitted|claimed|contended|told\s+the\s+court)\b",
    re.IGNORECASE,
)
"""A sentence that tells a lawyer's or a judge's argument: no facts about the person's job."""
_LEAD_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|pleaded|faces)\b")
"""The verb of a lead sentence: what comes before it describes the person."""
_COVER_BEFORE = re.compile(
    r"\b(?:(?:present|introduc|describ|pass|identif)\w*\s+(?:him|her|them)sel(?:f|ves)|pos(?:ed|ing)|"
    r"pretend\w*\s+to\s+be|claim\w*\s+to\s+be|"
    # (Or how a sender signed: 'an email from a "Dr Olivier Mercier", who signed as research
    # director of a "Mediterranean Mobility Observatory"', corpus 171, read 521: the reporter
    # told as "a research director".)
    r"(?:who\s+)?sign(?:ed|s|ing)\s+(?:(?:his|her|their)\s+[\w-]+\s+)?as|"
    # (Or the guises recruiters take: "They come as a businessman, a trader, a lecturer", a
    # njangi's minutes, corpus 95.)
    r"\b(?:come|comes|came)\s+as(?:\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?,)*|"
    # What someone took the contact for: "believed him to be a genuine broker" (corpus 120).
    r"(?:believ|thought|took|assum|consider)\w*\s+(?:him|her|them)\s+(?:to\s+be|for)|"
    # (Or how a profile described its owner: 'a profile in the name of "Claire Dunmore",
    # described as a senior research manager', corpus 126, read 401: the case told as one.)
    r"(?:(?:profile|account|persona|page|sender)\b[^.;]{0,40}?|[\"”],\s+)described\s+as|"
    r"(?:said|says|claimed|saying|claiming|believed|thought|assumed)\s+"
    r"(?:[^.;]{0,50}?\bthat\s+)?"
    # "saying he now worked as a consultant": the recruiter's claim, whoever else is named.
    r"(?:he|she|they)\s+(?:now\s+)?(?:was|were|is|are|worked\s+as|works\s+as))\s*,?\s*"
    r"(?:as\s+)?(?:(?:an?|the)\s+)?"
    r"(?:(?:former|then|retired|senior|junior)\s+)?$|"
    r"\b(?:supposedly|purportedly|ostensibly)\s+(?:an?\s+)?$"
)
"""Before a job: the words a cover story is told in ("presenting themselves as", "said he
was"): the job of a persona, not of the person."""
_A_ROLE = re.compile(
    r"\b[Aa]n?\s+(?P<role>(?:(?!(?:a|an|the|said|says|was|is|who|and|of|in|at|to|by|for|with)\s)"
    rf"[a-z][\w-]*\s+){{0,3}}(?:{_ROLE_NOUNS}))\b"
)
"""A job with its article, anywhere: "an inspector in the Quality Assurance Department"."""
_INTRO_ROLE = re.compile(
    r"(?:^|[—–-]\s|\)\s)\s*(?:A|An|The)\s+(?:former\s+|retired\s+)?(?:" + YEARS_OLD + r"\s+)?"
    r"(?P<role>(?:(?!(?:a|an|the|said|says|was|is|who|and|of|in|at|to|by|for|with)\s)"
    rf"[A-Za-z][\w-]*\s+){{0,3}}(?:{_ROLE_NOUNS}))\b"
)
_WORKED_IN = re.compile(
    r"\b(?:worked|working|employed)\s+(?:in|at|for)\s+(?P<org>(?:the|a|an)\s+[^,.;]{3,80}?)"
    # (Not the time after it: "has worked at the airport counter for five years", corpus 99.)
    r"(?=\s+(?:before|after|when|until|since|from|where|as|and|for\s+(?:\w+\s+)?(?:years?|months?|"
    r"weeks?|decades?))\b|[,.;]|$)"
)
_DOES_JOB = re.compile(
    # "Anrafa Said Mohamed Bacar, 34, who interprets between French, Arabic and Shikomori for
    # the Assembly": the job told by what the person does.
    # (Or past the name the person goes by: "Salvatore Nicosia, whom everyone knows as Turi,
    # farms nine hectares in the contrada next to the fence", corpus 139.)
    r"(?:\bwho\s+|,\s*\d{1,3}\s*,\s*|,\s+whom\s+[^,.;]{1,50},\s+)(?:now\s+|also\s+)?"
    r"(?P<verb>interprets|translates|teaches|"
    r"farms\s+(?:[\w-]+\s+){0,2}?(?:hectares|acres|land|fields|plots)|"
    r"audits|edits|lectures|"
    # "Ndayisenga Aline, who has written the Minister's speeches for six years" (corpus 106).
    r"(?:has\s+)?(?:writ(?:es|ten)|draft(?:s|ed))\s+(?:the\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"speeches|"
    # "a fiesta committee member who operates heavy equipment for a contractor" (corpus 72).
    r"operates\s+(?P<machine>(?:heavy\s+)?(?:equipment|machinery|cranes?|forklifts?|excavators?|"
    r"bulldozers?|diggers?|trucks?|locomotives?|drones?|radars?))|"
    # ("Corey Allen Vettleson, 34, runs a motor grader and a snowplow for the Ward County Highway
    # Department", corpus 140.)
    r"runs\s+an?\s+(?P<run>(?:motor\s+)?graders?|snow\s*plows?|snow\s*ploughs?|cranes?|forklifts?|"
    r"excavators?|bulldozers?|combines?|harvesters?|dredgers?)|"
    # "Omar Abdalla Shee, the fundi who repairs our bikes at the stage" (corpus 139): a
    # mechanic told by what he keeps running.
    r"(?:repairs|services|fixes|mends)\s+(?:(?:our|the|their|people's|customers')\s+)?"
    r"(?P<repaired>(?:motor)?bikes|motorcycles|cars|engines|generators|boats|outboards|"
    r"bicycles|lorries|trucks|tractors|vehicles))\b"
)


def _after_name(
    pattern: re.Pattern[str], text: str, name_pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """What ``pattern`` finds right after any mention of the name in ``text``."""
    return next(
        (found for m in name_pattern.finditer(text) if (found := pattern.match(text, m.end()))),
        None,
    )


_OWNER_OF = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s+(?:(?:the\s+|a\s+)?(?:co-?)?owner\s+of\s+(?:a|an|the|his|her|their)\s+"
    r"(?P<business>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)(?=\s+(?:on|in|at|near|by|and|which|"
    r"that|who|for)\b|\s*[,.;])|(?:the\s+)?(?:CEO|chief\s+executive|founder|co-founder)"
    r"(?:\s+and\s+(?:co-)?founder)?\s+of\s+[A-Z])"
)
"""After a name: the business the person owns ("the owner of a seafood restaurant"), or that
they founded or run ("CEO and co-founder of Sonarlink AS")."""
_RENTS_OUT = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:also\s+)?(?:rents|hires|lets)\s+out\s+"
    r"(?P<what>(?:motor)?boats|rooms|flats|apartments|cars|bikes|bicycles|scooters|kayaks|"
    r"holiday\s+homes|cottages)\b"
)
"""After a name: what the person rents out ("rents out motorboats")."""
_DRIVES = re.compile(
    # "For nine years the Defendant drove a fuel tanker for Cayo Petroleum Distributors Ltd"
    # (corpus 98): the job told by what the person drives for a living.
    r"\b(?:drove|drives|has\s+driven|had\s+driven)\s+an?\s+(?P<vehicle>(?:[a-z]+\s+)?(?:tanker|"
    r"truck|lorry|bus|minibus|taxi|van|ambulance|forklift))\s+(?:for|at|on|between|to)\b"
)


_TEACHES = re.compile(
    r"\b(?:she|he|they)\s+(?:also\s+)?(?:teaches|taught|has\s+taught|had\s+taught)\s+"
    r"(?P<subject>(?:[\w-]+\s+){1,4}?)(?:to|at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:pupils|students|children|wives|classes|school|mosque|church|temple|surau|madrasa\w*)\b"
)
"""What the person teaches, and to whom: "she teaches Quran and fardu ain to the wives and
children of naval personnel"."""
_NAMED_TEACHES = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:also\s+)?(?:teaches|taught|has\s+taught|had\s+taught)\s+"
    r"(?P<subject>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:to|at|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:pupils|students|children|classes|school|college|academy|mosque|church|temple|surau|madrasa\w*)\b",
    re.IGNORECASE,
)
"""Past the case's name opening a sentence, what they teach and where: "Stanzin Dolker teaches
science at the Government Middle School"."""
_PLAIN_SUBJECT = re.compile(r"[a-z]+(?:\s+[a-z]+)?")
"""A school subject said in a word or two ("science", "computer science")."""
_FAITH_TAUGHT = re.compile(
    r"\b(?:quran|koran|qur'an|fardu|bible|catechism|torah|scripture|religion|religious|sunday)\b",
    re.IGNORECASE,
)


def _singular(noun: str) -> str:
    """ "cranes" -> "crane", as a job names what it works with ("crane operator")."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


_JOB_OF_VERB = {
    "interpret": "interpreter",
    "translat": "translator",
    "teach": "teacher",
    "audit": "auditor",
    "edit": "editor",
    "lectur": "lecturer",
    "operat": "operator",
    "writ": "speechwriter",
    "draft": "speechwriter",
    "farm": "farmer",
    "run": "operator",
    "repair": "mechanic",
    "servic": "mechanic",
    "fix": "mechanic",
    "mend": "mechanic",
}
"""The job whose work a verb tells, by the verb's stem: in the present only ("who taught
Mbuyi Kalala at a school" is the recruiter's past, not the person's job)."""
_MANAGES = re.compile(
    # "who managed a laboratory", "Meseret Alemu Desta, 36, managed a laboratory".
    r"(?:(?:\bwho\s+|,\s*\d{1,3}\s*,\s*)(?:manages|managed|runs|ran|heads|headed|supervises|supervised)"
    # "Abdulhamid Ramadan al-Gharyani, head of the quality laboratory at ..." (corpus 73).
    r"|,\s+(?:\d{1,3}\s*,\s*)?(?:the\s+)?(?:head|chief|manager|director)\s+of)"
    r"\s+(?:a|an|the|his|"
    r"her|their)\s+(?:[\w-]+\s+){0,3}?(?P<unit>laboratory|lab|team|department|unit|office|"
    # "Lydia Kwaiga Fono, 41, manages the biometric voter registration database".
    r"section|workshop|warehouse|ward|desk|store|database|archives?|registry|register)\b"
)
"""A job told by what the person runs: "a 39-year-old woman who manages a materials-science
laboratory" is a laboratory manager."""
_AGED_AGAIN = re.compile(
    rf"\b[Tt]he\s+{YEARS_OLD}\s+(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS}))\b"
)
"""Once the person is named: "Eight weeks later the 29-year-old network engineer was
sitting ...": the story's way of naming them again, by age and job."""
_AT_PLACE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|employed|serv(?:es|ed|ing)|job|scientist|researcher|engineer|"
    r"analyst|technician|lecturer|professor|accountant|clerk|officer|assistant|inspector|"
    r"operator|controller|dispatcher|manager|statistician|guard|driver|courier|electrician|"
    # (And "a backend developer at a Lagos telematics company", corpus 115.)
    r"developer|programmer|designer|coordinator|surveyor|administrator|"
    # (And "a caribou research biologist with the provincial government", corpus 170.)
    r"[a-z]+ologists?|"
    r"managed|manages|ran|runs)\s+"
    # "had worked for more than twenty years at a ... laboratory".
    r"(?:for\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|some\s+)?[\w-]+\s+"
    r"(?:years?|months?|decades?)\s+)?"
    r"(?:[\w-]+\s+){0,4}?"
    # "a clerk at the Yaoundé branch of the regional central bank", "an assistant in the
    # radiation physics laboratory of a university".
    # Not past a clause ("at a university faculty involved in a defence project").
    r"(?:at|with|for|in)\s+(?:the\s+|an?\s+)?"
    r"(?:(?!involved\b|which\b|that\b|who\b|where\b|working\b|in\b|on\b|with\b)[\w'’-]+\s+)"
    r"{0,6}?$"
)
"""Just before a sector's word: the place someone works at ("working on ... at a local ")."""
_DESCRIBED = re.compile(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,3}}?({_ROLE_NOUNS})\b")
"""A person described by a job ("an army cook", "a political journalist"): a lead with two tells
two stories."""
_ARTICLE_BEFORE = re.compile(
    # (Or with a word between: "the whole Stung Hav customer list", corpus 94.)
    r"\b(?:a|an|the)\s+(?:(?:whole|entire|same|main|old|new|local|big|small)\s+)?[\"“]?$"
)
_NOUN_AFTER = re.compile(r"[\"”]?\s+[a-z][\w-]*")
"""Around a capitalised run: an article before it and a lower-case word after it ("a Hong Kong
freight-forwarding company"): the run qualifies a noun, it is no person."""
_AS_ROLE = re.compile(
    rf"\s*As\s+an?\s+(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS}))"
    # Where, before the pronoun: "As a dog handler with the Customs Division ... at Kotoka
    # International Airport, he and a Belgian Malinois work the cargo sheds".
    r"(?:\s+(?:with|at|in|for|of|on)\s+[^,.;]{1,120}?)?\s*,?\s+(?:he|she)\b"
)
"""A sentence that opens with the job of the one it is about: "As a system administrator he"."""
_NAMED_ROLE = re.compile(
    r"\W*(?:-\s+)?(?:[\w.\x27’-]+\s+){1,4}?(?:(?:is|was|has\s+been|had\s+been)\s+(?:an?|the)\s+"
    r"(?P<role>(?:(?!(?:a|an|the|was|is|who|and|of|in|at|to|by|for|with|her|his|their|its|not|"
    rf"also|still|now|one|man|woman|person)\s)[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS}))\b"
    r"(?!\s+(?:of|to|for)\s+(?:him|her|them|me)\b)|"
    r"works\s+for\s+(?:the|a|an)\s+"
    r"(?P<trade>cleaning|catering|security|taxi|bus|delivery|courier)\s+(?:company|firm|contractor|service)\b)",
    re.IGNORECASE,
)
"""After the case's name opening a sentence, their job: "Nason is the boat builder many of us
know", "Film works for the cleaning company" (a trade's company: its worker's job)."""
_RUNS_BUSINESS = re.compile(
    # (Or in a clause of the name's: "Kudō Haruki, who runs the izakaya "Kudō" behind the
    # station", corpus 138.)
    # (Or past the name people use: "Dale R. Hoffmeier, who most of you know as "Dutch", runs a
    # custom haying and baling business out of Carpio", corpus 140.)
    # (Or with no quotes: "Johannes de Villiers, whom most of us know as Hannes, manages a sheep
    # and wheat farm", corpus 141.)
    r"(?:\s*,\s+(?:who|whom)\s+[^,.;]{1,60}?\s+(?:as|call)\s+[\"“]?[^\"”,.;]{1,30}[\"”]?,)?"
    # (Or "has" one: "Mrs Rutendo Mavhunga (Mai Chipo) has a hair salon in the town centre", 'Mr
    # Tafadzwa Kuwana ("TK"), who has the tuck-shop on the Chikanga road', corpus 158.)
    # (Or after a clause of what else the person does: 'Chef K, who plays second pan and runs a
    # small catering business', corpus 158.)
    r"(?:\s+[A-Z](?=,))?"
    r"\s*,?\s*(?:who\s+(?:[a-z]+\s+){1,4}?and\s+)?(?:who\s+)?(?:has\s+|had\s+)?(?:(?:also|long|always)\s+)?(?P<verb>runs?|ran|run|manages?|managed|owns?|owned|keeps?|kept|(?<=\s)has|(?<=\s)had)"
    r"\s+(?:his|her|their|the|a|an)\s+(?:own\s+)?(?:small\s+|family\s+|local\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,2}"
    r"(?P<kind>(?:[a-z][\w-]*\s+){0,2}?(?:[a-z]+-)?(?:" + _BUSINESS_KINDS + r")|"
    r"(?:[a-z][\w-]*\s+){1,4}?business|(?:[a-z][\w-]*\s+){0,3}?(?:farm|estate|ranch|vineyard|orchard))\b"
)
"""Past the case's name opening a sentence, the business they run: "has run his photo studio",
"manages the Ylli banquet hall"."""
_AND_ALSO_ROLE = re.compile(
    rf"[^,.;]{{0,40}}?\s+and\s+(?:a|an)\s+(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?{_ROLE_NOUNS})\b"
)
"""After a role apposed to a name, a second, joined by "and": "our accordion player for
twenty-two years and a civilian stores clerk"."""
_DEGREE_ROW = re.compile(
    r"\b(?:BSc|MSc|BA|MA|BEd|MEd|BEng|MEng|LLB|LLM|PhD|MPhil|BCom|MCom|BBA|MBA)\.?\s+"
    r"(?P<field>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3}),\s+(?:yr|year)\.?\s*\d\b"
)
"""A student register's degree and year: "MSc Geology, yr 1", "BA Mass Communication, yr 3"."""
_ANOTHER_OF_MINE = re.compile(
    rf"\bI\b[^.;]{{0,80}}?\b(?:know|hear|learn|tell\s+you)\s+(?:of|about)\s+another\s+(?P<role>{_ROLE_NOUNS})\b"
)
"""In a first-person story, someone the "I" calls another of their kind ("another student")."""


def _business_role(business: re.Match[str]) -> str:
    """The role a business run says (:data:`_RUNS_BUSINESS`, :data:`_I_RUN_BUSINESS`): "photo
    studio owner", or its manager where the verb says so."""
    post = "manager" if business.group("verb").lower().startswith("manag") else "owner"
    return f"{' '.join(business.group('kind').lower().split())} {post}"


_I_RUN_BUSINESS = re.compile(
    r"\bI\s+(?:have\s+)?(?:also\s+)?(?P<verb>run|manage|own|keep)\s+(?:(?:my|our)\s+(?:(?:father|mother|family|"
    r"parents|uncle|aunt|brother|sister)['’]s?\s+)?|a\s+|an\s+|the\s+)(?:own\s+)?(?:small\s+|family\s+|local\s+)?"
    r"(?P<kind>(?:[a-z][\w-]*\s+){0,2}?(?:"
    + _BUSINESS_KINDS
    + r")|(?:[a-z][\w-]*\s+){1,4}?business)\b"
)
"""In a first-person story, the business the "I" runs: "I run my father's internet café"."""
_PERMIT_HELD = re.compile(
    r"\b(?:holds?|held|has\s+held|continues|renewed|keeps)\s+(?:(?:his|her|their|a|the)\s+)?"
    r"(?:(?:late\s+)?(?:husband|wife|father|mother)(?:'s|’s)\s+)?(?:(?P<what>[a-z]+)-)?"
    r"(?P<act>harvesting|fishing|hunting|logging|grazing|mining|collecting)\s+"
    r"(?:permit|licence|license|concession)\b",
    re.IGNORECASE,
)
"""A permit the case holds for a trade: "continues her husband's cork-harvesting permit"."""
_PERMIT_DOER = {
    "harvesting": "harvester",
    "fishing": "fisher",
    "hunting": "hunter",
    "logging": "logger",
    "grazing": "grazier",
    "mining": "miner",
    "collecting": "collector",
}
_WHO_RAN_BUSINESS = re.compile(
    r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?(?:member|man|woman)\s+who\s+(?:[^,.;]{0,40}?\s)?"
    r"(?:ran|runs|owned|owns)\s+(?:an?|the|his|her)\s+(?P<kind>(?:[\w-]+\s+){0,2}?"
    r"(?:" + _BUSINESS_KINDS + r"|business))\b"
)
"""Someone known by the business they ran: "A member who ... ran a used-car business"."""
_TRADE_ROLE = {
    "cleaning": "cleaner",
    "catering": "catering worker",
    "security": "security guard",
    "taxi": "taxi driver",
    "bus": "bus driver",
    "delivery": "delivery driver",
    "courier": "courier",
}
_POST_BEFORE_NAME = re.compile(
    r"(?:^|(?<=\s))(?:[Oo]ur|[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts)\s+"
    r"(?P<role>(?:(?!(?:a|an|the|and|of|in|at|to|by|for|with)\s)[a-z][\w-]*\s+){0,3}?"
    rf"(?:{_ROLE_NOUNS}))\s*,\s+(?:[A-Z][a-z]{{0,4}}\.?\s+)?$"
)
"""Right before a case's name, their post: "Our security supervisor, Shri "."""
_HEADING_DASH_ROLE = re.compile(
    r"\W*(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?[^\n,]{2,40},\s+[^\n]{2,40}?\s[–—-]\s+"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS}))\b"
)
"""A list's heading, the name surname first, then the job after a dash: "4.1 Kühl, Thorben -
survey technician"."""
_ONE_OF_OUR = re.compile(
    r"\b(?:is|was|has\s+been)\s+one\s+of\s+(?:our|the|their|its)\s+"
    r"(?P<role>(?:(?!(?:a|an|the|and|of|in|at|to|by|for|with)\s)[a-z][\w-]*\s+){0,2}?"
    rf"(?:{_ROLE_NOUNS}|guide))s\b"
)
"""A job said as one of many: "is one of our ranger guides at Paraa"."""
_DOES_TRADE = re.compile(
    # (After the name itself too, or what a bracket or a clause tells of it: "Mr Lê Minh Tuấn
    # (born 1998, ...) drives a baggage tractor", corpus 144.)
    r"(?:\b(?P<who>[Hh]e|[Ss]he|I)|(?<=[^\W\d_])|(?<=\))|(?<=,))\s+(?:now\s+|still\s+)?(?:"
    r"(?:builds|erects|puts\s+up)\s+scaffold\w*|"
    # (Or drove it for years: "Ifan Tudur Jones, known to all of us as "Ifan Bws", drove the
    # cavern access vehicle for eleven years", corpus 151, read 478: "a member of staff".)
    r"(?:drives|drove|has\s+driven|had\s+driven)\s+(?:a|the)\s+(?P<vehicle>(?:(?:baggage|"
    r"delivery|fuel|tow|tanker|cargo|school|airport|mail|refuse|garbage|rubbish)\s+)?(?:bus|taxi|"
    r"lorry|truck|forklift|crane|tractor|van|tug|tanker)|(?:[a-z][\w-]*\s+){1,2}vehicle)\b|"
    # ("has three apartments with a roof terrace facing the bay", corpus 144.)
    r"(?P<lets>has|owns|lets|rents\s+out)\s+(?:two|three|four|five|six|several|\d+)\s+(?:holiday\s+)?"
    r"(?:apartments|flats|studios|cottages|villas)\b|"
    # ("works at the front desk of the Military Family Resource Centre", corpus 144.)
    r"(?P<desk>works?)\s+(?:at|on)\s+the\s+(?:(?:front|reception|information)\s+desk|reception)\b|"
    # (Corpus 146: "Tor-Arne Niskanen, whom most of you know as "Nisken", has guided snowmobile
    # safaris for a Kirkenes tour company"; "Alhadji Moussa Yaya, the oldest learner in Level 2,
    # grows maize and cotton on fields beside the fence of the air base".)
    r"(?:has\s+)?(?P<guide>guides|guided)\s+(?:[\w-]+\s+){0,2}?(?P<guided>safaris|tours|trips|hikes|"
    r"treks|expeditions|climbs|tourists|visitors|groups|hunters|anglers)\b|"
    r"(?P<grow>grows)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:maize|corn|rice|wheat|cotton|coffee|cocoa|"
    r"tea|vegetables|crops|cassava|yams|millet|sorghum|tobacco|groundnuts|peanuts|olives|grapes)\b|"
    r"(?P<clean>cleans)\s+(?:(?:the\s+)?(?:offices?|buildings?|hangars?|wards?|rooms?|barracks|ships?)|"
    # ("and cleans for several of our members", corpus 144.)
    r"for\s+(?:several|many|a\s+few|some|two|three)\b)\b|"
    r"(?P<cook>cooks)\s+(?:for|at|in)\b|"
    # (Corpus 147: "Luka P., 19, works at a sawmill in the area"; "Franc Kovačič ... is 71 and
    # has a vineyard and zidanica"; told in the uninflected past, "Seepersaud Ramcharran, who
    # everybody know as Chico, work a six-inch dredge".)
    r"(?:works?|worked)\s+(?:at|in)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?P<site>sawmill|quarry|brewery|"
    r"bakery|winery|dairy|timber\s+yard)\b|"
    r"(?:has|owns|runs|keeps)\s+(?:a|the)\s+(?P<vineyard>vineyard)\b|"
    r"(?:works?|worked|runs|operates)\s+a\s+(?:[\w-]+\s+){0,2}?(?P<dredge>dredge)\b)"
)
"""A job told by what the person does: "he builds scaffolding", "she drives a forklift"."""


_GUIDED = {
    "safaris": "safari guide",
    "hikes": "hiking guide",
    "treks": "trekking guide",
    "expeditions": "expedition guide",
    "climbs": "mountain guide",
    "hunters": "hunting guide",
    "anglers": "fishing guide",
}
"""The guide whom what they guide tells ("has guided snowmobile safaris"); else a tour guide."""


def _trade_done(does: re.Match[str]) -> str:
    """The job a :data:`_DOES_TRADE` match tells."""
    if does.group("vehicle"):
        # ("the cavern access vehicle": its driver is "a cavern access driver".)
        return f"{does.group('vehicle').removesuffix(' vehicle')} driver"
    if does.group("clean"):
        return "cleaner"
    if does.group("desk"):
        return "receptionist"
    if does.group("lets"):
        return "holiday rental owner"
    if does.group("cook"):
        return "cook"
    if does.group("guide"):
        # ("a guide" alone says too little of the work: a safari guide, a hunting guide.)
        return _GUIDED.get(does.group("guided"), "tour guide")
    if does.group("grow"):
        return "farmer"
    if does.group("site"):
        return f"{' '.join(does.group('site').split())} worker"
    if does.group("vineyard"):
        return "winegrower"
    if does.group("dredge"):
        return "dredge operator"
    return "scaffolder"


_FARMS = re.compile(
    r"\bwhose\s+(?:[\w-]+\s+)?(?:cassava|rice|maize|corn|wheat|cotton|coffee|tea|cocoa|sugar(?:cane)?|"
    r"vegetable|banana|yam|taro|potato|tobacco)\s+(?:field|farm|plot|garden|paddy|fields|plantation)\b|"
    # (Or what the person farms: "Mrs Boitumelo Kgosiemang farms vegetables under irrigation at
    # Thamaga", corpus 148.)
    r"\bfarms\s+(?:vegetables|maize|corn|wheat|rice|cotton|coffee|tea|cattle|sheep|goats|fruit|"
    r"tobacco|sugar(?:cane)?|cassava|potatoes)\b"
)
"""A farmer told by the field: "whose cassava field is the last one at the north end"."""
_BY_TRADE = re.compile(
    r"\b(?:is|was)\s+an?\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+by\s+(?:trade|profession)\b"
)
"""A trade said outright: "is a butcher by trade"."""
_OWN_ROLE = re.compile(
    # "She was an upper division clerk in the Deputy Commissioner's office.", "So I'm foreman on
    # the lighterage" (corpus 79): the job of the one whose sentence it is, said outright.
    # (Or until lately, the job the story is about: "Until recently he was a logistics officer at
    # the Government Communications Security Bureau's Waihopai Station", an A&P show's report,
    # corpus 167.)
    # (Or on weekdays, beside a weekend's post: "During the week he is a test driver at a defence
    # research and development centre", a heritage association's letter, corpus 166.)
    r"\W*(?:(?:so|and|then|now|today|back\s+then|at\s+the\s+time|by\s+then|[Bb]y\s+day|"
    r"during\s+the\s+week|on\s+weekdays|in\s+the\s+week|"
    r"until\s+(?:recently|lately|last\s+(?:year|month|spring|summer|autumn|winter))),?\s+)?"
    # (Or for how long, for whom: "For fourteen years he has worked for the Outer Islands
    # Development Corporation as an overseer on the North Island copra plantation", corpus 142;
    # "I work for the railway, a track walker", corpus 142.)
    r"(?:for\s+(?:[\w-]+\s+){1,2}years?,?\s+)?"
    r"(?:(?:he|she|I)\s*(?:is|was|['’]m|am|has\s+been|had\s+been|worked\s+as|works\s+as|"
    r"(?:has\s+|have\s+)?work(?:ed|s)?\s+for\s+[^,.;]{2,60}?(?:\s+as|,))|"
    # (Or the job called the person's day job: "His day job is swimming coach at the Navy's
    # training base here in Saldanha", a sea-rescue station's log, corpus 165.)
    r"(?:his|her|my)\s+(?:day\s+)?job\s+is(?:\s+as)?)\s+"
    r"(?:(?:an?|the)\s+)?(?:former\s+|part-time\s+)?"
    r"(?P<role>(?:(?!(?:a|an|the|was|is|who|and|of|in|at|to|by|for|with|her|his|their|its|not|"
    rf"also|still|now)\s)[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS}))\b"
    # Not "She was a friend of the officer", nor a job someone else does for them.
    r"(?!\s+(?:of|to|for)\s+(?:him|her|them|me)\b)",
    re.IGNORECASE,
)
"""A sentence of the case's that opens on their job: "He is an operator on the night shift"."""
_I_WAS_ROLE = re.compile(
    r"\bI\s+(?:was|am|had\s+been|have\s+been|worked\s+as|work\s+as)\s+"
    r"(?:(?!(?:a|an|the|not)\s)[\w-]+\s+){0,3}?(?:and\s+)?an?\s+"
    rf"(?P<role>(?:(?!(?:a|an|the|and|of|in|at|to|by|for|with)\s)[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{_ROLE_NOUNS}))\b"
)
"""The "I" of a first-person story, with their job: "I was twenty-seven and a data officer"."""
_AND_OWN_ROLE = re.compile(
    # (Or where, then as what: "and he works at FMF Cape Breton, the fleet maintenance facility
    # at the dockyard, as a tool-crib attendant", corpus 144.)
    r"\b(?:and|but)\s+(?P<who>I['’]m|I\s+am|(?:he|she)\s+(?:is|was)|"
    r"(?:I|he|she)\s+(?:works?|worked)\s+(?:at|for|in)\s+[^.;]{2,90}?,?\s+as)\s+an?\s+"
    rf"(?P<role>(?:(?!(?:a|an|the|and|of|in|at|to|by|for|with)\s)[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{_ROLE_NOUNS}))\b"
)
"""The job said after a first clause: "I've been caching for eleven years and I'm a postman"
(corpus 92)."""
_CONTRACT_AS = re.compile(
    # ("was employed for nine years as receptionist and switchboard operator", corpus 103.)
    r"\b(?:contract|job|post|position|employed|hired|engaged|taken\s+on|signed\s+on)"
    r"(?:\s+for\s+(?:[\w-]+\s+){1,2}?(?:years?|months?))?\s+as\s+(?:an?\s+)?"
    r"(?:part-time\s+|seasonal\s+)?"
    # (A title of four words before the job's noun: "I hereby resign from my position as Senior
    # Analog IC Layout Engineer", a resignation letter, corpus 179.)
    rf"(?P<role>(?:(?!(?:a|an|the|and|of|in|at|to|by|for|with)\s)[a-z][\w-]*\s+){{0,4}}?"
    rf"(?:{_ROLE_NOUNS}))\b"
)
"""A job held under contract: "had a part-time contract as a range guard" (corpus 79)."""
_WORKS_AT = re.compile(r"\s+(?:at|in|with|of|on)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?")
"""After a job in a lead: the place it is done ("... controller at the Mont-de-Marsan ")."""
_ENGAGED_IN = re.compile(r"\bengaged\s+in\s+(?P<work>[a-z][a-z ]{3,40}?)\s+(?:in|at|for)\b")
_SECTORS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (sector, re.compile(pattern))
    for sector, pattern in (
        (
            "satellite",
            r"\bsatellite\s+(?:operators?|ground[- ]stations?|compan(?:y|ies)|firms?)|"
            r"\bground[- ]stations?\b",
        ),
        # A military airfield, whoever works there ("a civilian air-traffic controller at the
        # Mont-de-Marsan air base").
        # ("the station's aircraft movement and fuel uplift records": a station with aircraft,
        # corpus 72.)
        (
            "air base",
            # ("he cleans the squadron offices and the corridor by the hangars", corpus 112.)
            r"\b(?:air\s+(?:force\s+)?bases?|airbases?|air\s+stations?|station(?:'s|’s)\s+aircraft|"
            r"squadron\s+(?:offices?|buildings?|lines|headquarters))\b",
        ),
        # A plant that builds aircraft parts, not a research institute: "at the plant of
        # Aeroarneses del Bajío in the Querétaro Aerospace Park ..., on the line that builds
        # helicopter harnesses" (corpus 104).
        (
            "aircraft manufacturing",
            r"\b(?:plant|factory|works|assembly\s+line|production\s+line)\b[^.;]{0,80}?\b(?:aerospace|"
            r"aircraft|helicopters?|aviation)\b|\b(?:aerospace|aircraft|helicopter|aviation)\s+"
            # (Or where aircraft are repaired: "TRAKIA AVIATION REPAIR PLANT AD", corpus 152.)
            r"(?:parts\s+|repair\s+|overhaul\s+|maintenance\s+)?"
            r"(?:plant|factory|manufactur\w+|assembly\s+line|production\s+line)\b",
        ),
        # Spraying fields from the air is farm work (corpus 137: "has flown agricultural aircraft
        # for 22 years, for the last eight as a pilot with Agro-Avio Banat", told "at an
        # aerospace research institute").
        (
            "agricultural aviation",
            r"\b(?:agricultural\s+(?:aircraft|aviation|pilots?|flying)|crop[- ]spray\w*|"
            r"crop[- ]dust\w*|aerial\s+(?:spraying|application|top-?dressing))\b",
        ),
        (
            "childcare",
            r"\b(?:child\s*care|day[- ]care|long-day\s+care|kindergartens?|nursery\s+schools?|"
            r"pre-?schools?|creche|crèche)\b",
        ),
        (
            "archives",
            r"\b(?:national|state|city|municipal|regional|provincial)\s+archives?\b|\barchives\s+of\b",
        ),
        # (A state's map makers: "an aerial imagery archivist at the national mapping centre in
        # Amman", a heritage association's letter, corpus 166.)
        (
            "mapping",
            r"\b(?:mapping|cartograph\w*|geospatial|geodetic|topographic(?:al)?)\s+(?:centre|center|"
            r"agency|authority|service|department|directorate|institute|office)\b",
        ),
        # (A land registry by its name; not a "Land Office" that permit holders deal with, corpus
        # 136: a land officer's job says where they work, see `roles_places`.)
        (
            "land registry",
            r"\bland\s+(?:registry|registration\s+office|titles\s+office)\b|"
            r"\bcadastr(?:e|al)\s+(?:office|agency|department|service)\b",
        ),
        # (Metal works: "the fuel pellet shop of the metallurgical plant", "the titanium-magnesium
        # combine", a kennel club's minutes, corpus 166.)
        (
            "metals",
            r"\b(?:metallurgical|metallurgy|steel|aluminium|aluminum|titanium[\w-]*|copper|zinc)\s+"
            r"(?:plant|combine|works|mill|smelter)\b|\bsmelters?\b|\bsteelworks\b",
        ),
        (
            "archaeology",
            # (Not an archaeologist's job alone: "an archaeologist at a Beirut university, had
            # directed excavations", corpus 69.)
            r"\b(?:archaeological\s+(?:project|mission|site|excavation|dig|survey|expedition)|"
            r"excavation\s+(?:project|site|team|season|house)|the\s+excavation\b|"
            r"dig\s+(?:site|team|house))",
        ),
        # (An airport's "aviation fuel depot" is no aerospace work, corpus 94.)
        (
            "aerospace",
            r"\b(?:aerospace|aviation(?!\s+(?:fuel|security|authority|services?))|aircraft|avionics|"
            r"space\s+program\w*|satellite)\b",
        ),
        ("military research", r"\bmilitary\s+(?:\w+\s+)?(?:research|institute|industr\w+)\b"),
        (
            "border",
            r"\b(?:border\s+(?:agency|guards?|police|force|service|protection|post|crossing|"
            # (Not a site's own: "the access road to the main checkpoint" of a power plant,
            # corpus 129, read 410: "a border guard service".)
            r"checkpoint)|(?<!\bmain\s)(?<!\bsecurity\s)(?<!\bentrance\s)(?<!\bsite\s)(?<!\bgate\s)"
            r"checkpoints?|(?:department|directorate|ministry|office|service)\s+of\s+"
            r"immigration|immigration\s+(?:department|service|office|authority|directorate|"
            r"database|officers?|clerks?))\b",
        ),
        # Where the person works, not a hospital someone was taken to: "at a Nairobi hospital
        # that treats senior military personnel" is a hospital, whoever it treats.
        (
            "health",
            # Not the bill a hospital sent: "paid part of the hospital bill".
            r"\b(?:at|of)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:hospital|clinic)\b"
            r"(?!\s+(?:bills?|fees|costs|treatment|stay|visits?|charges))|"
            r"\bhospital['’]s\b|\b(?:health\s+(?:ministry|service|authority)|ministry\s+of\s+health)\b",
        ),
        # A yard that builds or repairs ships, whoever they are for (a navy's destroyer).
        # ("a scaffolder for a contractor at the ship repair yard, where naval ships also come
        # for refit", corpus 135: a yard, not a naval base.)
        # (And a firm that keeps boats in repair: "a spray painter with a private marine
        # engineering contractor that maintains patrol boats at the naval jetty", corpus 136,
        # told "at a coast guard station" from the boats it maintains.)
        (
            "shipyard",
            # (Or a ship-repair company: "Grassroots Branch, Cửa Cấm Ship Repair Joint Stock
            # Company, Hải Phòng", corpus 160.)
            r"\b(?:shipyards?|shipbuild\w*|dockyards?|ship[- ]?repair\s+(?:yards?|"
            r"(?:joint[- ]stock\s+)?compan(?:y|ies)|firms?|works|enterprises?)|"
            r"marine\s+engineering\s+(?:contractors?|compan(?:y|ies)|firms?|yards?)|"
            # (Or a yard told by what it builds: "Bayhead Marine Engineering, the yard building a
            # series of inshore patrol vessels for the Navy", corpus 170, read 520: "a coast
            # guard station".)
            r"yards?\s+(?:building|that\s+builds?|which\s+builds?)\s+(?:[\w-]+\s+){0,6}?"
            r"(?:vessels|ships|boats|frigates|corvettes|submarines)|(?:maintains?|maintaining|repairs?|"
            r"repairing|refits?|refitting)\s+(?:[\w-]+\s+){0,2}?(?:boats|ships|vessels))\b",
        ),
        # Before the armed forces: "briefing papers for the Joint Committee on Foreign Affairs
        # and Defence" is work for a parliament.
        (
            "parliament",
            # (Not where a paper goes: "reports ... that had not been tabled in Parliament", of a
            # translation service's terminologist, corpus 130, read 414: "a parliamentary
            # office".)
            r"(?<!tabled\sin\s)(?<!tabled\sbefore\s)(?<!submitted\sto\s)(?<!presented\sto\s)"
            r"(?<!laid\sbefore\s)(?<!debated\sin\s)"
            r"\b(?:parliament\w*|bundestag|congress\w*|senate|legislat\w+|(?:lower|upper)\s+house|"
            r"chamber\s+of\s+deputies|house\s+of\s+(?:commons|lords|representatives)|"
            r"national\s+assembly|legislative\s+assembly|assembly\s+of\s+the\s+union|"
            # "the Assembly's security officer", "the Assembly's president" (read 112).
            r"assembly['’]s\s+(?:security\s+officer|president|speaker|committees?|secretariat)|"
            r"oireachtas|d[áa]il|seanad|knesset|sejm|riksdag|storting\w*|"
            r"folketing\w*|eduskunta|duma|saeima|seimas|riigikogu|"
            # (Not a committee's papers translated: "parliamentary committee reports", corpus
            # 130.)
            r"(?:joint|select|standing|parliamentary)\s+committee(?!\s+(?:reports?|papers|"
            r"transcripts|minutes|documents)))\b",
        ),
        # Before the coast guard it may carry or report on: "a first officer on one of the
        # inter-island ferries".
        # (Not a ferry taken: "left on the morning ferry from Lochboisdale", "took the ferry
        # home", corpus 78.)
        (
            "ferry",
            r"(?<!\bon\sthe\s)(?<!\bby\s)(?<!\btook\sthe\s)(?<!\bcaught\sthe\s)"
            r"(?<!\bon\sa\s)(?<!\bmorning\s)(?<!\bevening\s)(?<!\bnext\s)(?<!\bnight\s)"
            r"(?<!\blast\s)(?<!\bfirst\s)(?<!morning's\s)(?<!morning’s\s)(?<!evening's\s)"
            r"(?<!evening’s\s)(?<!day's\s)(?<!day’s\s)"
            # (Nor one a trader rides: "crossed on the overnight ferry from Pyeongtaek port to
            # Weihai", corpus 170.)
            r"(?<!\bovernight\s)(?<!\bdaily\s)(?<!\bweekly\s)\b(?:ferry|ferries)\b",
        ),
        (
            "coast guard",
            # "a navigating officer on the patrol boat RVS Takuare".
            # (Not an army's or a navy's patrol boats someone was asked about: "when the
            # outpost's field team or the Army patrol boats were leaving", corpus 116.)
            r"\b(?:coast\s*guards?|maritime\s+(?:border\s+)?police|"
            r"(?<!\barmy\s)(?<!\bnavy\s)(?<!\bnaval\s)patrol\s+(?:boats?|vessels?|craft))\b",
        ),
        # A company that makes or supplies for the forces, not the forces' base: "senior
        # engineer ... at Company A, which supplies integrated bridge and navigation systems
        # fitted to Republic of Korea Navy patrol vessels"; "Company D, which makes communication
        # antennas for naval vessels and submarines" (corpus 118: told "at a naval base").
        (
            "defence industry",
            # (Or a state's arms works: "a metallurgist at the ordnance factories", corpus 165.)
            # (Not a portfolio's title: "its economic development officer for defence industry",
            # of a city council's officer, corpus 170, read 520: "at a defence contractor".)
            r"\b(?:(?<!\bfor\s)defen[cs]e[- ]industry|"
            r"defen[cs]e[- ](?:contractors?|compan(?:y|ies)|firms?|manufacturers?)|"
            r"ordnance\s+(?:factor(?:y|ies)|works|plants?|depots?)|arms\s+factor(?:y|ies)|"
            r"(?:compan(?:y|ies)|firms?|manufacturers?|makers?|suppliers?|contractors?)\b"
            r"(?:\s+\w{1,12})?,?\s+(?:which|that)\s+(?:supplies|makes|builds|manufactures|"
            r"produces|designs)\b[^.;]{0,80}?\b(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?"
            r"(?:navy|naval|army|armed\s+forces|military|air\s+force|submarines|frigates|warships)|"
            # (Or keeps the forces' own in repair: "the civilian contractor that maintains the Air
            # Force's aircraft at Base Woodbourne", an A&P show's report, corpus 167.)
            r"(?:compan(?:y|ies)|firms?|contractors?)\s+(?:which|that)\s+(?:maintains|services|"
            r"repairs|overhauls)\s+the\s+(?:navy|army|air\s+force|armed\s+forces|military)(?:['’]s)?)\b",
        ),
        # "based at the Coral Harbour base": a base, however it is named.
        # (A naval dockyard is a yard: "an apprentice marine electrician at the naval dockyard",
        # corpus 110.)
        (
            "navy",
            r"\b(?:navy|naval(?!\s+(?:dockyard|shipyard)s?\b)|warships?|submarine|"
            r"harbou?r\s+base|(?:river\s+)?flotilla)\b",
        ),
        # The state's register of ships, not a port: "the Bermuda Shipping and Maritime
        # Authority", "confidential ship-registry records".
        (
            "maritime authority",
            r"\b(?:maritime\s+(?:authority|administration|agency)|"
            r"ship(?:ping)?[- ]regist(?:ry|er))\b",
        ),
        # A shipbroker's firm, not the port: "a senior broker on the tanker desk of a City
        # shipbroking firm" (corpus 63).
        (
            "shipping",
            # (Not "a shipping agent", who works at the port.)
            r"\b(?:ship[- ]?brok\w+|shipping\s+(?:company|companies|firm|line)|"
            # ("an able seaman (AB) with a German container line", corpus 106.)
            r"(?:container|cargo|ferry|tanker|feeder)\s+(?:lines?|shipping\s+lines?|operators?)|"
            r"tanker\s+desk|chartering\s+(?:desk|firm|broker)|"
            # (Or a forwarder, who books cargo on the lines: "the export shipping coordinator ...
            # at a Durban forwarder", corpus 170.)
            r"(?:freight\s+)?forwarders?|(?:freight\s+)?forwarding\s+(?:company|companies|firm|agents?)|"
            # "a dispatcher with a yacht charter company in Bequia" (corpus 70).
            r"(?:yacht|boat)[- ]charter\s+(?:company|firm|business)|marinas?)\b",
        ),
        # Not a city named Port ("the ID card office in Port Sudan").
        (
            "port",
            # (Not a city that has one: "a seminar in a European port city", corpus 73.)
            # (Nor a computer's: "the lift controller's network port", "a USB port", corpus
            # 77.)
            # (Nor a town named after one: "a licensed fiduciary in St Peter Port", "called at
            # Port Klang", corpus 111.)
            r"\b(?<!network\s)(?<!usb\s)(?<!serial\s)(?<!ethernet\s)(?<!charging\s)(?<!peter\s)"
            r"(?:ports?(?!\s+(?:sudan|louis|moresby|said|harcourt|of\s+spain|vila|blair|"
            r"elizabeth|augusta|hedland|talbot|dickson|victoria|klang|kelang|gentil|stanley|"
            r"royal|antonio|cit(?:y|ies)|towns?)\b)|"
            r"harbou?rs?(?!\s+base)|"
            r"container\s+terminals?|"
            r"porto\s+d[eoa])\b",
        ),
        (
            "armed forces",
            r"\b(?:army|military|air\s+force|air\s+base|armed\s+forces|"
            r"(?:staff|war|command|defen[cs]e)\s+college|"
            # Marines as a force, not "marine geoscience" or "a marine research laboratory".
            r"marines|marine\s+(?:corps|regiment|battalion|brigade|base|infantry|commandos?)|"
            # (Or an army's corps by its arm: "served with the Royal Logistic Corps as a movement
            # controller", corpus 77.)
            r"(?:logistic|signals?|engineers?|ordnance|army\s+medical|armoured|artillery)\s+corps|"
            # (Not a river's: "the flood-defence line on the Paks section", of a water
            # directorate's lawyer, corpus 151; nor civil defence.)
            r"(?<!flood-)(?<!flood\s)(?<!civil\s)defen[cs]e|"
            # (Or a barracks' blocks: "a subcontractor renovating barrack blocks at the base",
            # corpus 141.)
            r"barracks|barrack\s+(?:blocks?|buildings?|rooms?)|"
            # (Not a fire brigade: "the times of the site fire brigade's drills", at a fuel
            # terminal, corpus 149.)
            r"battalion|regiment|(?<!fire\s)brigade|infantry|artillery|platoon|"
            r"ministry\s+of\s+defen[cs]e|"
            # A military test range: "the range headquarters typing pool", "the rocket range"
            # (corpus 78).
            r"(?:rocket|missile|firing|weapons?|test)\s+range|range\s+headquarters|"
            r"garrison)\b",
        ),
        # The state's unit that analyses banks' reports, not a bank nor a spy service.
        (
            "financial intelligence",
            r"\b(?:financial\s+intelligence\s+(?:unit|centre|center|agency)|fiu)\b",
        ),
        ("intelligence", r"\b(?:intelligence\s+(?:agency|service|officer)|cia|nsa|dia)\b"),
        ("party and propaganda", r"\b(?:propaganda|publicity\s+department|party\s+committee)\b"),
        (
            "diplomacy",
            # (Not a part of town: "a hotel in the diplomatic quarter", corpus 115.)
            r"\b(?:foreign\s+(?:ministry|affairs|service)|embassy|consulate|"
            r"diplomat\w*(?!\s+(?:quarter|district|enclave|zone|area)\b))\b",
        ),
        (
            # "a former technician at the Icelandic Meteorological Office" (corpus 68).
            "weather",
            r"\b(?:meteorolog\w+\s+(?:office|service|institute|agency|department)|met\s+office|"
            r"weather\s+(?:service|bureau|office|radar|station))\b",
        ),
        (
            "energy",
            # (Also "a shift supervisor at a petrochemical refinery", corpus 68.)
            r"\b(?:refiner(?:y|ies)|petrochemical|"
            # (And liquefied gas: "he supervises the transfer of LNG between carriers and the
            # terminal", corpus 140.)
            # (Not an olive press's: "Olive harvest: Rim and a freelance in Agareb on the first oil
            # prices at the mills", a newsroom's notes, corpus 171, read 521: "an energy company".)
            r"energy|(?<!olive\s)(?<!palm\s)(?<!cooking\s)(?<!vegetable\s)oil(?![^.;]{0,40}\bmills?\b)|"
            r"gas|lng|pipeline|nuclear|power\s+(?:plant|grid|company|station|distribution)|"
            # (Or fuel stored and loaded: "Fuels and chemicals storage and road-tanker loading",
            # a terminal's letterhead, corpus 149.)
            # (Not an airport's: "an aviation fuel depot", corpus 94.)
            r"(?<!aviation\s)(?<!aircraft\s)(?<!jet\s)fuels?\s+(?:and\s+[\w-]+\s+)?"
            r"(?:storage|terminals?|depots?|distribution)|tank\s+farms?|"
            r"road-tankers?|"
            r"electricity|"
            r"hydro(?:electric|power|-dam|\s+dam)?|dams?|"
            r"(?:electric|power)\s+utility|grid\s+(?:company|operator)|"
            # ("near the fence of the Bălți 330 kV substation", corpus 118.)
            r"(?:electrical\s+|power\s+|\d{2,3}\s*kv\s+)?substations?|"
            r"transmission\s+(?:lines?|network|grid|system|system\s+operator))\b",
        ),
        # Before local government: "the municipal water utility" is a water utility.
        (
            "water",
            r"\b(?:water\s+(?:utility|utilities|company|supply|board|authority|works)|"
            r"pumping[- ]stations?|aqueducts?|sewers?|sewerage)\b",
        ),
        # A village's own office (corpus 141: "the village secretary, Sugiarto", who copied the
        # village's data "from the village office computer").
        (
            "village office",
            r"\bvillage\s+(?:office|secretary|secretariat|council|administration|clerk)\b",
        ),
        (
            "local government",
            r"\b(?:municipal\w*|city\s+(?:council|hall)|town\s+(?:council|hall)|county\s+council|"
            # (Or a city someone works for: "has worked for the City of Rockingham for eleven
            # years", corpus 170.)
            r"(?:(?<=\bworked\sfor\s)|(?<=\bworks\sfor\s)|(?<=\bworking\sfor\s)|"
            r"(?<=\bemployed\sby\s))the\s+(?:city|town|shire|borough)\s+of|"
            r"local\s+(?:authority|council|government))\b",
        ),
        # Before government: "the provincial office that handles mining and exploration
        # licences".
        (
            "mining",
            r"\b(?:mining|exploration)\s+(?:(?:and\s+\w+\s+)?licen[cs]es?|licen[cs]ing|concessions?|"
            r"office|authority|ministry|department|cadastre)\b|\bministry\s+of\s+mining\b",
        ),
        # Before government: "the manager of a farmers' cooperative" who sits on a ministry
        # committee works at the cooperative.
        (
            "agriculture",
            r"\b(?:farmers?\W?\s+(?:cooperative|co-operative|union|association)s?|agricultural\s+"
            r"(?:cooperative|co-operative|board|research)s?|grain\s+(?:reserves?|board|agency))\b",
        ),
        (
            "government",
            # (Not a church's: "a phone "for ministry work"", corpus 112; nor the prosecution
            # service of Latin American countries, the "Public Ministry", corpus 125.)
            # (Or a government's translators: "a terminologist with a federal translation
            # service", corpus 130.)
            r"\b(?:id\s+card\s+office|passport\s+office|civil\s+regist\w+|(?<!public\s)ministry(?!\s+work\b)|government|state\s+department|civil\s+serv\w+|cadre|statistic\w*\s+"
            r"(?:office|authority|agency|bureau|institute)|(?:federal|government|state|national)\s+"
            r"translation\s+(?:service|bureau|office|unit|directorate)|"
            # ("a resettlement officer in the state office that handles returnees", corpus 136.)
            r"(?:state|federal)\s+(?:office|agency|directorate)\s+that\s+handles)\b",
        ),
        # The roads and bridges a government builds (corpus 136: "a Junior Engineer in the PWD's
        # Nyoma sub-division", told "at a university" from the professor who wrote to him).
        # A consortium or a board that runs the canals and sluices (corpus 139: "a field guard of
        # the land reclamation and irrigation consortium").
        (
            "irrigation",
            r"\b(?:irrigation|land\s+reclamation|drainage|water\s+users?(?:\x27|’)?)\s+"
            r"(?:consortium|consortia|board|authority|district|scheme|department|agency|association)\b",
        ),
        # A notary's or a lawyer's office (corpus 141: "an assistant at a notary's office in
        # Zugdidi", who copies the office's files).
        (
            "legal",
            r"\b(?:notary(?:\x27s|’s)?\s+(?:office|practice|chambers)|notarial\s+(?:office|practice)|"
            r"law\s+(?:firm|office|practice|chambers)|solicitors(?:\x27|’)?\s+(?:firm|office))\b",
        ),
        (
            "public works",
            r"\b(?:pwd|public\s+works|roads?\s+(?:and\s+bridges\s+)?(?:department|directorate|"
            r"authority|agency)|highways?\s+(?:department|directorate|authority|agency))\b",
        ),
        (
            "telecoms",
            r"\b(?:tele[ck]om\w*|mobile\s+(?:operators?|networks?|carriers?)|(?:tele)?phone\s+"
            r"compan(?:y|ies)|internet\s+(?:service\s+)?providers?|"
            # (Or who makes the network: "a base station integration engineer at the large network
            # equipment maker at Linnanmaa", corpus 169.)
            r"network\s+equipment\s+(?:makers?|manufacturers?|vendors?|compan(?:y|ies)|suppliers?))\b",
        ),
        (
            "technology",
            # (And a telematics firm: "a backend developer at a Lagos telematics company whose
            # platform tracks fuel trucks", corpus 115.)
            r"\b(?:semiconductor|software|tech(?:nology)?\s+(?:company|firm)|telematics)\b",
        ),
        # An engineering firm's designers and drafters (corpus 170: "an electrical drafter at the
        # Cold Lake site office of an Edmonton engineering firm designing the new fighter
        # squadron facility", read 520: "a member of staff" of "an organisation that handles
        # sensitive work").
        (
            "engineering",
            r"\bengineering\s+(?:firms?|compan(?:y|ies)|consultanc(?:y|ies)|consultants)\b",
        ),
        (
            "dental laboratory",
            r"\b(?:dental\s+(?:laborator(?:y|ies)|labs?)|laborator(?:y|ies)\b[^.;]{0,40}?\b(?:crowns|"
            r"prosthes[ie]s|dentures))\b",
        ),
        (
            "research",
            # (And a laboratory's own name in French: "the radiochemistry section of the
            # Laboratoire de surveillance radiologique du Pacifique", corpus 109.)
            r"\b(?:research\s+(?:institute|reactor|centre|center)|laboratory|lab|laboratoire|"
            r"scientific\s+research)\b",
        ),
        # (Not where the person studied: "the reunion of his graduating year from the University
        # of World Languages", corpus 131, read 416: "a member of staff at a university".)
        (
            "academia",
            r"(?<!graduating\syear\sfrom\sthe\s)(?<!graduated\sfrom\sthe\s)(?<!graduate\sof\sthe\s)"
            r"(?<!studied\sat\sthe\s)(?<!studying\sat\sthe\s)(?<!alumni\sof\sthe\s)"
            r"(?<!alumnus\sof\sthe\s)(?<!degree\sfrom\sthe\s)(?<!studied\sat\s)(?<!graduated\sfrom\s)"
            # (Not a forces' college: "the Senior Command and Staff College", a rowing club's
            # report, corpus 166.)
            r"(?<!staff\s)(?<!war\s)(?<!command\s)(?<!defence\s)(?<!defense\s)"
            r"\b(?:university|college|academic|professor)\b",
        ),
        # A bank as a workplace, not the person's own money ("bank records", "a bank loan",
        # "in financial difficulty").
        (
            # "a dog handler with the Customs Division of the Ghana Revenue Authority": customs,
            # whichever ministry or revenue authority it belongs to.
            "customs",
            r"\bcustoms\s+(?:division|service|authority|administration|department|office|agency|"
            r"house|directorate|post|checkpoint|officers?|inspectors?|brokers?)\b",
        ),
        (
            # "an auditor in the large-taxpayers unit of the Administração Geral Tributária".
            "tax",
            r"\b(?:tax\s+(?:office|authority|administration|service|agency|inspectorate|department)|"
            r"revenue\s+(?:service|authority|agency|administration|office|department)|"
            r"large-taxpayers?|tributári[ao]|"
            r"tributaria)\b",
        ),
        (
            # Who licenses medicines: "Carmen L., 38, evaluates medicines at the national
            # regulator" (read 190: told of "an organisation that handles sensitive work").
            "medicines",
            r"\b(?:medicines?|drugs?|vaccines?|pharmaceuticals?)\s+(?:regulators?|agency|"
            r"authority|administration)\b|\b(?:evaluat\w+|licens\w+|approv\w+)\s+medicines?\s+"
            r"(?:at|for)\s+(?:the|a)\s+(?:national\s+)?regulator\b",
        ),
        (
            # Who supervises the banks is not a bank: "servers at Andorra's financial regulator".
            "regulator",
            r"\b(?:financial|banking|securities|insurance)\s+(?:regulators?|supervisory\s+"
            r"(?:authority|agency|body))\b",
        ),
        (
            # An estate agency's or a valuer's work: "viewings of empty flats", "the full Orikum
            # rental register", "the licensed valuer" (corpus 148, read 462: "a senior agent for an
            # organisation", "a valuer at a bank").
            "real estate",
            # (Or a realty office: "leasing agent at a realty office in Tamuning", corpus 165.)
            r"\b(?:real\s+estate|realty\s+(?:office|firm|company|agency)|leasing\s+agents?|"
            r"estate\s+agen(?:cy|cies|ts?)|property\s+(?:agency|agencies|brokerage|"
            r"management|valuations?|valuers?)|rental\s+(?:registers?|management|listings?)|licensed\s+"
            r"valuers?|viewings?\s+of\s+(?:empty\s+)?(?:flats|houses|apartments|propert(?:y|ies)))\b",
        ),
        (
            # Who works at a hotel, said of them, or its guest lists: "Ma. Kristina Dela Cruz,
            # Sales Coordinator, ... had been with the hotel since opening", "the rooming list"
            # (a hotel's minutes, corpus 148: "a sales coordinator for an organisation that
            # handles sensitive work"). (Not a hotel met or stayed in.)
            "hotel",
            r"\b(?:been|worked|working|works|employed)\s+(?:with|at|for|in)\s+(?:the|this|our)\s+"
            r"hotel\b|\brooming\s+lists?\b|\bhotel['’]s\s+(?:staff|employees?|property\s+system)\b|"
            # (A resort's staff: "a guest relations officer at one of the resorts", corpus 161.)
            # (Not a resort's supplier: "flies for a resort seaplane operator", corpus 71.)
            r"\b(?:at|of|for)\s+(?:one\s+of\s+)?(?:the|a|our|this)\s+(?:[\w-]+\s+)?resorts?\b"
            r"(?!\s+(?!(?:and|in|on|at|where|of|as|for|since|with|near)\b)[a-z])",
        ),
        (
            "finance",
            # (Nor money owed to one: "he still owed about FJD 18,000 to the bank", corpus 87.)
            r"(?<!in\sa\s)(?<!into\sa\s)(?<!to\sthe\s)(?<!to\sa\s)(?<!from\sthe\s)(?<!from\sa\s)"
            # (Nor a river's: "the canal banks, the old bridge", corpus 137.)
            r"(?<!canal\s)(?<!river\s)(?<!stream\s)(?<!lake\s)(?<!grassy\s)(?<!muddy\s)(?<!steep\s)"
            # (Nor a battery, blood or food: "a small camera with its own SIM card and a power
            # bank", an ice hall's log, corpus 164.)
            r"(?<!power\s)(?<!blood\s)(?<!food\s)(?<!sperm\s)(?<!seed\s)(?<!gene\s)(?<!data\s)"
            # (Nor a lender: "the bank had refused him a further loan", corpus 138.)
            r"\bbanks?\b(?!\s+(?:had\s+)?(?:refused|turned\s+down|declined|lent|approved|granted|gave)\b)"
            r"(?!\s+of\s+the\s+(?:river|canal|stream|lake|nile|creek))(?!\s+(?:records?|accounts?|loans?|transfers?|"
            # (Nor the person's debt to one, nor work done for banks: "towards the bank
            # arrears", "the licensed valuer whom we use for bank valuations", corpus 148, read
            # 462: "staff at a bank".)
            r"statements?|details|balances?|cards?|notes|deposits?|robbery|arrears|valuations?|debts?|"
            r"overdrafts?|repayments?|instal+ments?|guarantees?|mortgages?))|\b(?:financial\s+"
            r"(?:institutions?|services|sector|supervis\w+|"
            r"markets?)|finance\s+ministry|ministry\s+of\s+finance|treasury)\b",
        ),
        (
            "aviation",
            r"\b(?:airports?|air[- ]traffic|control\s+tower|airlines?|airfields?|air\s+freight|"
            r"aviation\s+(?:fuel|security|authority|services?)|"
            r"air[- ]navigation|area\s+control\s+cent(?:re|er)|"
            # (A fixed-base operator, an airfield's general-aviation terminal: "has worked at the
            # FBO for nineteen years", corpus 111.)
            r"cargo\s+(?:airline|carrier)|freight\s+carrier|fbos?|fixed-base\s+operators?|"
            r"general\s+aviation)\b",
        ),
        (
            "prison",
            r"\bat\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}prison\b|\b(?:prison|jail)\s+(?:officers?|guards?|"
            r"service|staff|wardens?|governors?)\b|\bcorrectional\s+(?:facility|service|officers?)\b",
        ),
        (
            "planning",
            r"\burban\s+(?:redevelopment|development)\b|\b(?:town|city|urban|regional|spatial)\s+"
            r"planning\b|\bplanning\s+authority\b",
        ),
        (
            "courts",
            # Working at a court, not tried by one: a court job, or a job "at the Supreme Court".
            r"\b(?:interpreters?|clerks?|registrars?|ushers?|stenographers?|bailiffs?|typists?|"
            r"secretar(?:y|ies)|archivists?|staff|employees?|translators?)\s+(?:at|of|for|in|with)"
            r"\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:courts?|tribunals?|judiciary)\b|"
            r"\bcourt\s+(?:interpreters?|clerks?|registry|stenographers?|ushers?|staff)\b",
        ),
        (
            "police",
            # Not the police as the place a report went ("filed a report through the police
            # online portal", "went to the police").
            r"\b(?<!by\s)(?<!to\s)(?<!to\sthe\s)(?<!through\sthe\s)(?<!with\sthe\s)"
            r"(?:police|law\s+enforcement|national\s+guard|gendarmerie|carabinieri)\b(?!\s+(?:have|has|had|said|say|says|will|would|state|states|stated|are|"
            r"were|charged|arrested|detained|believe|allege|online|portal|hotline|tip|website|"
            # (Nor the police's inquiry into the case: "while the police enquiry continues",
            # "Mr. Eshun is on police enquiry bail", corpus 110.)
            r"enquiry|enquiries|inquiry|inquiries|investigation|investigators|bail|custody|"
            r"complaint|case\s+file|"
            # (Nor a police officer who spoke to the reader's group: "The Registraduría's security
            # coordinator and a Police officer spoke to the volunteers", corpus 132.)
            r"officers?\s+(?:spoke|talked|came|gave|visited|explained|told)|"
            # (Nor the police who came for the person: "Federal police came to the farm the
            # next day ... and arrested Ato Dereje", a rose farm's council minutes, corpus 164.)
            r"came|come|arrived|raided|searched|questioned|interviewed|visited|found|seized|"
            r"took\s+(?:him|her|them))|"
            # "called the police national security hotline": where the report went.
            r"\s+(?:[\w-]+\s+){1,3}?(?:hotline|portal|tip\s*line|website))",
        ),
        (
            # "a sorting supervisor at a mail processing centre" (corpus 67).
            "post",
            r"\b(?:mail\s+processing\s+cent(?:re|er)|post(?:al)?\s+(?:office|service|sorting|depot)|"
            r"sorting\s+(?:office|cent(?:re|er)))\b",
        ),
        (
            "elections",
            r"\b(?:election\s+commission|electoral\s+(?:commission|authority|office|service|"
            r"registry|council|tribunal)|commission\s+on\s+elections|comelec|"
            # (Colombia's civil and electoral registry: "I work at the Registraduría in Ipiales",
            # corpus 132.)
            r"registradur[ií]a)\b",
        ),
        # Last: a think tank is as often the recruiter's front ("passed schedules to a foreign
        # think tank") as a workplace; the job's own words ("a think-tank analyst") say which.
        (
            "think tank",
            r"(?<!foreign\s)\bthink[- ]tanks?\b|\bpolicy\s+(?:institute|centre|center)\b",
        ),
    )
)


_ANOTHERS_POST = re.compile(
    r",\s+(?:(?:deputy|acting|former)\s+)?(?:head|chief|commander|director|chair(?:man|woman|person)?|"
    r"president|secretary|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?[^,;.]{3,60},",
    re.IGNORECASE,
)
"""Someone else's post, apposed to their name: ", Head of the Ward Police," (corpus 144)."""
_POLICE_TOLD = re.compile(
    # (Or whom a report went to, so that they act: "informed the commander of the post by
    # radio the same day so that the Army could take its own measures", of a hospital boat's
    # nursing technician, corpus 160, read 501: "at a defence organisation".)
    r"\bso\s+that\s+the\s+[^.;]*|"
    # (Or who came along: "came to the office with community police officer Zhou Jian", corpus
    # 153.)
    r"\b(?:with|accompanied\s+by|together\s+with)\s+(?:a\s+|the\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"police\s+(?:officers?|inspectors?|constables?|sergeants?|officials?)\b|"
    # (Or whom the reward came from: "received a commendation certificate and a reward from the
    # municipal state security bureau", corpus 153.)
    r"\b(?:commendation|reward|award|certificate|thanks)\b[^.;]{0,60}?\bfrom\s+the\s+[^.;]*|"
    # (Or who says so: "As per the police, Jadhav-saheb works as a tool crib attendant",
    # corpus 143.)
    r"\b(?:as\s+per|according\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|prosecutors?|court)\b|"
    # (Or whom what is known comes from: "What we know about Tebogo Moagi (TB), forklift
    # operator, night shift, from CCTV, colleagues and police", corpus 147.)
    r"\bfrom\s+(?:[\w-]+,\s+){0,4}?(?:[\w-]+\s+)?(?:and\s+)?(?:the\s+)?police\s*[:.]|"
    r"\b(?:stated|said|told|reported|announced|confirmed)\s+by\s+the\s+(?:[\w-]+\s+)?police\b|"
    # (Or who took the person in: "was taken into custody by the Anti-Terrorism Squad", corpus
    # 143.)
    r"\b(?:taken\s+into\s+custody|detained|arrested|picked\s+up)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:police|squad|agency|service|unit|bureau|directorate|gendarmerie)\b|"
    r"\b(?:contacted|alerted|called|informed|notified|told|tipped\s+off|went\s+to|handed\s+\w+\s+to|"
    # "came to the Celje Police Station on his own initiative" (corpus 68)
    r"came\s+to|walked\s+into|went\s+into|reported\s+(?:\w+\s+){0,3}?to)\s+"
    # (Or an embassy: "came to the Embassy of his own accord", said of a man who runs a dive
    # centre, corpus 86.)
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|law\s+enforcement|embassy|consulate|consular\s+section|"
    # ("Yannick Girardin told the gendarmerie that he had met Mr Vézina only twice", corpus 120.)
    r"gendarmerie)\b|"
    # (Or the police as one of whom to tell: "if Jaskaran had told his family or the police",
    # corpus 145.)
    r"\b(?:told|tell|informed|alerted|went\s+to|gone\s+to|come\s+to)\s+(?:[\w-]+\s+){0,4}?or\s+(?:to\s+)?the\s+"
    r"(?:[\w-]+\s+)?police\b|"
    # (Or where the messages belong: "those messages belong at the gendarmerie brigade",
    # corpus 146.)
    r"\b(?:belongs?|belonged)\s+(?:at|with|to)\s+the\s+(?:[\w-]+\s+){0,2}?(?:police|gendarmerie)"
    r"(?:\s+(?:brigade|station|post|office|unit))?\b|"
    # An officer named with the force they serve in: "Inspector Dwayne Brooks of the Royal
    # Anguilla Police Force", "Detective Inspector Shenelle Gardiner-Talbot, Royal Turks and
    # Caicos Islands Police Force" (corpus 120): the officer's employer, not the case's.
    r"\b(?:inspector|detective|sergeant|constable|superintendent|commissioner|corporal)\s+"
    r"(?:[\w.\x27’-]+\s+){0,3}?[\w.\x27’-]+(?:\s+of\s+|,\s*)(?:the\s+)?(?:[\w-]+\s+){0,6}?police"
    r"(?:\s+(?:force|service))?\b|"
    # (Nor who paid for an event: "the morning's sponsors, a local bank and a telecommunications
    # company", corpus 120.)
    r"\b(?:sponsors?|sponsored\s+by)\b[^.;]*|"
    # The police, or a coast guard, doing something to the person, or asking: "answered a
    # lawful request from the police", "the coast guard questioned him near the pier".
    r"\b(?:requests?|questions?|summons|inquir(?:y|ies)|enquir(?:y|ies))\s+from\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:police|coast\s+guard|gendarmerie)\b|"
    r"\b(?:police|coast\s+guard|gendarmerie)\s+(?:questioned|stopped|detained|arrested|searched|"
    r"interviewed|visited|called\s+on)\s+(?:him|her|them)\b|"
    # A report by telephone or in person: "a call to the Embassy at that point".
    r"\b(?:call|calls|visit|report|tip)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:police|embassy|consulate)\b|"
    # A matter passed on, and what the police hold of it: "The matter has been referred to the
    # Vanuatu Police Force, whose investigating officer ... has ... a statement from Ms Naupa"
    # (corpus 98).
    r"\b(?:referred|passed|sent|forwarded|handed\s+over)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"police\b[^.;]*|"
    # The police or a ministry telling or listing: "Kosovo Police announced the arrest", "the
    # list of licensed private employment agencies published by the Ministry" (corpus 94).
    # ("The Federal Police later linked the man on the quay to Sr. Rodrigo", corpus 116.)
    r"\bpolice\s+(?:later\s+|have\s+|has\s+|had\s+)?(?:announced|said|confirmed|stated|reported|"
    r"charged|arrested|identified|linked|traced|found|established|informed)\b|"
    # What the police advise on the matter: "that the Police advice be followed on any further
    # step" (corpus 101).
    r"\b(?:the\s+)?police(?:['’]s?)?\s+(?:advice|guidance|recommendations?|instructions?)\b|"
    r"\b(?:published|issued|licensed|kept|listed)\s+by\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ministry|police|authorit(?:y|ies))\b"
)
"""The police as where a case went ("The firm contacted counter-terrorism police"), not where
the person works (corpus 63: a shipbroker placed at "a police force")."""
_SOMEONE_BEFORE_PRONOUN = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?(?:colleague|student|researcher|professor|"
    r"journalist|visitor|official|officer|engineer|teacher|doctor|lawyer)\s+(?:from|at|of)\s"
    r"[^.;:!?]*?[;,]?\s+(?:he|she|they)\s"
)
"""Someone the sentence brings in, whom its pronoun then means: "a colleague from Cairo
University proposed a joint paper; he wrote to both directors" (not the case described again:
"a woman who worked inside our justice system every day felt she had no one to tell", corpus
63)."""
_PATROL_SAW = re.compile(
    r"\b(?:an?|the)\s+(?:military|army|naval|navy|police|border|coast\s+guard|security)\s+"
    r"(?:patrol|unit|officers?|guards?|sentry|checkpoint)\s+(?:saw|spotted|stopped|caught|found|"
    r"searched|arrested|detained|noticed|questioned)\b"
)
"""Who caught the person at something: "a military patrol saw the light of a phone on the mound"
(corpus 137: a site's night guard told "at a defence organisation")."""
_CAUGHT_AT = re.compile(
    r"\b(?:arrested|detained|stopped|caught|held|apprehended)\s+(?:\w+\s+){0,3}?at\s+(?:the\s+)?"
    r"(?:[\w’\x27.-]+\s+){0,3}?(?:airport|border|station|port|harbou?r|crossing)\b|"
    # (And what the place where they were caught is beside: "Port Security detained Tavita
    # Faleolo Jr. ... inside the restricted zone at the main wharf, next to the berth used by
    # the U.S. Coast Guard cutter", corpus 121.)
    # (A name's "Jr." within: the sentence is one, so a full stop there ends nothing.)
    r"(?:\b[\w-]+\s+(?:security|police|guards?|patrol)\s+)?"
    # (Not "at": "arrested a 41-year-old man employed as a programmer at a central government
    # statistics authority" tells where he works.)
    r"\b(?:arrested|detained|stopped|caught|apprehended)\b[^;]{0,120}?\b(?:inside|near|next\s+to|"
    r"beside|outside)\b[^;]*"
)
"""Where someone was caught ("arrested at Montréal-Trudeau airport") is not where they work."""
_RESIDING_AT = re.compile(
    r"\b(?:residing|resident|domiciled)\s+(?:at|in)\s+[^;,\n]*"
    r"(?:,\s*(?:municipality|district|county|province|region|commune|parish)\s+of\s+[^;,\n]*)?"
)
"""Where someone lives ("Applicant: Dejan (Milutin) Vukčević, born 1986 in Cetinje, residing at
Radanovići, Municipality of Kotor", corpus 134, read 425: "a shift operator at a city council")
is not where they work: the address only, to its comma (not the rest of a sentence that may go
on to say where they work)."""
_FLED_TO = re.compile(
    # (Or left for: "Neighbours say Khoa left for the airport with two suitcases", corpus 162, read
    # 504: "at an airport".)
    r"\b(?:fled|escaped|went\s+instead|ran\s+off|left\s+for|tried\s+to\s+(?:cross|flee|escape|leave|"
    r"slip))\b"
    r"[^;]*"
)
"""Where someone fled or tried to cross to ("went instead to the river at Port Amont and tried to
cross by pirogue", corpus 133) is not where they work."""
_SPIED_ON = re.compile(
    r"\b(?:videos?|footage|photo(?:graph)?s|pictures|images|time-lapses|soundings|sketches|"
    # (Or of a place inside one: "photographs inside dock no. 2 of the Coast Guard vessel under
    # repair", of a ship-repair yard's blaster, corpus 160, read 501: "at a coast guard
    # station".)
    r"drawings)\s+(?:along|of|near|around|over|inside|within)\s+(?:\bno\.\s?(?=\d)|[^,.;])*|"
    # ('for "a test flight" at night over the Coast Guard station', said of a drone
    # technician, corpus 106.)
    r"\b(?:flights?|fly|flew|flown|flying|overflights?)[\"”’']?\s+(?:[\w\"“”-]+\s+){0,3}?"
    r"(?:over|above|along|around|near)\s+[^,.;]*|"
    # (Or where a camera looks: "a camera ... on the balcony of an empty building with a view of
    # the naval base pier", of a car-wash attendant, corpus 172, read 526: "at a naval base".)
    r"\b(?:(?:with\s+)?an?\s+(?:clear\s+|good\s+)?view\s+(?:of|over|onto)|facing|overlooking|"
    r"(?:pointed|aimed)\s+(?:at|on))\s+[^,.;]*"
)
"""What was filmed or photographed, not where the person works: "video along the hulls and
propellers of named warships at anchor", said of a man who runs a dive centre (corpus 86)."""
_ASKED_TO_WATCH = re.compile(
    r"\bto\s+(?:note(?:\s+down)?|record|photograph|copy|count|log|list|watch|film)\s+[^,.;]*|"
    # (Or to keep a record of, or to place something near: "asked Tonći to keep a separate
    # notebook of every naval vessel passing", "asked Lao Chen to moor the buoy ... nearest the
    # naval anchorage", corpus 153.)
    r"\b(?:asked|told|wanted|urged|pressed)\s+(?:[\w’\x27-]+\s+){1,3}?to\s+(?:keep|moor|place|put|move|"
    r"turn|point|set\s+up|install|leave|send)\s+[^.;]*|"
    # (Or to tell when: "offered him R$ 500 each time he phoned to say when the outpost's field
    # team or the Army patrol boats were leaving", corpus 116.)
    r"\bto\s+(?:say|tell\s+(?:him|her|them))\s+when\s+[^,.;]*"
)
"""What the person was asked to note or photograph, not where they work: "to note down each
week the quantities of fuel delivered to military aircraft" (corpus 94, a fuel depot's
supervisor placed at "an aerospace research institute")."""
_ASKED_FOR = re.compile(
    # (Or what the contact asked about: "if Mr. Chikapa had come to the police when the buyer
    # first asked about the patrol boats", of a dried-fish trader, corpus 160, read 501: "a
    # dried-fish trader at a coast guard station".)
    # (Or whom and which the contact asked: "Then he asked who else books time at the beamline:
    # which companies and which defence research groups", corpus 162, read 504: a visiting
    # researcher told "at a defence organisation".)
    r"\basked\s+(?:\w+\s+)?(?:who|which|what|whether)\b[^.;]*|"
    r"\b(?:(?:request|demand)s?\s+(?:was|were|is|came)\s+for|asked\s+(?:\w+\s+)?(?:for|about)|"
    r"wanted|"
    r"sought|requested|demanded)\s+[^.;]*|"
    # ("In February 2024 a third request arrived: the communications layout ... and whether any
    # Defence personnel would be wintering", corpus 104.)
    r"\b(?:request|demand)s?\s+(?:arrived|came|followed)\s*:[^.;]*|"
    # (Or what the contact paid for: "Then he paid USD 300 a time ... for the daily movement
    # schedule, the arrival and departure times of military aircraft", of an apron marshaller,
    # corpus 161, read 502: "at an aerospace research institute".)
    # (To its comma only: "He paid for the kava several nights running, ... saying that a cook
    # who fed the whole navy deserved good things", corpus 94, is a navy cook's.)
    r"\bpaid\s+[^.;]{0,100}?\bfor\s+(?:the|a|an|each|every|his|her|their)\b[^.;,]*|"
    # (Or where the contact steered the person: "Farid also advised Mammadov R.T. to apply for
    # the vacancy ... announced by the military unit", corpus 105, a lift mechanic placed at
    # "a defence organisation".)
    r"\b(?:advised|urged|told|encouraged|pressed|steered)\s+(?:\S+\s+){0,3}?to\s+apply\b[^.;]*|"
    # (Or what the contact offered the person or a relative: "offered her son a place at a
    # Bible college overseas with the fees paid", corpus 123, a fisheries officer told at a
    # university.)
    r"\boffer(?:ed|ing|s)?\s+(?:(?:him|her|them|his|her|their)\s+)?(?:(?:son|daughter|child|"
    r"children|wife|husband|nephew|niece|brother|sister|family)\s+)?(?:an?\s+|the\s+)?[\"“]?"
    r"(?:[\w-]+\s+){0,3}?(?:place|scholarship|post|job|internship|position|stay|course|fellowship)\b"
    r"[^.;]*"
)
"""What the contact asked for, not where the person works: "The second request was for the fuel
logistics and camp layout ..., with dates, the aircraft schedule and the radio plan" (corpus
104, an ice-core driller placed at "an aerospace research institute")."""
_LECTURES_GIVEN = re.compile(
    r"\b(?:gives|gave|giving|give)\s+(?:\w+\s+)?(?:lectures|talks|classes|seminars|courses)\s+"
    r"(?:at|in|to|for)\s+[^,.;]*"
)
"""Lectures the person gives elsewhere, not where they work: "he regularly gives lectures at the
Faculty of Polytechnics of the University of Lubumbashi" (corpus 103, a mining company's
geostatistician placed at "a university")."""
_PRESS_OFFICE_CALLED = re.compile(
    r"\b(?:call|calls|called|ring|rings|rang|phone|phones|phoned|contact|contacts|contacted|"
    r"email|emails|emailed|ask|asks|asked)\s+the\s+[^,.;]{0,40}?press\s+office\b"
)
"""A press office someone calls for a story is its organisation's, not theirs: "Rim will call the
port authority's press office, not the dockers' WhatsApp group" (a newsroom's notes, corpus 171,
read 523: a reporter told as "a member of staff at a port")."""
_ALUMNI_OF = re.compile(
    r"\b(?:his|her|their|my|our)\s+(?:old\s+|former\s+)?(?:university|college|school|academy)['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?:alumni|reunion|graduation|homecoming|old\s+boys|old\s+girls)\b[^,.;]*"
)
"""Where the person studied, at its alumni's evening: "At her university's engineering alumni
night in May, Ngaire was introduced by her former lecturer" (a defence firm's graduate
programme review, corpus 171, read 521: "at a university")."""
_DEFENCE_COUNSEL = re.compile(
    r"\bdefen[cs]e\s+(?:counsel|lawyers?|attorneys?|solicitors?|barristers?|advocates?|team|"
    r"witness(?:es)?|case|submissions?|argument)\b"
)
"""A trial's defence, not the armed forces: "I was asked by defence counsel to assess Mr.
Al-Rawashdeh" (corpus 104)."""
_CLIENTS = re.compile(
    # (Who comes to the place: "a hotel in town where foreign visitors, businessmen and officers
    # from the air base often stay", corpus 146.)
    r"\bwhere\s+[^.;]{0,100}?\b(?:often\s+|usually\s+|sometimes\s+)?(?:stay|stays|eat|eats|drink|"
    r"drinks|shop|shops|come|comes|visit|visits)\b|"
    # Customers said to work somewhere: "212 of the numbers belong to customers who are ...
    # employed by the defence and security forces" (corpus 117: a mobile-money sub-agent placed
    # at a defence organisation).
    # (Or the consignees of goods: "customs data ...: importers, values and ... the consignees,
    # which included the Nepali Army", of a trade statistics officer, corpus 150.)
    r"\b(?:customers|clients|patients|passengers|guests|users|consignees|importers|buyers|"
    r"recipients),?\s+(?:who|that|which)\s+(?:are|were|included?|includes)\b[^.;]*|"
    # (Or a customer named by its sector: "which tankers load which product and for which
    # customers, including the military customer", of a fuel terminal's loading bay operator,
    # corpus 149, read 470: "an operator at a defence organisation".)
    r"\b(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?(?:military|navy|naval|army|defence|defense|air\s+force|"
    r"police)\s+(?:customers?|clients?|buyers?)\b|"
    # (Not where the person works at: "a bid evaluation officer at the Ministry of Energy's south
    # office", a dominoes league's report, corpus 169.)
    r"(?<!\bat\s)(?<!\bin\s)\bthe\s+(?:[\w-]+\s+){0,3}?(?:ministry|ministry\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)"
    r"(?:['’]s|\s+(?=(?:delivery|personali[sz]ation|badge|order|contract|account|data)\b))"
    r"[^,.;]*|"
    r"\b(?:contracts?|orders?|tenders?|accounts?)\s+(?:with|for|from)\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"ministry\b[^,.;]*|"
    # (Or the forces' own work done for them: "one of the screened drivers on the Defence runs",
    # "access to the Defence module" of a bus company's planning system, corpus 124.)
    r"\bthe\s+(?:defen[cs]e|army|military|navy)\s+(?:runs?|module|contracts?|charters?|orders?|"
    r"routes?|transport|shuttles?|convoys?|buses|coaches)\b"
)
"""Customers said to work somewhere, or a ministry as a client whose work, records or
authorisation the story handles ("the
Ministry's written authorisation", "the Ministry delivery record", "our contract with the
Ministry of National Defence"), not where the person works (corpus 95: a printing firm's
secure-room custodian placed at "a government ministry")."""
_PERMIT_FROM = re.compile(
    r"\b(?:permits?|licen[cs]es?|approvals?|authori[sz]ations?|clearances?|accreditations?)\s+"
    r"(?:from|issued\s+by|granted\s+by|of)\s+(?:the\s+|a\s+)?[^,.;]{0,60}?\b(?:authority|"
    r"regulator|agency|ministry|department|office|administration)\b"
)
"""Who gave the person leave to work ("flown a small drone, under a permit from the civil
aviation authority", corpus 106): not where they work."""
_RELATIONS_WITH = re.compile(
    r"\b(?:relations?|relationships?|ties|dealings|cooperation|co-operation)\s+with\s+[^,.;]*"
)
"""Whom the person's employer deals with ("the programme's drone permit and its good relations
with the Coast Guard are intact", corpus 106): not where the person works."""
_ON_THE_LINE = re.compile(r"\bon\s+(?:the|an?)\s+[^,.;]{0,30}?\b(?:line|phone|telephone)\b")
"""Whose telephone someone spoke on ("spoke with Mr Étienne on the Embassy line", corpus 107):
not where they work."""
_LIST_OF_OTHERS = re.compile(
    r"\b(?:list|lists|schedule|schedules|timetable|register|notices?|rota|roster)\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:navy|naval|army|military|police|air\s+force|coast\s+guard)\s+"
    r"[^,.;]*"
)
"""A list of another organisation's movements kept where the person works, not their workplace:
"where ... the list of Navy supply vessel calls at the adjoining quay was pinned inside the gate
house", said of a port terminal's gate guard (corpus 125, read 398: "a guard at a naval base")."""


def _others_posts_out(text: str, name: str) -> str:
    """Lower-cased text without the posts apposed to other people's names
    (:data:`_ANOTHERS_POST`), keeping one apposed to the case's own name."""
    own = [w.lower() for w in name.split() if len(w) > 2]

    def blank(post: re.Match[str]) -> str:
        before = text[max(0, post.start() - 60) : post.start()]
        return post.group(0) if any(w in before for w in own) else " "

    return _ANOTHERS_POST.sub(blank, text)


_WROTE_FROM = re.compile(
    r"\b(?:e-?mailed|called|phoned|rang|texted|wrote\s+to|messaged)\s+(?:me|us|him|her|them|[\w-]+)\s+"
    r"from\s+(?:[\w-]+\s+){0,2}?(?:airport|station|hotel|port)\b"
)
"""Where someone wrote or called from while travelling ("e-mailed me from Istanbul airport",
corpus 146), not where they work."""
_POLICE_MATTER = re.compile(
    r"\bpolice\s+(?:case|investigation|inquiry|enquiry|complaint|report|custody|letter|file)\b"
)
"""The police's case about someone ("pending outcome of police case", corpus 154): not where
they work."""
_CLIENTS_CONTRACT = re.compile(
    r"\b(?:naval|navy|military|defen[cs]e|army|air\s+force|armed\s+forces)\s+(?:contracts?|orders?|"
    r"clients?|customers?|tenders?)\b|"
    # (Or the contractor the person works for on a base: "He works as a BIM technician for a
    # contractor on the Marine Corps base construction", corpus 165, read 510: "at a defence
    # organisation".)
    r"\bfor\s+an?\s+(?:[\w-]+\s+)?contractor\s+(?:on|at|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    # (Not a base, where the contractor's people do work: "an industrial cleaner for a contractor
    # at the naval base", corpus 143.)
    r"(?:marine\s+corps|army|military|armed\s+forces)\b[^,.;]*"
)
"""Work done for the forces as a client ("responsible for welding procedure specifications for
hull work, including the naval contract", a ship-repair company's coordinator, corpus 155, read
489: told as at a naval base): not where the person works."""
_FRONT_DESCRIBED = re.compile(r"[\"”],\s+(?:a|an)\s+[^,.;:\"“”]{1,60}")
"""What a name in quotes is said to be: 'a "Dr. Nina Kessler", programme director of the "Danube
Security Dialogue", a think-tank giving a Vienna address' (corpus 154, read 487: a test range's
analyst told as at "a policy think tank"), the front's, not the person's workplace."""
_HOBBY_GROUP = re.compile(
    r"\b(?:channel|group|forum|page|club|community|chat)\s+for\s+(?:[\w-]+\s+){0,2}?(?:enthusiasts|"
    r"fans|lovers|hobbyists|spotters|amateurs|buffs)\b"
)
"""A hobby's channel or group, no workplace: "a Telegram channel for aviation enthusiasts"
(corpus 147: a sawmill worker told at an aerospace research institute)."""
_OTHERS_TITLE = re.compile(
    r"\b(?:the|a|an)\s+(?:[\"“]?(?:visiting|guest|foreign|retired|former)\s+)?[\"“]?professor[\"”]?"
    r"(?!\s+(?:at|in|of)\s+(?:the\s+)?(?:same|our|this|his|her|their)\b)"
)
"""Someone else's title, told with an article ("the professor shared", "a visiting professor"):
the case's contact, not where the case works ("Mr Athman was told to upload the files to a
cloud folder the professor shared", corpus 152, read 481: "a member of staff at a
university")."""
_FROM_SEVERAL = re.compile(
    r"\bfrom\s+(?:a|an|the)\s+[^,.;]{1,60}?(?:,\s+from\s+[^,.;]{1,60}?)+,?\s+and\s+from\s+[^,.;]{1,60}"
)
"""Several places things came from, in a list: "from the copiers we took back from a notary's
office, from the district administration at Ancuabe and from a private clinic" (a copier
technician's clients, corpus 158, read 496: told as working "at a law office")."""
_ORGANISED_BY = re.compile(
    r"\b(?:organi[sz]ed|hosted|sponsored|run|paid(?:\s+for)?)\s+by\s+(?:a|an|the)\s+[^,.;]{1,50}"
)
"""Who organised or paid for what the person attended: "a five-day training course abroad
organised by a software vendor" (an insurer's database administrator, corpus 158, read 498:
told as working "at a technology company")."""
_SERVES_PEOPLE_AT = re.compile(
    r"\b(?:for|to)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:officers|soldiers|staff|students|customers|clients|"
    r"guests|patients|crews?|families|cadets|pilots|sailors)\s+(?:at|of|from)\s+(?:the\s+)?[^,.;]{1,40}"
)
"""Whom a trade serves, at their own place: "a tailor at the Muhoza market who alters uniforms
for officers at the staff college" (corpus 159, read 499: told as "a tailor at a
university")."""
_NOT_WORKED_AT = re.compile(
    # What a file held: "she later realised they contained the plate geometry and weld sequence
    # of a hull block for a naval patrol vessel", a shipyard's robot programmer (a hiking
    # club's record, corpus 164, read 508: "a welding robot programmer at a naval base").
    r"\b(?:contained|containing|contains)\b[^.;]*|"
    # What the person would or would not talk about: "he would not discuss naval work with
    # anyone", a shipyard's hull block scheduler (corpus 164).
    r"\b(?:discuss(?:ed|ing)?|talk(?:ed|ing)?\s+about|writ(?:e|ing)\s+about)\s+[^,.;]*|"
    # What the person had seen about them: "where Wilmer had seen Navy boats during the week",
    # a tour yacht's panga driver (corpus 164).
    r"\b(?:had\s+)?(?:seen|saw|spotted|noticed|watched)\s+(?:the\s+|any\s+|some\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:boats?|ships?|vessels?|aircraft|planes?|helicopters?|vehicles?|"
    r"trucks?|convoys?|patrols?|soldiers|troops)\b[^,.;]*|"
    # A relative's post: "W/ro Tigist's husband is an aircraft technician on the base" (a rose
    # farm's council minutes, corpus 164: her workplace "an aerospace research institute").
    r"(?:['’]s|\b(?:his|her|their))\s+(?:\w+\s+)?(?:husband|wife|son|daughter|father|mother|"
    r"brother|sister|cousin|uncle|aunt|nephew|niece|partner|fiancée?)\s+(?:is|was|works|worked|"
    r"serves|served)\b[^.;]*|"
    # An armed service that acted on the case: "because the report came in before Lucía had
    # even flown home, the Navy was able to identify the same people", "The Navy questioned
    # Wilmer on 12 February" (corpus 164).
    r"\bthe\s+(?:navy|army|air\s+force|coast\s+guard)\s+(?:(?:was|were)\s+able|questioned|"
    r"interviewed|arrested|detained|searched|found|identified|seized|warned|confirmed|said|says)"
    r"\b[^.;]*|"
    # A front the contact named, by what the report calls it: "placed by a supposed Gulf real
    # estate fund" (a cricket club's annual report, corpus 165, read 510: "a building inspector
    # at an estate agency").
    r"\b(?:an?|the)\s+(?:supposed|so-called|self-styled|purported|fake|bogus|sham|fictitious|"
    r"non-existent)\s+[^,.;]*|"
    # Land an armed service owns, where the person's work takes them: "ranches toward the
    # Bolivian border and the Army's own grazing land" (a dairy cooperative's minutes, corpus
    # 165, read 510: an insemination technician "at a defence organisation").
    r"\bthe\s+(?:army|navy|air\s+force|military)(?:['’]s)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:land|lands|"
    r"fields|ranch\w*|estates?|farms?|propert(?:y|ies)|leases?|airstrips?)\b|"
    # Where the contact took the person for a meal: "invited W/ro Tigist and her husband to
    # lunch at a lakeside resort on Lake Hora" (corpus 164: "a packhouse supervisor at a
    # hotel").
    r"\b(?:lunch|dinner|drinks?|coffee|tea|a\s+meal|breakfast|supper)\s+(?:at|in)\s+[^,.;]*"
)
"""What a file held, what the person would not discuss or had seen, a relative's post and an
armed service that acted on a report: not where the person works."""
_NOT_THE_WORKPLACE = (
    _FROM_SEVERAL,
    _SERVES_PEOPLE_AT,
    _ORGANISED_BY,
    _OTHERS_TITLE,
    _CLIENTS_CONTRACT,
    _FRONT_DESCRIBED,
    _POLICE_MATTER,
    _WROTE_FROM,
    _HOBBY_GROUP,
    _LIST_OF_OTHERS,
    _PERMIT_FROM,
    _ON_THE_LINE,
    _RELATIONS_WITH,
    _POLICE_TOLD,
    _CLIENTS,
    _CAUGHT_AT,
    _PATROL_SAW,
    _FLED_TO,
    _RESIDING_AT,
    _CLAIMED,
    _PARTNER_OR_OTHERS,
    _NEARBY,
    _SPIED_ON,
    _ASKED_TO_WATCH,
    _ASKED_FOR,
    _DEFENCE_COUNSEL,
    _LECTURES_GIVEN,
    _ALUMNI_OF,
    _PRESS_OFFICE_CALLED,
    _NOT_WORKED_AT,
)
"""What a sentence says of places that are not where the person works, taken out in this order
before its sectors are read."""
_PART_OF_PLACE = re.compile(r"\b(?:laborator(?:y|ies)|labs?|workshops?)$")
"""A sector's words that name a room of a place (a laboratory), not an institution of its own
(not "research reactor of the Peruvian Nuclear Energy Institute", corpus 131), nor a branch that
says the field ("the Customs Division of the Revenue Authority" is customs, corpus 59)."""
_OF_OWNER = re.compile(r"\W*of\s+(?:the|an?|its)\s+(?:[\w'’-]+\s+){0,3}?")
"""Between a sector's words and another's: the first a part of the second's place."""
_ANY_SECTOR = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _SECTORS))


def _to_number(text: str) -> float | None:
    text = text.strip().lower().replace(",", "")
    words = text.split()
    if not words:
        return None
    try:
        value = float(words[0])
    except ValueError:
        value = float(_NUMBER_WORDS.get(words[0], -1))
        if value < 0:
            return None
    for word in words[1:]:
        if word in _SCALE:
            value *= _SCALE[word]
    return value


def format_number(value: float) -> str:
    """``5500.0`` -> ``5,500``; ``0.5`` -> ``0.5``."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


@attrs.frozen
class _CaseSentence:
    doc: Document
    start: int
    end: int
    recruiter_only: bool = False
    """The sentence names a recruiter and no case: the recruit's own acts are not shown."""

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]

    def evidence(self) -> Evidence:
        return Evidence(self.doc.name, self.start, self.end, self.text)


_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|while|after|before|then)\s")


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of a sentence that holds ``text[start:end]``."""
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right_match = _CLAUSE_BREAK.search(text, end)
    right = right_match.start() if right_match else len(text)
    return text[left:right]


_SECTION_NUMBER = re.compile(r"\s*(?:\d{1,3}(?:[.-]\d{1,3})*|[IVXLC]{1,6}|[A-Z])\.?\s*")
"""A section's number alone: "5.", "IV.", "B", "3-1." (a Japanese file's, corpus 154)."""


def _numbered(doc: Document, index: int) -> bool:
    """A heading that a section's number, split off before it, opens: "5." then "The
    interview with the retired stores clerk"."""
    return (
        index > 0
        and doc.sentences[index - 1].paragraph == doc.sentences[index].paragraph
        and _SECTION_NUMBER.fullmatch(doc.sentence_text(doc.sentences[index - 1])) is not None
    )


def is_headline(doc: Document, index: int) -> bool:
    """A line of its own without a full stop: a headline or a section title."""
    sentence = doc.sentences[index]
    text = doc.sentence_text(sentence)
    # (A section's number split off before it counts for nothing: "5." then "The interview
    # with the retired stores clerk", corpus 100.)
    alone = all(
        other.paragraph != sentence.paragraph
        or (
            other.end <= sentence.start
            and len(text) < 100
            and _SECTION_NUMBER.fullmatch(doc.sentence_text(other)) is not None
        )
        for other in doc.sentences[max(0, index - 1) : index + 2]
        if other is not sentence
    )
    return alone and not text.rstrip("\"'”’)").endswith((".", "!", "?", ":"))


def _event_of(text: str) -> str:
    for event, pattern in _EVENTS:
        if _happened(pattern, text):
            return event
    return "mentioned"


def _happened(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` tells the event ``pattern`` finds, not only names it as a moment of the
    story ("In January 2024, two months before the arrest in Opicina, she received a message",
    corpus 178)."""
    return any(
        not _AS_A_MOMENT.search(text, max(0, found.start() - 40), found.start())
        for found in pattern.finditer(text)
    )


_NO_JOB = frozenset({"citizen", "national", "resident", "person", "individual"})
_ABOUT_WORD = re.compile(r"(?:concerning|regarding|about|re)\s+", re.IGNORECASE)
"""A heading's word for what it is about, before the job it reads as one."""
"""What a record calls anyone, no job."""


def facts_of_kind(facts: Sequence[Fact], kind: str) -> list[Fact]:
    return [fact for fact in facts if fact.kind == kind]


def _facts(
    sentences: Sequence[_CaseSentence],
    name: str,
    cues: _Cues,
    lead: Sequence[_CaseSentence] = (),
    writers_relative: bool = False,
    gender: str = "",
    addressed: bool = False,
    aliases: Sequence[str] = (),
) -> list[Fact]:
    """The case's facts from its sentences. ``writers_relative``: the writer calls the case
    "my brother" (or another relative), so what "I" was is the writer's, never the case's.
    ``gender``: the case's ("f", "m" or unknown), so that what "he was" in her story is
    another's job. ``aliases``: the other names the text calls the person by ("Inge" of
    "Ingrid Zwaan-Kok, our Inge from plot 19"), which name them too."""
    other_pronoun = {"f": "he", "m": "she"}.get(gender)
    facts: list[Fact] = []
    seen: set[tuple[str, str, str]] = set()
    # A case whose own sentences are mostly the "I" telling: a speaker's or a writer's story.
    told_by_the_case = not writers_relative and (
        sum(1 for item in sentences if _FIRST_PERSON.search(_QUOTED.sub("", item.text)))
        >= _FIRST_PERSON_SHARE * max(len(sentences), 1)
        # (Or where the "I" gives the case's name: "My name is Muhammad Rizky, but everyone
        # calls me Iki", a testimony in a report's minutes, corpus 141.)
        or any(
            (given := _GIVES_OWN_NAME.search(item.text)) is not None
            and given.group("name").split()[0] == name.split()[0]
            for item in sentences
        )
    )

    def add(fact: Fact) -> None:
        key = (fact.kind, fact.value, fact.event or "")
        if fact.kind == "role" and fact.value.lower() in _NO_JOB:
            return  # "the statement of the citizen NAZAROV" says no job (corpus 91)
        if fact.kind == "role" and (about := _ABOUT_WORD.match(fact.value)) is not None:
            # "3. Report concerning evening student Nelson Sakaita Chimuco" (corpus 161, read
            # 502: "You are a concerning evening student"): what the heading is about, not a job.
            fact = attrs.evolve(fact, value=fact.value[about.end() :])
        if fact.kind == "role" and _claimed_there(fact):
            # "He said in voice chat that his name was Choi Min-ho and that he was a game
            # designer" (corpus 136, read 430: a cadet told as "a designer"): a cover.
            return
        if key not in seen:
            seen.add(key)
            facts.append(fact)

    japan = bool(sentences) and _JAPAN.search(sentences[0].doc.text) is not None
    if name[:2] in ("a ", "an") and (
        ran := next((found for i in sentences if (found := _WHO_RAN_BUSINESS.search(i.text))), None)
    ):
        # Known by the business they ran: "A member who for more than twenty years ran a
        # used-car business near the main gate of the base" (corpus 138).
        kind = " ".join(ran.group("kind").lower().split())
        ran_in = next(i for i in sentences if ran.group(0) in i.text)
        add(Fact("role", f"{kind} owner", ran_in.evidence()))
    if name[:2] in ("a ", "an"):
        # Known only by a description ("a 52-year-old harbour pilot"): that is the job.
        job = _AGE_WORD.sub("", name.split(" ", 1)[1])
        where = next((i for i in sentences if job in i.text.lower()), None)
        # (Nor what a person is in their family: "a forty-six-year-old mother from Aua, who
        # cleans at the Army Reserve Center", corpus 121, read 381: "You work as a mother".)
        if (
            where is not None
            and job not in ("man", "woman")
            # (Nor what the person is to the writer: "a senior colleague in the RF verification
            # team", corpus 179.)
            and job.split()[-1] not in ("colleague", "friend", "acquaintance", "neighbour")
            and not re.fullmatch(
                rf"(?:{_RELATIVES}|grandmother|grandfather|widow|widower|parent)", job
            )
        ):
            add(Fact("role", job, where.evidence()))
    # Not a one-letter particle ("Xavier Ribó i Guardiola"), which would match inside any word.
    tokens = [re.escape(t) for t in name.split() if t not in ("i", "y", "e")]
    # Whole words, and not the particles ("Tobias de la Mare": "la" is inside "Island", read
    # 114), which would say that any sentence names the person.
    whole = [
        rf"(?<!\w){re.escape(t)}(?!\w)"
        for t in name.split()
        if t not in ("i", "y", "e") and not (t.islower() and len(t) <= 4)
    ]
    if name[:2] in ("a ", "an"):
        # (A person known by a description is named by any of its words, as before.)
        whole = tokens
    # (Also as a record writes it in capitals: "NÉLIO JACINTO DOS SANTOS COSSA, 41 years old,
    # shift supervisor at the aviation fuel depot", corpus 94.)
    whole += [
        rf"(?<!\w){re.escape(t.upper())}(?!\w)"
        for t in name.split()
        if t not in ("i", "y", "e") and len(t) > 2 and not t.isupper() and t[:1].isupper()
    ]
    full_name_pattern = re.compile("|".join(whole) if whole else r"(?!)")
    # (And the names the text also calls the person by: "Inge works as a maintenance planner for
    # the navy helicopters", corpus 143; not for where they work, which a sentence that names
    # them only so tells of others: "a list of customers with Ministry of Defence e-mail
    # addresses", offered for "almost a month of Loli's salary".)
    whole += [
        rf"(?<!\w){re.escape(alias)}(?!\w)"
        for alias in aliases
        if len(alias) > 2 and alias[:1].isupper()
    ]
    name_pattern = re.compile("|".join(whole) if whole else r"(?!)")
    next_to_name = re.compile(
        # (Or the alias after "@": "Jaskaran Singh @ Jassi, 24, a gym trainer", corpus 145.)
        # (Or the name people use after it: "Ma. Lourdes S. Dela Cruz, known to all of us as
        # Lulu, our home-delivery coordinator", corpus 146.)
        rf"(?:{'|'.join(tokens) if tokens else '(?!)'})"
        r"(?:\s*\([^()]{0,30}\)|\s+@\s+[A-Z][\w'’-]*|,\s+known\s+(?:to\s+[\w ]{1,20}?\s+)?as\s+"
        r"[\"“]?[A-Z][\w'’-]*[\"”]?)?"
        r"(?:\s*,\s*(?:aged\s+)?\d{1,3})?\s*$"
    )
    # "..., the employee of the Ministry of Internal Affairs, 29-year-old Tamar Gelashvili": a
    # job written before the name it belongs to.
    name_after = re.compile(
        r"(?:[\s,]+(?:of|at|in|for|the|and|[A-Z][\w'’.-]*|\d{1,3}(?:-year-old)?))*[\s,]+"
        rf"(?:{'|'.join(tokens) if tokens else '(?!)'})"
    )

    def add_lead_term(item: _CaseSentence, intro: re.Match[str]) -> None:
        # "A court sentenced a navy sergeant who ran a supply warehouse at the base to eight
        # years": the term the lead gives the person it describes.
        term = _LEAD_TERM.match(item.text, intro.end())
        if term is not None and _SENTENCED.search(item.text):
            add(_sentence_fact(term, item.evidence()))

    def add_lead_sector(item: _CaseSentence, intro: re.Match[str]) -> None:
        # Where the lead's description says the person worked ("A welder who worked on the
        # refit of a Namibian Navy patrol vessel was ..."): up to the sentence's verb, and the
        # foreign service it names is no sector.
        if _DISMISSED_BY.search(item.text, 0, intro.start("role")):
            # "Argentina's Naval Prefecture, the country's coast guard, has dismissed a
            # logistics officer": whoever dismissed the person employed them.
            before = _lower(item.text[: intro.start()])
            for sector, pattern in _SECTORS:
                if sector != "intelligence" and pattern.search(before):
                    add(Fact("sector", sector, item.evidence()))
                    return
        rest = item.text[intro.start() :]
        verb = _LEAD_VERB.search(rest, intro.end() - intro.start())
        lower = _OWNER_WORD.sub("", _lower(rest[: verb.start() if verb else 140]))
        # "an aide to a member of the lower house defence committee": the first workplace
        # the description names is where the person works; the place after the job before a
        # word inside it ("an air-traffic controller at the Mont-de-Marsan air base").
        job_end = intro.end("role") - intro.start()
        first = min(
            (
                (
                    hit.start() < job_end or not _WORKS_AT.fullmatch(lower, job_end, hit.start()),
                    hit.start(),
                    hit.start() - hit.end(),
                    sector,
                )
                for sector, pattern in _SECTORS
                if sector != "intelligence" and (hit := pattern.search(lower)) is not None
            ),
            default=None,
        )
        if first is not None:
            add(Fact("sector", first[3], item.evidence()))

    shared_lead: tuple[_CaseSentence, re.Match[str]] | None = None
    for item in lead[:4]:
        # The only person the story is about, described in its lead before it is named; a lead
        # that describes two ("an army cook ... has been dismissed, while a court acquitted a
        # political journalist") tells neither's job for certain.
        heads = {m.group(1).lower() for m in _DESCRIBED.finditer(item.text)}
        intro = _INTRO_ROLE.search(item.text, 0, 200) or _ROLE_AT_ORG.search(item.text, 0, 300)
        if intro is not None and len(heads) > 1:
            shared_lead = (item, intro)  # told only if the case's own sentences tell no job
            break
        if intro is not None:
            add(Fact("role", " ".join(intro.group("role").split()), item.evidence()))
            add_lead_sector(item, intro)
            add_lead_term(item, intro)
            break
    described_again = (
        re.compile(
            rf"\b[Tt]he\s+(?:{'|'.join([re.escape(name.split()[-1]), *_GENERIC_HEADS])})(?=,)"
        )
        if name[:2] in ("a ", "an")
        else None
    )
    introduced = False
    """Whether the story has named the person yet: a lead describes them only before that."""
    ranks: list[Fact] = []
    permits: list[Fact] = []
    for item in sentences:
        # (Read past a degree apposed to the name: "Ivana Šimunović-Kraljev, dipl. ing., our AIS
        # base-station technician", corpus 153.)
        text = _DEGREE_AFTER.sub("", item.text)
        lower = _lower(text)
        evidence = item.evidence()
        named = name_pattern.search(text) is not None
        # Or named by the party the case is, in the case's own sentence: "The appellant appeals
        # against the national decree dismissing her ... from her post as senior permits
        # officer" (corpus 101).
        party_named = not named and _DEFENDANT_ANAPHOR.search(text[:80]) is not None
        introduced = introduced or named
        as_role = None if named else _AS_ROLE.match(text)
        job_told = False
        roles_told = sum(1 for fact in facts if fact.kind == "role")
        own_clause: str | None = None
        if as_role is not None:
            # "As a system administrator he had broad access": the job, said of the case.
            add(Fact("role", " ".join(as_role.group("role").split()), evidence))
        own_role = (
            _OWN_ROLE.match(text)
            or _CONTRACT_AS.search(text)
            # (A job written with capitals as a title is: "my position as Senior Analog IC
            # Layout Engineer", corpus 179.)
            or _CONTRACT_AS.search(lower)
            or _AND_OWN_ROLE.search(text)
        )
        if own_role is None and named and _opens_on(text, name_pattern):
            # The case's own name opening the sentence, then the job: "Nason is the boat builder
            # many of us know", "Film works for the cleaning company that has the contract on
            # the Wing" (corpus 112).
            own_role = _NAMED_ROLE.match(text)
            if own_role is not None and own_role.group("trade"):
                add(Fact("role", _TRADE_ROLE[own_role.group("trade").lower()], evidence))
                own_role = None
        if (
            own_role is None
            and named
            and _opens_on(text, name_pattern)
            and (teaches := _NAMED_TEACHES.match(text, name_pattern.search(text).end()))  # type: ignore[union-attr]
        ):
            # The case's own name, then what they teach where: "Stanzin Dolker teaches science
            # at the Government Middle School in Hanle" (corpus 136): a science teacher.
            subject = " ".join(teaches.group("subject").split())
            if _FAITH_TAUGHT.search(subject):
                add(Fact("role", "religious teacher", evidence))
            else:
                add(
                    Fact(
                        "role",
                        f"{subject} teacher" if _PLAIN_SUBJECT.fullmatch(subject) else "teacher",
                        evidence,
                    )
                )
        if (
            own_role is None
            and named
            and _opens_on(text, name_pattern)
            and (
                business := _RUNS_BUSINESS.match(
                    text,
                    _ASIDES.match(text, _name_end(text, name_pattern)).end(),  # type: ignore[union-attr]
                )
            )
        ):
            # The case's own name, then the business they run: "Klodian Hysenaj — "Kloi" to all
            # of us — has run his photo studio in Kuçovë for twelve years", "Mimoza Çela ...
            # manages the Ylli banquet hall" (corpus 137, read 432: "a member of staff at an
            # organisation that handles sensitive work").
            add(Fact("role", _business_role(business), evidence))
        if own_role is None and named and (degree := _DEGREE_ROW.search(text)) is not None:
            # A student register's row: "WD-016 | 23 Jan | KOLLIE, Joseph Saye | MSc Geology, yr
            # 1" (a college welfare desk's log, corpus 158, read 497: "a member of staff").
            add(
                Fact("role", f"{' '.join(degree.group('field').lower().split())} student", evidence)
            )
        if own_role is None and named and (held := _PERMIT_HELD.search(text)) is not None:
            # The work a permit of theirs allows: "Sig.ra LOI, widow of the late Antonio Serra,
            # continues her husband's cork-harvesting permit in sector D" (corpus 136, read
            # 434: "a member of staff at an organisation that handles sensitive work").
            # (Only where nothing else says a job: "shepherd and cheesemaker ... has held a
            # grazing permit" is a shepherd.)
            doer = _PERMIT_DOER[held.group("act").lower()]
            what = (held.group("what") or "").lower()
            permits.append(Fact("role", f"{what} {doer}".strip(), evidence))
        if own_role is None and named:
            # The post before the name: "Our security supervisor, Shri Sandeep Waghmare, known to
            # all of us as Bablu" (corpus 143); or after it, past a dash, in a list's heading:
            # "4.1 Kühl, Thorben - survey technician (pay group E 8 TVöD)".
            first_named = name_pattern.search(text)
            post = (
                _POST_BEFORE_NAME.search(text, 0, first_named.start())
                if first_named is not None
                else None
            ) or _HEADING_DASH_ROLE.match(text)
            if post is not None:
                add(Fact("role", " ".join(post.group("role").split()), evidence))
                own_role = post
        if own_role is None and named and (one_of := _ONE_OF_OUR.search(text)) is not None:
            # "Kugonza Sarah Akiiki, known to all of us as Akiiki, is one of our ranger guides at
            # Paraa" (corpus 144).
            add(Fact("role", " ".join(one_of.group("role").split()), evidence))
            own_role = one_of
        if (
            own_role is None
            and (does := _DOES_TRADE.search(text)) is not None
            and (
                named
                if does.group("who") is None
                else (named or does.group("who").lower() != other_pronoun)
            )
        ):
            # A job told by what the person does: "during the week he builds scaffolding at the
            # naval dockyard" (corpus 143, read 448: "a member of staff at an organisation that
            # handles sensitive work").
            add(Fact("role", _trade_done(does), evidence))
        if own_role is None and named and (by_trade := _BY_TRADE.search(text)) is not None:
            # "Mr Thapelo Mogapi, the Complainant's managing director, ..., is a butcher by trade"
            # (corpus 148, read 462: "staff at a bank", from the bank arrears): the trade.
            add(Fact("role", by_trade.group("role").lower(), evidence))
        if own_role is None and named and (_FARMS.search(text) is not None):
            # "Mr. Prasert Saengthong, ..., whose cassava field is the last one at the north end,
            # by the approach lights of the runway" (corpus 112).
            add(Fact("role", "farmer", evidence))
        if (
            own_role is not None
            and told_by_the_case
            and re.match(r"\W*(?:\w+(?:\s+\w+)?,?\s+)?(?:he|she)\b", own_role.group(0), re.I)
        ):
            # "She is a nurse, not a spy catcher" in the speaker's own story (corpus 103): her
            # aunt's job, not the speaker's.
            own_role = None
        if (
            own_role is not None
            and other_pronoun
            and re.match(rf"\W*(?:\w+(?:\s+\w+)?,?\s+)?{other_pronoun}\b", own_role.group(0), re.I)
        ):
            # "The man who matched with her called himself Patrick. He said he was a freelance
            # journalist" in her story (corpus 106): his job, not hers.
            own_role = None
        if own_role is None and told_by_the_case:
            # "Eleven years ago I was twenty-seven and a data officer at the Seabed Minerals
            # Authority" (corpus 103): the job the "I" had.
            own_role = _I_WAS_ROLE.search(text)
            if own_role is None and (fellow := _ANOTHER_OF_MINE.search(text)) is not None:
                # "I would also like the Committee to know of another student" (a student's
                # appeal letter, corpus 141): the "I" is one too.
                add(Fact("role", fellow.group("role").lower(), evidence))
            if own_role is None and (business := _I_RUN_BUSINESS.search(text)) is not None:
                # "I run my father's internet café near the Ranai market" (a testimony in the
                # first person, corpus 141).
                add(Fact("role", _business_role(business), evidence))
        if (
            own_role is not None
            and writers_relative
            and re.match(r"\W*(?:\w+(?:\s+\w+)?,?\s+)?I\b", own_role.group(0))
        ):
            # "I was a teacher of Russian literature for thirty-one years" in a memoir of "my
            # brother Azamat" (corpus 85, read 265): the writer's job.
            own_role = None
        if own_role is not None:
            add(Fact("role", " ".join(own_role.group("role").lower().split()), evidence))
            # Where the job is done, told with it: "He is a Junior Engineer in the PWD's Nyoma
            # sub-division" (corpus 136, told "at a university" from the professor's letter);
            # in the job's own clause, not what the sentence goes on to ("He is a coxswain in
            # the Maritime Wing of this Force and takes the patrol boat's boarding boat out",
            # corpus 107: no coast guard's).
            job_told = True
            clause_end = _CLAUSE_GOES_ON.search(text, own_role.end())
            own_clause = text[: clause_end.start() if clause_end else len(text)]
        record = _SURNAME_COMMA_GIVEN.match(text)
        if record is not None and _record_name(record) == name:
            # 'Employee: Rosario Vega, Ángel Luis ("Cuco") – range boat deckhand, 9 yrs' (a log's
            # record, corpus 122).
            record_job = _RECORD_JOB.match(text, record.end())
            if record_job is not None:
                add(Fact("role", " ".join(record_job.group("role").split()), evidence))
        field = _FIELD_ROLE.match(text) or _BY_OCCUPATION.search(text) or _STATUS_ROLE.match(text)
        if field is not None:
            # "Position: Technical Records Clerk, ...", "Before arrest: senior engineer-
            # dispatcher, ...", "by occupation control-room operator at ..." (corpus 76).
            add(Fact("role", " ".join(field.group("role").lower().split()), evidence))
        argued = _ARGUED.search(text) is not None
        has_digit = _DIGIT.search(text) is not None
        if (said := _find_written(text, name)) > 0 and (rank := _RANK_BEFORE.search(text[:said])):
            # "Leading Seaman Josaia Tuilau Naivalu": a rank is a job where nothing says more
            # (told after every job the story gives: see below).
            ranks.append(Fact("role", " ".join(rank.group("role").lower().split()), evidence))
        elif said > 0 and (
            titled := _JOB_TITLE_BEFORE.search(text[:said])
            or _GRADED_JOB_BEFORE.search(text[:said])
            or _HEARD_JOB_BEFORE.search(text[:said])
            or _THEIR_JOB_BEFORE.search(text[:said])
            or _JOB_APPOSED_BEFORE.search(text[:said])
        ):
            # "Senior Recruitment Consultant Hadja Fatoumata Binta Diallo" (corpus 75): a job
            # written as a title before the name.
            add(Fact("role", " ".join(titled.group("role").lower().split()), evidence))
        at = _find_written(text, f"{name},")
        apposition = _APPOSITION.match(text, at + len(name)) if at >= 0 else None
        if apposition is None and named and _find_written(text, name) < 0:
            # The person named by one part of the name, as a register's heading introduces them
            # and the prose goes on: "MURGIA Bachisio fu Efisio" ... "Sig. MURGIA, born in
            # Perdasdefogu in 1958, shepherd and cheesemaker, known to everybody" (corpus 136).
            part = _PART_APPOSED.search(text) if len(name.split()) > 1 else None
            if part is not None and name_pattern.fullmatch(part.group("part")):
                past = _ASIDES.match(text, part.end("part")).end()  # type: ignore[union-attr]
                apposition = _APPOSITION.match(text, past) or _bare_job(
                    _BARE_APPOSITION.match(text, past)
                )
        if apposition is None and (said := _find_written(text, name)) >= 0:
            # "... only by the initials A.K., is a 29-year-old helpdesk specialist who ...".
            apposition = (
                _SEASON_AS_ROLE.match(text, said + len(name))
                or _ONE_OF_ROLE.match(text, said + len(name))
                or _IS_ROLE.match(text, said + len(name))
                # (Past what brackets say of the name: 'KO Eun-byeol (the family name is also
                # romanised Go; in-game name "HallaBongBong") is a third-year Naval ROTC cadet',
                # corpus 136.)
                or _IS_ROLE.match(text, _ASIDES.match(text, said + len(name)).end())  # type: ignore[union-attr]
                or _BRACKETED_ROLE.match(text, said + len(name))
                or _TITLED_AFTER.match(text, said + len(name))
                or _ORGS_ROLE_AFTER.match(text, said + len(name))
                or _BARE_APPOSITION.match(text, said + len(name))
            )
            if apposition is None:
                past = _ASIDES.match(text, said + len(name)).end()  # type: ignore[union-attr]
                # "Ms. Tamika Roberts (née Lovell), a member of the women's squad on the same
                # tour, works as an aircraft rescue and firefighting officer": the job the
                # sentence says she works as, over what she is a member of.
                apposition = _WORKS_AS_AFTER.match(text, past) or (
                    (
                        _APPOSITION.match(text, past)
                        or _IS_ROLE.match(text, past)
                        # ("Carlos Ernesto Menjívar Portillo ("Neto"), Production Manager,
                        # present for items 1 to 3 only", corpus 95.)
                        or _TITLED_AFTER.match(text, past)
                        or _bare_job(_BARE_APPOSITION.match(text, past))
                    )
                    if past > said + len(name)
                    else None
                )
        if apposition is None and named and _find_written(text, name) < 0:
            # The name as the story goes on to write it, the job the sentence says: "The
            # Appellant, Mr. Y. P. Nkhoma, joined the Ministry ... as an Office Messenger"
            # (corpus 97).
            spot = name_pattern.search(text)
            past = _ASIDES.match(text, spot.end()).end()  # type: ignore[union-attr]
            apposition = _WORKS_AS_AFTER.match(text, past)
        if (
            apposition is None
            and named
            and "\n" not in text
            and item.doc.text.startswith("\n", item.end)
            and len(text.split()) <= len(name.split()) + 2
        ):
            # A name on a line of its own, its job on the next, as a letter's address block
            # writes them ("Dyg Nurul Ain binti Haji Abdul Rahman / Customer Service Officer",
            # corpus 93).
            apposition = _TITLED_AFTER.match(item.doc.text, item.end)
        if apposition is None and named:
            # The job said before the name the report then gives: "The witness, a sampling
            # diver at the same laboratory whose identity the judge has ordered to be
            # protected, is referred to as M. H. T." (corpus 109).
            referred = _REFERRED_AS.match(text)
            if referred is not None and name_pattern.match(text, referred.end()):
                apposition = referred
        if apposition is None and described_again is not None:
            # "The official, a 42-year-old press officer at the rank of ...": the described
            # person's job, said again more precisely.
            again = described_again.search(text)
            apposition = _APPOSITION.match(text, again.end()) if again else None
        if apposition is None and named:
            coded = _CODE_HEREINAFTER.search(text)
            if coded is not None and coded.group("code") == name:
                # 'A design engineer in the Landing Gear Systems Group ... (male, in his forties;
                # hereinafter "Employee A") provided technical information' (corpus 128, read
                # 406: "One of your colleagues there is an employee"): the job the notice
                # describes before the code it gives ("On December 9, 2024, an inspector in the
                # Quality Assurance Department (...; hereinafter "Employee B")").
                apposition = _INTRO_ROLE.search(text, 0, 200) or next(
                    iter(
                        reversed(
                            list(_A_ROLE.finditer(text, max(0, coded.start() - 160), coded.start()))
                        )
                    ),
                    None,
                )
        if apposition is not None and (then := _THEN_ROLE.match(text, apposition.end())):
            # "Génesis Andrea De la Cruz Moreira, 22, a business administration student, was the
            # enumerator for sector 09" (corpus 126, read 399: told as a student at a
            # university): the job the story tells her doing, over what she is besides.
            apposition = then
        if apposition is not None:
            # (Without an abbreviation in brackets: "radiation portal monitor (RPM) operator".)
            role = " ".join(re.sub(r"\s*\([A-Z]{2,6}\)", "", apposition.group("role")).split())
            as_title = apposition.re is _TITLED_AFTER or apposition.re is _WORKS_AS_AFTER
            add(Fact("role", _untitled(role) if as_title else role, evidence))
            if (also := _AND_ALSO_ROLE.match(text, apposition.end())) is not None:
                # 'known to all as "Quim da concertina", our accordion player for twenty-two years
                # and a civilian stores clerk at the air base at Maceda' (a folk-dance group's
                # minutes, corpus 159): the job beside what the person is to the writers.
                add(Fact("role", " ".join(also.group("role").split()), evidence))
            if _STUDYING.search(text, apposition.end()):
                # "João Costa, 29, a Portuguese national in the final year of a PhD": what
                # they do is study.
                add(Fact("role", "graduate student", evidence))
        elif not (named and full_name_pattern.search(text) is not None) and not any(
            # (Named only by another name, the job as it is told of anyone: "Boy is 38 and
            # drives a delivery truck for Tafuna Express Freight", corpus 113.)
            # (Or only a job left behind: "is a retired senior warrant officer ... Since leaving
            # the army he has worked as a harvester operator", corpus 109.)
            not _PAST_JOB.match(f.value)
            for f in facts_of_kind(facts, "role")
        ):
            # A lead that introduces the person before naming them: "A former systems
            # administrator for a defense contractor ... was sentenced".
            intro = _INTRO_ROLE.search(text, 0, 200) or (
                None if introduced else _ROLE_AT_ORG.search(text, 0, 300)
            )
            # Once the story has named the person, "The petty officer, 41, had served" refers
            # back to them; "A navy security officer who checked ..." and "The teacher had
            # moved abroad" are somebody else.
            if intro is not None and (
                not introduced
                or (
                    intro.group(0).lstrip()[:3] == "The"
                    and _AGE_AFTER.match(text, intro.end()) is not None
                )
            ):
                add(Fact("role", " ".join(intro.group("role").split()), evidence))
                if not introduced:
                    add_lead_sector(item, intro)
                    add_lead_term(item, intro)
            elif introduced and (again := _AGED_AGAIN.search(text)) is not None:
                add(Fact("role", " ".join(again.group("role").split()), evidence))
                # "The 38-year-old system administrator at a regional hospital near Utrecht had
                # a profile ...": where, told with the job (not the hospital's VPN software
                # asked about later: corpus 62).
                add_lead_sector(item, again)
            elif (
                introduced
                and (
                    worked_as := _PRONOUN_WORKED_AS.search(text)
                    or _PRONOUN_IS_JOB.search(text)
                    # (Or "you", to the one a court or a letter addresses: "For six years you
                    # worked as an assistant in the Aerodrome Flight Information Service",
                    # corpus 123.)
                    or (_YOU_WORKED_AS.search(text) if addressed else None)
                )
                is not None
                # Not a cover claimed: "a man ... who said he was a marine biologist" (corpus
                # 46).
                and not any(
                    c.start() <= worked_as.start() < c.end() for c in _CLAIMED.finditer(text)
                )
                # Nor what "he was" in her story ("He said he was a freelance journalist",
                # corpus 106).
                and not (
                    other_pronoun
                    and re.match(rf"\W*{other_pronoun}\b", worked_as.group(0), re.I) is not None
                )
            ):
                # "For nine years she worked as a fingerprint analyst in the laboratory".
                add(Fact("role", " ".join(worked_as.group("role").split()), evidence))
                job_told = True  # where it is done, told with it ("... at Flamingo Airport")
            elif introduced and (drives := _DRIVES.search(_CLAIMED.sub(" ", text))) is not None:
                # "For nine years the Defendant drove a fuel tanker for ..." (corpus 98).
                add(Fact("role", f"{drives.group('vehicle')} driver", evidence))
            elif introduced and (teaches := _TEACHES.search(_CLAIMED.sub(" ", text))) is not None:
                # "besides her classes here, she teaches Quran and fardu ain to the wives and
                # children of naval personnel" (corpus 110): the job told by what is taught.
                faith = _FAITH_TAUGHT.search(teaches.group("subject")) is not None
                add(Fact("role", "religious teacher" if faith else "teacher", evidence))
            elif party_named and (served := _PARTY_WORKED_AS.search(text)) is not None:
                # "The defendant has worked ... for the last eight of them as a shift operator in
                # the control room" (corpus 106).
                add(Fact("role", " ".join(served.group("role").split()), evidence))
                job_told = True
            elif party_named and (held := _POST_HELD.search(text)) is not None:
                # "The appellant appeals against the national decree dismissing her ... from her
                # post as senior permits officer" (corpus 101).
                add(Fact("role", " ".join(held.group("role").split()), evidence))
        elif argued:
            # A lawyer's or a judge's argument: their words, not the person's job; but the post
            # the party appeals to keep is theirs ("The appellant appeals against the national
            # decree dismissing her ... from her post as senior permits officer", corpus 101).
            held = _POST_HELD.search(text) if named or party_named else None
            if held is not None:
                add(Fact("role", " ".join(held.group("role").split()), evidence))
        elif (
            named
            and (
                # (Past the apostrophe of a Sesotho married name: "a fellow rigger,
                # 'Malineo Sekhonyana", corpus 88.)
                (before_name := text[: name_pattern.search(text).start()].rstrip("'’"))  # type: ignore[union-attr]
                and (
                    kept_back := _KEPT_BACK.search(before_name)
                    or _ROLE_THEN_NAME.search(before_name)
                    or _TITLE_BEFORE_NAME.search(before_name[-60:])
                    or _ONE_OF_ROLES.search(before_name)
                    or _ROLE_IS_NAME.search(before_name)
                    or _TITLED_ROLE.search(before_name)
                )
            )
        ):
            # "a 52-year-old systems administrator ..., who can be identified only as R.T.":
            # the job is told before the name the court lets the paper print.
            role = " ".join(kept_back.group("role").split())
            add(Fact("role", role.lower() if kept_back.re is _TITLED_ROLE else role, evidence))
            # "the former boatman, Nenad (Milorad) Ristić, ... who maintained the club's boats on
            # contract ... and at the same time worked as a civilian mechanic in the River
            # Flotilla's workshop" (corpus 72): the job told after the name too.
            also = _WORKED_AS_LATER.search(text, len(before_name))
            if also is not None:
                add(Fact("role", " ".join(also.group("role").split()), evidence))
        elif named and (owned := _after_name(_OWNER_OF, text, name_pattern)):
            # "HUNG Chin-tsai, the owner of a seafood restaurant on Zhongzheng Road" (corpus
            # 139): someone who runs a business of their own; "Sigrún Hrafnsdóttir, CEO and
            # co-founder of Sonarlink AS" (corpus 140), a company's founder.
            kind = owned.group("business")
            add(
                Fact(
                    "role",
                    f"{' '.join(kind.split())} owner" if kind else "company founder",
                    evidence,
                )
            )
        elif named and (rents := _after_name(_RENTS_OUT, text, name_pattern)):
            # "Nives Turčić Sabljak rents out motorboats and runs trips from the harbour in
            # Njivice" (corpus 140): a rental business of her own.
            add(Fact("role", f"{_singular(rents.group('what'))} rental business owner", evidence))
        elif named:
            found_role = False
            told_roles = list(_ROLE.finditer(text))
            # (The writers' own group's post, then the job: "Joel Toa, our tenor section leader
            # whom everybody calls Jojo, is a technician at the cable landing station", corpus
            # 146: the job said with "is".)
            # (Or a team's post, of the team: "Engr. Zubair, captain of the Veterans XI, is a
            # metallurgist at the ordnance factories", a cricket club's annual report, corpus
            # 165.)
            if (
                len(told_roles) > 1
                and (
                    re.match(r",\s+our\s", told_roles[0].group(0))
                    or re.match(
                        r"\s+of\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,3}?(?:XI|team|side|squad|club|"
                        r"choir|band|league|crew|eleven|first|seconds|veterans)\b",
                        text[told_roles[0].end() :],
                    )
                )
                and re.match(r"(?:is|works\s+as)\s", told_roles[1].group(0))
                and told_roles[1].start() <= 160
            ):
                told_roles = told_roles[1:]
            for match in told_roles:
                role = " ".join(match.group("role").split())
                if match.start() > 160:
                    break
                at = match.start("role")
                if _COVER_BEFORE.search(text, max(0, at - 60), at):
                    continue  # "presenting themselves as a consultant": a cover, not a job
                if _RELATIVES_JOB.search(text, 0, at):
                    # "Kobba's elder brother, Símun Joensen (...), was skipper and part-owner of
                    # the trawler" (corpus 83): the relative's job, not the case's.
                    continue
                if (
                    match.group(0).startswith(",")
                    and not next_to_name.search(text[max(0, match.start() - 80) : match.start()])
                    and not name_after.match(text[match.end() : match.end() + 100])
                ):
                    continue  # ", a shift supervisor flagged ...": someone else, not apposed
                if _POST_LEFT.search(text, max(0, at - 40), at):
                    # "has resigned as sheep chief steward after eleven years" (an A&P show's
                    # report, corpus 167): a post given up, not the job the story is about.
                    continue
                if _KNOWN_AS_BEFORE.search(text, max(0, at - 40), at):
                    # "who many of you know as the pilot with the orange wing, is a flight
                    # dynamics engineer" (a paragliding club's report, corpus 169, read 517:
                    # "a pilot at a satellite company"): what the club knows them as.
                    continue
                add(Fact("role", role, evidence))
                found_role = True
                break
            if not found_role:
                own = _CLAIMED.sub(" ", text)  # "a man who said he worked in ...": his claim
                worked = _WORKED_IN.search(own) or _ENGAGED_IN.search(own)
                manages = _MANAGES.search(text)
                if manages is not None and not any(
                    m.end() <= manages.start() <= m.end() + 40 for m in name_pattern.finditer(text)
                ):
                    # (Only told of the name it follows: "A 60-year-old woman who runs the
                    # convenience store below Seo's old office" runs it, not Seo, a solar panel
                    # installer, corpus 170, read 520: "a store manager".)
                    manages = None
                does = _DOES_JOB.search(text) if manages is None else None
                if (
                    does is not None
                    and does.group("repaired")
                    and not any(
                        m.end() <= does.start() <= m.end() + 40 for m in name_pattern.finditer(text)
                    )
                ):
                    # (Only told of the name it follows: "what happened to our former member
                    # Hassan bin Athman, and ... to Omar Abdalla Shee, the fundi who repairs our
                    # bikes" is Omar's trade, not Hassan's.)
                    does = None
                if does is not None:
                    verb = does.group("verb")
                    job = next(
                        j
                        for stem, j in _JOB_OF_VERB.items()
                        if re.sub(r"^has\s+", "", verb).startswith(stem)
                    )
                    if does.group("machine"):
                        job = f"{_singular(does.group('machine'))} {job}"
                    elif does.group("run"):
                        job = f"{_singular(does.group('run'))} operator"
                    elif does.group("repaired"):
                        job = f"{_singular(does.group('repaired'))} {job}"
                    add(Fact("role", job, evidence))
                    worked = None
                if manages is not None:
                    unit = manages.group("unit")
                    unit = "laboratory" if unit == "lab" else unit
                    add(Fact("role", f"{unit} manager", evidence))
                    worked = None
                studying = (
                    _STUDYING.search(text)
                    if manages is None and does is None and worked is None
                    else None
                )
                if worked is not None and worked.lastgroup == "org":
                    org = " ".join(worked.group("org").split())
                    add(Fact("role", f"staff member at {org.removeprefix('the ')}", evidence))
                elif worked is not None:
                    add(Fact("role", " ".join(worked.group("work").split()), evidence))
                elif studying is not None:
                    # "was studying for a master's degree in public policy abroad": a student.
                    add(Fact("role", "graduate student", evidence))
                elif (studies := _STUDIES.search(text)) is not None and worked is None:
                    # "who is finishing engineering studies in Europe" (corpus 95).
                    subject = studies.group("field") or studies.group("subject")
                    add(Fact("role", f"{subject} student" if subject else "student", evidence))
        # Where someone was caught is left out of where they work; the sentence itself (its
        # arrest, its dates) is read whole below.
        workplace_text = ""
        if (
            (
                (
                    named
                    and (
                        full_name_pattern.search(text) is not None
                        # (Or by another name, with the job: "Inge works as a maintenance
                        # planner for the navy helicopters".)
                        or sum(1 for fact in facts if fact.kind == "role") > roles_told
                    )
                )
                or as_role is not None
                or job_told
            )
            and not argued
            and _ANY_SECTOR.search(lower)
            # (Not where the reader is told to report: "You may also approach the BIOT Police",
            # of a galley baker, corpus 122, read 385: "You work as a baker at a police force".)
            and _READER_ADDRESSED.match(text) is None
        ):
            workplace_text = lower if own_clause is None or named else _lower(own_clause)
            for elsewhere in _NOT_THE_WORKPLACE:
                workplace_text = elsewhere.sub(" ", workplace_text)
            # Another's post, apposed to their name ("Major Võ Đình Khoa, Head of the Ward
            # Police, has commended Mr Tuấn", corpus 144); not the case's own ("Councillor
            # Tóthné Bakos Ildikó, chair of the Urban Development Committee", corpus 119).
            workplace_text = _others_posts_out(workplace_text, name)
            workplace_text = _OWNER_WORD.sub("", workplace_text)
        # The place a job is done at comes first ("a systems engineer working on satellite
        # communications at a local technology firm" works at a technology company).
        sector_hits = [
            (sector, hit)
            for sector, pattern in _SECTORS
            if workplace_text and (hit := pattern.search(workplace_text)) is not None
        ]
        # A place of another's, the other's: "the electrical laboratory of the naval training
        # establishment" (a photographic society's minutes, corpus 166) is the navy's.
        sector_hits = [
            (sector, hit)
            for sector, hit in sector_hits
            if not (
                _PART_OF_PLACE.search(hit.group(0))
                and any(
                    other.start() > hit.start()
                    and _OF_OWNER.fullmatch(workplace_text, hit.end(), other.start())
                    for _, other in sector_hits
                )
            )
        ]
        matched = [
            (not _AT_PLACE.search(workplace_text, 0, hit.start()), sector, hit.start())
            for sector, hit in sector_hits
        ]
        # An airfield's work at an air base is the air base's ("an electrician in the airfield
        # lighting section ... at Kuçova Air Base", corpus 87): not an airport.
        if any(m[1] == "air base" for m in matched):
            matched = [m for m in matched if m[1] != "aviation"]
        # Of the places after "at", the first: "a laboratory at a university that is involved in
        # a defence-funded project" is at the university.
        for _, sector, _ in sorted(matched, key=lambda m: (m[0], m[2] if not m[0] else 0)):
            add(Fact("sector", sector, evidence))
            if sector != "intelligence":  # the foreign service named beside the workplace
                break
        arrest = _happened(_EVENTS[2][1], lower)
        event = _event_of(lower) if has_digit or arrest else ""
        for match in _DATE.finditer(text) if has_digit else ():
            clause = _clause_around(text, match.start(), match.end())
            date_event = _event_of(_lower(clause))
            if date_event == "mentioned":
                date_event = event
            year = int(match.group("y1") or match.group("y2") or match.group("y3"))
            month_name = (match.group("m1") or match.group("m2") or "").lower().rstrip(".")
            value = str(year)
            if month_name:
                value = f"{year}-{_MONTH_NUMBER[month_name]:02d}"
                day = match.group("d1") or match.group("d2")
                if day:
                    value += f"-{int(day):02d}"
            add(Fact("date", value, evidence, number=year, event=date_event))
        money_hint = has_digit or _MONEY_HINT.search(lower) is not None
        for match in _MONEY.finditer(text) if money_hint else ():
            facts_money = _money_fact(match, evidence, japan)
            if facts_money is not None:
                add(facts_money)
        quantity_hint = has_digit or _QUANTITY_HINT.search(lower) is not None
        for match in _QUANTITY.finditer(text) if quantity_hint else ():
            raw = match.group("n").lower()
            number = _to_number(raw)
            noun = match.group("noun").lower()
            approximate = bool(match.group("bound")) or number is None
            value = f"{format_number(number)} {noun}" if number is not None else f"{raw} of {noun}"
            if match.group("bound"):
                value = f"{' '.join(match.group('bound').split())} {value}"
            add(
                Fact("quantity", value, evidence, number=number, unit=noun, approximate=approximate)
            )
        if _SENTENCE_HINT.search(lower):
            matches = [m for pattern in _SENTENCES for m in pattern.finditer(text)]
            for match in sorted(matches, key=lambda m: m.start()):
                add(_sentence_fact(match, evidence))
        if arrest and event in ("arrested", "fled") and not _RECRUITER_CAUGHT.match(text):
            # (Not "The agent was arrested within days": the recruiter's arrest.)
            add(Fact("outcome", "arrested", evidence, event="arrested"))
        hits = set(cues(item))
        if _AFTER_MEETING.match(item.text):
            hits.discard("online-approach")
        approach = hits & {
            "false-persona",
            "online-approach",
            "abroad-targeting",
            "invitation-travel",
            "unsolicited-offer",
            "cultivation",
        }
        if approach:
            add(Fact("approach", ", ".join(sorted(approach)), evidence))
        for match in _CALLED.finditer(text):
            add(Fact("contact", match.group(1), evidence))
    if shared_lead is not None and not any(f.kind == "role" for f in facts):
        item, intro = shared_lead
        facts.insert(0, Fact("role", " ".join(intro.group("role").split()), item.evidence()))
        add_lead_sector(item, intro)
    # The rank before the name, last: a job only where nothing else says one; so too the
    # trade a permit of theirs allows.
    for told in ranks[:1]:
        add(told)
    if not any(f.kind == "role" for f in facts):
        for told in permits[:1]:
            add(told)
    return _job_in_full(_without_owner_words(facts), lead)


_COMPOUND_JOB = r"\b([a-z]+-[a-z]+)\s+{noun}\b"
"""A job with a hyphenated modifier ("an air-traffic controller")."""
_NOT_JOB_MODIFIERS = frozenset(
    "well-known long-time long-serving so-called full-time part-time high-ranking low-level "
    "mid-level would-be self-employed ex-wife ex-husband one-time".split()
)


_OWNER_WORDS = re.compile(r"^(?:(?:our|their|his|her|its|my|your|fellow)\s+)+", re.IGNORECASE)


def _without_owner_words(facts: list[Fact]) -> list[Fact]:
    """Jobs without whose they are: "a fellow rigger" is a rigger, like the one the story told
    before; "our silo manager" a silo manager, whoever's (corpus 88)."""
    told = []
    for fact in facts:
        job = _OWNER_WORDS.sub("", fact.value) if fact.kind == "role" else fact.value
        told.append(attrs.evolve(fact, value=job) if job and job != fact.value else fact)
    return told


def _job_in_full(facts: list[Fact], lead: Sequence[_CaseSentence]) -> list[Fact]:
    """The case's job as the story's lead first named it in full, where later sentences
    shorten it ("an air-traffic controller of a state air-navigation enterprise", then "worked
    as a senior controller": read 168 told her as "a controller at an airport")."""
    roles = [f for f in facts if f.kind == "role"]
    if not roles or not lead or "-" in roles[0].value:
        return facts
    noun = roles[0].value.split()[-1].lower()
    for item in lead:
        found = re.search(_COMPOUND_JOB.format(noun=re.escape(noun)), item.text.lower())
        if found is not None and found.group(1) not in _NOT_JOB_MODIFIERS:
            full = Fact("role", f"{found.group(1)} {noun}", item.evidence())
            at = facts.index(roles[0])
            return [*facts[:at], full, *facts[at:]]
    return facts


_DIGIT = re.compile(r"\d")
_JAPAN = re.compile(r"\b(?:yen|Japan|Japanese|Tokyo|Osaka|Yokohama)\b")
_MONEY_HINT = re.compile(
    r"yuan|dollar|euro|pound|ruble|rouble|won\b|bitcoin|btc|rmb|renminbi|yen|rupee|rs\b|[$€£¥₩₽₹]"
)
_QUANTITY_HINT = re.compile(r"dozens|hundreds|thousands")
_LEAD_TERM = re.compile(
    r"[^,;]{0,160}?\bto\s+" + _TERM + r"(?:\s+in\s+(?:prison|jail))?(?=[\s,.;'’])", re.IGNORECASE
)
"""After a lead's description of the person it sentences: "... to eight years in prison", in the
same clause (not "..., while a second man was jailed for nine years")."""
_SENTENCED = re.compile(r"\b(?:sentenced|jailed|imprisoned)\b", re.IGNORECASE)
"""A sentence passed, narrower than ``_SENTENCE_HINT``: "faces up to eight years in prison" in a
lead is a penalty the law carries, not the person's term."""


_REFERRED_AS = re.compile(
    r"\W*(?:[Tt]he|[Aa]n?)\s+[\w-]+,\s+an?\s+"
    rf"(?P<role>(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_NOUNS}))\b[^.;]{{0,160}}?\b(?:is|was|will\s+be)\s+"
    r"(?:here\s+|hereafter\s+|below\s+|only\s+)?(?:referred\s+to|identified|known|designated|"
    r"named|called)\s+(?:here\s+|below\s+|only\s+)?(?:as\s+)?"
)
"""A person described, then named: "The witness, a sampling diver at ..., is referred to as "."""
_APPOSITION = re.compile(
    # ("(“Ms Gonçalves”), formerly a sanctions screening analyst at ...", corpus 111.)
    r",\s+(?:\d{1,3},\s+)?(?:formerly\s+|until\s+recently\s+)?"
    # (Or the job told as the organisation's: "Vjatšeslav Kuznetsov, the school's driving
    # instructor, whom students and colleagues address as ...", corpus 149, read 470: told as
    # "a member of staff".)
    # (Or "our": "Khaled Yousef Bani Hani, Abu Fadi, our head bookbinder, has a son who works
    # as an accountant", corpus 151, read 478: told as an accountant, the son's job.)
    r"(?:a|an|the\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s|"
    # (Not a club's or a committee's office: "our vice-president", "our head coach".)
    rf"our(?=\s+(?:[a-z][\w-]*\s+){{0,2}}?(?!(?:vice-)?(?:president|chair\w*|coach|captain|"
    rf"treasurer|secretary|member)\b)(?:{_ROLE_NOUNS}|[a-z]{{3,}}(?:er|or|ist|ian))\b))\s+"
    r"(?:former\s+|then\s+)?"
    r"(?:\d{1,3}-year-old\s+)?"
    # Not where they are from ("a 28-year-old from Domžale who ..."): no job.
    r"(?!(?:from|of|in|at|on|with|for)\s)"
    # A list of words before the job ("a Bislama, French and English interpreter at ...").
    r"(?P<role>(?:[A-Z][\w-]*,\s+)+(?:[A-Z][\w-]*\s+)+and\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_ROLE_NOUNS})|"
    # (An abbreviation in brackets among the words: "a radiation portal monitor (RPM) operator
    # with seven years' service", corpus 125.)
    r"(?:(?:[^\W\d_][\w-]*|\([A-Z]{2,6}\))\s+){0,4}?[^\W\d_][\w-]*)"
    r"(?=\s+(?:at|in|of|for|with|who|assigned|based|working|from|on|to)\b|,)"
)
""" "Jane Roe, 34, a fire controlman assigned to ...": the words after the article, matched
right after the name."""
_BRACKETED_ROLE = re.compile(
    r"\s*\((?:[^;()]{0,40};\s*)?(?:an?\s+)?"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS}))\b"
)
"""After a name, in brackets: "Member Vuković Dragana (masters squad; systems engineer at the
river traffic information centre ...)" (corpus 72)."""
_RANK_BEFORE = re.compile(
    r"\b(?P<role>(?:(?:Leading|Able|Staff|Senior|Master|First|Petty|Chief|Warrant|Flight|Lance)"
    r"\s+)?(?:Seaman|Sergeant|Corporal|Lieutenant|Captain|Private|Constable|Airman|Ensign)|"
    # A merchant ship's ranks: "Third Officer Putu Ayu Wulandari" (corpus 72).
    r"(?:First|Second|Third|Fourth|Chief)\s+(?:Officer|Engineer|Mate)|Bosun|Boatswain|"
    # A profession written as a title: "Architect Hissein Abakar Mahamat" (corpus 107); not
    # "Engineer", a degree's title in many countries ("Engineer Nikolay Todorov Dimitrov", a
    # cost estimator, corpus 85).
    r"Architect)\s+$"
)
"""A rank right before the name ("Staff Sergeant Persaud"), or a profession written as a
title ("Architect Hissein")."""
_JOB_TITLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?P<role>(?:[A-Z][\w-]*\s+){1,3}(?i:" + _ROLE_NOUNS + r"))\s+"
    # (An honorific between: "Consultant Hadja Fatoumata Binta Diallo".)
    r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Hadja|Hadji|Hajji|Haji)\.?\s+)?$"
)
"""A job of two to four capitalised words right before the name ("Senior Recruitment Consultant
Diallo"); a lone "Officer" before a name is a rank, left to the rank rule."""
_RELATIVES_JOB = re.compile(
    rf"['’]s\s+(?:(?:late|elder|younger|older|eldest|youngest|twin)\s+)?(?:{_RELATIVES})\b"
    # (Or the case's, told by "his": "His sister Paola Dal Molin, a primary-school teacher in
    # Muggia, says ..." in a feature about her brother, corpus 178.)
    rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|elder|younger|older|eldest|youngest|twin)\s+)?"
    rf"(?:{_RELATIVES})\s+(?:[{_UP}][\w'’-]+\s+){{1,4}}?(?:[{_UP}][\w'’-]+),\s+(?:an?\s+|the\s+)?$"
)
"""Before a job in a sentence: a relative of the one named ("Kobba's elder brother, ...")."""
_JOB_APPOSED_BEFORE = re.compile(
    r"\b(?:(?:an?)\s+(?:former\s+)?|the\s+(?:[\w-]+\s+){0,2}?)"
    r"(?P<role>(?:[a-z][\w-]*\s+){0,2}?(?:" + _ROLE_NOUNS + r")),\s+"
    # (Or described, then the name the report gives them: "a former stock control clerk,
    # referred to here as N. H.", corpus 118.)
    r"(?:(?:referred\s+to|identified|known)\s+(?:here\s+|below\s+|only\s+)?as\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Dr)\.?\s+)?$"
)
"""A job with its article, apposed before the name: "and a crew-boat dispatcher, Miss Araba
Mansa Ocran" (corpus 110); "asked for the hall 3 shift supervisor, Mr Boštjan Žagar, by name"
(corpus 118)."""
_HEARD_JOB_BEFORE = re.compile(
    r"^\W*(?:\d+\.\s*)?(?:HEARD|Heard|LISTENED\s+TO|Listened\s+to)\s*:\s*"
    r"(?P<role>(?:[\w-]+\s+){0,2}?(?i:" + _ROLE_NOUNS + r"))(?:\s+of\s+[^,:;\n]{1,60}?)?\s+$"
)
"""A meeting protocol's speaker, their job first: "3. HEARD: senior teacher of the Pashto and Dari
languages Rahmonov Jasur Nurmatovich" (corpus 116)."""
_THEIR_JOB_BEFORE = re.compile(
    r"\b(?:his|her|their|its|our)\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}?(?:" + _ROLE_NOUNS + r"))\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Dr)\.?\s+)?$"
)
"""Someone's employee, by the job, right before the name: "the accused sent his technician Ms.
Prossy Akello (PW3) to the Ministry" (corpus 116)."""
_GRADED_JOB_BEFORE = re.compile(
    r"(?:^|[\s(])(?P<role>(?:[A-Z][\w-]*\s+){0,2}(?i:" + _ROLE_NOUNS + r"))\s+(?:I{1,3}|IV)\s+$"
)
"""A job with its grade in Roman numerals right before the name: "Ranger II Rodney T.
Ngirkelau" (corpus 95)."""
_NO_TRADE = (
    r"(?:matter|number|member|partner|letter|order|paper|other|brother|sister|mother|father|"
    r"daughter|customer|player|user|owner|leader|speaker|winner|foreigner|stranger|newcomer|"
    r"answer|character|corner|chapter|danger|disaster|water|power|tower|manner|error|mirror|"
    r"neighbour|neighbor|visitor|survivor|supporter|lover|factor|sector|donor|debtor|creditor|"
    r"investor|actor|regular|volunteer|favour|favor|honour|honor|colour|color|labour|labor|"
    r"offer|rumour|rumor|humour|humor|tenant|centre|center|cancer|monster|finger|border)"
)
"""Words of a trade's form that are no trade ("is a matter for the courts")."""
_IS_ROLE = re.compile(
    # (After an age: "Assalek ag Ibrahim, aged 36, has been the clinic's ...", corpus 75.)
    r"(?:,\s+(?:aged\s+)?\d{1,3},)?"
    r",?\s+(?:is|was|has\s+been|had\s+been)\s+"
    # The job of an organisation the sentence names: "is the Secretariat's protocol officer".
    r"(?:(?:an?|the\s+(?:[A-Z][\w'’-]*\s+){0,3}?[\w-]+['’]s)\s+"
    # (Or a post with no article, before where it is held: "id. Tóth Ferenc has been dyke
    # warden on the section immediately downstream ... for twenty-six years", corpus 151.)
    rf"|(?!(?:the|a|an)\s)(?=(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLE_NOUNS}|{_MORE_JOBS})\s+"
    r"(?:on|at|in|of|for)\s))"
    r"(?:former\s+)?(?:\d{1,3}-year-old\s+)?"
    # (An abbreviation in brackets among the words: "an air-conditioning and ventilation (HVAC)
    # technician", corpus 82.)
    # (Any word of a trade's form, before where it is done, first: "is a composite laminator at
    # the aircraft factory", corpus 137; "is a third-year apprentice glass apparatus builder in
    # a workshop", corpus 138, not "a third-year apprentice".)
    r"(?P<role>(?:[a-z][\w-]*\s+){0,4}?(?!" + _NO_TRADE + r"\b)[a-z][\w-]*(?:er|or|ist)"
    # (Or before what the person does in that trade: "is a soapstone carver who sells his work
    # through an online marketplace", corpus 139.)
    r"(?=\s+(?:at|in|with|for)\s+(?:the|a|an|our)\s|\s+who\s+(?:sells|makes|runs|builds|repairs|"
    r"carves|paints|grows|farms|keeps|breeds|owns|rents|fishes|weaves|sews)\b)"
    # (Or a programme's name in capitals: "is a third-year Naval ROTC cadet", corpus 136.)
    rf"|(?:(?:[a-z][\w-]*|\([A-Z]{{2,6}}\)|[A-Z][a-z]+\s+[A-Z]{{2,6}})\s+){{0,4}}?(?:{_ROLE_NOUNS}|"
    rf"{_MORE_JOBS})"
    # (A job written as a title: "has been a Records Officer in the Unit since 2019", corpus
    # 104.)
    rf"|(?:[A-Z][a-z][\w-]*\s+){{1,3}}(?=[A-Z])(?i:{_ROLE_NOUNS}|{_MORE_JOBS}))\b"
)
"""Right after the name: "A.K., is a 29-year-old helpdesk specialist": the job, said outright."""
_KNOWN_AS_BEFORE = re.compile(
    r"\b(?:know|knows|knew|call|calls|remember)\s+(?:(?:her|him|them)\s+)?as\s+(?:the|an?)\s+$"
)
"""Before a job: what the writers know the person as ("who many of you know as the pilot")."""
_POST_LEFT = re.compile(
    r"\b(?:resign\w*|stepp\w*\s+down|stands?\s+down|stood\s+down|standing\s+down)\s+as\s+"
    r"(?:(?:the|our|an?)\s+)?$"
)
"""Before a job: a post the person gave up ("has resigned as sheep chief steward")."""
_THEN_ROLE = re.compile(
    r"[^,.;]{0,40}?,\s+(?:was|is|had\s+been|has\s+been|worked\s+as|works\s+as)\s+(?:the|an?)\s+"
    rf"(?P<role>(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_NOUNS}))\s+(?:for|at|of|in|on|with)\b"
)
"""After an apposed description, the job the sentence says the person did: ", was the
enumerator for sector 09" (or ", is an aero-engine technician with the civilian contractor", after
"our poultry steward", an A&P show's report, corpus 167)."""
_ONE_OF_ROLE = re.compile(
    rf",\s+one\s+of\s+(?:our|the|their|its)\s+(?P<role>(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_NOUNS}))s\b"
)
"""After a name: "Katrín Lilja Pálsdóttir, one of our ramp team leaders, ..." (corpus 125)."""
_SEASON_AS_ROLE = re.compile(
    r",?\s+(?:(?:is|was)\s+\d{1,3},\s+)?an?\s+[^.;]{0,60}?\bin\s+(?:his|her|their)\s+\w+\s+"
    rf"(?:season|year|summer|term)\s+as\s+an?\s+(?P<role>(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_NOUNS}))\b"
)
"""After a name, the job someone does for a season beside what they are: "is 20, a sports
student in his second season as a lifeguard at Chernomorets North" (corpus 125)."""
_BARE_APPOSITION = re.compile(
    # Past a name the person is known by: "Kirsty MacLellan, known locally as Ciorstaidh Nìll
    # Ruairidh, shorthand typist in the ... typing pool" (corpus 78).
    r",\s+(?:known\s+(?:locally\s+|in\s+the\s+\w+\s+)?as\s+[^,.;]{1,40},\s+)?(?:an?\s+)?"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS})"
    # (Or two jobs: "field technician and expedition driver since 2019", corpus 150.)
    rf"(?:\s+and\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLE_NOUNS}))?)"
    # (Or its grade in brackets: "technician (grade 3), has worked", corpus 92.)
    r"(?=\s+(?:on|in|at|of|for|with|who|since)\b|[,.;]|\s*\()"
)
"""After a name and a comma, a job without an article: "Soraya Abdeselam Haddu, fibre-optic
splicer on crew B, has allowed me to tell her story" (corpus 78)."""
_ASIDES = re.compile(
    r"(?:\s*\([^()]{1,160}\)"
    # (Or between dashes: 'Nenad M. Jovanović — "Neša", not to be confused with our treasurer
    # Nenad S. Jovanović — is a composite laminator', corpus 137.)
    r"|\s+[—–]\s+[^—–\n]{1,120}?\s+[—–](?=\s)"
    r"|,\s+(?:aged\s+)?\d{1,3}(?=,)"
    r"|,\s+(?:born|from|of|resident)\s+[^,.;:()]{1,80}(?:,\s+[A-Z][^,.;:()]{1,40})?(?=,)"
    # An indictment's particulars: "HORÁCIO AMISSE ISSUFO, 34 years old, single, born in Ilha
    # de Moçambique, resident in Bairro de Ontupaia, Nacala-Porto, aeronautical information
    # technician at ..." (corpus 94).
    r"|,\s+\d{1,2}\s+years?\s+old(?=,)|,\s+(?:single|married|divorced|widowed)(?=,)"
    r"|,\s+as\s+[^,.;:()]{1,40}?\s+calls?\s+(?:him|her|them)(?=,)"
    # (Or "everybody calls him Juss", and an age in words: "Juhan Pärnoja, everybody calls him
    # Juss, thirty-four, software developer at a Tartu company", a podcast, corpus 174.)
    r"|,\s+(?:every(?:body|one)|we\s+all|people|friends)\s+calls?\s+(?:him|her)\s+[^,.;:()]{1,30}"
    r"(?=,)"
    r"|,\s+(?:twenty|thirty|forty|fifty|sixty|seventy)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?(?=,)"
    # (A nickname in quotes, and who uses it: 'Ľubomír Hrubý, "Ľubo" to all of us, summit
    # station electrician since 2016', 'Vahagn Tadevosyan, "Vaho", field technician', corpus
    # 150.)
    r"|,\s+[\"“][^\"“”,.;:()]{1,30}[\"”](?:\s+to\s+[^,.;:()]{1,30})?(?=,)"
    # (Or an Arabic kunya: "Khaled Yousef Bani Hani, Abu Fadi, our head bookbinder", corpus 151.)
    r"|,\s+(?:Abu|Abou|Umm|Um|Oum)\s+[A-Z][\w'’-]*(?=,)"
    # The name others use: ', known to colleagues as "Zahra", 29, technician' (corpus 92).
    # (Or where: ', known in the office as "Kiki", aged 31', corpus 104.)
    r"|,\s+known\s+(?:(?:to|in|at|on|around)\s+[\w\s]{1,30}?\s+|locally\s+|widely\s+)?as\s+"
    r"[^,.;:()\[]{1,40}?(?=,|\s*\[)"
    # A translator's note in square brackets ('"Ña Mirian" [Ña: Guaraní-Paraguayan form of
    # "Doña"]'), a nationality in a court's particulars ("Paraguayan, aged 38, married"), an
    # organisation's acronym in a list of participants ("("Djodjo"), OOA, lead glider pilot"),
    # corpus 125.
    r"|\s*\[[^\[\]\n]{1,160}\]"
    r"|,\s+(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|ean|ic|i))(?=,)"
    r"|,\s+(?-i:[A-Z]{2,6})(?=,)"
    # (A rank's abbreviation in lower case after the name: "HRUBÝ Tomáš, nrtm. (staff
    # sergeant), aircraft armament technician at the base", corpus 161.)
    r"|,\s+(?-i:[a-zčšřž]{2,6})\.(?=\s*[,(])"
    r")*"
)
"""What may stand between a name and the job the sentence goes on to tell: a note in brackets
("R. Senthilnathan (the initial stands for his father's name, Ramasamy), aged 36, is an ...
technician"), an age, where the person was born or is from ("NDOYE Ousmane, born on 11 March
1986 in Rufisque, payments clerk at ..."), a nickname's "as everyone calls him"."""
_IS_A_JOB_AFTER = re.compile(
    _ASIDES.pattern
    + r",?\s+(?:is|was|has\s+been|had\s+been)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?"
    + rf"(?:{_ROLE_NOUNS_EARLY})\b",
    _ASIDES.flags,
)
"""After a name and what may stand between, that the person is someone at work: a person."""


_CLAUSE_GOES_ON = re.compile(r",?\s+(?:and|but|where|while|who|which|whose)\s|[;:]")
"""Where a sentence goes on past the clause that gives a job."""
_PART_APPOSED = re.compile(
    r"(?:^|\b(?:Mr|Mrs|Ms|Miss|Dr|Sig|Sig\.ra|Sra|Sr|Mme|M|Hr|Fr|Pan|Pani|Herr|Frau)\.?\s+)"
    r"(?P<part>[A-Z][\w'’-]{2,})(?=,)"
)
"""One part of a name with a courtesy title, or opening the sentence, before a comma: "Sig.
MURGIA, born in ..."."""


def _bare_job(found: re.Match[str] | None) -> re.Match[str] | None:
    """A job apposed without an article, never a clause that ends on someone else's job
    ("Lucía Pop Cac, 34, sits beside her lawyer": no job of hers)."""
    if found is None or _DETERMINER.search(found.group("role")):
        return None
    return found


_DETERMINER = re.compile(r"\b(?:his|her|their|its|the|a|an|my|our|your)\b")
_WORKS_AS_AFTER = re.compile(
    # The same person's sentence going on to the job: "... belongs to the Karen community of
    # Mayabunder and works as a fibreglass boatbuilder", "... worked in my section from 2018
    # until January of this year as a military registration specialist", "... became a
    # citizen, and built a career as a certified Portuguese interpreter" (corpora 63, 82).
    # (Past an apposition: "Ms. Tamika Roberts (née Lovell), a member of the women's squad on
    # the same tour, works as an aircraft rescue and firefighting officer", corpus 75.)
    # ("Our member C. Lo Presti also works as a field guard of the ... consortium", corpus 139.)
    r",?\s+(?:[^.;:]{0,80}?(?:\b(?:and|but)\s+|,\s+))?(?:(?:also|now|still)\s+)?"
    r"(?:works|worked|has\s+worked|had\s+worked|serves|served|has\s+served|is\s+employed|"
    r"was\s+employed|built\s+(?:up\s+)?a\s+career|made\s+(?:a|his|her)\s+career|"
    # ("... joined the Ministry of Defence Headquarters in 2012 as an Office Messenger",
    # corpus 97.)
    r"joined|was\s+(?:hired|appointed|engaged|taken\s+on))"
    r"(?:\s+(?!as\b)[^,.;:]{0,70}?)?\s+as\s+an?\s+"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,4}}?(?:{_ROLE_NOUNS}|"
    r"[a-z][\w-]*(?:builder|maker|smith|wright)|"
    # Whatever the job, said with "works as": an agent noun before where or since when ("has
    # worked as a mud logger for Atlantique Géoservices", corpus 102).
    r"[a-z][\w-]*(?:er|or|ist|ian)(?=\s+(?:for|at|in|with|on|since|from)\b|\s*[,.;]))"
    # (A job written as a title.)
    rf"|(?:[A-Z][a-z][\w-]*\s+){{0,3}}(?=[A-Z])(?i:{_ROLE_NOUNS}|{_MORE_JOBS}))\b"
)
"""After a name (and its asides), the job the rest of the sentence tells with "works as"."""


def _money_fact(match: re.Match[str], evidence: Evidence, japan: bool = False) -> Fact | None:
    bound = bool(match.group("bound"))
    if match.group("sym"):
        number = _to_number(match.group("n1") + " " + (match.group("s1") or ""))
        abbr = (match.group("abbr") or "").strip().lower()
        if number is not None and abbr:
            number *= {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}[abbr]
        sym = match.group("sym")
        # A dollar the table does not know is said as the report writes it, never as USD.
        currency = _CURRENCY_SYMBOLS.get(sym.lower(), sym)
        if currency == "CNY" and japan:
            currency = "JPY"  # ¥ is the yen's sign too: the document's country decides
    elif match.group("vague"):
        currency = _CURRENCY_WORDS[match.group("w1").lower()]
        vague = " ".join(match.group("vague").split())
        return Fact(
            "money",
            f"{vague} {match.group('w1').lower()}",
            evidence,
            None,
            currency,
            approximate=True,
        )
    else:
        number = _to_number(match.group("n2"))
        currency = _CURRENCY_WORDS.get(match.group("w2").lower(), "CNY")
    if number is None:
        return None
    value = f"{format_number(number)} {currency}"
    return Fact("money", value, evidence, number, currency, approximate=bound)


def _sentence_fact(match: re.Match[str], evidence: Evidence) -> Fact:
    if match.group("life"):
        return Fact("outcome", "life imprisonment", evidence, event="sentenced")
    if match.group("death"):
        value = "death with a reprieve" if match.group("reprieve") else "death"
        return Fact("outcome", value, evidence, event="sentenced")
    number = _to_number(match.group("n")) or 0
    unit = match.group("unit").lower().rstrip("s")
    value = f"{format_number(number)} {unit}{'s' if number != 1 else ''}"
    months = _to_number(match.group("n2")) if match.group("n2") else None
    if unit == "year" and months:
        value += f" and {format_number(months)} month{'s' if months != 1 else ''}"
        number += months / 12
    return Fact(
        "outcome", f"{value} in prison", evidence, number=number, unit=unit, event="sentenced"
    )


# --- the whole ---------------------------------------------------------------------------------


class _Cues:
    """The tags each sentence shows, found once per sentence however many cases share it."""

    def __init__(
        self,
        addressed: bool = False,
        names: Sequence[tuple[int, int]] = (),
        security_writer: bool = False,
        points: re.Pattern[str] | None = None,
        uninflected: bool = False,
        security: Sequence[tuple[int, int]] = (),
    ) -> None:
        self._found: dict[tuple[str, int, bool], dict[str, int]] = {}
        self._uninflected = uninflected
        """A story told in the uninflected past ("Tasha tell her no"): read with the past put
        back, as the cues say it."""
        self._addressed = addressed
        """A letter to the person it tells of: its "you" is that person, read as "him"."""
        self._security_writer = security_writer
        """A piece its security or compliance officer writes: whoever told "me" told them."""
        self._points = points
        """The reporting points the document itself names ("tell the Naczelnik or the Prezes
        the same day"), where someone is told they were told: the security officer."""
        self._names = sorted(names)
        """Where the document names people (offsets): a name is no cue's word ("Mr. Gift
        Chisale" gave no gift, read 296)."""
        self._security = sorted(security)
        """Where the document names the holder of its security officer's post (offsets, a
        title before it included): read as "the security officer" ("He brought the box to Mr.
        Lanki", the Port Facility Security Officer, corpus 149)."""

    @property
    def addressed(self) -> bool:
        """Whether the document is a letter to the person it tells of."""
        return self._addressed

    def __call__(self, item: _CaseSentence, general: bool = False) -> dict[str, int]:
        """``general``: the sentence is the document's own, about no case (see
        :func:`~quiz.taxonomy.cue_matches`)."""
        key = (item.doc.name, item.start, general)
        found = self._found.get(key)
        if found is None:
            text = item.text
            first = bisect.bisect_left(self._names, (item.start, item.start))
            for start, end in itertools.takewhile(
                lambda span: span[0] < item.end, itertools.islice(self._names, first, None)
            ):
                if end <= item.end:
                    at, to = start - item.start, end - item.start
                    text = text[:at] + _name_masked(text[at:to]) + text[to:]
            for start, end in reversed(self._security):
                if item.start <= start and end <= item.end:
                    at, to = start - item.start, end - item.start
                    text = text[:at] + "the security officer" + text[to:]
            # (A title's full stop ends no clause: "when Ms. Reyes first asked" is read on, as
            # "when Ms Reyes first asked", corpus 135.)
            text = past_titles(text)
            # (A sum in any currency's sign is a sum: "₦150,000 a month", corpus 136.)
            text = _OTHER_CURRENCY_SIGN.sub("$", text)
            text = told_of_addressee(text) if self._addressed else text
            if self._security_writer:
                text = _TOLD_THE_WRITER.sub(r"\1 the security officer", text)
            if self._points is not None:
                text = self._points.sub(r"\1 the security officer", text)
            if self._uninflected:
                text = inflected(text)
            found = self._found[key] = cue_matches(text, general=general)
        return found


_CLAIMED_ROLE = re.compile(
    # (Or with no "that": "she said she was a mountain guide in Zakopane", the cover of the
    # woman who courted the case, corpus 150.)
    r"\b(?:said|claimed|told\s+\w+|wrote)\b(?:[^.]{0,80}?\bthat)?\s+(?:he|she|they)\s+(?:was|were|"
    r"worked\s+as)\b"
)
"""A job said to be someone's in their own claim ("He said ... that he was a game designer")."""


def _claimed_there(fact: Fact) -> bool:
    """Whether a role is told in its passage as what someone claimed to be: the claim comes
    right before the job's words."""
    quote = fact.evidence.quote
    at = quote.lower().find(fact.value.lower())
    if at < 0:
        return False
    claims = list(_CLAIMED_ROLE.finditer(quote, 0, at))
    return bool(claims) and quote[claims[-1].end() : at].strip(" \t").count(" ") <= 3


_OTHER_CURRENCY_SIGN = re.compile("[₦₱₵₴₸₺₫₭₮₲₡₪৳₨]")
"""Currency signs the cues do not spell out, read as "$"."""
_SECURITY_WRITER = re.compile(
    r"(?:^|\n)[ \t]*(?:[Bb]y|[Ff]rom)\s+[^\n,]{3,60},\s+(?:[\w&-]+\s+){0,3}?"
    r"(?:[Cc]ompliance|[Ss]ecurity|[Ee]thics|[Ii]ntegrity)\s+(?:[Oo]fficer|[Mm]anager|[Aa]dvis[eo]r|"
    r"[Ll]ead|[Cc]oordinator|[Oo]ffice)\b"
)
"""A piece's byline with its writer's post in security: "By Nadia Shugak-Olsen, Compliance
Officer" (a shareholder newsletter's notice, corpus 135)."""
_TOLD_THE_WRITER = re.compile(
    r"\b(called|phoned|rang|texted|told|(?:came|come|went|gone|wrote|reported\s+(?:it|this|that|the\s+[\w-]+)|"
    r"brought\s+(?:it|this|them|the\s+[\w-]+)|picked\s+up\s+the\s+(?:tele)?phone|"
    r"(?:surrendered|handed|gave|showed)\s+(?:[\w-]+\s+){1,6}?)\s+to)\s+(?:me|us|the\s+undersigned)\b",
    re.IGNORECASE,
)
"""Told to the writer: in a piece its security officer writes, a report to that office ("He
called me the same afternoon")."""


_ADVISED_POINTS = re.compile(
    r"\b(?:[Tt]ell|[Ii]nform|[Rr]eport\s+(?:it\s+)?to|[Cc]all|[Cc]ontact|[Gg]o\s+to|[Ss]peak\s+to)\s+"
    r"(?P<points>(?:your|the)\s+[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?"
    r"(?:\s*,?\s+or\s+(?:to\s+)?(?:your|the)\s+[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)*)"
    # (With the unit apposed: "the Chief, Fisheries Section, the same day".)
    r"(?:,\s+[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){0,3})?"
    r"(?=[\s,.;:]*(?:the\s+same\s+day|at\s+once|straight\s+away|immediately|that\s+day|first)\b)"
)
"""The document's own advice on whom to tell, in its own words for them ("tell the Naczelnik
or the Prezes the same day", "Tell your Team Leader or the Chief, Fisheries Section, the same
day", corpus 135): posts within the organisation, told at once."""
_NOT_A_POINT = frozenset(
    "police station agency service line hotline office authorities ministry embassy court "
    "prosecutor bureau".split()
)
"""Words of what the advice names that are no post within the organisation (the police and
the services have channels of their own)."""


def _reporting_points(text: str) -> frozenset[str]:
    """The posts a document's advice names to tell at once, lower-cased ("naczelnik", "team
    leader")."""
    found: set[str] = set()
    for advice in _ADVISED_POINTS.finditer(text):
        for said in re.split(r"\s*,?\s+or\s+(?:to\s+)?", advice.group("points")):
            post = re.sub(r"^(?:your|the)\s+", "", said).lower()
            if post and not set(post.split()) & _NOT_A_POINT:
                found.add(post)
    return frozenset(found)


def _told_points(points: frozenset[str]) -> re.Pattern[str] | None:
    """Someone told, shown or gone to at one of the document's reporting points."""
    if not points:
        return None
    said = "|".join(re.escape(p) for p in sorted(points, key=len, reverse=True))
    return re.compile(
        r"\b((?:told|showed\s+(?:[\w-]+\s+){1,3}?to|came\s+to|went\s+to|gone\s+to|come\s+to|"
        r"reported\s+(?:[\w-]+\s+){0,3}?to|called|phoned|rang|surrendered\s+(?:[\w-]+\s+){1,6}?to)"
        rf")\s+(?:the|his|her|their|your)\s+(?:{said})\b",
        re.IGNORECASE,
    )


_WRITER_POST = re.compile(
    r"(?:^|\n)[ \t]*(?:Prepared|Presented|Written|Submitted|Reported)\s+by\s*:?[ \t]*[^\n]{3,120}"
)
"""A report's line naming who wrote it, with their post ("Prepared by: RODOLFO B. MACARAEG
("Dodong"), Team Leader, Bantay Dagat Task Force")."""


_TELL_ME = re.compile(
    r"\b(?:[Tt]ell|[Cc]all|[Rr]ing|[Cc]ontact|[Cc]ome\s+to)\s+me\s+(?:or|and|the\s+same\s+day|at\s+once|"
    r"straight\s+away|first)\b"
)
"""The writer's own advice to come to them ("If the approach involves the school, tell me or any
member of the board", a principal's newsletter, corpus 135): the writer is a reporting point."""


def _writer_is_point(text: str, points: frozenset[str]) -> bool:
    """Whether the document's writer holds one of the posts its advice names to tell, or names
    themselves, so that whoever told "me" or "the undersigned" told one of them."""
    if _TELL_ME.search(text) is not None:
        return True
    if not points:
        return False
    return any(
        re.search(rf"\b{re.escape(p)}\b", line.group(0), re.IGNORECASE)
        for line in _WRITER_POST.finditer(text)
        for p in points
    )


_TO_THE_HOLDER = re.compile(
    r"\b(?:to|told|tell|informed|called|phoned|rang|contacted|alerted|consulted)\s+$", re.IGNORECASE
)
"""Before a name: someone taken, told or going to that person ("brought the box to Mr. Lanki")."""
_WORD_BEFORE = re.compile(r"(?<![\w/])([A-Za-z]+(?:/[A-Za-z]+)?)\.?\s+$")
"""Before a name: the word just before it, a title written with a slash whole ("She came to
W/ro Almaz", a rose farm's council minutes, corpus 164)."""


def _title_before(text: str, start: int) -> int:
    """Where a name's title (one of ``_TITLES``) begins, before the name at ``start`` ("Mr.
    Lanki"), or ``start``."""
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return word.start() if word is not None and word.group(1).lower() in _TITLES else start


def _name_masked(name: str) -> str:
    """A name's words each as a word that means nothing, of the same length: "Gift Chisale" ->
    "Xxxx Xxxxxxx" (a name's shape, no cue's word)."""
    return re.sub(r"[^\W\d_]+", lambda m: "X" + "x" * (len(m.group(0)) - 1), name)


_TagEvidence = dict[str, dict[Evidence, int]]
"""Per tag, its passages with how plainly each shows it, in reading order."""


_ORDINARY_HEADING = re.compile(
    r"\b(?:not\s+(?:of\s+)?(?:a\s+)?(?:concern|suspicious|a\s+warning\s+sign)|found\s+(?:normal|in\s+order|"
    r"harmless)|(?:is|are|looks?)\s+(?:normal|ordinary)|ordinary\s+contacts?|what\s+is\s+normal|"
    # (Or "7.3 Ordinary requests, for comparison.", a board's minutes, corpus 149, reads 470 and
    # 471: the port security plan's arrangements for a vessel visit quoted as the channel.)
    r"ordinary\s+(?:requests?|enquiries|inquiries|approaches|visits?)|"
    r"no\s+cause\s+for\s+(?:concern|alarm)|ordinary\s+business|(?:is|are)\s+not\s+affected)\b",
    re.IGNORECASE,
)
"""A heading over a section of ordinary contacts ("MATTERS THAT ARE NOT OF CONCERN")."""
_SHORT_RUN_IN = re.compile(r"\W*(?:[\w'’-]+\s+){1,4}[\w'’-]+[.:]")
"""A paragraph's short title run in as its first sentence: "What is normal."."""
_NOT_NORMAL = re.compile(r"\bnot\s+(?:normal|ordinary)\b|\bwhat\s+is\s+not\b", re.IGNORECASE)
_RUN_IN_TITLE = re.compile(r"\W*\d{1,2}(?:\.\d{1,2})?[.)]?\s+(?:[\w'’-]+,?\s+){0,7}[\w'’-]+\.")
"""A numbered paragraph's title run in as its first sentence: "4. Ordinary business that is
NOT affected."."""


def _sections_headed(doc: Document, heads: Callable[[str], bool]) -> frozenset[int]:
    """The starts of the sentences in the sections whose heading ``heads`` accepts."""
    under = {paragraph for paragraph, heading in section_headings(doc).items() if heads(heading)}
    return frozenset(s.start for s in doc.sentences if s.paragraph in under)


def _ordinary_sections(doc: Document) -> frozenset[int]:
    """The starts of the sentences in a section whose heading says it lists ordinary matters
    ("6. MATTERS THAT ARE NOT OF CONCERN"): no sign, nor a reporting channel, is shown there."""

    def ordinary(heading: str) -> bool:
        return (
            _ORDINARY_HEADING.search(heading) is not None
            # (Not one over both: "3. What is normal, and what is not", corpus 102.)
            and re.search(r"\bwhat\s+is\s+not\b|\band\s+(?:what|when|where)\b", heading, re.I)
            is None
        )

    # (And a numbered paragraph whose run-in title says so: "4. Ordinary business that is NOT
    # affected. For the avoidance of doubt among staff: ... Requests from Dubai Police ... are
    # sent in writing to the Compliance Officer" is no reporting channel, corpus 117.)
    run_in: set[int] = set()
    for told in _paragraphs(doc).values():
        # (With the number the sentences may split off: "4." then "Ordinary business ...".)
        title = " ".join(doc.sentence_text(s).strip() for s in told[:2])
        if not re.fullmatch(r"\W*\d{1,2}[.)]", doc.sentence_text(told[0]).strip()):
            title = doc.sentence_text(told[0]).strip()
        if len(told) > 2 and _RUN_IN_TITLE.fullmatch(title) and ordinary(title):
            run_in.update(s.start for s in told)
        elif (
            len(told) > 1
            and _SHORT_RUN_IN.fullmatch(first := doc.sentence_text(told[0]).strip())
            and ordinary(first)
        ):
            # (Or unnumbered, until what it says is not: "What is normal. People ask us about
            # fish ... What is not normal is a stranger who ...", corpus 144.)
            for s in told:
                if s is not told[0] and _NOT_NORMAL.search(doc.sentence_text(s)):
                    break
                run_in.add(s.start)
    return _sections_headed(doc, ordinary) | run_in


_QUESTIONS_HEADING = re.compile(
    r"^\W*(?:\d{1,2}[.)]?\s+)?(?:(?:questions|points|topics)\s+(?:for|to)\s+(?:discussion|discuss|"
    r"consider|reflection|the\s+class|class\s+discussion)|discussion\s+(?:questions|points|topics)|"
    r"(?:class\s+)?exercises?|test\s+yourself|check\s+your\s+understanding)\W*$",
    re.IGNORECASE,
)
"""A heading over the questions a handout puts to its readers ("10. Questions for
discussion"): what they ask ("List everything in the story that was out of proportion")
is no evidence of the case."""


def _question_sections(doc: Document) -> frozenset[int]:
    """The starts of the sentences in a section of questions put to the reader
    (:data:`_QUESTIONS_HEADING`)."""
    return _sections_headed(doc, lambda heading: _QUESTIONS_HEADING.search(heading) is not None)


_NOTHING_WRONG = re.compile(
    # (The text's own verdict, not what the person thought: "Eleni saw nothing wrong in that",
    # corpus 123.)
    r"\bthere\s+(?:is|was)\s+nothing\s+wrong\s+with\s+(?:that|this|it)\b",
    re.IGNORECASE,
)
"""A sentence that calls what the sentence before told harmless."""


def _harmless_sentences(doc: Document) -> frozenset[int]:
    """The starts of the sentences in paragraphs that tell a contact declared and found
    harmless (:data:`_HARMLESS_CONTRAST`)."""
    # A section's heading: "6. MATTERS EXAMINED AND FOUND NORMAL", "6. MATTERS THAT ARE NOT OF
    # CONCERN" (corpora 103, 104) make the section a list of ordinary contacts.
    harmless: set[int] = set(_ordinary_sections(doc))
    # What the next sentence calls harmless: "Salim offered to pay the fees for Hamisi's
    # daughter ... The family was very grateful, and there is nothing wrong with that" (corpus
    # 131, read 416: the school fees keyed as the warning sign).
    for before, after in itertools.pairwise(doc.sentences):
        if _NOTHING_WRONG.search(doc.sentence_text(after)):
            harmless.update((before.start, after.start))
    listing = False
    for told in _paragraphs(doc).values():
        text = " ".join(doc.sentence_text(s) for s in told)
        if _HARMLESS_CONTRAST.search(text):
            harmless.update(s.start for s in told)
            # "... also described what is ordinary:" then its list, one item a line (corpus
            # 89): the items are the contrast too.
            listing = text.rstrip().endswith(":")
        elif listing and _LIST_ITEM.match(text):
            harmless.update(s.start for s in told)
        else:
            listing = False
    return frozenset(harmless)


def _tag_evidence(
    sentences: Iterable[_CaseSentence],
    cues: _Cues,
    harmless: frozenset[int] = frozenset(),
    ordinary: frozenset[int] = frozenset(),
    general: bool = False,
) -> _TagEvidence:
    """Per tag, the passages that show it. ``harmless``: the starts of sentences in a paragraph
    that tells a contact declared and found harmless ("Not every foreign contact is a trap ...
    She declared the invitation on the office form ... went"), which show no sign, only how
    reporting works (corpus 70: a declared trip quoted as the suspicious one)."""
    found: _TagEvidence = defaultdict(dict)
    items = list(sentences)
    previous: _CaseSentence | None = None
    for item in items:
        counterfactual = _COUNTERFACTUAL.match(item.text)
        # "If he had kept quiet, ... the fourth would have come with a threat" (corpus 69):
        # what would have happened did not; what the sentence tells before it may have ("If
        # Mr Olivero had gone to his security officer the first time a near stranger offered to
        # pay his debts, he would have kept his job", corpus 45), and the lesson about
        # reporting holds.
        told = (
            cue_matches(item.text[: counterfactual.start("would")])
            if counterfactual is not None
            else None
        )
        # "Article 4.3 of the Integrity Code ..., which the appellant signed ..., reads: "An
        # official who is approached ... reports this without delay ..."" (corpus 101): the
        # rule's words, quoted, tell nothing the person did.
        rule = _RULE_QUOTED.search(item.text)
        ruled = cue_matches(item.text[: rule.start("words")]) if rule is not None else None
        for tag_id, strength in cues(item, general).items():
            if told is not None and tag_id not in told and TAGS[tag_id].topic != "reporting":
                continue
            if ruled is not None and tag_id not in ruled:
                continue
            if item.start in harmless and TAGS[tag_id].topic != "reporting":
                continue
            if item.start in ordinary:
                # (Not even a channel: "Requests from partner agencies ... are handled by the
                # Compliance and Security Officer alone", in a section of ordinary matters,
                # quoted in support of reporting, read 313.)
                continue
            if (
                not general
                and not cues.addressed
                and TAGS[tag_id].topic == "reporting"
                and tag_id not in ("report-early", "self-surrender")
                and _ADVICE_TO_YOU.match(item.text)
            ):
                # "If anybody gives you money for something small ..., tell somebody that same
                # day — your security officer ..., or the ABW, which has a phone line" (a
                # daughter's speech, corpus 128): the teller's advice to everyone shows the
                # document's channels, not the one the case used or was told to use.
                continue
            if tag_id == "online-approach" and _AFTER_MEETING.match(item.text):
                # "After the visit he wrote to her almost every day on Facebook Messenger"
                # (corpus 123): met in person first; writing online since is no online approach.
                continue
            if tag_id == "abroad-targeting" and _KIN_ABROAD.search(item.text):
                # "when he heard that Harry's son wanted to study abroad" (corpus 88): a
                # relative's stay abroad, not the person's, unless the rest says so too.
                rest = _KIN_ABROAD.sub(lambda m: " " * len(m.group()), item.text)
                if "abroad-targeting" not in cue_matches(rest):
                    continue
            if (
                item.recruiter_only
                and tag_id in _RECRUIT_ACTS
                and not (tag_id == "placement" and _STEERED.search(item.text))
            ):
                continue
            found[tag_id].setdefault(item.evidence(), strength)
        if (
            "unsolicited-offer" not in found
            and previous is not None
            and (
                _OFFER_OPENS.match(item.text)
                # (Or by the name the sentence before gave the stranger: "... from a man calling
                # himself Mikael Strand, "producer" at a company called NorthLight Films ...
                # Strand offered DKK 4,000 a day", corpus 161.)
                or (
                    (by_name := _NAME_OFFERS.match(item.text)) is not None
                    and re.search(rf"\b{re.escape(by_name.group(1))}\b", previous.text) is not None
                )
            )
            and previous.doc is item.doc
            and not item.doc.text[previous.end : item.start].strip(" \t")
            and item.start not in harmless | ordinary
            and {"paid-tasks", "disproportionate-reward"} & set(cues(item, general))
            and {"online-approach", "false-persona"} & set(cues(previous, general))
            and _FIRST_CONTACT.search(previous.text)
        ):
            # An offer of pay told in the sentence after a stranger's first message: "In June he
            # received a LinkedIn message from a "senior analyst" signing as Clarissa
            # Oduya-Brandt ... She offered USD 350 for a monthly note" (corpus 123). The two
            # sentences together show it.
            span = item.doc.text[previous.start : item.end]
            found["unsolicited-offer"][Evidence(item.doc.name, previous.start, item.end, span)] = 1
        if (
            "disproportionate-reward" not in found
            and previous is not None
            and previous.doc is item.doc
            and not item.doc.text[previous.end : item.start].strip(" \t")
            and item.start not in harmless | ordinary
            and previous.start not in harmless | ordinary
            and _GOING_RATE.search(item.text)
            and _SUM_OFFERED.search(previous.text)
            and "paid-tasks" in cues(previous, general)
        ):
            # A sum offered, then what such work normally earns: "He offered EUR 900 a day. Our
            # recommended day rate is EUR 180.", "He offered EUR 1,800 a month to rent a corner
            # ... Our office estimates that such a corner would rent for less than a hundred
            # euros a year." (corpus 139). The two sentences together show the size.
            span = item.doc.text[previous.start : item.end]
            found["disproportionate-reward"][
                Evidence(item.doc.name, previous.start, item.end, span)
            ] = 1
        if (
            previous is not None
            and previous.evidence() in found.get("invitation-travel", {})
            and previous.doc is item.doc
            and not item.doc.text[previous.end : item.start].strip(" \t")
            and _TRIP_PAID.search(item.text)
            and not _TRIP_PAID.search(previous.text)
        ):
            # An invitation told, then who paid for it: "In September 2023 I received an
            # invitation to a geochemistry congress in Salta, in Argentina. A company called
            # Andes Energy Analytics paid for my bus ticket, three nights in the hotel and the
            # registration." (corpus 124, read 395: the invitation alone quoted, which the same
            # transcript calls ordinary). The two together show the sign, first.
            span = item.doc.text[previous.start : item.end]
            invited = found["invitation-travel"]
            strength = invited.pop(previous.evidence())
            found["invitation-travel"] = {
                Evidence(item.doc.name, previous.start, item.end, span): strength + 1,
                **invited,
            }
        previous = item
    if not general and "online-approach" in found:
        # Met in person first: "A man I had never seen before ran beside me for most of the
        # 5k ... That evening a connection request ... arrived on a professional networking
        # site" (corpus 127), "Afterwards a very polished man came up with a business card ...
        # His first email began" (corpus 128). What came online after is no online approach.
        first_online = min(e.start for e in found["online-approach"])
        if any(s.start < first_online and _MET_IN_PERSON.search(s.text) for s in items):
            del found["online-approach"]
    if not general and "unsolicited-offer" in found:
        # Applied for the work first: "The Client posted a public job on the marketplace ...
        # The Freelancer applied. ... After one video call, the Client offered him a direct
        # contract" (corpus 129, read 410): an offer after the person's own application is no
        # unsolicited one.
        first_offer = min(e.start for e in found["unsolicited-offer"])
        if any(s.start <= first_offer and _APPLIED_FIRST.search(s.text) for s in items):
            del found["unsolicited-offer"]
    return found


_APPLIED_FIRST = re.compile(
    r"\b(?:he|she|they|i|the\s+[A-Z]?[a-z]+)\s+applied\b(?!\s+(?:to\s+)?(?:the\s+)?(?:rules?|law|"
    r"pressure|brakes?))|\b(?:answered|responded\s+to|replied\s+to)\s+(?:an?|the|his|her|their)\s+"
    r"(?:[\w-]+\s+)?(?:advert(?:isement)?|ad|job\s+(?:post(?:ing)?|advert|offer|listing)|listing|vacancy|"
    # ("In June she replied to a post on a Telegram channel offering "extra work"", corpus 135.)
    r"post)\b|"
    # ("he saw an advertisement on Facebook for "debt consolidation" and filled in the form",
    # corpus 135.)
    r"\bfilled\s+in\s+(?:the|an?|their|its)\s+(?:[\w-]+\s+)?(?:form|application)\b",
    re.IGNORECASE,
)
"""The person's own application or answer to an advertisement, before any offer (or with it:
the post they answered)."""


_ADVICE_TO_YOU = re.compile(
    r"\W*(?:[-•*–]\s*)?(?:(?:so|and|but),?\s+)?(?:if\s+(?:anybody|anyone|someone|somebody|a\s+stranger|"
    r"you)\b|(?:tell|call|ring|report|contact|use|keep|do\s+not|don['’]t)\b)[^\n]*\byou(?:r)?\b",
    re.IGNORECASE,
)
"""A sentence of advice to the reader, addressed as "you" ("If anybody gives you money ...,
tell somebody that same day")."""
_MET_IN_PERSON = re.compile(
    r"\b(?:came\s+up\s+(?:to\s+(?:me|him|her|them)\s+)?(?:with|after|at|during)\b|"
    r"ran\s+(?:beside|alongside|next\s+to)\s+(?:me|him|her|them)\b|"
    r"introduced\s+(?:himself|herself)\s+to\s+(?:me|him|her|them|my|his|their)\b[^.;]{0,30}?\s"
    r"(?:on|at|after|during|in)\s|"
    r"(?:was\s+)?approached\s+(?:me|him|her|them\s+)?(?:at|after|during)\s+(?:a|the|his|her|my)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:stand|booth|conference|fair|congress|reception|party|dinner|meeting|"
    r"club|race|run|match|wedding))",
    re.IGNORECASE,
)
"""A first meeting in person with a stranger ("came up with a business card", "ran beside me",
"introduced himself to her family on the landing")."""


_TRIP_PAID = re.compile(
    r"\bpaid\s+for\b|\b(?:covered|paid|funded)\b[^.;]{0,40}?\b(?:flights?|fares?|tickets?|hotels?|"
    r"travel|nights?|registration)\b|\b(?:flights?|fares?|tickets?|hotels?|travel)\b[^.;]{0,40}?"
    r"\b(?:paid|covered|funded)\b",
    re.IGNORECASE,
)
"""A trip's costs said to be paid."""


_AFTER_MEETING = re.compile(
    r"\W*(?:after|following|since)\s+(?:the|that|their|his|her|this|our)\s+(?:[\w-]+\s+)?"
    r"(?:visit|meeting|dinner|lunch|conference|trip|stay|week|evening|party|launch|match|game|"
    r"workshop|seminar|show|fair|tour|course)\b|"
    # (Or after the person came back from where they met: "After she returned home he wrote to
    # her on WhatsApp", a kennel club's minutes, corpus 166, met at a show abroad.)
    r"\W*(?:after|once)\s+(?:he|she|they)\s+(?:had\s+)?(?:returned|got\s+back|came\s+back|"
    r"was\s+back|were\s+back)\s+(?:home|from)\b",
    re.IGNORECASE,
)
"""A sentence that opens after the two had met: "After the visit he wrote to her ..."."""
_OFFER_OPENS = re.compile(
    # (Or the stranger the sentence before introduced: "The man offered him ETB 3,000 a month",
    # corpus 126.)
    r"\W*(?:(?:it|he|she|they|the\s+(?:contact|firm|company|message|e-?mail|sender|account|man|"
    r"woman|stranger|visitor|buyer))\s+)"
    # (Or after what was asked for it: "She asked for a short comment on ... vaccination
    # coverage ..., and offered an "interview fee" of 5 million VND", corpus 130.)
    r"(?:then\s+|also\s+|soon\s+)?(?:asked\s+(?:him\s+|her\s+|them\s+)?for\s+[^;]{0,220}?,?\s+and\s+)?"
    r"offered\b",
    re.IGNORECASE,
)
"""A sentence that opens on an offer by whoever the sentence before introduced."""
_NAME_OFFERS = re.compile(r"\W*([A-Z][\w'’-]+)\s+(?:then\s+|also\s+|soon\s+)?offered\b")
"""A sentence that opens on an offer by a name (whom the sentence before introduced)."""
_AMOUNT = (
    r"(?:[a-z]{2,3}\$?\s?\d|[$€£¥]\s?\d|\d[\d,.]*\s*(?:[a-z]{3}\b|dollars|euros|pounds|francs|"
    r"shillings|dinars|rupees|pesos)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|a\s+few)\s+(?:hundred|thousand)\b)"
)
_SUM_OFFERED = re.compile(
    r"\b(?:offered|offers|paid|pays|promised|proposed)\b[^.;]{0,60}?"
    + _AMOUNT
    # (Or the work offered with its rate: "messaged him about gig work: road-condition reports
    # for a "freight-routing app", $50 a report", corpus 140.)
    + r"|\b(?:gig|paid|side|part-time|freelance|remote)\s+(?:work|jobs?|consulting)\b[^.;]{0,80}?"
    + _AMOUNT,
    re.IGNORECASE,
)
"""A sum offered or paid, in figures or in words ("offered EUR 900 a day")."""
_GOING_RATE = re.compile(
    # "Our recommended day rate is EUR 180", "the usual fare is ...".
    r"^\W*(?:(?:our|the|a|an|their)\s+)?(?:[\w-]+\s+){0,2}?(?:recommended|usual|normal|standard|"
    r"going|typical|ordinary|official|regular|market)\s+(?:[\w-]+\s+){0,2}?(?:rate|price|fare|"
    r"fee|rent|charge|tariff|pay)s?\s+(?:(?:for|of)\s+[^.;]{1,40}?\s+)?(?:is|was|are|were|runs?)\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?" + _AMOUNT + "|"
    # The person's own price: "Her price for a boat with skipper is EUR 180 for half a day"
    # (corpus 140).
    # (Or pay: "His hourly wage was about NT$250", after NT$10,000 offered for an hour's
    # "interview", corpus 140.)
    r"^\W*(?:his|her|their|my|our)\s+(?:own\s+|usual\s+|normal\s+|hourly\s+|daily\s+|weekly\s+|"
    r"monthly\s+)?(?:price|rate|fee|fare|charge|wage|pay|salary|income)s?"
    r"\b[^.;]{0,60}?\b(?:is|was|are|were)\s+(?:only\s+|just\s+|about\s+|around\s+)?" + _AMOUNT + "|"
    # "such a corner would rent for less than a hundred euros a year", "A private charter
    # with Bernie costs about eighteen hundred".
    r"\b(?:such\s+an?|an?|the)\s+(?:[\w-]+\s+){0,5}?(?:costs?|would\s+(?:cost|rent\s+for|sell\s+for|"
    r"fetch|go\s+for)|rents?\s+for|sells?\s+for|goes\s+for|normally\s+costs?|usually\s+costs?)\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|less\s+than\s+|under\s+|at\s+most\s+|"
    r"barely\s+)?" + _AMOUNT + "|"
    # What such work pays elsewhere: "Dutch told us a met tower lease on a field corner around
    # here pays a few hundred dollars a year", "crowd-sourced road apps pay $2 to $5 a report"
    # (corpus 140).
    # ("Marko later checked and found that shipping analysts on the same platform charge EUR 20
    # to 30 for such a note", corpus 140.)
    r"\b(?:apps?|firms?|companies|employers|clients|platforms|sites|buyers|shops|agencies|lease|"
    r"leases|jobs?|analysts|freelancers|translators|guides|drivers|others|competitors|workers)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:usually\s+|normally\s+|typically\s+)?(?:pays?|charges?|earns?|gets?)\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?" + _AMOUNT,
    re.IGNORECASE,
)
"""What such work or such a thing normally earns or costs, said after a sum offered."""
_FIRST_CONTACT = re.compile(
    r"\b(?:received|got|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:message|e-?mail|dm|text|letter|"
    r"call|invitation|request)\b|\b(?:was|were)\s+(?:approached|contacted)\b|"
    r"\b(?:approached|contacted|messaged|wrote\s+to)\s+(?:him|her|them)\b|"
    r"\bintroduced\s+(?:him|her|them|his|her|their)\b",
    re.IGNORECASE,
)
"""A first contact told: a message received, an approach, an introduction (not "a copy of which
investigators recovered from his email", corpus 2)."""
_KIN_ABROAD = re.compile(
    r"\b(?:[\w'’-]+['’]s|his|her|their|my)\s+(?:(?:eldest|youngest|elder|older|younger)\s+)?"
    r"(?:son|daughter|child|children|kids?|wife|husband|brother|sister|mother|father|parents?|"
    r"cousin|nephew|niece|fianc[ée]e?)\b[^.;]{0,60}?\b(?:abroad|overseas)\b",
    re.IGNORECASE,
)
"""A relative's study, work or stay abroad ("Harry's son wanted to study abroad"): not the
person's own."""
_LIST_ITEM = re.compile(r"\s*(?:[-–•*]|\(?[a-z0-9]\)|\d+\.)\s")
"""A paragraph that is an item of a list ("- The invitation ...", "(b) ...", "2. ...")."""
_HARMLESS_CONTRAST = re.compile(
    r"\bnot\s+every\s+(?:[\w-]+\s+){0,3}?(?:contact|approach|offer|invitation|trip|stranger|"
    r"foreigner|conversation|request|visitor|question)\b[^.;]{0,40}?\bis\b|"
    # ("I do not want to give the impression that every kindness in Bangkok was suspicious", a
    # student's letter before her host supervisor's invitation, corpus 141, read 444.)
    r"\bnot\s+(?:[\w-]+\s+){1,8}?every\s+(?:[\w-]+\s+){0,2}?(?:kindness|favou?r|gift|present|"
    r"invitation|contact|offer|approach|question|request)\b[^.;]{0,40}?\b(?:is|was|were|are)\s+"
    r"(?:suspicious|a\s+trap|sinister|a\s+(?:warning\s+)?sign)\b|"
    r"(?<!never\s)(?<!not\s)\bdeclared\s+(?:the|it|this|his|her|their)\b[^.;]{0,120}?\b(?:went|"
    r"attended|travell?ed|took\s+(?:it|the\s+(?:job|post|offer))|was\s+(?:approved|cleared)|"
    r"said\s+(?:yes|fine)|nothing\s+came\s+of\s+it)\b|"
    # "the board declared in advance ... both the sponsorship ... and the junior crew's trip
    # ..., and both were approved"; "The invitation was declared in advance, approved by the
    # Director of Human Resources" (corpus 72).
    r"(?<!never\s)(?<!not\s)\b(?:declared|was\s+declared|were\s+declared)\s+(?:in\s+advance|"
    r"beforehand|before\s+\w+)\b[^.;]{0,200}?\b(?:approved|cleared)\b|"
    r"\b(?:turned\s+out|proved)\s+to\s+be\s+(?:genuine|legitimate|exactly\s+what|real|above\s+"
    r"board)\b|"
    # "He told his supervisor beforehand, the meeting went ahead, and it was exactly what it said
    # it was" (corpus 72).
    # (Not what was so only at first: ""At first it was exactly what he said," Annemarie told
    # the committee. "... But he wanted every aircraft as well", corpus 141.)
    r"(?<!first\sit\s)(?<!first,\sit\s)\b(?:was|were)\s+exactly\s+what\s+(?:it|they|he|she)\s+"
    r"(?:said|claimed)\b|"
    # "So that staff are not discouraged from normal international work, the notice ... also
    # described what is ordinary:" (corpus 89: an approved conference invitation quoted as the
    # suspicious one).
    # "Most requests for information are normal. Last month the Ministry of ICT asked for the
    # list of GovNet sites ..." (corpus 109: quoted as the engineer's escalation).
    r"\b(?:most|many|almost\s+all)\s+(?:[\w-]+\s+)?(?:requests|contacts|approaches|enquiries|"
    r"inquiries|questions|offers|invitations|visitors)\b[^.;]{0,60}?\b(?:are|is)\s+(?:perfectly\s+|"
    r"entirely\s+)?(?:normal|ordinary|harmless|legitimate|innocent|routine)\b|"
    r"\b(?:described|listed|explained|set\s+out|shows?|showed)\s+what\s+is\s+(?:ordinary|normal|"
    r"fine|legitimate|allowed|acceptable)\b|\blegitimate\s+activit(?:y|ies)\s+\(?for\s+comparison\b",
    re.IGNORECASE,
)
"""In a paragraph: the contact it tells was declared and found harmless, the report's contrast."""
_COUNTERFACTUAL = re.compile(
    # (After a label: "- From the review: had Ahmed brought us the 24 April request ..., neither
    # the diagram nor the script would have left the company", corpus 95.)
    r"\W*(?:[A-Za-z][\w ]{0,30}:\s+)?"
    r"(?:if\s+(?:[\w'’-]+\s+){1,3}?had|had\s+(?:he|she|they|i|we|the\s+[\w-]+|[A-Z][\w'’-]+)"
    r"(?:\s+not)?\s+[a-z]+)\b[^.;]*?\b(?P<would>would)\s+(?:(?:not|never|still|surely)\s+)?(?:have|be)\b",
    re.IGNORECASE,
)
"""A sentence of what would have happened: "If he had kept quiet, the fourth would have come
with a threat", "Had the claimant gone to the security officer, he would still be in post"."""
_RULE_QUOTED = re.compile(
    r"\b(?:circular|policy|rules?|regulations?|guidance|guidelines|code|handbook|instructions?|"
    r"directive|clause|section|paragraph|article)\b[^.;:]{0,120}?\b(?:reads|states|says|"
    r"provides)\s*:\s*(?P<words>[\"“])",
    re.IGNORECASE,
)
"""A rule quoted in the sentence, from its opening quotation mark: the rule's words."""
_STEERED = re.compile(
    r"\b(?:him|her|them)\s+(?:in)?to\s+apply\w*\b|"
    # ("she said, a man of his gifts should apply to the Pontifical Ecclesiastical Academy",
    # corpus 122.)
    r"\b(?:should|must|ought\s+to)\s+apply\s+(?:to|for)\b|"
    # ("suggested she apply for her summer research elective back at the institute", corpus
    # 122.)
    r"\b(?:suggested|urged|proposed|insisted)\s+(?:that\s+)?(?:he|she|they)\s+(?:should\s+)?apply\b|"
    # ('"If you were in the exemptions service, dear brother, you would see everything we
    # need," Mr Karamoko had written', corpus 101.)
    r"\bif\s+you\s+(?:were|worked|moved|transferred)\s+(?:in|to|at|into)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){1,3}?(?:service|unit|department|section|office|branch|division|team)\b|"
    # ("a "preparation stipend" of USD 500 a month until I passed, "and, quietly, afterwards,
    # so that we stay friends once you are inside"", corpus 141.)
    r"\bonce\s+(?:you\s+are|you['’]re|he\s+is|she\s+is|they\s+are)\s+inside\b",
    re.IGNORECASE,
)
"""The recruiter steering the person into a post ("encouraged her to apply for a vacant post"):
a placement the recruiter's sentence tells of the person."""
_RECRUIT_ACTS = frozenset(
    {"sudden-exit", "bulk-collection", "insider-access", "unexplained-money", "placement"}
)
"""What only the recruit does: never shown by a sentence about the recruiter alone."""


_DATING_CLAUSE = re.compile(
    r"\b(?:after|before|since|following|until|upon|during|at\s+the\s+time\s+of)\s+$"
)
"""Before a possessive name ("after Lipovšek's arrest"): a clause that only dates an act."""


def _contact_only_sentences(reading: _DocReading, cases: set[str]) -> set[int]:
    """Sentences that name a recruiter (a contact or cover name) and no case."""
    named: dict[int, set[str]] = defaultdict(set)
    text = reading.document.text
    for mention in reading.mentions:
        # "he easily stole ... documents and provided them to Peter": a recruiter named only as
        # the one things went to is not who the sentence is about.
        if reading.people[mention.name].contact and _TO_SOMEONE.search(
            text, max(0, mention.start - 8), mention.start
        ):
            continue
        # "Prosecutors say she uploaded about 40 gigabytes to a cloud folder Galloway
        # provided": someone else, told by a pronoun before the recruiter is named, does the act.
        start = reading.document.sentences[mention.sentence].start
        pronoun = _PRONOUN_BEFORE.search(text, start, mention.start)
        if (
            reading.people[mention.name].contact
            and pronoun is not None
            # (In one clause: "she stopped replying, and Morel's accounts disappeared" tells
            # the recruiter's act.)
            and not _NEW_CLAUSE.search(text, pronoun.end(), mention.start)
        ):
            continue
        # "Veltrani ... left the country shortly after Lipovšek's arrest": the case named only
        # in a clause that dates the recruiter's act is not who the sentence is about.
        if (
            not reading.people[mention.name].contact
            and text[mention.end : mention.end + 2] in ("'s", "’s")
            and _DATING_CLAUSE.search(text, max(start, mention.start - 30), mention.start)
        ):
            continue
        named[mention.sentence].add(mention.name)
    found = {
        index
        for index, names in named.items()
        if any(reading.people[n].contact for n in names) and not names & cases
    }
    # "Investigators suspect Lee was acting for a foreign service. He left the country in
    # August": a sentence that names nobody and opens with a pronoun, right after one about
    # the recruiter in the same paragraph, is about the recruiter too.
    sentences = reading.document.sentences
    for index in range(1, len(sentences)):
        if (
            index - 1 in found
            and index not in named
            and sentences[index].paragraph == sentences[index - 1].paragraph
            and _OPENING_PRONOUN.match(reading.document.sentence_text(sentences[index]))
        ):
            found.add(index)
    return found


_RECRUITER_CAUGHT = re.compile(
    r"\s*(?:The|A)\s+(?:[\w-]+\s+)?(?:agent|recruiter|handler|contact|sponsor|visitor|stranger|"
    r"investor|consultant|collector|man|woman)\b[^.;]{0,40}?\b(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?(?:arrested|detained|caught)\b"
)
"""A sentence that tells the recruiter caught, not the case's person."""
# (And "I" in a first-person account: "By the end I was copying whole folders ... onto a small
# encrypted memory stick that Keller had given me", corpus 70.)
_PRONOUN_BEFORE = re.compile(r"\b(?:[Ss]he|[Hh]e|[Tt]hey|I)\s+(?!said\b|says\b|told\b)[a-z]")
"""A pronoun that is the subject of a clause, before a recruiter is named in the sentence."""
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\b|;")
_TO_SOMEONE = re.compile(r"\b(?:to|for|from|with|by)\s+$")
"""Before a name: the person is the object of the act, not its subject."""


_APPROACHES_OBJECT = re.compile(
    r"\b(?:asked|told|offered|gave|paid|invited|promised|pressed|urged|pushed|treat|treated|sent|"
    r"bought|threatened|warned)\s+(?P<object>her|him)\b"
)
"""What someone does to "her" or "him": asks, offers, gives, threatens."""
_SUBJECT_WITHIN = 30
"""How far into a sentence a name still opens it, as who does what it tells."""
_NAMED_WITHIN = 12
"""How many sentences back a case is still the one "her" or "him" can mean."""


def _done_to_another_case(
    doc: Document, reading: _DocReading, cases: set[str], owners: list[set[str]]
) -> None:
    """A sentence told of one case that tells what they did to "her" (or "him"), where another
    case of that gender was named just before, is that other case's: "From mid-May, the
    coordinator began to treat her with unusual favour ... In June he asked her for "a small
    favour"" (a committee's minutes of a complaint, corpus 141): the coordinator, a case of his
    own for the lists he copied, was her recruiter there; her signs, not his. Only where the
    sentence names the first case as the one who does it, and the sentences of its paragraph
    that go on with the same "he ... her"; never "She offered him", a recruiter's move on the
    case itself."""
    last_named: dict[str, int] = {}
    said_in: defaultdict[int, list[Mention]] = defaultdict(list)
    for mention in reading.mentions:
        said_in[mention.sentence].append(mention)
    named = {index: {m.name for m in said} for index, said in said_in.items()}
    chain: tuple[str, str, str] | None = None  # the owner, the doer's and the other's gender
    for index, names in enumerate(owners):
        for name in named.get(index, set()) & cases:
            last_named[name] = index
        sentence = doc.sentences[index]
        if chain is not None and any(
            name in cases or reading.people[name].gender
            for name in named.get(index, set()) - {chain[0]}
        ):
            chain = None  # someone else named: the "he" and "her" may be theirs
        if len(names) != 1:
            continue
        (owner,) = names
        text = doc.sentence_text(sentence)
        done = _APPROACHES_OBJECT.search(text)
        if done is None:
            continue
        gender = "f" if done.group("object") == "her" else "m"
        said_before = re.findall(r"\b(?:he|she|his|her|him)\b", text[: done.start()].lower())
        doer = ("m" if said_before[-1] in ("he", "him", "his") else "f") if said_before else ""
        # (The owner as the one who does it: named first, near the sentence's opening, not as
        # whose something is: "Over the following months "Marcelo" paid two months of Bastián's
        # rent, bought him ...", corpus 114.)
        by_owner = any(
            m.name == owner
            and m.start - sentence.start <= _SUBJECT_WITHIN
            and m.start < sentence.start + done.start()
            and not re.match(r"['’]s?\b", doc.text[m.end : m.end + 2])
            and not re.search(r"[\"“]", doc.text[sentence.start : m.start])
            for m in said_in.get(index, [])
        )
        if by_owner and not said_before:
            doer = "m" if gender == "f" else "f"
        elif chain != (owner, doer, gender):
            continue
        if doer == gender or reading.people[owner].gender == gender:
            continue
        others = [
            name
            for name in cases
            if name != owner
            and reading.people[name].gender == gender
            and index - last_named.get(name, -_NAMED_WITHIN - 1) <= _NAMED_WITHIN
        ]
        if len(others) == 1:
            owners[index] = {others[0]}
            chain = (owner, doer, gender)


def _pronouns_of_another(
    doc: Document,
    reading: _DocReading,
    cases: set[str],
    owners: list[set[str]],
    named_in: set[int],
) -> None:
    """A sentence that names no one, carried on past a heading to the case told just before it,
    whose every personal pronoun is of the other gender, is the document's only case of that
    gender: "To the laboratory: an undeclared activity earning more than her salary; evening
    copies from her workstation", after a male witness's story, is the technician's (read
    323)."""
    sections = section_headings(doc)
    named_under: dict[str, set[str]] = {}
    for mention in reading.mentions:
        heading = sections.get(doc.sentences[mention.sentence].paragraph)
        if heading is not None:
            named_under.setdefault(heading, set()).add(mention.name)
    by_gender: dict[str, list[str]] = {}
    for name in cases:
        gender = reading.people[name].gender
        if gender:
            by_gender.setdefault(gender, []).append(name)
    for index, names in enumerate(owners):
        if len(names) != 1 or index in named_in:
            continue
        (owner,) = names
        heading = sections.get(doc.sentences[index].paragraph)
        if heading is None or owner in named_under.get(heading, set()):
            # (Only where the case was carried past a heading under which it is never named:
            # within its own story, "he" and "she" are as often the recruiter.)
            continue
        said = {
            "m" if word in ("he", "him", "his", "himself") else "f"
            for word in _PERSONAL_PRONOUN.findall(doc.sentence_text(doc.sentences[index]).lower())
        }
        if len(said) != 1:
            continue
        (gender,) = said
        others = by_gender.get(gender, [])
        known = reading.people[owner].gender or (
            # ("M. H. T.", a witness known by initials after the French "M.", in a report that
            # calls women "Mme".)
            "m" if owner.startswith("M. ") and "Mme " in doc.text else ""
        )
        if known and known != gender and len(others) == 1:
            owners[index] = {others[0]}


_PERSONAL_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b")
_OPENING_PRONOUN = re.compile(r"\s*(?:He|She|They)\b")
_OTHER_GENDER = {"f": ("He",), "m": ("She",)}
"""The opening pronouns that cannot mean a case of a known gender ("m" or "f")."""


_FINDING_SUMS_UP = re.compile(
    r"\W*(?:the\s+)?(?:commission|court|tribunal|panel|board|committee|judge|inquiry|review)\s+"
    r"(?:also\s+)?(?:accepts|accepted|finds|found|notes|noted|considers|considered|is\s+satisfied)\s+"
    r"that\b",
    re.IGNORECASE,
)
"""A body's finding that sums up what the story told before it."""


def _ranked(found: _TagEvidence) -> tuple[TagHit, ...]:
    hits = []
    for tag_id in TAGS:
        if found.get(tag_id):
            # The passage that shows the tag most plainly first, then in reading order; a form's
            # field on a line of its own ("Purpose: Invited speaker, "Atlantic Margins Seabed
            # Data Forum", Lisbon") after the sentences that tell it (read 290: the field quoted
            # as the warning sign showed nothing suspicious).
            # (And a body's finding that sums the story up after the story itself: "The Commission
            # accepts that she ... was later threatened through her family" after the threat's
            # own words, read 394.)
            ranked = sorted(
                found[tag_id].items(),
                key=lambda pair: (
                    _FORM_FIELD.fullmatch(pair[0].quote) is not None,
                    _FINDING_SUMS_UP.match(pair[0].quote) is not None,
                    -pair[1],
                ),
            )
            hits.append(TagHit(tag_id, TAGS[tag_id].topic, tuple(e for e, _ in ranked)))
    return tuple(hits)


@attrs.frozen
class _CaseReading:
    """What one document says about one case."""

    key: str
    name: str
    surname_only: bool
    tags: _TagEvidence
    facts: tuple[Fact, ...]
    title: str = ""


@attrs.frozen
class _DocumentReading:
    summary: DocumentSummary
    cases: tuple[_CaseReading, ...]


_LIST_ITEM = re.compile(r"^[ \t]*[-•*–][ \t]+\S[^\n]*$", re.MULTILINE)
"""A line of a list set out with dashes or bullets."""
_SAID_TO_ALL = re.compile(
    r"\b(?:you|your|yours|yourself|us|our|we|anyone|anybody|someone|somebody|whoever|everyone|"
    r"everybody|nobody|no\s+one|strangers?)\b",
    re.IGNORECASE,
)
"""Words of advice to everyone: the reader ("you"), all of us, anyone."""
_TOLD_OF_ONE = re.compile(r"\b(?:i|me|my|he|him|his|she|her)\b", re.IGNORECASE)
"""Words of a story of one person, the teller's or another's ("First Lumen paid him $50 in
game-store gift cards", "I now review the access audit report")."""
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")


def _advice_lists(reading: _DocReading) -> set[int]:
    """The sentences of a list of advice to everyone, whoever's story it follows: the points a
    speaker made, as the writer noted them ("- Watch how the questions move: from what is
    published to what is inside the office", "- When they ask you to keep it secret ..., that
    is already the answer", corpus 132, quoted as the last case's own signs). A list whose
    lines name no one and most of which speak to "you", "us" or "anyone", not of "him", "her"
    or "me"; its lines that name someone ("- The Registrador said that because Martha Lucía
    came the same afternoon ...") stay theirs."""
    doc = reading.document
    named = sorted(m.start for m in reading.mentions)
    runs: list[list[re.Match[str]]] = []
    for line in _LIST_ITEM.finditer(doc.text):
        between = doc.text[runs[-1][-1].end() : line.start()] if runs else "x"
        if between.strip():
            runs.append([line])
        else:
            runs[-1].append(line)
    found: set[int] = set()
    for run in runs:
        unnamed = []
        for line in run:
            first = bisect.bisect_left(named, line.start())
            if first == len(named) or named[first] >= line.end():
                unnamed.append(line)
        to_all = []
        for line in unnamed:
            # (Its first sentence, without the words it quotes: "- Then "what's NS life like",
            # what time you book in" tells of someone, corpus 84.)
            said = _QUOTED.sub(" ", re.split(r"(?<=[.!?])\s", line.group(0), maxsplit=1)[0])
            # ("about his or her workplace": anyone's, corpus 121.)
            said = re.sub(r"\b(?:his|he|him)\s+or\s+(?:hers?|she)\b", " anyone ", said)
            if _SAID_TO_ALL.search(said) and not _TOLD_OF_ONE.search(said):
                to_all.append(line)
        if len(unnamed) < 2 or 2 * len(to_all) < len(unnamed):
            continue
        for line in unnamed:
            found.update(
                index
                for index, sentence in enumerate(doc.sentences)
                if line.start() <= sentence.start < line.end()
            )
    # A talk's points run on in one sentence: "Points covered: unknown people on Facebook or
    # WhatsApp ...; friendship or love that turns into requests for photos; money for photos,
    # lists or drawings; ...; threats", in the register's entry that goes on to name the case
    # held up as a good example (corpus 154).
    found.update(
        index
        for index, sentence in enumerate(doc.sentences)
        if _TALK_POINTS.match(doc.sentence_text(sentence))
        and not any(m.sentence == index for m in reading.mentions)
    )
    return found


_TALK_POINTS = re.compile(
    r"\W*(?:[A-Z][\w-]*\s*:\s*)?(?:(?:main|key)\s+)?(?:points?|topics?|subjects?|themes?|warning\s+signs)"
    r"\s+(?:covered|discussed|raised|included|presented|explained)\s*:",
    re.IGNORECASE,
)
"""A briefing's or a talk's points, listed after a colon: advice to everyone."""


def _advice_said(text: str) -> bool:
    """Whether a sentence reads as advice to everyone (an ``advice`` rule of
    ``quiz/data/actors.toml``): only then can it show the document's channels though a case's."""
    lower = text.lower()
    return any(rule.advice and rule.pattern.search(lower) for rule in wrong_actors())


_POST_SAID = re.compile(r"[Tt]he\s+[a-z]")
"""A mention that is a post said with "the" ("the security adviser"), not a written name."""


def _covers_told_apart(reading: _DocReading, owners: list[set[str]]) -> dict[str, list[int]]:
    """Per case, the sentences of the document's own part that name a contact who appears in
    that case's story and no other's: where the cover a stranger gave is told apart from the
    story ("He let flat 4.º Dto. ... to a Mr Adrian Voss, who said he was an agronomist", in the
    landlord's letter read out before the neighbour tells how Mr Voss befriended her, corpus
    127). The cover is that case's sign, though the sentence is no part of her story."""
    cases_of: defaultdict[str, set[str]] = defaultdict(set)
    apart: defaultdict[str, list[int]] = defaultdict(list)
    for mention in reading.mentions:
        if not reading.people[mention.name].contact:
            continue
        if owners[mention.sentence]:
            cases_of[mention.name] |= owners[mention.sentence]
        elif mention.sentence not in apart[mention.name]:
            apart[mention.name].append(mention.sentence)
    covers: defaultdict[str, list[int]] = defaultdict(list)
    for contact, cases in cases_of.items():
        if len(cases) == 1:
            covers[next(iter(cases))].extend(apart.get(contact, ()))
    return covers


def read_document(doc: Document) -> _DocumentReading:
    """Everything extraction takes from one document; documents are read independently (and
    in parallel, for a large collection), then merged by :func:`extract`."""
    reading = _read_people(doc)
    cases = {name for name, person in reading.people.items() if _is_case(person)}
    owners = _owners(reading, cases)
    _scenario_owners(reading, cases, owners)
    _headed_owners(reading, cases, owners)
    for index in _advice_lists(reading):
        owners[index] = set()
    addressee = _addressee(reading, cases)
    points = _reporting_points(doc.text)
    cues = _Cues(
        addressed=addressee is not None,
        security_writer=_SECURITY_WRITER.search(doc.text) is not None
        or _writer_is_point(doc.text, points),
        points=_told_points(points),
        uninflected=_told_uninflected(doc),
        security=[
            (_title_before(doc.text, m.start), m.end)
            for m in reading.mentions
            if reading.people[m.name].security_post
            # (Not where the list gives the post: "Mr. Ezekiel Lanki (Port Facility Security
            # Officer)" is no report to him.)
            and _SECURITY_POST_AFTER.match(doc.text, m.end) is None
            # (Only someone going or told to them: "The CSO, Mr Gideon Ellick, instructs that
            # the Cadet is to be given welfare support" is the post acting, corpus 75.)
            and _TO_THE_HOLDER.search(
                doc.text, max(0, m.start - 40), _title_before(doc.text, m.start)
            )
            is not None
        ],
        names=[
            (m.start, m.end)
            for m in reading.mentions
            if not reading.people[m.name].described
            and reading.people[m.name].person_hits
            # (A name, not a post said for a person: "forwarded the e-mail to the security
            # adviser" still tells the channel, though the adviser is Kari Anne Haugli, corpus
            # 117.)
            and _POST_SAID.match(doc.text, m.start, m.end) is None
        ],
    )
    # Sentences whose only person is the recruiter ("Andreas emptied his flat and left the
    # country"): what the recruit does (leaving, copying, spending) is not shown there.
    contact_only = _contact_only_sentences(reading, cases)
    # "Mrs Hangula ... Her landlord, a foreign businessman, was unusually generous ... He has
    # since left the country": a sentence that names no one and opens on a pronoun that cannot
    # mean the only case it is told of is about someone else, here the recruiter (read 194).
    named_in = {m.sentence for m in reading.mentions}
    for index, names in enumerate(owners):
        if len(names) != 1 or index in named_in:
            continue
        gender = reading.people[next(iter(names))].gender
        opening = _OPENING_PRONOUN.match(doc.sentence_text(doc.sentences[index]))
        if gender and opening is not None and opening.group(0).strip() in _OTHER_GENDER[gender]:
            contact_only.add(index)
    _pronouns_of_another(doc, reading, cases, owners, named_in)
    _done_to_another_case(doc, reading, cases, owners)
    transcript = len(_speaker_labels(doc.text)) >= _LINES_FOR_A_TRANSCRIPT
    doc_level: list[_CaseSentence] = []
    by_case: dict[str, list[_CaseSentence]] = {}
    lead: list[_CaseSentence] = []
    """The story's sentences before it names anyone it is about: a lead may describe the
    person first ("An air-traffic controller ... has been thanked")."""
    for index, (sentence, owner_names) in enumerate(zip(doc.sentences, owners, strict=True)):
        # (Quoted from past a transcript's speaker label: "VALENTINA PETROVNA [ru]: In August
        # they sent him ..." read as a label pasted into the quote, read 447.)
        label = _speaker_label(doc.text, sentence.start) if transcript else None
        start = label.end() if label is not None and label.end() < sentence.end else sentence.start
        item = _CaseSentence(doc, start, sentence.end, index in contact_only)
        if not owner_names:
            doc_level.append(item)
            if not by_case:
                lead.append(item)
        elif _advice_said(item.text) and cues(item, True).keys() - cues(item).keys():
            # The document's advice to everyone, where a case's story runs into it ("In such
            # cases one should ... report the same day to the head of the First Department",
            # after the second case of a meeting's record): still the document's channels,
            # though no case's (read 356: an agenda item quoted for the channel instead).
            doc_level.append(item)
        for name in sorted(owner_names):
            by_case.setdefault(name, []).append(item)
    readings = []
    # The lead describes the story's first person: the case named right after it. What a lead
    # that describes a person tells ("A sergeant suspected of ... crossed illegally into
    # Paraguay") is that case's too.
    first_named = next(iter(by_case), None)
    # (A lead that describes two of the story's cases, "A ground-station operator who ... has
    # left the region, while a hospital pharmacist who reported ...", is neither's alone.)
    others = {
        name.split()[-1].lower()
        for name in by_case
        if name != first_named and reading.people[name].described
    }
    describing = [
        item
        for item in lead[:4]
        if (_INTRO_ROLE.search(item.text, 0, 200) or _ROLE_AT_ORG.search(item.text, 0, 300))
        and not _describes_another(item.text, others)
    ][:1]
    harmless = _harmless_sentences(doc)
    # (Nor the questions a handout puts to its class, corpus 106.)
    ordinary = _ordinary_sections(doc) | _question_sections(doc)
    relatives = _writers_relatives(reading)
    covers = _covers_told_apart(reading, owners)
    for name, sentences in by_case.items():
        person = reading.people[name]
        key = f"{doc.name}#{name}" if person.surname_only else _norm(name)
        evidence = _tag_evidence(
            [*describing, *sentences] if name == first_named else sentences,
            cues,
            harmless,
            ordinary,
        )
        if "false-persona" not in evidence:
            for index in covers.get(name, ()):
                item = _CaseSentence(doc, doc.sentences[index].start, doc.sentences[index].end)
                told = _tag_evidence([item], cues, harmless, ordinary).get("false-persona")
                if told:
                    evidence["false-persona"] = told
                    break
        readings.append(
            _CaseReading(
                key,
                name,
                person.surname_only,
                evidence,
                tuple(
                    _facts(
                        # (Nor a section of ordinary matters: "The member survey ... is ours, run
                        # with the University of Cyprus" put a medical centre's technician at a
                        # university, corpus 123.)
                        [s for s in sentences if s.start not in ordinary],
                        name,
                        cues,
                        lead if name == first_named else (),
                        writers_relative=name in relatives,
                        gender=person.gender,
                        addressed=name == addressee,
                        aliases=sorted(
                            {doc.text[m.start : m.end] for m in reading.mentions if m.name == name}
                            - {name}
                        ),
                    )
                ),
                person.title,
            )
        )
    readings = _heading_workplace(doc, _colleagues_workplace(readings))
    # (Nor, for the document, a section of ordinary matters: "Requests from partner agencies ...
    # are handled by the Compliance and Security Officer alone" is no reporting channel, read
    # 313.)
    summary = DocumentSummary(
        doc.name,
        doc.sha256,
        # (The document's own advice to everyone shows its channels: "must be reported the same
        # day to the Proviseur or the lycée's security focal point", read 321.)
        _ranked(_tag_evidence(doc_level, cues, harmless, ordinary, general=True)),
    )
    return _DocumentReading(summary, tuple(readings))


_COLLEAGUE_ROLE = re.compile(r"^(?:second|another|fellow|other)\b", re.IGNORECASE)
_HEADING_LINES = 6
"""How many sentences open a document where its letterhead or caption stands."""


def _letterhead(line: str) -> bool:
    """Whether a heading line is a company's letterhead, its name with its legal form ("BAYU
    TELEKOM SDN BHD"): a company writing about its own staff. Not a news headline ("3 spy
    cases released as China celebrates its 4th Police Day"), nor the police, a parliament, a
    union or a museum heading what it writes about others ("FEDERAL POLICE", "NATIONAL
    ASSEMBLY OF ...", corpora 67, 73 and 86)."""
    return (
        _WITH_LEGAL_FORM.search(line) is not None
        or (line.isupper() and _WITH_LEGAL_FORM.search(line.title()) is not None)
        # (The name in capitals, the legal form not: "GJIRI PROPERTIES sh.p.k.", corpus 148.)
        # (Its short legal form kept as written: "VESTKYST VEDLIKEHOLD AS", corpus 152.)
        or _WITH_LEGAL_FORM.search(re.sub(r"\b[A-Z]{4,}\b", lambda m: m.group(0).title(), line))
        is not None
    )


_ITS_CUSTOMERS = re.compile(
    r"\b(?:customer|client)\s+since\b|\baccount\s+holder\b|"
    # ("EMBASSY OF THE REPUBLIC OF HAITI IN HAVANA / Consular Section ... Walk-in declaration by
    # a national", corpus 107: the embassy is where he reported, not where he works.)
    r"\bconsular\s+(?:section|affairs|department|officer)\b|\bwalk-in\b",
    re.I,
)
"""A document about the people the organisation serves: its customers, or a consulate's
nationals."""


_OF_THIS_ORGANISATION = re.compile(
    r"\b(?:of|in|with|for)\s+(?:this|our)\s+(?:Force|Service|Ministry|Department|Agency|Company|"
    r"Authority|Corporation|Bank|Directorate)\b"
    # (Or a project's own workers: "His employment with the project has ended ... he would still
    # be working with us", an excavation's report, corpus 137.)
    r"|\b(?:employment|employed|working|work)\s+(?:with|for|on)\s+(?:the|this|our)\s+"
    r"(?:project|mission|expedition|excavation)\b"
)
"""The writer's organisation said as such, with its capital ("the Maritime Wing of this Force")."""


_AUTHORITIES = frozenset(
    {
        "government",
        "local government",
        "village office",
        "parliament",
        "courts",
        "police",
        "prison",
        "elections",
        "diplomacy",
        "armed forces",
        "party and propaganda",
    }
)
"""Sectors that are public authorities: the line under a company's letterhead that names one
says who owns the company or where a meeting is held, not its trade."""


_INSTITUTION_HEADS = (
    ("health", re.compile(r"\b(?:HOSPITAL|MEDICAL\s+CENT(?:ER|RE)|INFIRMARY)\b")),
    (
        "research",
        re.compile(
            r"\b(?:OBSERVATOR(?:Y|IES)|GENE\s?BANK|RESEARCH\s+(?:INSTITUTE|CENT(?:ER|RE))|"
            r"LABORATOR(?:Y|IES))\b"
        ),
    ),
    # ("BOSASO PORT TERMINAL — PORT FACILITY SECURITY OFFICER / MONTHLY SECURITY REPORT", over a
    # berth allocation officer's and a quarantine yard attendant's cases, corpus 154.)
    ("port", re.compile(r"\b(?:PORT|CONTAINER|HARBOU?R)\s+(?:TERMINAL|AUTHORITY)\b")),
    # ("SHELA BAY HOTEL LTD / Staff Welfare Officer's Quarterly Report", over a restaurant
    # cashier's case, corpus 155, read 489: "an organisation that handles sensitive work".)
    ("hotel", re.compile(r"\b(?:HOTEL|RESORT|LODGE)\b")),
    # ("ILHAS AIR — CREW ROOM BULLETIN No. 31", over a cabin attendant's and a cargo sales agent's
    # cases, corpus 162, read 504: "for an organisation that handles sensitive work".)
    (
        "airline",
        re.compile(
            r"\b(?:AIRLINES?|AIRWAYS|AIR(?!\s+(?:FORCE|BASE|STATION|TRAFFIC|NAVIGATION|QUALITY)))\b"
        ),
    ),
)
"""An institution's name in capitals over its own record, by what it is: a hospital, a research
house."""
_NOT_ITS_STAFF = re.compile(r"\b(?:ASSOCIATION|ALUMNI|OLD\s+STUDENTS|SOCIETY|CLUB|UNION)\b")
"""A heading of people gathered around an institution, not of its staff."""


def _heading_workplace(doc: Document, readings: list[_CaseReading]) -> list[_CaseReading]:
    """Where a document is a company's own, its letterhead says so ("BAYU TELEKOM SDN BHD /
    Integrity and Security Unit", corpus 93): the sector of the cases whose sentences name
    none, its own staff."""
    if _ITS_CUSTOMERS.search(doc.text):
        # A bank's report on its customers ("Subject 1: KAUPA, Joseph Wari ... Customer since
        # 2015"; "Employer: Morobe Fresh Catering Ltd, corporate customer since 2009", read
        # 297): the letterhead is where they bank, not where they work.
        return readings
    # ("TUVALU POLICE FORCE" over "He is a coxswain in the Maritime Wing of this Force", corpus
    # 107: the writer's own staff, whatever the letterhead.)
    own_staff = _OF_THIS_ORGANISATION.search(doc.text) is not None
    lines = [doc.sentence_text(s) for s in doc.sentences[:_HEADING_LINES]]
    heading = next(
        (
            (sector, told)
            for n in range(len(lines))
            # (A letterhead may end on its legal form's full stop: "... CO., LTD.", corpus 94.)
            if len(lines[n]) < 80 and (_letterhead(lines[n]) or own_staff)
            # (Or the line under it that says what the company does: "CARMEL BAY TERMINALS LTD.
            # — KISHON SITE, HAIFA / Fuels and chemicals storage and road-tanker loading",
            # corpus 149.)
            for told in (n, n + 1)
            if told < len(lines) and len(lines[told]) < 80
            for sector, pattern in _SECTORS
            if sector != "intelligence"
            # (Not who owns it or where it meets: "A Federal Government-owned company, Kaduna"
            # under an engineering works, corpus 96; "General meeting ..., Lorengau Town Hall",
            # corpus 112.)
            and (told == n or sector not in _AUTHORITIES)
            and pattern.search(_lower(doc.sentence_text(doc.sentences[told])))
        ),
        None,
    )
    # (Its capitals may run before where it is: "KENYA COASTAL OCEAN RESEARCH INSTITUTE (KCORI),
    # Mombasa Centre", corpus 152.)
    capitals = re.split(r"\S*[a-z]", lines[0], maxsplit=1)[0] if lines else ""
    if heading is None and len(capitals.split()) >= 2 and len(capitals) < 80:
        # An institution's own name over its record, in capitals: "DILMUN SPECIALIST HOSPITAL
        # W.L.L.", "TATRA HIGH-ALTITUDE OBSERVATORIES", "NATIONAL CENTRE FOR PLANT GENETIC
        # RESOURCES (GENEBANK)" (corpus 150, read 475: "for an organisation that handles
        # sensitive work" in 46 stems); a hospital's and a research house's staff are who its
        # records tell of (never a school's, whose records tell of students and old students).
        heading = next(
            (
                (sector, 0)
                for sector, pattern in _INSTITUTION_HEADS
                if pattern.search(capitals) and not _NOT_ITS_STAFF.search(capitals)
            ),
            None,
        )
    if heading is None:
        return readings
    sector, n = heading
    said = doc.sentences[n]
    evidence = Evidence(doc.name, said.start, said.end, doc.sentence_text(said))
    return [
        reading
        if facts_of_kind(reading.facts, "sector")
        else attrs.evolve(reading, facts=(*reading.facts, Fact("sector", sector, evidence)))
        for reading in readings
    ]


"""A job that says the person does the same work as someone already in the story ("a second
scanner analyst", "another clerk", "a fellow engineer")."""


_SCENARIO_OF = re.compile(
    r"\b(?P<kind>Scenario|Case\s+study|Story|Exercise|Vignette)\s+(?P<label>[A-Z0-9]{1,3})\s+"
    r"(?:happened\s+to|is\s+(?:the\s+(?:story|case)\s+of|based\s+on)|was\s+(?:based\s+on|drawn\s+from))\s"
)
"""A training scenario said to be someone's real story: "Scenario A happened to Saidin"."""


def _scenario_owners(reading: _DocReading, cases: set[str], owners: list[set[str]]) -> None:
    """An exercise script tells each scenario in the second person under its own heading
    ("SCENARIO A: THE FORUM ... Inject A1. You are a weather observer ...") and says only in
    its notes whose story it was ("Scenario A happened to Saidin, an observer at the West Island
    station", corpus 81): the scenario's sentences are that person's."""
    doc = reading.document
    headings: list[int] | None = None
    for said in _SCENARIO_OF.finditer(doc.text):
        whose = next(
            (
                m.name
                for m in reading.mentions
                if m.name in cases
                and m.start >= said.end()
                and doc.sentences[m.sentence].start <= said.start() < doc.sentences[m.sentence].end
            ),
            None,
        )
        if whose is None:
            continue
        if headings is None:
            # (Found only in a document that says whose a scenario was: most never do.)
            headings = [n for n in range(len(doc.sentences)) if is_headline(doc, n)]
        title = f"{said.group('kind')} {said.group('label')}".lower()
        start = next(
            (
                n
                for n in headings
                if re.match(
                    rf"\W*{re.escape(title)}\b", doc.sentence_text(doc.sentences[n]).lower()
                )
            ),
            None,
        )
        if start is None:
            continue
        end = next((n for n in headings if n > start), len(doc.sentences))
        for n in range(start, end):
            owners[n] = {whose}


_CASE_HEADING = re.compile(r"\b(?:case|matter|incident|file)\b", re.IGNORECASE)
"""A heading of a case's own section: "Case (1): NAKAGAWA", "2. Open case SEG-2025-003 — João
Batista dos Santos Filho (production reporting technician)"."""


def _headed_owners(reading: _DocReading, cases: set[str], owners: list[set[str]]) -> None:
    """A record that gives each case a section of its own, headed by the case's name ("3-1.
    Case (1): NAKAGAWA", then a chronology of dated lines that never name him: "2024-09-02:
    Message received on a professional networking site from "Emily Tan ..."", corpus 154):
    the section's sentences that name no case are that case's, up to the next heading."""
    doc = reading.document
    named: defaultdict[int, set[str]] = defaultdict(set)
    for mention in reading.mentions:
        named[mention.sentence].add(mention.name)
    headings = [n for n in sorted(named) if is_headline(doc, n)]
    if not headings:
        return
    every = [n for n in range(len(doc.sentences)) if is_headline(doc, n)]
    for n in headings:
        whose = named[n]
        if (
            len(whose) != 1
            or not whose <= cases
            or _CASE_HEADING.search(doc.sentence_text(doc.sentences[n])) is None
        ):
            continue
        (name,) = whose
        gender = reading.people[name].gender
        own = {"m": _HIS, "f": _HERS}.get(gender)
        end = next((m for m in every if m > n), len(doc.sentences))
        for m in range(n + 1, end):
            if not owners[m]:
                owners[m] = set(whose)
            elif (
                own is not None
                and not named[m]
                and owners[m] != whose
                and own.search(doc.sentence_text(doc.sentences[m]))
                and not (_HERS if gender == "m" else _HIS).search(
                    doc.sentence_text(doc.sentences[m])
                )
                and all(
                    reading.people[o].gender != gender for o in owners[m] if o in reading.people
                )
            ):
                # (A pronoun of the case's own, in a sentence that names no one, under the
                # case's heading: "His work mailbox shows that in August he was contacted", after
                # an audit's finder was named, "Ing. Ferreyra Bustos found that ... his account had
                # copied", corpus 155; the case is "Sr. Llancaqueo".)
                owners[m] = set(whose)


_HIS = re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)
_HERS = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


def _colleagues_workplace(readings: list[_CaseReading]) -> list[_CaseReading]:
    """A colleague's sector is that of the case the story told first with one: "a second
    scanner analyst" works where the customs officer does, though her sentences never say so."""
    first = next(
        (r for r in readings if facts_of_kind(r.facts, "sector")),
        None,
    )
    if first is None:
        return readings
    kept = []
    for reading in readings:
        roles = facts_of_kind(reading.facts, "role")
        if (
            reading is not first
            and not facts_of_kind(reading.facts, "sector")
            and any(_COLLEAGUE_ROLE.match(f.value) for f in roles)
        ):
            reading = attrs.evolve(
                reading, facts=(*reading.facts, *facts_of_kind(first.facts, "sector"))
            )
        kept.append(reading)
    return kept


PARALLEL_FROM = 32
"""Read documents in parallel processes from this many documents on."""


def _read_all(documents: Sequence[Document], workers: int | None) -> list[_DocumentReading]:
    if workers is None:
        workers = os.cpu_count() or 1 if len(documents) >= PARALLEL_FROM else 1
    if workers <= 1:
        return [read_document(doc) for doc in documents]
    compile_cues()
    chunk = max(1, len(documents) // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(read_document, documents, chunksize=chunk))


def extract(documents: Sequence[Document], workers: int | None = None) -> Extraction:
    """Read documents into cases (merged across documents by name) and document-level tags.

    ``workers``: processes to read documents with (default: one per core for a large
    collection, else none); the result is the same whatever the number.
    """
    merged: dict[str, list[_CaseReading]] = {}
    sources: dict[str, list[str]] = defaultdict(list)
    summaries = []
    for doc, reading in zip(documents, _read_all(documents, workers), strict=True):
        summaries.append(reading.summary)
        for case in reading.cases:
            merged.setdefault(case.key, []).append(case)
            sources[case.key].append(doc.name)
    built: list[Case] = []
    used_ids: set[str] = set()
    for key, parts in merged.items():
        name, surname_only = parts[0].name, parts[0].surname_only
        title = next((part.title for part in parts if part.title), "")
        case_id = slug(name)
        if case_id in used_ids:
            case_id = f"{case_id}-{len(used_ids)}"
        used_ids.add(case_id)
        tags: _TagEvidence = defaultdict(dict)
        facts: list[Fact] = []
        seen: set[tuple[str, str, str]] = set()
        for part in parts:
            for tag_id, evidence in part.tags.items():
                for passage, strength in evidence.items():
                    tags[tag_id].setdefault(passage, strength)
            for fact in part.facts:
                if (fact.kind, fact.value, fact.event or "") not in seen:
                    seen.add((fact.kind, fact.value, fact.event or ""))
                    facts.append(fact)
        built.append(
            Case(
                id=case_id,
                name=name,
                sources=tuple(sources[key]),
                tags=_ranked(tags),
                facts=tuple(facts),
                surname_only=surname_only,
                title=title,
            )
        )
    return Extraction(documents=tuple(summaries), cases=tuple(built))
