"""What corpus 132 (five documents, read once on 79a1baa: 6 of 9 cases found on arrival, tag
recall 0.43 at precision 0.89, read 419 46.3% usable; a satellite ground station's new-starter
pack from Kiruna, a pilgrim hostel's shift book from Ipiales, a year group secretary's letter
from Cape Coast, an exchange programme's evaluation from Doboj and a storytelling night's
transcript from Bengaluru) showed that extraction did not read, fixed by concept: letters in
quotes that everyone calls the person ('Hanna-Kaisa Rensberg, "HK" to everyone on the second
floor'); a book of entries each signed on a line of its own, whose "I" is the signer ("— Martha
Lucía Guerrero Bastidas" under her entry); a transcript's speaker labelled by the whole name in
capitals ("FATHIMA ZEHRA: Hi. I'm Fathima Zehra"); a show's title is no one ("Too Good To Be
True")."""

from __future__ import annotations

from quiz.extract import extract

from .conftest import corpus_cases, corpus_document

_BOOK = (
    "02_ipiales_pilgrim-hostel-logbook_electoral-logistics-coordinator-and-migration-officer.txt"
)
_NIGHT = (
    "05_bengaluru_storytelling-night-transcript_"
    "police-software-contractor-and-air-navigation-systems-engineer.txt"
)
_PACK = (
    "01_kiruna_new-starter-welcome-pack_pass-planning-engineer-and-antenna-field-electrician.txt"
)


def test_letters_everyone_calls_the_person() -> None:
    cases = corpus_cases("corpus132", _PACK)
    assert set(cases) == {"Hanna-Kaisa Rensberg", "Jouni Kalevi Pokka"}, cases
    assert {"covert-tradecraft", "threats-leverage", "self-surrender", "escalation"} <= cases[
        "Hanna-Kaisa Rensberg"
    ]


def test_a_signed_entry_s_i_is_its_signer() -> None:
    cases = corpus_cases("corpus132", _BOOK)
    assert set(cases) == {"Martha Lucía Guerrero Bastidas", "Jhon Fredy Tarapués Quelal"}, cases
    assert {"paid-tasks", "security-office", "unsolicited-offer"} <= cases[
        "Martha Lucía Guerrero Bastidas"
    ]


def test_a_storyteller_by_her_label_in_capitals() -> None:
    cases = corpus_cases("corpus132", _NIGHT)
    assert set(cases) == {"Manjunath", "Fathima Zehra"}, cases
    assert {"compromising-relationship", "threats-leverage", "covert-tradecraft"} <= cases[
        "Fathima Zehra"
    ]


_LETTER = (
    "03_cape-coast_year-group-secretarys-letter_"
    "bullion-vault-custodian-and-armed-forces-tender-clerk.txt"
)


def test_a_speaker_s_points_noted_as_a_list_are_nobody_s_story() -> None:
    # "- When they ask you to keep it secret ..." in the notes of a training talk, and "- Watch
    # how the questions move" in a colonel's points: advice to everyone, not the last case's
    # own signs (read 420).
    for file, name in (
        (_BOOK, "Martha Lucía Guerrero Bastidas"),
        (_LETTER, "Ewurabena Mensah-Bonsu"),
    ):
        case = next(
            c for c in extract([corpus_document("corpus132", file)]).cases if c.name == name
        )
        quotes = [e.quote for hit in case.tags for e in hit.evidence]
        assert not [q for q in quotes if q.lstrip().startswith("- ")], quotes


def test_a_custodian_s_own_story_shows_its_signs() -> None:
    cases = corpus_cases("corpus132", _LETTER)
    assert {
        "invitation-travel",
        "unexplained-money",
        "bulk-collection",
        "threats-leverage",
        "false-persona",
        "report-early",
        "request-beyond-public",
    } <= cases["Kwesi Ato Quansah"]
    assert {"disproportionate-reward", "escalation", "report-early"} <= cases[
        "Ewurabena Mensah-Bonsu"
    ]
