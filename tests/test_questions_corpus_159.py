"""Read 499 (corpus 159 on arrival, on 91d2bfb: 66.7% usable per occurrence, 65.9% distinct, no
wrong key, two debatable) found no question for a farmer known by his farm's name and for a
retired artificer read as a recruiter, whose passages the other case of his document quoted as
its own; and jobs put in the wrong place: "a tailor at a university" (the officers whose
uniforms she alters study there), "a hotel-school student at a hotel", "a pharmacy technician
for an organisation that handles sensitive work", and "a room artificer"."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus159", tmp_path_factory)
    return all_drafts(material)


def test_read_499_every_case_has_questions(drafts: list[Draft]) -> None:
    for case in ("josef-krenn", "maurice-cotter", "ger-kiely", "julia-pirker"):
        assert drafts_of(drafts, case)


def test_read_499_no_one_elses_passage_for_the_hackney_driver(drafts: list[Draft]) -> None:
    for draft in drafts_of(drafts, "ger-kiely"):
        for source in draft.sources:
            assert "Mossie" not in source.quote and "Hale" not in source.quote, source.quote


def test_read_499_jobs_in_their_own_places(drafts: list[Draft]) -> None:
    told = {
        case: " ".join(d.prompt for d in drafts_of(drafts, case))
        for case in (
            "mukeshimana-vestine",
            "julia-pirker",
            "ines-carolina-sa-gomes",
            "maurice-cotter",
            "manuel-joaquim-oliveira-resende",
        )
    }
    assert "university" not in told["mukeshimana-vestine"]
    assert "student at a hotel" not in told["julia-pirker"]
    assert "at a pharmacy" in told["ines-carolina-sa-gomes"]
    assert "an engine room artificer" in told["maurice-cotter"]
    assert "a stores clerk at an air base" in told["manuel-joaquim-oliveira-resende"]
