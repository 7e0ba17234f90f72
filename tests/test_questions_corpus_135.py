"""Read 427 (corpus 135 on arrival, 59.6% usable per occurrence, no wrong key, three debatable)
and read 428 (after the extraction fixes, 84.5%, one debatable) found the accountant's question
"when should the first report have been made?" keying the paid offer where her report names a
later moment ("If Dee had picked up the phone to her manager or to me when Ms. Reyes first asked
for easement files"), which was offered as a wrong choice: a title's full stop ended the
report's sentence early, so its own moment was not read. They also found a tea-stall owner
told as "a member of staff at a naval base" (his stall is opposite its gate), a scaffolder at a
ship repair yard told at a naval base, and a sea patrol's fish warden and data encoder told as
"a member of staff"."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus135", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def test_the_moment_the_report_names_is_never_a_wrong_choice(drafts) -> None:
    hers = [d for d in drafts if d.case == "daria-kvasnikoff"]
    assert hers
    for draft in hers:
        if draft.family == "earliest-report":
            wrong = [o for n, o in enumerate(draft.options) if n not in draft.correct]
            assert not any("internal" in o for o in wrong), draft.options


def test_a_stall_opposite_the_gate_is_not_the_base(material) -> None:
    frame = case_frame(material, "P. A. Abdul Khader")
    assert "naval base" not in frame.workplace.place, frame.workplace.place


def test_a_ship_repair_yard_is_a_shipyard(material) -> None:
    frame = case_frame(material, "Rajeevan K. P.")
    assert frame.workplace.place == "a shipyard", frame.workplace.place


def test_a_sea_patrols_jobs(material) -> None:
    assert "warden" in case_frame(material, "Ronaldo M. Dela Cruz").role
    assert "data encoder" in case_frame(material, "Ma. Theresa Villanueva-Ong").role
