"""Questions of corpus 115 (first reading: read 343, 37.7% usable, no wrong or debatable key),
and the frames read 343 found told wrong, by concept: a delegate met at a show wearing its badge
is no delegation visiting the organisation, and a hotel "in the diplomatic quarter" no embassy; an
ROV pilot flies for a marine services firm, not "a pilot at a naval base"; a hackathon's Discord
server is an online community, not a game; a hackathon's demos are an event; help offered through
a relative opens as such, not as a visitor the manager introduces."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus115", tmp_path_factory))


def _told(drafts: list[Draft], case: str) -> list[str]:
    told = [d.prompt for d in drafts if d.case == case and d.benign is not True]
    assert told, case
    return told


def test_a_delegate_met_at_a_show_is_no_visiting_delegation(drafts) -> None:
    told = _told(drafts, "faisal-bin-abdulaziz-al-harbi")
    assert not [p for p in told if "foreign ministry" in p or "embassy" in p or "study visit" in p]


def test_an_rov_pilot_works_for_a_marine_services_firm(drafts) -> None:
    told = [p for p in _told(drafts, "jhonatan-quispe-huaman") if p.startswith("You work as")]
    assert told and all("an ROV pilot at an offshore marine services company" in p for p in told)


def test_a_hackathon_server_is_no_game(drafts) -> None:
    told = _told(drafts, "ibrahim-musa-danjuma")
    assert not [p for p in told if "online game" in p]
    assert any("online community for people in your field" in p for p in told), told


@pytest.mark.parametrize(
    ("case", "opening"),
    [
        ("adaeze-okonkwo-nwosu", "At an event in your field"),
        ("aizada-bolot-kyzy", "A relative tells you about a businessman"),
    ],
)
def test_the_case_s_own_way_in_opens_its_suspicious_situations(drafts, case, opening) -> None:
    told = [p for p in _told(drafts, case) if p.startswith(("You work", "You are"))]
    assert told
    assert not [p for p in told if "your manager introduces you" in p], told
    assert any(opening in p for p in told), told
