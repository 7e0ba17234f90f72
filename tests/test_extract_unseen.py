"""Extraction on documents it was not written against: news reports of cases from other
countries and professions (tests/corpus, labelled by hand in expected.toml).

The cue patterns must generalise, so the bar is a rate, not every tag: names and outcomes
exactly, tags with high recall and precision over the whole corpus.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from quiz.documents import YEARS_OLD, Document
from quiz.extract import extract
from quiz.models import Case, Extraction

from .conftest import CORPUS

CORPORA = (CORPUS, CORPUS.parent / "corpus2")
"""Two corpora written by different hands: the second was written after the first had been
used to develop the cue patterns, and then used to widen them."""
LABELS = [
    {**label, "folder": folder}
    for folder in CORPORA
    for label in tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))["documents"]
]
WORDS = {
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
}


@pytest.fixture(scope="module")
def readings() -> dict[str, Extraction]:
    return {
        label["file"]: extract([Document.read(label["folder"] / label["file"], label["file"])])
        for label in LABELS
    }


def _case(extraction: Extraction, name: str) -> Case:
    found = [c for c in extraction.cases if c.name == name]
    assert found, f"{name} not found; cases: {[c.name for c in extraction.cases]}"
    return found[0]


@pytest.mark.parametrize("label", LABELS, ids=lambda label: label["file"])
def test_cases_are_the_people_the_story_is_about(readings: dict, label: dict) -> None:
    names = {c.name for c in readings[label["file"]].cases}
    assert names == {c["name"] for c in label["cases"]}
    assert not names & set(label["not_cases"])


def test_tags_recall_and_precision_over_the_corpus(readings: dict) -> None:
    hits = misses = wrong = 0
    for label in LABELS:
        for expected in label["cases"]:
            found = _case(readings[label["file"]], expected["name"]).tag_ids
            want = set(expected["tags"])
            hits += len(want & found)
            misses += len(want - found)
            wrong += len(found - want)
    recall = hits / (hits + misses)
    precision = hits / (hits + wrong)
    assert recall >= 0.8, f"recall {recall:.2f}"
    assert precision >= 0.8, f"precision {precision:.2f}"


def _years(text: str) -> float:
    text = text.lower()
    match = re.search(r"(\d+|\w+) years?(?: and (\d+|\w+) months?)?", text)
    assert match, text
    years = float(
        WORDS.get(match.group(1), match.group(1))
        if not match.group(1).isdigit()
        else match.group(1)
    )
    if match.group(2):
        months = match.group(2)
        years += float(WORDS.get(months, months) if not months.isdigit() else months) / 12
    return years


@pytest.mark.parametrize(
    "label, expected",
    [(label, case) for label in LABELS for case in label["cases"]],
    ids=lambda value: value.get("name", value.get("file", "")),
)
def test_years_amounts_sentence_and_role(readings: dict, label: dict, expected: dict) -> None:
    case = _case(readings[label["file"]], expected["name"])
    years = {int(f.number) for f in case.facts_of("date") if f.number}
    assert set(expected["years"]) <= years
    amounts = {(f.number, f.unit) for f in case.facts_of("money")}
    for amount in expected["amounts"]:
        assert (amount["value"], amount["currency"]) in amounts, amount
    sentenced = [f for f in case.facts_of("outcome") if f.event == "sentenced"]
    if expected["sentence"]:
        assert sentenced, "no sentence found"
        assert round(_years(sentenced[0].value), 2) == round(_years(expected["sentence"]), 2)
    else:
        assert not sentenced
    roles = " ".join(f.value for f in case.facts_of("role"))
    assert any(word in roles for word in expected["role_words"]), roles


HELD_OUT = (
    CORPUS.parent / "corpus3",
    CORPUS.parent / "corpus4",
    CORPUS.parent / "corpus5",
    CORPUS.parent / "corpus6",
    CORPUS.parent / "corpus7",
    CORPUS.parent / "corpus8",
    CORPUS.parent / "corpus9",
    CORPUS.parent / "corpus10",
    CORPUS.parent / "corpus11",
    CORPUS.parent / "corpus12",
    CORPUS.parent / "corpus13",
    CORPUS.parent / "corpus14",
    CORPUS.parent / "corpus15",
    CORPUS.parent / "corpus17",
    CORPUS.parent / "corpus18",
    CORPUS.parent / "corpus19",
    CORPUS.parent / "corpus20",
    CORPUS.parent / "corpus21",
    CORPUS.parent / "corpus22",
    CORPUS.parent / "corpus23",
    CORPUS.parent / "corpus24",
    CORPUS.parent / "corpus25",
    CORPUS.parent / "corpus26",
    CORPUS.parent / "corpus27",
    CORPUS.parent / "corpus28",
    CORPUS.parent / "corpus29",
    CORPUS.parent / "corpus30",
    CORPUS.parent / "corpus31",
    CORPUS.parent / "corpus32",
    CORPUS.parent / "corpus33",
    CORPUS.parent / "corpus34",
    CORPUS.parent / "corpus35",
    CORPUS.parent / "corpus36",
    CORPUS.parent / "corpus37",
    CORPUS.parent / "corpus38",
    CORPUS.parent / "corpus39",
    CORPUS.parent / "corpus40",
    CORPUS.parent / "corpus41",
    CORPUS.parent / "corpus42",
    CORPUS.parent / "corpus43",
    CORPUS.parent / "corpus44",
    CORPUS.parent / "corpus45",
    CORPUS.parent / "corpus46",
    CORPUS.parent / "corpus47",
    CORPUS.parent / "corpus48",
    CORPUS.parent / "corpus49",
    CORPUS.parent / "corpus50",
    CORPUS.parent / "corpus51",
    CORPUS.parent / "corpus52",
    CORPUS.parent / "corpus53",
    CORPUS.parent / "corpus54",
    CORPUS.parent / "corpus55",
    CORPUS.parent / "corpus56",
    CORPUS.parent / "corpus57",
    CORPUS.parent / "corpus58",
    CORPUS.parent / "corpus59",
    CORPUS.parent / "corpus60",
    CORPUS.parent / "corpus61",
    CORPUS.parent / "corpus62",
    CORPUS.parent / "corpus63",
    CORPUS.parent / "corpus64",
    CORPUS.parent / "corpus65",
    CORPUS.parent / "corpus66",
    CORPUS.parent / "corpus67",
    CORPUS.parent / "corpus68",
    CORPUS.parent / "corpus69",
    CORPUS.parent / "corpus70",
    CORPUS.parent / "corpus71",
    CORPUS.parent / "corpus72",
    CORPUS.parent / "corpus73",
    CORPUS.parent / "corpus74",
    CORPUS.parent / "corpus75",
    CORPUS.parent / "corpus76",
    CORPUS.parent / "corpus77",
    CORPUS.parent / "corpus78",
    CORPUS.parent / "corpus79",
    CORPUS.parent / "corpus81",
    CORPUS.parent / "corpus85",
    CORPUS.parent / "corpus86",
    CORPUS.parent / "corpus87",
    CORPUS.parent / "corpus88",
    CORPUS.parent / "corpus89",
    CORPUS.parent / "corpus90",
    CORPUS.parent / "corpus91",
    CORPUS.parent / "corpus92",
    CORPUS.parent / "corpus93",
    CORPUS.parent / "corpus94",
    CORPUS.parent / "corpus95",
    CORPUS.parent / "corpus96",
    CORPUS.parent / "corpus97",
    CORPUS.parent / "corpus98",
    CORPUS.parent / "corpus99",
    CORPUS.parent / "corpus100",
    CORPUS.parent / "corpus101",
    CORPUS.parent / "corpus102",
    CORPUS.parent / "corpus103",
    CORPUS.parent / "corpus104",
    CORPUS.parent / "corpus105",
    CORPUS.parent / "corpus106",
    CORPUS.parent / "corpus107",
    CORPUS.parent / "corpus108",
    CORPUS.parent / "corpus109",
    CORPUS.parent / "corpus110",
    CORPUS.parent / "corpus111",
    CORPUS.parent / "corpus112",
    CORPUS.parent / "corpus113",
    CORPUS.parent / "corpus114",
    CORPUS.parent / "corpus115",
    CORPUS.parent / "corpus116",
    CORPUS.parent / "corpus117",
    CORPUS.parent / "corpus118",
    CORPUS.parent / "corpus119",
    CORPUS.parent / "corpus120",
    CORPUS.parent / "corpus121",
    CORPUS.parent / "corpus122",
    CORPUS.parent / "corpus123",
    CORPUS.parent / "corpus124",
    CORPUS.parent / "corpus125",
    CORPUS.parent / "corpus126",
    CORPUS.parent / "corpus127",
    CORPUS.parent / "corpus128",
    CORPUS.parent / "corpus129",
    CORPUS.parent / "corpus130",
    CORPUS.parent / "corpus131",
    CORPUS.parent / "corpus132",
    CORPUS.parent / "corpus133",
    CORPUS.parent / "corpus134",
    CORPUS.parent / "corpus135",
    CORPUS.parent / "corpus136",
    CORPUS.parent / "corpus137",
    CORPUS.parent / "corpus138",
    CORPUS.parent / "corpus139",
    CORPUS.parent / "corpus140",
    CORPUS.parent / "corpus141",
    CORPUS.parent / "corpus142",
    CORPUS.parent / "corpus143",
    CORPUS.parent / "corpus144",
    CORPUS.parent / "corpus145",
    CORPUS.parent / "corpus146",
    CORPUS.parent / "corpus147",
    CORPUS.parent / "corpus148",
    CORPUS.parent / "corpus149",
    CORPUS.parent / "corpus150",
    CORPUS.parent / "corpus151",
    CORPUS.parent / "corpus152",
    CORPUS.parent / "corpus153",
    CORPUS.parent / "corpus154",
    CORPUS.parent / "corpus155",
    CORPUS.parent / "corpus156",
    CORPUS.parent / "corpus157",
    CORPUS.parent / "corpus158",
    CORPUS.parent / "corpus159",
    CORPUS.parent / "corpus160",
    CORPUS.parent / "corpus161",
    CORPUS.parent / "corpus162",
    CORPUS.parent / "corpus163",
    CORPUS.parent / "corpus164",
    CORPUS.parent / "corpus165",
    CORPUS.parent / "corpus166",
    CORPUS.parent / "corpus167",
    CORPUS.parent / "corpus168",
    CORPUS.parent / "corpus169",
    CORPUS.parent / "corpus170",
    CORPUS.parent / "corpus171",
    CORPUS.parent / "corpus172",
    CORPUS.parent / "corpus174",
    CORPUS.parent / "corpus175",
    CORPUS.parent / "corpus177",
    CORPUS.parent / "corpus178",
    CORPUS.parent / "corpus179",
)
"""Written by other hands after the cue work, each read once on arrival: what a new report
can expect. On arrival, corpus3: 4 of 6 cases found, tag recall 0.44 at precision 0.88;
corpus4: 4 of 8, recall 0.25 at precision 0.88; corpus5: 3 of 7, recall 0.27 at precision
0.95; corpus6 (names with middle names, initials, titles, people never named, a recruiter as
the subject): 7 of 10, recall 0.37 at precision 0.71, and one report gave no case; corpus7
(six countries, a rank, a four-part name, a middle name, someone only described, one who
reported early and was never charged): 3 of 6, recall 0.34 at precision 0.85, and two reports
gave no case; corpus8 (six styles, a name with a particle, a judge, a handler charged in
absentia): 5 of 6, recall 0.49 at precision 0.85, a judge and a handler taken for cases;
corpus9 (a surname written first in capitals, a rank, a middle name, someone reported early, an
acquittal, a flight abroad): 1 of 6, recall 0.11 at precision 1.00, three reports gave no case
and a court was taken for one; corpus10 (a railway dispatcher never named, a rank later used
alone, hyphenated and middle names, someone dismissed but not charged): 4 of 6, recall 0.42 at
precision 0.86; corpus11 (an air-traffic controller and a nurse never named, a middle name
and a hyphenated surname): 4 of 6, recall 0.49 at precision 0.92; corpus12 (initials only, a
hyphenated surname, an officer never named, a cover name that signs herself): 3 of 6, recall
0.23 at precision 0.83, a cover name taken for a case; corpus13 (a rank with a hyphenated
surname, an analyst never named): 6 of 6, recall 0.62 at precision 0.98, one other person
taken for a case; corpus14 (a rank with initials, a hyphenated surname quoted by surname, an
engineer never named who speaks in the first person): 3 of 6, recall 0.33 at precision 0.93;
corpus15 (a rank, middle and hyphenated names, an engineer never named): 6 of 6, recall 0.57
at precision 0.87, a freeport taken for a person; corpus17 (an engineer never named and first
called "an employee", initials under a suppression order): 4 of 6, recall 0.49 at precision
0.77; corpus18 (initials with a diacritic, a rank with a surname alone, "de los" in a name, a
translator never named): 2 of 6, recall 0.27 at precision 0.91; corpus19 (a driver never named,
"referred to the Public Prosecution"): 5 of 6, recall 0.57 at precision 0.94; corpus20 ("according
to his lawyer, Wijesinghe ...", a programmer never named): 4 of 6, recall 0.34 at precision 0.97;
corpus21 ("a 52-year-old woman who works as a customs broker", initials "identified by police
only as M.V.", "the 29-year-old network engineer" after the name): 4 of 7, recall 0.44 at
precision 0.92, a recruiter's cover job and a handler taken for cases; corpus22 ("a police
dispatcher surnamed Lo" released on bail, "identified only as Mei L.", initials after a
descriptive lead, a patronymic, particles): 5 of 7, recall 0.61 at precision 0.78; corpus23
("named in court only by his surname, Jlassi", "presenting herself as" a recruiter, a job as a
title before the name, "A 51-year-old woman employed in the archive"): 3 of 7 (4 counting the
crane operator, whose label names his port), recall 0.32 at precision 0.85, the recruiter's
cover name taken for a case; corpus24 ("named in the disciplinary resolution only by his
surname, Ortiz", "introduced to Dr. Andres Kessler, who said he was ...", "a 45-year-old man
working as a clerk"): 3 of 5, recall 0.52 at precision 0.85, an organisation and a handler taken
for cases; corpus25 (initials with a space "M. K.", a rank never named, "a 46-year-old
shipyard welder" before his name, a border crossing named like a person, an acquittal): 4 of
7, recall 0.57 at precision 0.87; corpus26 ("identified under privacy rules as Marek Z.",
two people an advisory describes in one document, "In June, a doctoral researcher", "a
52-year-old Grade-5 official surnamed Park", a team's name in capitals, a sergeant described
in the lead): 4 of 8 (5 counting Park), recall 0.49 at precision 0.90; corpus27 ("A
34-year-old man employed at a satellite ground station" never named, "according to his lawyer,
Cecilia Vahlberg.", a press officer quoted, a rank before a name): 5 of 6, recall 0.56 at
precision 0.80, the lawyer and the press officer taken for cases; corpus28 (a rank before a
name, "K Naresh" with an initial and no full stop, "A.K., is a 29-year-old helpdesk specialist",
a forecaster an advisory describes): 5 of 6, recall 0.63 at precision 0.87; corpus29 ("Camila
Andrea Fuentes Ortúzar" then "Fuentes", a podcast's name in quotes, "identified as A. M.", a
kitchen assistant who told her supervisor, two people an advisory describes): 5 of 8, recall
0.61 at precision 0.91, a recruiter charged in absentia taken for a case; corpus30 (two
cases in one press release under "Case 1" and "Case 2", "The agent turned out to be a
44-year-old technician", a cleaner identified by her initials, three-part names): 5 of 7,
recall 0.53 at precision 0.79, the unnamed engineer's story credited to the named case before
him; corpus31 (a receptionist never named, a recruiter who "used the name" of her cover,
initials with an age, "E.D., 41,", a rank before a name, a surname only): 4 of 6, recall 0.52
at precision 0.82, the recruiter's cover name taken for the case; corpus32 (a Vietnamese name
"Nguyễn Thị Thu Hà", "The second case concerns a 52-year-old electrician", "In spring a
41-year-old grid operator ... learned", a wanted notice, a first name with an initial): 5 of 8,
recall 0.48 at precision 0.91; corpus33 ("Captain Salim bin Said bin Nasser Al Harthi" then
"Captain Salim", a technician described with his workplace, initials, a surname only): 5 of 6,
recall 0.63 at precision 0.87; corpus34 (two surnames with the story using the first, "placed in
preventive detention", "Corporal Pheng Sambath" with a suspended sentence, "The technician,
Tiyamike Nyirenda" after a lead that describes him, a controller never named): 6 of 9, recall
0.47 at precision 0.82; corpus35 ("Elvin Rasim oglu Mammadov", "a sentencing court in La Paz",
a defendant called only "she" after a prosecutor is quoted, initials, a teacher never named):
6 of 8, recall 0.41 at precision 0.95, a city taken for a case; corpus36 ("Sergeant Technician
Wendy ...", "Mariam bint Khalid al-Sulaiti", a customs dog handler and a guard "a married man in
his thirties" never named, an advisory with three cases): 5 of 9, recall 0.44 at precision 0.80;
corpus37 (a Burmese name of one run, French names with particles, an inspector "bin Khalid
al-Rashidi", initials, an electrician never named): 7 of 7, recall 0.72 at precision 0.91;
corpus38 ("Osman Babiker al-Hajj" then "Al-Hajj" opening a sentence, a cover name "known to
worshippers only as Abu Hamza", a clerk "In January, a 28-year-old clerk" after a prosecutor is
quoted, "The second case involved Lieutenant ..."): 6 of 8, recall 0.54 at precision 0.88, the
cover name taken for the case; corpus39 ('Ravindra "Ravi" Persad', "Sargento Wilkin ...",
"Magistrate Ana Mercedes ..." and "Colonel Sh. Ganzorig", a cover "introduced himself as Héctor
Manuel Rosario Díaz", an officer never named after "A second approach, unconnected to ..."): 3
of 7, recall 0.37 at precision 0.82, a magistrate and the cover taken for cases; corpus40
("Mohammad Firdaus bin Haji Yakub" then "Mohammad Firdaus", "The second suspect, W/ro Meseret
Alemu Desta" then "Meseret", "a senior clerk in the commission's secretariat, Gulnora
Shavkatovna Mirzayeva", a translator never named): 6 of 8, recall 0.52 at precision 0.88;
corpus41 ("Xavier Ribó i Guardiola", "MINDELO, Cabo Verde", "Zongo Wendkouni Aristide" family
name first, a pharmacist the security service "was investigating" and never names): 6 of 8,
recall 0.53 at precision 0.88, a country taken for a case; corpus42 ("Sub-Lieutenant Gabriel
Tovue", "Staff Sergeant Mudzingwa", "the Direction de la Surveillance du Territoire", an
archivist never named who "confessed", a witness whose "report is the reason"): 4 of 8, recall
0.36 at precision 0.91 as the harness then matched labels (5 of 8, 0.45 at 0.82 once it
read "Staff Sergeant" and "unnamed archivist" labels), a French agency and a barracks taken
for cases; corpus43 ("Solicitor General Cllr. Augustine Flomo told the court", a landlord "who
described himself as a businessman", "Comfort Zinnah" who "went to the National Security
Agency", "'Mathabo Mokoena", an engineer never named, general reporting advice labelled for
every case): 6 of 8, recall 0.45 at precision 0.88 (7 of 8 once the harness read the
apostrophe of "'Mathabo"), a prosecutor and the recruiter taken for cases; corpus44 (an old
classmate "tried in absentia and sentenced", "Principal State Counsel Awa Bojang" then "Ms
Bojang said", a witness who "told her commanding officer", a foundation's "programme director,
Victor Hale, arranged ..., took her to lunch", a signaller never named and "the Crown's main
witness"): 5 of 8, recall 0.47 at precision 0.96, the recruiter, a foundation's director and a
prosecutor taken for cases; corpus45 ("Mohamed Lemine ould Sidi Mahmoud", "Mariem mint
Cheikh", "Leading Seaman Rolle" then "Rolle", a clerk never named, recruiters that "police
believe ... worked for a foreign intelligence service"): 4 of 8, recall 0.46 at precision 0.88
as the harness then matched labels (5 of 8, 0.54 at 0.86 once it read "Leading Seaman" and the
clerk under the report's own words for her), the recruiter taken for a case; corpus46
("Rignaldo Jermaine van der Dijs", "Tamsin Rachel Le Quesne", "Dr Xowie", "identified only by
her initials, E.W.", an analyst described in the lead "in a second case made public this
week" and never named): 7 of 8, recall 0.66 at precision 0.92, a recruiter ("another
delegate, Leon Albrecht, telephoned Fono") taken for a case; corpus47 ("Edsel Ricardo van
der Biest", "Yoandry Pérez de la Fuente", "Dr Kewley", "D.O.", a records clerk never named,
"Chantal Ngalula Tshibanda, a secretary in the ministry's registry" then "Madame Ngalula
Tshibanda"): 7 of 8, recall 0.75 at precision 0.97, the secretary taken for an embassy's, a
recruiter.
corpus48 ("Dr Mmadi", "Anrafa Said Mohamed Bacar", "Maria da Conceição Pires dos Santos",
"T.K.", a police constable never named, "Assistant Commissioner Verne Lafeuille" telling her
story, "a man introduced as the foundation's scientific director, Dr Peter Galloway"): 7 of
8, recall 0.58 at precision 0.92, the assistant commissioner taken for a case.
corpus49 ("Tobias de la Mare", "Amadeu Henrique Toste da Silveira", "Dr Haroun", "K.S."
"identified in court papers only by the initials" after "The surveyor, a 44-year-old
employee" and a lead that goes on to "a second government employee", a data clerk never
named, "Roseline Saint-Fleur"): 7 of 8, recall 0.64 at precision 0.89, the surveyor split
into three people, none a case.
corpus50 ("Ms Hosten" and a veterinary officer never named, in one report; "F.V."; "Jonay
Acoidan Ojeda Trujillo"; "Nayra Quevedo-Betancor"; a grid operator whose story the prosecutor
tells, "the defendant", introduced by "a former classmate, Fredrik Ahlqvist"): 6 of 8, recall
0.59 at precision 0.96, the newspaper of a dateline taken for a case, the classmate taken for
the operator, Ms Hosten's report given to the security officer she told.
corpus51 ("Leocadia Gouveia de Freitas", "Juma Khamis Makame" and a statistician never named,
"Mr Eobwiren" told through "the Director of Public Prosecutions, Sarina Detabene", "Teariki
Vainui" and "M.T." in a report about their recruiter, "Hinatea Teri'itehau"): 7 of 8, recall
0.62 at precision 0.88, the prosecutor taken for a case, the courier of the lead counted twice.
corpus52 ("Rosamund Elspeth Varley Nankervis", "Ottilie Laberge-Tolliver", "Sergeant Atzeni",
"Bonaria Loddo", "Ishbel Halcrow", "D.E." and a forensic photographer never named, in one
report, "Jonah Akavak"): 6 of 8, recall 0.64 at precision 0.88, one report giving no case
("too thin") and the photographer missed; its blind read (131) found situations set abroad
for people who never travelled, fixed by concept (a trip offered, a visiting delegation, a
recruiter's claimed life abroad).
corpus53 ("Linnéa Sundblom", "Covadonga de la Riera" and a laboratory manager never named,
"Reinhold J. Moosbrugger", "K.W.", "Master Sergeant Kuusik", "Toomas Pärnaste", "Yulianti"):
6 of 8, recall 0.52 at precision 0.95, a rower who reported the same day missed, a
defendant's wife and a neighbour who noticed envelopes taken for cases, a one-word name missed.
corpus54 ("Azrul Hakimi bin Sabran", "JANG Hye-rin", "Marguerite Macandrew-Tolley", "R.Z." and
a vaccine-lab technician never named, "Lieutenant Maëlys Tanguy", "Lloyd Comeau Jr.", "Anjali
Varghese"): 5 of 8, recall 0.55 at precision 0.90 (4 of 8 before this test matched "a
laboratory technician" to the label's vaccine-lab technician), a surname in capitals and a
radio transcript's two cases missed, a supervisor taken for a case.
corpus55 ("R. Selvi", 'Karthikeyan "Kutty" Perumalsamy', "Boštjan Lipovšek", "Iolo ap Ifan",
"Mathilde de la Brisière" and a hospital pharmacist never named, "Dorjsürengiin Enkhjargal",
"Major Sanni Rautiola"): 5 of 8, recall 0.45 at precision 0.88, a dateline's region ("Tamil
Nadu") taken for a case that took the pilot's story, "R. Selvi" read as a title and a name,
"Iolo ap Ifan" read as "Ap Ifan".
corpus56 ("Eirik Andreas Solberg", "J. R. Quispe", "Magdalena Wróbel", "Le Quang Vinh" and a
co-defendant engineer "not named in court documents", "Nkosana Dube", "Major Ioana Lazăr"): 5
of 7, recall 0.60 at precision 0.84, "J. R. Quispe" read as the initials "J. R." alone, the
unnamed co-defendant taken for the main defendant (both engineers).
corpus57 ("Rodrigo Andrés Pizarro Lagos", a systems administrator a court order leaves
unnamed, "Vasco de Meneses Tavares" and "Sónia Patrícia Lobo" told as "the first defendant"
and "the second defendant", "B. Gantulga", "Clodagh Nolan-Fitzgerald", "Nurul Huda binti
Kamaruddin"): 7 of 7, recall 0.69 at precision 0.82, the cover firm "Meridian Freight
Insight" taken for an eighth case, what "the first defendant" did credited to the second.
corpus58 ("Dimitrios Ioannou Karalis" and the colleague he paid, "K. D. Wickramasinghe",
"Sherzod Bakhtiyorovich Rakhimov", "Hendrik Engelbrecht", a technician "not named in line with
Icelandic practice", "Andrea Estefanía Quishpe Villacrés"): 7 of 7, recall 0.82 at precision
0.91, a brother detained abroad held over the person not read as a threat (the law's "would
face" rule took it), a report to the university's "security liaison officer" missed.
corpus59 ("Krešimir Jurčević", "Md. Rakibul Hasan Sarker", "Aizhan Nurlankyzy" named once and
then "the accused", "Kwabena Owusu Sarpong" telling his story in the first person, "J.K." and
his wife "M.K.", "María Lourdes Cáceres Villalba"): 5 of 7, recall 0.45 at precision 0.86, the
hospital "Korle Bu" taken for a case, "Md." dropped from a name, the first-person account
mostly unread.
corpus60 ("Park Ji-hoon" whose surname is also a word, "Youssef El Amrani", "Øystein Kvål",
"João Pedro da Silva Neto", "Nguyễn Thị Thu Hà" telling her story in her own words, and a
report of two unconnected cases, "Lt. Col. (res.) Mihai-Andrei Popescu" and "Ioana-Maria
Dobre"): 5 of 7, recall 0.65 at precision 0.86, the recruiter's cover ("a visiting
researcher") read as the person's stay abroad, an official's advice paragraph given to the
case, the first-person account unread.
corpus61 ("Batbayar Ganbold", "Siobhán Ní Bhriain", "Flight Sergeant Emeka Okonkwo-Adeyemi",
"Valentina Soto Huerta", "Dariush Farahani" interviewed in questions and answers, a port
contractor "identified as A.K."): 5 of 6, recall 0.64 at precision 0.89, the interview's answers
read as nobody's, "information left the company" read as a departure.
corpus62 ("Kourosh Rahimzadeh", "Øystein Bråthen", "Maarten van der Linden" and "a 34-year-old
employee" in one long read, "V. J., a 45-year-old dispatcher", "Yusuf al-Amiri" interviewed
with bare questions, "Javier Ortega Sanz"): 4 of 7, recall 0.48 at precision 0.87, the
interview without "Q:" and "A:" read as nobody's, the initials and the described defendant not
taken for people, officers naming their service read as a cover.
corpus63 ("Juma Hamisi Mwinyi" told by a radio reporter, "Declan O'Rourke", "Łukasz Wróbel"
beside a recruiter's cover name in quotes, "Choi Min-seok" and "First Lieutenant Yoon Ha-eun",
"Luísa dos Santos Mendes", a student "whom The Courier is calling Anna"): 3 of 7, recall 0.37
at precision 0.89, the reporter and the cover name taken for the cases, "Refugee Board" for a
person.
corpus64 ("Daniyar Serikuly Abenov", "J.K., as Finnish court documents refer to him", "Nuno
Alexandre Pereira da Costa", "a customs officer at the port of Mombasa", a young woman "we will
call "Ana"" in an official's interview, "María José Fuentes Araya", "Trần Văn Hùng"): 5 of 7,
recall 0.58 at precision 0.88, the initials and the pseudonym not read as people, the
interviewer taken for whom the answers are about, an officer quoted as the source ("According
to Lieutenant Colonel ...") taken for a case.
corpus65 ("Maarten van Houdt", "Sergeant Saar", "Jorge Q.", "Rosa M." and "Carmen L." in one
explainer, "Ana-Marija Perković" in a profile, a dockyard worker never named, "Ganbaatar
Luvsandorj" named only at the end of his own first-person account): 5 of 8, recall 0.43 at
precision 0.91, the recruiter who "introduced himself as" a coordinator taken for the case,
the first-person account's "I" read as nobody's, the writer "As told to" not set apart.
corpus66 ("Salim bin Hamad al-Rawahi" named four paragraphs after "A crane operator", "NDOYE
Ousmane", three people a security service's report calls only "the archivist", "the
inspector" and "the doctoral student", "Lucía Etchegaray-Bustos", the one-word names
"Sutrisno" and "Ratna" in a radio summary, "Captain Declan O'Rourke"): 4 of 10, recall 0.33 at
precision 0.78, the report's own terms ("hereinafter "the archivist"") not read as names, the
names a report gives a person it described ("identified only as Sutrisno", "gave her name as
Ratna") taken for cover names, the crane operator split from the defendant the court named.
corpus67 ("A.V." and a fellow officer he asked for his access card, "Mohd Faizal bin Rahman",
"Kumaravel a/l Subramaniam", an unnamed logistics officer, "María Laura Pereyra Ocampo" in an
interview, a letter to the editor signed "NIALL Ó BRIAIN", "Gottlieb Hamukwaya" and "Mrs
Hangula" in a committee transcript, "Jericho "Echo" Manalastas" and an executive assistant named
only in a photo caption): 6 of 11, recall 0.44 at precision 0.84, the letter's writer, the
"a/l" name, the colleague the recruit approached and the case investigators "looked into" not
read as people.
corpus68 ("Steinunn Ýr Hallgrímsdóttir", "a chemist from Kranj" and "an IT administrator from
Celje" in a police release, "Captain Konstantinos Alexopoulos" and "Eleni K." in a feature,
"Anoma de Alwis" in an interview, "Pieter-Jan van der Straeten" and "Sofie M." in a wire brief,
a sergeant and a rigger named in a radio transcript): 8 of 10, recall 0.64 at precision 0.84,
a woman "introduced as Dr Henrike Vos" taken for a case, a captain who "called his shipping
company's security officer" and a worker named after his job not read as cases.
corpus69 ("Rubén Darío Almengor" and an unnamed tugboat deckhand in a union newsletter, "Acting
Sub-Lt. Thanakorn Srisuwan" in an ombudsman's report, "Abu Karim", "Dr. Nour el-Houda Chamoun"
and "a twenty-six-year-old phone-repair technician" in a documentary synopsis, "Muhammad
Ashfaq s/o Ghulam Rasool" and "Ms. Sadia Batool" in a parliamentary written answer, "Reynaldo
Bautista Jr., Jun to everyone on the floor" in a blog, "Ruaraidh Mac an t-Saoir" in a tribunal
judgment): 2 of 10, recall 0.12 at precision 0.75 (3 of 10 counting the cartographer found
without his rank), the name a person "was known only as" taken for a cover, a spelled age, a
nickname, the Gaelic "Mac an t-" and a deckhand not read, a genuine headhunter's approach and a
colleague's cleared trip taken for cases, and a report "to her university president" missed.
corpus70 ("Johanna Katharina Elisabeth Brunnhuber" in an alumni magazine, "Councilmember
Kvasnikoff" and a Harbor Department employee in council minutes, "Leong Kuok Hou" and a fellow
operator in an appeal summary, "Sugiarto", a senior process engineer and a turnaround planner in
a company's security bulletin, "O'Neil Quashie" and "Shernelle Cupid" in a press conference,
"Xosé Ramón Outeiral da Veiga" and a young draughtswoman in a letter from prison): 8 of 12,
recall 0.33 at precision 0.85, "Afterwards Salander" read as a person, a one-word name apposed to
a job, a department's name in capitals inside a description and "a young draughtswoman" not
read, the timber buyer "who said he bought timber" taken for a case and the letter's "I" not
given to its writer.
corpus71 ("Urs von Allmen" in a live blog, the pen names "Aiguille" and "Ti-Paul" in an advice
column, "Hemin Jalal Mustafa" and "Pishtiwan" in a fact-check, "Xiomara Ivette
Rivera-Quiñones" in a book review, "Ibrahim Nashid" and a customs officer in a video transcript,
"Meskerem Haile" and "N.T." in award citations): 5 of 10, recall 0.35 at precision 0.84, the
advice column's letters signed with pen names not read as first-person accounts, the man a
fact-check described and then named ("He is Hemin Jalal Mustafa") taken for two descriptions.
corpus72 ("Vuković Dragana" written surname first after "Member" and "Nenad (Milorad) Ristić"
in a rowing club's minutes, "Itzel Yolanda Canché Poot" and "Ing. J. A. Uc" in an ethics
committee's summary, "Maria do Céu Gomes Sanhá" and an unnamed customs guard in an annual report,
"Mr. Heru" and "Third Officer Putu Ayu Wulandari" in an insurer's circular, "Kelvin Shaun
Ormond" and "Witness C" at an inquest, "Vicente T. Manglona, whom most of us know as Ben" in a
parish bulletin): 3 of 11, recall 0.23 at precision 0.73, the circular giving no case (a title
with its full stop before a one-word name, a ship's rank), the bulletin taking its declared
contrast ("it was exactly what it said it was") for the case and missing Ben.
corpus73 ("Ieuan ap Dafydd" at a grievance hearing, "Jocelyn Rosemond" and "Yvette Larcher épouse
Cadrot" in a corrections column, a radiographic testing technician and "Sevgi Hanım" in a panel
transcript, "Mohd Faizal @ Jimmy bin Abdul Rahim", known as "the principal officer", and a clerk
he paid in a licence revocation notice, "Eng. Abdulhamid Ramadan al-Gharyani" and "Muataz" in a
chamber's circular, "Kawika Nāone" and "Kumu Malia Kahananui" in school board minutes): 2 of 11
by the test's matching (4 people found, two under a married name and an engineer's title the
matcher did not know), recall 0.18 at precision 0.83; three reports gave no case.
corpus74 ("Ciarán Mac Giolla Bhríde" and "Hirut Alemayehu" in an audit committee paper,
"Verena Oberhollenzer" and "Dr. Matthäus Niederkofler" in a university senate paper, "Ms Maite
Uriarte Lasa" and "Mr Jon Mikel Arregi Zabaleta" in a debarment order, "S.J. (Sjoerd) van der
Ploeg", called "the insured", and "R.H." in an insurer's claim file note, "Linh Pham (Phạm Thùy
Linh)" and "Sgt T. Karaitiana" in podcast show notes, "Jean Clency Bégué" and "Bibi Nazreen
Hossenbux" in a court interpreter's affidavit): 3 of 12, recall 0.18 at precision 0.92; three
reports gave no case (a name followed by "the company's office administrator" taken for a
company, "criminal proceedings against" not read as an outcome, "On 26 April Mr Bégué" not
read as his name, reports made "through the internal information channel" or "to the resort's
security manager" not read as reports).
corpus75 ("Corwin D. St. Hill", called "the Participant", and "Ms. Tamika Roberts (née
Lovell)" in a cricket integrity tribunal's decision, "YON, Emmerson Luke" and "PLATO, Tristan
Ross" in a ship's log, "Senior Recruitment Consultant Hadja Fatoumata Binta Diallo" and "Mlle
Néné Oumou Camara" in a staffing agency's incident memo, "Jacinto Soares Belo", called "the
respondent", and "Ms. Lúcia Pinto Amaral" in a civil service disciplinary decision, "Mr.
Assalek ag Ibrahim" and "Ms. Fadimata welet Aghali" in a data-protection authority's decision,
"Jerome A. Varlack III" and "Miss Kadian Frett" in a pre-sentence report): 3 of 12, recall 0.10
at precision 0.67 (counsel taken for the tribunal's case, a company and a wife for cases).
corpus76 ("Hodan Cabdi Warsame", "Reporter" and "R.", and "Cabdiqaadir Maxamuud Xirsi", the
"Subject", in a port's hotline register, "YORBIS ALEXANDER RANGEL QUINTERO" and his colleague
"Yuleisi del Valle Uzcátegui Peña" in a sworn complaint record, "QURBANBAEV Baxtiyar
Sarsenbaevich", "the petitioner", and "ALLANAZAROVA Aysuluw Jumabaevna" in a pardon working
group's note, "M. Sosefo Tuikalepa" and "Mme Lavinia F." in an audit chamber's observations,
"Andi Tenri Sompa" and "Muhammad Rizal Daeng Ngalle" in induction slides, "Lilit Aramayisi
Manukyan" and "Gor Levoni Harutyunyan" in an exit-interview record): 4 of 12, recall 0.21 at
precision 0.94; two reports gave no case.
corpus77 ("Mr Rosario Lo Iacono", then "Mr Lo Iacono's brother-in-law", and "Ms Samira Ben
Lahcen" in an export-control fine decision, "Mr Lassana Samaké" and "Mme Diarra Kadiatou
Sangaré" in a bank's insider-risk alert, "No 15812946F Hav (Opr Cipher) Pemba Tshering Bhutia",
"the accused", and "Sep (Tlr) Dil Bahadur Subba" in a court martial's summary, "Tóthné Kiss
Erika" and "ifj. Horváth Bence" in a security service's questions and answers, "Lance Corporal
Kerwin Jno Baptiste" and "Ms Ophelia Auguiste" in a High Commission's newsletter,
"Purificación Nchama Esono", told in pronouns, and "Crisantos Ndong Mba" in a business
school's teaching case): 7 of 12, recall 0.37 at precision 0.84 ("Commanding Officer" and
"Subedar Major" taken for cases).
corpus78 ("Rospita br. Tambunan" and "Parlindungan Simatupang", known as "Amani Tigor", in a
Batak clan association's newsletter, "Vanessa Ramassamy" and "Annick Grondin" as authors of a
community group's thread, "Kirsty MacLellan" and "Margaret MacDonald", beside her sister, in an
archive's catalogue, "Francine Taitague Mesa" and "Raymond Cruz Quitugua" in a legislator's
speech, "Boy Carstensen" and "Boy's colleague Tomke Ketelsen" in a crowdfunding page, "Hamido
Mohamed Mohamed" and "Soraya Abdeselam Haddu" in a toolbox talk): 5 of 12, recall 0.29 at
precision 0.90; two reports gave no case, and a lawyer was taken for one.
corpus79 ("Nl. Lalrinpuii" and "Tv. Lalrinawma" in a retiring officer's farewell speech,
"Roderick Quintal", known as "Dodger", and his cousin "Loretta Christian" in an oral-history
transcript, "Kinjo Haruki" and "Arakaki Mio", then "Arakaki-san", in an IT service desk's
ticket export, "I Ketut Suarjana" and "Ni Kadek Yuliantari" in a vocational textbook unit,
"Anders Mathis Somby" and "Elle Márjá Hætta" in a court interpreter's glossary note, "Měrćin
Šołta" and "Madlena Kralec" in a debt-advice charity's safeguarding review): 4 of 12, recall
0.25 at precision 0.88; two reports gave no case, and a supervisor was taken for one.
corpus81 ("Ghjuvan Battista Mattei" and "Marc-Antoine de Casalta" in a museum's audio-guide
script, "Sister Naomi Pamak-Dyson" and "Brother Jeremias Obed", named only at his story's end,
in a sermon, "ATTOUMANI Houmadi" and "BOINALI Anli" in a workplace mediation summary,
"Kanagaratnam Sujeevan" in an encyclopedia article, "Sittie Johaira Lomondot", who names herself
near the end of her diary, and her cousin "Jun-jun", "Saidin" and "Tavish Ah-Kee" in a tabletop
exercise script): 4 of 11, recall 0.22 at precision 1.00; the recruiter's cover name and a
recruiter's nickname were taken for cases, and the exercise script gave one of its two.
corpus85 ("Ebba af Segerlind" and "Per-Erik Hägvide" in a sports club's annual report, "Darius
Žemaitis" and "Vaidas Petrauskas", with his game name in a bracket, in a game community's
announcement, "Eleni Hadjikyriakou" in a conference organisers' report, "Kerwyn Ramdass",
"Bishop" since school, and "Candice Mohammed-Baptiste" in a dating app's safety article,
"Desislava Ivanova Koleva" and "Nikolay Todorov Dimitrov" in a recruitment agency's alert,
"Azamat Toktogulov", called "Azamat" before his full name, and "Bekzat Nurlan uulu" in a
memoir chapter): 7 of 11, recall 0.37 at precision 0.93; the memoir's approved forum
invitation and the agency's genuine placement were taken for cases.
corpus86 ("Niko Lazari" and "Ljubica Radonjić", "Buba" to everyone, in a museum's exhibition
panels, "Tomas HENRIKSEN" and "Hodan ISMAËL ROBLEH", surnames in capitals, in an embassy cable,
"Andrei", a name marked "(not his real name)", and "Leman Ablachim", named only in a heading
in capitals, in a school's safeguarding bulletin, "JOÃO VÍTOR DA SILVA PACHECO" and "LARISSA
HELENA MOURA DOS SANTOS", whole names in capitals, in a police inquiry's report, "a 31-year-old
wedding and event drone videographer" and "Tapos Kanti Barua", "Tapu" to his colleagues, in a
freelance platform's trust-and-safety report): 1 of 10, recall 0.07 at precision 0.90; two
reports gave no case, and a duty officer was taken for one.
corpus87 ("Elena Stojanovska-Ristovska" and a technician never named in an exported e-mail
thread, "Avinesh Chand s/o Ram Chand" in a port's pass-review interview record, "Ilir (Bujar)
HOXHA", a father's name in brackets, and "Arjan ÇELA" in a border police incident report,
"Salim Khamis Mohammed" and "Mwanaisha Juma Haji" in a hotel night manager's log, "CEDEÑO VERA,
María Augusta", surnames first on a form signed "M. A. Cedeño V.", and an inspector never named
in a post-travel debrief): 2 of 9, recall 0.21 at precision 0.85; a manager, a security
officer, a colleague who only shook hands, a recruiter's cover name and a form's heading were
taken for cases.
corpus88 ("Harrydath Mahabier", "Harry" to most, and "Chantal Sno-Pinas" in a company's
town-hall minutes, "MOKHESI Tumelo Paul" in a court caption and "'Malineo Sekhonyana" in a bail
ruling, "Jigme Norbu" and a keeper never named in a station's handover note, "Bounmy
Phommachanh", "Tui", and "Khamla Vongsavath" in an NGO's staff advisory, "Surname: BEN SALEM" /
"Given names: Mohamed Amine" in a National Guard record): 3 of 9, recall 0.12 at precision
0.93; a place ("Nieuw Nickerie") and the general manager who answered were taken for cases.
corpus89 ("Oarabile Motsumi", "Oabi", and a shop assistant whose name the court withholds in a
magistrate's sentencing remarks, "Jonathan Haununu", "Jonnie H" to everyone, and "Mary-Rose
Aonima" in a training-course debrief, "Lic. Gabriela Quiroga de Antelo", to whom a dismissal
letter is written, "Riaan van der Walt" and "Sizwe Ngcobo", "Stix", in a podcast transcript,
"Zhanar Serikovna Abenova" and "Timur Bakhytuly" in a university's research-security memo): 6 of
9, recall 0.41 at precision 0.80; a department ("Radio Engineering") was taken for a case.
corpus90 ("Registrant: Mrs Mutinta Hamoonga", then "the Registrant", and "Lweendo Siamwiza" in a
nursing council's decision, "Umm Yazan", "Rafiq BD" and a night cleaner never named in a
cleaning crew's exported WhatsApp group, "Mentee: K.T." in a mentoring note, "María Altagracia
Peña de los Santos" in a performance review, "HOUNKPATIN Codjo Euloge" and "DOSSOU Kossi",
"Tonton", in a customs broker's compliance audit): 3 of 9, recall 0.18 at precision 0.67; a
director of nursing, a university's security adviser and a compliance officer, each of whom
took a report, were taken for cases.
corpus91 ("NAZAROV Farrukh Ilhomovich", "F. I. Nazarov", and "Inspector RAHIMOVA Dilnoza
Saidovna" in a ruling declining to prosecute, "Rudolf Kmeť", "Rudo", and "Tomáš Baláž ("Tomi")"
in a spotters' club's ethics decision, "Edmilson Fortes Tavares", "Sr. Fortes Tavares", and
"Maria da Luz Évora" in a nonconformity report, "Member: ANDRIANARISOA Jean-Claude" and
"RAKOTOMALALA Fidy Herizo", "Fidy", in a note to a credit file, "Elvin Mammadov", "Məmmədov Elvin
Rasim oğlu", and "Aynur Hasanova" in an exported e-mail thread; every document hard-wrapped at
100 columns): 0 of 10 by name (the scanner operator read only as "F. I. Nazarov"), recall 0.00;
a recruiter and a committee chair were taken for cases.
corpus92 ("Kemar Delano WHYTE" and "Ms. Tanisha Campbell-Reid" in a parole board's decision,
"Jorge Andrés Solano Rojas" and "Karla Vanessa Mora Jiménez", "Kari", in a contractor's letter,
"Pitt, Pierre Reuter" and "Ana Paula Ferreira da Silva" in a geocaching forum's numbered posts
under their handles, "Mrs. AÏT LAHCEN Fatima-Zahra", "Mrs. Aït Lahcen", in an inquiry report,
"Ms. Harriet Nakato Ssenyonga" and "OPIO Geoffrey Okello" in a biosafety memo): 6 of 9, recall
0.35 at precision 0.89; a probation officer, the cousin who brought the recruiter and the
supervisor who sat on a report were taken for cases.
corpus93 ("Claimant: LAZIĆ (Dušan) Goran", "Goran Lazić", "Gile", and "Mirjana Tošić-Kecman" in
a labour arbitration award, "José Rigoberto Maradiaga Cálix ("Rigo")", "Don Rigo", and "Kevin
Josué Alvarado Mejía", "el Chele", in a family firm's minutes, "MUKESHIMANA Alice" and
"NIYONZIMA Patrick" in a lecture's transcript, "Dyg Nurul Ain binti Haji Abdul Rahman" greeted
as "Dear Dayang Nurul Ain" in a letter to her and "a member of the billing support team", "Mr.
Reginald Tyrone McPhee ... "Captain Rex"" and "a young woman employed by a contractor at the
range camp" in a parliament's record): 1 of 10, recall 0.06 at precision 1.00; a company, the
Speaker of the House, a nickname and a recruiter's cover were taken for cases.
corpus94 ("Meas Sokhom (Khom)" in a chat export whose authors head their messages on lines of
their own, and "A meter reader in the Stung Hav section", "HORÁCIO AMISSE ISSUFO, 34 years old,
single, ..." and "NÉLIO JACINTO DOS SANTOS COSSA" in a prosecutor's communiqué, "Leading Hand
(Cook) Sione Tēvita FIFITA" and "a civilian storeman formerly employed at the Base victualling
store" in a navy's routine orders, "Blerina Hoxha-Krasniqi" and "D.K." in a site security
notice, "Ana Lucía Tzul Xiloj" writing to her sister "Mayra Elizabeth Tzul Xiloj" and "Rodrigo
Estuardo Pac Ajanel" in an e-mail): 4 of 10, recall 0.27 at precision 0.83; the sister who
received the e-mail and a recruiter's cover were taken for cases.
corpus95 ("Mr. Tanyi Godlove Ayuk, known to all of us as GT", "her son, Nkwenti Lionel Fru, whom
we all call Junior" and "a young secretary in a ministry office in Yaoundé" in a savings group's
minutes, "Ahmed Mohamed Abdel-Aziz" and "Nourhan Samir El-Sayed" in a post-incident review,
"Ranger II Rodney T. Ngirkelau" writing his own section of a patrol report, "Carlos Ernesto
Menjívar Portillo ("Neto")" and "Doña Marta Lidia Rivas vda. de Henríquez" in a family firm's
council minutes, "Mr. Deonarine Persaud" and "a technical officer from a sister agency" in a
travel file): 4 of 10, recall 0.17 at precision 0.86; an absent member, a mother who asked
about her son, a lawyer and "Niña Marta Usd" were taken for cases.
corpus96 ("Engr. Ibrahim Danjuma Yakubu" and "Mr Tochukwu Emmanuel Eze" in a tender committee's
report, "Caller: Ketevan Jgharkava ("Keti")" and "a third-year cadet from the maritime academy in
Batumi" in a helpline's call notes, "Gheorghe-Marian Dumitrescu, our vice-president, nea Gică to
all of us" and "Ionuț-Alexandru Stancu" in a pigeon club's letter, "KONAN Kouassi Serge-Alain" and
"N'GUESSAN Affoué Pélagie épouse KOFFI" in a screening report, "Dashdorjiin Bat-Erdene" writing
"I, D. Bat-Erdene," and "A sample-transport driver of this department" in a written
explanation): 3 of 10, recall 0.14 at precision 1.00; a helpline's counsellor, a recruiter's
alias and a man's daughter were taken for cases, and two cases for recruiters.
corpus97 ("Alfred Kenye Lakabung Jr." and "Hilda L. deBrum" in a security office's interview
record whose speakers go by "AL" and "DW", "Yamikani Peter NKHOMA .... Appellant" and "Mrs.
Chimwemwe Nyirenda-Mhango" in a civil service appeal, "Subject 1: KAUPA, Joseph Wari" and "Lucas
Ravu Morea" in a bank's suspicious matter report, "Marie-Noëlle AH-TIME ... (MNA)" and "one of our
weekend relief assistants" in supervision notes, "Ma. Cristina Dela Cruz Bautista ("Tin")" and
"Puthenveettil Varghese Shibu, known as P.V. Shibu" in an association's minutes): 2 of 10,
recall 0.08 at precision 0.64; the investigator, the security officer, a recruiter, an island
and "Ground Floor" were taken for cases.
corpus98 ("Florian Ospelt" and "Selin Kaya" in a foreign-contact report form, "The Defendant,
Kendrick Lionel Arzu" and "Ms. Imelda Coc" in a plea in mitigation, "Fatmata Binta Jalloh",
"Haja Mariama Sesay" and "A final-year student at Fourah Bay College, who has asked us not to
publish his name" in an editorial, "Mr. Dil Bahadur Gurung" addressed in a letter of reprimand
and "Mr. Wycliffe Otieno Ochieng", "Jean-Baptiste Tamata" and "Florence Naupa, known to all of
us as "Flo"" in a donor's progress report): 8 of 11, recall 0.58 at precision 0.88; none taken
for a case who was not one.
corpus99 ("Accused: KEMAR JAMAL CUMBERBATCH" and "Ms. Shanice Thorne" in a judge's summing-up,
"Mr. Prince B. Zayzay, IT Equipment Disposal Officer" and "Mr. Tamba Tengbeh ... known to his
colleagues as "Junior"" in an inspector general's memorandum, "MEKKI Djamel Eddine" and
"Ms. Fatima-Zohra Belkacem" in a translated panel finding, "Lindiwe Precious Magagula" and
"Sipho Vilakati" in trustee minutes, "Ma. Cristina R. Dela Cruz ("Tin")" and "Kottarathil
Parameswaran Suresh ("K. P. Suresh"), former Rental Agent" in a loss-prevention report): 7 of 10,
recall 0.43 at precision 0.98; a cricket ground, a courier and an HR job title were taken for
cases.
corpus100 ("M. Mathurin OGOULIGUENDE" and "M. Brice-Olivier MABIKA" in a union committee's
decision, "Debtor: Konstantin Vaisman ("Kostya")" in an insolvency trustee's report, "Ms Nyarai
Mushonga" and "a retired Air Force stores clerk who asked not to be named" in a press council's
adjudication, "scholarship holder Ana Paula dos Santos Kiluanji" and "José Manuel Tchipilica
("Zeca")" under section headings of a scholarship board's decision, "Marisa Pelep" and "Yoshiro
Damarlane, whom everyone knows as Johnny" in a pastoral letter): 3 of 9, recall 0.19 at
precision 0.76; a neighbour who introduced the recruiter, a budget counsellor, a consular
officer and a pastor were taken for cases.
corpus101 ("Kokou Edem Agbodjan, 41, an inspector at the Large Enterprises Directorate of the
Office Togolais des Recettes (OTR)" in a court chronicle, "Manuel Joaquim Fagundes Pacheco
("Quim")" speaking as "[00:43] QUIM:" in a podcast transcript, "R.M. GIRIGORIE-MARTINA," /
"appellant," in a court's caption, "Mariem mint El Moustapha" and "Mr Mohamed Mahmoud ould Sidi
Brahim, known as "Hamoud"" in an inspection report, "Nei Teretia Kourabi ("Tere")" and "Tebwaau
Ioteba ("Bwaau")" in a clerk's report): 2 of 7, recall 0.17 at precision 0.85; a recruiter's
cover name, a place, a judge and a head of department were taken for cases.
corpus102 ("MOMODOU LAMIN JOBE ... PLAINTIFF" suing a newspaper, and "Mr Ousman Darboe, a
banquet steward", in a libel judgment, "HALYNA SAVCHUK:" and "SAVCHUK:" for "Halyna Mykolaivna
Savchuk" in a television transcript, "Ing. María Renée Flores Apaza" in a prosecutor's closing
speech, "Comrade MAKOSSO Ghislain Rodrigue" and "OKEMBA Prince Dieudonné" in a union's open
letter, a resignation letter signed "Meritxell Puig i Casals ("Txell")" after "With respect,"):
4 of 9, recall 0.28 at precision 0.83; the newspaper's editor and reporter, sued, and a head
chef and a plant manager to whom the approaches were reported were taken for cases.
corpus103 ("Address to the graduates / by Nooroa Tuteru-Marsters" told in the first person,
"The Appellant, a 41-year-old pouch and registry clerk" whose name a tax decision withholds,
"Mr KABWE MULUMBA Patrick" in a bailiff's record, "Mr Baptiste CROVETTO" and "Mrs KOVALEVA
Irina Sergeyevna" in an investigation report, "sig.ra Manuela Zonzini in Mularoni" in a benefit
appeal): 2 of 6, recall 0.17 at precision 0.70; the speaker's manager and "the Permanent
Secretary" were taken for cases.
corpus104 ("Mr. LUIS FERNANDO DE LA VEGA ARTEAGA" in a notary's certificate, "Case A is a
41-year-old ice-core driller" and "Case B is a 34-year-old field training officer" in a
submission to an inquiry, "Mr. Omar Khalil Ibrahim Al-Rawashdeh" in a psychiatric report, "Ms.
Kerlyn St. Rose" and "Mr. Jude Charlemagne" in a briefing note, a prize essay "by Lo
Kwok-keung"): 3 of 7, recall 0.30 at precision 0.82; the employer, the recruiter ("a Mr. Leon
Varga") and the essayist's foreman were taken for cases.
corpus105 (a clemency petition "from the convicted person ORAZOV Dovletmyrat Bagtyyarovich",
"L1 is a 34-year-old mooring linesman" and "L2 is a 47-year-old mate on a bunkering barge" in
a thesis chapter, "Mammadov Rashad Tofig oglu" and "Mammadov R.T." in a company's order,
"Consultant: Jhon Jairo Barrios Pérez" in a legal clinic's intake records, "Sosefo Lauhea,
known on board as "Sefo"" in a ship security officer's report): 2 of 7, recall 0.18 at
precision 0.75; the petitioner's relatives and his contact's courier were taken for cases.
corpus106 ("R.A.C." by initials only in an appeal court's caption, "hereinafter: the
defendant"; "Shaunté DeSilva" and "Mr. Kenneth A. Tucker Jr." in a ministerial statement; "Dr.
Maria da Conceição Neto dos Santos" and "Osvaldo Pires" in a grant's due-diligence note;
""Tebwe" is not his real name" in a course handout; "Ndayisenga Aline", family name first, in
an intranet news item): 5 of 7, recall 0.51 at precision 0.93; the Director of the Security
Directorate was taken for a case.
corpus107 ("Surname: DORSAINVIL / Given names: Jean-Robert" in a consular file note, "Dexter
Anselm de Bourg" and "Mrs Cheryl Antoine-Charles" in a pension appeal decision, "Architect
Hissein Abakar Mahamat" in a professional order's notice, "Leading Seaman Semi Monise" and a
player the letter calls "our second player" in a police commissioner's letter, "K. J." in an
employee-assistance case summary): 4 of 8, recall 0.32 at precision 0.87; a translation's note
("Unofficial English"), the commissioner who signed and an HR manager were taken for cases.
corpus108 ("J.-M. L." and "M. Fritz BELFORT, known ... as "Ti-Fritz"" in a works council's
minutes, "Anrifi Said Attoumane" and "a tally clerk at a stevedoring firm" in a shipping agent's
report, "M. SANOU Issouf" in an inspectorate's letter, "(1) Kendrick Alvin HODGSON DOWNS" and
"the first appellant" in a customs tribunal's decision, "Marie-Claire de la Haye" and "João
Paulo dos Santos Freitas" in a hospital's review): 5 of 8, recall 0.36 at precision 0.88; the
meeting's chair and security referent, a place ("El Bluff") and a review panel's member were
taken for cases.
corpus109 ("Mme Vaimiti TAUATIRI épouse TCHEN" and "M. H. T." in a court expert's accounting
report, "Mr Lado Wani Taban ("Tito")" in a board of inquiry's report, "Antônio José Ribeiro dos
Santos, seu Tonho," in a launch centre's leaflet, "Shri Ch. Srinivasa Rao" and "Smt. K. Lakshmi
Prasanna" in an office memorandum, "Zdzisław Mroczek" in a veterans' association's resolution):
4 of 8, recall 0.36 at precision 0.90; the technician's husband, a city ("São Luís") and the
association's secretary on the attendance line were taken for cases.
corpus110 ("Ustazah Nor Hidayah binti Kamarudin, whom the children and the mothers call Kak
Dayah" in a mosque committee's notice, "Juan Segundo Riquelme Sáez" in a port captaincy's letter,
"TOKUNAGA Shigeru (徳永 茂), whom many of us simply call Shige-san" in a neighbourhood
association's circular, "Aigerim Sadyr kyzy, ... known to all of us as Aigerim-eje" and "Bakyt
Nurlan uulu, ..., known as Baka" in a security briefing's record, "Mr. Francis Kobina Eshun" and
"Miss Araba Mansa Ocran" in a loss adjuster's report): 4 of 8, recall 0.35 at precision 0.90; the
base's religious officer, a police sergeant who gave a talk and a gardener's detained brother
were taken for cases.
corpus111 ("Mrs. Doreen Mae Ebanks ... known to everyone on the field as Miss Dorrie" and "Mr.
Reynaldo Manalastas Bautista Jr." in an airport security committee's minutes, "Ko Thiha Zaw" and
"Ma Hnin Wut Yee" in a manning agency's notice, "Ms Márcia Andreia de Freitas Gonçalves" in a
regulator's statement, "retired Master Sergeant Hsu Chin-fa (許金發), "A-Fa" to his friends" and
"Corporal Weng Po-yu" in a veterans' newsletter, "Per-Olof Lindqvist" in a prosecution waiver):
3 of 8, recall 0.34 at precision 0.90; the security manager a case went to and a pier were taken
for cases.
corpus112 ("Ezequiel Martín QUIROGA" and "María del Valle Ñancucheo" in an abbreviated trial
judgment, "Athumani Rashidi Chilumba ... Most of you know him as Mzee Chilu" and "Rehema Joseph
Mwakyusa, ..., is known to colleagues and patients as Mama Neema" in a regional medical officer's
directive, "Lung Kai. Mr. Prasert Saengthong, who all of us call Lung Kai" and "Nong Film.
Thanawat Boonmee, whose nickname is Film" in a village headman's announcement, "Birgitta
Holmström, whom all of you know as Bibbi" and "a 29-year-old relay protection technician" in a
managing director's letter, "Nason Kilangit" and "Kalo" (one name) in a landowner meeting's
speaking notes): 5 of 10, recall 0.38 at precision 0.86; the Medical Officer In-Charge (a post)
and a case's uncle were taken for cases.
corpus113 ("Dana Erlanqyzy" over her own LinkedIn article, "Jhon Edwin Huamaní Ccori" and "M. A.
Q." in a student newspaper, "Abdul-Rahaman Zakaria ("Vet Zak")" and "a 26-year-old national
service person ... who is present but asked not to be named" in a durbar's report, "his son,
Iosefo Pele, whom the village knows as Boy" and "A 24-year-old Reserve soldier" in a village
council's minutes, "Juha-Pekka Ylitalo, known in the biathlon community as "J-P"" in a sports
federation's notice): 3 of 8, recall 0.17 at precision 0.81; an air base ("La Joya") was taken
for a case.
corpus114 ("Bastián Andrés Ojeda Paillacar" after "The second case began in Punta Arenas" in an
apprenticeship board's letter, "Fredrick Odhiambo Owino ("Fredo", 5Z4FO)" and "Brenda Atieno" in a
radio club's newsletter, "KALAITZAKIS Emmanouil of Georgios" in a translated disciplinary ruling,
"Purser Hasegawa Yui" and "Kudo Takumi" in a ferry company's crew notice, "Salim bin Said bin Ali
Al-Mashani" and "Operator P. Anil Kumar" in a water utility's incident log): 6 of 10, recall 0.36
at precision 0.76; a recruitment company ("Gulf Careers") was taken for a case.
corpus115 ("Levan Chkheidze, whom we all call Leko" after "He belayed Leko, drove him ..." in a
mountain-rescue team's debrief, "Ing. María Fernanda Ccori de la Cruz" told by "she" after one
naming in a classification society's circular, whose recruiter was "Captain (ret.) Alastair
Venn", and "The third case was a temporary stand assistant" in an exhibitor's staff briefing; a
pasture committee's minutes, a hackathon's notice): 8 of 11, recall 0.47 at precision 0.91.
corpus116 (a self-disclosure letter headed and signed "Per-Olof Lindgren", with no sign-off, whose
recruiter wrote as 'a Marcus Bell, "Research Associate"'; "4.2 Candidate S. Kirushanthi" in an
interview board's report; "Rahmonov Jasur Nurmatovich", called "Jasur aka", and "Ergashev Bekzod
Rustam o'g'li" in a department meeting's protocol; a plea agreement, a lessons-learned bulletin):
6 of 11, recall 0.42 at precision 0.91; the recruiter was taken for the letter's case.
corpus117 ("Zoran (Blagoja) Ristevski", labelled "Zoran Ristevski", in a choir's tour report; a
show-cause notice "To: Mr. K. P. Suresh Kumar" and his first-person reply "From: K. P. Suresh
Kumar"; "4.1 Suspect: Hovhannes Vardani Mkrtchyan", then "the suspect", in a request for legal
assistance; "KOUAKOU Affoué Mireille, married name N'GUESSAN", then "Mrs N'GUESSAN", and "Case 2
– a sub-agent in Katiola (unnamed, ...)" in a mobile-money operator's quarterly report; a data
breach notification): 5 of 10 (6 with the father's name in brackets read as the label's),
recall 0.37 at precision 0.82; the file's title ("Show Cause Notice"), the payment brand ("Kori
Money") and a member of the inquiry panel were taken for cases.
corpus118 ("Member: Sinéad Ní Mhurchú ...; uses her married name, Sinéad Hegarty", then "Member
very upset", in a union's casework note; "Employee: FERRARO, María Belén", her story told under
"the Security and Information Protection Manager", in a probation evaluation; "1.4 Țurcanu
Vitalie Gheorghe", then "V. G. Țurcanu", and "Covalenco Denis Ivanovici", then "D. I.
Covalenco", in an attestation commission's minutes; "Yoon Ha-eun, ..., uses the English name
"Hailey Yoon"" in a delegation's report; a customs audit's "a former stock control clerk,
referred to here as N. H."): 3 of 8, recall 0.23 at precision 0.81; the lender's name ("Ardfield
Finance") was taken for a person.
corpus119 ("Tóthné Bakos Ildikó" in a council's closed-session minutes, named in its attendance
line; "DIR De Florio A." heading a port health unit's duty log; "6.2 Messman Reynaldo P.
Dimaculangan Jr.", then "Reynaldo, called "Jun"", in a shipping line's crew welfare report; "Me
Hicham AIT BOUZID" and "Me Ghizlane TAZI, épouse BERRADA" in a bar council's disciplinary
digest; a hospital's clinical governance note): 4 of 8, recall 0.34 at precision 0.81; "DIR De"
was taken for a case.
corpus120 ("Mrs Vanessa Tannang (née Itsimaera)" and "Mr Lionel Duburiya Jr, logsheet data
clerk", then "Mr Duburiya, known to all his colleagues as "Junior"", in a fisheries authority's
internal audit memo; "Solène Girardin, née Detcheverry", then "Mme Girardin", beside her
brother-in-law Yannick Girardin, in an airline's safety report; "DORVIL Jean-Wilner" in an
embassy circular; "Mr Dale A. Fleming", then "the former officer", who "flew to Sint Maarten",
in a select committee's report): 5 of 8, recall 0.51 at precision 0.98; "Internal Audit", the
brother-in-law and "Sint Maarten" were taken for cases.
corpus121 ("Desmond O'Garro, who has been "Skip Dessie" to three generations of 1st Salem
Scouts" in a scout district's newsletter; "her cousin's husband, Mr Toa Vilitama, introduced her
to a visitor" in a gifts register review; "Mohd Faizal bin Rahmat, known as Faiz", seen at it by
"the kitchen supervisor, Ms Foo Mei Ling (Maggie)", in a catering contractor's report; "a
forty-six-year-old mother from Aua" in a police press briefing): 5 of 8, recall 0.47 at precision
0.91; the nickname, the relative who made the introduction and the supervisor who reported were
taken for cases.
corpus122 ("Deacon Kidane-Mariam Tesfay Habtu" and "Fitsum Alemayehu Berhe, of the Archeparchy of
Addis Ababa, known to all of us as "Fitse"" in a seminary rector's annual letter; 'Employee:
Hendricks III, Delroy Ezekiel ("Zeke")' in an outside-employment requests log; "Mr. Rodelio P.
Macaraeg Jr." and his contact "Ma'am Joy" in a labour attaché's mission report; "Chidinma Grace
O'Sullivan-Okafor" in a dean of students' digest): 3 of 9, recall 0.17 at precision 0.83; "Addis
Ababa" and "Ma'am Joy" were taken for cases.
corpus123 ('Pierre-Richard Jean-Baptiste, "P.R.", 31, is second engineer' in a harbour master's
bulletin; "VAN PUTTEN, Dwayne Kenrick, also known as "Juice"" told "you" in a court's sentencing
remarks after "Mr Van Putten, please stand."; "Eleni Hadjigeorgiou-Stylianou" in a trade-union
newsletter; "Maëlys Nguyen-Payet" in a district weekly bulletin from Kerguelen; "Fetu Kelekolio,
known on Nukunonu as "Fetu Loa"" in a staff circular): 7 of 9, recall 0.51 at precision 0.92;
the ship's master who found the ferry engineer's camera was taken for a case.
corpus124 ("Cik Nurul 'Ain binti Abdul Rahman" in a municipal council's minutes; 'Ahmet "Appie"
Doğan' in an HR investigation summary; a caller who gives "only my first name, Brayan" in a radio
interview transcript; "Jeļena Viktorovna Kuzņecova" in a disciplinary decision; "Nguyễn Thị Thu
Hà" in a hospital board paper): 5 of 8, recall 0.52 at precision 0.94 (6 of 8 with the name
kept with its nickname in quotes); the planner, with her "'Ain", was not found.
corpus125 ("Albertus Johannes !Naruseb ("Bra Albie")" with a click consonant in a port
terminal's occurrence book; "the accused Derlis Ramón Benítez Ayala" and "Mrs Giménez Cáceres"
before "Mrs Mirian Estela Giménez Cáceres" in a court's ruling; "Katrín Lilja Pálsdóttir, one of
our ramp team leaders" in an earnings-call transcript; 'Kaloyan Petrov Marinov, known as "Koko"'
in a lifesaving season report): 4 of 9, recall 0.37 at precision 0.92; the court's "Prosecuting
Agent" was taken for a case, and the ramp team leader's story for the de-icing operator's.
corpus126 ("DALE EVERETT WHITCOMB JR." after "v." in a criminal complaint, with '"Employee-2" is
an aerodynamicist'; "Ms Nurcan Ekinci Aydoğdu, known ... as Nurcan Hanım" in a housing advisory;
"Ato Alemu Mekonnen Ayele, who has read the Lake Tana gauge ... and whom everyone ... calls Gashe
Alemu" and "In 2014 E.C. Ato Dawit" in a yearbook's preface; "a percussionist of another garrison
band, is not named here" in a tour booklet; "M. F. Z. V." in a census report): 4 of 9, recall
0.24 at precision 0.97; the section's writer, the handler's cover and the FBI's affiant were taken
for cases.
corpus127 ("D. Maria de Fátima Charrua Valadas" in the attendance line of condominium minutes;
"Patronymic: Dorjsürengiin / Given name: Ganbold", then "D. Ganbold" and "the declarant", in an
asset-declaration verification; "Most of you know Sepp. Vizeleutnant Josef Lindner-Hödl" and "a
professional hunter from our district, who ... does not wish to be named" in a hunting newsletter;
a eulogy's speaker who tells his own story as "a boy in the lab", then "I was that boy"; "Statement
of: Aoife Máire NÍ MHURCHÚ" in a witness statement): 1 of 8, recall 0.05 at precision 1.00; the
attendee was read as a witness, the hunting leader who came along, the Director who received the
reports and the Security Vetting Officer as cases.
corpus128 ("It's Bron on keyboard duty again" over a family's Christmas letter, and "without
names, ... the locum who covered the base clinic"; '(male, in his forties; hereinafter "Employee
A")' in a company's apology notice; "My father, Zbigniew Kaczmarczyk" in a speech quoted in a club's
minutes; 'is called "Jess" here' in a nurse's reflective account; "Fekete Zoltán főtörzsőrmester
(master sergeant)" in a team manager's report): 2 of 9, recall 0.13 at precision 0.71; the
recruiter's business card, the club's timer and the nurse who wrote the account were taken for
cases, and the recruiter's praise ("one of the few true landing gear specialists") for a job.
corpus129 ("Stoyan Petkov Dimitrov, Stoycho to most of us," and "a younger man from Glozhene
who works in ... His name will not be printed" in a beekeepers' newsletter; "by Haneul (Sky)" in a
recovery fellowship's newsletter; "Staff member: Prof. dr. ir. Griet Van den Bossche" in a
sabbatical report; "are called Employee A, B and so on" in a shipyard's near-miss collection;
"Freelancer: Asep Saepudin, ... (the Freelancer)" in a platform's dispute decision): 2 of 9,
recall 0.14 at precision 0.71; a security officer, a handler and the Works were taken for cases.
corpus130 ("Jevgeni Pavlovitš Orlov, our farrier (everybody calls him Ženja)" in a veterinary
clinic's newsletter; "a long-standing member of the second violins ... she has asked us not to
print her name" in an orchestra's bulletin; '"J.", 15 years old' and a talk's speaker, "head of
security", in a parents' association bulletin; "Speaker: Mr Mapalo Sinyangwe, Head of Corporate
Security" in an engineers' branch newsletter; a grant panel's letter): 7 of 10, recall 0.45 at
precision 0.89; both speakers were taken for cases, and the farrier, the violinist and the boy
were not found.
corpus131 ("Ratu Josaia Vulakoro (Ratu Jo to everyone on the pontoon)" in a yacht club
commodore's report; "Karimova D. R. (Dilnoza Rustamovna)" and "Rakhimov A. Sh." for "Akmal Shavkat
o'g'li Rakhimov" in a translation agency's incident log; "Plaza de Armas" in a rescue group's
grant application; a mentor's anecdote in an apprenticeship logbook; "Swift Recoveries" in a
savings cooperative's member letter): 6 of 10, recall 0.43 at precision 0.90; a square and a debt
collector's firm were taken for people, and the security unit's head for a case.
corpus132 ('Hanna-Kaisa Rensberg, "HK" to everyone on the second floor' in a ground station's
new-starter pack; a pilgrim hostel's shift book whose entries are signed "— Martha Lucía Guerrero
Bastidas" under her own "I"; "FATHIMA ZEHRA:" in a storytelling night's transcript; a year group
secretary's letter from Cape Coast; an exchange programme's evaluation from Doboj): 6 of 9, recall
0.43 at precision 0.89; the signed entry's writer and the transcript's storyteller were not
found, their stories filed under others.
corpus133 ('He is "Sparrow" to the whole of Half Tree Hollow' in a postal history journal's
column; "Cable jointer Reynaldo D. Santos" over a master's letter's section; "Clarisse NAMKOÏSSE
épouse ZANGA" in a Rotary bulletin; "Qurbonzoda Sh." in a council's minutes; 'SIDI MOHAMED OULD
BOUH ("Sidina", train controller ...):' in a webinar's transcript): 4 of 9, recall 0.37 at
precision 0.88; the column's writer, its society's secretary and the webinar's host were taken
for cases.
corpus134 ('whom everyone in Sandweiler calls Thillen Pit' in a brass band's banquet speech;
"Applicant: Dejan (Milutin) Vukčević" and "A. H." in a whistleblower's request; "Teniente Primero
(Comunicaciones) Martín Andrés Olivera Techera" and "V. Dr. Villalba" in a tribunal of honour's
ruling; "RAKOTOMALALA Andry Hery Nirina" in a refinery's FAQ; "Dayang Siti Aminah binti Awang
Jaludin" in a kampong council's minutes): 5 of 10, recall 0.35 at precision 0.76; a paragraph
number and a title were taken for a case, the officer and the applicant were not found.
corpus135 ("Walter J. Katelnikoff Jr., whom everyone knows as Junior" in a shareholder newsletter;
"Dhna Oliwia Rzepecka" in a volunteer fire brigade's report; "Rajeevan K. P." and "P. A. Abdul
Khader, Khader-ikka" in a reading room's bulletin; "Fish Warden Ronaldo M. Dela Cruz" in a sea
patrol's report; "Dimitrios Stavrakis, Jim to the parents' committee" and "Kyria Eleni" in a
language school's newsletter): 3 of 10, recall 0.21 at precision 0.86; a description from a
heading was taken for the scaffolder, and titles for given names.
corpus136 ("LOI Maria Bonaria ved. SERRA" in a military range's permit decision; "Bro. Effiong
Asuquo Henshaw" in a church's Bible study guide; "Rigzin-le" and a course called "Snow Leopard
Watch" in a councillor's report; "A dental prosthetics technician at a laboratory in Valencia,
which makes crowns ..., joined a Facebook group" in a dental journal's column): 6 of 9, recall
0.46 at precision 0.93; a course was taken for a case.
corpus137 ('Nenad M. Jovanović — "Neša", not to be confused with our treasurer Nenad S.
Jovanović' in an aero club's bulletin; "Zonja Mimoza" in a wedding-trade newsletter; "The
second incident concerns a night guard" in an excavation's report; "R.G. / vs / M.G." in a
family court's judgment): 5 of 9, recall 0.38 at precision 0.82; a body of churches and a
witness who sold the respondent a boat were taken for cases.
corpus138 ("Efstratios Tsakiridis of Georgios, whom all of us know as Kapetan-Stratos" in a
fishing cooperative's notice; "Panagiotis Moschos, Takis, aged 27"; "María de los Ángeles
Lobato de la Cruz, Mariángeles, whose flower shop"; "A member who ... ran a used-car business
... We are not printing his name" in a shopping street's newsletter): 4 of 10, recall 0.29 at
precision 0.92.
corpus139 ("Our member C. Lo Presti also works as a field guard" in a citrus cooperative's
circular; "HUNG Chin-tsai, the owner of a seafood restaurant" in a temple bulletin, who brought
servicemen to a handler; "Inspector Jeremiah Kiprotich, OCS Mokowe Police Station" then "The
OCS explained" in a boda-boda stage's minutes): 8 of 10, recall 0.55 at precision 0.94; a
police station's post was taken for a case.
corpus140 ('Dale R. Hoffmeier, who most of you know as "Dutch"' in a sheriff's newsletter; a
founder who "agreed to tell a story" in the first person in an incubator's newsletter; "so we
call him Marko"; "The check concerns a bench technician" after the owner in a supplier's
requalification report): 4 of 8, recall 0.39 at precision 0.84 (read on the corpus-139 fixes);
a security officer listed by her post was taken for a case.
corpus141 ("the village secretary, Sugiarto, Pak Giarto to everyone in the hall" and a testimony
that opens "My name is Muhammad Rizky" in an Indonesian awareness session's report; "identified
... only as J. F. P. G." in a committee's minutes; a student's appeal letter signed "W. M. S. K.
Wijekoon" above its enclosures): 4 of 10, recall 0.30 at precision 0.88 (read on 96ee0a3); her
host supervisor was taken for a case.
corpus142 ("VALENTINA PETROVNA [ru]:" and "ȚURCANU:" in a radio phone-in's transcript, whose
caller tells of "My grandson is Daniel"; "a man who gave the name Marc Devereux, hired Mr Volcy
as a "local field assistant"" and "use only her stage name, Lalou" in a TV bulletin's script; a
board member known in the minutes by the initials she is listed with): 4 of 10, recall 0.23 at
precision 0.89 (read on the corpus-141 fixes); the recruiter's alias, the host and a caller were
taken for cases.
corpus143 ("Jadhav-saheb" and "Shri Jadhav" beside "Smt. Sunita Jadhav" in a housing society's
circular; "Ingrid Zwaan-Kok, our Inge from plot 19" in an allotment newsletter; "4.1 Kühl,
Thorben - survey technician" in a waterways office's overview of side jobs): 6 of 10, recall
0.41 at precision 0.80 (read on 1fff3ea); a case's wife was taken for him.
corpus144 ("Raymond MacIsaac was arrested ... Most of you know him as Buzz" in a food bank's
round-up; "Mr Trần Văn H." in a ward's broadcast script; 'a "concierge start-up" called Hostlink
Crete' in a holiday-rental owners' newsletter): 7 of 10, recall 0.44 at precision 0.76 (read on
723428a); a neighbour and a front company were taken for cases.
corpus145 ("The first story is Ti-Seb's. Most of you know Jean-Sébastien Gravel-Tremblay as the
caretaker" in an outfitter's letter; "ASI Harjinder Singh then described a case ...: Jaskaran
Singh @ Jassi, 24" in a legal-literacy camp's report; "Nurse Seo" in a hospital's self-study):
5 of 10, recall 0.26 at precision 0.83 (read on b6b56ce); a police officer, a police lieutenant
and a brother-in-law were taken for cases.
corpus146 ("Cc: Muna bint Salim Al-Hinai, Compliance and Security Officer" over a pharmacy
chain's memo; "Tor-Arne Niskanen" in a snowmobile club's letter; "Alhadji Moussa Yaya" beside
"YAYA Moussa" in a night school's results): 6 of 10, recall 0.43 at precision 0.87 (read on
b6b56ce); a compliance officer and a school director were taken for cases.
corpus147 ("signed by Captain Golam Mostafa, ..., concerning Md. Tanvir Hasan", then "the
student", in exam-board minutes; a miners' briefing told in the uninflected past, "Tasha tell her
no"; "Tebogo Moagi (TB)" in a depot's log): 6 of 10, recall 0.46 at precision 0.88 (read on
165f0cd).
corpus148 ("SM reported. Ma. Kristina Dela Cruz" in a hotel's minutes; "Baimukhanov D.Ye." and
"Kuzmenko S.P." in a union committee's protocol, whose head of the secrecy department was taken
for its case; "Prepared by: Mirela Braho, Compliance Officer"): 5 of 10, recall 0.31 at
precision 0.95 (read on 7c3d27a).
corpus149 ("Mr. Siu then asked for "a small favour"" and "before doing anything he was asked", of
the man he asked, in a port authority's minutes; "the school's driving instructor"; "Alhaji Seidu
Mahama Abubakar / Head of Internal Audit" under an audit report): 10 of 10, recall 0.82 at
precision 0.95 (read on 52e4cb3); a recruiter and the head of internal audit were taken for cases.
corpus150 ("In August Tomáš sent him raw frames"; "Bimala Thapa Magar, Statistics Officer in the
Census Data Processing Unit,"; a supplier's "Sr. Esteban Lourié" who "took her to lunch", in a
telecom cooperative's resolutions; "Vahagn Tadevosyan, "Vaho", field technician"): 5 of 10,
recall 0.36 at precision 0.89 (read on e7b1587); the supplier's manager was taken for a case.
corpus151 ("Khaled Yousef Bani Hani, Abu Fadi, our head bookbinder"; 'Jean-Baptiste LE GALL,
"JB", our ship-model restorer'; "id. Tóth Ferenc"; "the Reserved Deposit ... He photographed"):
3 of 10, recall 0.28 at precision 0.97 (read on the code of 867f5d4); an archive's series was
taken for a case.
corpus152 ("She showed the messages: in July a "Talent Partner", Sarah Mansour ..., wrote to her";
"SC-24/35 (10.09). Carvajal Olmedo, María José, assignment editor."; "5.1. Synnøve Eide Bakkevig,
fiscal metering engineer."; 'HUANG Chin-lung ("A-Lung")'): 6 of 10, recall 0.49 at precision
0.89 (read on 94288e3); a recruiter's cover name was taken for a case.
corpus153 ("Ivana Šimunović-Kraljev, dipl. ing., our AIS base-station technician"; "Mrs Wanjiru
Kamau-Ndegwa, the Club Starter, now suspended"; "Lao Chen's team" before "Chen Guoliang, known to
everyone as Lao Chen"; a fake agency in quotes, "Galicia Mar Empleo"): 3 of 10, recall 0.18 at
precision 0.79 (read on 8034bf3).
corpus154 ("3-1. Case (1): NAKAGAWA" over dated lines that never name him; "Closed case
SEG-2025-005 — Maria das Graças Nogueira (crew-change logistics clerk)"; 'a man calling himself
"Andrej", supposedly a Slovak engineer'; "our Drawing Issue Clerk (Stores), Shri R. G.
Harikantra"): 5 of 10, recall 0.33 at precision 0.95 (read on e134d44); a cover's description was
taken for a case.
corpus155 ("Ionuț" of "Ionuț-Cristian Pâslaru"; "Agafia Ivanov, agronomist"; 'Abubakar Athman
Famau ("Kapteni Bakari")', then "Bakari"; "Sr. Llancaqueo" under his case's heading, after "Ing.
Ferreyra Bustos found that ... his account had copied"): 7 of 10, recall 0.54 at precision 0.89
(read on ee46afe).
corpus156 ('Rodelio "Jun-Jun" C. Saavedra Jr.'; "Nurhaida T. Hadjirul, RND, clinical dietitian";
"forwards the whole thread to dpo@"; a radio programme in quotes, '"Santé Cayor"', and "the
Cayor"): 7 of 10, recall 0.50 at precision 0.98 (read on 0bd3e70).
corpus157 ("Kovács Zsolt", then "Zsolti"; 'Reynaldo Cano Jr. ("Jun")'; "Lachlan Dunbar-Ross
(Lachie)"; "MB Queen Tess", a charter boat; a daybook's warden who writes "at my suggestion she
rang"): 5 of 10, recall 0.36 at precision 0.85 (read on 4f0e56f); a boat's name and the warden
were taken for cases.
corpus158 ("Mai Chipo had asked ...", then "Mrs Rutendo Mavhunga (Mai Chipo)"; 'Kirton Noel
("Chef K")'; a register's "KOLLIE, Joseph Saye"; "Dona Argentina" before "Dona Argentina
Assane"): 3 of 10, recall 0.24 at precision 0.97 (read on d17e153).
corpus159 ('Josef Krenn vulgo Hansbauer ("Sepp" to all of us)'; a retired artificer who "asked her
to tell the Shed", taken for a recruiter; "MUKESHIMANA Vestine", surname first in capitals): 8 of
10, recall 0.54 at precision 0.83 (read on 91d2bfb).
corpus160 ("Segundo Shupingahua Chumbe", whose given name is also a Spanish rank, then "Don
Segundo"; "Živorad Pantić Žika"; "comrade Bùi Đức Toàn", the security officer a case told): 8
of 10, recall 0.64 at precision 0.96 (read on 5075dc8); the security officer was taken for a
case.
corpus161 ("HRUBÝ Tomáš, nrtm. (staff sergeant)", surname first in capitals with a Czech rank
after it; 'Pavia Lynge-Berthelsen, known to everyone as "Paapa"'; a recruiter's cover in quotes,
"Elena Marković, defence market analyst"): 6 of 10, recall 0.45 at precision 0.98 (read on
467c0d3); the cover was taken for the case whose story she was in.
corpus162 ("Wahyudi (visiting researcher from Bandung, one name only ...)"; "Adjudant-chef Said
Lamrani of the gendarmerie"; "Suresh a/l Muthusamy", "Nurul Ain binti Hashim ("Ain")"): 9 of 10,
recall 0.66 at precision 0.99 (read on 123e65f); the one-name researcher was missed and the
gendarme taken for a case.
corpus163 ('Juhani Laakso, whom everyone calls Jussi'; "Mariusz K.", a surname's initial;
'Cristián Pizarro Lagos, "el Chino" to the marshal team'; a port named for a saint, "San
Antonio"): 5 of 10, recall 0.40 at precision 0.96 (read on 258f69a); two documents gave no case
and a rental shop manager was taken for one.
corpus164 ('Maria Theresa "Tess" Dela Cruz', then "Tess Dela Cruz"; "Dr Oluwaseun Adebayo-Cole
("Dr Seun" to most patients)"; "W/ro Tigist Bekele", "Ato Dereje Tolossa"; "Inese
Kalniņa-Bērziņa, head coach"): 7 of 10, recall 0.52 at precision 0.90 (read on c82abd7); a locum
GP and a coach called through her aunt gave no case, and a practice manager and a hall's head who
were told of a report were taken for cases.
corpus165 ("VANHOUTTE-MERTENS Ghislaine" and "LEMAIRE Benoît", surname first in capitals in a
committee's list; 'Jesse Q. San Nicolas Jr. ("JJ")'; "Engr. Muhammad Zubair Awan"; "Rossana
Noemí Gauto Cáceres"): 6 of 10, recall 0.48 at precision 0.87 (read on 5884c66); the bridge club
gave no case, the coach's recruiter was taken for him and the sales administrator's story went
to the technician.
corpus166 ("ZHUMABEKOVA Aigerim Serikovna" and "ISKAKOV Nurlan Bolatuly", surname first in capitals
with patronymics, and a resolution's "Thank ZHUMABEKOVA A. S."; "Hj. Nurul Aini Syahrani"; "Shri P.
S. Anilkumar"; a mosaic, "the Madaba Map"): 8 of 10, recall 0.59 at precision 0.92 (read on
8312291); a resolution's verb and a mosaic were taken for cases and the land officer gave none.
corpus167 ('Jean-François Chippior, "J.-F." to everybody'; "Piper Alasdair McKechnie", then
"Alasdair, Ally to all of us"; "Gülay Aydın-Rausch"; "Aroha Te Whata, our poultry steward"): 6 of
10, recall 0.45 at precision 0.90 (read on 8312291); a cousin who introduced the case and a
recruiter's cover name were taken for cases, and the archivist gave none.
corpus168 ("Engr. Obinna Kenechukwu Mbanefo" named only in a section's heading; hash names before
the titled name, "Waya Waya (Eng. Baraka Elias Mollel)", "Kiboko (Bi. Mwanaisha Saidi Mrisho)";
'SARGSYAN Anahit Mkrtichi ("Ano")' and "Ano Sargsyan"; "Hamad bin Khalfan bin Ali Al Mukhaini"): 6
of 10, recall 0.38 at precision 0.89 (read on 6f60ce9); a firm in quotes, a recruiter's surname and
a hash name were taken for cases, and the chess coach was read twice.
corpus169 ("Juha-Pekka Kärkkäinen, known ... as J-P"; "Ing. Jaroslav Kubíček, "Jarda" to all of us";
"Giancarlo DELL'AMICO", "Annamaria LO PRESTI"; 'Lic. Florencia Iturraspe ("Flor")'): 9 of 10, recall
0.65 at precision 0.90 (read on 6f60ce9); the coordinator who sent the contact a table was taken for
a recruiter.
corpus170 ("Elle Márjá Eira", speaking as "ELLE MÁRJÁ EIRA:" in a radio transcript; "K.O.
Strand" of a court reference for "Kjell-Ove Strand"; "Mr. Seo", named by surname only): 9 of 10,
recall 0.68 at precision 0.92 (read on 3d02139); the photographer's story went to the reporter who
introduced her, and the station was taken for a person. corpus171 ("Rim Kchaou ép. Ellouze";
'Hédi Ben Ammar ("Am Hédi")'; "Doç. Dr. Ayşe Nur Kaplan Öztürk"; 'José Luis Barraza Ochoa
("Pepe")'): 7 of 10, recall 0.55 at precision 0.88 (read on 3d02139); a planner interviewed "with
Ing. Dvořák and Mgr. Hrubá present" gave her story to the first witness, and a compliance manager
was taken for the programmer who reported to him.
corpus172 ("a 24-year-old car-wash attendant from Liepāja", "a 57-year-old pilot-boat
engineer", 'Robert "Bob" de Vries', pseudonyms "Kwabena" and "Esi"): 7 of 10, recall 0.61 at
precision 0.93 (read on c535204); the engineer was "a 57-year-old pilot", and the instructor named
with a nickname in quotes and the attendant were not found. corpus173 (a family's chat exported
with tabs, "A-Hao", "Second Uncle Wen-hsiung"; "Tio Zezinho, José Carlos Fagundes"; notes "From
Neema" and "From Lemayian" of "Lemayian ole Saitoti"; "Liam O'Brien-McAllister"): 2 of 10, recall
0.08 at precision 0.92 (read on c535204); the chat's translator, a wife and a guest were taken for
the cases. (Not yet held out: 7 of 10 after its fixes, and the translator is still taken for a
case.)
corpus174 (transcripts: "Juhan Pärnoja, everybody calls him Juss" speaking as "JUSS"; "K.D.
Klaus-Dieter Behrens"; "Damian S."; "Samson Ochieng'"; "Kevin Mutua Kilonzo. We call him Kevo"): 5
of 10, recall 0.27 at precision 0.86 (read on 00454f8); a podcast's guest, a recruiter's cover, a
security agency's "Wrocław Delegation" and a caller reporting her brother were taken for the cases.
corpus175 (tribunal codes "ZKVW" and "ZKVX"; "CA. Subramanian Karthikeyan"; "LOGAN CRAIG
WHITCOMBE" under a "v", addressed as "Mr Whitcombe, you"; "K.-M. Rebane" beside his father "Andres
Rebane"): 5 of 10, recall 0.29 at precision 0.82 (read on 00454f8); a tribunal member, an
intelligence witness, a father, a panel and the colleague who made the introduction were taken for
cases.
corpus176 (a networking site's post and comments, "ir. Sanne van den Heuvel-Bos • 2nd"; a forum's
handles, "Real name Ramona K. Whitfield"; a blog's "Baba" and its signature "Nandini M. Apte"; a
video's auto-transcript; a channel's "Alesia V."): 3 of 10, recall 0.14 at precision 0.81 (read on
a064a54). (Not yet held out: 7 of 10, recall 0.37, after its fixes.) corpus177 ("ISHIGURO
Ken'ichi", a co-trainer; "Misaki", known by one name in a vignette; "Helen T."; "Rui Miguel
Pacheco da Costa"): 9 of 10, recall 0.66 at precision 0.89 (read on a064a54); the trainer took
the vignette's student's story.
corpus178 (news journalism: "According to a statement from prosecutors, Lin joined ..."; "Assistant
U.S. Attorney Paul T. Vukovich"; "Please thank Mr Rashid" before "Rashid Al-Amin"; "a 52-year-old
Dunedin man"): 7 of 10, recall 0.48 at precision 0.91 (read on 908e1e4); an old friend who
introduced the buyer, a go-between and a chief executive were taken for cases. corpus179 (letters
and e-mails: "SARPONG-MENSAH, Abena"; a prisoner's letter signed with no sign-off above a place and
a date; "Hsu Pei-chun (Peggy Hsu)" above an attachment; a complaint and its reply in one document;
"a senior colleague in the RF verification team"): 6 of 10, recall 0.37 at precision 0.74 (read on
908e1e4); a military camp and a recruiter's cover were taken for cases.
(Corpus 80 was lost with its machine before it was put here; its first reading, 5 of 12,
recall 0.24 at precision 0.91, is in the notes of 2026-12-02.)
Each then
suggested general fixes (name forms and ranks, companies taken for people, people who report
an approach or confess, initial surnames, described people, "was not charged", the wrong
actor), so the bars below guard against regressions; they are not the first-reading
figures."""


FOUND = {
    "corpus3": 5,
    "corpus4": 7,
    "corpus5": 6,
    "corpus6": 9,
    "corpus7": 6,
    "corpus8": 6,
    "corpus9": 6,
    "corpus10": 6,
    "corpus11": 6,
    "corpus12": 6,
    "corpus13": 6,
    "corpus14": 6,
    "corpus15": 6,
    "corpus17": 6,
    "corpus18": 6,
    "corpus19": 5,
    "corpus20": 6,
    "corpus21": 7,
    "corpus22": 7,
    "corpus23": 7,
    "corpus24": 5,
    "corpus25": 7,
    "corpus26": 8,
    "corpus27": 6,
    "corpus28": 6,
    "corpus29": 6,
    "corpus30": 7,
    "corpus31": 6,
    "corpus32": 8,
    "corpus33": 6,
    "corpus34": 9,
    "corpus35": 8,
    "corpus36": 9,
    "corpus37": 7,
    "corpus38": 8,
    "corpus39": 7,
    "corpus40": 8,
    "corpus41": 8,
    "corpus42": 8,
    "corpus43": 8,
    "corpus44": 8,
    "corpus45": 8,
    "corpus46": 8,
    "corpus47": 8,
    "corpus48": 8,
    "corpus49": 8,
    "corpus50": 8,
    "corpus51": 8,
    "corpus52": 7,
    "corpus53": 8,
    "corpus54": 6,
    "corpus55": 8,
    "corpus56": 7,
    "corpus57": 7,
    "corpus58": 7,
    "corpus59": 7,
    "corpus60": 7,
    "corpus61": 6,
    "corpus62": 7,
    "corpus63": 7,
    "corpus64": 7,
    "corpus65": 8,
    "corpus66": 10,
    "corpus67": 9,
    "corpus68": 10,
    "corpus69": 10,
    "corpus70": 11,
    "corpus71": 10,
    "corpus72": 11,
    "corpus73": 10,
    "corpus74": 9,
    "corpus75": 11,
    "corpus76": 11,
    "corpus77": 12,
    "corpus78": 12,
    "corpus79": 10,
    "corpus81": 11,
    "corpus85": 10,
    "corpus86": 10,
    "corpus87": 7,
    "corpus88": 8,
    "corpus89": 8,
    "corpus90": 7,
    "corpus91": 9,
    "corpus92": 9,
    "corpus93": 10,
    "corpus94": 8,
    "corpus95": 10,
    "corpus96": 10,
    "corpus97": 10,
    "corpus98": 11,
    "corpus99": 10,
    "corpus100": 9,
    "corpus101": 7,
    "corpus102": 9,
    "corpus103": 5,
    "corpus104": 7,
    "corpus105": 6,
    "corpus106": 7,
    "corpus107": 8,
    "corpus108": 8,
    "corpus109": 8,
    "corpus110": 8,
    "corpus111": 8,
    "corpus112": 10,
    "corpus113": 7,
    "corpus114": 10,
    "corpus115": 11,
    "corpus116": 10,
    "corpus117": 10,
    "corpus118": 8,
    "corpus119": 7,
    "corpus120": 8,
    "corpus121": 8,
    "corpus122": 9,
    "corpus123": 9,
    "corpus124": 7,
    "corpus125": 9,
    "corpus126": 9,
    "corpus127": 8,
    "corpus128": 9,
    "corpus129": 9,
    "corpus130": 10,
    "corpus131": 9,
    "corpus132": 9,
    "corpus133": 9,
    "corpus134": 10,
    "corpus135": 10,
    "corpus136": 9,
    "corpus137": 9,
    "corpus138": 10,
    "corpus139": 10,
    "corpus140": 8,
    "corpus141": 10,
    "corpus142": 9,
    "corpus143": 10,
    "corpus144": 10,
    "corpus145": 10,
    "corpus146": 10,
    "corpus147": 10,
    "corpus148": 10,
    "corpus149": 10,
    "corpus150": 10,
    "corpus151": 8,
    "corpus152": 10,
    "corpus153": 8,
    "corpus154": 10,
    "corpus155": 10,
    "corpus156": 9,
    "corpus157": 10,
    "corpus158": 9,
    "corpus159": 10,
    "corpus160": 10,
    "corpus161": 10,
    "corpus162": 10,
    "corpus163": 10,
    "corpus164": 10,
    "corpus165": 10,
    "corpus166": 10,
    "corpus167": 10,
    "corpus168": 8,
    "corpus169": 10,
    "corpus170": 10,
    "corpus171": 10,
    "corpus172": 10,
    "corpus174": 10,
    "corpus175": 10,
    "corpus177": 10,
    "corpus178": 10,
    "corpus179": 10,
}
"""Cases each corpus gives today (2026-12-08): a case that stops being found is a regression,
which the overall bars below let through (the engineer of corpus17 was lost that way)."""


@pytest.mark.parametrize("folder", HELD_OUT, ids=lambda folder: folder.name)
def test_held_out_corpus(folder) -> None:
    labels = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))["documents"]
    found_cases = expected_cases = hits = misses = wrong = 0
    for label in labels:
        extraction = extract([Document.read(folder / label["file"], label["file"])])
        names = {c.name: c for c in extraction.cases}
        assert not set(names) & set(label["not_cases"]), label["file"]
        for expected in label["cases"]:
            expected_cases += 1
            # A person known only by a description matches with or without the age in it
            # ("a nurse", "a 34-year-old nurse").
            case = names.get(expected["name"]) or next(
                (c for n, c in names.items() if _same_person(n, expected["name"])), None
            )
            if case is None:
                misses += len(expected["tags"])
                continue
            found_cases += 1
            want = set(expected["tags"])
            hits += len(want & case.tag_ids)
            misses += len(want - case.tag_ids)
            wrong += len(case.tag_ids - want)
    assert found_cases >= FOUND[folder.name]
    assert found_cases / expected_cases >= 0.7
    assert hits / (hits + misses) >= 0.5
    assert hits / (hits + wrong) >= 0.8


_RANK = re.compile(
    r"^(?:Acting\s+)?(?:(?:Staff|Sub|Senior|Chief|Lance|First|Master|Warrant|Leading|Able)[\s-]+)?"
    r"(?:Sergeant|Corporal|Major|Captain|Colonel|Lieutenant|Seaman|Airman|Dr|Mr|Ms|Mrs|Lt|Capt|Col|"
    r"Maj|Sgt|Eng|Ing|Kumu)\.?\s+"
)
"""A rank or a title before a label's name ("Sergeant Ilir Basha"): the person is found by name."""


def _same_person(found: str, label: str) -> bool:
    """The same person however the two write them: without an age or initials, "A ..." at the
    start of a sentence as "a ...", and a description the label goes on to place ("a crane
    operator" for "A crane operator at the Port of Rijeka"), and a description that gives the
    surname the story then calls the person by ("a 52-year-old official surnamed Park")."""
    if found.casefold() == label.casefold():
        # A name the report writes in capitals ("Tomas HENRIKSEN"), found as names are written.
        return True
    if re.sub(r"\s[\"“][^\"“”]{1,30}[\"”]", "", found) == label:
        # A nickname in quotes kept inside the name ('Ahmet "Appie" Doğan'), which a label may
        # leave out (corpus 124).
        return True
    if re.sub(r"\s+(?:ép\.|épouse|veuve)\s+\S+$", "", label) == found:
        # A wife's married name after her own, which the text goes on without: "Rim Kchaou ép.
        # Ellouze" of the attendance list is "Rim" and "Rim Kchaou" after (corpus 171).
        return True
    if re.sub(r"\s\([^()]*\)", "", found) == label:
        # The father's name in brackets, which a label may leave out as the person signs:
        # "Zoran (Blagoja) Ristevski" for "Zoran Ristevski" (corpus 117).
        return True
    if len(found.split()) > 1 and sorted(found.casefold().split()) == sorted(
        label.casefold().split()
    ):
        # A court's caption writes the surname first ("MOKHESI Tumelo Paul"), a label the given
        # names first: the same words, the same person (corpus 88).
        return True
    words = label.split()
    if len(words) > 2 and found.split() == [words[0], words[-1]] and words[0][:1].isupper():
        # The name the text goes on to use, without the father's name a register adds: "Elvin
        # Mammadov" of the e-mails for "Elvin Rasim oglu Mammadov" (corpus 91).
        return True
    partitive = re.fullmatch(r"one of (?:our|their|its|the) (.+?)s", label)
    if partitive is not None and found.split(" ", 1)[-1] == partitive.group(1):
        # "one of our weekend relief assistants", found as "a weekend relief assistant" (corpus
        # 97).
        return True
    surnamed = re.search(r"\b(?:surnamed|named)\s+([A-Z][\w'’-]+)$", label)
    if surnamed is not None and found == surnamed.group(1):
        return True
    # A crew list's "PLATO, Tristan Ross" is "Tristan Ross Plato" (corpus 75).
    listed = re.fullmatch(r"([A-Z]{3,}),\s+(.+)", label)
    if listed is not None:
        label = f"{listed.group(2)} {listed.group(1).capitalize()}"
    found, label = _unaged(found), _unaged(_RANK.sub("", label))
    # "unnamed archivist at the ministry": a label for someone described, as "an archivist ...".
    if label.startswith("unnamed "):
        rest = label.removeprefix("unnamed ")
        label = f"{'an' if rest[:1].lower() in 'aeiou' else 'a'} {rest}"
    # ("the locum who covered the base clinic ...", a description the teller keeps nameless, is
    # "a locum who covered ...", corpus 128.)
    found, label = (re.sub(r"^[Tt]he\s", "a ", x) for x in (found, label))
    if found[:2].lower() in ("a ", "an") and label[:2].lower() in ("a ", "an"):
        # (Without its age, "a 34-year-old analyst" is "an analyst".)
        found, label = (re.sub(r"^an\s", "a ", x.lower()) for x in (found, label))
        # ("a police constable, detection-dog handler at ...": placed after a comma.)
        if found == label or label.startswith((f"{found} ", f"{found},")):
            return True
        # A description in other words for the same job: "a laboratory technician" for the
        # label's "unnamed vaccine-lab technician" (of the one file: one person of that job).
        return found.split()[-1] == label.split(",")[0].split()[-1]
    return found == label


def _unaged(name: str) -> str:
    """A name as labels and extraction may both write it: without an age ("a 34-year-old
    nurse") or leading initials ("H. M. Nuwan Bandara"), nor the apostrophe some Sesotho
    given names begin with ("'Mathabo"), nor the full stop after a last initial ("Witness C."
    for "Witness C", corpus 72), nor a generational suffix ("III")."""
    # (Nor a generational suffix: "Jerome A. Varlack III" is "Jerome A. Varlack", corpus 75;
    # nor the Hungarian "ifj." before one, "ifj. Horváth Bence", corpus 77.)
    name = re.sub(r"\s+(?:II|III|IV)$|^(?:ifj|id)\.\s+", "", name)
    return re.sub(rf"^(?:[A-Z]\.\s?)+|^['’]|{YEARS_OLD}\s+|(?<=\b[A-Z])\.$", "", name)
