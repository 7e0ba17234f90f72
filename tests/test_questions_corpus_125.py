"""Read 397 (corpus 125, first reading 65.0% usable) on the questions: an unnamed case was told as
"You work as a former de-icing operator"; a camera handed over to be fixed to a tower rail was
keyed as a present; the people who reported at once got three or four questions each, and
nothing taught what to do with a SIM card, a card or a USB device a contact hands over."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus125", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def test_a_former_job_is_told_as_the_job(drafts) -> None:
    for draft in drafts:
        assert "as a former" not in draft.prompt, draft.prompt


def test_equipment_for_a_task_is_no_present(drafts) -> None:
    for draft in drafts:
        if "excessive-help-flattery" in draft.tags:
            for source in draft.sources:
                assert "small camera" not in source.quote, draft.prompt


def test_what_the_contact_handed_over_is_handed_in_unused(drafts) -> None:
    handed = {d.case: d for d in drafts if d.family == "hand-in"}
    assert {"ndapewa-shilongo", "mirian-estela-gimenez-caceres"} <= set(handed)
    sim = handed["ndapewa-shilongo"]
    assert "gives you a SIM card" in sim.prompt
    assert sim.options[sim.correct[0]].startswith(
        ("Keep it as it is, unused", "Leave it untouched")
    )
    assert "She handed in the SIM card unused." in sim.explanation
    card = handed["mirian-estela-gimenez-caceres"]
    assert "card with a phone number on it" in card.prompt
    assert "Call the number on it first, to find out who is behind it" in card.options


def test_a_case_told_only_from_the_approached_side_has_a_second_red_flag(drafts) -> None:
    flags = [d for d in drafts if d.case == "kaloyan-petrov-marinov" and d.family == "red-flag"]
    assert len({d.subject for d in flags}) >= 2, [d.subject for d in flags]
