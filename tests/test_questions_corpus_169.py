"""Read 517 (corpus 169 on arrival, on the fixes of corpora 166 and 167: 59.7% usable per
occurrence, 54.9% distinct, no wrong key) found a flight dynamics engineer told as "a pilot at a
satellite company" (what the club knows her as), the coordinator's case under a colleague's name,
no set for the design engineer a collector approached, a salutation cited as the report's title,
and a case's own paying off of debts told as a stranger offering to settle them."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus169", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_517_every_person_approached_has_questions(drafts: list[Draft]) -> None:
    for case in ("aino-vaisanen-lehto", "jaroslav-kubicek"):
        assert drafts_of(drafts, case), case


def test_read_517_the_job_not_the_hobby(material: Material) -> None:
    assert case_frame(material, "Florencia Iturraspe").role == "a flight dynamics engineer"


def test_read_517_no_title_from_a_salutation(drafts: list[Draft]) -> None:
    told = drafts_of(drafts, "dexter-alleyne")
    assert told
    assert not [d for d in told if "Mr. President" in d.explanation]


def test_read_517_his_own_paying_off_is_no_help_with_debts(drafts: list[Draft]) -> None:
    told = drafts_of(drafts, "lukas-simanek")
    assert told
    # ("In the autumn he turned up at the club in a new Octavia RS and paid off his debts", told
    # as "The contact ... offers to settle a large debt of yours".)
    assert not [d for d in told if "debt of yours" in d.prompt], told[0].prompt


def test_read_519_no_first_moment_after_the_model_bought_for_far_too_much(
    drafts: list[Draft],
) -> None:
    # "Herr Reinhold bought it on the spot for CZK 45,000" (a model that cost about six
    # thousand) came before the request the report names ("the first request that went beyond
    # what anyone can see from the footbridge"): that request keyed as the first moment was
    # debatable.
    told = drafts_of(drafts, "jaroslav-kubicek")
    assert told
    assert not [d for d in told if any("footbridge" in o for o in d.options)]
