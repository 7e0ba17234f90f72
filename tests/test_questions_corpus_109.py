"""Questions of corpus 109 (first reading: read 323), and the frames they are told from: where
each case works and how the contact began, by concept: a grade before a job ("Assistant
Manager"), a job done now over one left ("a retired senior warrant officer ... Since leaving the
army he has worked as a harvester operator"), a laboratory named in French, a network operations
centre's and a launch centre's trades; a freelance platform signed up to, a course advertised
online, a group show of the person's own work, a buyer for the family's land and a veterans'
reunion as ways in."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus109", tmp_path_factory))


def _told(drafts: list[Draft], case: str) -> list[str]:
    return [d.prompt for d in drafts if d.case == case and d.kind == "scenario"]


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("k-lakshmi-prasanna", "an assistant manager at a shipyard"),
        ("zdzislaw-mroczek", "a harvester operator at a forestry company"),
        ("vaimiti-tauatiri-epouse-tchen", "a technician at a research institute"),
        ("gabriel-majok-chol", "a VSAT network engineer at a telecoms company"),
        ("antonio-jose-ribeiro-dos-santos", "a propellant technician at a space launch centre"),
        # (Said before he is named: "The witness, a sampling diver at the same laboratory ...,
        # is referred to as M. H. T.")
        ("m-h-t", "a sampling diver at a research institute"),
    ],
)
def test_each_is_told_where_they_work(drafts, case: str, said: str) -> None:
    told = [p for p in _told(drafts, case) if p.startswith(("You work as", "You are"))]
    assert told and all(said in p for p in told), told


@pytest.mark.parametrize(
    ("case", "way_in"),
    [
        ("k-lakshmi-prasanna", "freelancing platform"),
        ("ch-srinivasa-rao", "You sign up for an online course"),
        ("vaimiti-tauatiri-epouse-tchen", "your own artwork is on show"),
        ("antonio-jose-ribeiro-dos-santos", "land your family owns"),
        ("zdzislaw-mroczek", "a reunion for veterans"),
    ],
)
def test_each_is_approached_as_the_case_was(drafts, case: str, way_in: str) -> None:
    told = [d.prompt for d in drafts if d.case == case]
    assert any(way_in in p for p in told), told


def _quotes(drafts: list[Draft], case: str) -> list[str]:
    return [e.quote for d in drafts if d.case == case for e in d.sources]


def test_what_read_323_found_quoted_for_the_wrong_lesson(drafts) -> None:
    # A technician's signs under "Observations" carried on to the male witness told before it.
    assert not any("her salary" in q for q in _quotes(drafts, "m-h-t"))
    # "Most requests for information are normal. Last month the Ministry of ICT asked ...": the
    # report's example of a normal request, not the engineer's escalation.
    assert not any("Ministry of ICT" in q for q in _quotes(drafts, "gabriel-majok-chol"))
    # Her own purchases in cash, not a present from the contact; what she received over nine
    # months, not a fee "of more than your annual salary" for a short summary.
    lakshmi = [d for d in drafts if d.case == "k-lakshmi-prasanna"]
    assert not any("jewellery" in d.prompt or "annual salary" in d.prompt for d in lakshmi)
    assert not any(
        "gold jewellery" in e.quote
        for d in lakshmi
        if "excessive-help-flattery" in d.tags
        for e in d.sources
    )
    # A painter's ordinary sales and a resolution posted to his address are no way out's lever.
    way_out = [e.quote for d in drafts if d.family == "way-out" for e in d.sources]
    assert not any("sold 31 works" in q or "last known address" in q for q in way_out), way_out


def test_no_fee_said_as_a_bare_salary(drafts) -> None:
    # Read 323: "a fee of more than your salary", from "an undeclared activity earning more than
    # her salary", says neither over what time nor how many times.
    assert not any("more than your salary" in d.prompt for d in drafts)


def test_no_detail_the_report_calls_a_warning_sign_is_told_as_ordinary(drafts) -> None:
    # Read 324: "a phone number from abroad" offered as harmless, where the leaflet lists "being
    # told ... to use a foreign number" among what is not normal.
    for case in ("antonio-jose-ribeiro-dos-santos", "lado-wani-taban"):
        told = [d for d in drafts if d.case == case]
        assert told
        for draft in told:
            assert "phone number from another country" not in draft.prompt, draft.prompt


def test_a_threat_is_told_as_the_case_made_it(drafts) -> None:
    # Read 324: "your employer could find out" for "Lind reminded him of the photographs he had
    # already sent and asked how a prosecutor would look at them".
    way_out = [d.prompt for d in drafts if d.case == "zdzislaw-mroczek" and d.family == "way-out"]
    assert way_out and all("how the police would look at it" in p for p in way_out), way_out


def test_advice_said_to_a_few_is_no_channel_for_the_case(drafts) -> None:
    # Read 324: "Those of you serving in the Territorial Defence Force or the reserve, tell your
    # unit's security officer ..." quoted as where a civilian forest worker should report.
    for draft in drafts:
        if draft.case == "zdzislaw-mroczek":
            assert not any("Those of you serving" in e.quote for e in draft.sources), draft.sources


def test_a_stranger_met_in_private_life_asks_no_secret_about_a_friend_in_common(drafts) -> None:
    # Read 325: "The contact is planning a surprise party for a friend you both know" told of a
    # land buyer an estate agent brought and of a stranger at a betting shop: someone just met
    # has no friend in common with you. The harmless secret is the contact's own news.
    harmless = [
        d.prompt
        for d in drafts
        if d.benign and d.tags[:1] == ("secrecy-pressure",) and "not met before" in d.prompt
    ]
    assert any("looking for a new job" in p for p in harmless), harmless
    assert not any("you both know" in p for p in harmless), harmless


def test_the_way_out_quotes_the_documents_own_word_that_coming_forward_helps(drafts) -> None:
    # Read 325: "Come forward voluntarily ... today" keyed with only the threat quoted, though
    # the board's message says "The law is lenient to those who come forward of their own
    # accord". The law's offer to anyone is no case's coming forward, but it is the document's
    # own advice, which shows that coming forward helps.
    from quiz.taxonomy import cue_matches

    offer = (
        "The law is lenient to those who come forward of their own accord, and the Board will "
        "stand by any member who does."
    )
    assert "self-surrender" not in cue_matches(offer)
    assert "self-surrender" in cue_matches(offer, general=True)
    way_out = [d for d in drafts if d.case == "zdzislaw-mroczek" and d.family == "way-out"]
    assert way_out
    for draft in way_out:
        assert any("come forward of their own accord" in e.quote for e in draft.sources), draft
