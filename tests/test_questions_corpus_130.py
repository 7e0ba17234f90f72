"""Read 413 (corpus 130 on arrival, 60.2% usable per occurrence, 60.8% distinct, no wrong key)
found the stories filed under the wrong people, fixed in extraction (see
test_extract_corpus_130.py), and passages chosen by a cue, not by what they show: a list's line
for one group of readers ("- military families tell their unit's security officer;") quoted as a
clinic nurse's channel; the detection of a router ("The mine's IT team found it ... and traced
the USB copying to her login") quoted for copying; a fake news site's registration date ("had
never published a story") quoted as a request for internal documents; and a sign told with its
verdict ("presents or favours, well beyond what a new acquaintance would"). Read 414 (after
those fixes, 76.6% per occurrence, 76.7% distinct, no wrong or debatable key) found an
orchestra seat told as a job ("You work as a member of the second violins") at a workplace taken
from where her papers went ("tabled in Parliament"); a request about the military's movements
near a farrier keyed as "internal documents of your organisation"; and a paid talk offered as
the ordinary detail in words that were the case's own sign ("being paid for a talk about your
work")."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus130", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def _quotes(drafts: list[Draft]) -> list[str]:
    return [e.quote for d in drafts for e in d.sources]


def test_a_line_for_one_group_of_readers_is_no_one_else_s_channel(drafts) -> None:
    assert any(d.case == "kadri-liis-saar" for d in drafts)
    quotes = _quotes([d for d in drafts if d.case == "kadri-liis-saar"])
    assert not any("military families" in q for q in quotes), quotes


def test_what_found_the_copying_is_not_the_copying(drafts) -> None:
    for draft in drafts:
        if "bulk-collection" in draft.tags:
            for evidence in draft.sources:
                assert "traced the USB copying" not in evidence.quote, draft.prompt


def test_a_site_that_never_published_is_no_request(material) -> None:
    (lan,) = [c for c in material.extraction.cases if c.name == "Hồ Thị Ngọc Lan"]
    hit = lan.tag("request-beyond-public")
    assert hit is not None
    assert not any("never published a story" in e.quote for e in hit.evidence), hit.evidence


def test_a_sign_is_told_without_its_verdict(drafts) -> None:
    assert drafts
    for draft in drafts:
        assert "well beyond what a new acquaintance" not in draft.prompt, draft.prompt


def test_a_seat_in_the_orchestra_is_no_job(material) -> None:
    frame = case_frame(material, "a member of the second violins")
    assert frame.role == "a terminologist", frame.role
    assert "parliament" not in frame.workplace.place, frame.workplace


def test_the_military_s_movements_are_no_internal_documents(drafts) -> None:
    asked = [
        d
        for d in drafts
        if d.case == "jevgeni-pavlovits-orlov" and "request-beyond-public" in d.tags
    ]
    assert asked
    for draft in asked:
        assert "internal documents" not in " ".join(draft.options), draft.options


def test_the_ordinary_talk_is_offered_with_what_makes_it_ordinary(drafts) -> None:
    for draft in drafts:
        for option in draft.options:
            assert "being paid for a talk about your work" not in option.lower(), draft.prompt
