"""What corpus 175 (five decisions of tribunals and panels, read once on 00454f8: 5 of 10 cases
found, tag recall 0.29 at precision 0.82; an Aberdeen employment tribunal, a Queanbeyan
security-clearance review, a Chennai disciplinary committee, Christchurch sentencing notes and a
Tartu student disciplinary panel) showed: a tribunal's parties known only by codes ("ZKVW is a
data centre facilities technician ..., where he maintains") are people, and its members named
in the heading's field ("Tribunal: ... Senior Member Dr Ravindra Jayasekera") decide; a
chartered accountant's "CA." after "Respondent:" leaves the label his; a caption's party in
capitals below a "v" with blank lines around it ("LOGAN CRAIG WHITCOMBE"), and the court's words
to him ("Mr Whitcombe, you appear for sentence"), make its "you" his; initials of a hyphenated
given name ("K.-M. Rebane") and the surname alone are the student's, not his father's; a
deciding panel is no person; who introduced the case to the recruiter ('a former colleague, Mr
Derek Milne ("Deke"), ..., introduced him to a man') is no case."""

from __future__ import annotations

from .conftest import corpus_cases

_TRIBUNAL = (
    "01_aberdeen_employment-tribunal-judgment_saturation-dive-supervisor-and-vessel-crewing-"
    "coordinator.txt"
)
_CLEARANCE = (
    "02_queanbeyan_security-clearance-review-decision_data-centre-facilities-technician-and-"
    "ministerial-correspondence-officer.txt"
)
_COMMITTEE = (
    "03_chennai_disciplinary-committee-order_chartered-accountant-and-audit-article-assistant.txt"
)
_SENTENCING = (
    "04_christchurch_sentencing-notes_army-camp-storeperson-and-sports-massage-therapist.txt"
)
_PANEL = (
    "05_tartu_student-disciplinary-panel-decision_computer-engineering-student-and-plant-biology-"
    "doctoral-researcher.txt"
)


def test_who_made_the_introduction_is_no_case() -> None:
    cases = corpus_cases("corpus175", _TRIBUNAL)
    assert set(cases) == {"Alasdair Iain Cruickshank", "Olufunke Adeyemi-Reid"}, cases
    assert {"paid-tasks", "covert-tradecraft", "personal-vulnerability"} <= cases[
        "Alasdair Iain Cruickshank"
    ]


def test_parties_known_by_codes_and_the_members_who_decided() -> None:
    cases = corpus_cases("corpus175", _CLEARANCE)
    assert set(cases) == {"ZKVW", "ZKVX"}, cases
    assert {"cultivation", "secrecy-pressure"} <= cases["ZKVW"]
    assert {"report-early"} <= cases["ZKVX"]


def test_the_respondent_with_a_profession_title() -> None:
    cases = corpus_cases("corpus175", _COMMITTEE)
    assert set(cases) == {"Subramanian Karthikeyan", "R. Nivedha"}, cases
    assert {"paid-tasks", "escalation"} <= cases["Subramanian Karthikeyan"]


def test_the_court_speaks_to_the_one_it_sentences() -> None:
    cases = corpus_cases("corpus175", _SENTENCING)
    assert set(cases) == {"Logan Craig Whitcombe", "Hemi Rawiri Kereama"}, cases
    assert {"bulk-collection", "personal-vulnerability", "paid-tasks"} <= cases[
        "Logan Craig Whitcombe"
    ]
    assert "bulk-collection" not in cases["Hemi Rawiri Kereama"]


def test_the_students_initials_and_the_panel() -> None:
    cases = corpus_cases("corpus175", _PANEL)
    assert set(cases) == {"Karl-Martin Rebane", "Mariam Al-Haddad"}, cases
    assert {"online-approach", "self-surrender"} <= cases["Karl-Martin Rebane"]
