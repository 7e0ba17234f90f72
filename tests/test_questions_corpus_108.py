"""Questions that read 320 (corpus 108, first reading) found wanting, and the frames they are
told from: a driver befriended by a new neighbour who took him fishing told as met at a club; a
boarding
clerk met at a wedding told as met online, from a CV that later came by e-mail; a porter whose
language tutor wrote a letter to his landlord told as befriended by his landlord."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus108", tmp_path_factory))


def test_the_sets_are_of_the_people_approached(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"olivier-tirard", "herve-montout", "el-bluff", "sarah-jane-pallot"} & cases
    assert {"j-m-l", "fritz-belfort", "kendrick-alvin-hodgson-downs"} <= cases, cases


def test_each_is_told_as_approached(drafts) -> None:
    fritz = [d.prompt for d in drafts if d.case == "fritz-belfort" and d.kind == "scenario"]
    assert any("neighbour" in p for p in fritz), fritz
    for draft in drafts:
        if draft.case == "fritz-belfort":
            assert "club" not in draft.prompt, draft.prompt
        if draft.case == "joao-paulo-dos-santos-freitas":
            assert "landlord" not in draft.prompt, draft.prompt
        if draft.case == "anrifi-said-attoumane":
            assert "email" not in draft.prompt.lower() or "arrives" not in draft.prompt, (
                draft.prompt
            )


def test_a_terminals_trades_are_told_at_a_port(drafts) -> None:
    # "a reach-stacker driver" and "a tally clerk at a stevedoring firm" are a terminal's, not the
    # navy's or the army's whose cargo they handled (read 321).
    for case in ("fritz-belfort", "a-tally-clerk"):
        told = [d.prompt for d in drafts if d.case == case and d.kind == "scenario"]
        assert told and all("naval base" not in p and "defence" not in p for p in told), told


def test_a_threat_is_quoted_as_the_contact_made_it(drafts) -> None:
    # The contact's own words ("still had the navy photos with your name on them"), not the
    # tribunal's aside that "the threat made to him ... does not change the classification of
    # the goods" (read 321: the aside quoted as the sign).
    quoted = [
        e.quote
        for d in drafts
        if d.case == "kendrick-alvin-hodgson-downs" and "threats-leverage" in d.tags
        for e in d.sources[:1]
    ]
    assert quoted and all("navy photos" in q for q in quoted), quoted


def test_a_fisherman_and_a_ward_clerk_are_told_where_they_work(drafts) -> None:
    # Read 321: "a captain for an organisation that handles sensitive work" for a lobster-boat
    # captain, contacted by "a WhatsApp message from a number he did not know" and told as
    # someone commenting on his posts on social media; "a clerk at an organisation that handles
    # sensitive work" for a hospital's ward clerk.
    told = {
        case: [d.prompt for d in drafts if d.case == case and d.kind == "scenario"]
        for case in ("kendrick-alvin-hodgson-downs", "marie-claire-de-la-haye")
    }
    for case, where in (
        ("kendrick-alvin-hodgson-downs", "fishing cooperative"),
        ("marie-claire-de-la-haye", "hospital"),
    ):
        assert told[case] and all(where in p for p in told[case]), told[case]
    assert any("number you do not know" in p for p in told["kendrick-alvin-hodgson-downs"])
    assert not any("posts on social media" in p for p in told["kendrick-alvin-hodgson-downs"])


def test_a_present_to_a_weddings_couple_is_none_to_the_guest(drafts) -> None:
    # Read 321: "Farid had placed a very large envelope in the couple's gifts" quoted as his
    # favours to the boarding clerk seated beside him (and read as a placement, "placed ... in").
    anrifi = [d for d in drafts if d.case == "anrifi-said-attoumane"]
    assert anrifi
    for draft in anrifi:
        assert not any("envelope" in e.quote for e in draft.sources), draft.sources
    assert all("wedding" in d.prompt for d in anrifi if d.kind == "scenario")


def test_where_to_report_is_quoted_from_the_letters_own_advice(drafts) -> None:
    channel = [
        e.quote
        for d in drafts
        if d.case == "sanou-issouf" and d.family == "right-action"
        for e in d.sources[1:]
    ]
    assert channel and all("must be reported the same day" in q for q in channel), channel
