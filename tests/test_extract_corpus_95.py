"""What corpus 95 (five documents, read once: 4 of 10 cases found on arrival, tag recall 0.17 at
precision 0.86; a savings group's minutes in Cameroon, an IT post-incident review in Cairo, a
ranger's patrol report in Palau, a family firm's council minutes in San Salvador and a travel
file in Georgetown; read 290: 25.0% of its questions usable as they stood, no wrong key, most
told of the wrong person) showed that extraction did not read, fixed by concept: Cameroon's
"Pa", "Ma", "Mami" and "Ndi" and El Salvador's "Niña" are titles; a man known by his initials
("known to all of us as GT") or by a word that is also a title ("whom we all call Junior"); a
pronoun of the other gender means the other person the last sentence named; a report's section
written and signed by its own writer ("written by Ranger II Ngirkelau", "Signed: R. T.
Ngirkelau"); "Licda." and "Ing." before a name and a widow's "vda. de" within it; "USD 200"
after a name; "the company's lawyer"; someone described after a colon who "met a man on a dating
application", or who "accepted an invitation"; a paragraph that opens on "The President";
and a travel file's memo under a subject line that names the case, the applicant's own note
and the messages quoted after one that greets them."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import _read_people, extract
from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document


def _doc(file: str) -> Document:
    return corpus_document("corpus95", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus95", file)


_MINUTES = "01_douala_njangi-meeting-minutes_aircraft-refueller.txt"
_REVIEW = "02_cairo_post-incident-review_site-reliability-engineer.txt"
_PATROL = "03_koror_ranger-patrol-report_conservation-ranger.txt"
_COUNCIL = "04_san-salvador_family-council-minutes_print-shop-production-manager.txt"
_TRAVEL = "05_georgetown_travel-request-file_hydrographic-surveyor.txt"


def test_a_savings_groups_minutes() -> None:
    # "Mr. Tanyi Godlove Ayuk, known to all of us as GT", then "GT gave him the price list";
    # "her son, Nkwenti Lionel Fru, whom we all call Junior", then "offered him paid work";
    # "a young secretary in a ministry office in Yaoundé met a man on a dating application".
    # Not the member absent for his father's burial ("Ndi Che Lambert"), nor the mother who
    # asked about her son ("Mami Bih Comfort").
    cases = _cases_of(_MINUTES)
    assert set(cases) == {"Tanyi Godlove Ayuk", "Nkwenti Lionel Fru", "a young secretary"}, cases
    assert {"security-office", "report-early", "paid-tasks"} <= cases["Tanyi Godlove Ayuk"]
    assert {"request-beyond-public", "insider-access"} <= cases["a young secretary"]
    people = _read_people(_doc(_MINUTES)).people
    # "Ma Ebude Grace", "Pa Nfor Simon Muluh": a mother's and a father's titles.
    assert {"Ebude Grace", "Nfor Simon Muluh"} <= set(people), sorted(people)


def test_a_reports_section_is_its_writers() -> None:
    # "SECTION B ... (written by Ranger II Ngirkelau ...)", told in the first person and signed
    # "R. T. Ngirkelau, Ranger II": his own account, so his case.
    cases = _cases_of(_PATROL)
    assert set(cases) == {"Rodney T. Ngirkelau"}, cases
    assert {"request-beyond-public", "covert-tradecraft"} <= cases["Rodney T. Ngirkelau"]
    # "Ranger I Kaleb Rechiuang": his rank is no part of his name.
    assert "Kaleb Rechiuang" in _read_people(_doc(_PATROL)).people


def test_a_family_councils_minutes() -> None:
    # "Doña Marta Lidia Rivas vda. de Henríquez, custodian of the secure room", "offered Niña
    # Marta USD 200": one woman, not "Niña Marta Usd"; "Lic. Mauricio Alfonso Escobar, the
    # company's lawyer", who checked and reported, is no case.
    cases = _cases_of(_COUNCIL)
    assert set(cases) == {
        "Carlos Ernesto Menjívar Portillo",
        "Marta Lidia Rivas vda. de Henríquez",
    }, cases
    # "asked her not to mention it to Licda. Ana Cecilia": one sentence, not cut at "Licda.".
    doc = _doc(_COUNCIL)
    said = [doc.sentence_text(s) for s in doc.sentences]
    assert any(t.endswith("not to mention it to Licda. Ana Cecilia.") for t in said), said


def test_a_travel_file() -> None:
    cases = _cases_of(_TRAVEL)
    assert set(cases) == {"Deonarine Persaud", "a technical officer"}, cases
    # The DSO's memo under "Subject: Travel request HU/TR/2024/07 (Mr. D. Persaud)": "3. The
    # offer. ... out of all proportion"; the message quoted after "Dear Mr Persaud": "Let us
    # keep this between us for now".
    assert {"disproportionate-reward", "secrecy-pressure"} <= cases["Deonarine Persaud"]
    (persaud,) = [c for c in extract([_doc(_TRAVEL)]).cases if c.name == "Deonarine Persaud"]
    quotes = [e.quote for hit in persaud.tags for e in hit.evidence]
    assert any("out of all proportion" in q for q in quotes), quotes


def test_a_post_incident_reviews_cues() -> None:
    cases = _cases_of(_REVIEW)
    assert {"unsolicited-offer", "security-office", "report-early", "excessive-help-flattery"} <= (
        cases["Ahmed Mohamed Abdel-Aziz"]
    )
    assert {"request-beyond-public", "secrecy-pressure", "security-office"} <= (
        cases["Nourhan Samir El-Sayed"]
    )
    # "had Ahmed brought us the 24 April request ..., neither the diagram nor the script would
    # have left the company": what would have happened, not a flight.
    assert "sudden-exit" not in cases["Ahmed Mohamed Abdel-Aziz"]


def test_cues_of_corpus_95() -> None:
    assert "paid-tasks" not in find_cues("The late-payment fine was raised at the May meeting.")
    assert "paid-tasks" in find_cues("For each monthly note he offered 250,000 FCFA.")


def test_what_the_contact_asked_is_not_what_she_did() -> None:
    # "Inside, he offered Niña Marta USD 200 to photograph the pages of the numbering control
    # log": a request beyond what is public; "took him out of the secure room" takes out no
    # material; "under the custody of Doña Marta" is her charge, not an arrest.
    assert "request-beyond-public" in _cases_of(_COUNCIL)["Marta Lidia Rivas vda. de Henríquez"]
    (case,) = [c for c in extract([_doc(_COUNCIL)]).cases if c.name.startswith("Marta")]
    for hit in case.tags:
        if hit.id == "bulk-collection":
            assert not any("took him out" in e.quote for e in hit.evidence)
    assert not [f for f in case.facts if f.kind == "outcome"], case.facts
