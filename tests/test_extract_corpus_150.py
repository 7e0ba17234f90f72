"""What corpus 150 (five documents, read once on e7b1587: 5 of 10 cases found on arrival, and a
recruiter taken for one, tag recall 0.36 at precision 0.89; a private hospital's risk register
extract from Muharraq, a mountain observatory director's memo from Tatranská Lomnica, a telecom
cooperative's board resolution pack from Cochabamba, a statistics office's staff bulletin from
Kathmandu and a genebank's annual staff meeting minutes from Vagharshapat) showed that
extraction did not read, fixed by concept: material the person "sent him" is their own act, not
a handler's ("In August Tomáš sent him raw frames"); a job written as a title after the name
("Bimala Thapa Magar, Statistics Officer in the Census Data Processing Unit,") says a person,
and may stand before the name others use ("Hari Prasad Pokharel, Statistics Officer in the
Trade Statistics Section, known to most of us as "Hari Dai""); "Sr." and "Sra." tell a man
from a woman where a document writes Spanish or Portuguese titles; a man the sentences about him
tell, by "he", doing a recruiter's acts to a "her" who cannot be him is the recruiter, and the
sentences are hers ("Sr. Esteban Lourié, regional account manager of Andes NetSystems S.R.L.
... He took her to lunch ... In June he invited her to a technology fair in Lima"); a company's
name with a capital inside a word and "S.R.L." is a company; someone who said he was planning a
business is the cover; being put in touch with a businessman is an approach; a head of the
house turning to all staff ("The Deputy Director asked all staff: ... report any such approach
the same day to him") speaks for the document, not for the case told before; a job after a
nickname in quotes ('"Ľubo" to all of us, summit station electrician'), a job "on Ward 7", two
jobs joined by "and", never the job a recruiter said she had ("she said she was a mountain
guide"); the army among the consignees of goods is not where a statistics officer works; and
walking to the security section, or being told to report to it by its name, is telling the
security office; and an institution's own name in capitals over its record ("DILMUN
SPECIALIST HOSPITAL W.L.L.", "TATRA HIGH-ALTITUDE OBSERVATORIES") is where its staff work."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_REGISTER = (
    "01_muharraq_corporate-risk-register-extract_patient-relations-officer-and-pacs-"
    "administrator.txt"
)
_MEMO = (
    "02_tatranska-lomnica_observatory-directors-memo_space-debris-observer-and-summit-station-"
    "electrician.txt"
)
_RESOLUTIONS = (
    "03_cochabamba_board-resolution-pack_core-network-engineer-and-subscriber-records-clerk.txt"
)
_BULLETIN = (
    "04_kathmandu_statistics-office-staff-bulletin_census-data-processing-officer-and-trade-"
    "statistics-officer.txt"
)
_MINUTES = (
    "05_vagharshapat_genebank-annual-staff-meeting-minutes_expedition-botanist-and-seed-"
    "collecting-field-technician.txt"
)


def _facts(file: str, kind: str) -> dict[str, list[str]]:
    return corpus_facts("corpus150", file, kind)


def test_material_sent_to_the_recruiter_is_the_persons_own_act() -> None:
    cases = corpus_cases("corpus150", _MEMO)
    assert set(cases) == {"Tomáš Bielik", "Ľubomír Hrubý"}, cases
    student = cases["Tomáš Bielik"]
    assert {"online-report", "self-surrender", "invitation-travel"} <= student
    # (His coming forward is no longer the electrician's.)
    assert "online-report" not in cases["Ľubomír Hrubý"]
    assert "self-surrender" not in cases["Ľubomír Hrubý"]


def test_the_electricians_job_is_his_not_the_cover_of_the_woman_who_courted_him() -> None:
    roles = _facts(_MEMO, "role")
    assert "mountain guide" not in roles["Ľubomír Hrubý"], roles
    assert "summit station electrician" in roles["Ľubomír Hrubý"], roles


def test_a_supplier_who_courted_the_engineer_is_the_recruiter() -> None:
    cases = corpus_cases("corpus150", _RESOLUTIONS)
    assert set(cases) == {"Gabriela Vargas Rocha de Orellana", "Jhonny Mamani Quispe"}, cases
    engineer = cases["Gabriela Vargas Rocha de Orellana"]
    assert {"cultivation", "threats-leverage", "secrecy-pressure", "security-office"} <= engineer


def test_a_job_written_as_a_title_after_the_name() -> None:
    cases = corpus_cases("corpus150", _BULLETIN)
    assert set(cases) == {"Bimala Thapa Magar", "Hari Prasad Pokharel"}, cases
    assert {"security-office", "report-early", "secrecy-pressure"} <= cases["Bimala Thapa Magar"]
    # ("Hari Dai" is the name the office knows him by, not a second person.)
    officer = cases["Hari Prasad Pokharel"]
    assert {"personal-vulnerability", "threats-leverage", "unexplained-money"} <= officer
    # (The army among the consignees of goods is not where he works.)
    assert "armed forces" not in _facts(_BULLETIN, "sector")["Hari Prasad Pokharel"]


def test_a_businessman_who_said_he_was_planning_routes_is_the_cover() -> None:
    cases = corpus_cases("corpus150", _MINUTES)
    assert set(cases) == {"Gurgen Artashesi Melikyan", "Vahagn Tadevosyan"}, cases
    technician = cases["Vahagn Tadevosyan"]
    assert {"sudden-exit", "covert-tradecraft", "paid-tasks"} <= technician
    # (The Deputy Director's advice to all staff is the document's, not his.)
    assert not {"hotline", "excessive-help-flattery"} & technician, technician
    assert "field technician and expedition driver" in _facts(_MINUTES, "role")["Vahagn Tadevosyan"]


def test_the_patient_relations_officer_reported_to_the_security_control_room() -> None:
    cases = corpus_cases("corpus150", _REGISTER)
    assert set(cases) == {"Noora Abdulla Al-Mannai", "Anoop K. S."}, cases
    assert {"security-office", "report-early"} <= cases["Noora Abdulla Al-Mannai"]
    assert "patient relations officer" in _facts(_REGISTER, "role")["Noora Abdulla Al-Mannai"]


def test_an_institutions_name_over_its_record_is_where_its_staff_work() -> None:
    assert _facts(_REGISTER, "sector")["Noora Abdulla Al-Mannai"] == ["health"]
    assert _facts(_MEMO, "sector")["Ľubomír Hrubý"] == ["research"]
    assert _facts(_MINUTES, "sector")["Vahagn Tadevosyan"] == ["research"]
