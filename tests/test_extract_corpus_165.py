"""What corpus 165 (five documents, read once on 5884c66: 6 of 10 cases found, tag recall 0.48
at precision 0.87; a Saldanha Bay sea-rescue station's log, a Wah Cantt cricket club's annual
report, a Loma Plata dairy cooperative's board minutes, a Yigo youth baseball league's coaches'
memo and a Mons bridge club's committee minutes) showed: names written surname first in
capitals may be hyphenated ("VANHOUTTE-MERTENS Ghislaine"), and no name runs on to the next line
of a list that opens on such a surname ("DE SMET Jean-Luc, Treasurer / VANHOUTTE-MERTENS
Ghislaine"); someone named with a title who "partnered M. LEMAIRE, admired his bidding ... and
then invited him to dinner" did all of it; a surname may open with "San" after a given name
("Jesse Q. San Nicolas Jr."), and letters in quotes in brackets after a name are what the
person goes by ('("JJ")', never an acronym's "(ANB)"); the end of a quoted firm's name ("a
"Valeria Soto" of "AgroDatos Cono Sur"") is no person; a job is the person's "day job", not a
team's captaincy; a workplace is not a front the report calls "supposed", nor land an army
owns; and the cues of what the cases showed (an ultimatum with screenshots, "friends of ours in
government", a project kept "from the committee", a report named as the moment "when he asked
for the list")."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_STATION = "01_saldanha-bay_sea-rescue-station-log_naval-base-swimming-coach-and-tug-master.txt"
_CRICKET = (
    "02_wah-cantt_cricket-club-annual-report_ordnance-factory-metallurgist-and-cantonment-"
    "building-inspector.txt"
)
_DAIRY = (
    "03_loma-plata_dairy-cooperative-board-minutes_artificial-insemination-technician-and-"
    "institutional-sales-administrator.txt"
)
_BASEBALL = (
    "04_yigo_youth-baseball-league-coaches-memo_property-leasing-agent-and-bim-technician.txt"
)
_BRIDGE = "05_mons_bridge-club-committee-minutes_intranet-content-editor-and-bridge-teacher.txt"


def test_the_bridge_clubs_two_written_surname_first() -> None:
    cases = corpus_cases("corpus165", _BRIDGE)
    assert set(cases) == {"LEMAIRE Benoît", "VANHOUTTE-MERTENS Ghislaine"}, cases
    assert {"self-surrender", "secrecy-pressure", "report-early", "insider-access"} <= cases[
        "VANHOUTTE-MERTENS Ghislaine"
    ]


def test_the_coach_and_not_his_recruiters_nickname() -> None:
    cases = corpus_cases("corpus165", _BASEBALL)
    assert set(cases) == {"Rosalinda Aguon Quitugua", "Jesse Q. San Nicolas Jr."}, cases


def test_the_sales_administrator_and_not_a_firms_name() -> None:
    cases = corpus_cases("corpus165", _DAIRY)
    assert set(cases) == {"Jakob Klassen Wiebe", "Rossana Noemí Gauto Cáceres"}, cases
    # (Her escalation, her vanishing app and her flight are hers, not the technician's.)
    assert "sudden-exit" not in cases["Jakob Klassen Wiebe"]
    assert "covert-tradecraft" not in cases["Jakob Klassen Wiebe"]


def test_what_the_cases_showed() -> None:
    station = corpus_cases("corpus165", _STATION)
    assert {"threats-leverage", "insider-access", "paid-tasks"} <= station["Ruan du Toit"]
    assert "disclosed-affiliation" in station["Xolani Mgcina"]
    cricket = corpus_cases("corpus165", _CRICKET)
    assert "report-early" in cricket["Muhammad Zubair Awan"]
    assert {"escalation", "insider-access", "secrecy-pressure", "unexplained-money"} <= cricket[
        "Malik Asif Mehmood"
    ]


def test_jobs_and_workplaces() -> None:
    roles = corpus_facts("corpus165", _CRICKET, "role")
    assert "metallurgist" in roles["Muhammad Zubair Awan"], roles
    assert "captain" not in roles["Muhammad Zubair Awan"]
    sectors = corpus_facts("corpus165", _CRICKET, "sector")
    assert "real estate" not in sectors["Malik Asif Mehmood"]  # "a supposed Gulf real estate fund"
    assert "defence industry" in sectors["Muhammad Zubair Awan"]  # "the ordnance factories"
    assert "armed forces" not in corpus_facts("corpus165", _DAIRY, "sector")["Jakob Klassen Wiebe"]
    assert "swimming coach" in corpus_facts("corpus165", _STATION, "role")["Ruan du Toit"]
    assert (
        "leasing agent" in corpus_facts("corpus165", _BASEBALL, "role")["Rosalinda Aguon Quitugua"]
    )
