"""Read 457 (corpus 147 on arrival, 80.0% usable per occurrence, no wrong key, one debatable)
found a documentation clerk's set quoting the forklift driver's handler and pay, and a log
entry's header, as hers (the driver, whom the log calls "TB", was no case), a way out of a
threat asked of her, who was never threatened, and four people approached with no set: a
student a letter was about, two miners' society members whose story is told in the
uninflected past, and the driver."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus147", tmp_path_factory)
    return all_drafts(material)


def test_read_457_sets_of_the_people_approached(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert cases >= {"md-tanvir-hasan", "seepersaud-ramcharran", "tebogo-moagi"}, cases


def test_read_457_the_clerks_set_is_hers(drafts: list[Draft]) -> None:
    clerk = [d for d in drafts if d.case == "onkabetse-ramotswa"]
    assert clerk
    quoted = [e.quote for d in clerk for e in d.sources]
    # (Vincent paid TB by the photo; the note's header is no passage on reporting.)
    assert not any("Vincent" in q or "TB" in q for q in quoted), quoted
    assert not any(q.startswith("Tue 11/03") for q in quoted), quoted
    assert not any(d.family == "way-out" for d in clerk)


def test_read_458_a_forklift_operator_at_a_freight_depot(drafts: list[Draft]) -> None:
    """Read 458: the driver told as "an operator at a police force", after "What we know about
    Tebogo Moagi (TB), forklift operator, night shift, from CCTV, colleagues and police"."""
    told = " ".join(d.prompt for d in drafts if d.case == "tebogo-moagi")
    assert "a forklift operator" in told and "a freight depot" in told, told
    assert "police force" not in told


def test_reads_457_to_460_praise_alone_is_no_detail_to_key(drafts: list[Draft]) -> None:
    """Reads 457, 458 and 459: "keeps praising your expertise" keyed alone as the warning sign,
    where "it is pleasant to have one's work appreciated" is a fair answer; read 460: praise and
    casual questions about the work keyed "report", where that is ordinary networking for an
    academic. The lecturer is asked about her own signs instead: the fellowship's fee, the
    unpublished report."""
    assert not any("keeps praising your expertise" in d.prompt for d in drafts)
    lecturer = [d for d in drafts if d.case == "farhana-yasmin"]
    assert len(lecturer) >= 3, [d.prompt for d in lecturer]


def test_read_460_a_debt_settled_by_a_stranger(drafts: list[Draft]) -> None:
    """Read 460: a stranger settling a dredge operator's fuel debt of nearly three million
    dollars told as "one favour after another", which a reader may fairly call kindness."""
    dredger = " ".join(d.prompt for d in drafts if d.case == "seepersaud-ramcharran")
    assert "offers to settle a large debt of yours" in dredger
    assert "one favour after another" not in dredger
