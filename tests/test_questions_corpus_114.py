"""Questions of corpus 114 (first reading: read 340, 21.2% usable; after the extraction fixes,
read 341, 68.0%, no wrong key), and the concepts read 341 found told wrong: a purser on a ferry
route works for a ferry company, not an airline; an offer of work for "an expedition cruise
company" offers no trip; the first request a report names keeps what made it the first that
counts ("the first request that was not amateur radio"); and "what was handed over at first was
public" is no choice about someone who sent nothing."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus114", tmp_path_factory))


def test_a_purser_on_a_ferry_route_works_for_a_ferry_company(drafts) -> None:
    told = [d.prompt for d in drafts if d.case == "hasegawa-yui" and "purser" in d.prompt]
    assert told, [d.prompt for d in drafts if d.case == "hasegawa-yui"]
    assert all("airline" not in p for p in told), told
    assert any("a ferry company" in p for p in told), told


def test_work_for_a_cruise_company_is_no_trip_offered(drafts) -> None:
    told = [d for d in drafts if d.case == "matias-ignacio-calderon-yefi"]
    assert told
    assert not [d for d in told if "trip" in " ".join((d.prompt, *d.options))]


def test_the_first_request_keeps_what_made_it_the_first_that_counts(drafts) -> None:
    keys = [
        d.options[d.correct[0]]
        for d in drafts
        if d.case == "fredrick-odhiambo-owino" and "first report have been made" in d.prompt
    ]
    assert keys == ["At the first request that was not amateur radio"], keys


def test_nothing_handed_over_is_never_said_of_someone_who_sent_nothing(drafts) -> None:
    for case in ("matias-ignacio-calderon-yefi", "fredrick-odhiambo-owino", "hasegawa-yui"):
        offered = [o for d in drafts if d.case == case for o in d.options]
        assert offered, case
        assert "Never: what was handed over at first was public information" not in offered
