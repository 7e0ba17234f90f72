"""Read 405 (corpus 128 on arrival, 46.8% usable) found the wrong people as cases, all fixed in
extraction (see test_extract_corpus_128.py); read 406 (after those fixes, 80.0% usable per
occurrence, 79.2% distinct, no wrong key) found the jobs told wrong: "One of your colleagues
there is an employee" for a design engineer a notice calls "Employee A", and "a surveillance
technician" for a health surveillance technician; read 408 (79 of 80 usable or with a small
edit) found paid calls on an expert site told as normal background, where the notice makes an
unapproved paid consultation the first breach."""

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


def test_paid_calls_on_an_expert_site_are_told_as_approved(material) -> None:
    # Read 408: "presents taking paid expert-network calls from unknown clients as normal
    # background; the source makes an unapproved paid consultation the first breach".
    from quiz.generate import all_drafts

    told = [d.prompt for d in all_drafts(material) if "books a paid call" in d.prompt]
    assert told
    assert all("your employer has approved you to use" in p for p in told), told
