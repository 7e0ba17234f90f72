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


# Read 398 (corpus 125 after the first fixes, 71.0% usable per occurrence):


def test_a_letterhead_with_its_town_island_and_country_is_no_title(drafts) -> None:
    # "ATLANTIC OCEAN OBSERVATORY (OOA), MINDELO, SÃO VICENTE, CABO VERDE" was cited as the
    # cruise report's title in every explanation of its case.
    for draft in drafts:
        assert "CABO VERDE" not in draft.explanation, draft.explanation


def test_a_list_of_navy_calls_pinned_in_a_gate_house_is_no_naval_base(material) -> None:
    from .conftest import case_frame

    guard = case_frame(material, "Ndapewa Shilongo")
    assert "naval" not in guard.workplace.place


def test_a_request_is_told_whole(drafts) -> None:
    told = [
        o
        for d in drafts
        if d.case == "mirian-estela-gimenez-caceres"
        for o in d.options
        if "calendar" in o
    ]
    assert told
    assert all("calendar of official delegations' visits" in o for o in told), told


def test_a_moment_named_after_paid_reports_is_not_the_first(drafts) -> None:
    # "if he had come to the Director the first time Andreas asked about the closures", after
    # 300 leva a week for "sea condition reports": keyed as the first step, debatable.
    assert not [
        d for d in drafts if d.case == "stoyan-georgiev-dimitrov" and d.family == "earliest-report"
    ]


def test_a_threat_is_not_asked_twice_in_a_set(material) -> None:
    from quiz.generate import generate

    for question_set in generate(material):
        ways_out = [q for q in question_set.questions if q.prompt.endswith("best way out?")]
        threatened = [q for q in ways_out if "threats-leverage" in q.tags]
        if threatened:
            for q in question_set.questions:
                if q.prompt.endswith("Which of these details is a warning sign?"):
                    assert q.tags[0] != "threats-leverage", (question_set.id, q.prompt)
