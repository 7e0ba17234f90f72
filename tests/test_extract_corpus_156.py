"""What corpus 156 (five documents, read once on 0bd3e70: 7 of 10 cases found on arrival, tag
recall 0.50 at precision 0.98; a radar station contractor's monthly service report from
Ísafjörður, a hospital data privacy officer's incident file from Zamboanga, a defence plant's
regime department letter from Petropavl, a language school's ethics channel case log from
Anápolis and a community radio's station manager's quarterly report from Thiès) showed that
extraction did not read, fixed by concept: a hyphened nickname in quotes inside a name
('Rodelio "Jun-Jun" C. Saavedra Jr.'); whom someone "sees ... photographing" is who was caught, not
who saw, and a "preventive suspension served" is an outcome; a log's present tense ("forwards the
whole thread to dpo@ ... and brings the tablet to this Office") and "Because Ms. Hadjirul
reported" tell a report; a degree after a name ("RND") and dietitians, presenters and editors;
a name only in quotes or after "the" ('"Santé Cayor"', "in the Cayor") owns no sentence; an
in-house paper's editor is no news organisation's; and
cues of a present said by its worth, pay "for each day", not answering and telling the writer,
money kept "out of the station's accounts", coming to the writer "with her phone" and not coming
to work."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_SERVICE = (
    "01_isafjordur_contractor-monthly-service-report_snowcat-driver-and-radome-technician.txt"
)
_HOSPITAL = (
    "02_zamboanga_data-privacy-officer-incident-file_clinical-dietitian-and-ambulance-driver.txt"
)
_LETTER = (
    "03_petropavl_regime-department-information-letter_galvanic-plating-operator-and-factory"
    "-newspaper-editor.txt"
)
_RADIO = "05_thies_station-managers-quarterly-report_radio-presenter-and-transmitter-technician.txt"


def _facts(file: str, kind: str) -> dict[str, list[str]]:
    return corpus_facts("corpus156", file, kind)


def test_a_hospitals_incident_file() -> None:
    cases = corpus_cases("corpus156", _HOSPITAL)
    # (The dispatcher who saw him is no case.)
    assert set(cases) == {'Rodelio "Jun-Jun" C. Saavedra Jr.', "Nurhaida T. Hadjirul"}, cases
    assert "clinical dietitian" in _facts(_HOSPITAL, "role")["Nurhaida T. Hadjirul"]


def test_a_radio_programme_in_quotes_is_no_one() -> None:
    cases = corpus_cases("corpus156", _RADIO)
    assert set(cases) == {"Ndèye Fatou Sarr", "Cheikh Tidiane Faye"}, cases
    assert "secrecy-pressure" in cases["Ndèye Fatou Sarr"]
    assert "sudden-exit" in cases["Cheikh Tidiane Faye"]


def test_an_in_house_papers_editor() -> None:
    cases = corpus_cases("corpus156", _LETTER)
    assert "editor" in _facts(_LETTER, "role")["Muratqyzy Zhanar"]
    assert len(cases) == 2


def test_a_present_by_its_worth_and_pay_by_the_day() -> None:
    cases = corpus_cases("corpus156", _SERVICE)
    assert {"excessive-help-flattery", "paid-tasks", "security-office"} <= cases[
        "Einar Þór Sigurvinsson"
    ]
