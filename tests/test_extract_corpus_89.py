"""What corpus 89 (five documents, read once: 6 of 9 cases found on arrival, tag recall 0.41 at
precision 0.80; a magistrate's sentencing remarks, a training-course debrief, a hospital's
dismissal letter, a podcast transcript and a university's research-security memo; read 277:
53% of its questions usable as they stood, one wrong key) showed that extraction did not read,
fixed by concept: a letter written to the person it tells of ("Dear Lic. Quiroga de Antelo,
... You have not reported for duty"), whose "you" is its addressee; a nickname after a longer
"known to everyone in the programme as"; a date's month before a name ("On 17 February Timur
Bakhytuly"); the rest of a body's name after "Department of" or "Centre for"; a person the
court names only by job and whose name it withholds ("the shop assistant employed by the
accused, a young woman whose name I have ordered withheld"); a list of what is ordinary after
the line that introduces it; a payment told as months of someone's salary."""

from __future__ import annotations

from pathlib import Path

from quiz.documents import Document
from quiz.extract import _harmless_sentences, _read_people

from .test_extract_corpus_76 import _found


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    return _read_people(Document.read(path, path.name)).people


_LETTER = (
    "REGIONAL MILITARY HOSPITAL\nHuman Resources Unit\n\n"
    "Lic. Gabriela Quiroga de Antelo\nHealth Information Technician\n\n"
    "Subject: Termination of employment\n\n"
    "Dear Lic. Quiroga de Antelo,\n\n"
    "1. You have not reported for duty since Monday 3 March. On 2 March you left the country "
    "by road into Brazil.\n\n"
    "2. The review found that between September and February your user account opened some "
    "2,300 patient records and exported 41 reports to removable media.\n\n"
    "3. Messages on your work phone show that a man you met on a dating app introduced you to "
    'a "health data consultant" who paid you USD 400 a month for "anonymised statistics". '
    "When you refused to send more, he threatened to send intimate photographs to your "
    "husband. You did not report any of this to the Information Security Officer.\n\n"
    "Yours faithfully,\nXimena Paz Soliz\nHead of Human Resources\n"
)


def test_a_letter_to_the_person_tells_what_you_did(tmp_path: Path) -> None:
    cases = _found(tmp_path, _LETTER)
    assert "Gabriela Quiroga de Antelo" in cases, cases
    assert {"paid-tasks", "bulk-collection"} <= cases["Gabriela Quiroga de Antelo"]
    # The job under the name on the address block is no one.
    assert "Health Information Technician" not in cases


def test_a_nickname_known_to_everyone_in_the_programme(tmp_path: Path) -> None:
    text = (
        'Jonathan Haununu, known to everyone in the programme as "Jonnie H", was on a purse '
        "seiner in March. A man who called himself Steven asked for copies of Jonnie's workbook "
        "pages and offered USD 2,000. That night Jonnie sent a message to the duty debriefer, "
        "Ms Grace Lauasi, saying what had happened and that he had said no.\n"
    )
    path = tmp_path / "debrief.txt"
    path.write_text(text, encoding="utf-8")
    reading = _read_people(Document.read(path, path.name))
    night = text.index("Jonnie sent")
    assert any(m.start == night and m.name == "Jonathan Haununu" for m in reading.mentions)


def test_a_dates_month_before_a_name_is_not_the_name(tmp_path: Path) -> None:
    from quiz.extract import _name_runs

    text = "3.2 On 17 February Timur Bakhytuly, co-author of the article, came to the Office."
    names = [n for n, *_ in _name_runs(text, 0, len(text))]
    assert "Timur Bakhytuly" in names, names


def test_a_bodys_name_after_department_of_is_no_person() -> None:
    from quiz.extract import _name_runs

    text = (
        "Two staff of the Department of Radio Engineering were approached by a Dr Laura "
        "Whitcombe, Senior Fellow, Centre for Eurasian Innovation Studies."
    )
    names = [n for n, *_ in _name_runs(text, 0, len(text))]
    assert "Radio Engineering" not in names and "Eurasian Innovation Studies" not in names
    assert any("Whitcombe" in n for n in names), names


def test_a_person_whose_name_the_court_withholds(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "[7] The matter came to light because of the shop assistant employed by the accused, a "
        "young woman whose name I have ordered withheld. On 14 October the accused offered her "
        "P200 for each phone she copied. She declined and telephoned the reporting line.\n",
    )
    assert any(name.startswith("the shop assistant") for name in people), list(people)


def test_the_list_of_what_is_ordinary_is_the_contrast() -> None:
    doc = Document.from_bytes(
        "memo.txt",
        b"5. Legitimate activity\n\n"
        b"So that staff are not discouraged, the notice also described what is ordinary:\n"
        b"- The invitation Zhanar received to speak at an IEEE conference came from a named "
        b"committee, with travel paid by her own grant.\n"
        b"- Requests from the Ministry come in writing.\n\n"
        b"6. Recommendations\n\n"
        b"Repeat the notice. A stranger who offers a paid trip abroad is a warning sign.\n",
    )
    harmless = _harmless_sentences(doc)
    told = {doc.sentence_text(s)[:14] for s in doc.sentences if s.start in harmless}
    assert "- The invitati" in told, told
    assert not any(t.startswith("A stranger") for t in told)


def test_a_payment_told_as_months_of_someones_salary() -> None:
    from quiz.taxonomy import cue_matches

    said = "three thousand dollars is roughly four months of an associate professor's salary."
    assert "disproportionate-reward" in cue_matches(said)


def test_counsel_for_a_party_is_never_the_case(tmp_path: Path) -> None:
    # With the Court of Final Appeal no longer read as a person, "Appeal dismissed" fell to
    # counsel named before it (corpus 70): counsel for a party is counsel, whatever follows.
    people = _people(
        tmp_path,
        "The appeal. Counsel for the appellant, Dr Filomena Sales Coutinho, argued that her "
        "client never knew where the material went.\n\nDecision. Appeal dismissed; conviction "
        "and sentence confirmed. A further appeal to the Court of Final Appeal lies only on "
        "points of law. Dr Sales Coutinho told the Digest that her client was considering his "
        "options.\n",
    )
    assert people["Filomena Sales Coutinho"].bench
