"""Corpus 179 on arrival (letters and e-mails, generated on 908e1e4) gave sets to a military camp
("case-burma-camp", holding the despatch supervisor's story) and to a recruiter's cover
("case-alan-ng", holding the story of the colleague arrested), and none to the supervisor, the
prisoner who wrote to the paper, the engineer who resigned or her colleague."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus179", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


@pytest.mark.parametrize(
    "case", ["nii-armah-tetteh", "mindaugas-stankevicius", "hsu-pei-chun", "a-senior-colleague"]
)
def test_the_people_approached_have_their_sets(drafts: list[Draft], case: str) -> None:
    assert drafts_of(drafts, case)


@pytest.mark.parametrize("case", ["burma-camp", "alan-ng", "korle-bu"])
def test_no_set_about_places_or_covers(drafts: list[Draft], case: str) -> None:
    assert not [d for d in drafts if d.case == case]


def test_read_538_no_first_point_asked_of_the_wife_who_refused_and_reported(
    drafts: list[Draft],
) -> None:
    # Read 538 (on arrival): "when should she first have reported?" keyed "as soon as the
    # stranger offered paid work" for a woman whose aunt asked, who refused and reported online:
    # a wrong key, with a false premise.
    told = drafts_of(drafts, "mei-chen")
    assert not [d for d in told if d.family == "earliest-report"], [d.family for d in told]


def test_read_538_the_friend_who_reported_is_not_told_the_prisoners_story(
    drafts: list[Draft],
) -> None:
    # Read 538: the set of the friend who called the hotline keyed "favours from an old friend"
    # on the prisoner's own "simple things" for his Belarusian handler.
    quoted = [e.quote for d in drafts_of(drafts, "tomas-r") for e in d.sources]
    assert quoted
    assert not [q for q in quoted if "simple things" in q or "cigarettes" in q], quoted


def test_the_colleague_kept_nameless_is_told_as_staff(material: Material) -> None:
    # "a senior colleague in the RF verification team" says what he is to the writer, not his
    # job: "You work as a senior colleague" would read oddly.
    assert case_frame(material, "a senior colleague").role == "a member of staff"
