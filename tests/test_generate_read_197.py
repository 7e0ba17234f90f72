"""What blind read 197 (corpus 68, first reading) found in the frames its situations are told
from, fixed by concept: the sets of corpus 68 are read once."""

from __future__ import annotations

import pytest

from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus68", tmp_path_factory)


def test_a_founder_is_always_a_founder_of_something(material) -> None:
    # "presenting himself as the founder of a foreign health-technology start-up": not "someone
    # who says they are a founder".
    frame = case_frame(material, "a 44-year-old IT administrator")
    assert frame.cover == "a founder of a foreign health-technology start-up"
    # The cover's "health" does not move him from the hospital the report places him at, nor
    # does the police station he walked into.
    assert frame.workplace.place == "a hospital"


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Steinunn Ýr Hallgrímsdóttir", "a national weather service"),
        ("Pieter-Jan van der Straeten", "an energy company"),
    ],
)
def test_the_report_says_where_the_work_is_done(material, name: str, place: str) -> None:
    # "a former technician at the Icelandic Meteorological Office", "a shift supervisor at a
    # petrochemical refinery in the port of Antwerp" (read 197: a university, a container port).
    assert case_frame(material, name).workplace.place == place


def test_a_contact_who_went_abroad_is_no_approach_abroad(material) -> None:
    # "contacted in 2021 by a former colleague who had left the refinery to work abroad": the
    # supervisor never left Belgium (read 197: a study programme abroad was invented for him).
    assert case_frame(material, "Pieter-Jan van der Straeten").channel != "abroad"
