"""What corpus 109 (five documents, read once: 4 of 8 cases found on arrival, tag recall 0.36
at precision 0.90; a court expert's accounting report from Papeete, a company board of inquiry's
report from Juba, a launch centre's leaflet for residents of Alcântara, an office memorandum from
Visakhapatnam and a veterans' association board's resolution from Suwałki; read 323 on the
questions) showed that extraction did not read, fixed by concept: a married name after a surname
in capitals ("Vaimiti TAUATIRI épouse TCHEN", then "Mme TCHEN", not her husband "M. Didier
TCHEN"); a traineeship terminated is an outcome; Brazil's "seu" and an apposed name with it
("Antônio José Ribeiro dos Santos, seu Tonho,"), information given to the recruiter is no
handler's gift, a place named after a saint ("São Luís") is no person, and "came to us" said by
the organisation he reported to; India's "Shri" and "Smt." and a two-letter initial ("Ch.
Srinivasa Rao"); a meeting's attendance line is no case; cues for a ranking or a file that is no
placement, a personal Gmail and a course kept from the Training Cell, e-mails forwarded to a head
of department, and a live project asked from the person's own workplace."""

from __future__ import annotations

from quiz.taxonomy import find_cues

from .conftest import corpus_cases

_EXPERT = "01_papeete_expert-accounting-report_radiochemistry-technician-and-sampling-diver.txt"
_INQUIRY = "02_juba_board-of-inquiry-report_vsat-network-engineer-and-noc-shift-technician.txt"
_LEAFLET = "03_alcantara_residents-information-leaflet_propellant-technician.txt"
_MEMO = (
    "04_visakhapatnam_office-memorandum_project-planning-engineer-and-official-language-officer.txt"
)
_BOARD = "05_suwalki_association-board-resolution_forest-harvester-operator.txt"


def test_a_married_name_is_hers_not_her_husbands() -> None:
    assert set(corpus_cases("corpus109", _EXPERT)) == {"Vaimiti Tauatiri épouse Tchen", "M. H. T."}


def test_a_trainee_whose_traineeship_was_terminated() -> None:
    assert set(corpus_cases("corpus109", _INQUIRY)) == {"Gabriel Majok Chol", "Lado Wani Taban"}


def test_seu_tonho_and_a_saints_city() -> None:
    cases = corpus_cases("corpus109", _LEAFLET)
    assert list(cases) == ["Antônio José Ribeiro dos Santos"], cases
    assert "report-early" in cases["Antônio José Ribeiro dos Santos"]


def test_shri_smt_and_a_two_letter_initial() -> None:
    cases = corpus_cases("corpus109", _MEMO)
    assert set(cases) == {"Ch. Srinivasa Rao", "K. Lakshmi Prasanna"}, cases
    rao = cases["Ch. Srinivasa Rao"]
    assert {"secrecy-pressure", "security-office", "request-beyond-public"} <= rao, rao
    assert "placement" not in rao


def test_a_meetings_attendance_line_is_no_case() -> None:
    assert list(corpus_cases("corpus109", _BOARD)) == ["Zdzisław Mroczek"]


def test_cues() -> None:
    ranked = 'He learned that he had been placed in the "top two percent" of the cohort.'
    assert "placement" not in find_cues(ranked)
    assert "placement" not in find_cues("A letter of appreciation has been placed in his file.")
    forwarded = "The same evening he forwarded the e-mails to his Head of Department."
    assert "security-office" in find_cues(forwarded)
    gmail = "She asked him to send it from his personal Gmail."
    assert "secrecy-pressure" in find_cues(gmail)


def test_polish_titles_in_lower_case_end_no_sentence() -> None:
    from .conftest import corpus_document

    doc = corpus_document("corpus109", _BOARD)
    said = [doc.sentence_text(s) for s in doc.sentences]
    assert not any(t.endswith((" kol.", " płk w st.", " kpt.")) for t in said), [
        t for t in said if t.endswith(".") and len(t) < 40
    ]
    mroczek = corpus_cases("corpus109", _BOARD)["Zdzisław Mroczek"]
    assert "disproportionate-reward" in mroczek  # "PLN 6,000 a set, more than kol. Mroczek earns"


def test_cues_of_money_and_threats() -> None:
    bought = (
        "During this period she bought gold jewellery and paid the down payment on a flat in cash."
    )
    assert "unexplained-money" in find_cues(bought)
    assert "excessive-help-flattery" not in find_cues(bought)
    assert "threats-leverage" not in find_cues(
        "The resolution will be sent to his last known address."
    )
    reminded = (
        "Lind reminded him of the photographs he had already sent and asked how a prosecutor "
        "would look at them."
    )
    assert "threats-leverage" in find_cues(reminded)
