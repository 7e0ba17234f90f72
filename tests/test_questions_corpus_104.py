"""Questions that read 311 (corpus 104, first reading: 7.1% usable, no wrong key) found
wanting: case sets told of the employer, the recruiter and the essayist's foreman, and one of
two described people; a harness assembler placed at "an aerospace research institute", a
control-room operator at "a defence organisation" (the defence counsel who asked for the
report), an ice-core driller at an aerospace institute (the aircraft schedule he was asked
for); "Processing Officer I" told as "an officer"; a quotation cut at "Eng." so that the
supervisor seemed to be the one photographing; an item of "MATTERS THAT ARE NOT OF CONCERN"
quoted as a sign."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus104", tmp_path_factory))


def test_the_questions_are_told_of_the_people_approached(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"aeroarneses-del-bajio", "chan-wai-man", "leon-varga", "a-worker"} & cases, cases
    assert {
        "luis-fernando-de-la-vega-arteaga",
        "a-41-year-old-ice-core-driller",
        "lo-kwok-keung",
        "jude-charlemagne",
    } <= cases, cases


def test_each_is_told_at_their_own_work(drafts) -> None:
    for draft in drafts:
        prompt = draft.prompt
        if draft.case == "luis-fernando-de-la-vega-arteaga" and prompt.startswith("You"):
            assert "a harness assembler at an aircraft parts plant" in prompt, prompt
        if draft.case == "a-41-year-old-ice-core-driller":
            assert "aerospace" not in prompt and "defence" not in prompt, prompt
        if draft.case == "omar-khalil-ibrahim-al-rawashdeh":
            assert "defence organisation" not in prompt, prompt
        if draft.case == "jude-charlemagne" and prompt.startswith("You work as"):
            assert "a processing officer" in prompt, prompt


def test_a_quotation_is_not_cut_at_a_title(drafts) -> None:
    for draft in drafts:
        for source in draft.sources:
            assert not source.quote.startswith("Tareq Al-Zoubi"), source.quote


def test_no_ordinary_matter_quoted_as_a_sign(drafts) -> None:
    # "6. MATTERS THAT ARE NOT OF CONCERN ... (a) Licensed authorised agents contact the Unit
    # daily about the status of their clients' applications."
    ordinary = (
        "Licensed authorised agents",
        "Tricia Alcee",
        "partner agencies",
        "Dubai in September",
    )
    for draft in drafts:
        if not draft.benign:
            assert not any(o in e.quote for e in draft.sources for o in ordinary), draft.prompt


def test_read_313_offers_and_quotes(drafts) -> None:
    for draft in drafts:
        # A job he never applied for is no "fully funded study place".
        assert "study place" not in draft.prompt, draft.prompt
        assert "Translated from the Chinese" not in draft.explanation
        # The Minister's rule is no case's passage.
        assert not any(e.quote.startswith("The same applies") for e in draft.sources)
