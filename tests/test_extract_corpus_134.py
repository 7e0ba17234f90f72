"""What corpus 134 (five documents, read once on 85ef286: 5 of 10 cases found on arrival, tag
recall 0.35 at precision 0.76, read 424 68.5% usable with one wrong key; a brass band
president's banquet speech from Sandweiler, a whistleblower's request for protection from Kotor,
an army tribunal of honour's ruling from Durazno, a refinery's internal FAQ from Toamasina and a
kampong council's minutes from Bangar) showed that extraction did not read, fixed by concept: a
paragraph's number in Roman numerals is no initial ("V. Dr. Villalba opened an account"); a
rank with its grade and branch ("Teniente Primero (Comunicaciones) Martín Andrés Olivera
Techera"), whom the ruling then calls "the officer"; the applicant of a request told in the
first person is its "I" ("Applicant: Dejan (Milutin) Vukčević"); initials apposed to a
description and written again and again ("a technician of one of our maintenance contractors,
A. H., in a café"); a surname in capitals with three given names ("RAKOTOMALALA Andry Hery
Nirina"); the given name of a two-word name one goes by, said alone ("Thillen Pit", then
"Pit"); a reporting line called ("she called the ISD telephone line")."""

from __future__ import annotations

from .conftest import corpus_cases

_SPEECH = (
    "01_sandweiler_sainte-cecile-banquet-speech_"
    "dangerous-goods-acceptance-agent-and-conference-hostess.txt"
)
_REQUEST = (
    "02_kotor_whistleblower-protection-request_"
    "hvdc-converter-station-operator-and-maintenance-contractor-technician.txt"
)
_RULING = (
    "03_durazno_tribunal-of-honour-ruling_"
    "satellite-communications-officer-and-defence-ministry-analyst.txt"
)
_FAQ = "04_toamasina_internal-faq_metallurgical-accountant-and-shipping-coordinator.txt"
_MINUTES = "05_bangar_kampong-council-minutes_longboat-operator-and-homestay-operator.txt"


def test_the_given_name_of_the_name_he_goes_by() -> None:
    cases = corpus_cases("corpus134", _SPEECH)
    assert {"Pierre Thill", "Ana Sofia Ferreira Lopes"} <= set(cases), cases
    # ("When Pit heard at that rehearsal what Sofia had done, he came to find me": his.)
    assert {"self-surrender", "security-office", "report-early"} <= cases["Pierre Thill"]
    assert "self-surrender" not in cases["Ana Sofia Ferreira Lopes"]


def test_the_applicant_and_a_technician_known_by_initials() -> None:
    cases = corpus_cases("corpus134", _REQUEST)
    assert {"Dejan (Milutin) Vukčević", "A. H."} <= set(cases), cases
    assert {"security-office", "report-early"} <= cases["Dejan (Milutin) Vukčević"]


def test_a_ranked_officer_the_ruling_calls_the_officer() -> None:
    cases = corpus_cases("corpus134", _RULING)
    assert set(cases) == {"Martín Andrés Olivera Techera", "María Valentina Píriz Sosa"}, cases
    assert {"invitation-travel", "covert-tradecraft", "bulk-collection"} <= cases[
        "Martín Andrés Olivera Techera"
    ]


def test_a_surname_in_capitals_with_three_given_names() -> None:
    cases = corpus_cases("corpus134", _FAQ)
    assert set(cases) == {"RAKOTOMALALA Andry Hery Nirina", "RAZAFINDRAKOTO Voahangy Lalao"}


def test_a_homestay_owner_who_called_the_line() -> None:
    cases = corpus_cases("corpus134", _MINUTES)
    assert set(cases) == {
        "Mohammad Firdaus bin Haji Kamis",
        "Siti Aminah binti Awang Jaludin",
    }, cases
    assert "secrecy-pressure" in cases["Siti Aminah binti Awang Jaludin"]
