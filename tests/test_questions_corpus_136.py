"""Read 431 (corpus 136 after its extraction fixes, 76.6% usable per occurrence, no wrong key,
two debatable) found the technician's "when should the first report have been made?" offering
as a wrong choice the moment the report names ("if the young man had asked him, at the first
batch of work orders, whether such "data entry" was allowed"), and presents from the contact
keyed for a case that shows none (a camera trap sent "to fix on a ridge facing one of the army
posts" read as a present)."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus136", tmp_path_factory)
    return all_drafts(material)


def test_the_moment_the_report_names_is_never_a_wrong_choice(drafts) -> None:
    his = [d for d in drafts if d.case == "a-dental-prosthetics-technician"]
    assert his
    for draft in his:
        if draft.family == "earliest-report":
            wrong = [o for n, o in enumerate(draft.options) if n not in draft.correct]
            assert not any("work orders" in o or "internal" in o for o in wrong), draft.options


def test_equipment_sent_for_a_task_is_no_present(drafts) -> None:
    hers = [d for d in drafts if d.case == "stanzin-dolker"]
    assert hers
    quoted = [e.quote for d in hers for e in d.sources]
    explained = " ".join(d.explanation for d in hers)
    assert "presents or favours" not in explained.lower(), quoted
