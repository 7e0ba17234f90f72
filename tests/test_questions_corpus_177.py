"""Read 534 (corpus 177 on arrival, on a064a54: 52.9% usable per occurrence, 59.1% distinct, no
wrong or debatable key) found the set of a lesson's retired security manager, its name cut at
the apostrophe of "Ken'ichi", holding the vignette's exchange student's story, and the student
with no set of her own."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus177", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_534_the_student_has_her_set_and_the_trainer_none(drafts: list[Draft]) -> None:
    assert drafts_of(drafts, "misaki")
    assert not [d for d in drafts if d.case.startswith("ishiguro")]


def test_read_536_no_first_point_keyed_where_the_source_calls_the_start_harmless(
    drafts: list[Draft],
) -> None:
    # "Steer the discussion to the slow build-up: the first meetings were friendly and harmless.
    # Ask: "When was the first request for something that was not public?"": the generosity
    # keyed as the first point to report, debatable.
    told = drafts_of(drafts, "onodera-takumi")
    assert not [d for d in told if d.family == "earliest-report"], [d.prompt for d in told]


def test_read_536_no_before_travel_where_the_case_is_praised_for_reporting_on_return(
    drafts: list[Draft],
) -> None:
    # "On his first working day back he reported the conversation in writing to the company's
    # security controller": "tell security before you travel" keyed against "mention it when
    # you are back", debatable.
    told = drafts_of(drafts, "harjit-s-bains")
    assert not [d for d in told if d.family == "before-travel"], [d.prompt for d in told]
