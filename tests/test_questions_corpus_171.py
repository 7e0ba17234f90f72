"""Read 521 (corpus 171 on arrival, on 3d02139: 63.1% usable per occurrence, 62.1% distinct, no
wrong or debatable key) found a reporter told as "a research director" (how her recruiter signed),
an analyst met at her university's alumni night told as approached abroad at a university, the
compliance manager who took a programmer's report taken for the case, and no set for a spare-parts
planner drawn into a romance. Read 523, on the fixes (69.6% per occurrence, 72.7% distinct, no
wrong key), found a journal's associate editor placed at a news organisation and the reporter at
the port whose press office she was to call."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus171", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_521_every_person_approached_has_questions(drafts: list[Draft]) -> None:
    for case in ("pavla-koubkova", "jose-luis-barraza-ochoa"):
        assert drafts_of(drafts, case), case
    assert not [d for d in drafts if d.case == "fernando-chavez-anchondo"]


def test_read_521_no_job_from_the_recruiters_signature(material: Material) -> None:
    assert case_frame(material, "Rim Kchaou").role != "a research director"


def test_read_521_met_at_home_at_an_alumni_night(material: Material) -> None:
    frame = case_frame(material, "Ngaire Te Huia")
    assert frame.channel == "in-person"
    assert frame.workplace.place != "a university"


def test_read_523_a_journals_editor_at_a_university_and_a_reporter_at_no_port(
    material: Material,
) -> None:
    # "Doç. Dr. Ayşe Nur Kaplan Öztürk, Associate Editor, Structures and Materials" of a
    # journal's editorial board: not "an associate editor at a news organisation"; "Rim will call
    # the port authority's press office": not "a member of staff at a port".
    assert case_frame(material, "Ayşe Nur Kaplan Öztürk").workplace.place == "a university"
    assert case_frame(material, "Rim Kchaou").workplace.place != "a port"
