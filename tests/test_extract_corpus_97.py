"""What corpus 97 (five documents, read once: 2 of 10 cases found on arrival, tag recall 0.08 at
precision 0.64; a contractor security office's interview record on Kwajalein, a civil service
commission's appeal determination in Lilongwe, a bank's suspicious matter report in Lae, a
marina's supervision notes in Victoria and a workers' association's minutes in Fahaheel; read
295: 28.9% of its questions usable as they stood, no wrong key, most told of the wrong person or
of a place) showed that extraction did not read, fixed by concept: initials a record declares
for each speaker ("Interviewee: Alfred Kenye Lakabung Jr., ... (AL)", "(MNA; "Noëlle")", "(RdO)")
are that person; a name in a caption over a leader of dots ("Yamikani Peter NKHOMA ....
Appellant"); a rank retired ("Major (Rtd) Felix Mkandawire", the security officer); a numbered
register label ("Subject 1:") said again; a surname in capitals between given names ("Vincent
LIM Choon Hock"), hyphenated ("Marie-Noëlle AH-TIME"), with a particle joined to it ("Hilda L.
deBrum", "Régis d'Offay"), initials written together ("P.V. Shibu") and the Filipino "Ma.";
"she" after the only person a sentence names is a woman, and "She said no" after "He told her"
is hers; a circular's quoted words and a section of advice under its own heading are nobody's
story; "one of our weekend relief assistants" is someone apart; and a list of "- " items is
read sentence by sentence. Read 296 (after those fixes: 73.1% usable, no wrong or debatable key)
found a name read as a cue ("Mr. Gift Chisale" as a gift), a camera to put up read as a present
and the marina's own "our" in a case's name."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import _read_people, extract

from .conftest import corpus_cases, corpus_document


def _doc(file: str) -> Document:
    return corpus_document("corpus97", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus97", file)


def _quotes(file: str, name: str) -> list[str]:
    (case,) = [c for c in extract([_doc(file)]).cases if c.name == name]
    return [e.quote for hit in case.tags for e in hit.evidence]


_INTERVIEW = "01_ebeye_security-interview-transcript_powerhouse-diesel-mechanic.txt"
_APPEAL = "02_lilongwe_civil-service-commission-appeal-determination_office-messenger.txt"
_REPORT = "03_lae_suspicious-matter-report_barracks-catering-storekeeper.txt"
_SUPERVISION = "04_victoria-mahe_supervision-meeting-notes_marina-berthing-officer.txt"
_MINUTES = "05_fahaheel_community-assembly-minutes_dining-facility-headcount-clerk.txt"


def test_an_interview_record_whose_speakers_go_by_their_initials() -> None:
    # "Interviewer: R. Dale Whitcombe, Security Investigator (DW)", "Interviewee: Alfred Kenye
    # Lakabung Jr., ... (AL)": "AL: I looked at the website" is his; the investigator who asks
    # is no case. "AL: Hilda, yes. She sails with the women's crew. She is a cook": a woman,
    # whose is "She said no, and she called us within the hour" after "He told her to keep it
    # to herself".
    people = _read_people(_doc(_INTERVIEW)).people
    assert people["Hilda L. deBrum"].gender == "f"
    cases = _cases_of(_INTERVIEW)
    assert set(cases) == {"Alfred Kenye Lakabung Jr.", "Hilda L. deBrum"}, cases
    assert {"report-early", "disproportionate-reward"} <= cases["Hilda L. deBrum"]
    assert {"self-surrender", "secrecy-pressure"} <= cases["Alfred Kenye Lakabung Jr."]
    # "he gave me a small camera with a battery box ... to tie it on a post": kit to put up,
    # not a present (read 296); the football for his son is.
    (alfred,) = [
        c for c in extract([_doc(_INTERVIEW)]).cases if c.name == "Alfred Kenye Lakabung Jr."
    ]
    presents = alfred.tag("excessive-help-flattery")
    assert presents is not None and any("football" in e.quote for e in presents.evidence)
    assert all("battery box" not in e.quote for e in presents.evidence), presents.evidence


def test_an_appeal_determination_over_a_caption_with_dots() -> None:
    # "Yamikani Peter NKHOMA ........ Appellant", then "Mr. Y. P. Nkhoma" and "the Appellant";
    # "The Ministry Security Officer, Major (Rtd) Felix Mkandawire, interviewed him": the
    # officer; "(Ground Floor, Room G12)": a place.
    people = _read_people(_doc(_APPEAL)).people
    assert "Y. P. Nkhoma" not in people and "Ground Floor" not in people
    assert people["Felix Mkandawire"].official_hits
    cases = _cases_of(_APPEAL)
    assert set(cases) == {"Yamikani Peter Nkhoma", "Chimwemwe Nyirenda-Mhango"}, cases
    # "Asked by colleagues, he said he had won on a betting app"; "He was chosen because of his
    # access, and he used it"; "told him to speak of it to no one".
    assert {"unexplained-money", "insider-access", "secrecy-pressure"} <= cases[
        "Yamikani Peter Nkhoma"
    ]
    # "he copied hundreds of pages ... The contrast with Mrs. Nyirenda-Mhango is plain. The
    # first request he received was harmless": his, not hers.
    assert not {"bulk-collection", "escalation"} & cases["Chimwemwe Nyirenda-Mhango"]
    # "Mr. Gift Chisale ... came home for a funeral": a name, no present (read 296).
    (nkhoma,) = [c for c in extract([_doc(_APPEAL)]).cases if c.name == "Yamikani Peter Nkhoma"]
    flattery = nkhoma.tag("excessive-help-flattery")
    assert flattery is not None
    assert all("funeral" not in e.quote for e in flattery.evidence), flattery.evidence
    # The circular the Commission quotes ("The relevant part of the circular reads: ...") is
    # advice to all staff, no one's story.
    for name in cases:
        for quote in _quotes(_APPEAL, name):
            assert "Officers at every grade" not in quote, quote


def test_a_banks_report_on_its_numbered_subject() -> None:
    # "Subject 1: KAUPA, Joseph Wari ("Joe")", then "Subject 1 said ...": the storekeeper;
    # "Vincent LIM Choon Hock ("Mr. Lim")": one man, the recruiter; "He said Mr. Lim told him not
    # to mention it to Mr. Morea": Kaupa's, not the director's.
    people = _read_people(_doc(_REPORT)).people
    assert "Vincent Lim Choon Hock" in people and "LIM Choon" not in people
    cases = _cases_of(_REPORT)
    assert set(cases) == {"Joseph Wari Kaupa", "Lucas Ravu Morea"}, cases
    assert {"bulk-collection", "insider-access", "escalation", "unexplained-money"} <= cases[
        "Joseph Wari Kaupa"
    ]
    # "8. NOTE FOR BRANCH STAFF": "He will ask you to keep it to yourself ...", advice.
    for quote in _quotes(_REPORT, "Joseph Wari Kaupa"):
        assert "He will ask you" not in quote, quote


def test_supervision_notes_that_go_by_initials_and_a_list() -> None:
    # "Employee: Marie-Noëlle AH-TIME, Berthing Officer, Marina Office (MNA; "Noëlle")", then
    # "MNA said she has been struggling"; "Régis d'Offay ... (RdO)"; "PHL: in late May one of
    # our weekend relief assistants told the duty supervisor ...": the assistant reported, not
    # the security supervisor who tells it; "Ile Perseverance" is an island.
    reading = _read_people(_doc(_SUPERVISION))
    assert "Régis d'Offay" in reading.people
    assert sum(m.name == "Marie-Noëlle Ah-Time" for m in reading.mentions) >= 10
    cases = _cases_of(_SUPERVISION)
    # (Told as "a weekend relief assistant", not in the marina's own "our", read 296.)
    assert set(cases) == {"Marie-Noëlle Ah-Time", "a weekend relief assistant"}, cases
    assert {"report-early", "secrecy-pressure", "false-persona"} <= cases[
        "a weekend relief assistant"
    ]


def test_a_list_item_of_several_sentences_is_read_sentence_by_sentence() -> None:
    doc = _doc(_SUPERVISION)
    told = [doc.sentence_text(s) for s in doc.sentences]
    # "- When she told him about the rent he transferred SCR 8,000 ... Later he sent SCR 3,000
    # twice": two sentences, the first still opening on its item's mark.
    assert any(t.startswith("- When she told him about the rent") for t in told)
    assert any(t.startswith("Later") and "SCR 3,000" in t for t in told)


def test_minutes_with_filipino_and_keralite_names() -> None:
    # "Ma. Cristina Dela Cruz Bautista ("Tin")": María, part of her name; "Puthenveettil
    # Varghese Shibu, known as P.V. Shibu, forklift operator": one man.
    people = _read_people(_doc(_MINUTES)).people
    assert "P.V. Shibu" not in people and "V. Shibu" not in people
    cases = _cases_of(_MINUTES)
    assert set(cases) == {"Ma. Cristina Dela Cruz Bautista", "Puthenveettil Varghese Shibu"}
    # "his gate photos would go to the Kuwaiti police ... and he would be deported"; "Nobody had
    # suspected him".
    assert {"threats-leverage", "self-surrender"} <= cases["Puthenveettil Varghese Shibu"]


def test_jobs_written_as_titles_with_a_grade_or_a_place() -> None:
    # "Alfred Kenye Lakabung Jr., Diesel Mechanic II, Kwajalein Powerhouse"; "Mrs. Chimwemwe
    # Nyirenda-Mhango, Senior Personal Secretary in the Department of Defence Administration";
    # "Mr. Y. P. Nkhoma, joined the Ministry of Defence Headquarters in 2012 as an Office
    # Messenger (Grade O)": each a job, said as a sentence says it.
    def roles(file: str, name: str) -> list[str]:
        (case,) = [c for c in extract([_doc(file)]).cases if c.name == name]
        return [f.value for f in case.facts_of("role")]

    assert roles(_INTERVIEW, "Alfred Kenye Lakabung Jr.") == ["diesel mechanic"]
    assert roles(_APPEAL, "Chimwemwe Nyirenda-Mhango") == ["senior personal secretary"]
    assert roles(_APPEAL, "Yamikani Peter Nkhoma") == ["office messenger"]
