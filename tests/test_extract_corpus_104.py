"""What corpus 104 (five documents, read once: 3 of 7 cases found on arrival, tag recall 0.30
at precision 0.82; a notary's certificate of facts from Querétaro, a staff association's
submission to an inquiry from Hobart, a forensic psychiatric report from Aqaba, a briefing note
to a minister from Castries and a prize essay from Hong Kong; read 311 on the questions)
showed that extraction did not read, fixed by concept: a whole name in capitals after a title
("Mr. LUIS FERNANDO DE LA VEGA ARTEAGA") and the record made at their request is about them
("the appearing party"); a company in capitals with its legal form ("AEROARNESES DEL BAJÍO,
SOCIEDAD ANÓNIMA DE CAPITAL VARIABLE") is no one; a submission's cases by letter ("Case A is a
41-year-old ice-core driller"), whatever the job; "a Mr. Leon Varga" is a stranger known by
the name he gave; a prize essay's byline names its "I", and "our foreman" is told of; and
cues: a telephone number someone had for the contact is no hotline, "called in sick" is no
report, leaving on a flight the same afternoon is a flight, a threat to send photographs to a
mother, and no secrecy where "None of those people asked me to keep a secret"."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import extract
from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document


def _doc(file: str) -> Document:
    return corpus_document("corpus104", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus104", file)


_NOTARY = "01_queretaro_notarial-certificate-of-facts_aircraft-harness-assembler.txt"
_SUBMISSION = "02_hobart_inquiry-submission_ice-core-driller.txt"
_BRIEFING = (
    "04_castries_ministerial-briefing-note_citizenship-unit-records-officer-and-processing-"
    "officer.txt"
)
_ESSAY = "05_hong-kong_essay-competition-entry_window-cleaner.txt"


def test_a_notarys_record_is_about_the_party_who_asked_for_it() -> None:
    cases = _cases_of(_NOTARY)
    assert list(cases) == ["Luis Fernando de la Vega Arteaga"], cases
    assert {"online-approach", "request-beyond-public", "security-office"} <= cases[
        "Luis Fernando de la Vega Arteaga"
    ]


def test_a_submissions_cases_by_letter() -> None:
    cases = _cases_of(_SUBMISSION)
    assert set(cases) == {
        "a 41-year-old ice-core driller",
        "a 34-year-old field training officer",
    }, cases
    assert "invitation-travel" in cases["a 41-year-old ice-core driller"]


def test_a_stranger_known_by_the_name_he_gave_is_no_case() -> None:
    cases = _cases_of(_BRIEFING)
    assert set(cases) == {"Kerlyn St. Rose", "Jude Charlemagne"}, cases
    kerlyn = cases["Kerlyn St. Rose"]
    assert {"threats-leverage", "sudden-exit", "placement"} <= kerlyn
    assert "hotline" not in kerlyn and "report-early" not in kerlyn


def test_a_prize_essay_is_its_writers() -> None:
    (lo,) = extract([_doc(_ESSAY)]).cases
    assert lo.name == "Lo Kwok-keung"
    assert "threats-leverage" in lo.tag_ids
    quotes = {e.quote for hit in lo.tags for e in hit.evidence}
    assert "None of those people asked me to keep a secret." not in quotes


def test_cues_of_corpus_104() -> None:
    assert "hotline" not in find_cues(
        "The telephone number she had for Mr. Kessler is disconnected."
    )
    cues = find_cues(
        "She called in sick that morning and, we have since learned, left on a flight to Miami "
        "the same afternoon."
    )
    assert "report-early" not in cues and "sudden-exit" in cues
    assert "secrecy-pressure" not in find_cues("None of those people asked me to keep a secret.")


def test_a_section_of_ordinary_matters_shows_no_sign() -> None:
    # "6. MATTERS THAT ARE NOT OF CONCERN", then its items: ordinary contacts, never a sign's
    # evidence (read 311 found one quoted in support of reporting); "3. What is normal, and
    # what is not" (corpus 102) is no such heading.
    from quiz.extract import _harmless_sentences

    doc = _doc(_BRIEFING)
    harmless = _harmless_sentences(doc)
    told = [doc.sentence_text(s) for s in doc.sentences if s.start in harmless]
    assert any("Requests from partner agencies" in t for t in told), told
    assert not any("Kessler" in t for t in told)
    union = corpus_document("corpus102", "04_pointe-noire_union-open-letter_mud-logger.txt")
    assert not any(
        "photograph" in union.sentence_text(s)
        for s in union.sentences
        if s.start in _harmless_sentences(union)
    )


def test_jobs_said_as_the_records_say_them() -> None:
    # "he has worked as an aircraft electrical harness assembler at the plant of ...", "has
    # worked for nine years as a control-room operator at ...", "known in the office as "Kiki",
    # aged 31, has been a Records Officer in the Unit" (read 311: "a member of staff").
    roles = {
        c.name: [f.value for f in c.facts if f.kind == "role"]
        for file in (
            _NOTARY,
            _BRIEFING,
            "03_aqaba_forensic-psychiatric-report_lng-terminal-control-room-operator.txt",
        )
        for c in extract([_doc(file)]).cases
    }
    assert "aircraft electrical harness assembler" in roles["Luis Fernando de la Vega Arteaga"]
    assert "control-room operator" in roles["Omar Khalil Ibrahim Al-Rawashdeh"]
    assert "Records Officer" in roles["Kerlyn St. Rose"]


def test_read_313_titles_and_cues() -> None:
    # "Thirty-Eight Floors / by Lo Kwok-keung" is the essay's title, not "Translated from the
    # Chinese by Natalie Wu" (read 313: cited as the title).
    assert _doc(_ESSAY).headline == "Thirty-Eight Floors"
    # A loan on a friend's terms is help beyond the ordinary; a social worker's help after the
    # fact is no cultivation; a rule said again of more cases is the rule, not the case.
    assert "excessive-help-flattery" in find_cues(
        '"Pay me back when you can. No interest. Friends don\'t charge interest."'
    )
    assert "cultivation" not in find_cues(
        "A social worker from the union is helping me with it, and my wife knows everything now."
    )
    assert not find_cues(
        'The same applies to offers of payment for "consultancy" about the programme, gifts '
        "beyond ordinary courtesy, and any request to keep such contact from the Unit."
    )
