"""Read 419 (corpus 132 on arrival, 46.3% usable per occurrence) found two cases' stories filed
under others, fixed in extraction (see test_extract_corpus_132.py); read 420 (after those fixes,
69.3% per occurrence, 67.3% distinct, no wrong key, one debatable) found a workplace taken from a
police officer who spoke to the reader's group ("You work ... at a police force", of a civil
registry's election logistics coordinator). Read 423 (after the fixes of f35aa52, 84.1% per
occurrence, 88.5% distinct, no wrong key, two debatable) found "The case of Hanna-Kaisa
Rensberg (Välkommen!)", a welcome pack's greeting cited as its title; the military nearby asked
of a tender clerk, from "the coastal patrol boat tender"; and Kwesi's earliest point keyed at
generosity against his own words."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus132", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def test_an_officer_who_spoke_to_the_group_is_no_workplace(material) -> None:
    place = case_frame(material, "Martha Lucía Guerrero Bastidas").workplace.place
    assert "police" not in place, place
    assert "election" in place, place


def test_no_earliest_point_against_the_custodian_s_own_words(drafts) -> None:
    # "the day Yaw asked me for the first shipment date, I should have walked down the corridor
    # to the Bank's security department": read 420 found "as soon as the generosity went
    # beyond the ordinary" keyed, debatable; the first shipment date was no first request, so
    # nothing is asked.
    for draft in drafts:
        if draft.family == "earliest-report" and draft.case == "kwesi-ato-quansah":
            keys = [draft.options[i] for i in draft.correct]
            assert not any("generosity" in k for k in keys), draft.options


def test_a_greeting_is_no_document_s_title(drafts) -> None:
    # "Välkommen!" over the Kiruna welcome pack (read 423: "The case of Hanna-Kaisa Rensberg
    # (Välkommen!)").
    explained = [d.explanation for d in drafts]
    assert explained
    assert not [e for e in explained if "Välkommen" in e]


def test_no_military_nearby_asked_of_a_tender_clerk(drafts) -> None:
    # "the names of the bidders shortlisted for the coastal patrol boat tender" is no patrol
    # (read 423).
    for draft in drafts:
        if draft.case == "ewurabena-mensah-bonsu":
            assert "military nearby" not in draft.prompt, draft.prompt


def test_a_harmless_twin_never_reminds_you_of_what_you_sent(drafts) -> None:
    # The storytelling night's own signs: "anybody who, the moment you hesitate, reminds you of
    # what you already sent" (read 423: a harmless twin where the contact "reminds you how
    # useful the brochures were", debatable).
    twins = [d for d in drafts if d.benign and "brochures" in d.prompt]
    for draft in twins:
        assert "reminds you" not in draft.prompt, draft.prompt
