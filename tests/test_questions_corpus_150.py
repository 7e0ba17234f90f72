"""Read 474 (corpus 150 on arrival, 62.8% usable per occurrence, no wrong key, one debatable in
three sets) found most of what needed work in the people the sets were built around: a
supplier's regional account manager who courted a network engineer had a set of his own, and
the trainee was told "you work as a regional account manager"; an electrician courted through a
dating app was told as "a mountain guide", the cover of the woman who courted him, and his set
quoted the doctoral student's case beside his, which had no set; a trade statistics officer's set
quoted the census officer's "Because she came to the Section at the first request". It also
found a hospital leaflet's "Keep messages, cards and anything you were given." cited as "The case
of Anoop K. S.", a recruiter's request for "the call-detail records of three of the numbers"
quoted as keeping the messages, and every reporting key sent to "your organisation's security
office" where the documents name the Security Control Room, the Security and Compliance Unit and
the Information Security Section. Read 475 (after the first fixes, 90.3%, no wrong key, one
debatable) asked when a trade statistics officer should first have reported, keyed at the first
request beyond the published tables, where a stranger at a casino had paid off his loan before
it; it found undeclared remittances quoted as the fee offered, a resignation by text labelled
"A resignation, then a move abroad", and "by then the colleague ... is gone" said of a colleague
already abroad. Read 476 (94.1%, no wrong or debatable key) found a board's resolution quoted
for gifts where its annex tells them, and "Wait to see whether they are back at work next week"
offered for a colleague gone abroad (and, left as it is, a birthday paperback from a wedding
guest told ordinary where the case's wedding contact brought presents)."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus150", tmp_path_factory)
    return all_drafts(material)


def _of(drafts: list[Draft], case: str) -> list[Draft]:
    return drafts_of(drafts, case)


def test_read_474_every_approached_person_has_a_set_and_no_recruiter_does(
    drafts: list[Draft],
) -> None:
    cases = {d.case for d in drafts if d.case}
    assert "esteban-lourie" not in cases, cases
    assert {
        "gabriela-vargas-rocha-de-orellana",
        "tomas-bielik",
        "bimala-thapa-magar",
        "hari-prasad-pokharel",
        "vahagn-tadevosyan",
    } <= cases, cases
    for draft in drafts:
        assert "regional account manager" not in draft.prompt, draft.prompt


def test_read_474_the_electrician_is_no_mountain_guide(drafts: list[Draft]) -> None:
    for draft in _of(drafts, "lubomir-hruby"):
        assert "mountain guide" not in draft.prompt, draft.prompt
        # (Nor is the doctoral student's case quoted as his.)
        for source in draft.sources:
            assert "Tomáš" not in source.quote, source.quote


def test_read_474_each_officer_is_quoted_from_their_own_case(drafts: list[Draft]) -> None:
    for draft in _of(drafts, "hari-prasad-pokharel"):
        for source in draft.sources:
            assert "Because she came to the Section" not in source.quote, source.quote


def test_read_474_advice_and_requests_are_not_a_cases_keeping_of_messages(
    drafts: list[Draft],
) -> None:
    kept = [d for d in drafts if d.family == "keep-evidence"]
    assert kept
    for draft in kept:
        assert "The case of Anoop K. S.: “Keep messages" not in draft.explanation
        for source in draft.sources:
            assert "call-detail records" not in source.quote, source.quote


def test_read_474_reporting_keys_name_the_documents_posts(drafts: list[Draft]) -> None:
    def keys(case: str) -> list[str]:
        return [
            d.options[i] for d in _of(drafts, case) if d.topic == "reporting" for i in d.correct
        ]

    assert any("the Security Control Room" in k for k in keys("noora-abdulla-al-mannai"))
    assert any(
        "the Security and Compliance Unit" in k for k in keys("gabriela-vargas-rocha-de-orellana")
    )
    assert any("the Information Security Section" in k for k in keys("bimala-thapa-magar"))


def test_read_475_no_first_report_after_a_loan_paid_off(drafts: list[Draft]) -> None:
    for draft in _of(drafts, "hari-prasad-pokharel"):
        assert "when should the first report have been made" not in draft.prompt, draft.prompt


def test_read_475_undeclared_remittances_are_no_fee_offered(drafts: list[Draft]) -> None:
    for draft in drafts:
        if "disproportionate-reward" in draft.tags:
            for source in draft.sources:
                assert "Remittances" not in source.quote, source.quote


def test_read_475_476_a_departure_told_as_it_happened(drafts: list[Draft]) -> None:
    told = [o for d in _of(drafts, "vahagn-tadevosyan") for o in d.options]
    assert "A resignation by text without notice, then a move abroad" in told, told
    for draft in drafts:
        assert "Wait to see whether they are back at work next week" not in draft.options
        assert "by then the colleague" not in draft.explanation


def test_read_476_gifts_quoted_from_the_story_not_the_resolution(drafts: list[Draft]) -> None:
    for draft in _of(drafts, "gabriela-vargas-rocha-de-orellana"):
        for source in draft.sources:
            assert not source.quote.startswith("Art. 3."), source.quote
