"""What corpus 174 (five transcripts of spoken word, read once on 00454f8: 5 of 10 cases found,
tag recall 0.27 at precision 0.86; a Tartu podcast, a Kiel oral-history interview, a Dublin
committee hearing, a Wrocław press conference and a Nairobi radio call-in) showed: a broadcast's
guest whose post is security's ("Guest: Margus Tamm (MARGUS), formerly an investigator with the
Internal Security Service") tells the stories and is none of them; "everybody calls him Juss"
and "We call him Kevo" give the name a speaker's label or the family uses; the initials a name
goes by, said before it ("K.D. Klaus-Dieter Behrens"), are no part of it, and a name alone as a
speaker's answer is a person's by the "he" of the next sentence; "Henrik Sørensen he called
himself" is a cover; a security agency's "Wrocław Delegation" is an office; the Luo "ng'" ends a
name ("Samson Ochieng'"), and "My name is Samson Ochieng'. In Kayole they call me Baba Tess"
is one person; a stranger named with "a" ("A Dr. Grace Whitmore called him") is the contact; a
caller "calling about my small brother" tells his story, which her later lines go on with, and
the uncle the contact asked about is no case."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_document

_PODCAST = (
    "01_tartu_podcast-episode-transcript_reference-archivist-and-e-health-software-developer.txt"
)
_ORAL = (
    "02_kiel_oral-history-interview-transcript_shipyard-directors-secretary-and-naval-telex-"
    "operator.txt"
)
_PRESS = "04_wroclaw_press-conference-transcript_tram-driver-and-boxing-coach.txt"
_CALL_IN = (
    "05_nairobi_radio-call-in-transcript_embassy-guard-supervisor-and-computer-science-student.txt"
)


def test_the_podcast_guest_tells_the_stories_and_the_nickname_is_the_developer() -> None:
    cases = corpus_cases("corpus174", _PODCAST)
    assert set(cases) == {"Reet Kivisild-Oja", "Juhan Pärnoja"}, cases
    assert {"online-approach", "coercion", "hotline"} <= cases["Juhan Pärnoja"]


def test_initials_before_a_name_and_a_cover_he_called_himself() -> None:
    cases = corpus_cases("corpus174", _ORAL)
    assert set(cases) == {"Ingeborg Mahnke", "Klaus-Dieter Behrens"}, cases
    assert {"paid-tasks", "personal-vulnerability"} <= cases["Klaus-Dieter Behrens"]


def test_a_security_agencys_delegation_is_no_person() -> None:
    cases = corpus_cases("corpus174", _PRESS)
    assert set(cases) == {"Damian S.", "Aliaksandr M."}, cases
    assert {"paid-tasks", "covert-tradecraft"} <= cases["Damian S."]


def test_a_caller_about_her_brother_and_a_caller_who_gives_his_name() -> None:
    cases = corpus_cases("corpus174", _CALL_IN)
    assert set(cases) == {"Samson Ochieng'", "Kevin Mutua Kilonzo"}, cases
    assert {"paid-tasks", "request-beyond-public", "invitation-travel"} <= cases[
        "Kevin Mutua Kilonzo"
    ]
    from quiz.extract import _read_people

    people = _read_people(corpus_document("corpus174", _CALL_IN)).people
    assert people["Grace Whitmore"].contact
    assert "Baba Tess" not in people


def test_a_car_on_a_telegraphists_pay_a_shortwave_radio_and_a_flight_over_the_border() -> None:
    oral = corpus_cases("corpus174", _ORAL)
    assert {"unexplained-money", "covert-tradecraft"} <= oral["Klaus-Dieter Behrens"]
    press = corpus_cases("corpus174", _PRESS)
    # (A trip paid for by the hosts is an invitation's, no paid task.)
    assert "sudden-exit" in press["Aliaksandr M."]
    assert "paid-tasks" not in press["Aliaksandr M."]
