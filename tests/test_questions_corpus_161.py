"""Read 502 (corpus 161 on arrival, on 467c0d3: 32.1% usable per occurrence, 35.3% distinct, no
wrong key, two debatable) found no question for four of the ten people approached, a set named
for a recruiter's cover; and the trainee told as "a retired schoolteacher" (a ship visitor), "a
concerning evening student" (a shunter, from a minutes' heading), "a member of staff at an
aerospace research institute" (an apron marshaller, from the military aircraft he was paid to
time); and "give it back and say you are not interested" offered as wrong where the case's own
document praises a present given back while reporting it."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus161", tmp_path_factory)
    return all_drafts(material)


def test_read_502_sets_for_the_people_approached(drafts: list[Draft]) -> None:
    for case in ("pavia-lynge-berthelsen", "nivi-mathaeussen", "zdenek-maly", "hruby-tomas"):
        assert drafts_of(drafts, case)
    assert not [d for d in drafts if d.case == "elena-markovic"]


def test_read_502_jobs_as_the_trainee_would_hold_them(drafts: list[Draft]) -> None:
    def told(case: str) -> str:
        return " ".join(d.prompt for d in drafts_of(drafts, case))

    assert "a ship visitor at a port" in told("abelardo-quinonez-cifuentes")
    assert "retired schoolteacher" not in told("abelardo-quinonez-cifuentes")
    assert "a shunter at a railway operator" in told("nelson-sakaita-chimuco")
    assert "an apron marshaller at an airport" in told("ahmed-shiyam")
    assert "an aircraft armament technician at an air base" in told("hruby-tomas")
    everything = " ".join(d.prompt for d in drafts)
    assert "concerning" not in everything
    assert "defence market analyst at" not in everything


def test_read_502_giving_it_back_is_wrong_only_without_a_report() -> None:
    from quiz.scenario_material import scenario_material

    wrong = scenario_material().actions.wrong_hand_in
    given_back = [w for w in wrong if w.startswith("Give it back")]
    assert given_back
    for choice in given_back:
        assert choice.endswith("and leave it at that"), choice


def test_read_503_advice_to_seafarers_is_no_channel_for_shore_staff(drafts: list[Draft]) -> None:
    # "- Seafarers on board may also speak to their ship security officer": read 503 found it
    # keyed for a volunteer ship visitor and a dock worker, two wrong keys.
    for case in ("abelardo-quinonez-cifuentes", "wilfredo-martinez-bernardez"):
        told = drafts_of(drafts, case)
        assert told
        for draft in told:
            assert not any("ship security officer" in o for o in draft.options), draft.prompt
            assert "ship security officer" not in draft.explanation
