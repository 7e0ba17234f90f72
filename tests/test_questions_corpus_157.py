"""Read 494 (corpus 157 after its extraction fixes: 82.7% usable per occurrence, 87.3% distinct,
no wrong or debatable key) and the generation behind it: a hostel clerk's phishing e-mail and a
fitter who fled gave no question at all, the one because its request for the whole guest
register and its "not to copy the warden" grounded no sign, the other because the security
officer's own report ("The FSO reported to station security and the police the same morning")
was read as his, so no colleague saw anything; a record's remark header ("REMARK 2 (TR-24-083),
entered 29 August by K. Pálsson, Security Officer") was cited as the reporting channel, a
register's row as the invitation, and "the first request about the port" was cut to "At the
first request", read as the first booking."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus157", tmp_path_factory)
    return all_drafts(material)


def test_every_case_has_questions(drafts: list[Draft]) -> None:
    for case in (
        "sigridur-hronn-johannesdottir",
        "olafur-mar-einarsson",
        "kovacs-zsolt",
        "szabone-nagy-ilona",
        "reynaldo-cano-jr",
        "ma-teresita-valiente-abad",
        "g-oyunchimeg",
        "b-enkhbold",
        "lachlan-dunbar-ross",
        "eilidh-nicleoid",
    ):
        assert drafts_of(drafts, case)


def test_a_whole_register_asked_for_and_the_warden_left_out(drafts: list[Draft]) -> None:
    signs = {d.tags[0] for d in drafts_of(drafts, "szabone-nagy-ilona") if d.family == "red-flag"}
    assert {"request-beyond-public", "secrecy-pressure"} <= signs, signs


def test_the_security_officers_report_is_not_the_fitters(drafts: list[Draft]) -> None:
    # He never reported: what colleagues could have seen is what his questions teach.
    told = drafts_of(drafts, "lachlan-dunbar-ross")
    assert any("colleague" in d.prompt for d in told), [d.prompt[:80] for d in told]
    assert any(d.family == "colleague-timeline" for d in told)


def test_no_remark_header_nor_register_row_is_cited(drafts: list[Draft]) -> None:
    for draft in drafts:
        for source in draft.sources:
            assert not source.quote.startswith("REMARK"), (draft.case, source.quote)
            assert source.quote.count("|") < 3, (draft.case, source.quote)


def test_the_first_request_about_the_port(drafts: list[Draft]) -> None:
    moments = [d for d in drafts_of(drafts, "reynaldo-cano-jr") if d.family == "earliest-report"]
    assert moments
    for draft in moments:
        keyed = [draft.options[i] for i in draft.correct]
        assert keyed == ["At the first request about the port"], keyed
