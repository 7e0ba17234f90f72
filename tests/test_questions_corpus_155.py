"""Read 489 (corpus 155 on arrival, on ee46afe: 68.8% usable per occurrence, no wrong key, two
debatable) found harmless situations opening with a stranger "who says they are a yacht broker"
asking about the yard, keyed "carry on" and "no warning sign", where the yard's minutes tell staff
approached by strangers about yard work to come forward the same day; help with debts quoted from
what the person did with money later ("paid off the boat loan and bought a new outboard engine
... in cash", "she cleared the loan apps"); a phone kept secret quoted from the measures taken
("private phone handed over voluntarily"); a threat to "relatives abroad" from "a man calling
himself her brother"; a concrete batching plant operator invited to give a public talk; and no
question for a drone operator known in the report by the first half of his given name. Read 490
(after the fixes: 94.5%, no wrong key, one debatable) found a cover cut short and a present keyed
"carry on" beside a branch's rule on gifts."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus155", tmp_path_factory)
    return all_drafts(material)


def test_read_489_no_stranger_opens_a_harmless_situation_where_the_rule_says_report(
    drafts: list[Draft],
) -> None:
    # (Both of the yard's cases: a marine upholsterer's and a welding coordinator's.)
    harmless = [
        d for d in drafts if d.case in ("lars-goran-akesson", "emelie-af-klercker") and d.benign
    ]
    assert harmless
    for draft in harmless:
        assert "out of the blue" not in draft.prompt.lower(), draft.prompt
        assert "yacht broker" not in draft.prompt, draft.prompt


def test_read_489_each_sign_quoted_from_its_act(drafts: list[Draft]) -> None:
    for draft in drafts_of(drafts, "lars-goran-akesson"):
        for source in draft.sources:
            assert "outboard engine" not in source.quote or "unexplained-money" in draft.tags
            assert "handed over voluntarily" not in source.quote, draft.prompt
    for draft in drafts_of(drafts, "mercy-kadzo-charo"):
        if "excessive-help-flattery" in draft.tags:
            assert all("cleared the loan apps" not in s.quote for s in draft.sources)


def test_read_489_the_cases_own_lever_and_setting(drafts: list[Draft]) -> None:
    for draft in drafts_of(drafts, "rohan-d-souza"):
        assert "relatives abroad" not in draft.prompt, draft.prompt
    for draft in drafts_of(drafts, "p-venkatesh"):
        assert "public talk" not in draft.prompt, draft.prompt
    assert drafts_of(drafts, "ionut-cristian-paslaru")


def test_read_490_the_whole_cover_and_the_branchs_rule_on_gifts(drafts: list[Draft]) -> None:
    # (Read 490, after the fixes: "who says they are a location manager for a Bucharest
    # production strikes up a conversation"; a box of sweets keyed "carry on" where the branch's
    # rule says "any gift from a contact [is] to be refused and reported ... the same day".)
    covers = [d for d in drafts_of(drafts, "ionut-cristian-paslaru") if "production" in d.prompt]
    assert covers
    for draft in covers:
        assert "production company" in draft.prompt, draft.prompt
    for draft in drafts_of(drafts, "agafia-ivanov"):
        if draft.benign and draft.prompt.endswith("What should you do?"):
            assert "sweets" not in draft.prompt, draft.prompt
