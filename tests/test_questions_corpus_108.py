"""Questions that read 320 (corpus 108, first reading) found wanting, and the frames they are
told from: a driver befriended by a new neighbour who took him fishing told as met at a club; a
boarding
clerk met at a wedding told as met online, from a CV that later came by e-mail; a porter whose
language tutor wrote a letter to his landlord told as befriended by his landlord."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus108", tmp_path_factory))


def test_the_sets_are_of_the_people_approached(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"olivier-tirard", "herve-montout", "el-bluff", "sarah-jane-pallot"} & cases
    assert {"j-m-l", "fritz-belfort", "kendrick-alvin-hodgson-downs"} <= cases, cases


def test_each_is_told_as_approached(drafts) -> None:
    fritz = [d.prompt for d in drafts if d.case == "fritz-belfort" and d.kind == "scenario"]
    assert any("neighbour" in p for p in fritz), fritz
    for draft in drafts:
        if draft.case == "fritz-belfort":
            assert "club" not in draft.prompt, draft.prompt
        if draft.case == "joao-paulo-dos-santos-freitas":
            assert "landlord" not in draft.prompt, draft.prompt
        if draft.case == "anrifi-said-attoumane":
            assert "email" not in draft.prompt.lower() or "arrives" not in draft.prompt, (
                draft.prompt
            )
