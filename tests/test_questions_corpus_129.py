"""Read 409 (corpus 129 on arrival, 25.5% usable) found the wrong people as cases, fixed in
extraction (see test_extract_corpus_129.py); read 410 (after those fixes, 64.0% usable per
occurrence, 66.7% distinct, no wrong key) found a described person's home town told as a job:
"You work as a younger man from Glozhene"."""

from __future__ import annotations

import pytest

from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus129", tmp_path_factory)


def test_where_someone_is_from_is_no_job(material) -> None:
    role = case_frame(material, "a younger man from Glozhene").role
    assert "Glozhene" not in role and "man" not in role.split(), role


def test_a_cover_in_a_supposition_is_no_contact_s(material) -> None:
    # 'what they should do if a lender, a "recruiter" or a "consultant" offers them money' (the
    # editor's note) is no cover of Haneul's contact, a loan consultant (read 410).
    assert case_frame(material, "Haneul").cover != "a recruiter"


def test_a_site_s_checkpoint_is_no_border(material) -> None:
    # "the access road to the main checkpoint" of the plant is no border post (read 410: "a
    # border guard service").
    assert "border" not in case_frame(material, "a younger man from Glozhene").workplace.place
