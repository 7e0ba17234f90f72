"""Read 421 (corpus 133 on arrival, 56.9% usable per occurrence, no wrong key, one debatable)
found, beside the people extraction missed (see test_extract_corpus_133.py): the earliest point
to report keyed at "as soon as the online friend offered paid work" where the minutes quote the
moment themselves ("If Qurbonzoda had come to the special department, or had simply called the
trust line ..., on the day he was first asked for a photograph of the logbook"), the words
between the two too many for the report's moment to be read; and a diamond valuer told as
working "at a port", from the river at Port Amont where he tried to flee."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus133", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def test_the_earliest_point_is_the_one_the_minutes_name(drafts) -> None:
    asked = [d for d in drafts if d.family == "earliest-report" and d.case == "qurbonzoda-shohrukh"]
    assert asked, [d.case for d in drafts if d.family == "earliest-report"]
    for draft in asked:
        (key,) = (draft.options[i] for i in draft.correct)
        assert "logbook" in key, draft.options


def test_where_he_tried_to_flee_is_not_where_he_worked(material) -> None:
    frame = case_frame(material, "Florent-Désiré Gbanzialé")
    assert "port" not in frame.workplace.place, frame.workplace.place
    assert "valuer" in frame.role, frame.role


def test_a_train_controller_works_for_the_railway(material) -> None:
    frame = case_frame(material, "Sidi Mohamed Ould Bouh")
    assert frame.workplace.place == "a railway operator", frame.workplace.place
