"""Questions of corpus 111 (first reading: read 328, 23.4% usable, one debatable key), and the
frames they are told from, by concept: where each case works, from the job the report gives (a
sanctions screening analyst formerly, not her first post as a trainee nor "a port" from "St
Peter Port"; a fibre splicer, not the recruiter's "director"; a ship's second engineer, a
manning agency's crewing executive; a fixed-base operator's staff at an airport), and no
earliest point to report where the report names a later one ("if Jun had come to her the day
the first whiteboard photograph was asked for")."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus111", tmp_path_factory))


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("marcia-andreia-de-freitas-goncalves", "a sanctions screening analyst at a bank"),
        ("per-olof-lindqvist", "a fibre splicer at a telecoms company"),
        ("thiha-zaw", "a second engineer at a shipping company"),
        ("hnin-wut-yee", "a crewing executive at a shipping company"),
        ("doreen-mae-ebanks", "a ground coordinator at an airport"),
    ],
)
def test_each_is_told_where_they_work(drafts, case: str, said: str) -> None:
    told = [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You work as")]
    assert told and all(said in p for p in told), told


def test_no_earliest_point_where_the_report_names_a_later_one(drafts) -> None:
    # Read 328: "as soon as the online friend offered paid work" keyed, where the minutes say a
    # report "the day the first whiteboard photograph was asked for" would have left nothing.
    assert not [
        d
        for d in drafts
        if d.case == "reynaldo-manalastas-bautista-jr" and d.family == "earliest-report"
    ]


def test_a_retired_sergeant_is_told_as_the_guide_he_is_now(drafts) -> None:
    # Read 331: "retired Master Sergeant Hsu Chin-fa" told as "a sergeant"; "As a registered
    # guide with military liaison approval, he ..." is his job.
    told = [d.prompt for d in drafts if d.case == "hsu-chin-fa" and d.prompt.startswith("You")]
    assert told and all("a registered guide at a tour company" in p for p in told), told


def test_a_conscript_meets_no_partner_company_at_a_scheduled_meeting(drafts) -> None:
    # Read 331: a corporal doing his service told "your manager introduces you to a visitor
    # from a partner company".
    told = [d.prompt for d in drafts if d.case == "weng-po-yu"]
    assert told and not any("partner" in p or "your manager" in p for p in told), told


def test_a_quotation_opened_and_not_closed_is_quoted_without_its_mark() -> None:
    # Read 331: “"If anyone asks ...” with a stray opening mark.
    import attrs

    from quiz.families.base import told
    from quiz.models import Evidence

    said = Evidence(doc="a.txt", start=0, end=10, quote='"If anyone asks you for data, tell us.')
    assert told(said) == "If anyone asks you for data, tell us."
    assert told(attrs.evolve(said, quote='"Yes," she said.')) == '"Yes," she said.'
