"""Read 405 (corpus 128 on arrival, 46.8% usable) found the wrong people as cases, all fixed in
extraction (see test_extract_corpus_128.py); read 406 (after those fixes, 80.0% usable per
occurrence, 79.2% distinct, no wrong key) found the jobs told wrong: "One of your colleagues
there is an employee" for a design engineer a notice calls "Employee A", and "a surveillance
technician" for a health surveillance technician."""

from __future__ import annotations

import pytest

from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus128", tmp_path_factory)


def test_a_coded_employee_s_job_is_the_one_the_notice_describes(material) -> None:
    # 'A design engineer in the Landing Gear Systems Group ... (hereinafter "Employee A")'.
    assert case_frame(material, "Employee A").role == "a design engineer"
    # '..., an inspector in the Quality Assurance Department (...; hereinafter "Employee B")'.
    assert case_frame(material, "Employee B").role == "an inspector"


def test_a_health_surveillance_technician(material) -> None:
    assert case_frame(material, "Jess").role == "a health surveillance technician"
