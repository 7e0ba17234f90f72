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


def test_read_452_a_comparison_is_quoted_with_what_it_compares(drafts: list[Draft]) -> None:
    """Read 452: "the mobile operators pay perhaps a tenth of that" quoted without the 800 euros
    a month of the sentence before, so the comparison that makes the fee a sign was lost."""
    quotes = [s.quote for d in drafts for s in d.sources if "a tenth of that" in s.quote]
    assert quotes and all("800 euros a month" in q for q in quotes), quotes


def test_read_452_no_employer_approves_the_talk_of_an_owner(drafts: list[Draft]) -> None:
    """Read 452: "a standard fee, approved by your employer" explained to the owner of a
    holiday rental, who has no employer; the stem beside it already said "with the terms in
    writing"."""
    hers = [d for d in drafts if d.case == "eleni-vardaki"]
    assert any("speaker's fee" in d.prompt for d in hers), [d.prompt for d in hers]
    assert not any("employer" in d.explanation for d in hers), [d.explanation for d in hers]


def test_read_452_a_stranger_met_at_the_clubs_competition_is_no_old_friend(
    drafts: list[Draft],
) -> None:
    """Read 452: "At last year's ice-fishing competition he met a man who gave his name as
    Roman" told as "a fellow member you have known for a while", which makes his presents an
    old friend's generosity."""
    his = [d.prompt for d in drafts if d.case == "juha-pekka-salonen"]
    assert his and not any("known for a while" in p for p in his), his
    assert any("newcomer" in p for p in his), his


def test_read_452_a_stranger_who_volunteers_beside_him_works_for_no_foreign_company(
    drafts: list[Draft],
) -> None:
    """Read 452: 'a man signed up with us as a volunteer under the name "Marcus". He said he was
    a retired logistics manager' told as someone met out of the blue who "works for a foreign
    company and says so at once"."""
    his = [d.prompt for d in drafts if d.case == "raymond-macisaac" and "contact" in d.prompt]
    assert his and all("new volunteer" in p for p in his), his
    assert not any("foreign company" in p for p in his), his
