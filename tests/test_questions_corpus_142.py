"""Read 446 (corpus 142 on arrival, 31.7% usable per occurrence, no wrong key, one debatable)
found whole sets filed under a recruiter's alias, a phone-in's host and a caller, with the person
approached given none, an overseer told as "first contacted over the internet" because the
contact's messages came on an app that wiped them, and "2,000 lei for your daughter's school
trip" told as "a free weekend trip abroad"."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus142", tmp_path_factory)
    return all_drafts(material)


def test_sets_are_of_the_people_approached(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert cases >= {"louis-gerard-volcy", "lalou", "daniel", "turcanu-ion"}, cases
    assert not cases & {"marc-devereux", "liliana-chiriac", "valentina-petrovna"}, cases


def test_an_overseer_met_on_his_island_and_a_child_s_trip(drafts: list[Draft]) -> None:
    his = [
        d.prompt for d in drafts if d.case == "louis-gerard-volcy" and d.prompt.startswith("You")
    ]
    assert his and all("overseer" in p for p in his), his[:1]
    assert not any("message you did not expect" in p for p in his)
    hers = [d.prompt for d in drafts if d.case == "szabo-eniko"]
    assert hers and not any("free weekend trip abroad" in p for p in hers)


def test_read_447_quotes_start_past_a_speaker_s_label(drafts: list[Draft]) -> None:
    """Read 447: "VALENTINA PETROVNA [ru]: In August they sent him ..." quoted with the
    transcript's speaker label, as if pasted into the passage."""
    quotes = [s.quote for d in drafts for s in d.sources]
    assert quotes
    for quote in quotes:
        assert not quote.startswith(("VALENTINA", "ȚURCANU:", "LALOU:", "CHIRIAC:")), quote
        assert "PETROVNA [ru]:" not in quote, quote


def test_read_447_the_moment_each_report_names(drafts: list[Draft]) -> None:
    """Read 447: every source names the earliest moment to report, and only one was asked. The
    director's "if he had told me in May, when the professor first asked for the restricted
    plans" is Gianni's (called so "to almost every reader"), not the volunteer's whose section it
    closes; the security officer's "after the first question about the soldiers" names the
    question told two sentences before the request itself."""
    keys = {
        d.case: d.options[d.correct[0]] for d in drafts if d.family == "earliest-report" and d.case
    }
    assert keys.get("giovanni-battista-da-ros") == "At the first request for the restricted plans"
    assert keys.get("szabo-eniko") == "At the first question about the soldiers"
    theirs = [s.quote for d in drafts if d.case == "tommaso-zanin" for s in d.sources]
    assert not any("if he had told me in May" in q for q in theirs)
