"""What corpus 162 (five documents, read once on 123e65f: 9 of 10 cases found, tag recall 0.66
at precision 0.99; an Errachidia water users' association's logbook, a Ferrol vocational
college's placement office notes, a Ponta Delgada airline crew-room bulletin, a Lund student
hall's night desk log and a Butterworth theatre company's production diary) showed: one name
with the job in brackets after it is a person's ("Resident in 214, Wahyudi (visiting researcher
from Bandung, one name only on his passport and our list)"); the French "Adjudant-chef" is a
rank, and whoever is "of the gendarmerie" is an official, whose "told the President that coming
forward on his own ... will count in his favour" is about someone else; where a person works is
not where they left for ("left for the airport with two suitcases"), nor whom and which the
contact asked about ("asked who else books time at the beamline: which companies and which
defence research groups"); an airline's name over its bulletin tells where its crew work."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_LOGBOOK = (
    "01_errachidia_water-users-association-logbook_canal-water-bailiff-and-irrigation-pump-"
    "electrician.txt"
)
_DESK = "04_lund_student-hall-night-desk-log_visiting-crystallographer-and-photonics-intern.txt"
_BULLETIN = "03_ponta-delgada_airline-crew-room-bulletin_cabin-attendant-and-cargo-sales-agent.txt"


def test_the_gendarme_is_no_case() -> None:
    cases = corpus_cases("corpus162", _LOGBOOK)
    assert set(cases) == {"Lahcen Ait Ouaziz", "Youssef Amzil"}, cases


def test_one_name_with_the_job_in_brackets() -> None:
    cases = corpus_cases("corpus162", _DESK)
    assert set(cases) == {"Wahyudi", "Trần Minh Khoa"}, cases
    assert "online-report" in cases["Wahyudi"] or "security-office" in cases["Wahyudi"]


def test_where_they_work_not_where_they_left_for_or_what_was_asked() -> None:
    sectors = corpus_facts("corpus162", _DESK, "sector")
    assert "aviation" not in sectors["Trần Minh Khoa"]
    assert "armed forces" not in sectors["Wahyudi"]
    bulletin = corpus_facts("corpus162", _BULLETIN, "sector")
    assert set(bulletin["Rui Manuel Bettencourt Pacheco"]) == {"airline"}
