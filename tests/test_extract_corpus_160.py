"""What corpus 160 (five documents, read once on 5075dc8, the session's final code: 8 of 10
cases found, tag recall 0.64 at precision 0.96; a Monkey Bay head teacher's log book, a
Kragujevac astronomy society's yearbook chronicle, an Iquitos hospital boat's voyage report, a
Galle MOH office's quarterly field report and a Hai Phong youth union branch's mid-year report)
showed first: what someone gave back, named before or nothing at all ("She asked first for our
enrolment numbers ..., and Mr. Jafali gave her those"), is no recruiter's giving, so a bursar
who came to the head teacher within the hour is a case, not a handler. Then: a Spanish ordinal
that makes a rank beside another title ("Sargento Segundo") is a given name on its own or
after "Don" ("4.2 Segundo Shupingahua Chumbe, "Don Segundo", river pilot"); the security
officer whom a case told, the last of a list after a post ("she told the branch secretary and
comrade Toàn"), and whom members are reminded to report to, is no case; and where a person
works is not what the contact asked about ("when the buyer first asked about the patrol
boats"), photographs inside a dock of a Coast Guard vessel under repair, nor the army a report
was passed on to ("so that the Army could take its own measures"), but the company's
letterhead ("Cửa Cấm Ship Repair Joint Stock Company")."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_LOG = "01_monkey-bay_head-teachers-log-book_school-bursar-and-dried-fish-trader.txt"
_BOAT = "03_iquitos_hospital-boat-voyage-report_nursing-technician-and-river-boat-pilot.txt"
_YOUTH = (
    "05_hai-phong_youth-union-branch-mid-year-report_marine-coating-inspector-and-abrasive-"
    "blasting-operator.txt"
)


def test_what_the_bursar_gave_back_is_no_handlers_giving() -> None:
    cases = corpus_cases("corpus160", _LOG)
    assert set(cases) == {"Hassani Jafali", "Wyson Chikapa"}, cases
    assert {"false-persona", "request-beyond-public"} <= cases["Hassani Jafali"]


def test_segundo_alone_is_a_given_name_not_a_rank() -> None:
    cases = corpus_cases("corpus160", _BOAT)
    assert set(cases) == {"Kelly Ahuanari Pinedo", "Segundo Shupingahua Chumbe"}, cases
    assert {"false-persona", "secrecy-pressure"} <= cases["Segundo Shupingahua Chumbe"]


def test_the_security_officer_told_is_no_case() -> None:
    cases = corpus_cases("corpus160", _YOUTH)
    assert set(cases) == {"Vũ Thị Mai Anh", "Đỗ Văn Lực"}, cases
    assert "self-surrender" in cases["Vũ Thị Mai Anh"]


def test_where_they_work_is_not_what_was_asked_about() -> None:
    sectors = {
        name: set(values)
        for doc in (_LOG, _BOAT, _YOUTH)
        for name, values in corpus_facts("corpus160", doc, "sector").items()
    }
    assert "coast guard" not in sectors["Wyson Chikapa"]
    assert "armed forces" not in sectors["Kelly Ahuanari Pinedo"]
    assert sectors["Đỗ Văn Lực"] == {"shipyard"}
    assert sectors["Vũ Thị Mai Anh"] == {"shipyard"}


def test_a_bursar_and_a_tool_and_die_maker_are_jobs() -> None:
    roles = corpus_facts("corpus160", _LOG, "role")
    assert "bursar" in roles["Hassani Jafali"]
    chronicle = (
        "02_kragujevac_astronomy-society-yearbook-chronicle_tool-and-die-maker-and-electrical-"
        "engineering-student.txt"
    )
    assert "tool-and-die maker" in next(
        v for k, v in corpus_facts("corpus160", chronicle, "role").items() if "Pantić" in k
    )
