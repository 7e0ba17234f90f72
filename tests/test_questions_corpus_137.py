"""Read 432 (corpus 137 on arrival, 23.4% usable per occurrence, no wrong key, two debatable)
found a witness's name over a registry officer's story, each case's set quoting the other
person approached in the same report, a driller in debt told as helping "a foreign visitor in
difficulty" (his compressor had broken down), "when should the first report have been made?"
asked of someone who reported at the first request ("Because Mrs. Kalua spoke up", the title's
full stop cut the sentence short) and keyed on a request where the report's own rule names the
paid offers before it, and the owner of a photo studio told as "a member of staff at an
organisation that handles sensitive work"."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus137", tmp_path_factory)
    return all_drafts(material)


def test_someone_who_runs_a_business_is_told_so(drafts: list[Draft]) -> None:
    his = [d for d in drafts if d.case == "klodian-hysenaj" and d.prompt.startswith("You ")]
    assert his
    for draft in his:
        assert draft.prompt.startswith("You run a photo studio."), draft.prompt
        said = " ".join([draft.prompt, *draft.options, draft.explanation])
        for nobody in ("your manager", "your organisation", "your colleagues", "anyone at work"):
            assert nobody not in said.lower(), (nobody, said)
    keyed = [d.options[i] for d in his for i in d.correct if d.options[i].startswith("Tell")]
    assert keyed and all("security office" not in o for o in keyed), keyed


def test_the_persons_own_trouble_is_no_visitor_in_difficulty(drafts: list[Draft]) -> None:
    his = [d for d in drafts if d.case == "chikondi-mwale"]
    assert his
    assert not any("visitor in difficulty" in d.prompt for d in his)


def test_no_first_report_asked_of_who_reported_at_the_first_request(drafts: list[Draft]) -> None:
    for case in ("tamanda-kalua", "mahmoud-abdel-rahman-soliman"):
        asked = [d for d in drafts if d.case == case and d.family == "earliest-report"]
        assert not asked, [d.options for d in asked]


def test_no_set_for_a_witness(drafts: list[Draft]) -> None:
    assert {d.case for d in drafts if d.case} >= {"m-g", "mimoza-cela", "nenad-m-jovanovic"}
    assert not [d for d in drafts if d.case == "guzeppi-grech"]


def test_a_declared_offer_is_never_the_real_case(drafts: list[Draft]) -> None:
    """Read 433: a job offer "declared, discussed with the Directorate and declined" quoted as
    the real case of an unasked-for offer."""
    quoted = [e.quote for d in drafts if d.case == "m-g" for e in d.sources]
    assert quoted
    assert not any("was declared" in q for q in quoted), quoted
