"""Questions of corpus 112 (first reading: read 333, 56.3% usable, no wrong key, one debatable),
and the frames they are told from, by concept: where each case works, from the job the report
gives (a mortuary attendant at a hospital, a boat builder at a yard, a farmer, a relay
protection technician at an energy company; read 333 found a boat builder told as "a security
guard at a government ministry" from a church's "ministry work"), and the lever a threat holds
(a wrong of the person's own, a private video: not "what you sent", which neither had)."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus112", tmp_path_factory))


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("athumani-rashidi-chilumba", "a mortuary attendant at a hospital"),
        ("nason-kilangit", "a boat builder at a shipyard"),
        ("prasert-saengthong", "a farmer at a farmers' cooperative"),
        (
            "a-29-year-old-relay-protection-technician",
            "a relay protection technician at an energy company",
        ),
    ],
)
def test_each_is_told_where_they_work(drafts, case: str, said: str) -> None:
    told = [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You work as")]
    assert told and all(said in p for p in told), told


def test_the_medical_officer_in_charge_has_no_questions(drafts) -> None:
    # Read 333: a set about the post the case reported to.
    assert not [d for d in drafts if "in-charge" in d.case]


def test_a_threat_is_told_with_its_own_lever(drafts) -> None:
    # Read 333: Kalo's missing diesel and Film's private video keyed as "what you sent".
    for case in ("kalo", "thanawat-boonmee"):
        told = [d for d in drafts if d.case == case]
        assert told
        assert not any("what you sent" in " ".join((d.prompt, *d.options)) for d in told), case
    kalo = " ".join(" ".join((d.prompt, *d.options)) for d in drafts if d.case == "kalo")
    assert "mistake" in kalo
