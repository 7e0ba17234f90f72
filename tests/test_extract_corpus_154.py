"""What corpus 154 (five documents, read once on e134d44: 5 of 10 cases found on arrival, and a
cover's "a Slovak engineer" taken for one, tag recall 0.33 at precision 0.95; a port terminal's
PFSO monthly report from Bosaso, a defence test company's personnel security committee minutes
from Trenčín, a shipyard subcontractor's information security incident file from Maizuru, an
offshore base's role handover memo from Macaé and a dockyard contractor's security cell register
from Karwar) showed that extraction did not read, fixed by concept: a case's section under a
heading that names it ("3-1. Case (1): NAKAGAWA", then dated lines that never name him) is that
case's, and a section number may be hyphenated; a job in brackets after a name under a case's
heading says a person ("Closed case SEG-2025-005 — Maria das Graças Nogueira (crew-change
logistics clerk)"); resigning and flying abroad before being called in is an outcome; meeting
someone under a name in quotes and being told to keep it to oneself are an approach; what a
stranger is "supposedly", or says after "calling himself", is a cover's; an employer's own
"Labour Welfare Officer" is no post in the justice process; a job written as a name ("our
Drawing Issue Clerk") is a post, and a police station written "PS" a place; a talk's "Points
covered:" are advice to everyone; what a name in quotes is said to be ("a think-tank"), the
police's case, a notice "posted in" a room are no workplace and no stay abroad; a port
terminal's own name over its report is the port, and "Pvt. Ltd." a company's letterhead; berths,
outfitting and proving grounds say where the job is done; "our Drawing Issue Clerk (Stores), Shri
R. G. Harikantra" gives his job; and the cues of a profile claiming to be a nursing officer,
requests told "first ..., then ..., then", the moment named ("had he informed the Cell when first
asked"), what was sent held up as of interest to the employer, a car bought for cash, a bill the
person could not pay and a device of the contact's own."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_PORT = (
    "01_bosaso_pfso-monthly-report_berth-allocation-officer-and-livestock-quarantine-attendant.txt"
)
_MINUTES = (
    "02_trencin_personnel-security-committee-minutes_proving-ground-data-analyst-and-staff-canteen"
    "-manager.txt"
)
_FILE = (
    "03_maizuru_information-security-incident-file_electrical-outfitting-designer-and-trainee"
    "-support-officer.txt"
)
_MEMO = (
    "04_macae_role-handover-memo_production-reporting-technician-and-crew-change-logistics-clerk"
    ".txt"
)
_REGISTER = (
    "05_karwar_security-cell-register-extract_drawing-issue-clerk-and-labour-welfare-officer.txt"
)


def _facts(file: str, kind: str) -> dict[str, list[str]]:
    return corpus_facts("corpus154", file, kind)


def test_a_cover_supposedly_an_engineer_is_no_case() -> None:
    cases = corpus_cases("corpus154", _MINUTES)
    assert set(cases) == {"Marek Hudec", "Zuzana Kováčová-Holá"}, cases
    assert {"compromising-relationship", "threats-leverage"} <= cases["Zuzana Kováčová-Holá"]
    # ('the "Danube Security Dialogue", a think-tank giving a Vienna address': the front's.)
    assert "think tank" not in _facts(_MINUTES, "sector")["Marek Hudec"]


def test_a_case_section_under_its_heading() -> None:
    cases = corpus_cases("corpus154", _FILE)
    assert set(cases) == {"NAKAGAWA Ryota", "NGUYEN Thi Hong Nhung"}, cases
    # (The chronology under "3-1. Case (1): NAKAGAWA" never names him.)
    assert {"online-approach", "paid-tasks", "secrecy-pressure"} <= cases["NAKAGAWA Ryota"]
    # (A schedule "posted in the trainees' briefing room" is no posting abroad, and the
    # trading company is the stranger's claim.)
    assert "abroad-targeting" not in cases["NGUYEN Thi Hong Nhung"]
    roles = _facts(_FILE, "role")["NGUYEN Thi Hong Nhung"]
    assert not any("trading company" in r for r in roles), roles


def test_cases_under_headings_with_their_jobs() -> None:
    cases = corpus_cases("corpus154", _MEMO)
    assert set(cases) == {"João Batista dos Santos Filho", "Maria das Graças Nogueira"}, cases
    assert "sudden-exit" in cases["João Batista dos Santos Filho"]
    assert "crew-change logistics clerk" in _facts(_MEMO, "role")["Maria das Graças Nogueira"]


def test_a_register_of_reported_approaches() -> None:
    cases = corpus_cases("corpus154", _REGISTER)
    assert set(cases) == {"Ramdas Ganapati Harikantra", "Lavina D'Souza"}, cases
    # (The awareness talk's "Points covered:", in the entry that names her as a good example.)
    assert not {"coercion", "covert-tradecraft"} & cases["Lavina D'Souza"]
    assert "police" not in _facts(_REGISTER, "sector")["Ramdas Ganapati Harikantra"]
    # ("our Drawing Issue Clerk (Stores), Shri R. G. Harikantra": the post is his job.)
    assert "drawing issue clerk" in _facts(_REGISTER, "role")["Ramdas Ganapati Harikantra"]
    # ('a profile "Priya Sharma", claiming to be a nursing officer'; "She first asked for
    # selfies ..., then photos of the ships ..., then copies of drawings"; "had he informed the
    # Cell when first asked ...".)
    assert {"false-persona", "escalation", "report-early"} <= cases["Ramdas Ganapati Harikantra"]


def test_a_port_terminals_report() -> None:
    cases = corpus_cases("corpus154", _PORT)
    assert set(cases) == {"Abdirahman Mohamed Farah", "Faadumo Xasan Cali"}, cases
    sectors = _facts(_PORT, "sector")
    assert all("port" in sectors[name] for name in cases), sectors
    # ("the port would be "very interested" to see what Dheere had already sent"; "bought a
    # Toyota Surf in July for cash".)
    assert {"threats-leverage", "unexplained-money"} <= cases["Abdirahman Mohamed Farah"]
    # ("as she could not pay them"; "sending them only from the phone he had given her".)
    assert {"personal-vulnerability", "covert-tradecraft"} <= cases["Faadumo Xasan Cali"]
