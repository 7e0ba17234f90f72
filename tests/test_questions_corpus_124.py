"""Reads 393 and 394 (corpus 124, first reading 67.2% usable) on the questions: a town planner was
told as "an assistant for an organisation that handles sensitive work"; a commission's finding
("The Commission accepts that she was under financial pressure and was later threatened through
her family, and that she did not fit the device") was quoted for the threat and for the device
request, over the decision's own account of them; questions "about your hospital's current
projects" were keyed as the warning sign, which a friend may ask over dinner; a caller's story in
a radio transcript was quoted as the studio guest's own moment to report."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus124", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def test_a_grade_and_its_job_are_one_job(material) -> None:
    planner = case_frame(material, "Nurul 'Ain binti Abdul Rahman")
    assert (planner.role, planner.workplace.place) == (
        "an assistant town planner",
        "a city council",
    )


def test_a_finding_that_sums_up_is_not_quoted_for_what_it_sums_up(drafts) -> None:
    for draft in drafts:
        for source in draft.sources:
            assert not source.quote.startswith("The Commission accepts"), draft.prompt


def test_narrowing_questions_are_about_what_is_not_published(drafts) -> None:
    for draft in drafts:
        assert "current projects" not in draft.prompt
        assert not any("current projects" in o for o in draft.options)


def test_a_callers_story_grounds_nothing_of_the_guests(drafts) -> None:
    for draft in drafts:
        if draft.case == "juan-de-dios-mamani-choque":
            for source in draft.sources:
                assert "first strange request" not in source.quote, draft.prompt
                assert "dispatch coordinator" not in source.quote, draft.prompt


def test_a_dating_matchs_wish_for_secrecy_goes_on_to_work_before_it_is_reported(drafts) -> None:
    # Read 395: "The contact asks you not to tell anyone at work about your exchanges" from a
    # dating match, keyed "report", was debatable: a partner may want the two kept quiet. Asked
    # what to do, the situation goes on to the questions about work that make it a report.
    asked = [
        d
        for d in drafts
        if d.case == "tomas-de-la-fuente"
        and d.family == "right-action"
        and not d.benign
        and "secrecy-pressure" in d.tags
    ]
    assert asked
    for draft in asked:
        assert "about your work and who you work with" in draft.prompt
        assert "followed by questions about your work" in draft.explanation
