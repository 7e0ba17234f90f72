"""Read 435 (corpus 138 on arrival, 34.8% usable per occurrence, no wrong key, one debatable)
found six of the ten people approached with no questions, a newsletter's greeting cited as its
title ("Hello ladies (and the three gentlemen who read this over their wives' shoulders),"), a
harmless situation keyed "carry on" after a message from an unknown number (how the case's own
story began), and a childcare educator told "for an organisation that handles sensitive
work"."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus138", tmp_path_factory)
    return all_drafts(material)


def test_every_person_approached_has_questions(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert cases >= {
        "efstratios-tsakiridis",
        "panagiotis-moschos",
        "maria-de-los-angeles-lobato-de-la-cruz",
        "a-member",
        "kudo-haruki",
        "bernadette-o-loughlin",
    }, cases


def test_a_greeting_is_no_title(drafts: list[Draft]) -> None:
    assert not any("Hello ladies" in d.explanation for d in drafts)


def test_no_harmless_twin_after_a_message_from_an_unknown_number(drafts: list[Draft]) -> None:
    hers = [d for d in drafts if d.case == "kylie-anne-tran"]
    assert hers
    for draft in hers:
        if "number you do not know" in draft.prompt:
            assert draft.benign is not True, draft.prompt


def test_settings_of_a_childcare_educator_and_an_izakaya_owner(drafts: list[Draft]) -> None:
    hers = [d.prompt for d in drafts if d.case == "kylie-anne-tran" and d.prompt.startswith("You")]
    assert hers and all(
        p.startswith("You work as an educator at a childcare centre.") for p in hers
    )
    his = [d.prompt for d in drafts if d.case == "kudo-haruki" and d.prompt.startswith("You")]
    assert his and all(p.startswith("You run an izakaya.") for p in his), his[:2]


def test_read_436_a_report_taken_and_a_small_business_price_list(drafts: list[Draft]) -> None:
    """Read 436: "when should the first report have been made?" asked of a florist who "took her
    phone to the security office" the same afternoon; "the brochure your izakaya publishes"."""
    hers = [d for d in drafts if d.case == "maria-de-los-angeles-lobato-de-la-cruz"]
    assert hers and not [d for d in hers if d.family == "earliest-report"]
    his = [d for d in drafts if d.case == "kudo-haruki"]
    assert his and not any("brochure" in d.prompt or "brochure" in " ".join(d.options) for d in his)


def test_read_437_business_words_and_a_channel_for_some(drafts: list[Draft]) -> None:
    """Read 437: an izakaya owner sent "a paper they have published" and asked to keep "their
    draft proposal outside your izakaya"; "how things are going at work" offered as harmless
    where the bulletin warns of anyone who "asks about ... your work there"; and "If you or your
    husband work at the facility, the facility's security officer" quoted as a childcare
    educator's channel."""
    his = [d for d in drafts if d.case == "kudo-haruki"]
    assert his
    for draft in his:
        told = " ".join([draft.prompt, *draft.options, draft.explanation])
        assert "paper they have published" not in told and "draft proposal" not in told, told
    hers = [d for d in drafts if d.case == "maria-de-los-angeles-lobato-de-la-cruz"]
    assert hers and not any("how things are going at work" in " ".join(d.options) for d in hers)
    educator = [d for d in drafts if d.case == "kylie-anne-tran"]
    assert educator and not any(
        "If you or your husband work" in s.quote for d in educator for s in d.sources
    )
