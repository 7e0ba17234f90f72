"""Read 419 (corpus 132 on arrival, 46.3% usable per occurrence) found two cases' stories filed
under others, fixed in extraction (see test_extract_corpus_132.py); read 420 (after those fixes,
69.3% per occurrence, 67.3% distinct, no wrong key, one debatable) found a workplace taken from a
police officer who spoke to the reader's group ("You work ... at a police force", of a civil
registry's election logistics coordinator)."""

from __future__ import annotations

import pytest

from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus132", tmp_path_factory)


def test_an_officer_who_spoke_to_the_group_is_no_workplace(material) -> None:
    place = case_frame(material, "Martha Lucía Guerrero Bastidas").workplace.place
    assert "police" not in place, place
    assert "election" in place, place


def test_no_earliest_point_against_the_custodian_s_own_words(material) -> None:
    # "the day Yaw asked me for the first shipment date, I should have walked down the corridor
    # to the Bank's security department": read 420 found "as soon as the generosity went
    # beyond the ordinary" keyed, debatable; the first shipment date was no first request, so
    # nothing is asked.
    from quiz.generate import all_drafts

    for draft in all_drafts(material):
        if draft.family == "earliest-report" and draft.case == "kwesi-ato-quansah":
            keys = [draft.options[i] for i in draft.correct]
            assert not any("generosity" in k for k in keys), draft.options
