"""What corpus 113 (five documents, read once: 3 of 8 cases found on arrival, tag recall 0.17 at
precision 0.81; a night auditor's LinkedIn article from Aktau, a student newspaper's article from
Arequipa, a regional security council's durbar report from Tamale, a village council's minutes
from Leone and a sports federation's integrity notice from Rovaniemi; read 336 on the
questions) showed that extraction did not read, fixed by concept: a post's author on a line of
their own over the date it was published, the "I" of a first-person piece; an air base named with
its article ("La Joya") and an organisation in Spanish ("Fundación ...") are nobody; "a 26-year-old
national service person posted to ..., who is present but asked not to be named"; a son whom the
telling is about ("to speak about his son, Iosefo Pele") is no relative named in passing; a name
one goes by in initials ("known ... as "J-P"") says a person, and a cup is no one; a cover given
as "who said he was ..."; and the cues of a player met in a game, a generous friend, praise of a
gift, pictures held over the person "unless" they pay, a task set as a debt's price, a report made
before sending anything, a reminder of what was already sent, and nobody having suspected."""

from __future__ import annotations

import pytest

from quiz.taxonomy import find_cues

from .conftest import corpus_cases

_ARTICLE = "01_aktau_linkedin-article_hotel-night-auditor.txt"
_NEWSPAPER = "02_arequipa_student-newspaper-article_student-pilot.txt"
_DURBAR = "03_tamale_durbar-report_veterinary-inspector.txt"
_MINUTES = "04_leone_village-fono-minutes_courier.txt"
_NOTICE = "05_rovaniemi_sports-federation-integrity-notice_reservist-biathlete.txt"


def test_a_posts_author_tells_her_own_story() -> None:
    cases = corpus_cases("corpus113", _ARTICLE)
    assert set(cases) == {"Dana Erlanqyzy"}, cases
    assert {"threats-leverage", "self-surrender", "report-early", "security-office"} <= cases[
        "Dana Erlanqyzy"
    ]


def test_initials_and_not_an_air_base() -> None:
    cases = corpus_cases("corpus113", _NEWSPAPER)
    assert set(cases) == {"Jhon Edwin Huamaní Ccori", "M. A. Q."}, cases
    assert {"online-approach", "cultivation", "false-persona"} <= cases["Jhon Edwin Huamaní Ccori"]


def test_a_son_spoken_about_and_a_soldier_described() -> None:
    cases = corpus_cases("corpus113", _MINUTES)
    assert set(cases) == {"Iosefo Pele", "a 24-year-old Reserve soldier"}, cases
    assert {"threats-leverage", "request-beyond-public", "report-early"} <= cases[
        "a 24-year-old Reserve soldier"
    ]


def test_a_nickname_in_initials_and_no_cup() -> None:
    assert set(corpus_cases("corpus113", _NOTICE)) == {"Juha-Pekka Ylitalo"}


def test_the_veterinary_officer() -> None:
    assert "Abdul-Rahaman Zakaria" in corpus_cases("corpus113", _DURBAR)


@pytest.mark.parametrize(
    ("said", "tag"),
    [
        (
            'It was there, in the game, that he met a player called "Capt_Viktor".',
            "online-approach",
        ),
        (
            'He met a player called "Capt_Viktor", who said he was Víctor Salas, a first officer.',
            "false-persona",
        ),
        ('For months "Capt_Viktor" was simply a generous friend.', "cultivation"),
        ('He told him he was "a natural" and "wasted on a Cessna".', "excessive-help-flattery"),
        (
            "Unless the soldier paid $500, the videos would go to his mother and to the church.",
            "threats-leverage",
        ),
        (
            "He could keep the money if the soldier sent the training schedule of his company.",
            "request-beyond-public",
        ),
        (
            "Because he came before sending anything about his unit, nothing was lost.",
            "report-early",
        ),
        ("Had he come the first night he would have kept his $300 as well.", "report-early"),
        ("He reminded me that I had already sent passport data of forty-one guests.", "coercion"),
        ("I told him everything. Nobody had suspected anything.", "self-surrender"),
    ],
)
def test_cues(said: str, tag: str) -> None:
    assert tag in find_cues(said), find_cues(said)
