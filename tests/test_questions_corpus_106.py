"""Questions that read 316 (corpus 106, first reading: 45.6% usable, no wrong key, one
debatable) found wanting: a speechwriter told as "a journalist at a national newspaper" (her
contact's cover), met on a dating app but told as met at an event; a drone technician told at
an airport (his permit's issuer); a club's new sponsor told as "a fellow member you have known
for a while"; one case's gifts quoted for another's. Two reports gave no case at all."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus106", tmp_path_factory))


def test_every_report_gives_its_cases(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert {"r-a-c", "tebwe"} <= cases, cases


def test_each_is_told_as_approached(drafts) -> None:
    aline = [d for d in drafts if d.case == "ndayisenga-aline" and d.kind == "scenario"]
    assert aline
    for draft in aline:
        assert "journalist" not in draft.prompt, draft.prompt
    assert any("dating app" in d.prompt for d in aline)
    for draft in drafts:
        if draft.case == "osvaldo-pires":
            assert "airport" not in draft.prompt, draft.prompt
        if draft.case == "shaunte-desilva":
            assert "known for a while" not in draft.prompt, draft.prompt


def test_no_first_moment_against_the_reports_own(drafts) -> None:
    # The handout names the first request for warship photos as the moment ("Had Tebwe told
    # ... when he was first asked to photograph warships"), after paid photos of terminals:
    # no earliest point is keyed against it (read 317).
    assert not [d for d in drafts if d.case == "tebwe" and d.family == "earliest-report"]


def test_an_able_seaman_on_a_container_line(drafts) -> None:
    told = [d.prompt for d in drafts if d.case == "tebwe" and d.kind == "scenario"]
    assert told
    assert not any("at a port" in p for p in told), told
