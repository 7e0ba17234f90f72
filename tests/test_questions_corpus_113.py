"""Questions of corpus 113 (first reading: read 336, 55.9% usable, no wrong or debatable key), and
the frames they are told from, by concept: where each case works, from the job the report gives
(a night auditor at a hotel, a veterinary officer at a veterinary service, not "at an air base"
from the base whose meat he inspects; a delivery driver at a courier company), and a player met
in an online game as the online way in."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus113", tmp_path_factory))


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("dana-erlanqyzy", "at a hotel"),
        ("abdul-rahaman-zakaria", "at a veterinary service"),
        ("iosefo-pele", "at a courier company"),
    ],
)
def test_each_is_told_where_they_work(drafts, case: str, said: str) -> None:
    told = [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You work as")]
    assert told and all(said in p for p in told), told


def test_a_player_met_in_a_game_opens_online(drafts) -> None:
    told = [d.prompt for d in drafts if d.case == "jhon-edwin-huamani-ccori"]
    assert any("online game" in p for p in told), told
    assert not [d for d in drafts if d.case == "la-joya"]
