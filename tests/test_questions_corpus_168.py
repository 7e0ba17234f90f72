"""Read 516 (corpus 168 on arrival, on the fixes of corpora 166 and 167: 92.5% usable per
occurrence, 91.7% distinct, no wrong key, one debatable) found the engineer's case told as "the
case of Meridian Expert Insights" (a firm in quotes) and the registry officer's as "the case of
Mr Tan" (her recruiter), no set for the chess coach, and a harmless situation keyed "carry on"
with the case's own recruiter's cover ("a timber exporter")."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus168", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_516_every_person_approached_has_questions(drafts: list[Draft]) -> None:
    for case in ("obinna-kenechukwu-mbanefo", "mwanaisha-saidi-mrisho", "sargsyan-anahit"):
        assert drafts_of(drafts, case), case
    assert not [d for d in drafts if d.case in ("meridian-expert-insights", "tan", "ano-sargsyan")]


def test_read_516_no_harmless_situation_with_the_recruiters_cover(drafts: list[Draft]) -> None:
    # q-bc28553ecc68: "someone ... who says they are a timber exporter" (the recruiter's own
    # cover) keyed "carry on" in the set of the woman he approached.
    told = drafts_of(drafts, "josephine-wari-kaupa")
    assert [d for d in told if "timber exporter" in d.prompt]
    assert not [d for d in told if d.benign and "timber exporter" in d.prompt]


def test_read_518_the_moment_the_report_names_ends_before_its_subject(
    drafts: list[Draft],
) -> None:
    # "by stopping at the first request for work material she had done exactly what she should
    # have done": keyed "At the first request for work material she".
    options = [o for d in drafts_of(drafts, "sargsyan-anahit") for o in d.options]
    assert [o for o in options if "first request for work material" in o]
    assert not [o for o in options if o.endswith("work material she")]
