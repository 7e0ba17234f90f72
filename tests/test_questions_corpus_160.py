"""Read 501 (corpus 160 on arrival, on 5075dc8: 60.8% usable per occurrence, 59.6% distinct, no
wrong key, one debatable) found jobs put at the site the contact asked about or a report went
to ("a dried-fish trader at a coast guard station", "an abrasive blasting operator at a coast
guard station", "a nursing technician at a defence organisation"); a set for the security
officer the staff report to, and none for a river pilot whose given name is also a rank; a
dating-app romance told as a stranger striking up a conversation; intimate photographs the
contact still held told as "sends you intimate photographs of the two of you"; and "report
now" keyed on a headhunter's job offer alone, where the case's own request came after it."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus160", tmp_path_factory)
    return all_drafts(material)


def test_read_501_sets_for_the_people_approached(drafts: list[Draft]) -> None:
    assert drafts_of(drafts, "segundo-shupingahua-chumbe")
    assert drafts_of(drafts, "hassani-jafali")
    assert not [d for d in drafts if d.case == "bui-duc-toan"]


def test_read_501_jobs_in_their_own_places(drafts: list[Draft]) -> None:
    told = " ".join(d.prompt for d in drafts)
    for wrong in (
        "trader at a coast guard station",
        "operator at a coast guard station",
        "technician at a defence organisation",
    ):
        assert wrong not in told
    assert "a nursing technician at a hospital" in told
    assert "an abrasive blasting operator at a shipyard" in told
    assert "a bursar at a school" in told


def test_read_501_a_dating_app_romance_opens_on_the_app(drafts: list[Draft]) -> None:
    for draft in drafts_of(drafts, "kelly-ahuanari-pinedo"):
        if draft.kind == "scenario":
            assert "dating app" in draft.prompt, draft.prompt
            assert "sends you intimate photographs" not in draft.prompt


def test_read_501_no_report_now_on_a_job_offer_alone(drafts: list[Draft]) -> None:
    asked = [
        d.prompt
        for d in drafts_of(drafts, "vu-thi-mai-anh")
        if "several times your present pay" in d.prompt and d.prompt.endswith("What should you do?")
    ]
    assert asked
    for prompt in asked:
        assert "internal reports as samples" in prompt, prompt
