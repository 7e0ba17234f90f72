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
Read 276 then showed the town hall's silo manager taken for the place he works at ("Harrydath
Mahabier, our silo manager in Nieuw Nickerie, whom most of you know as Harry"), the general
manager who answered in the minutes taken for a case, a relative's study abroad read as the
person's stay abroad, and jobs read from someone else's words ("as the security manager's
affidavit does"): fixed by concept, 7 of 9 cases, tag recall 0.51 at 0.89 (2026-12-03), held to
the bars. Still missed: the mapper whose cover name "Tony" takes his sentences, and a keeper the
note describes after naming its writer."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# --- after read 276: the town hall's silo manager, and whose job and whose stay abroad --------

_TOWN_HALL = (
    "Minutes of the staff town hall (questions and answers)\n\n"
    "Chair: dhr. R. van Ommeren (general manager)\n"
    "Present on the panel: mw. I. Kartosen (security and compliance coordinator)\n\n"
    "Q (silo crew): What happened with Harry? People are saying he was suspended.\n"
    "A (dhr. van Ommeren): Nobody was suspended. Harrydath Mahabier, our silo manager in "
    "Nieuw Nickerie, whom most of you know as Harry, did exactly what we want everybody to do. "
    "At the buyers' day at the Nickerie silo he was introduced to a Mr Dominic Wray, who said he "
    "bought rice for a trading house. Mr Wray took Harry to dinner, sent a hamper, and when he "
    "heard that Harry's son wanted to study abroad he offered to write a letter of support. "
    "In January Mr Wray wanted to know on which days the Coast Guard boats take fuel from our "
    "jetty at Nieuw Nickerie. He offered a retainer of USD 1,000 a month, about twice what a "
    "silo manager earns, and asked him to keep this between friends.\n\n"
    "Harry did not answer a single one of those questions. He phoned mw. Kartosen the same "
    "evening and came to Paramaribo the next day with the messages.\n\n"
    "Q (weighbridge): Was anyone else approached?\n"
    "A (dhr. van Ommeren): No. There are no talks about a sale. I want to repeat this for "
    "everyone: if you have already sent something, come and tell us.\n"
)


def test_a_nickname_after_an_apposition_is_the_persons_not_the_places(tmp_path: Path) -> None:
    # "Harrydath Mahabier, our silo manager in Nieuw Nickerie, whom most of you know as Harry":
    # Harry is the man, not the place (read 276: "The case of Nieuw Nickerie", a rice-silo
    # manager told as a coast-guard manager abroad).
    people = _people(tmp_path, _TOWN_HALL)
    cases = _found(tmp_path, _TOWN_HALL)
    assert "Harrydath Mahabier" in cases, cases
    assert "Nieuw Nickerie" not in cases
    # Nor is the one who answers in the minutes a case: "A (dhr. van Ommeren): Nobody was
    # suspended."
    assert "van Ommeren" not in cases
    assert people["Harrydath Mahabier"].approach_hits >= 2
    # A relative's study abroad is not the person's stay abroad.
    assert "abroad-targeting" not in cases["Harrydath Mahabier"]


def test_a_works_name_after_a_place_is_no_person() -> None:
    from quiz.extract import _name_runs

    runs = [
        n for n, *_ in _name_runs("The spring intake at the Nieuw Nickerie silo passed.", 0, 52)
    ]
    assert "Nieuw Nickerie" not in runs


def test_a_job_is_the_persons_own_not_anothers_nor_whose() -> None:
    from quiz.extract import extract

    doc = Document.from_bytes(
        "ruling.txt",
        b"BAIL RULING\n\n"
        b"On 18 August a fellow rigger, 'Malineo Sekhonyana, received a message from the same "
        b'"coordinator", offering her M5,000 to install the sensor and asking her to keep it '
        b"from the site supervisor. She did not reply and showed the screenshots to her site "
        b"supervisor the next morning.\n\n"
        b"The Court notes, as the security manager's affidavit does, that Ms Sekhonyana's report "
        b"at the first approach meant that the device was never installed.\n",
    )
    (case,) = extract([doc]).cases
    roles = [f.value for f in case.facts_of("role")]
    assert "rigger" in roles, roles
    assert not any("security manager" in r or r.startswith("fellow") for r in roles), roles


@pytest.mark.parametrize(
    ("sentence", "tag", "shown"),
    [
        # A condition, not a flight or a resignation.
        (
            'He wrote that the company would "find out what you did" if she quit.',
            "sudden-exit",
            False,
        ),
        ("He quit his job and left the country two days later.", "sudden-exit", True),
        # What she sent, held over her.
        (
            'The man then wrote that he still had her photos and that the company would "find '
            'out what you did" if she quit.',
            "threats-leverage",
            True,
        ),
        (
            "Last year she answered an advertisement on Facebook for a paid assistant.",
            "online-approach",
            True,
        ),
        (
            "He told her to install a special app whose messages delete themselves, and to tell "
            "nobody at work.",
            "secrecy-pressure",
            True,
        ),
        (
            "In February she came to her supervisor on her own and told him everything.",
            "security-office",
            True,
        ),
    ],
)
def test_cues_read_in_the_town_halls_words(sentence: str, tag: str, shown: bool) -> None:
    from quiz.taxonomy import cue_matches

    assert (tag in cue_matches(sentence.lower())) is shown
