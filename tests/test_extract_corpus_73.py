"""What corpus 73 (six reports, read once: 2 of 11 cases found on arrival by the test's matching,
three reports with no case) showed that extraction did not read, fixed by concept: a married
name, a name one goes by after "@", a title of respect, the term a report defines for someone it
named, a story told of one of the teller's own people, and whom a case "involves"."""

from __future__ import annotations

import pytest

from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material
from .test_extract_named_later import _cases


def _of(name: str) -> dict[str, frozenset[str]]:
    return _cases(name, "corpus73")


def test_a_married_name_and_the_name_a_report_defines_are_one_person() -> None:
    # "Mrs Yvette Larcher épouse Cadrot ... Mrs Larcher épouse Cadrot received an unsolicited
    # email": one name, whole.
    cases = _of("02_fort-de-france_corrections-column_water-taxi-skipper.txt")
    assert "Yvette Larcher épouse Cadrot" in cases
    assert {"security-office", "report-early"} <= cases["Yvette Larcher épouse Cadrot"]
    # "The principal officer, Mohd Faizal @ Jimmy bin Abdul Rahim, ... the principal officer
    # paid a clerk ... The client told the principal officer to send the profiles only through
    # an encrypted messaging app": the report's term for him is him.
    cases = _of("04_kota-kinabalu_licence-revocation-notice_private-investigator.txt")
    assert "Mohd Faizal @ Jimmy bin Abdul Rahim" in cases
    assert {"paid-tasks", "covert-tradecraft"} <= cases["Mohd Faizal @ Jimmy bin Abdul Rahim"]


def test_one_of_the_tellers_own_people_and_whom_a_case_involves() -> None:
    # "A radiographic testing technician from one of our subcontractors ... wanted his Level
    # III certificate"; "Sevgi Hanım ... She did not search anything. She came to me the next
    # morning and we went together to the police".
    cases = _of("03_mersin_panel-transcript_radiography-technician.txt")
    assert set(cases) == {"a radiographic testing technician", "Sevgi Hanım"}
    assert "self-surrender" in cases["a radiographic testing technician"]
    # "The second case involves Muataz, the 22-year-old son of a clearing agent".
    assert "Muataz" in _of("05_misrata_chamber-circular_steel-lab-engineer.txt")


def test_a_title_of_respect_and_records_exported_for_gift_cards() -> None:
    # "Kumu Malia" (teacher) is a title before "Malia Kahananui"; "Mr. Nāone exported about
    # 2,300 student records ... He received about $7,500 in gift cards and cryptocurrency".
    cases = _of("06_kaneohe_school-board-minutes_data-coordinator.txt")
    assert set(cases) == {"Kawika Nāone", "Malia Kahananui"}
    assert {"report-early"} <= cases["Malia Kahananui"]
    assert {"bulk-collection", "sudden-exit"} <= cases["Kawika Nāone"]


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus73", tmp_path_factory)


def test_no_harmless_twin_calls_safe_what_the_case_did_with_approval(material: Material) -> None:
    # Read 212: "Eng. Abdulhamid attended with his manager's permission. On the second evening
    # ... Mr Behle gave him an expensive watch": a harmless twin whose ordinariness is "an
    # agreement your employer approves" taught that approval made it safe.
    case = case_frame(material, "Abdulhamid Ramadan al-Gharyani").case.id
    told = " ".join(
        f"{d.prompt} {' '.join(d.options)}" for d in all_drafts(material) if d.case == case
    )
    assert told
    assert "employer approves" not in told and "your employer pays" not in told
