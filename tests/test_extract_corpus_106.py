"""What corpus 106 (five documents, read once: 5 of 7 cases found on arrival, tag recall 0.51
at precision 0.93; an appeal court's judgment from Oranjestad, a ministerial statement from
Hamilton, a grant's due-diligence note from São Tomé, a seafarers' course handout from Betio and
a ministry's intranet news item from Bujumbura; read 316 on the questions) showed that
extraction did not read, fixed by concept: a judgment's party by initials only ("R.A.C., / born
in ... / hereinafter: the defendant."); a name the report says is not the person's own; a
security directorate's director; the contact's job in her story; whom a case reported to; the
questions a handout puts to its class; what a heading-less finding about the contact is about."""

from __future__ import annotations

from quiz.documents import section_headings
from quiz.extract import extract
from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document

_JUDGMENT = "01_oranjestad_acquittal-on-appeal_desalination-plant-operator.txt"
_STATEMENT = "02_hamilton_ministerial-statement_beneficial-ownership-analyst-and-scanning-clerk.txt"
_NOTE = "03_sao-tome_grant-due-diligence-note_sea-turtle-monitoring-coordinator.txt"
_HANDOUT = "04_betio_course-case-handout_able-seaman.txt"
_NEWS = "05_bujumbura_intranet-news-item_ministry-speechwriter.txt"


def _case(file: str, name: str):  # type: ignore[no-untyped-def]
    (case,) = [c for c in extract([corpus_document("corpus106", file)]).cases if c.name == name]
    return case


def test_a_party_known_by_initials_and_the_part_they_play() -> None:
    cases = corpus_cases("corpus106", _JUDGMENT)
    assert list(cases) == ["R.A.C."], cases
    assert {"self-surrender", "security-office", "secrecy-pressure"} <= cases["R.A.C."]
    roles = [f.value for f in _case(_JUDGMENT, "R.A.C.").facts_of("role")]
    assert roles == ["shift operator"], roles


def test_a_name_that_is_not_the_persons_own() -> None:
    cases = corpus_cases("corpus106", _HANDOUT)
    assert list(cases) == ["Tebwe"], cases


def test_who_runs_security_is_no_case() -> None:
    assert list(corpus_cases("corpus106", _NEWS)) == ["Ndayisenga Aline"]


def test_her_contacts_job_is_not_hers() -> None:
    roles = [f.value for f in _case(_NEWS, "Ndayisenga Aline").facts_of("role")]
    assert roles == ["speechwriter"], roles


def test_a_permit_and_good_relations_are_not_the_workplace() -> None:
    sectors = [f.value for f in _case(_NOTE, "Osvaldo Pires").facts_of("sector")]
    assert "aviation" not in sectors and "coast guard" not in sectors, sectors


def test_each_of_two_cases_keeps_their_own_story() -> None:
    pires = _case(_NOTE, "Osvaldo Pires")
    santos = _case(_NOTE, "Maria da Conceição Neto dos Santos")
    # Her gifts and per diem, in the findings under their own heading, are not his.
    assert "excessive-help-flattery" not in pires.tag_ids
    quoted = {e.quote for hit in santos.tags for e in hit.evidence}
    assert not any("EUR 1,000" in q for q in quoted), quoted


def test_a_handouts_questions_are_no_evidence() -> None:
    doc = corpus_document("corpus106", _HANDOUT)
    headings = section_headings(doc)
    asked = [
        p for p, h in headings.items() if h.startswith("10.") or "Questions for discussion" in h
    ]
    assert asked, headings
    assert not any(h.startswith(("Why did", "At what point")) for h in headings.values())
    quoted = {e.quote for hit in _case(_HANDOUT, "Tebwe").tags for e in hit.evidence}
    assert not any(q.startswith("List everything") for q in quoted), quoted


def test_cues() -> None:
    assert "online-approach" not in find_cues(
        "He asked her to keep their conversations to herself, and to write to him only from her "
        "personal email."
    )
    assert "unsolicited-offer" in find_cues(
        "He offered Ms. DeSilva a seat on it at four thousand dollars a month."
    )
    assert "excessive-help-flattery" in find_cues(
        "He spoke warmly about her coaching and her career."
    )


def test_read_317_cues() -> None:
    # What the person sent is no demand to hide the contact; a demand still is (corpus 82).
    assert "secrecy-pressure" not in find_cues(
        "It is alleged that the results were sent to a personal email address."
    )
    assert "secrecy-pressure" in find_cues(
        "Then the client wanted passenger lists, sent to a private e-mail address and never "
        "through the company's systems."
    )
    # A threat said never to have been carried out is no evidence of the threat.
    assert not {"coercion", "threats-leverage"} & set(
        find_cues("The threats were never carried out.")
    )


def test_a_container_line_is_a_shipping_company() -> None:
    sectors = [f.value for f in _case(_HANDOUT, "Tebwe").facts_of("sector")]
    assert sectors[:1] == ["shipping"], sectors
