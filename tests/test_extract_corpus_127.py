"""What corpus 127 (five documents, read once on 1896645: 1 of 8 cases found on arrival, tag
recall 0.05 at precision 1.00; condominium assembly minutes from Beja, an asset-declaration
verification from Choibalsan, a hunting district's newsletter from Judenburg, a eulogy from Fray
Bentos and a victim's witness statement from Barrow-in-Furness) showed that extraction did not
read, fixed by concept: the Austrian army's ranks are titles ("Vizeleutnant Josef Lindner-Hödl");
a caption's defendant after "R v" with the surname in capitals; an attendee of a meeting who then
tells how she was approached is a case, not a witness; Portuguese "D." (Dona) where a document
writes Iberian titles; a company after a comma and its legal form ("Construções Guadiana,
Lda."); the cover a stranger gave, told in another part of the document than the story it belongs
to; a record's patronymic and given name, and "the declarant" it is labelled as; the name the
readers know someone by, said before the full name ("Most of you know Sepp."); a friend asked
along is no recruiter's act; a case described after a long relative clause, then "our colleague";
the case held up to the reader as a likeness ("If, like Sepp, you ...") and a sketch of the
stranger to watch for are the document's advice; German bodies ("-schaft", "-amt") and names
joined by "&" are no people; a speech's speaker ("Spoken by ...") and a story the speaker tells of
"a boy" before "I was that boy"; a eulogy's "he" is its subject, not the speaker; a statement's
maker in its form field, the Irish "Ní" in the surname and the name said without the middle name;
"I know Dean was approached": what the writer knows of another is theirs. And the signs in this
material's words (free lessons, help asked for is no favour, a sum that "could" be paid, a box
connected to the network, a debt forgiven against a service, a loan for a son's surgery, a report
"at the first request" that "would have prevented" the loss, the secrecy officer, a hamper, the
security control room)."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_document

_MINUTES = "01_beja_condominium-assembly-minutes_avionics-calibration-technician.txt"
_DECLARATION = (
    "02_choibalsan_asset-declaration-verification-conclusion_mobilisation-planning-officer.txt"
)
_NEWSLETTER = (
    "03_judenburg_hunting-district-newsletter_ejection-seat-technician-and-professional-hunter.txt"
)
_EULOGY = "04_fray-bentos_eulogy_effluent-monitoring-chemist-and-laboratory-assistant.txt"
_STATEMENT = (
    "05_barrow-in-furness_victim-personal-statement_"
    "commissioning-engineer-and-training-records-coordinator.txt"
)


def test_a_caption_s_defendant_after_r_v_and_the_maker_of_the_statement() -> None:
    cases = corpus_cases("corpus127", _STATEMENT)
    # "Statement of: Aoife Máire NÍ MHURCHÚ", "My name is Aoife Ní Mhurchú", "Signature: A. Ní
    # Mhurchú": one woman, whose Security Vetting Officer is not a case.
    assert set(cases) == {"Aoife Máire Ní Mhurchú", "Dean Anthony Whitlow"}, cases
    assert {"online-approach", "insider-access", "bulk-collection", "cultivation"} <= cases[
        "Dean Anthony Whitlow"
    ]
    assert {"security-office", "report-early", "request-beyond-public"} <= cases[
        "Aoife Máire Ní Mhurchú"
    ]


def test_an_austrian_rank_is_no_part_of_the_name() -> None:
    from quiz.extract import _read_people

    people = _read_people(corpus_document("corpus127", _NEWSLETTER)).people
    assert "Josef Lindner-Hödl" in people
    assert not any(name.startswith("Vizeleutnant") for name in people)
    # "Steirische Landesjägerschaft", "Bezirkshauptmannschaft Murtal": bodies, no people.
    assert not any(name.endswith(("schaft", "Murtal")) for name in people), people


def test_an_attendee_who_tells_how_she_was_approached() -> None:
    cases = corpus_cases("corpus127", _MINUTES)
    # "Present: ... D. Maria de Fátima Charrua Valadas (2.º Esq.)", then "D. Fátima".
    assert set(cases) == {"Maria de Fátima Charrua Valadas"}, cases
    assert {
        # "a Mr Adrian Voss, who said he was an agronomist working for an investment fund", in
        # the landlord's letter read out before her story.
        "false-persona",
        # "offered to teach him without charge"; not "a little help with calibration".
        "cultivation",
        "unsolicited-offer",
        # "connect it to the laboratory network for one night".
        "covert-tradecraft",
        "security-office",
        "report-early",
    } <= cases["Maria de Fátima Charrua Valadas"]
    # "their son Tomás, 15, was struggling in English and mathematics": no vulnerability.
    assert "personal-vulnerability" not in cases["Maria de Fátima Charrua Valadas"]


def test_a_record_s_patronymic_and_the_declarant() -> None:
    cases = corpus_cases("corpus127", _DECLARATION)
    assert set(cases) == {"Dorjsürengiin Ganbold"}, cases
    assert {
        "abroad-targeting",
        "personal-vulnerability",
        "unsolicited-offer",
        "unexplained-money",
        "report-early",
        "security-office",
    } <= cases["Dorjsürengiin Ganbold"]


def test_a_familiar_name_and_a_hunter_described_after_a_relative_clause() -> None:
    cases = corpus_cases("corpus127", _NEWSLETTER)
    # Not Hannes Moitzi, whom Sepp asked to come along and who was never asked for anything.
    assert set(cases) == {"Josef Lindner-Hödl", "a professional hunter"}, cases
    assert {"cultivation", "coercion", "threats-leverage", "self-surrender"} <= cases[
        "Josef Lindner-Hödl"
    ]
    assert {"secrecy-pressure", "security-office", "report-early"} <= cases["a professional hunter"]
    # The newsletter's sketch of the stranger ("payment far beyond what a job is worth") is its
    # advice, no one's sign.
    assert "disproportionate-reward" not in cases["Josef Lindner-Hödl"]


def test_the_speaker_who_was_that_boy() -> None:
    speaker = "Martín Ezequiel Sosa Rivero"
    cases = corpus_cases("corpus127", _EULOGY)
    # Not the Director who received the reports.
    assert set(cases) == {"Juan Pedro Etchegaray Olivera", speaker}, cases
    assert {"online-approach", "compromising-relationship", "self-surrender"} <= cases[speaker]
    # "In 2008 he was invited to present our sampling methods at a congress ..., abroad": the
    # Vasco's, whom the eulogy is for, not the speaker's.
    assert {"abroad-targeting", "invitation-travel", "false-persona", "security-office"} <= cases[
        "Juan Pedro Etchegaray Olivera"
    ]
    assert "invitation-travel" not in cases[speaker]
