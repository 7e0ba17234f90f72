"""What corpus 157 (five documents, read once on 4f0e56f: 5 of 10 cases found on arrival, tag
recall 0.36 at precision 0.85; an Akureyri polar institute's travel register extract, a Paks
construction site's workers' hostel daybook, a Basco tourism office's accreditation case notes,
a Darkhan governor's office ethics officer's annual report and a Lossiemouth survival equipment
bay's roster notes) showed that extraction did not read, fixed by concept: a woman's Gaelic
surname with "Nic" ("Eilidh NicLeòid", cut to "Eilidh Nic"); a lighthouse and a boat's name
("Basco Lighthouse", "MB Queen Tess") are no one; a nickname in brackets after a generation
('Reynaldo Cano Jr. ("Jun")') or without quotes ("Lachlan Dunbar-Ross (Lachie)"); a pet form of
a given name written last, as Hungarian writes it ("Zsolti" of "Kovács Zsolt"); a daybook's
warden, who writes "at my suggestion she rang" and is asked "to record that he came forward",
is its writer, no case; money lent, "not to say a word", a receipt shown as a threat, photos
taken on site and a printout given; and cues of a new watch and a nearly new car, technical
publications downloaded, a threat with "with the photos" between, not copying the warden, a
gift card promised, asking before doing anything, coming before anything was handed over, a
stranger's loan as the moment to come forward, a governor's correspondence with the military, a
closed unit's workings, a harmless start ("asking only for her published paper", "the first
questionnaires"), a day rate and a monthly retainer, logs to be sent by a satellite messenger,
a large fee for a twenty-minute talk, future bookings, a stranger in quotes with a title and
bookings sent from "our spreadsheet"."""

from __future__ import annotations

from pathlib import Path

from quiz.documents import Document
from quiz.extract import extract

from .conftest import corpus_cases

_TRAVEL = "01_akureyri_travel-office-register-extract_sea-ice-modeller-and-travel-coordinator.txt"
_DAYBOOK = (
    "02_paks_site-accommodation-daybook_rebar-foreman-and-accommodation-registration-clerk.txt"
)
_TOURISM = (
    "03_basco_tourism-accreditation-case-notes_bicycle-rental-owner-and-game-fishing-charter"
    "-operator.txt"
)
_ETHICS = (
    "04_darkhan_ethics-officers-annual-report_investment-promotion-specialist-and-confidential"
    "-correspondence-officer.txt"
)
_ROSTER = (
    "05_lossiemouth_section-roster-notes_survival-equipment-fitter-and-section-administrator.txt"
)


def test_a_gaelic_nic_surname() -> None:
    cases = corpus_cases("corpus157", _ROSTER)
    assert "Eilidh NicLeòid" in cases, cases
    assert "Eilidh Nic" not in cases


def test_a_lighthouse_and_a_boat_are_no_one() -> None:
    cases = corpus_cases("corpus157", _TOURISM)
    assert set(cases) == {"Reynaldo Cano Jr.", "Ma. Teresita Valiente-Abad"}, cases


def test_a_nickname_after_a_generation_and_a_boats_namesake() -> None:
    cases = corpus_cases("corpus157", _TOURISM)
    assert {"escalation", "request-beyond-public", "threats-leverage", "self-surrender"} <= cases[
        "Reynaldo Cano Jr."
    ]
    assert {"covert-tradecraft", "unsolicited-offer", "hotline", "report-early"} <= cases[
        "Ma. Teresita Valiente-Abad"
    ]


def test_a_hungarian_pet_name_and_the_daybooks_warden() -> None:
    cases = corpus_cases("corpus157", _DAYBOOK)
    assert set(cases) == {"Kovács Zsolt", "Szabóné Nagy Ilona"}, cases
    assert {
        "personal-vulnerability",
        "threats-leverage",
        "coercion",
        "insider-access",
        "secrecy-pressure",
        "disclosed-affiliation",
    } <= cases["Kovács Zsolt"]
    assert {"secrecy-pressure", "unsolicited-offer", "report-early", "hotline"} <= cases[
        "Szabóné Nagy Ilona"
    ]


def test_a_nickname_in_brackets_without_quotes() -> None:
    cases = corpus_cases("corpus157", _ROSTER)
    assert set(cases) == {"Lachlan Dunbar-Ross", "Eilidh NicLeòid"}, cases
    assert {"unexplained-money", "bulk-collection", "sudden-exit"} <= cases["Lachlan Dunbar-Ross"]


def test_an_ethics_officers_two_cases() -> None:
    cases = corpus_cases("corpus157", _ETHICS)
    assert {"report-early", "request-beyond-public", "placement"} <= cases["G. Oyunchimeg"]
    assert {"report-early", "request-beyond-public", "unexplained-money"} <= cases["B. Enkhbold"]


def test_a_travel_registers_remarks() -> None:
    cases = corpus_cases("corpus157", _TRAVEL)
    assert {"disproportionate-reward", "escalation", "invitation-travel"} <= cases[
        "Sigríður Hrönn Jóhannesdóttir"
    ]
    assert {"false-persona", "request-beyond-public", "insider-access", "escalation"} <= cases[
        "Ólafur Már Einarsson"
    ]


_GATE_LOG = """DEPOT GATE LOG (unofficial copy)
Gate supervisor: Fodor Katalin

2025.04.02
22:40 Horváth Bence (forklift driver, night shift) came to the gate office and asked me to call \
the security duty officer. He told me the following.

Since January a man calling himself "Oleg" had been buying Benci drinks at the bar by the \
station. Oleg lent him 400,000 Ft when Benci's car broke down. In March Oleg asked him for photos \
of the fuel store and the delivery schedule and offered 100,000 Ft per batch. He told him not to \
say a word to anybody at the depot. Benci took photos of the fuel store twice and gave Oleg a \
printout of the delivery schedule. When Benci said he would stop, Oleg showed him a photo of the \
signed loan note and said he would send it, with the photos, to the depot manager and to the \
police.

23:30 The security duty officer took his statement and his phone. His pass is suspended.

The trawler Santa Rosa came into the harbour at 23:50; MV Maria Elena left at midnight.

Signed: Fodor Katalin, gate supervisor
"""


def test_a_pet_name_and_boats_in_a_log_written_for_this_test(tmp_path: Path) -> None:
    # The concepts, not corpus 157's words: "Benci" of "Horváth Bence", the given name last; the
    # log's writer is no case; a trawler's and an MV's names are no one's.
    path = tmp_path / "gate-log.txt"
    path.write_text(_GATE_LOG, encoding="utf-8")
    cases = {c.name: c.tag_ids for c in extract([Document.read(path, path.name)]).cases}
    assert set(cases) == {"Horváth Bence"}, cases
    assert {"threats-leverage", "secrecy-pressure"} <= set(cases["Horváth Bence"])
