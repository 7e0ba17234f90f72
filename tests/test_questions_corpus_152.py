"""Read 481 (corpus 152 on arrival, on 94288e3: 60.6% usable per occurrence, no wrong key, four
debatable) found a set named after a recruiter's cover name ("Sarah Mansour"), two log entries'
cases told as one, and four debatable keys: a "when should the first report have been made"
keyed in a fragment ("At the first request for restricted grids came") beside "as soon as the
first payment had arrived", where the contact had paid school fees and flights before it; a
birthday present keyed "carry on" beside a shipyard's rule that gifts go to the Ethics Office;
and an unprompted grant keyed a warning sign to a research grants officer, whose work grants
are. Read 482 (after the first fixes, 76.5%, no wrong key, three debatable) found a post offered
at five times the pay told as "work on the side", the channels the records name (a Security
Directorate, a Head of Standards, an Ethics Office) told as "your organisation's security office",
a plain report offered as wrong beside a trip the trainee had registered, and a report's own
moment keyed where the contact had paid for things before it. Read 483 (64.6%, no wrong key, one
debatable) found a television station's staff told at "an organisation that handles sensitive
work", a shipyard's travel notice for a few quoted as its rule on reporting, and a threat to a
family told as a threat to tell the employer."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.families.earliest_report import _first_request
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus152", tmp_path_factory)
    return all_drafts(material)


def test_read_481_sets_are_about_the_employees(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert "sarah-mansour" not in cases, cases
    assert {
        "desislava-georgieva-ruseva-petkova",
        "maria-jose-carvajal-olmedo",
        "huang-chin-lung",
    } <= cases, cases
    # (The fellowship offered to the assignment editor is hers, not the producer's.)
    for draft in drafts_of(drafts, "rodrigo-andres-valenzuela-tapia"):
        assert all("fellowship" not in s.quote for s in draft.sources), draft.sources


def test_read_481_the_reports_moment_in_its_own_words(drafts: list[Draft]) -> None:
    said = _first_request(
        "Had he told the ICT Security Officer or his head of section when the first request for "
        "restricted grids came, the data would never have left."
    )
    assert said == "the first request for restricted grids", said
    # (Read 482: the professor paid school fees, flights and a hotel before that request, so the
    # report's moment was not the earliest point: no question asks it.)
    looking_back = [
        d.options for d in drafts_of(drafts, "athman-said-athman") if d.prompt.startswith("Looking")
    ]
    assert not looking_back, looking_back


def test_read_481_no_carry_on_with_a_present_the_rule_says_to_report(
    drafts: list[Draft],
) -> None:
    for draft in drafts_of(drafts, "tsai-ming-hsun"):
        if draft.benign and draft.prompt.endswith("What should you do?"):
            assert "gives you" not in draft.prompt, draft.prompt


def test_read_481_no_grant_keyed_to_whom_grants_are_work(drafts: list[Draft]) -> None:
    for draft in drafts_of(drafts, "wanjiru-kamau-odhiambo"):
        assert "grant" not in draft.prompt.replace("grants officer", ""), draft.prompt


def test_read_482_a_post_offered_is_told_as_a_post(drafts: list[Draft]) -> None:
    told = [d.prompt for d in drafts_of(drafts, "desislava-georgieva-ruseva-petkova")]
    assert any("a post with their company" in p for p in told), told
    assert all("work on the side" not in p for p in told), told


def test_read_482_the_channels_the_records_name(drafts: list[Draft]) -> None:
    for case, post in (
        ("ivaylo-hristov-kostadinov", "the Security Directorate"),
        ("tsai-ming-hsun", "the Ethics Office"),
        ("maria-jose-carvajal-olmedo", "the Head of Standards"),
    ):
        keys = [
            d.options[i]
            for d in drafts_of(drafts, case)
            if d.topic == "reporting"
            for i in d.correct
        ]
        assert any(post in k for k in keys), (case, keys)


def test_read_482_no_plain_report_beside_a_trip_already_registered(drafts: list[Draft]) -> None:
    registered = [d for d in drafts if d.benign and "you register the trip" in d.prompt]
    assert any(d.prompt.endswith("What should you do?") for d in registered), registered
    for draft in registered:
        wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
        # (A plain report, "... straight away" or "... before going any further", is what
        # registering the trip already is: only one that says the contact is suspect is wrong.)
        plain = [o for o in wrong if o.endswith(("straight away", "before going any further"))]
        assert not plain, wrong


def test_read_483_a_newsroom_is_a_news_organisation(drafts: list[Draft]) -> None:
    for case in ("rodrigo-andres-valenzuela-tapia", "maria-jose-carvajal-olmedo"):
        told = [d.prompt for d in drafts_of(drafts, case) if d.prompt.startswith("You work")]
        assert told and all("handles sensitive work" not in p for p in told), told
        assert any("a news organisation" in p for p in told), told


def test_read_483_the_rule_for_everyone_not_the_travel_notice(drafts: list[Draft]) -> None:
    quoted = [
        s.quote
        for d in drafts_of(drafts, "huang-chin-lung")
        if d.topic == "reporting"
        for s in d.sources
    ]
    assert all("overseas travel notification" not in q for q in quoted), quoted


def test_read_483_a_threat_to_the_family_is_told_as_one(drafts: list[Draft]) -> None:
    way_out = [
        d.prompt
        for d in drafts_of(drafts, "aliaksandr-mikalaevich-hrytsuk")
        if "way out" in d.prompt
    ]
    assert way_out, way_out
    assert all("your relatives" in p and "employer" not in p for p in way_out), way_out
