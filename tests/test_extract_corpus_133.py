"""What corpus 133 (five documents, read once on 59bd5c1: 4 of 9 cases found on arrival, tag
recall 0.37 at precision 0.88, read 421 56.9% usable; a postal history journal's column from
St Helena, a cable ship master's letter to the owners from Port Sudan, a Rotary club's bulletin
from Bangui, a hydrometeorological council's minutes from Khorog and a company webinar's
transcript from Nouadhibou) showed that extraction did not read, fixed by concept: the name a
man goes by, said in the next sentence ('He is "Sparrow" to the whole of Half Tree Hollow'),
and his name after a month ("Last January Sparrow put ..."); words said to a column's writer
(""...," he told me") are not the writer's; a section headed by a job and a name with a middle
initial ("Cable jointer Reynaldo D. Santos"); a married name in capitals whose husband's surname
comes back alone ("Clarisse NAMKOÏSSE épouse ZANGA", then "Mme ZANGA"); a cover name whose
surname is in capitals ("presented herself as Angelina MOREAU"); a surname with a two-letter
initial ("Qurbonzoda Sh."); a webinar's speakers labelled with who they are in a bracket
('SIDI MOHAMED OULD BOUH ("Sidina", train controller ...):'), whose host's "I am ..." makes her
no writer of the rest; "son of", "daughter of" inside a name ("Mariem Mint Ely Cheikh")."""

from __future__ import annotations

from .conftest import corpus_cases

_JOURNAL = "01_jamestown_philatelic-society-journal_forces-mail-sorter.txt"
_LETTER = "02_port-sudan_masters-letter-to-owners_cable-jointer-and-trainee-cable-engineer.txt"
_BULLETIN = "03_bangui_rotary-club-bulletin_diamond-valuer-and-gold-assayer.txt"
_MINUTES = "04_khorog_scientific-council-minutes_avalanche-forecaster-and-snow-observer.txt"
_WEBINAR = "05_nouadhibou_webinar-transcript_train-controller-and-rail-traffic-planner.txt"


def test_a_columnist_tells_of_the_man_he_calls_by_his_nickname() -> None:
    cases = corpus_cases("corpus133", _JOURNAL)
    assert set(cases) == {"Keith Anthony Yon"}, cases
    assert {"online-approach", "disproportionate-reward", "self-surrender", "report-early"} <= (
        cases["Keith Anthony Yon"]
    )
    # (Not the messages that vanished: he went nowhere.)
    assert "sudden-exit" not in cases["Keith Anthony Yon"]


def test_a_section_headed_by_a_job_and_a_name_with_its_middle_initial() -> None:
    cases = corpus_cases("corpus133", _LETTER)
    assert set(cases) == {"Reynaldo Dimaculangan Santos", "Arjun Senthilkumar"}, cases
    assert {"excessive-help-flattery", "request-beyond-public", "report-early"} <= cases[
        "Reynaldo Dimaculangan Santos"
    ]
    assert {"threats-leverage", "insider-access", "self-surrender"} <= cases["Arjun Senthilkumar"]


def test_a_married_name_in_capitals_and_a_cover_with_her_surname_in_capitals() -> None:
    cases = corpus_cases("corpus133", _BULLETIN)
    assert set(cases) == {"Florent-Désiré Gbanzialé", "Clarisse Namkoïsse épouse Zanga"}, cases
    assert {"secrecy-pressure", "request-beyond-public", "escalation"} <= cases[
        "Clarisse Namkoïsse épouse Zanga"
    ]
    assert {"placement", "sudden-exit", "insider-access"} <= cases["Florent-Désiré Gbanzialé"]


def test_a_surname_with_a_two_letter_initial() -> None:
    cases = corpus_cases("corpus133", _MINUTES)
    assert set(cases) == {
        "Davlatnazarov Mamadsho Shodmonovich",
        "Qurbonzoda Shohrukh",
    }, cases
    assert {"sudden-exit", "disproportionate-reward"} <= cases["Qurbonzoda Shohrukh"]
    # (What the second case should have done is his, not the first's.)
    assert "hotline" not in cases["Davlatnazarov Mamadsho Shodmonovich"]


def test_a_webinar_s_speakers_labelled_with_who_they_are() -> None:
    cases = corpus_cases("corpus133", _WEBINAR)
    assert set(cases) == {"Sidi Mohamed Ould Bouh", "Mariem Mint Ely Cheikh"}, cases
    assert {"security-office", "request-beyond-public", "false-persona"} <= cases[
        "Sidi Mohamed Ould Bouh"
    ]
    assert {"bulk-collection", "insider-access"} <= cases["Mariem Mint Ely Cheikh"]
