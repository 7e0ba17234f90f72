"""What corpus 120 (five documents, read once: 5 of 8 cases found on arrival, tag recall 0.51 at
precision 0.98; a fisheries authority's internal audit memo from Nauru, an airline's flight
operations safety report from Saint-Pierre, an embassy's circular to its staff in Port-au-Prince,
a chamber of commerce's seminar summary from Providenciales and a select committee's report from
Anguilla; read 378 on the questions, 21.1% usable) showed that extraction did not read, fixed by
concept: "Internal Audit" is a unit, not a person; a surname given a nickname that is also a
title ("Mr Duburiya, known to all his colleagues as "Junior"") is the person named in full
before; "née" after a name says a woman, whom a later "Mme" with the surname means, not the
brother-in-law who bears it too; "Sint Maarten" is a place; an officer named with the police
force they serve in, the police told, and an event's sponsors are not the case's workplace;
what someone "believed him to be" is the contact's cover, not the case's job."""

from __future__ import annotations

import pytest

from .conftest import corpus_cases, corpus_material

_AUDIT = "01_aiwo_internal-audit-memo_fisheries-licensing-officer-and-logsheet-data-clerk.txt"
_SAFETY = "02_saint-pierre_flight-operations-safety-report_crew-scheduler.txt"
_SEMINAR = "04_providenciales_business-seminar-summary_hotel-reservations-manager.txt"
_COMMITTEE = (
    "05_the-valley_select-committee-report_domain-registry-support-officer-and-"
    "registrar-liaison-officer.txt"
)


def test_an_audit_unit_is_no_person_and_a_nickname_that_is_a_title_is_the_surname_s() -> None:
    cases = corpus_cases("corpus120", _AUDIT)
    assert set(cases) == {"Vanessa Tannang", "Lionel Duburiya Jr"}, cases
    clerk = cases["Lionel Duburiya Jr"]
    # "with a loan for his wedding still to repay", "more than his fortnightly take-home pay",
    # "exported three years of logsheet tables", "if he had gone to his manager in March".
    assert {
        "personal-vulnerability",
        "disproportionate-reward",
        "bulk-collection",
        "security-office",
        "report-early",
    } <= clerk
    # "a member of Nauru's delegation to the regional tuna meeting in Honiara"; "told the head of
    # delegation the same evening"; "filed an external contact report".
    assert {"abroad-targeting", "security-office", "report-early"} <= cases["Vanessa Tannang"]


def test_nee_says_which_of_two_who_share_a_surname_mme_means() -> None:
    cases = corpus_cases("corpus120", _SAFETY)
    assert set(cases) == {"Solène Girardin"}, cases
    assert {"secrecy-pressure", "security-office", "report-early"} <= cases["Solène Girardin"]


def test_a_saint_s_name_is_a_place_s() -> None:
    cases = corpus_cases("corpus120", _COMMITTEE)
    assert set(cases) == {"Tricia-Ann Rey", "Dale A. Fleming"}, cases
    # "Before he could be interviewed he resigned by email and flew to Sint Maarten"; "had the
    # officer taken the first request for non-public data to the Information Security Officer".
    assert {"sudden-exit", "report-early", "security-office"} <= cases["Dale A. Fleming"]


@pytest.mark.parametrize(
    ("file", "name"),
    [(_SEMINAR, "Cherise Astwood"), (_COMMITTEE, "Tricia-Ann Rey"), (_SAFETY, "Solène Girardin")],
)
def test_the_police_and_a_cover_are_no_workplace_or_job(tmp_path_factory, file, name) -> None:
    # Read 378: "You work as a manager at a police force" (the speaker "Detective Inspector
    # Shenelle Gardiner-Talbot, Royal Turks and Caicos Islands Police Force"), "You work as a
    # broker at a port" ("believed him to be a genuine broker"; "told the gendarmerie").
    from quiz.extract import facts_of_kind

    material = corpus_material("corpus120", tmp_path_factory)
    (case,) = [c for c in material.extraction.cases if c.name == name]
    sectors = {f.value for f in facts_of_kind(case.facts, "sector")}
    roles = {f.value for f in facts_of_kind(case.facts, "role")}
    assert "police" not in sectors and "telecoms" not in sectors, sectors
    assert not [r for r in roles if "broker" in r], roles


def test_cues_corpus_120_showed() -> None:
    from quiz.taxonomy import cue_matches

    told = {
        "With a loan for his wedding still to repay, he answered an advertisement.": (
            "personal-vulnerability"
        ),
        "He told us this was more than his fortnightly take-home pay.": "disproportionate-reward",
        "The clerk exported three years of logsheet tables to his personal email account.": (
            "bulk-collection"
        ),
        "He added: you should not mention me to your bosses.": "secrecy-pressure",
        "On her return she filed an external contact report with the adviser.": "security-office",
        "Had the officer taken the first request for non-public data to the Information "
        "Security Officer, the matter would have ended there.": "report-early",
        "She asked him to leave it plugged into a socket in the plant room.": "covert-tradecraft",
        "Mr Vézina, who said he ran a small charter brokerage, called her.": "false-persona",
        "In January she got a message on one of those professional networking sites.": (
            "online-approach"
        ),
        "The first message arrived on Zalo in January.": "online-approach",
    }
    for sentence, tag in told.items():
        assert tag in cue_matches(sentence), sentence
    # The work paid for, and the organisation's own mailbox, are no way in.
    for sentence in (
        'He offered her a consultancy for "two or three emails".',
        'She asked her to send it "not through the hotel email".',
    ):
        assert "online-approach" not in cue_matches(sentence), sentence
