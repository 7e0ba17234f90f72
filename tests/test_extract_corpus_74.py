"""What corpus 74 (six reports, read once: 3 of 12 cases found on arrival, three reports with
no case) showed that extraction did not read, fixed by concept: a person described as one of a
company's staff, criminal proceedings as an outcome, a date's month run into a name, reports
made through a channel or to a manager, initials one is asked to be called by, the subject of a
set of rules, a present's worth and an encrypted mail account read as pay and as an online
approach."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.documents import Document
from quiz.extract import _read_people, extract

from .test_extract_named_later import _cases


def _of(name: str) -> dict[str, frozenset[str]]:
    return _cases(name, "corpus74")


def _people(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return list(_read_people(Document.read(path, path.name)).people)


def test_one_of_a_companys_staff_is_a_person(tmp_path: Path) -> None:
    # '"Meridian Freight Insight", a Singapore-registered firm' is a company; "Ms Maite Uriarte
    # Lasa, the company's office administrator" is one of its people.
    assert _people(
        tmp_path, "Ms Maite Uriarte Lasa, the company's office administrator, reported it.\n"
    ) == ["Maite Uriarte Lasa"]


def test_a_dates_month_is_not_part_of_the_name_after_it(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Mr Jean Clency Bégué works there. On 26 April Mr Bégué reported the offer to the "
        "security manager.\n",
        encoding="utf-8",
    )
    doc = Document.read(path, path.name)
    told = [doc.text[m.start : m.end] for m in _read_people(doc).mentions]
    assert told == ["Jean Clency Bégué", "Bégué"]


def test_the_subject_of_a_set_of_rules_is_no_person(tmp_path: Path) -> None:
    assert "Outside Activities" not in _people(
        tmp_path,
        "Dr. Matthäus Niederkofler went abroad. He accepted without declaring it, although the "
        "Regulations on Outside Activities require prior approval.\n",
    )


def test_a_debarment_order_gives_its_two_cases() -> None:
    # "Ms Maite Uriarte Lasa ... reported through the Department's internal information
    # channel"; "Criminal proceedings against Mr Arregi Zabaleta are pending ..., where he is
    # presumed innocent".
    cases = _of("03_vitoria-gasteiz_debarment-order_security-contractor.txt")
    assert set(cases) == {"Maite Uriarte Lasa", "Jon Mikel Arregi Zabaleta"}
    assert "report-early" in cases["Maite Uriarte Lasa"]
    # "from an encrypted email account that Mr Pelling had set up for him": tradecraft, not an
    # approach made online (he met the man at a business lunch).
    assert "online-approach" not in cases["Jon Mikel Arregi Zabaleta"]
    assert "covert-tradecraft" in cases["Jon Mikel Arregi Zabaleta"]


def test_a_report_to_a_manager_and_a_phone_handed_in() -> None:
    # "on 26 April Mr Bégué reported the above to the resort's security manager"; "Exhibit KM/7,
    # surrendered voluntarily by Mr Jean Clency Bégué".
    assert "Jean Clency Bégué" in _of("06_port-louis_interpreter-affidavit_resort-butler.txt")


def test_initials_one_is_asked_to_be_called_by() -> None:
    # "a colleague on his crew, whom he asked us to refer to only as R.H., was arrested".
    cases = _of("04_leeuwarden_claim-file-note_grounds-foreman.txt")
    assert "R.H." in cases
    # "had used his own pass to photograph the shelter area ... and had sold the photographs".
    assert {"insider-access", "paid-tasks"} <= cases["R.H."]


def test_a_report_to_the_unit_security_officer_and_a_present_with_its_price() -> None:
    # "Sgt Karaitiana told his unit security officer the next morning ... He gave Jim nothing";
    # "posted him a $2,000 antenna analyser": a present, no pay.
    cases = _of("05_darwin_podcast-show-notes_property-manager.txt")
    (sergeant,) = [name for name in cases if name.endswith("Karaitiana")]
    assert {"security-office", "report-early"} <= cases[sergeant]
    assert "paid-tasks" not in cases[sergeant]


def test_a_late_report_after_rules_on_a_subject() -> None:
    # "He did not report any of this on his return. In December ... he went to the Research
    # Security Officer on his own initiative"; "Disciplinary proceedings are under way".
    assert "Matthäus Niederkofler" in _of(
        "02_bozen-bolzano_senate-paper_technology-transfer-officer.txt"
    )


def test_what_should_have_been_done_is_no_report() -> None:
    # Corpus 53: "Had she told her bureau's security manager at the first request" is said of
    # the case, not of her neighbour named before it.
    folder = Path(__file__).parent / "corpus53"
    for path in folder.glob("*.txt"):
        names = {c.name for c in extract([Document.read(path, path.name)]).cases}
        assert "Chieko Wakabayashi" not in names


@pytest.mark.parametrize(
    ("file", "name"),
    [
        # "a ground-penetrating radar developed under a research contract with the Army's
        # mountain troops": whom the project is done with.
        ("02_bozen-bolzano_senate-paper_technology-transfer-officer.txt", "Verena Oberhollenzer"),
        # "140 tenancies, with names, phone numbers and employers, many of them ADF members and
        # US Marines on rotation": the tenants' employers.
        ("05_darwin_podcast-show-notes_property-manager.txt", "Phạm Thùy Linh"),
    ],
)
def test_a_partner_or_the_people_described_is_not_the_workplace(file: str, name: str) -> None:
    path = Path(__file__).parent / "corpus74" / file
    (case,) = [c for c in extract([Document.read(path, file)]).cases if c.name == name]
    assert "armed forces" not in {f.value for f in case.facts_of("sector")}
