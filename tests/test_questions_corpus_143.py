"""Read 448 (corpus 143 on arrival, 26.2% usable per occurrence, no wrong key, two debatable)
found an allotment holder's set telling another holder's story, a set filed
under a case's wife, three people approached with no questions at all, a festival's greeting
cited as every source's title, a gifts question quoting "we do not know how it will end" and the
sources' own earliest moments to report never asked."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus143", tmp_path_factory)
    return all_drafts(material)


def test_read_448_every_person_approached_has_a_set(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert cases >= {
        "kees-bakker",
        "ingrid-zwaan-kok",
        "thorben-kuhl",
        "francisco-javier-moreno-lozano",
        "prakash-dattatray-jadhav",
    }, cases
    assert "sunita-jadhav" not in cases


def test_read_448_no_greeting_for_a_title_and_no_filler_for_a_favour(
    drafts: list[Draft],
) -> None:
    assert not any("Bijaya Dashami" in d.explanation for d in drafts)
    quotes = [s.quote for d in drafts if d.case == "tek-bahadur-gurung" for s in d.sources]
    assert quotes and not any("how it will end" in q for q in quotes)


def test_read_448_the_moment_each_report_names(drafts: list[Draft]) -> None:
    """ "If Shri Jadhav had gone to the security officer of his establishment when the first
    photograph of the hangar was asked for", and Curro's own "If I had told my encargado the first
    night he asked about the submarines", after his company's rule that such approaches "must be
    reported ... at once", which tells no report made at once."""
    keys = {
        d.case: d.options[d.correct[0]] for d in drafts if d.family == "earliest-report" and d.case
    }
    assert keys.get("prakash-dattatray-jadhav") == (
        "At the first request for a photograph of the hangar"
    )
    assert keys.get("francisco-javier-moreno-lozano") == (
        "At the first question about the submarines"
    )


def test_read_449_a_gate_supervisor_and_a_threat_past_recognising(drafts: list[Draft]) -> None:
    """Read 449: the housing society's gate supervisor offered "a short summary of trends in your
    field" and a public talk, told to move to an encrypted app because the man said not to tell
    the Secretary; and "which of these details is a warning sign?" asked of a threat made once
    material had been sent."""
    his = [d.prompt for d in drafts if d.case == "sandeep-waghmare"]
    assert his
    assert not any("summary of trends" in p or "public talk" in p for p in his), his
    assert not any("encrypted" in p for p in his), his
    assert not any(d.family == "red-flag" and "threats-leverage" in d.tags for d in drafts), [
        d.prompt for d in drafts if d.family == "red-flag" and "threats-leverage" in d.tags
    ]
