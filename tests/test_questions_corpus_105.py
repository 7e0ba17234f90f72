"""Questions that read 315 (corpus 105, first reading: 6.7% usable, no wrong key, one
debatable) found wanting: case sets told of a petitioner's brother and his contact's courier,
two legal clinic records merged into one person's; a lift mechanic told "abroad" at "a defence
organisation" (the trip and the vacancy he was offered); an electrician met in a bar told as
met "on social media". Extraction now reads the people (see test_extract_corpus_105); this
checks the questions."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus105", tmp_path_factory))


def test_the_questions_are_told_of_the_people_approached(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"nury", "serdar"} & cases, cases
    assert {"orazov-dovletmyrat-bagtyyarovich", "jhon-jairo-barrios-perez"} <= cases, cases


def test_each_is_told_as_approached(drafts) -> None:
    for draft in drafts:
        if draft.case and draft.case.startswith("mammadov"):
            assert "abroad" not in draft.prompt and "defence" not in draft.prompt, draft.prompt
        if draft.case == "sosefo-lauhea":
            assert "social media" not in draft.prompt, draft.prompt
    sosefo = [d for d in drafts if d.case == "sosefo-lauhea" and d.family == "red-flag"]
    assert any("café or bar" in d.prompt for d in sosefo)
