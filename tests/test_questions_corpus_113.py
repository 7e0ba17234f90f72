"""Questions of corpus 113 (first reading: read 336, 55.9% usable, no wrong or debatable key), and
the frames they are told from, by concept: where each case works, from the job the report gives
(a night auditor at a hotel, a veterinary officer at a veterinary service, not "at an air base"
from the base whose meat he inspects; a delivery driver at a courier company), and a player met
in an online game as the online way in."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus113", tmp_path_factory))


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("dana-erlanqyzy", "at a hotel"),
        ("abdul-rahaman-zakaria", "at a veterinary service"),
        ("iosefo-pele", "at a courier company"),
    ],
)
def test_each_is_told_where_they_work(drafts, case: str, said: str) -> None:
    told = [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You work as")]
    assert told and all(said in p for p in told), told


def test_a_player_met_in_a_game_opens_online(drafts) -> None:
    told = [d.prompt for d in drafts if d.case == "jhon-edwin-huamani-ccori"]
    assert any("online game" in p for p in told), told
    assert not [d for d in drafts if d.case == "la-joya"]


def test_a_stranger_who_came_as_the_case_tells_it_is_never_introduced_by_the_manager(
    drafts,
) -> None:
    # Read 337: Dana's LinkedIn stranger told as "your manager introduces you" in suspicious
    # situations.
    suspicious = [d for d in drafts if d.case == "dana-erlanqyzy" and d.benign is not True]
    assert suspicious
    assert not [d for d in suspicious if "your manager introduces you" in d.prompt]


def test_blackmail_is_told_with_its_own_lever(drafts) -> None:
    # Read 337: the soldier's recorded video calls and the biathlete's betting history keyed
    # as "what you sent".
    for case in ("a-24-year-old-reserve-soldier", "juha-pekka-ylitalo"):
        told = [d for d in drafts if d.case == case]
        assert told
        assert not any("what you sent" in " ".join((d.prompt, *d.options)) for d in told), case


def test_evidence_kept_is_no_recruiters_secrecy() -> None:
    from quiz.extract import extract
    from quiz.taxonomy import find_cues

    from .conftest import corpus_document

    doc = corpus_document("corpus113", "01_aktau_linkedin-article_hotel-night-auditor.txt")
    (case,) = extract([doc]).cases
    secrecy = case.tag("secrecy-pressure")
    assert secrecy and not any("not to delete" in e.quote for e in secrecy.evidence)
    assert "secrecy-pressure" in find_cues("He told me not to tell anyone at the hotel.")
