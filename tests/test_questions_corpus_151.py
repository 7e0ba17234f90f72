"""Read 478 (corpus 151 on arrival, on the code that closed corpus 150: 33.9% usable per
occurrence, no wrong key, three debatable) found most of what needed work in who the sets were
about: a head bookbinder told as "an accountant", his son's job, in a set named after his kunya
"Abu Fadi"; a water directorate's lawyer and dyke warden told at "a defence organisation" (from
"flood-defence"); an archive's stack runner at "an energy company", in a set called "The case of
Reserved Deposit", an archive series; no questions at all for the naval museum's two cases.
Its three debatable keys sent the dyke warden to "the IT security officer", whom the document
names only as the one a download alert goes to, where its instruction says to report to the
immediate superior or the security commissioner. Read 479 (after the fixes, 84.4%, no wrong key,
one debatable) found a phone kept secret quoted from how it was handed over on interview."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus151", tmp_path_factory)
    return all_drafts(material)


def _of(drafts: list[Draft], case: str) -> list[Draft]:
    return drafts_of(drafts, case)


def test_read_478_sets_are_about_the_people_approached(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert "reserved-deposit" not in cases and "abu-fadi" not in cases, cases
    assert {
        "khaled-yousef-bani-hani",
        "jean-baptiste-le-gall",
        "loic-daumas-vidal",
    } <= cases, cases
    for draft in _of(drafts, "khaled-yousef-bani-hani"):
        assert "accountant" not in draft.prompt, draft.prompt


def test_read_478_workplaces_as_the_records_tell_them(drafts: list[Draft]) -> None:
    for case in ("kertesz-molnar-aniko", "toth-ferenc"):
        for draft in _of(drafts, case):
            assert "defence organisation" not in draft.prompt, draft.prompt
    for draft in drafts:
        assert "Reserved Deposit" not in draft.prompt, draft.prompt


def test_read_478_the_channel_is_the_one_the_instruction_names(drafts: list[Draft]) -> None:
    keys = [
        d.options[i]
        for d in _of(drafts, "toth-ferenc")
        if d.topic == "reporting"
        for i in d.correct
    ]
    assert any("the security commissioner" in k for k in keys), keys
    for draft in drafts:
        assert "IT security officer" not in " ".join(draft.options), draft.options


def test_read_479_a_phone_kept_secret_is_quoted_where_it_was_given(drafts: list[Draft]) -> None:
    # (Read 479: "On interview he admitted what had happened and handed over the second phone"
    # quoted for a phone kept secret, where the case's own sentence tells it given and kept from
    # his wife and the station.)
    for draft in _of(drafts, "ifan-tudur-jones"):
        for source in draft.sources:
            assert "handed over the second phone" not in source.quote, source.quote
