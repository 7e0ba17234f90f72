"""What corpus 147 (five documents, read once on 165f0cd: 6 of 10 cases found on arrival, tag
recall 0.46 at precision 0.88; an engineering department's exam-board minutes from Khulna, a
miners' society's pre-season briefing from Bartica, transcribed in Guyanese Creole, a local
community's newsletter from Cerklje ob Krki, an employment authority's determination from
Wairoa and a freight depot's shift-handover log from Kasane) showed that extraction did not
read, fixed by concept: whom a letter read out is about ("signed by Captain Golam Mostafa, ...,
concerning Md. Tanvir Hasan") and "the student" after it; a story told in the uninflected past
("a man come to his landing who call himself Ricky", "Tasha tell her no"), read with the past
put back (`quiz/uninflected.py`); a short name in brackets that is no initials ("Tebogo Moagi
(TB)"); introduced to the contact by someone ("Sammy introduced TB to a man called Vincent");
paid by the piece; a currency's code before a received sum; a placement terminated; purchases
passed off as presents from an uncle (no contact's gift); an e-mail after a dinner abroad (no
contact made online); a briefing's "report any such approach" (no threat); about twenty cue
wordings and five actor rules; jobs told by what one does ("works at a sawmill", "has a
vineyard", "work a six-inch dredge")."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_MINUTES = (
    "01_khulna_exam-board-minutes_naval-architecture-student-and-marine-engineering-lecturer.txt"
)
_BRIEFING = (
    "02_bartica_pre-season-safety-briefing-transcript_dredge-operator-and-charter-booking-clerk.txt"
)
_NEWSLETTER = "03_cerklje-ob-krki_local-community-newsletter_winegrower-and-sawmill-worker.txt"
_DETERMINATION = (
    "04_wairoa_employment-authority-determination_range-communications-technician-and-range-"
    "safety-officer.txt"
)
_LOG = "05_kasane_depot-shift-handover-log_freight-documentation-clerk-and-forklift-operator.txt"


def test_the_student_a_letter_is_about_and_a_lecturer_met_abroad() -> None:
    cases = corpus_cases("corpus147", _MINUTES)
    assert set(cases) == {"Md. Tanvir Hasan", "Farhana Yasmin"}, cases
    student = cases["Md. Tanvir Hasan"]
    assert {"disproportionate-reward", "unexplained-money", "security-office"} <= student
    # (The laptop and motorcycle he called gifts from an uncle: his cover story, no present.)
    assert "excessive-help-flattery" not in student
    lecturer = cases["Farhana Yasmin"]
    assert {"secrecy-pressure", "report-early", "excessive-help-flattery"} <= lecturer
    # (Met at her session in Istanbul; the offer came by e-mail after dinner.)
    assert "online-approach" not in lecturer


def test_a_story_told_in_the_uninflected_past() -> None:
    cases = corpus_cases("corpus147", _BRIEFING)
    assert set(cases) == {"Seepersaud Ramcharran", "Natasha Jarvis"}, cases
    dredger = cases["Seepersaud Ramcharran"]
    assert {
        "false-persona",
        "threats-leverage",
        "self-surrender",
        "disproportionate-reward",
        "escalation",
    } <= dredger
    assert {"security-office", "report-early"} <= cases["Natasha Jarvis"]


def test_a_winegrower_praised_and_a_sawmill_worker_threatened() -> None:
    cases = corpus_cases("corpus147", _NEWSLETTER)
    assert set(cases) == {"Franc Kovačič", "Luka P."}, cases
    assert "excessive-help-flattery" in cases["Franc Kovačič"]
    assert {"threats-leverage", "coercion", "self-surrender"} <= cases["Luka P."]


def test_a_technician_who_tried_to_slow_down_and_a_romance() -> None:
    cases = corpus_cases("corpus147", _DETERMINATION)
    assert {"threats-leverage", "bulk-collection"} <= cases["Rāwiri Te Hau"]
    # (He paid for a weekend at a lodge: hospitality, no pay for a task.)
    assert "paid-tasks" not in cases["Hine Karaitiana"]


def test_a_clerk_and_the_forklift_driver_the_log_calls_tb() -> None:
    cases = corpus_cases("corpus147", _LOG)
    assert set(cases) == {"Onkabetse Ramotswa", "Tebogo Moagi"}, cases
    driver = cases["Tebogo Moagi"]
    assert {"sudden-exit", "unexplained-money", "paid-tasks", "personal-vulnerability"} <= driver
    # (A briefing's "report any such approach to their supervisor" threatens nobody.)
    assert not {"coercion", "threats-leverage", "online-approach"} & driver
    clerk = cases["Onkabetse Ramotswa"]
    assert {"hotline", "security-office", "report-early"} <= clerk


def test_jobs_told_by_what_one_does(tmp_path_factory) -> None:
    # ("works at a sawmill in the area"; "is 71 and has a vineyard"; told in the uninflected
    # past, "work a six-inch dredge on the upper Cuyuni"; not the Telegram channel "for aviation
    # enthusiasts" where the sawmill worker found the "photo agency".)
    material = corpus_material("corpus147", tmp_path_factory)
    sawmill = case_frame(material, "Luka P.")
    assert (sawmill.role, sawmill.workplace.place) == ("a sawmill worker", "a forestry company")
    assert case_frame(material, "Franc Kovačič").role == "a winegrower"
    dredge = case_frame(material, "Seepersaud Ramcharran")
    assert dredge.role == "a dredge operator" and "licence" not in dredge.workplace.place
    # (What is known "from CCTV, colleagues and police" is no police workplace.)
    driver = case_frame(material, "Tebogo Moagi")
    assert (driver.role, driver.workplace.place) == ("a forklift operator", "a freight depot")
