"""Questions that read 318 (corpus 107, first reading: 30.9% usable, no wrong or debatable key)
found wanting: case sets told of "Unofficial English" (a translation's note), "K. J. Details",
an HR manager and the police commissioner who signed a letter, none for the typist who came
forward; a student told as staff of a foreign ministry (the embassy he reported to); a police
coxswain told at a port; a junior architect invited to speak at her order's ethics course told
as offered a trip; another's request told as hers."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus107", tmp_path_factory))


def test_the_sets_are_of_the_people_approached(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"unofficial-english", "dwayne-phipps", "sefo-tinilau", "k-j-details"} & cases
    assert {"jean-robert-dorsainvil", "k-j", "a-young-player"} <= cases, cases


def test_each_is_told_where_they_work(drafts) -> None:
    for draft in drafts:
        if draft.case == "jean-robert-dorsainvil":
            assert "foreign ministry" not in draft.prompt, draft.prompt
        if draft.case == "semi-monise":
            assert "at a port" not in draft.prompt, draft.prompt
        if draft.case == "achta-djibrine-ousmane":
            assert "abroad" not in draft.prompt and "trip" not in draft.prompt, draft.prompt


def test_a_clan_leader_met_in_a_game(drafts) -> None:
    told = [d.prompt for d in drafts if d.case == "k-j" and d.kind == "scenario"]
    assert any("online game" in p for p in told), told


def test_an_architect_by_title(drafts) -> None:
    # "Architect Hissein Abakar Mahamat": the title is his job (read 319: "a member of staff").
    told = [d.prompt for d in drafts if d.case == "hissein-abakar-mahamat" and d.kind == "scenario"]
    assert told and all("an architect" in p for p in told), told
