"""What corpus 94 (five documents, read once: 4 of 10 cases found on arrival, tag recall 0.27 at
precision 0.83; a chat export, a prosecutor's communiqué, a navy's routine orders, a site
security notice and an e-mail to a sister; read 288: 14.7% of its questions usable as they
stood, no wrong key, most told at the wrong workplace or of the wrong person) showed that
extraction did not read, fixed by concept: a chat whose authors head their messages on lines of
their own; a single e-mail's "I" is its sender; "he gave me", "she asked me" are the contact's
acts; an indictment "against" a name and "34 years old"; a name written in capitals in the
sentence that gives the job; whom a police statement or a ministry's list names is no
workplace, nor what the person was asked to note down; an airport's "aviation fuel depot"; a
company's letterhead ending on "CO., LTD."; someone described who is "before the Magistrate's
Court"."""

from __future__ import annotations

import pytest

from quiz.documents import Document
from quiz.extract import _read_people, extract
from quiz.taxonomy import find_cues

from .conftest import case_frame, corpus_cases, corpus_document, corpus_material


def _doc(file: str) -> Document:
    return corpus_document("corpus94", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus94", file)


_CHAT = "01_sihanoukville_telegram-chat-export_distribution-lineman.txt"
_COMMUNIQUE = "02_nacala_indictment-communique_aeronautical-information-technician.txt"
_ORDERS = "03_nukualofa_routine-orders_patrol-boat-cook.txt"
_NOTICE = "04_ferizaj_site-security-notice_badge-office-clerk-and-subcontractor-electrician.txt"
_MAIL = "05_quetzaltenango_letter-to-sister_spectrum-monitoring-technician.txt"


def test_a_chat_whose_authors_head_their_messages() -> None:
    # "10.03.2025 22:06  Meas Sokhom (Khom)", the message below: his "I", and "(Khom)" is a
    # nickname, not a post that would make him the supervisor who heard the report.
    people = _read_people(_doc(_CHAT)).people
    assert not people["Meas Sokhom"].bench
    assert people["Heng Vuthy"].bench  # "Heng Vuthy (Supervisor C3)"
    assert "Meas Sokhom" in _cases_of(_CHAT)


def test_an_indictments_defendant_in_capitals() -> None:
    # "filed an indictment ... against HORÁCIO AMISSE ISSUFO, 34 years old, single, ...,
    # aeronautical information technician at the Aeronautical Information Service".
    cases = _cases_of(_COMMUNIQUE)
    assert set(cases) == {"Horácio Amisse Issufo", "Nélio Jacinto dos Santos Cossa"}, cases


def test_someone_described_before_a_court() -> None:
    # "a civilian storeman formerly employed at the Base victualling store is now before the
    # Magistrate's Court."
    assert "a civilian storeman" in _cases_of(_ORDERS)


def test_an_emails_i_is_its_sender() -> None:
    # "From: Ana Lucía Tzul Xiloj / To: Mayra Elizabeth Tzul Xiloj": the sister who received it
    # was the case, and the cover who "asked me for my first paper" was another.
    cases = _cases_of(_MAIL)
    assert set(cases) == {"Ana Lucía Tzul Xiloj"}, cases
    # Not the writer's own request to her sister ("I am asking you not to tell Mamá yet"), nor
    # her advice ("Keep a photo of your passport in your e-mail").
    (case,) = extract([_doc(_MAIL)]).cases
    quotes = [e.quote for hit in case.tags for e in hit.evidence]
    assert not any("Mamá yet" in q or "passport" in q for q in quotes), quotes


def test_who_announced_or_listed_is_no_workplace(tmp_path_factory: pytest.TempPathFactory) -> None:
    material = corpus_material("corpus94", tmp_path_factory)
    # "Kosovo Police announced the arrest of ... D.K.": not "an electrician at a police force";
    # "the list ... published by the Ministry": not Blerina's ministry.
    assert case_frame(material, "D.K.").workplace.place != "a police force"
    assert case_frame(material, "Blerina Hoxha-Krasniqi").workplace.place != "a government ministry"
    # "to note down each week the quantities of fuel delivered to military aircraft": what he
    # was asked, not where the shift supervisor of an "aviation fuel depot" works.
    cossa = case_frame(material, "Nélio Jacinto dos Santos Cossa")
    assert (cossa.role, cossa.workplace.place) == ("a shift supervisor", "an airport")
    horacio = case_frame(material, "Horácio Amisse Issufo")
    assert horacio.role == "an aeronautical information technician"
    # "KAMPONG SOM POWER DISTRIBUTION CO., LTD.": the lineman's company.
    assert case_frame(material, "Meas Sokhom").workplace.place == "an energy company"
    # "The employee Ana Lucía Tzul Xiloj came forward": no job said.
    assert case_frame(material, "Ana Lucía Tzul Xiloj").role == "a member of staff"


def test_cues_of_corpus_94() -> None:
    assert "secrecy-pressure" not in find_cues(
        "After hours, report to the Duty Officer. Do not delete messages and do not try to find "
        "out more yourself."
    )
    assert "threats-leverage" not in find_cues(
        "Edgar said that a threat loses most of its power once it is reported."
    )
