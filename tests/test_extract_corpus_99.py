"""What corpus 99 (five documents, read once: 7 of 10 cases found on arrival, tag recall 0.43
at precision 0.98; a judge's summing-up in Bridgetown, an inspector general's memorandum in
Monrovia, a research-integrity panel's finding in Oran, a pension fund's trustee minutes in
Mbabane and a car-rental firm's loss-prevention report in Manama; read 300: 59.4% of its
questions usable as they stood, no wrong key, most faults a case named after a cricket ground
or a job title) showed that extraction did not read, fixed by concept: a caption's party in
capitals after its label ("Accused: KEMAR JAMAL CUMBERBATCH"), whom "the accused" then means;
a ground, a beach and a fort are places ("Kensington Oval", "Bahrain Fort") and "HR Business
Partner" a job; "told him she could not do that" is the answer no, not a recruiter's order; a
job with an abbreviation or once held after the name ("IT Equipment Disposal Officer", "former
Rental Agent"); the person's own spending that colleagues saw, and files e-mailed out to a
personal address, are no presents and no demand for secrecy; advice that "staff who come
forward ... will be supported" is nobody's coming forward; and a reminder of what the contact
holds over someone who wants to stop is a threat."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import _read_people, extract
from quiz.models import Case
from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document


def _doc(file: str) -> Document:
    return corpus_document("corpus99", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus99", file)


def _case(file: str, name: str) -> Case:
    (case,) = [c for c in extract([_doc(file)]).cases if c.name == name]
    return case


_SUMMING_UP = "01_bridgetown_jury-summing-up_air-cargo-handler.txt"
_MEMORANDUM = "02_monrovia_inspector-general-memorandum_it-equipment-disposal-officer.txt"
_PANEL = "03_oran_research-integrity-panel-finding_wave-basin-technician.txt"
_REPORT = "05_manama_loss-prevention-case-report_car-rental-agent.txt"


def test_a_summing_up_whose_accused_is_named_in_capitals() -> None:
    people = _read_people(_doc(_SUMMING_UP)).people
    assert people["Kemar Jamal Cumberbatch"].defendant
    assert "Kensington Oval" not in people
    cases = _cases_of(_SUMMING_UP)
    assert set(cases) == {"Kemar Jamal Cumberbatch", "Shanice Thorne"}, cases
    kemar = cases["Kemar Jamal Cumberbatch"]
    # '"Remember what I have on my phone. Your photos, your name. You owe me."'; "within a
    # fortnight, paid the moneylender off".
    assert {"threats-leverage", "excessive-help-flattery"} <= kemar
    # "The slide ... says that staff who come forward after having given something will be
    # supported": advice, and he was found, not coming forward.
    assert "self-surrender" not in kemar
    assert "report-early" in cases["Shanice Thorne"]


def test_a_memorandum_on_a_disposal_officer() -> None:
    cases = _cases_of(_MEMORANDUM)
    zayzay = cases["Prince B. Zayzay"]
    # "when he tried to stop in February, Mr. Latour reminded him that his signature was on
    # every certificate"; "He also gave him a small drive-copying dock and asked him to copy
    # any such drive"; '"Do not worry about it, and do not talk about it."'
    assert {"threats-leverage", "covert-tradecraft", "secrecy-pressure"} <= zayzay
    roles = [f.value for f in _case(_MEMORANDUM, "Prince B. Zayzay").facts_of("role")]
    assert roles[0] == "IT equipment disposal officer", roles
    # "if his refusal had been reported in January, the Unit Head would have checked the
    # destruction records then".
    assert "report-early" in cases["Tamba Tengbeh"]


def test_a_loss_prevention_report() -> None:
    people = _read_people(_doc(_REPORT)).people
    # "Ms. Dela Cruz told him she could not do that": her answer, not a recruiter's order.
    assert not people["Ma. Cristina R. Dela Cruz"].contact
    assert "Business Partner" not in people and "Bahrain Fort" not in people
    cases = _cases_of(_REPORT)
    assert set(cases) == {"Ma. Cristina R. Dela Cruz", "Kottarathil Parameswaran Suresh"}
    # "the next morning she forwarded the WhatsApp messages to me": her report, by message.
    assert "online-approach" not in cases["Ma. Cristina R. Dela Cruz"]
    suresh = _case(_REPORT, "Kottarathil Parameswaran Suresh")
    # "Colleagues report that ... Mr. Suresh sent money home more often and bought a new phone
    # and a gold chain": his own spending.
    assert "unexplained-money" in suresh.tag_ids
    assert not {"excessive-help-flattery"} & suresh.tag_ids
    # "had emailed the exported files to a personal Gmail address": files taken out, not a
    # contact's demand for secrecy.
    secrecy = suresh.tag("secrecy-pressure")
    assert secrecy is None or all("personal Gmail" not in e.quote for e in secrecy.evidence)
    assert [f.value for f in suresh.facts_of("role")] == ["rental agent"]
    roles = [f.value for f in _case(_REPORT, "Ma. Cristina R. Dela Cruz").facts_of("role")]
    assert "for five years" not in " ".join(roles), roles


def test_a_panel_finding_and_what_a_report_would_have_spared() -> None:
    assert set(_cases_of(_PANEL)) == {"MEKKI Djamel Eddine", "Fatima-Zohra Belkacem"}
    assert "report-early" in find_cues(
        "Had her message been reported in July, we would have warned the whole stand team."
    )
