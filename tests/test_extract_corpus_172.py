"""What corpus 172 (five pieces of reporting by the press and public bodies, read once on
c535204: 7 of 10 cases found, tag recall 0.61 at precision 0.93; a Balkhash prosecutor's press
release, a Latvian security service's annual report chapter, a Kumasi ministry's public warning
bulletin, a Ridgecrest local TV station's web article and a Nowra national daily's
investigation) showed: a description's job is the whole compound ("a 57-year-old pilot-boat
engineer", not "a pilot") and may end in "-ant" ("a 24-year-old car-wash attendant"); a particle
may follow a nickname in quotes ('Robert "Bob" de Vries'); a message someone "received ... from"
a stranger, and a contract a stranger offered, are approaches; and a navy's ship or base ("HMAS
Albatross") and a firm ("Sapphire Aviation Training") are no people."""

from __future__ import annotations

from .conftest import corpus_cases

_REPORT = (
    "02_liepaja_security-service-annual-report-chapter_car-wash-attendant-and-pilot-boat-"
    "engineer.txt"
)
_DAILY = (
    "05_nowra_national-daily-investigation_anti-submarine-warfare-tactics-instructor-and-base-"
    "pass-office-administrator.txt"
)


def test_people_known_only_by_a_description() -> None:
    cases = corpus_cases("corpus172", _REPORT)
    assert set(cases) == {
        "a 24-year-old car-wash attendant",
        "a 57-year-old pilot-boat engineer",
    }, cases
    assert {"online-approach", "paid-tasks"} <= cases["a 24-year-old car-wash attendant"]


def test_the_instructor_named_with_a_nickname_in_quotes() -> None:
    cases = corpus_cases("corpus172", _DAILY)
    assert set(cases) == {'Robert "Bob" de Vries', "Tayla Jo Whitfield"}, cases
    assert {"online-approach", "unsolicited-offer", "sudden-exit"} <= cases['Robert "Bob" de Vries']
