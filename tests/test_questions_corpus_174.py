"""Read 529 (corpus 174 on arrival, on 00454f8: 27.9% usable per occurrence, 30.6% distinct, one
wrong key, one debatable) found the first point to report keyed as a suitor's generosity where
the source names the day he asked for the telephone book, a channel written as "Tell the Houses
have their own security office", and the people of the transcripts told as "a member of staff at
an organisation that handles sensitive work" (an archivist, a developer, a tram driver, a boxing
coach)."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus174", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_529_no_first_point_keyed_against_the_day_the_source_names(
    drafts: list[Draft],
) -> None:
    told = drafts_of(drafts, "ingeborg-mahnke")
    assert not [d for d in told if d.family == "earliest-report"], [d.prompt for d in told]


def test_read_529_no_sentence_taken_for_a_post(drafts: list[Draft]) -> None:
    options = [o for d in drafts for o in d.options]
    assert not [o for o in options if "Houses have" in o]


@pytest.mark.parametrize(
    ("name", "role", "place"),
    [
        ("Reet Kivisild-Oja", "a reference archivist", "a public archive"),
        ("Juhan Pärnoja", "a software developer", "a technology company"),
        ("Damian S.", "a tram driver", "a public transport company"),
        ("Aliaksandr M.", "a boxing coach", "a sports club"),
    ],
)
def test_read_529_the_job_and_the_workplace_of_the_person(
    material: Material, name: str, role: str, place: str
) -> None:
    frame = case_frame(material, name)
    assert (frame.role, frame.workplace.place) == (role, place)


def test_read_529_the_committee_witness_has_her_set(drafts: list[Draft]) -> None:
    assert drafts_of(drafts, "siobhan-ni-bhraonain")


def test_read_531_no_first_point_keyed_against_the_first_request_a_source_names(
    drafts: list[Draft],
) -> None:
    # "why he didn't go to his security officer when the Dane first asked for telexes", "The
    # first day Brother Elijah asked about the ambassador's cars, go to your company's security
    # manager": the generosity before them keyed as the first point, debatable.
    for case in ("klaus-dieter-behrens", "samson-ochieng"):
        told = drafts_of(drafts, case)
        assert not [d for d in told if d.family == "earliest-report"], [d.prompt for d in told]
    # The telex operator keeps a set: what his new car, his radio and his lists told.
    assert len(drafts_of(drafts, "klaus-dieter-behrens")) >= 3
