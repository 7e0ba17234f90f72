"""What corpus 111 (five documents, read once: 3 of 8 cases found on arrival, tag recall 0.34
at precision 0.90; an airport security committee's minutes from George Town, a manning
agency's notice to seafarers' families from Yangon, a financial regulator's public statement
from St Peter Port, a veterans' association's newsletter from Kinmen and a prosecution waiver
from Longyearbyen; read 328 on the questions) showed that extraction did not read, fixed by
concept: Myanmar's "Ko", "Ma", "U" and "Daw" before a name ("Ko Thiha Zaw", "Ma Hnin Wut Yee");
a Hokkien familiar "A-" name ("A-Fa") after a name with its own script, and never run into the
place before it ("In Xiamen A-Fa signed"); a relative someone went to with a request ("his
sister's son, Corporal Weng Po-yu") is no one a report went to; "... and is known to everyone
on the field as Miss Dorrie"; whom a verb was done to, named before, is whom "her" means ("he
gave Miss Dorrie a handwritten list ... and asked her"); "formerly a sanctions screening
analyst"; a fixed-base operator is at an airport; a town named after its port ("St Peter Port")
is no port."""

from __future__ import annotations

from .conftest import corpus_cases

_MINUTES = "01_george-town_airport-security-committee-minutes_fbo-ground-coordinator.txt"
_NOTICE = "02_yangon_manning-agency-family-notice_second-engineer.txt"
_STATEMENT = "03_st-peter-port_regulator-public-statement_sanctions-screening-analyst.txt"
_NEWSLETTER = "04_kinmen_veterans-association-newsletter_battlefield-tour-guide.txt"
_WAIVER = "05_longyearbyen_prosecution-waiver-decision_fibre-splicer.txt"


def test_miss_dorrie_and_not_the_security_manager_she_went_to() -> None:
    cases = corpus_cases("corpus111", _MINUTES)
    assert set(cases) == {"Doreen Mae Ebanks", "Reynaldo Manalastas Bautista Jr."}, cases


def test_burmese_honorifics() -> None:
    assert set(corpus_cases("corpus111", _NOTICE)) == {"Thiha Zaw", "Hnin Wut Yee"}


def test_a_familiar_a_name_and_a_relative_asked() -> None:
    cases = corpus_cases("corpus111", _NEWSLETTER)
    # (Not "Shuitou Pier", where he was stopped.)
    assert set(cases) == {"Hsu Chin-fa", "Weng Po-yu"}, cases
    assert "security-office" in cases["Weng Po-yu"]


def test_one_case_each() -> None:
    assert list(corpus_cases("corpus111", _STATEMENT)) == ["Márcia Andreia de Freitas Gonçalves"]
    assert list(corpus_cases("corpus111", _WAIVER)) == ["Per-Olof Lindqvist"]


def test_cues() -> None:
    from quiz.taxonomy import find_cues

    # A fee measured against a trade's pay, or what someone takes home.
    assert "disproportionate-reward" in find_cues(
        "For each voyage he paid US$2,000, close to half of a Second Engineer's monthly wage, "
        "for what took Ko Thiha half an hour."
    )
    assert "disproportionate-reward" in find_cues(
        'He called it a "finder\'s fee" of US$1,500 for each message, which Miss Dorrie pointed '
        "out is about half of what she takes home in a month, for a text."
    )
    # A piece of jewellery given, and debt to a moneylender.
    said = (
        'Mr Lim paid for everything, gave him a gold chain "for your mother", and listened to his '
        "troubles: the family had borrowed heavily to pay a broker."
    )
    assert {"excessive-help-flattery", "personal-vulnerability"} <= set(find_cues(said))
    assert "personal-vulnerability" in find_cues("The moneylender was adding interest every month.")
