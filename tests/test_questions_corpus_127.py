"""Read 404 (corpus 127 after its extraction fixes, 84.5% usable per occurrence, 80.8% distinct,
no wrong key): a red flag of a contact covering someone's debts was keyed for a case where only
the debts are told ("a mother who needed help with the rent"); "takes notes while you talk" was
told as ordinary of a stranger who struck up a conversation out of the blue; a colleague copying
files in batches was excused with "taking work home", which the story never told; and a
husband's "had seen only the lessons and the gifts" was quoted for the favours instead of what
the neighbour did. Read 412 (89.2%, one debatable key) found the earliest point to report keyed
at "the first request for non-public information", where the loan written off for "market
information" came first."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus127", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def test_debts_alone_are_no_contact_covering_them(drafts) -> None:
    assert drafts
    for draft in drafts:
        if draft.case == "martin-ezequiel-sosa-rivero":
            assert "cover the most pressing" not in draft.prompt, draft.prompt


def test_no_notes_taken_as_ordinary_by_a_stranger_out_of_the_blue(drafts) -> None:
    for draft in drafts:
        if "Out of the blue, someone you have not met before" in draft.prompt:
            assert "takes notes while you talk" not in draft.prompt, draft.prompt


def test_copying_in_batches_is_not_excused_as_taking_work_home(drafts) -> None:
    for draft in drafts:
        if "copying internal files in batches" in draft.prompt:
            assert not any("taking work home" in o for o in draft.options), draft.options


def test_the_neighbour_s_favours_are_quoted_as_he_did_them(material) -> None:
    (case,) = [c for c in material.extraction.cases if c.name == "Maria de Fátima Charrua Valadas"]
    quoted = [e.quote for e in case.tag("excessive-help-flattery").evidence]
    assert quoted[0].startswith("He helped her husband carry up a washing machine"), quoted


def test_a_loan_made_pay_for_help_comes_before_the_request(drafts) -> None:
    # Erdem "'lent' him the MNT 41 million, later saying there was no need to repay it if Ganbold
    # helped him with "market information"": an offer before any request, so "at the first
    # request for non-public information" is not the earliest point (read 412).
    assert any(d.case == "dorjsurengiin-ganbold" for d in drafts)
    for draft in drafts:
        if draft.case == "dorjsurengiin-ganbold" and draft.family == "earliest-report":
            keyed = draft.options[draft.correct[0]]
            assert "non-public information" not in keyed, keyed
