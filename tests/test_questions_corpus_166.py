"""Read 512 (corpus 166 on arrival, on 8312291: 66.7% usable per occurrence and distinct, no wrong
key) found a set for "Thank Zhumabekova" (a resolution's "Thank ZHUMABEKOVA A. S.") and one for
"Madaba Map" (a mosaic); no set for a course administrator, a laboratory technician (no warning
sign grounded: "for UGX 300,000 each", "told to keep the work from the college", "asked him to
keep the arrangement private") nor for a land officer titled "Hj."; a phone call's stem whose
caller "takes notes while you talk"; a woman's gifts told of the "security consultant" she
introduced later; and a present keyed on "paid for his own dinner"."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus166", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_512_every_person_approached_has_questions(drafts: list[Draft]) -> None:
    for case in (
        "moses-kintu-wambuzi",
        "p-s-anilkumar",
        "nurul-aini-syahrani",
        "zhumabekova-aigerim-serikovna",
    ):
        assert drafts_of(drafts, case), case
    assert not [d for d in drafts if d.case in ("thank-zhumabekova", "madaba-map")]


def test_read_512_jobs_and_employers(material: Material) -> None:
    told = {
        name: (frame.role, frame.workplace.place)
        for name in (
            "Tariq Ibrahim Hijazin",
            "P. S. Anilkumar",
            "Lina Tawfiq al-Madanat",
            "Moses Kintu Wambuzi",
            "Nurul Aini Syahrani",
        )
        for frame in (case_frame(material, name),)
    }
    assert told["Tariq Ibrahim Hijazin"] == ("a test driver", "a defence organisation")
    assert told["P. S. Anilkumar"][1] == "a naval base"
    assert told["Lina Tawfiq al-Madanat"][1] == "a national mapping agency"
    assert told["Moses Kintu Wambuzi"][1] == "a defence organisation"
    # ("a land acquisition officer at the land office that handles land for the capital region")
    assert told["Nurul Aini Syahrani"][1] == "a land registry office"


def test_read_512_a_call_out_of_the_blue_takes_no_notes(drafts: list[Draft]) -> None:
    called = [d for d in drafts_of(drafts, "gurpreet-singh-sandhu") if "phone call" in d.prompt]
    assert called
    assert not [d for d in called if "takes notes while you talk" in d.prompt], called[0].prompt


def test_read_512_the_woman_who_approached_not_the_uncle_she_introduced(
    drafts: list[Draft],
) -> None:
    told = drafts_of(drafts, "tariq-ibrahim-hijazin")
    assert told
    assert not [d for d in told if "security consultant" in d.prompt], told[0].prompt


def test_read_512_his_own_dinner_is_no_present(drafts: list[Draft]) -> None:
    told = [
        d
        for d in drafts_of(drafts, "iskakov-nurlan-bolatuly")
        if any("paid for his own dinner" in s.quote for s in d.sources)
    ]
    assert not [d for d in told if "excessive-help-flattery" in d.tags], told[0].prompt


def test_read_514_no_harmless_diplomat(drafts: list[Draft]) -> None:
    # q-94109d6d277f: "At an embassy reception, a foreign diplomat strikes up a conversation"
    # keyed "carry on" (debatable: a diplomat's interest in one's work is reportable).
    told = drafts_of(drafts, "iskakov-nurlan-bolatuly")
    assert [d for d in told if "embassy reception" in d.prompt]
    assert not [d for d in told if d.benign and "embassy reception" in d.prompt]
