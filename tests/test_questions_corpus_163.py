"""Read 506 (corpus 163 on arrival, on 258f69a: 59.6% usable per occurrence, 60.0% distinct, no
wrong key, two debatable) found no question for five of the ten people approached, and
"when should Mariusz first have reported?" offering as wrong the moment the Board itself names
("if Mariusz K. had gone to his compliance officer the first time he was asked for non-public
data"): a report's own moment after a name with a surname's initial."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus163", tmp_path_factory)
    return all_drafts(material)


def test_read_506_every_person_approached_has_questions(drafts: list[Draft]) -> None:
    for case in (
        "juhani-laakso",
        "carmelo-di-mauro",
        "kumudini-wickramasinghe",
        "maria-ignacia-fuenzalida-rojas",
        "cristian-pizarro-lagos",
    ):
        assert drafts_of(drafts, case)


def test_read_506_no_first_moment_against_the_boards_own(drafts: list[Draft]) -> None:
    import re

    from quiz.families.earliest_report import _NAMED_LATER

    board = (
        "the board notes that if mariusz k. had gone to his compliance officer the first time "
        "he was asked for non-public data, the matter would have ended with a report"
    )
    assert re.search(_NAMED_LATER, board)
    looking_back = [d for d in drafts_of(drafts, "mariusz-k") if d.prompt.startswith("Looking")]
    assert not [d for d in looking_back if any("internal" in o for o in d.options)]
