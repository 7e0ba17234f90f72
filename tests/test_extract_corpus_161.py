"""What corpus 161 (five documents, read once on 467c0d3: 6 of 10 cases found, tag recall 0.45
at precision 0.98; a Kangerlussuaq hunters' association's meeting record, a Čáslav housing
cooperative's board minutes, a Puerto Barrios seafarers' centre's quarterly report, an Addu City
futsal tournament committee's report and a Lobito polytechnic's disciplinary council record)
showed: whoever went to a post's holder, named after the post, did it ("Nivi went to the airport
security manager, Kim Frederiksen, told him everything"), and went with them to the police;
filling in a tip form and "because Paapa reported at the second message" are reports; a
register printed and "handed it over", equipment "installed by" someone, and "given an account
to the police" are the person's own acts; a Czech rank after a name ("HRUBÝ Tomáš, nrtm.
(staff sergeant), aircraft armament technician") neither ends the sentence nor hides the job;
the only person a sentence names after a subject of the other gender is whom the next
sentence's pronoun means ("In February he received a message ... from "Elena Marković" ...
She offered EUR 400"), so "he" after her is the technician, not the recruiter's cover; an offer
opening on the stranger's name ("Strand offered DKK 4,000 a day") follows the first message."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_HUNTERS = (
    "01_kangerlussuaq_hunters-association-meeting-record_ice-cap-tour-guide-and-expedition-cargo-"
    "coordinator.txt"
)
_COOPERATIVE = (
    "02_caslav_housing-cooperative-board-minutes_aircraft-armament-technician-and-building-"
    "superintendent.txt"
)
_COUNCIL = (
    "05_lobito_polytechnic-disciplinary-council-record_mineral-sampling-intern-and-rail-yard-"
    "shunter.txt"
)


def test_the_hunters_two_members_are_cases() -> None:
    cases = corpus_cases("corpus161", _HUNTERS)
    assert set(cases) == {"Pavia Lynge-Berthelsen", "Nivi Mathæussen"}, cases
    assert {"online-approach", "unsolicited-offer", "report-early"} <= cases[
        "Pavia Lynge-Berthelsen"
    ]
    assert "self-surrender" in cases["Nivi Mathæussen"]


def test_the_superintendent_and_the_technician_not_the_cover() -> None:
    cases = corpus_cases("corpus161", _COOPERATIVE)
    assert set(cases) == {"Zdeněk Malý", "HRUBÝ Tomáš"}, cases
    assert {"paid-tasks", "threats-leverage"} <= cases["Zdeněk Malý"]
    assert "online-approach" in cases["HRUBÝ Tomáš"]


def test_jobs_past_a_rank_and_a_heading() -> None:
    roles = corpus_facts("corpus161", _COOPERATIVE, "role")
    assert "aircraft armament technician" in roles["HRUBÝ Tomáš"]
    assert "superintendent" in roles["Zdeněk Malý"]
    council = corpus_facts("corpus161", _COUNCIL, "role")
    assert "shunter" in council["Nelson Sakaita Chimuco"]
    assert not [r for r in council["Nelson Sakaita Chimuco"] if r.startswith("concerning")]
