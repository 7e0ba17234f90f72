"""Read 491 (corpus 156 on arrival, on 0bd3e70: 78.1% usable per occurrence, no wrong key, four
debatable) found no question at all for a hospital's ambulance driver and dietitian or for a
radio presenter; a plating operator asked when he should first have reported, keyed "At the
first request" where the letter names "the first request to photograph inside the workshop" and
he had been paid by the photo for street pictures before it; a radome technician's harmless
situation keyed "carry on" after a stranger's message, where the contractor's rule sends "any
approach, offer or question about the station from outside" to the supervisor the same day; and
a plant newspaper's editor lost to "a member of staff". Read 492 (after the fixes: 78.8%, no wrong
key, two debatable) found quotes chosen on a word ("presents" the verb), a quote cut at a
Russian initial, a report moment keyed where the person reported, and a plain report offered as
wrong where the rule sends every outside approach to the supervisor."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus156", tmp_path_factory)
    return all_drafts(material)


def test_read_491_every_case_has_questions(drafts: list[Draft]) -> None:
    for case in ("rodelio-jun-jun-c-saavedra-jr", "nurhaida-t-hadjirul", "ndeye-fatou-sarr"):
        assert drafts_of(drafts, case)


def test_read_491_no_report_moment_after_paid_pictures(drafts: list[Draft]) -> None:
    for draft in drafts_of(drafts, "kuanyshev-yerlan-bolatovich"):
        assert "when should the first report have been made" not in draft.prompt, draft.options


def test_read_491_no_stranger_opens_a_harmless_situation_under_the_rule(
    drafts: list[Draft],
) -> None:
    harmless = [
        d
        for d in drafts
        if d.case in ("solveig-osp-ragnheidardottir", "einar-thor-sigurvinsson") and d.benign
    ]
    assert harmless
    for draft in harmless:
        assert "you have never met" not in draft.prompt, draft.prompt


def test_read_491_an_editor_of_the_plant_newspaper(drafts: list[Draft]) -> None:
    told = drafts_of(drafts, "muratqyzy-zhanar")
    assert any("an editor" in d.prompt for d in told), [d.prompt[:80] for d in told]
    assert not any("news organisation" in d.prompt for d in told)


def test_read_492_quotes_by_meaning_and_the_moment_she_reported(drafts: list[Draft]) -> None:
    # (Read 492, after the fixes: "Ms. Hadjirul presents our therapeutic diet audit" quoted for
    # presents; a quote opening "B. came to ..." after "Kuanyshev Ye.B."; a course coordinator
    # asked when she should first have reported, keyed the moment she did: "she broke off at
    # the first request for contract information and reported it within hours".)
    for draft in drafts:
        for source in draft.sources:
            assert not source.quote.startswith("B. "), source.quote
        if "excessive-help-flattery" in draft.tags:
            assert all("presents our" not in s.quote for s in draft.sources), draft.prompt
    for draft in [d for d in drafts if d.case == "thais-aparecida-de-oliveira"]:
        assert "when should the first report have been made" not in draft.prompt
