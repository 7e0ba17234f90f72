"""Read 510 (corpus 165 on arrival, on 5884c66: 27.1% usable per occurrence, 33.3% distinct, no
wrong key, one debatable) found most questions telling the job or the employer wrong: a
building inspector "at an estate agency" (the recruiter's "supposed Gulf real estate fund"), a
metallurgist told as "a captain" (of the club's Veterans XI), an insemination technician and a
BIM technician "at a defence organisation" (the Army's grazing land on his route; the contractor
he works for on a base); and no set for the bridge club's two nor for the dairy cooperative's
sales administrator, whose passages went to the technician."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus165", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_510_jobs_and_employers_the_cases_have(material: Material) -> None:
    told = {
        name: (frame.role, frame.workplace.place)
        for name in (
            "Malik Asif Mehmood",
            "Muhammad Zubair Awan",
            "Jakob Klassen Wiebe",
            "Jesse Q. San Nicolas Jr.",
            "LEMAIRE Benoît",
        )
        for frame in (case_frame(material, name),)
    }
    assert told["Malik Asif Mehmood"][1] != "an estate agency"
    assert told["Muhammad Zubair Awan"] == ("a metallurgist", "a defence contractor")
    assert told["Jakob Klassen Wiebe"][1] != "a defence organisation"
    assert told["Jesse Q. San Nicolas Jr."] == (
        "a BIM technician",
        "an organisation that handles sensitive work",
    )
    assert told["LEMAIRE Benoît"][1] != "a news organisation"


def test_read_510_every_person_approached_has_questions(drafts: list[Draft]) -> None:
    for case in (
        "rossana-noemi-gauto-caceres",
        "lemaire-benoit",
        "vanhoutte-mertens-ghislaine",
        "jesse-q-san-nicolas-jr",
    ):
        assert drafts_of(drafts, case)
    assert not [d for d in drafts if d.case == "coach-ken"]


def test_read_511_the_day_job_not_the_volunteers_post(material: Material) -> None:
    # "Capt. Xolani Mgcina is one of our senior coxswains. By day he is a tug master at the port".
    assert case_frame(material, "Xolani Mgcina").role == "a tug master"


def test_read_511_a_gift_from_an_aunt_is_no_present_from_the_contact(drafts: list[Draft]) -> None:
    # "a new double-cab pickup in June that she said was a gift from an aunt": her own account.
    told = [
        d
        for d in drafts_of(drafts, "rossana-noemi-gauto-caceres")
        if any("gift from an aunt" in s.quote for s in d.sources)
    ]
    assert not [d for d in told if "excessive-help-flattery" in d.tags], told[0].prompt


def test_read_511_no_first_moment_against_the_compliance_officers_own(
    drafts: list[Draft],
) -> None:
    # "had Rossana brought the first request for non-public contract data to her manager ...,
    # the matter would have ended with a conversation": no earlier moment keyed against it.
    looking_back = [
        d for d in drafts_of(drafts, "rossana-noemi-gauto-caceres") if d.prompt.startswith("Look")
    ]
    assert not [
        d for d in looking_back if any("offered paid work" in d.options[i] for i in d.correct)
    ]


def test_read_511_what_the_report_calls_reasonable_is_no_sign(drafts: list[Draft]) -> None:
    # "Ashby took him to dinner twice and asked for our published rescue statistics and a copy
    # of Xolani's slides, which was all reasonable."
    told = [
        d
        for d in drafts_of(drafts, "xolani-mgcina")
        if any("which was all reasonable" in s.quote for s in d.sources) and not d.benign
    ]
    assert not told, told[0].prompt
