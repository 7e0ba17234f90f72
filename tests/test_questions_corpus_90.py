"""Questions that reads 278 (corpus 90, first reading) and 279 (the shipped sets) found wanting:
the officials who took a report told as the cases, an app whose messages disappear told as "an
encrypted app", the one choice that judged ("a fee far above what the work is worth") beside
choices that state facts, and a first report point keyed after the befriending that came
first (Zhao)."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import load_material
from quiz.scenario_material import scenario_material

from .conftest import SEEDS, corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus90", tmp_path_factory))


def test_the_officials_who_took_a_report_are_not_the_cases(drafts) -> None:
    # "The case of Esther Ng'andu" (the Director of Nursing who referred the nurse), "Adjovi
    # Gbaguidi" (the compliance officer), "Hamish Doyle" (the security adviser): read 278.
    cases = {d.case for d in drafts if d.case}
    assert not any(c.startswith(("esther", "adjovi", "hamish")) for c in cases), cases
    assert any(c.startswith("mutinta") for c in cases), cases
    assert any("hounkpatin" in c for c in cases), cases


def test_disappearing_messages_are_not_told_as_encryption() -> None:
    signs = scenario_material().signs["secrecy-pressure"]
    deleting = [v for v in signs.variants if "deletes the messages" in v.story]
    assert deleting
    assert not any("encrypted" in v.story for v in deleting)


def test_the_fee_is_told_as_a_fact_like_the_details_beside_it() -> None:
    sign = scenario_material().signs["disproportionate-reward"]
    for flag in (sign.flag, sign.flag_asked):
        assert "worth" not in flag and "several times the usual" in flag.lower(), flag


def test_the_first_report_point_is_the_befriending_that_came_first() -> None:
    # Zhao: "befriended a foreign man who treated both Zhao and his family members very
    # friendly", then "disclosed his work with an intelligence agency". Read 279 found the
    # disclosure too late as the key; read 283 found "once it was certain" debatable; reads 304
    # and 314 found the befriending itself debatable (who befriended whom is unclear). Three
    # reads, three ways debatable: nothing is asked rather than a debatable point keyed.
    shipped = all_drafts(load_material(SEEDS))
    assert not [d for d in shipped if d.family == "earliest-report" and d.case == "zhao-xuejun"]
    # The other cases still have theirs.
    assert len({d.case for d in shipped if d.family == "earliest-report"}) >= 2


def test_a_topic_sets_description_names_the_cases_it_holds() -> None:
    # "Warning signs: each situation once, drawn from every case in turn", with nothing from
    # Zhang or Zhao (read 279).
    from quiz.generate import generate

    material = load_material(SEEDS)
    names = {c.id: c.display_name for c in material.extraction.cases}
    for question_set in generate(material):
        if question_set.id not in ("warning-signs", "recruitment", "reporting"):
            continue
        held = {q.case for q in question_set.questions if q.case}
        if len(held) == len(names):
            assert f"all {len(names)} cases" in question_set.description
            continue
        for case_id, name in names.items():
            assert (name in question_set.description) == (case_id in held), (
                question_set.id,
                question_set.description,
            )
