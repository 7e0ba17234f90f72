"""Questions that read 284 (corpus 92, first reading: 61.5% usable, no wrong key) found wanting:
a probation officer's case set, a postman's forum post quoted under the canteen cook's name (and
"you agreed to help and sent a few things" said of the cook, who never replied), the blackmail
sentence ("your mother's surgery was a loan, not a gift") quoted for favours and gifts, "No:
people are free to change jobs" beside a colleague's undeclared trip, and "when should the first
report have been made?" asked of a team leader who took the screenshots to security the same
afternoon."""

from __future__ import annotations

import re

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.scenario_material import scenario_material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus92", tmp_path_factory))


def test_the_people_approached_are_the_cases(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not any(c.startswith(("paulette", "marcia", "esteban")) for c in cases), cases
    for person in ("pierre-reuter", "ait-lahcen", "harriet"):
        assert any(person in c for c in cases), (person, cases)


def test_a_forum_post_is_quoted_under_its_author(drafts) -> None:
    # "I told my manager at POST", "asked me not to mention the app to the reviewers": the
    # postman's, never the cook's.
    for draft in drafts:
        if draft.case == "ana-paula-ferreira-da-silva":
            assert not any("POST" in e.quote or "reviewers" in e.quote for e in draft.sources)


def test_a_gift_called_a_loan_is_no_gift(drafts) -> None:
    for draft in drafts:
        if "excessive-help-flattery" in draft.tags and draft.case == "kemar-delano-whyte":
            assert not any("not a gift" in e.quote for e in draft.sources), draft.sources


def test_a_trips_excuse_is_about_travel() -> None:
    sign = scenario_material().signs["sudden-exit"]
    assert "trip" in sign.story and "travel" in sign.excuse
    (resigned,) = [v for v in sign.variants if "resigns" in v.story]
    assert "jobs" in resigned.excuse


def test_no_first_report_question_for_who_reported_the_same_afternoon(drafts) -> None:
    assert not [
        d for d in drafts if d.family == "earliest-report" and d.case == "tanisha-campbell-reid"
    ]


def test_explanations_read_clean(drafts) -> None:
    # Read 285: "The case of AÏT LAHCEN Fatima-Zahra (Subject: Communication of planning
    # documents ...)", "“18. The facts constitute ...”", "“6.2 The Board asked ...”", "“- wants it
    # kept from your team leader ...”".
    for draft in drafts:
        assert "(Subject:" not in draft.explanation, draft.explanation
        assert not re.search(r"“(?:\d{1,2}(?:\.\d{1,2})*\.?\s|- )", draft.explanation), (
            draft.explanation
        )
    assert any("(Communication of planning documents" in d.explanation for d in drafts)
