"""Questions of corpus 112 (first reading: read 333, 56.3% usable, no wrong key, one debatable),
and the frames they are told from, by concept: where each case works, from the job the report
gives (a mortuary attendant at a hospital, a boat builder at a yard, a farmer, a relay
protection technician at an energy company; read 333 found a boat builder told as "a security
guard at a government ministry" from a church's "ministry work"), and the lever a threat holds
(a wrong of the person's own, a private video: not "what you sent", which neither had)."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus112", tmp_path_factory))


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("athumani-rashidi-chilumba", "a mortuary attendant at a hospital"),
        ("nason-kilangit", "a boat builder at a shipyard"),
        ("prasert-saengthong", "a farmer at a farmers' cooperative"),
        (
            "a-29-year-old-relay-protection-technician",
            "a relay protection technician at an energy company",
        ),
    ],
)
def test_each_is_told_where_they_work(drafts, case: str, said: str) -> None:
    told = [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You work as")]
    assert told and all(said in p for p in told), told


def test_the_medical_officer_in_charge_has_no_questions(drafts) -> None:
    # Read 333: a set about the post the case reported to.
    assert not [d for d in drafts if "in-charge" in d.case]


def test_a_threat_is_told_with_its_own_lever(drafts) -> None:
    # Read 333: Kalo's missing diesel and Film's private video keyed as "what you sent".
    for case in ("kalo", "thanawat-boonmee"):
        told = [d for d in drafts if d.case == case]
        assert told
        assert not any("what you sent" in " ".join((d.prompt, *d.options)) for d in told), case
    kalo = " ".join(" ".join((d.prompt, *d.options)) for d in drafts if d.case == "kalo")
    assert "mistake" in kalo


def test_who_moved_for_work_is_approached_at_home_by_his_landlord(drafts) -> None:
    # Read 334: a technician who "moved to Åland from Oulu last year to work with us" told as
    # "spending some time abroad"; his contact was his landlord (not "your club", from "took
    # our colleague fishing").
    told = [d.prompt for d in drafts if d.case == "a-29-year-old-relay-protection-technician"]
    assert told and not any("abroad" in p for p in told), told
    assert any("Your landlord" in p for p in told), told


def test_what_a_colleague_sees_is_not_quoted_from_the_recruiters_threat(drafts) -> None:
    # Read 334: "Galli reminded him that ... photographs ... taken with QUIROGA's own telephone
    # could reach the company" quoted for a colleague photographing papers with their phone.
    colleague = [
        d
        for d in drafts
        if d.case == "ezequiel-martin-quiroga" and "One of your colleagues" in d.prompt
    ]
    assert colleague
    assert not [d for d in colleague if any("reminded him that" in s.quote for s in d.sources)]


def test_the_lenders_threat_is_no_recruiters_lever_and_the_truck_is_the_unexplained_money() -> None:
    from quiz.extract import extract

    from .conftest import corpus_document

    doc = corpus_document(
        "corpus112", "01_ushuaia_abbreviated-trial-judgment_ship-chandler-storeman.txt"
    )
    (case,) = [c for c in extract([doc]).cases if c.name == "Ezequiel Martín Quiroga"]
    threats = case.tag("threats-leverage")
    assert threats and not any("private lender" in e.quote for e in threats.evidence)
    money = case.tag("unexplained-money")
    assert money and all("pick-up truck" in e.quote for e in money.evidence)


def test_the_moment_the_report_names_is_asked_past_requests_for_what_is_public(drafts) -> None:
    # Reads 333, 334: the earliest point to report was never asked, though the judgment names
    # it ("had QUIROGA come to him when Galli first asked for a Navy purchase order"), after
    # requests for the price list and catalogue, "which the company sends to any ship agent".
    (earliest,) = [
        d for d in drafts if d.case == "ezequiel-martin-quiroga" and d.family == "earliest-report"
    ]
    assert earliest.options[earliest.correct[0]] == "At the first request for a Navy purchase order"
    assert earliest.tags == ("report-early",)
