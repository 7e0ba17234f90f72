"""Read 462 (corpus 148 on arrival, 12.5% usable per occurrence, one wrong key) found the head
of a union committee's secrecy department given the set of the metrologist his department
caught, with the earliest point keyed after the money offer the report names first; a butcher
told as "staff at a bank" after his bank arrears and a valuer after "bank valuations"; an
estate agent told as "a senior agent", a spy's word in this training; and the hotel's two cases
with no set. Read 463 (after the extraction fixes, 74.2%, no wrong key, three debatable) found a
present from a dating-app match keyed alone, casual questions about the work keyed where the
stem told the same as ordinary, and a cattle buyer's questions about the butcher's own trade
keyed where the case's were about the air base."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus148", tmp_path_factory)
    return all_drafts(material)


def test_read_462_sets_of_the_people_approached(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not any(c.startswith("omarov") for c in cases), cases
    assert {
        "ma-kristina-dela-cruz",
        "warnakulasuriya-patabendige-nuwan-sanjeewa-fernando",
        "baimukhanov-dauren-yerlanovich",
        "kuzmenko-svetlana-petrovna",
    } <= cases, cases


def test_read_462_no_earliest_point_after_the_money(drafts: list[Draft]) -> None:
    """ "If he had come to the first department in April, when he was first offered money by a
    foreign firm, or even later, when he was first asked for a certificate that is not
    published": the key was the certificate, after the money."""
    for draft in drafts:
        if draft.family == "earliest-report" and draft.case == "baimukhanov-dauren-yerlanovich":
            assert "certificate" not in draft.options[draft.correct[0]].lower(), draft.options


def test_read_462_jobs_as_the_reports_tell_them(drafts: list[Draft]) -> None:
    told = " ".join(d.prompt for d in drafts)
    assert "at a bank" not in told
    assert "senior agent" not in told
    butcher = " ".join(d.prompt for d in drafts if d.case == "thapelo-mogapi")
    assert "a butcher at a butchery" in butcher, butcher


def test_read_463_a_present_from_a_match_is_not_keyed_alone(drafts: list[Draft]) -> None:
    coordinator = [d for d in drafts if d.case == "ma-kristina-dela-cruz"]
    assert coordinator
    for draft in coordinator:
        key = " ".join(draft.options[i] for i in draft.correct)
        assert not ("Presents or favours" in key and "Which of these details" in draft.prompt), (
            draft.prompt
        )
        if "gold bracelet" in draft.prompt and "What should you do" in draft.prompt:
            # (Not "casually, about your work", told beside it as ordinary.)
            assert "that are not public" in draft.prompt, draft.prompt


def test_read_463_the_butchers_questions_are_the_bases(drafts: list[Draft]) -> None:
    butcher = " ".join(d.prompt for d in drafts if d.case == "thapelo-mogapi")
    assert "does not publish" not in butcher, butcher
    assert "monthly quantities ordered by each mess" in butcher, butcher


def test_read_463_no_blame_for_who_came_at_the_first_request(drafts: list[Draft]) -> None:
    """ "because he came at the first request, nothing about any guest left the bar": asking
    when he should have reported reads as blame (read 463)."""
    nuwan = "warnakulasuriya-patabendige-nuwan-sanjeewa-fernando"
    assert not any(d.family == "earliest-report" and d.case == nuwan for d in drafts)
    told = " ".join(d.prompt for d in drafts if d.case == nuwan)
    # ("bartender in the Captain's Bar", in a hotel's minutes: not "an organisation that
    # handles sensitive work".)
    assert "a bartender at a hotel" in told, told


def test_read_464_no_approved_twin_where_approval_was_the_cover(drafts: list[Draft]) -> None:
    """ "The trip was approved by the administration as a commercial visit", the sentence after
    the invitation that recruited him: "a public talk ... under an agreement your employer
    approves" keyed "carry on" teaches the opposite (read 464)."""
    told = " ".join(d.prompt for d in drafts if d.case == "baimukhanov-dauren-yerlanovich")
    assert told
    assert "your employer approves" not in told


def test_read_463_a_comparison_is_quoted_with_what_it_compares(drafts: list[Draft]) -> None:
    for draft in drafts:
        for source in draft.sources:
            if "380,000 tenge" in source.quote:
                assert "500 US dollars per note" in source.quote, source.quote


def test_read_465_a_buyer_above_the_market_is_no_side_work(drafts: list[Draft]) -> None:
    """ "He offered to buy forty head a month ... at prices above those paid locally", told as
    "well-paid work on the side that draws on what you know from your butchery", a butcher's
    own trade (read 465)."""
    butcher = " ".join(d.prompt for d in drafts if d.case == "thapelo-mogapi")
    assert "work on the side" not in butcher
    # (Nor "at prices well above the market" alone, which is ordinary trade: the money paid
    # before anything was bought, read 467.)
    assert "a large advance in cash before anything is delivered" in butcher, butcher


def test_reads_465_466_paid_work_is_a_freelancers_trade(drafts: list[Draft]) -> None:
    """ "Without being asked, the contact offers you well-paid work on the side that draws on
    what you know from your business", told to a farmer who works for herself and to a
    freelance designer: "None of these details is a warning sign" a fair answer (reads 465 and
    466). Their other signs are asked instead."""
    for case in ("boitumelo-kgosiemang", "florencia-belen-acosta"):
        told = [d for d in drafts if d.case == case]
        assert told, case
        assert not any("work on the side" in d.prompt for d in told), case


def test_reads_465_to_467_her_own_export_is_no_request_of_his(drafts: list[Draft]) -> None:
    """ "She exported the rooming list ... to her personal Gmail and forwarded it to him": her
    own act, quoted for "the contact asks you ... to write to a private email address" (reads
    465, 466 and 467)."""
    for draft in drafts:
        if draft.case == "ma-kristina-dela-cruz" and "private email" in draft.prompt:
            assert not any("personal Gmail" in s.quote for s in draft.sources), draft.sources
