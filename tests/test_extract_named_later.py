"""People a report describes first and names (or defines a term for) later: one case each,
under the name or term the report gives (corpus 66)."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import extract

from .conftest import CORPUS

CORPUS66 = CORPUS.parent / "corpus66"


def _cases(name: str) -> dict[str, frozenset[str]]:
    doc = Document.read(CORPUS66 / name, name)
    return {case.name: frozenset(case.tag_ids) for case in extract([doc]).cases}


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
