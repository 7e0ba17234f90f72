"""Read 487 (corpus 154 on arrival, on e134d44: 41.7% usable per occurrence, no wrong key, one
debatable) found a canteen manager's set named after her dating-site contact's cover ("a Slovak
engineer"), a test range's analyst told as at "a policy think tank" (the front the contact wrote
from), an interpreter at a Japanese shipyard told as on a visit abroad (a schedule "posted in the
trainees' briefing room"), no set at all for four of the ten cases, and a box of sweets from a
stranger's organisation keyed "carry on" where the port's own rule tells anyone offered gifts by
a stranger to tell their supervisor the same day. Read 488 (after the fixes: 89.7%, no wrong or
debatable key) found a secrecy question quoting a data loss system's alert and a fee out of
proportion quoting a job offer at twice the salary."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus154", tmp_path_factory)
    return all_drafts(material)


def test_read_487_every_case_has_questions(drafts: list[Draft]) -> None:
    for case in (
        "joao-batista-dos-santos-filho",
        "maria-das-gracas-nogueira",
        "ramdas-ganapati-harikantra",
        "lavina-d-souza",
        "zuzana-kovacova-hola",
        "nakagawa-ryota",
    ):
        assert drafts_of(drafts, case)
    assert not [d for d in drafts if d.case == "a-slovak-engineer"]


def test_read_487_no_workplace_or_trip_from_the_contact(drafts: list[Draft]) -> None:
    for draft in drafts_of(drafts, "marek-hudec"):
        assert "think tank" not in draft.prompt, draft.prompt
    for draft in drafts_of(drafts, "nguyen-thi-hong-nhung"):
        assert "abroad" not in draft.prompt.split(". ")[0], draft.prompt


def test_read_487_the_ports_rule_on_gifts(drafts: list[Draft]) -> None:
    # ("Anyone offered money, gifts or help by a stranger ... must tell their supervisor or the
    # PFSO the same day.")
    for draft in drafts_of(drafts, "faadumo-xasan-cali"):
        if draft.benign and draft.prompt.endswith("What should you do?"):
            assert "sweets" not in draft.prompt, draft.prompt


def test_read_488_each_sign_quoted_from_its_act(drafts: list[Draft]) -> None:
    # (Read 488: a secrecy question explained by "the data loss prevention system flagged large
    # attachments to a Gmail address", where "Hollis told him to keep the consultancy to
    # himself"; a fee out of proportion by "a senior drafting position ... at about twice his
    # present salary", where the test assignment paid JPY 150,000 for one drawing.)
    for draft in drafts_of(drafts, "joao-batista-dos-santos-filho"):
        assert all("data loss prevention" not in s.quote for s in draft.sources), draft.prompt
    fees = [d for d in drafts_of(drafts, "nakagawa-ryota") if "disproportionate-reward" in d.tags]
    assert fees
    for draft in fees:
        assert all("twice his present salary" not in s.quote for s in draft.sources)
