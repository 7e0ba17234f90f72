"""Questions that read 300 (corpus 99, first reading: 59.4% usable, no wrong key) found
wanting, beyond the people extraction now reads (cases named "Kensington Oval" and "Business
Partner"): a case's keeping of its messages quoted from another case of the report; a cover
cut short ("a broker with a company" of "a broker with a company called Atlantic Fast
Freight"); a threat with personal pictures explained as material sent becoming the lever; and a
worker who refused but never reported given no question."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus99", tmp_path_factory))


def test_the_cases_are_people(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"kensington-oval", "business-partner", "bahrain-fort"} & cases, cases
    # "Mr. Tengbeh refused. He did not, however, tell the Unit Head": a lesson of its own.
    assert "tamba-tengbeh" in cases, cases


def test_a_cases_passages_are_its_own(drafts) -> None:
    for draft in drafts:
        if draft.case == "fatima-zohra-belkacem":
            for evidence in draft.sources:
                assert "Mekki" not in evidence.quote, evidence.quote


def test_a_cover_is_said_whole_or_not_cut(drafts) -> None:
    for draft in drafts:
        assert "a broker with a company " not in draft.prompt, draft.prompt


def test_a_threat_is_explained_by_what_it_holds(drafts) -> None:
    # "He replied that he had kept pictures of her from their time together and would send
    # them to her family and to the Fund": her private pictures are the lever.
    pictures = [d for d in drafts if any("kept pictures of her" in e.quote for e in d.sources)]
    assert pictures
    for draft in pictures:
        assert "what you sent" not in draft.prompt, draft.prompt
        assert "material has been handed over" not in draft.explanation, draft.explanation


def test_files_sent_out_are_no_request_for_secrecy(drafts) -> None:
    # "had emailed the exported files to a personal Gmail address" (read 300: quoted for "a
    # request to keep the contact from anyone at work").
    secrecy = [d for d in drafts if d.subject.startswith("secrecy-pressure")]
    assert secrecy
    for draft in secrecy:
        assert all("personal Gmail" not in e.quote for e in draft.sources), draft.sources


def test_an_it_equipment_officer_is_no_builder(tmp_path_factory) -> None:
    # Read 301: "an officer at a construction contractor" for the IT equipment disposal officer
    # of a government agency ("equipment" read as a heavy equipment operator's word).
    from .conftest import case_frame

    material = corpus_material("corpus99", tmp_path_factory)
    frame = case_frame(material, "Prince B. Zayzay")
    assert frame.workplace.place != "a construction contractor", frame.workplace
