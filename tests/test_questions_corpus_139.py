"""Read 438 (corpus 139 on arrival, 79.5% usable per occurrence, no wrong or debatable key)
found a police officer who told the meeting about the cases given a set of his own ("The case
of OCS Mokowe"), a go-between and a member who reported at once given none, a mechanic told
as the nurse his contact claimed to be, a carver and a restaurant owner told "for an
organisation that handles sensitive work", a driver whom an old school friend approached told
as met "out of the blue", and a quote cut at an Italian knight's "cav."."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus139", tmp_path_factory)
    return all_drafts(material)


def _settings(drafts: list[Draft], case: str) -> list[str]:
    return [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You")]


def test_every_person_approached_has_questions_and_the_officer_none(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert cases >= {"hung-chin-tsai", "c-lo-presti", "omar-abdalla-shee"}, cases
    assert "ocs-mokowe" not in cases
    assert not any("OCS Mokowe" in d.explanation for d in drafts)


def test_each_case_in_its_own_trade(drafts: list[Draft]) -> None:
    mechanic = _settings(drafts, "omar-abdalla-shee")
    assert mechanic and not any("nurse" in p or "hospital" in p for p in mechanic), mechanic[:2]
    carver = _settings(drafts, "simeonie-qillaq")
    assert carver and all(
        p.startswith("You work for yourself as a soapstone carver.") for p in carver
    )
    owner = _settings(drafts, "hung-chin-tsai")
    assert owner and all(p.startswith("You run a seafood restaurant.") for p in owner), owner[:2]


def test_an_old_school_friend_is_no_stranger(drafts: list[Draft]) -> None:
    his = [
        d.prompt
        for d in drafts
        if d.case == "a-minibus-transfer-driver"
        and "contact" in d.prompt
        and "colleague" not in d.prompt
    ]
    assert his
    for prompt in his:
        assert "not met before" not in prompt and "Out of the blue" not in prompt, prompt
        assert "old friend" in prompt, prompt


def test_a_title_abbreviated_does_not_end_a_quote(drafts: list[Draft]) -> None:
    quotes = [s.quote for d in drafts for s in d.sources]
    assert quotes and not any(q.startswith("Nunzio Barbagallo") for q in quotes)


def test_read_442_an_owners_explanation_answers_the_choices_offered(drafts: list[Draft]) -> None:
    """Read 442: "ask someone you trust" and "note it in your own records" offered to a farmer,
    a carver and a restaurant owner, and the explanation answering "Someone you work with cannot
    check a contact" and "not saved for a routine report"."""
    theirs = [
        d
        for d in drafts
        if d.case in ("salvatore-nicosia", "simeonie-qillaq", "hung-chin-tsai")
        and "someone you trust" in " ".join(d.options)
    ]
    assert theirs
    for draft in theirs:
        assert "Someone you work with cannot" not in draft.explanation, draft.explanation
        assert "routine report" not in draft.explanation, draft.explanation
