"""What corpus 85 (six documents, read once: 7 of 11 cases found on arrival, tag recall 0.37 at
precision 0.93; a sports club's annual report, a game community's announcement, a conference
organisers' report, a dating-app safety article, a recruitment agency's candidate alert and a
memoir chapter) showed that extraction and generation did not read, fixed by concept: a given
name said alone before the full name ("My brother Azamat ... Azamat Toktogulov"); the Kyrgyz
"uulu" and "kyzy" after a father's name; a pronoun subject after a word or two of when ("That
evening he told"); whom an approach was done to, as a pronoun ("Aalders ... first asked her");
what is handed to the officials one goes to, never a recruiter's gift ("gave them the
telephone"); a harmless contrast said to be known and approved, or "what a genuine move looks
like"; a present given by name with its worth in a currency's code; a post's pay, which is no
fee; the first request a report names, never cut after "that". The corpus is held to the bars
of tests/test_extract_unseen.py: on 2026-12-02 it gives 10 of its 11 cases, tag recall 0.56 at
0.92 (a son whose story is told only through the recruiter's acts on "him" is not read yet)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quiz.documents import Document
from quiz.extract import _read_people, extract
from quiz.material import Material
from quiz.scenario_material import scenario_material

from .conftest import CORPUS, case_frame, corpus_material
from .test_extract_corpus_76 import _found
from .test_extract_named_later import _cases, _corpus_cases


def test_a_given_name_said_before_the_full_name_is_the_person(tmp_path: Path) -> None:
    # "My brother Azamat was always the one who fixed things ... they took Azamat Toktogulov"
    # (corpus 85): one person, never a second one called "Azamat".
    path = tmp_path / "memoir.txt"
    path.write_text(
        "My brother Bolot was always the one who fixed things. When the city opened its camera "
        "centre, they took Bolot Asanov as an operator. A man from the migration service "
        "telephoned Bolot and asked him for the number-plate records of the ministry's cars. "
        "Bolot went to his chief the next morning and told him everything.\n",
        encoding="utf-8",
    )
    reading = _read_people(Document.read(path, path.name))
    assert "Bolot" not in reading.people
    assert reading.people["Bolot Asanov"].person_hits >= 2
    assert {m.name for m in reading.mentions} == {"Bolot Asanov"}
    # The whole memoir: its case is found under his full name.
    assert "Azamat Toktogulov" in _cases(
        "06_osh_memoir-chapter_video-monitoring-operator-and-student.txt", "corpus85"
    )


def test_a_kyrgyz_patronymic_ends_the_name(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Temir Bakyt uulu, a ministry clerk, was approached by a man who called himself a "
        "sponsor. He offered Temir money for the ministry's internal telephone directory and "
        "told him to keep it from his mother. Temir refused and called the security service's "
        "trust line the next morning. The officer said calling at the first request was "
        "right.\n",
    )
    assert "Temir Bakyt uulu" in cases, cases


def test_the_subject_after_a_word_of_when_says_a_name_is_a_person(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Rimas Kazlauskas drives an armoured vehicle in a mechanised battalion. A guild leader "
        "in an online game asked for photographs of the motor pool for 300 euros and told "
        "him to keep this between us. Rimas sent nothing. That evening he told his company "
        "commander, and the next morning he called the hotline himself. The security officer "
        "said he reported at the first request.\n",
    )
    assert "Rimas Kazlauskas" in cases, cases


def test_whom_an_approach_was_done_to_is_the_one_approached(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Dr Irini Solomou is a senior geophysicist at the Geological Survey. Her account:\n\n"
        '- February: an unsolicited e-mail from "Prof. Karel Dvorak, Director, Institute '
        'for Ocean Studies", inviting her to speak at a closed workshop abroad.\n\n'
        "- 4 October: Dvorak, registered as a delegate, asked her over coffee for the "
        "unpublished survey data of the navy and offered a fee of 12,000 euros.\n\n"
        "Dr Solomou refused and that same evening informed her director, who informed the "
        "authorities.\n",
    )
    assert "Irini Solomou" in cases, cases
    assert "Karel Dvorak" not in cases


def test_a_contrast_known_and_approved_is_no_case(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Askar Temirov, a camera operator, was paid by a stranger for number-plate records and "
        "was arrested in March after he handed over two flash drives.\n\n"
        "That same year my niece, Aigerim Ulan kyzy, Ulan's daughter, was invited to a youth "
        "forum in Bishkek by the council for compatriots abroad, with her travel paid. Our "
        'neighbour said, "Here we go again." But it was not the same. The invitation came '
        "through the embassy, openly; her university knew and approved; the forum was in the "
        "newspapers; and nobody asked her about anyone's work.\n\n"
        "We do headhunt, and some of you will be approached by us. Last year we placed naval "
        "engineer Galina Petrova with a shipyard in Norway. She told her employer's security "
        "officer before her first interview, and our client never asked her a single question "
        "about her former employer's work. That is what a genuine move looks like.\n",
    )
    assert set(cases) == {"Askar Temirov"}, cases


def test_corpus_85_cases_found_today() -> None:
    found = _corpus_cases("corpus85")
    assert {
        "Ebba af Segerlind",
        "Per-Erik Hägvide",
        "Darius Žemaitis",
        "Vaidas Petrauskas",
        "Eleni Hadjikyriakou",
        "Kerwyn Ramdass",
        "Candice Mohammed-Baptiste",
        "Desislava Ivanova Koleva",
        "Nikolay Todorov Dimitrov",
        "Azamat Toktogulov",
    } <= found
    # The memoir's approved forum invitation, and the agency's genuine placement.
    assert not {"Aizada Ulan kyzy", "Aizada Ulan", "Galina Petrova Hristova"} & found


def test_corpus_85_tells_its_present_with_its_worth_and_no_wage_as_a_fee(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    material: Material = corpus_material("corpus85", tmp_path_factory)
    # "gave Ebba a GPS sports watch worth about SEK 8,900" (read 262: "favours, presents and
    # praise" from a club friend, with nothing to show they were out of proportion).
    assert case_frame(material, "Ebba af Segerlind").gift == (
        "a GPS sports watch worth about SEK 8,900"
    )
    # "a position as Head of Special Collections ...: €4,800 a month, about four times her
    # salary" grounds no fee (read 262).
    frame = case_frame(material, "Desislava Ivanova Koleva")
    sign = scenario_material().signs["disproportionate-reward"]
    assert all(
        "position as Head" not in s.evidence.quote for s in frame.signs if s.sign.tag == sign.tag
    )


def test_paid_work_is_no_unprompted_offer_on_a_site_that_pays_for_expertise(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # Read 262: "On a website that pays professionals to answer questions from investors, a
    # client ... books a paid call with you", then "Without being asked, the contact offers you
    # well-paid work on the side": the opening is the very offer the key names.
    material = corpus_material("corpus85", tmp_path_factory)
    opening = next(o for o in scenario_material().openings if "pays professionals" in o.approach)
    assert opening.sought
    frame = case_frame(material, "Nikolay Todorov Dimitrov")
    assert frame.approach == opening.approach
    assert all(s.sign.tag != "unsolicited-offer" for s in frame.signs)


def test_the_writers_job_is_never_their_relatives() -> None:
    # Read 265: every question of the memoir's case cast the trainee as "a teacher", the job
    # of the sister who wrote it ("I was a teacher of Russian literature for thirty-one years")
    # about "my brother Azamat".
    name = "06_osh_memoir-chapter_video-monitoring-operator-and-student.txt"
    doc = Document.read(CORPUS.parent / "corpus85" / name, name)
    (case,) = [c for c in extract([doc]).cases if c.name == "Azamat Toktogulov"]
    assert "teacher" not in {f.value for f in case.facts_of("role")}


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        # Read 265: a favour asked of the person is no favour done for them.
        ("Then Arkadiy Petrovich asked for a small favour: a map of the city's cameras.", False),
        ("A week later the favour was not small.", False),
        ("He did her one favour after another.", True),
    ],
)
def test_a_favour_asked_is_no_favour_done(passage: str, grounded: bool) -> None:
    assert scenario_material().signs["excessive-help-flattery"].grounded_by(passage) is grounded


def test_a_class_in_a_foreign_language_is_no_tie_abroad() -> None:
    # Read 263: "Being foreign, or having family or work abroad, is no warning sign in itself"
    # said of a wrong choice "Taking evening classes in a foreign language".
    foreign = scenario_material().actions.foreign_words
    assert not re.search(foreign, "Taking evening classes in a foreign language".lower())
    assert re.search(foreign, "A contact with a foreign accent".lower())
