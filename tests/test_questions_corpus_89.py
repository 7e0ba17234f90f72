"""Questions from corpus 89 that read 277 found wrong: a first report point keyed before a threat
told in the same passage (a wrong key), a threat over affair photos told as "what you sent", the
case's own pressure on his assistant told as pressure on "you", an approved conference invitation
quoted as the suspicious one, and one case's sentences quoted for another."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus89", tmp_path_factory))


def _of(drafts: list[Draft], case: str) -> list[Draft]:
    return [d for d in drafts if (d.case or "").startswith(case)]


def test_no_first_report_point_before_a_threat_told_with_it(drafts) -> None:
    # "put photos on the table and said his wife would see them unless he helped. And he offered
    # money too": keyed "As soon as the stranger offered paid work out of the blue" (read 277).
    sizwe = _of(drafts, "sizwe")
    assert sizwe
    assert not any(d.family == "earliest-report" for d in sizwe)


def test_a_threat_over_photos_a_spouse_would_see_is_told_as_such(drafts) -> None:
    signs = [d for d in _of(drafts, "sizwe") if "threats-leverage" in d.tags and not d.benign]
    assert signs
    for draft in signs:
        assert "reminds you of what you sent" not in draft.prompt, draft.prompt
        assert "Once material has been handed over" not in draft.explanation


def test_the_cases_own_pressure_on_another_is_not_pressure_on_you(drafts) -> None:
    # '"the accused ... offered her P200 extra for each phone she copied ..., telling her to keep
    # it between the two of them, "not even your mother"' (read 277).
    for draft in _of(drafts, "oarabile"):
        assert not any("not even your mother" in e.quote for e in draft.sources), draft.prompt


def test_an_approved_invitation_is_not_quoted_as_the_suspicious_one(drafts) -> None:
    # "The invitation Zhanar Serikovna received last year to speak at an IEEE conference ...
    # approved by the Department", under "Legitimate activity (for comparison)" (read 277).
    for draft in drafts:
        if draft.benign:
            continue
        assert not any("IEEE" in e.quote for e in draft.sources), draft.prompt


def test_each_cases_questions_quote_its_own_story(drafts) -> None:
    # Jonnie's and Steven's passages were quoted as Mary-Rose Aonima's case; Timur's "She asked
    # him to move to a private encrypted email" as Zhanar's (read 277).
    for draft in _of(drafts, "mary-rose"):
        assert not any("Jonnie" in e.quote or "Steven" in e.quote for e in draft.sources)
    for draft in _of(drafts, "zhanar"):
        assert not any("asked him to move" in e.quote for e in draft.sources)
    assert _of(drafts, "jonathan"), "Jonathan Haununu ('Jonnie H') is a case"
