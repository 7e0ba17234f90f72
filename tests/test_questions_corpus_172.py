"""Read 526 (corpus 172 on the fixes of its first reading: 68.9% usable per occurrence, 71.0%
distinct, no wrong key) found the car-wash attendant the fixes had found told "at a naval base",
the base his camera was to look at from a balcony "with a view of the naval base pier"."""

from __future__ import annotations

import pytest

from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus172", tmp_path_factory)


def test_read_526_a_car_wash_attendant_works_at_a_car_wash(material: Material) -> None:
    frame = case_frame(material, "a 24-year-old car-wash attendant")
    assert (frame.role, frame.workplace.place) == ("a car-wash attendant", "a car wash")
