"""Read 239: looking back at a case, "when should the first report have been made?" names the
money a first contact offered only where the first contact offered it, not money offered months
later with the requests."""

from __future__ import annotations

import pytest

from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory) -> Material:
    return corpus_material("corpus77", tmp_path_factory)


def _earliest(material: Material, case_id: str):
    return [d for d in all_drafts(material) if d.family == "earliest-report" and d.case == case_id]


def test_money_offered_months_later_is_not_what_the_first_message_offered(material) -> None:
    # Read 239: the first message offered to pay for studio time; "£1,000 'per verse'" came
    # months later, with the request for the unit's movement dates. The key said "as soon as
    # the stranger offered paid work out of the blue".
    (draft,) = _earliest(material, "kerwin-jno-baptiste")
    key = draft.options[draft.correct[0]]
    assert "paid work" not in key and "money" not in key, key
    assert "offer" in key
    assert not any("per verse" in s.quote for s in draft.sources)


def test_a_reward_told_with_the_first_contact_is_still_paid_work(shipped_material) -> None:
    # The shipped case of Chen Wei: "Peter said that he is a technical expert and the purpose of
    # his visit to China is to buy some technical materials. Then, under the temptation of high
    # reward, Chen Wei began to provide information": the reward came with the first contact.
    (draft,) = _earliest(shipped_material, "chen-wei")
    assert "paid work" in draft.options[draft.correct[0]]


@pytest.fixture(scope="module")
def shipped_material() -> Material:
    from quiz.material import load_material

    from .conftest import SEEDS

    return load_material(SEEDS)
