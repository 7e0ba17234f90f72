"""Read 399 (corpus 126, first reading 28.2% usable): the wrong person was named as the case
(the security officer who wrote the section, the handler's cover, the FBI agent who swore the
affidavit); a census enumerator who studies was told as a student at a university; her own phone,
handed over once she was found out, was asked about as a device a contact gave; an
insider-threat training was read as a threat; and a confession when asked as coming forward."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus126", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def test_the_cases_are_the_people_approached(material) -> None:
    names = {c.name for c in material.extraction.cases}
    assert not names & {"HUDÁKOVÁ Zuzana", "Julian Marsh", "Marisol Ybarra-Quintanilla"}, names


def test_the_job_the_story_tells_over_what_she_studies(material) -> None:
    enumerator = case_frame(material, "Génesis Andrea De la Cruz Moreira")
    assert enumerator.role == "an enumerator"
    assert "university" not in enumerator.workplace.place


def test_only_what_a_contact_gave_is_handed_in(drafts) -> None:
    assert not [d for d in drafts if d.family == "hand-in" and d.case == "m-f-z-v"]


def test_a_training_is_no_threat_and_a_confession_when_asked_no_coming_forward(drafts) -> None:
    for draft in drafts:
        quoted = " ".join(s.quote for s in draft.sources)
        if {"coercion", "threats-leverage"} & set(draft.tags):
            assert "insider threat training" not in quoted, draft.prompt
        if "self-surrender" in draft.tags:
            assert "Asked about it, he confessed" not in quoted, draft.prompt


# Read 401 (corpus 126 after the first fixes, 80.5% usable per occurrence):


def test_a_coded_person_s_job_is_the_one_the_filing_defines(material) -> None:
    # '"Employee-2" is an aerodynamicist', not the recruiter's profile, "described as a senior
    # research manager".
    assert case_frame(material, "Employee-2").role == "an aerodynamicist"


def test_a_bag_of_waste_paper_is_no_paper_written(drafts) -> None:
    for draft in drafts:
        assert "bag of paper" not in draft.prompt
        assert not any("bag of paper" in o for o in draft.options)


def test_a_drum_kit_sold_is_nothing_handed_over(drafts) -> None:
    for draft in drafts:
        if draft.family == "way-out":
            for source in draft.sources:
                assert "drum kit" not in source.quote, draft.explanation


def test_a_rule_on_what_to_report_is_no_present(drafts) -> None:
    for draft in drafts:
        if "excessive-help-flattery" in draft.tags:
            for source in draft.sources:
                assert not source.quote.startswith("The training instructs"), draft.prompt
