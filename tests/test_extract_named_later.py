"""People a report describes first and names (or defines a term for) later: one case each,
under the name or term the report gives (corpus 66)."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import extract

from .conftest import CORPUS


def _cases(name: str, corpus: str = "corpus66") -> dict[str, frozenset[str]]:
    """The cases one report of a held-out corpus gives, each with its tags."""
    doc = Document.read(CORPUS.parent / corpus / name, name)
    return {case.name: frozenset(case.tag_ids) for case in extract([doc]).cases}


def _corpus_cases(corpus: str) -> set[str]:
    """The names of the cases every report of a corpus gives, each report read alone."""
    return {
        name for doc in (CORPUS.parent / corpus).glob("*.txt") for name in _cases(doc.name, corpus)
    }


def test_the_terms_a_report_defines_name_its_cases() -> None:
    # 'An employee of the central archive of a ministry (hereinafter "the archivist")': three
    # cases, each known by the report's own term, none by the recruiter's "officer".
    cases = _cases("03_prague_annual-report_three-cases.txt")
    assert set(cases) == {"the archivist", "the inspector", "the doctoral student"}
    # What each part tells stays with its person: the threat through a sister abroad is the
    # inspector's, the report through the web form the doctoral student's.
    assert "threats-leverage" in cases["the inspector"]
    assert "online-report" in cases["the doctoral student"]
    assert "online-report" not in cases["the archivist"]


def test_a_name_given_for_someone_described_is_no_cover_name() -> None:
    # "The controller, identified only as Sutrisno, 46", "A caller who gave her name as Ratna,
    # a hospital pharmacist": the people the story is about, not a recruiter's cover.
    cases = _cases("05_surabaya_radio-summary_air-traffic-controller.txt")
    assert set(cases) == {"Sutrisno", "Ratna"}
    assert {"security-office", "online-approach"} <= cases["Ratna"]


def test_the_defendant_named_later_is_the_one_described_in_the_lead() -> None:
    # "A crane operator at the Port of Duqm was sentenced ... The defendant, Salim bin Hamad
    # al-Rawahi": one case, with what the paragraphs before the name tell (his debts, the
    # stranger's offer on a betting forum).
    cases = _cases("01_muscat_court-report_crane-operator.txt")
    assert set(cases) == {"Salim bin Hamad al-Rawahi"}
    tags = cases["Salim bin Hamad al-Rawahi"]
    assert {"personal-vulnerability", "online-approach", "unsolicited-offer"} <= tags
    assert {"threats-leverage", "coercion"} <= tags
    # The court's travel ban is no targeting abroad; a confession after arrest no surrender.
    assert not {"abroad-targeting", "self-surrender"} & tags


def test_someone_the_recruit_asked_in_turn_is_a_case() -> None:
    # "NDOYE Ousmane offered one of his colleagues ... The colleague refused and reported the
    # approach the same day"; "A.V. asked a fellow officer to lend him his electronic access
    # card ... The fellow officer refused and reported the conversation" (corpora 66, 67).
    cases = _cases("02_dakar_press-release_payments-clerk.txt")
    assert {"report-early", "security-office"} <= cases["the colleague"]
    assert "report-early" not in cases["NDOYE Ousmane"]
    cases = _cases("01_riga_court-report_prison-officer.txt", "corpus67")
    assert set(cases) == {"A.V.", "the fellow officer"}
    assert "security-office" in cases["the fellow officer"]


def test_a_letter_signed_in_capitals_is_its_writers_case() -> None:
    # "— Yours, etc., NIALL Ó BRIAIN,": the "I" of the letter, whoever else it names.
    cases = _cases("04_cork_letter-to-editor_customs-dog-handler.txt", "corpus67")
    assert set(cases) == {"Niall Ó Briain"}
    assert {"threats-leverage", "report-early", "security-office"} <= cases["Niall Ó Briain"]
    # A detector dog handler is a job, no tradecraft; advice to "anyone reading this" no case's:
    # his coercion is the threat made to him, not the letter's advice.
    assert "coercion" in cases["Niall Ó Briain"]
    doc = Document.read(
        CORPUS.parent / "corpus67" / "04_cork_letter-to-editor_customs-dog-handler.txt", "cork.txt"
    )
    (case,) = extract([doc]).cases
    coercion = case.tag("coercion")
    assert coercion is not None
    assert all("a shame if the photographs" in e.quote for e in coercion.evidence)


def test_a_son_of_name_and_a_case_looked_into() -> None:
    # "Kumaravel a/l Subramaniam ... Kumaravel was given a second mobile phone"; investigators
    # "looked into the case of an executive assistant".
    assert "Kumaravel a/l Subramaniam" in _cases(
        "02_kuala-lumpur_wire-brief_three-approaches.txt", "corpus67"
    )
    cases = _cases("06_cebu_feature_election-it-contractor.txt", "corpus67")
    assert "an executive assistant" in cases
    assert "report-early" in cases["an executive assistant"]


def test_a_pronoun_that_cannot_mean_the_case_tells_someone_else() -> None:
    # "Mrs Hangula ... Her landlord, a foreign businessman, ... He has since left the country":
    # the landlord left, not she (read 194 found her asked about a colleague's sudden exit).
    cases = _cases("05_windhoek_committee-transcript_surveyor-and-dental-nurse.txt", "corpus67")
    tags = cases["Hangula"]
    assert "sudden-exit" not in tags
    # What the committee tells of her: the talk moving on, the register she was offered money
    # to photograph, and her report to the clinic's commanding officer that same week.
    assert {"escalation", "request-beyond-public", "security-office", "report-early"} <= tags


def test_a_woman_introduced_as_someone_is_a_cover() -> None:
    # "a woman introduced as Dr Henrike Vos questioned her for several hours": the other side.
    assert set(_cases("01_reykjavik_court-report_radar-technician.txt", "corpus68")) == {
        "Steinunn Ýr Hallgrímsdóttir"
    }


def test_a_captain_who_called_his_security_officer_is_a_case() -> None:
    # The email "arrived in his personal inbox"; he "called his shipping company's security
    # officer that evening" and "returned the first fee" (corpus 68).
    cases = _cases("03_piraeus_magazine-feature_ferry-captain.txt", "corpus68")
    assert "Konstantinos Alexopoulos" in cases
    assert {"report-early", "security-office"} <= cases["Konstantinos Alexopoulos"]
    # Eleni K. placed an advertisement, which places no one in a post.
    assert "placement" not in cases["Eleni K."]
    assert {"threats-leverage", "excessive-help-flattery"} <= cases["Eleni K."]


def test_a_worker_named_after_his_job_is_a_person() -> None:
    # "a telecommunications worker, Wilmer Andrés Rincón Maturana, walked into the Fiscalía".
    assert "Wilmer Andrés Rincón Maturana" in _cases(
        "06_bogota_radio-transcript_ministry-driver.txt", "corpus68"
    )
