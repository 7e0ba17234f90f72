"""Read 533 (corpus 176 on arrival, on a064a54: 25.7% usable per occurrence, 21.1% distinct, no
wrong or debatable key) found no set from two of the five documents, a set for "Baba", the
blog's word for its writer's father, who had his own, and seven of the ten people approached
with no set."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus176", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_533_sets_for_the_post_authors_and_none_for_baba(drafts: list[Draft]) -> None:
    for case in ("sanne-van-den-heuvel-bos", "arjun-r-iyer"):
        assert drafts_of(drafts, case)
    assert not [d for d in drafts if d.case in ("baba", "manoj-gaikwad")]
