"""Questions that read 302 (corpus 100, first reading: 26.9% usable, no wrong key, one
debatable) found wanting: three of six case sets told of someone who only appears in the
report (the consular officer who signed a note, the neighbour who introduced the recruiter,
the debtor's budget counsellor), their explanations each saying "The case of" the wrong
person. Extraction now reads the parties (see test_extract_corpus_100); this checks that the
questions are told of them."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus100", tmp_path_factory))


def test_the_questions_are_told_of_the_people_approached(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert (
        not {
            "feliciano-ngonda",
            "tesfaye-worku",
            "kasiano-lekka",
            "rui-barros-de-sa",
            "herve-mouketou",
        }
        & cases
    ), cases
    assert {
        "konstantin-vaisman",
        "ana-paula-dos-santos-kiluanji",
        "jose-manuel-tchipilica",
        "yoshiro-damarlane",
    } <= cases, cases
    for draft in drafts:
        assert "The case of Feliciano Ngonda" not in draft.explanation
        assert "The case of Tesfaye Worku" not in draft.explanation


def test_no_harmless_twin_tells_the_contact_your_money_trouble(drafts) -> None:
    # Read 302: "no warning sign" keyed for a contact who hears of your money trouble and
    # sympathises, where the report's own list names "someone who knows about your debts and
    # is kind about them" as a sign.
    for draft in drafts:
        if draft.benign:
            assert "You mention to the contact that money is tight" not in draft.prompt


def test_a_message_kept_as_evidence_is_no_copying_and_advice_is_no_case(drafts) -> None:
    # Read 303: "The reply, which the applicant had photographed from his screen, said that
    # copies of the log pages ... would be sent" quoted for a colleague copying files in
    # batches; the committee's "Keep the messages." quoted as "the case of" a man who never
    # reported.
    for draft in drafts:
        if any("photographed from his screen" in e.quote for e in draft.sources):
            assert "batches" not in " ".join(draft.options), draft.prompt
        if any(e.quote == "Keep the messages." for e in draft.sources):
            assert "The advice the report gives" in draft.explanation, draft.explanation
            assert "The case of José Manuel Tchipilica: “Keep" not in draft.explanation
