"""What corpus 163 (five documents, read once on 258f69a: 5 of 10 cases found, tag recall 0.40
at precision 0.96; a Kuopio hospital volunteer coordinator's quarterly note, a Catania airport
chaplaincy's annual report, a Gudauri ski school's staff meeting notes, a Biała Podlaska customs
agencies' association circular and a Valparaíso marathon committee's volunteer debrief) showed:
a place named for a saint ("a ship that regularly called at San Antonio") is no person to take
a case's "she"; a name, what may stand between, then "is a traffic signal technician" is a
person's; things someone took ("Carmelo took them over several weeks through his windscreen")
are no handler's act; "she and I went together to" someone, "because she spoke at once" and a
man who "introduced himself to him" tell reports and approaches; whoever holds the post
reports go to, named after it ("The airport Security Manager, ing. Rosaria Lo Giudice"), is an
official; and a pronoun is never read back across a section's title ("5. Security matter (read
out by Levan; two cases) / Levan said that he was speaking about two colleagues: one because
she asked him to")."""

from __future__ import annotations

from .conftest import corpus_cases

_NOTE = (
    "01_kuopio_hospital-volunteer-coordinators-quarterly-note_gift-shop-volunteer-and-patient-"
    "guide-volunteer.txt"
)
_CHAPLAINCY = (
    "02_catania_airport-chaplaincy-annual-report_airside-bus-driver-and-lost-property-clerk.txt"
)
_SKI = "03_gudauri_ski-school-staff-meeting-notes_ski-instructor-and-ski-rental-technician.txt"
_DEBRIEF = (
    "05_valparaiso_marathon-organising-committee-volunteer-debrief_race-timing-technician-and-"
    "traffic-signal-technician.txt"
)


def test_the_patient_guide_approached_in_the_cafe() -> None:
    cases = corpus_cases("corpus163", _NOTE)
    assert set(cases) == {"Anna-Liisa Tuovinen", "Juhani Laakso"}, cases


def test_the_chaplaincys_two_and_not_the_security_manager() -> None:
    cases = corpus_cases("corpus163", _CHAPLAINCY)
    assert set(cases) == {"Carmelo Di Mauro", "Kumudini Wickramasinghe"}, cases
    assert {"paid-tasks", "threats-leverage"} <= cases["Carmelo Di Mauro"]


def test_no_pronoun_across_a_section_title() -> None:
    cases = corpus_cases("corpus163", _SKI)
    assert set(cases) == {"Nino Kapanadze", "Zurab Gelashvili"}, cases


def test_a_port_named_for_a_saint_is_no_person() -> None:
    cases = corpus_cases("corpus163", _DEBRIEF)
    assert set(cases) == {"María Ignacia Fuenzalida Rojas", "Cristián Pizarro Lagos"}, cases
    assert "self-surrender" in cases["María Ignacia Fuenzalida Rojas"]
