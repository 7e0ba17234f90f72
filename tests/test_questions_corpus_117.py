"""Questions of corpus 117 (first reading: read 358, 46.2% usable, no wrong key, one
debatable): the cases read 358 found named after a file's part, a payment brand and an inquiry
panel's member are gone with extraction's fixes (see ``test_extract_corpus_117``); what the
questions themselves told wrong, by concept: a clerk who answered a Facebook post and chatted on
WhatsApp "first approached in person"; the key alone in the recruit's first person ("the first
request for something in our system"); a paragraph of lawful requests, under its run-in title
"Ordinary business that is NOT affected", quoted as the channel; and "the best-kept secret of the
Balkans" taken for a request for secrecy."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus117", tmp_path_factory))


def test_every_case_is_a_person_the_reports_tell_of(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert {
        "k-p-suresh-kumar",
        "hovhannes-vardani-mkrtchyan",
        "kouakou-affoue-mireille",
        "a-sub-agent",
    } <= cases, cases
    assert not {"show-cause-notice", "kori-money", "saeed-bin-humaid-al-falasi"} & cases, cases


def test_a_facebook_post_and_whatsapp_are_an_approach_over_the_internet(drafts) -> None:
    earliest = [d for d in drafts if d.case == "k-p-suresh-kumar" and d.family == "earliest-report"]
    assert earliest
    for draft in earliest:
        assert "first contacted over the internet" in draft.prompt, draft.prompt
        assert "in person" not in draft.prompt, draft.prompt
        # (Not the recruit's own words as the key: "something in our system".)
        assert not any(" our " in f" {o} " for o in draft.options), draft.options


def test_the_channel_is_never_quoted_from_the_lawful_requests(drafts) -> None:
    quotes = [e.quote for d in drafts for e in d.sources]
    assert not [q for q in quotes if q.startswith("Requests from Dubai Police")], quotes


def test_praise_of_the_choir_grounds_no_secrecy(drafts) -> None:
    told = [d for d in drafts if d.case == "zoran-blagoja-ristevski"]
    assert told
    for draft in told:
        if "secrecy-pressure" in draft.tags:
            assert not any("best-kept secret" in e.quote for e in draft.sources), draft
