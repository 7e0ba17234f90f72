"""Read 413 (corpus 130 on arrival, 60.2% usable per occurrence, 60.8% distinct, no wrong key)
found the stories filed under the wrong people, fixed in extraction (see
test_extract_corpus_130.py), and passages chosen by a cue, not by what they show: a list's line
for one group of readers ("- military families tell their unit's security officer;") quoted as a
clinic nurse's channel; the detection of a router ("The mine's IT team found it ... and traced
the USB copying to her login") quoted for copying; a fake news site's registration date ("had
never published a story") quoted as a request for internal documents; and a sign told with its
verdict ("presents or favours, well beyond what a new acquaintance would")."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


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
