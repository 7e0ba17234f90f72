"""What corpus 100 (five documents, read once: 3 of 9 cases found on arrival, tag recall 0.19
at precision 0.76; a union's legal-aid decision in Port-Gentil, an insolvency trustee's report
in Beersheba, a press council's adjudication in Gweru, a scholarship board's decision in Luanda
and a church council's pastoral letter in Kolonia; read 302: 26.9% of its questions usable as
they stood, no wrong key, one debatable, most told of the wrong person) showed that extraction
did not read, fixed by concept: an insolvency's "Debtor:" and a board's "scholarship holder"
are the party "the debtor" and "the scholarship holder" then mean, and a section whose heading
names one party is that party's; a note's signatory, a supervisor said to be one ("Her academic
supervisor in Porto is Prof. ...") and a pastor the person went to for help are beside the
case; "he took M. MABIKA aside and offered him" is done to him; a nickname read in a heading
before the name is that person; and the threat to send what was sent "if he did not
cooperate" is leverage."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import _read_people
from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document


def _doc(file: str) -> Document:
    return corpus_document("corpus100", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus100", file)


_DECISION = "01_port-gentil_union-legal-aid-committee-decision_harbour-tug-engineer.txt"
_TRUSTEE = "02_beersheba_insolvency-trustee-report_prison-kitchen-supervisor.txt"
_BOARD = "04_luanda_scholarship-board-decision_hospital-physiotherapist.txt"
_LETTER = "05_kolonia_church-council-pastoral-letter_telecom-billing-clerk.txt"


def test_an_insolvency_report_on_its_debtor() -> None:
    # "Debtor: Konstantin Vaisman ("Kostya")", then "the debtor" throughout; the budget
    # counsellor the debtor met is no case.
    cases = _cases_of(_TRUSTEE)
    assert set(cases) == {"Konstantin Vaisman"}, cases
    vaisman = cases["Konstantin Vaisman"]
    # 'wrote that they would go to the Prison Service "and to the news" if he did not
    # cooperate'; "no internal material would have left the unit" is no one leaving.
    assert {"threats-leverage", "self-surrender", "security-office"} <= vaisman
    assert "sudden-exit" not in vaisman


def test_a_board_decision_in_a_section_for_each_scholarship_holder() -> None:
    # "I. REQUEST OF ANA PAULA DOS SANTOS KILUANJI" and "II. SITUATION OF JOSÉ MANUEL
    # TCHIPILICA": "the scholarship holder" and its pronouns are each section's own; the
    # consular officer who signed a note and her academic supervisor are beside the case.
    cases = _cases_of(_BOARD)
    assert set(cases) == {"Ana Paula dos Santos Kiluanji", "José Manuel Tchipilica"}, cases
    assert {"invitation-travel", "secrecy-pressure"} <= cases["Ana Paula dos Santos Kiluanji"]
    assert "invitation-travel" not in cases["José Manuel Tchipilica"]
    assert {"paid-tasks", "unexplained-money"} <= cases["José Manuel Tchipilica"]


def test_a_deckhand_taken_aside_and_a_diver_known_by_his_nickname() -> None:
    # "he took M. MABIKA aside and offered him 100,000 FCFA": the offer is made to him.
    people = _read_people(_doc(_DECISION)).people
    assert not people["Brice-Olivier Mabika"].contact
    # "Application No. 11, by M. Mathurin OGOULIGUENDE", then "the applicant"; the neighbour
    # who lent the money and "introduced the applicant to "a friend"" is the go-between, and
    # "SORACAL dismissed him ... M. MOUKETOU has not been seen since April" dismissed the
    # applicant, not the neighbour named after.
    assert set(_cases_of(_DECISION)) == {"Mathurin Ogouliguende", "Brice-Olivier Mabika"}
    # "3. Our brother Johnny" over "Yoshiro Damarlane, whom everyone knows as Johnny": one man;
    # "she came to her pastor, Rev. Kasiano Lekka, and told him everything": her helper.
    letter = _read_people(_doc(_LETTER)).people
    assert "Johnny" not in letter
    assert set(_cases_of(_LETTER)) == {"Marisa Pelep", "Yoshiro Damarlane"}
    assert "bulk-collection" in find_cues(
        "Between January and April he photographed, by his own admission, some sixty pages."
    )
    assert "threats-leverage" in find_cues(
        "He wrote that the photographs would go to your employer if you did not cooperate."
    )
