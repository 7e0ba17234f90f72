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
