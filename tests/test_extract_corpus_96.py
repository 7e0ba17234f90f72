"""What corpus 96 (five documents, read once: 3 of 10 cases found on arrival, tag recall 0.14 at
precision 1.00; a tender committee's report in Kaduna, a helpline's call notes in Poti, a pigeon
club's letter in Caracal, a pre-employment screening report in Abidjan and a technician's
written explanation in Erdenet; read 292: 41.5% of its questions usable as they stood, no wrong
key, most told of the wrong person) showed that extraction did not read, fixed by concept: what
follows a nickname's clause ("Engr. Yakubu, known ... as "Danjuma", and invited him to lunch")
is the sentence's subject's act; a man who "told him that" of his own debts is still the case
once "He is suspended"; a helpline's "Caller:" is its party and its "counsellor:" the staff who
took the call; Georgia's "batono" and Romania's "nea" and "dl."; a caller described who was
"offered" a weekend "out of the blue"; a nickname apposed under a heading on the line above; a
man who "spoke up"; "N'GUESSAN Affoué Pélagie épouse KOFFI" and "KONAN Kouassi Serge-Alain" in
capitals; whom a recruiter "paid" by name; and "I, D. Bat-Erdene," and "Signed: D. Bat-Erdene"
name the writer, whose "I" was read as his daughter Anujin's. Read 293 (after those fixes: 67.9%
usable, no wrong key, one debatable) found another caller's entry in the helpline's log
("Caller: man, 46, Zugdidi") quoted as Ketevan Jgharkava's story."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import _read_people, extract

from .conftest import corpus_cases, corpus_document


def _doc(file: str) -> Document:
    return corpus_document("corpus96", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus96", file)


_TENDER = "01_kaduna_tender-evaluation-report_cnc-quality-inspector.txt"
_HELPLINE = "02_poti_helpline-call-log_vessel-traffic-operator.txt"
_CLUB = "03_caracal_pigeon-club-letter_boiler-house-operator.txt"
_SCREENING = "04_abidjan_pre-employment-screening-report_data-centre-systems-administrator.txt"
_EXPLANATION = "05_erdenet_written-explanation_core-shed-technician.txt"


def test_a_tender_committees_report() -> None:
    # "Mr Ajayi telephoned Engr. Yakubu, known in the Machine Shop simply as "Danjuma", and
    # invited him to lunch": Ajayi's invitation, not Yakubu's; Mr Eze, who "told him that
    # loan-app agents were phoning his relatives" (one act that reads as a recruiter's), "is
    # suspended": caught, so the case.
    people = _read_people(_doc(_TENDER)).people
    assert not people["Ibrahim Danjuma Yakubu"].contact
    assert not people["Tochukwu Emmanuel Eze"].contact
    cases = _cases_of(_TENDER)
    assert set(cases) == {"Ibrahim Danjuma Yakubu", "Tochukwu Emmanuel Eze"}, cases


def test_a_helplines_call_notes() -> None:
    # "counsellor: Levan Tsiklauri": who took the call; "Caller: Ketevan Jgharkava ("Keti")";
    # "a caller, a third-year cadet from the maritime academy in Batumi, told Levan that
    # "Irina" ... was offering him a weekend in Istanbul".
    people = _read_people(_doc(_HELPLINE)).people
    assert people["Levan Tsiklauri"].bench
    cases = _cases_of(_HELPLINE)
    assert set(cases) == {"Ketevan Jgharkava", "a third-year cadet"}, cases
    # "batono Zurab Shonia": a Georgian "Mr".
    assert "Batono Zurab" not in people


def test_a_pigeon_clubs_letter() -> None:
    # "5. What happened to nea Gică and to Ionuț" above "Gheorghe-Marian Dumitrescu, our
    # vice-president, nea Gică to all of us": "Gică" is Dumitrescu, and "dl." ends no sentence.
    cases = _cases_of(_CLUB)
    assert set(cases) == {"Gheorghe-Marian Dumitrescu", "Ionuț-Alexandru Stancu"}, cases
    doc = _doc(_CLUB)
    said = [doc.sentence_text(s) for s in doc.sentences]
    assert not any(t.endswith(" dl.") for t in said), said


def test_names_in_capitals_from_cote_divoire() -> None:
    cases = _cases_of(_SCREENING)
    assert set(cases) == {
        "KONAN Kouassi Serge-Alain",
        "N'GUESSAN Affoué Pélagie épouse KOFFI",
    }, cases


def test_a_written_explanation() -> None:
    # "I, D. Bat-Erdene, have worked in the core shed ...", "Signed: D. Bat-Erdene": his "I";
    # "our daughter Anujin (Anuka)", for whom the laptop was brought, is no case.
    cases = _cases_of(_EXPLANATION)
    assert set(cases) == {"Dashdorjiin Bat-Erdene", "a sample-transport driver"}, cases
    assert {"paid-tasks", "insider-access", "self-surrender"} <= cases["Dashdorjiin Bat-Erdene"]


def test_a_logs_next_caller_is_someone_else() -> None:
    # "#2024-0313-03 | ... / Caller: man, 46, Zugdidi. Lost 900 GEL to a "girlfriend" met on
    # Telegram ...": another caller's ordinary fraud, never Ketevan Jgharkava's story (read 293).
    (case,) = [c for c in extract([_doc(_HELPLINE)]).cases if c.name == "Ketevan Jgharkava"]
    quotes = [e.quote for hit in case.tags for e in hit.evidence]
    assert not any("900 GEL" in q or "Zugdidi" in q for q in quotes), quotes
