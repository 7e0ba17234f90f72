"""Questions that read 288 (corpus 94, first reading: 14.7% usable, no wrong key) found wanting,
beyond the people and workplaces extraction now reads: a case set for the sister who received
an e-mail and one for the recruiter's cover, "Keep a photo of your passport in your e-mail" and
a navy's "Do not delete messages" quoted as the case's own story, and the security officer's
"a threat loses most of its power" quoted as the threat."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus94", tmp_path_factory))


def test_the_people_approached_are_the_cases(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"mayra-elizabeth-tzul-xiloj", "helena-marsh"} & cases, cases
    assert {"ana-lucia-tzul-xiloj", "meas-sokhom", "horacio-amisse-issufo"} <= cases, cases


def test_advice_is_never_quoted_as_the_story(drafts) -> None:
    for draft in drafts:
        for evidence in draft.sources:
            assert "passport" not in evidence.quote, draft.prompt
            assert "Do not delete messages" not in evidence.quote, draft.prompt
            assert "loses most of its power" not in evidence.quote, draft.prompt


def test_stems_tell_the_cases_own_workplace(drafts) -> None:
    stems = [d.prompt for d in drafts if d.case == "horacio-amisse-issufo"]
    assert any("aeronautical information technician at an airport" in p for p in stems), stems
