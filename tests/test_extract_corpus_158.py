"""What corpus 158 (five documents, read once on d17e153: 3 of 10 cases found on arrival, tag
recall 0.24 at precision 0.97; a Pemba copier firm's briefing notes, a Mutare burial society's
meeting record, a Kutaisi insurer's branch review, a Gbarnga college welfare desk's log and a
Grenville steelband manager's annual report) showed that extraction did not read, fixed by
concept: a nickname of a word and an initial or of initials in quotes ('Kirton Noel ("Chef K")',
'Mr Tafadzwa Kuwana ("TK")'); a teknonym in brackets, read before the full name ("Mai Chipo had
asked ...", then "Mrs Rutendo Mavhunga (Mai Chipo)"); a given name after a title that goes before
given names, read before the full name ("Dona Argentina", then "Dona Argentina Assane"); a
register's "KOLLIE, Joseph Saye" is a person; a province after "in" is no corporal ("in Cabo
Delgado"); whom "she telephoned" and who says it "as ... said" take no sentence and no report
from her; "A second matter, reported by ..." opens a case; "on remand" and "handed him to the
police" are outcomes; "has a hair salon", "who has the tuck-shop" after a numbered section's name
are the person's business; a claims handler; a list of places things came from is no workplace;
and cues of a sum "more than [his] whole contract", days of pay "for a piece of scrap", a
recorder to be placed in a closed meeting, a cheap phone given by name, "strictly between us",
a security coordinator rung, the first e-mail "had been shown", "at first ... ordinary business
questions", "done right to come by herself" and photos of a barracks gate with the lorries'
times."""

from __future__ import annotations

from pathlib import Path

from quiz.documents import Document
from quiz.extract import extract

from .conftest import corpus_cases, corpus_facts

_BRIEFING = (
    "01_pemba_technical-team-briefing-notes_photocopier-service-technician-and-bookkeeper.txt"
)
_BURIAL = "02_mutare_burial-society-quarterly-meeting-record_hairdresser-and-tuck-shop-owner.txt"
_INSURER = (
    "03_kutaisi_branch-operations-review_insurance-claims-handler-and-database-administrator.txt"
)
_WELFARE = (
    "04_gbarnga_welfare-desk-casework-log_geology-masters-student-and-mass-communication-student"
    ".txt"
)
_BAND = (
    "05_grenville_steelband-managers-annual-report_events-caterer-and-hospital-switchboard"
    "-operator.txt"
)


def test_a_given_name_after_dona_and_a_province_after_in() -> None:
    cases = corpus_cases("corpus158", _BRIEFING)
    assert set(cases) == {"Albino Tomás Muianga", "Argentina Assane"}, cases
    assert {"unsolicited-offer", "secrecy-pressure"} <= cases["Argentina Assane"]
    assert {"disproportionate-reward", "self-surrender"} <= cases["Albino Tomás Muianga"]
    assert "legal" not in corpus_facts("corpus158", _BRIEFING, "sector").get(
        "Albino Tomás Muianga", []
    )


def test_a_teknonym_read_first_and_initials_in_quotes() -> None:
    cases = corpus_cases("corpus158", _BURIAL)
    assert set(cases) == {"Rutendo Mavhunga", "Tafadzwa Kuwana"}, cases
    assert {"escalation", "self-surrender", "threats-leverage"} <= cases["Rutendo Mavhunga"]
    assert {"request-beyond-public", "disproportionate-reward"} <= cases["Tafadzwa Kuwana"]
    roles = corpus_facts("corpus158", _BURIAL, "role")
    assert roles["Rutendo Mavhunga"] == ["hair salon owner"], roles
    assert roles["Tafadzwa Kuwana"] == ["tuck-shop owner"], roles


def test_a_claims_handler() -> None:
    assert "senior claims handler" in corpus_facts("corpus158", _INSURER, "role")["Tamar Gogoladze"]


def test_a_registers_surname_first_rows() -> None:
    cases = corpus_cases("corpus158", _WELFARE)
    assert set(cases) == {"Joseph Saye Kollie", "Patience Sumo"}, cases
    assert {"online-report", "report-early"} <= cases["Joseph Saye Kollie"]


def test_a_nickname_of_a_word_and_an_initial() -> None:
    cases = corpus_cases("corpus158", _BAND)
    assert set(cases) == {"Kirton Noel", "Jacinta Redhead"}, cases
    assert {
        "unsolicited-offer",
        "disproportionate-reward",
        "covert-tradecraft",
        "secrecy-pressure",
        "security-office",
    } <= cases["Kirton Noel"]


_NEWSLETTER = """ST. MARY'S PARISH CHOIR - NEWSLETTER, AUTUMN

Choir practice moves to Thursdays from October. New robes have arrived.

Umm Khalid asked that her story be told here in full, so that others know what to look for.

2.1 Mrs Samira Haddad (Umm Khalid) runs a bakery near the port. Many of her customers are \
sailors from the naval base. In May a man who called himself Karim came in, said he supplied \
flour to hotels, and offered her USD 400 a month, more than the bakery clears in a good \
month, to tell him which officers bought bread and when their ships were due to sail. He gave \
Samira a cheap phone to use for him only and said it should stay \"strictly between us\". Umm \
Khalid came to the choir leader the same evening, and the next morning she went to the police \
with the phone. The police told her she had done right to come by herself.

2.2 Mr Bongani Dlamini (\"BD\"), who has the kiosk by the base gate, answered an online \
advert for \"field data agents\" in March. He was paid USD 20 a task for photos, first of \
fuel prices, then of the base gate with the times the trucks went in and out. In June the \
military police stopped him photographing a convoy and handed him to the police. He is on \
remand awaiting trial.

Anyone who is offered money for information about the base or its people: tell the choir \
leader or the police the same day.
"""


def test_a_teknonym_and_initials_in_a_newsletter_written_for_this_test(tmp_path: Path) -> None:
    # The concepts, not corpus 158's words: "Umm Khalid" read before "Mrs Samira Haddad (Umm
    # Khalid)", 'Mr Bongani Dlamini ("BD")' after a numbered section, "runs a bakery", "who has
    # the kiosk", "on remand".
    path = tmp_path / "newsletter.txt"
    path.write_text(_NEWSLETTER, encoding="utf-8")
    found = extract([Document.read(path, path.name)]).cases
    cases = {c.name: c for c in found}
    assert set(cases) == {"Samira Haddad", "Bongani Dlamini"}, cases
    assert {"self-surrender", "secrecy-pressure"} <= cases["Samira Haddad"].tag_ids
    assert [f.value for f in cases["Bongani Dlamini"].facts_of("role")] == ["kiosk owner"]
