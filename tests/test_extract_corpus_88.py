"""What corpus 88 (five documents, read once: 3 of 9 cases found on arrival, tag recall 0.12 at
precision 0.93; a company's town-hall minutes, a court's bail ruling, a seismic station's
handover note, an NGO's staff-safety advisory and a National Guard record of a statement)
showed that extraction did not read, fixed by concept: a court caption's party with two given
names after the surname in capitals ("MOKHESI Tumelo Paul      Applicant"), whom "the
applicant" then means; a record's surname and given-names fields ("Surname: BEN SALEM" /
"Given names: Mohamed Amine"), and the statement it records told in the first person by that
person though the officer's questions follow; a handover note's writer ("Handed over by: Jigme
Norbu"), whose "I" is a fifth of the note; Bhutan's "Ap" and "Aum" before a name; a club's name;
a keeper's job, and "became friendly with" as the start of an approach.
Not yet held to the bars (6 of 9 cases, tag recall 0.40 at 0.87 on 2026-12-03): the town hall's
silo manager and the mapper whose cover name "Tony" takes his sentences are not found, nor a
keeper the note describes after naming its writer."""

from __future__ import annotations

from pathlib import Path

from quiz.documents import Document
from quiz.extract import _read_people

from .test_extract_corpus_76 import _found


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    return _read_people(Document.read(path, path.name)).people


def test_a_court_captions_party_is_whom_the_applicant_means(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "IN THE HIGH COURT\n\n"
        "In the matter between:\n\n"
        "MOKHESI Tumelo Paul                                   Applicant\n\n"
        "and\n\n"
        "DIRECTOR OF PUBLIC PROSECUTIONS                       Respondent\n\n"
        "1. The application\n\n"
        "The applicant, a 31-year-old telecommunications tower rigger, applies for bail. He "
        "has been in custody since his arrest at the border post on 22 August.\n\n"
        "In March the applicant responded to an advertisement on Facebook and was paid for "
        "photographs of the equipment shelters inside the barracks.\n",
    )
    assert "MOKHESI Tumelo Paul" in cases, cases
    assert "a 31-year-old telecommunications tower rigger" not in cases


def test_a_records_name_fields_and_its_statement_in_the_first_person() -> None:
    from quiz.extract import _owners

    text = (
        "RECORD OF STATEMENT\n\n"
        "Person heard:\n"
        "Surname: BEN SALEM\n"
        'Given names: Mohamed Amine, known as "Hamadi"\n'
        "Occupation: chess coach, Bizerte Chess Club\n\n"
        "STATEMENT\n\n"
        "I came here of my own will this morning. Nobody summoned me. At a tournament abroad I "
        "met a woman who said her name was Selma. Later a man offered me money for the list "
        "of the club's members. I sent him the list and he paid me.\n\n"
        "Q: Why did you not come earlier?\n"
        "A: Because I was ashamed.\n"
    )
    doc = Document.from_bytes("statement.txt", text.encode())
    reading = _read_people(doc)
    assert "Mohamed Amine Ben Salem" in reading.people, list(reading.people)
    assert not any("Club" in name for name in reading.people)
    owners = _owners(reading, set(reading.people))
    of = {doc.sentence_text(s): owners[n] for n, s in enumerate(doc.sentences)}
    # The statement before the officer's questions is the person heard's, in the first person.
    assert of["I sent him the list and he paid me."] == {"Mohamed Amine Ben Salem"}


def test_a_handover_notes_writer_and_bhutans_titles(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "HANDING-TAKING OVER NOTE\n\n"
        "Handed over by: Jigme Norbu, Station Keeper\n"
        "Taken over by: Dechen Yangzom, Station Keeper\n"
        "Date: 3rd of the month, in presence of Ap Tshering (caretaker)\n\n"
        "Dechen,\n\n"
        "Clean the panels every Saturday. The generator is for emergencies only. In April a man "
        "introduced himself as Dr Ethan Koh and offered me a paid workshop abroad. I told the "
        "Chief the same day.\n\n"
        "Aum Pem at the shop keeps kerosene for us.\n",
    )
    assert people["Jigme Norbu"].signed
    assert not any(name.startswith(("Ap ", "Aum ")) for name in people), list(people)


def test_a_notes_greeting_by_name_is_not_its_title() -> None:
    # "The case of Ap Tshering (Dechen,)": a handover note's greeting cited as its title (read
    # 276).
    doc = Document.from_bytes(
        "note.txt",
        b"HANDING-TAKING OVER NOTE\nBroadband seismic station BTJK\n\nHanded over by: Jigme "
        b"Norbu\nTaken over by: Dechen Yangzom\n\nDechen,\n\nCongratulations on your posting. "
        b"I have written everything I wish someone had told me.\n",
    )
    assert doc.headline is None
    titled = Document.from_bytes(
        "report.txt", b"Seismic keeper jailed\n\nA keeper was jailed on Monday for selling data.\n"
    )
    assert titled.headline == "Seismic keeper jailed"
