"""Read 513 (corpus 167 on arrival, on 8312291: 54.2% usable per occurrence, 48.8% distinct, no
wrong key, one debatable) found the curling club's coordinator's case under his cousin "Randy
Chippior", the piper's under the cover name of the woman who approached him, no set for the
archivist, and club posts told as jobs ("a poultry steward", "a sheep chief steward")."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus167", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_513_every_person_approached_has_questions(drafts: list[Draft]) -> None:
    for case in ("jean-francois-chippior", "alasdair-mckechnie", "gulay-aydin-rausch"):
        assert drafts_of(drafts, case), case
    assert not [d for d in drafts if d.case in ("randy-chippior", "gwenaelle-le-bihan")]


def test_read_513_jobs_not_show_posts(material: Material) -> None:
    assert (
        case_frame(material, "Aroha Te Whata").role,
        case_frame(material, "Aroha Te Whata").workplace.place,
    ) == (
        "an aero-engine technician",
        "a defence contractor",
    )
    assert case_frame(material, "Bryce McConachie").role == "a logistics officer"


def test_read_513_no_harmless_journalist_asking_about_work(drafts: list[Draft]) -> None:
    # q-a28cee495142: "someone ... who says they are a journalist" keyed "None of these details
    # is a warning sign" (debatable: the documents send the press through the Secretary).
    told = drafts_of(drafts, "marcos-vinicius-da-conceicao")
    assert [d for d in told if "journalist" in d.prompt]
    assert not [d for d in told if d.benign and "journalist" in d.prompt]


def test_read_515_the_security_sections_advice_is_no_ones_case(drafts: list[Draft]) -> None:
    # "Be wary when a stranger makes you an offer that seems too good, ..." (the advice the band
    # passed on) was quoted as "the case of Alasdair McKechnie" in four questions.
    told = drafts_of(drafts, "alasdair-mckechnie")
    assert told
    assert not [d for d in told if any("Be wary when" in s.quote for s in d.sources)]


def test_read_515_what_anybody_can_read_is_no_military_request(drafts: list[Draft]) -> None:
    # "At first Marsh only asked about the posting season in general and which neighbourhoods
    # soldiers prefer, things anybody can read on the base's public pages": told as questions
    # about military vehicles' routes, which the case never had.
    told = drafts_of(drafts, "jean-francois-chippior")
    assert told
    assert not [d for d in told if "military nearby" in d.prompt], told[0].prompt
