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


def test_a_facebook_post_and_whatsapp_are_an_approach_over_the_internet(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # Read 358: "first approached in person" said of a clerk who answered a Facebook post and
    # chatted on WhatsApp.
    from .conftest import case_frame

    material = corpus_material("corpus117", tmp_path_factory)
    assert case_frame(material, "K. P. Suresh Kumar").channel == "online"


def test_the_recruit_s_own_words_are_never_the_key_s() -> None:
    # Read 358: the key alone said "the first request for something in our system".
    from quiz.families.earliest_report import _first_request

    said = _first_request(
        "I should have told my supervisor at the first request for something in our system."
    )
    assert said == "the first request for something in the system", said


def test_the_channel_is_never_quoted_from_the_lawful_requests(drafts) -> None:
    quotes = [e.quote for d in drafts for e in d.sources]
    assert not [q for q in quotes if q.startswith("Requests from Dubai Police")], quotes


def test_praise_of_the_choir_grounds_no_secrecy(drafts) -> None:
    told = [d for d in drafts if d.case == "zoran-blagoja-ristevski"]
    assert told
    for draft in told:
        if "secrecy-pressure" in draft.tags:
            assert not any("best-kept secret" in e.quote for e in draft.sources), draft


def test_the_conductor_was_approached_at_a_reception_not_at_his_choir(drafts) -> None:
    # Read 358: "At the conductors' reception in Kraków ... the choir's conductor ... was
    # approached" was told as a newcomer at a place of worship, then at a club.
    told = [d.prompt for d in drafts if d.case == "zoran-blagoja-ristevski" and not d.benign]
    assert told
    assert [p for p in told if "At a reception after an event in your field" in p], told
    assert not [p for p in told if "place of worship" in p or "At your club" in p], told


def test_a_business_partner_of_whom_is_no_cover(drafts) -> None:
    # Read 358: 'passed his number to a "business partner" who introduced himself as Anton'
    # was told as "someone ... who says they are a business partner".
    assert not [d.prompt for d in drafts if "business partner" in d.prompt]


def test_an_advert_seen_in_a_group_for_work_is_answered_online(drafts) -> None:
    told = [
        d.prompt
        for d in drafts
        if d.case == "k-p-suresh-kumar" and d.prompt.startswith("You work as") and not d.benign
    ]
    assert told
    assert all("You answer an online advertisement" in p for p in told), told


def test_a_motorcycle_said_to_be_a_gift_is_explained_spending(drafts) -> None:
    # Read 358: "which he said was a gift from her" quoted for spending the colleague "will not
    # explain".
    told = [d for d in drafts if d.case == "a-sub-agent" and "unexplained-money" in d.tags]
    assert told
    for draft in told:
        assert "will not explain" not in " ".join(draft.options), draft.options
        assert "changes the subject" not in draft.prompt, draft.prompt


def test_a_review_that_found_nothing_grounds_no_sign(drafts) -> None:
    # "Kori Money found no misuse of accounts linked to the photographed pages" quoted for
    # photographing papers.
    quotes = [e.quote for d in drafts for e in d.sources]
    assert not [q for q in quotes if "found no misuse" in q], quotes


def test_a_stranger_online_is_never_asked_home_town_as_ordinary(drafts) -> None:
    # Read 358 (debatable key): "asks what town you live in and what you do at weekends" told
    # as ordinary of a stranger met online.
    assert not [d.prompt for d in drafts if "what town you live in" in d.prompt]


def test_one_who_phoned_the_hotline_at_once_is_not_asked_when_to_have_reported(drafts) -> None:
    # Read 359 (debatable key): Narek "did not answer. The same evening he telephoned the
    # National Security Service hotline", and was asked when the first report should have been
    # made.
    assert not [
        d for d in drafts if d.case == "narek-ashoti-poghosyan" and d.family == "earliest-report"
    ]


def test_a_sub_agent_is_no_job_to_tell_in_a_course_about_spies(drafts) -> None:
    # Read 359: "You work as a sub-agent at a defence organisation", "One of your colleagues
    # there is a sub-agent".
    told = [d.prompt for d in drafts if d.case == "a-sub-agent"]
    assert told
    assert not [p for p in told if "sub-agent" in p], told


def test_no_suspicious_situation_is_introduced_by_the_manager(drafts) -> None:
    # Reads 359 and 360: a stranger's approach told as "At a scheduled meeting, your manager
    # introduces you to a visitor from a partner company".
    from quiz.scenario_material import scenario_material

    arranged = {c.arranged for c in scenario_material().channels.values()}
    for draft in drafts:
        if draft.benign is False and draft.family in ("red-flag", "look-alike", "right-action"):
            assert not any(a in draft.prompt for a in arranged), draft.prompt


def test_a_mobile_game_is_an_online_way_in(drafts) -> None:
    # Read 361: "chatting in an online mobile game with a player calling himself "Kuya Migs""
    # was told as a stranger who strikes up a conversation.
    told = [
        d.prompt
        for d in drafts
        if d.case == "ma-theresa-dela-cruz" and d.prompt.startswith("You work as")
    ]
    assert told
    assert all("online game" in p for p in told), told


def test_the_tuner_s_flight_is_the_way_out_he_took_and_no_arrest(drafts) -> None:
    # Read 361: the way out quoted only his pay; he left for Georgia "before he could be
    # questioned", and a court's order to arrest him in absentia is no arrest.
    way_out = [
        d for d in drafts if d.case == "hovhannes-vardani-mkrtchyan" and d.family == "way-out"
    ]
    assert way_out
    for draft in way_out:
        assert any("left Armenia for Georgia" in e.quote for e in draft.sources), draft
        assert "ended in an arrest" not in draft.explanation, draft.explanation


def test_an_online_relationship_through_a_dating_app_is_the_way_in(drafts) -> None:
    # Read 364: "since May he had been in an online relationship, through a dating application,
    # with a woman calling herself Prisca" was told as a visitor at a public event.
    told = [
        d.prompt for d in drafts if d.case == "a-sub-agent" and d.prompt.startswith("You work as")
    ]
    assert told
    assert all("dating app" in p for p in told), told


def test_the_report_s_own_moment_is_never_set_against_something_handed_over(drafts) -> None:
    # Read 365 (debatable key): "At the first request for something in the system" keyed beside
    # "As soon as something had been handed over", though paid public checks had been handed
    # over before it.
    for draft in drafts:
        if draft.case == "k-p-suresh-kumar" and draft.family == "earliest-report":
            assert not [o for o in draft.options if "handed over" in o], draft.options
    from quiz.scenario_material import scenario_material

    (handing,) = [m for m in scenario_material().misconceptions if m.handing]
    assert handing.text == "As soon as something had been handed over"
