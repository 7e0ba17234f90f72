"""Questions of corpus 109 (first reading: read 323), and the frames they are told from: where
each case works and how the contact began, by concept: a grade before a job ("Assistant
Manager"), a job done now over one left ("a retired senior warrant officer ... Since leaving the
army he has worked as a harvester operator"), a laboratory named in French, a network operations
centre's and a launch centre's trades; a freelance platform signed up to, a course advertised
online, a group show of the person's own work, a buyer for the family's land and a veterans'
reunion as ways in."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus109", tmp_path_factory))


def _told(drafts: list[Draft], case: str) -> list[str]:
    return [d.prompt for d in drafts if d.case == case and d.kind == "scenario"]


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("k-lakshmi-prasanna", "an assistant manager at a shipyard"),
        ("zdzislaw-mroczek", "a harvester operator at a forestry company"),
        ("vaimiti-tauatiri-epouse-tchen", "a technician at a research institute"),
        ("gabriel-majok-chol", "a network engineer at a telecoms company"),
        ("antonio-jose-ribeiro-dos-santos", "a propellant technician at a space launch centre"),
    ],
)
def test_each_is_told_where_they_work(drafts, case: str, said: str) -> None:
    told = [p for p in _told(drafts, case) if p.startswith(("You work as", "You are"))]
    assert told and all(said in p for p in told), told


@pytest.mark.parametrize(
    ("case", "way_in"),
    [
        ("k-lakshmi-prasanna", "On a freelancing platform"),
        ("ch-srinivasa-rao", "You sign up for an online course"),
        ("vaimiti-tauatiri-epouse-tchen", "your own artwork is on show"),
        ("antonio-jose-ribeiro-dos-santos", "land your family owns"),
        ("zdzislaw-mroczek", "a reunion for veterans"),
    ],
)
def test_each_is_approached_as_the_case_was(drafts, case: str, way_in: str) -> None:
    assert any(way_in in p for p in _told(drafts, case)), _told(drafts, case)
