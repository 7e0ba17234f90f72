"""What corpus 160 (five documents, read once on 5075dc8, the session's final code: 8 of 10
cases found, tag recall 0.64 at precision 0.96; a Monkey Bay head teacher's log book, a
Kragujevac astronomy society's yearbook chronicle, an Iquitos hospital boat's voyage report, a
Galle MOH office's quarterly field report and a Hai Phong youth union branch's mid-year report)
showed first: what someone gave back, named before or nothing at all ("She asked first for our
enrolment numbers ..., and Mr. Jafali gave her those"), is no recruiter's giving, so a bursar
who came to the head teacher within the hour is a case, not a handler. (A river pilot whose
given name, "Segundo", is also a Spanish rank is still missed.)"""

from __future__ import annotations

from .conftest import corpus_cases

_LOG = "01_monkey-bay_head-teachers-log-book_school-bursar-and-dried-fish-trader.txt"


def test_what_the_bursar_gave_back_is_no_handlers_giving() -> None:
    cases = corpus_cases("corpus160", _LOG)
    assert set(cases) == {"Hassani Jafali", "Wyson Chikapa"}, cases
    assert {"false-persona", "request-beyond-public"} <= cases["Hassani Jafali"]
