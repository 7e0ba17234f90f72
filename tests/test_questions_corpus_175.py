"""Read 530 (corpus 175 on arrival, on 00454f8: 25.0% usable per occurrence, 28.3% distinct, no
wrong key, one debatable) found sets for a tribunal's intelligence witness, a student's father
and the panel itself, the two tribunal parties known by codes without sets, and the storeperson a
court sentenced told as "a member of staff" while his co-accused, a sports massage therapist who
rents a room at a gym, took his facts."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus175", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_530_sets_for_the_people_approached_only(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts}
    assert {"zkvw", "zkvx", "logan-craig-whitcombe", "karl-martin-rebane"} <= cases, cases
    assert not cases & {"witness-a", "andres-rebane", "disciplinary-panel", "derek-milne"}


@pytest.mark.parametrize(
    ("name", "role", "place"),
    [
        ("Logan Craig Whitcombe", "a storeperson", "a defence organisation"),
        ("Hemi Rawiri Kereama", "a sports massage therapist", "a business of your own"),
    ],
)
def test_read_530_the_job_and_the_workplace_of_the_person(
    material: Material, name: str, role: str, place: str
) -> None:
    frame = case_frame(material, name)
    assert (frame.role, frame.workplace.place) == (role, place)


def test_read_530_the_storeperson_has_his_own_facts(drafts: list[Draft]) -> None:
    quoted = " ".join(
        e.quote for d in drafts_of(drafts, "logan-craig-whitcombe") for e in d.sources
    )
    assert "140 photographs" in quoted or "photographing" in quoted or "debts" in quoted, quoted
