"""Questions that read 292 (corpus 96, first reading: 41.5% usable, no wrong key) found wanting,
beyond the people extraction now reads: a helpline's counsellor, a man's daughter and "the
person surnamed Koffi" as cases; a numbered paragraph's title ("2." then "Gifts.") quoted as
the sign; the helpline's ordinary fraud calls quoted as the case's approach; and a cover "who
says they are a Senior Partner", of nothing named."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus96", tmp_path_factory))


def test_the_people_approached_are_the_cases(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"levan-tsiklauri", "anujin", "koffi", "andreas-nikolaidis"} & cases, cases
    assert {"ketevan-jgharkava", "dashdorjiin-bat-erdene", "konan-kouassi-serge-alain"} <= cases
    for draft in drafts:
        assert "surnamed" not in draft.explanation, draft.explanation


def test_quotes_show_the_case(drafts) -> None:
    for draft in drafts:
        for evidence in draft.sources:
            assert evidence.quote != "Gifts.", draft.prompt
            # The helpline's other calls: a romance scam and a boy's sextortion, not spying.
            assert "army surgeon" not in evidence.quote, draft.prompt
            assert "500 GEL" not in evidence.quote, draft.prompt


def test_a_cover_of_nothing_named_is_no_cover(tmp_path_factory: pytest.TempPathFactory) -> None:
    material = corpus_material("corpus96", tmp_path_factory)
    frame = case_frame(material, "N'GUESSAN Affoué Pélagie épouse KOFFI")
    assert "Senior Partner" not in frame.contact, frame.contact


def test_a_cadet_studies_at_an_academy_and_was_offered_a_trip(drafts) -> None:
    """Read 293: "You work as a third-year cadet for an organisation that handles sensitive
    work", asked "how long you have worked in your trade", and offered "well-paid work on the
    side" where the report tells a weekend in Istanbul offered out of the blue."""
    told = [d for d in drafts if d.case == "a-third-year-cadet"]
    assert told
    for draft in told:
        assert "You work as" not in draft.prompt, draft.prompt
        assert "worked in your trade" not in draft.prompt, draft.prompt
        assert "work on the side" not in draft.prompt, draft.prompt
    opening = [d.prompt for d in told if "a third-year cadet" in d.prompt]
    assert opening and all("You are a third-year cadet at a training academy" in p for p in opening)
    assert any("a free weekend trip abroad" in d.prompt for d in told)
