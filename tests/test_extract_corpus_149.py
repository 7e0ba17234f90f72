"""What corpus 149 (five documents, read once on 52e4cb3: 10 of 10 cases found on arrival, and a
recruiter taken for one, tag recall 0.82 at precision 0.95; a port authority's board minutes
from Majuro, a vocational school's trustees' minutes from Narva, a credit cooperative's annual
general meeting report from São José dos Campos, a fuel terminal's health-and-safety and
security incident log from Haifa and a municipal internal audit report from Tema) showed that
extraction did not read, fixed by concept: "he" just after a name of his gender in the same
sentence is that person, not the one the sentence before named ("because Junior came at once,
before doing anything he was asked": the recruiter was counted approached, and became a case);
asking a favour of the person is a recruiter's act; an invitation for drinks is no invitation to
travel; the holder of the organisation's security post, as an attendance list gives it ("Mr.
Ezekiel Lanki (Port Facility Security Officer)"), is who "brought the box to Mr. Lanki" reported
to; and cue wordings for coming to anyone in the management, reporting in writing to one's
division head, a security service's round-the-clock line, visits across the border, a service
that "would like to cooperate", a mailbox made for the contact, an export of the employer's
records asked for, exports from the person's own account, a count of invoices exported, a
relative's medical costs and first tasks "anyone could see"."""

from __future__ import annotations

import pytest

from .conftest import case_frame, corpus_cases, corpus_material

_MINUTES = (
    "01_majuro_port-authority-board-minutes_port-revenue-clerk-and-harbour-crane-mechanic.txt"
)
_TRUSTEES = (
    "02_narva_school-trustees-meeting-record_driving-instructor-and-concrete-technology-teacher.txt"
)
_AGM = (
    "03_sao-jose-dos-campos_credit-cooperative-agm-report_fatigue-test-technician-and-"
    "electron-microscopy-technician.txt"
)
_LOG = (
    "04_haifa_hse-incident-log_tanker-loading-bay-operator-and-emissions-monitoring-technician.txt"
)
_AUDIT = (
    "05_tema_municipal-audit-finding-report_property-addressing-data-officer-and-"
    "development-control-inspector.txt"
)


def test_the_recruiter_who_asked_a_favour_is_no_case() -> None:
    cases = corpus_cases("corpus149", _MINUTES)
    assert set(cases) == {"Limenwe Jorkan-Lakjohn", "Tarmon Laelang Jr."}, cases
    mechanic = cases["Tarmon Laelang Jr."]
    # (His sentences are now his: the box for the crane, and whom he brought it to.)
    assert {"covert-tradecraft", "security-office", "report-early"} <= mechanic
    # ("invited Junior for drinks" is no invitation to travel.)
    assert "invitation-travel" not in mechanic
    clerk = cases["Limenwe Jorkan-Lakjohn"]
    assert {"bulk-collection", "personal-vulnerability", "self-surrender"} <= clerk


def test_a_trustees_record_of_a_driving_instructor_and_a_teacher() -> None:
    cases = corpus_cases("corpus149", _TRUSTEES)
    instructor = cases["Vjatšeslav Kuznetsov"]
    assert {"abroad-targeting", "disclosed-affiliation", "insider-access"} <= instructor
    assert "security-office" in instructor
    assert "hotline" in cases["Rein-Erik Pärtel"]


def test_a_cooperatives_agm_report() -> None:
    cases = corpus_cases("corpus149", _AGM)
    technician = cases["Maria Auxiliadora Takahashi Fontes"]
    assert {"abroad-targeting", "security-office", "invitation-travel"} <= technician


def test_an_audit_report_of_an_officer_who_left_and_an_inspector() -> None:
    cases = corpus_cases("corpus149", _AUDIT)
    officer = cases["Ebenezer Nii Okai Lamptey"]
    assert {
        "insider-access",
        "request-beyond-public",
        "secrecy-pressure",
        "report-early",
        "security-office",
    } <= officer
    assert "security-office" in cases["Gifty Naa Ayeley Quaye"]


def test_an_incident_log() -> None:
    cases = corpus_cases("corpus149", _LOG)
    assert set(cases) == {"Wafaa Haddad-Khoury", "Dmitri Gurevich"}, cases
    assert {"escalation", "threats-leverage", "self-surrender"} <= cases["Dmitri Gurevich"]


def test_the_line_under_a_letterhead_tells_the_trade_not_the_owner(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "CARMEL BAY TERMINALS LTD. — KISHON SITE, HAIFA / Fuels and chemicals storage and
    road-tanker loading": the terminal's trade, for staff whose sentences name no other; not
    "A Federal Government-owned company, Kaduna" under an engineering works (corpus 96), nor a
    meeting's "Lorengau Town Hall" under an association's name (corpus 112)."""
    log = corpus_material("corpus149", tmp_path_factory)
    assert case_frame(log, "Wafaa Haddad-Khoury").workplace.place == "an energy company"
    works = corpus_material("corpus96", tmp_path_factory)
    assert case_frame(works, "Ibrahim Danjuma Yakubu").workplace.place != "a government ministry"
    meeting = corpus_material("corpus112", tmp_path_factory)
    assert case_frame(meeting, "Kalo").workplace.place != "a city council"
