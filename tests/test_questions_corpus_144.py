"""Read 450 (corpus 144 on arrival, 58.1% usable per occurrence, no wrong key, one debatable)
found a tool-crib attendant with no questions, a set filed under a neighbour and one under a
front company, a name cut to "Trần Văn", a baggage-tractor driver told as police staff abroad,
gift cards told as presents and a Warden's request for discretion told as the recruiter's."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus144", tmp_path_factory)
    return all_drafts(material)


def test_read_450_sets_of_the_people_approached(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert cases >= {"raymond-macisaac", "marsela-hoxha", "eleni-vardaki", "tran-van-h"}, cases
    assert not cases & {"stelios-daskalakis", "hostlink-crete", "tran-van"}, cases


def test_read_450_no_police_abroad_no_presents_no_warden(drafts: list[Draft]) -> None:
    his = [d.prompt for d in drafts if d.case == "le-minh-tuan"]
    assert his and not any("police" in p or "abroad" in p for p in his), his
    hers = [d.prompt for d in drafts if d.case == "sanna-mari-gronroos"]
    assert hers and not any("present" in p.lower() for p in hers), hers
    quotes = [s.quote for d in drafts for s in d.sources]
    assert not any(q.startswith("We ask you not to speculate") for q in quotes)


def test_read_451_jobs_away_from_a_desk_and_a_holiday_rental(drafts: list[Draft]) -> None:
    """Read 451: public talks, articles and a partner's draft proposal put to a cable installer,
    a tool-crib attendant and a ranger guide; a holiday-apartment owner told as "a member of
    staff"."""
    away = {"sanna-mari-gronroos", "raymond-macisaac", "kugonza-sarah-akiiki"}
    desk = ("public talk", "summary of trends", "draft proposal")
    told = [d.prompt for d in drafts if d.case in away]
    assert told and not any(w in p for p in told for w in desk), told
    hers = [d.prompt for d in drafts if d.case == "eleni-vardaki"]
    assert hers and all(p.startswith(("You run a holiday rental", "You are")) for p in hers), hers
