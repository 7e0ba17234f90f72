"""Read 496 (corpus 158 on arrival, on d17e153: 52.8% usable per occurrence, 53.3% distinct, no
wrong or debatable key) found no question at all for five of its ten people, a copier
technician told as working "at a law office" (one of the clients whose old disks he sent), and a
steelband report's greeting, "Members, friends and sponsors,", shown as the document's title in
every explanation that quoted it. Read 497 (after the fixes: 75.3% usable per occurrence, 80.7%
distinct, no wrong key, two debatable) found a salon owner offered "ask someone you trust" as a
wrong choice of an ordinary contact, two students and a claims handler told as "a member of
staff", and a request for "the full claim files" told without the quoted words that said
whose. Read 498 (on the same material after those fixes, a stricter reader: 68.4% / 70.4%, no
wrong key, one debatable) found a caterer, a database administrator and two students told in
the wrong place or with a manager."""

from __future__ import annotations

import pytest

from quiz.documents import Document
from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import CORPUS, corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus158", tmp_path_factory)
    return all_drafts(material)


def test_read_496_every_case_has_questions(drafts: list[Draft]) -> None:
    for case in (
        "albino-tomas-muianga",
        "argentina-assane",
        "rutendo-mavhunga",
        "tafadzwa-kuwana",
        "tamar-gogoladze",
        "irakli-bakradze",
        "joseph-saye-kollie",
        "patience-sumo",
        "kirton-noel",
        "jacinta-redhead",
    ):
        assert drafts_of(drafts, case)


def test_read_496_a_clients_office_is_no_workplace(drafts: list[Draft]) -> None:
    for draft in drafts_of(drafts, "albino-tomas-muianga"):
        assert "law office" not in draft.prompt, draft.prompt


def test_read_496_a_greeting_is_no_title() -> None:
    name = (
        "05_grenville_steelband-managers-annual-report_events-caterer-and-hospital-switchboard"
        "-operator.txt"
    )
    doc = Document.read(CORPUS.parent / "corpus158" / name, name)
    assert doc.headline != "Members, friends and sponsors,"


def test_read_497_whom_a_business_owner_would_ask_is_no_wrong_choice(drafts: list[Draft]) -> None:
    # ("Carry on, and ask someone you trust what they make of it", offered as wrong of an
    # ordinary contact to a hair salon's owner, with no colleague or security office beside
    # her: as defensible as the key, read 497.)
    harmless = [
        d
        for d in drafts
        if d.case in ("rutendo-mavhunga", "tafadzwa-kuwana")
        and d.family == "right-action"
        and d.benign
    ]
    assert harmless
    for draft in harmless:
        assert not any("someone you trust" in o or "a colleague" in o for o in draft.options)


def test_read_497_students_and_a_claims_handler_by_their_own_words(drafts: list[Draft]) -> None:
    assert any(
        "You are a geology student" in d.prompt for d in drafts_of(drafts, "joseph-saye-kollie")
    )
    assert any("mass communication student" in d.prompt for d in drafts_of(drafts, "patience-sumo"))
    assert any("claims handler" in d.prompt for d in drafts_of(drafts, "tamar-gogoladze"))
    assert any("You run a tuck-shop" in d.prompt for d in drafts_of(drafts, "tafadzwa-kuwana"))


def test_read_497_a_request_whose_object_is_quoted(drafts: list[Draft]) -> None:
    # ('the full claim files of "four or five officers, to illustrate typical cases"' was told as
    # "the full claim files", with nothing before it to say whose, read 497.)
    told = [d.prompt for d in drafts_of(drafts, "tamar-gogoladze") if "claim files" in d.prompt]
    assert told
    for prompt in told:
        assert "the full claim files of four or five officers" in prompt, prompt


def test_read_498_a_caterer_a_vendors_course_and_a_students_supervisor(
    drafts: list[Draft],
) -> None:
    # (Read 498: "Chef K, who plays second pan and runs a small catering business" sent to "your
    # organisation's security office"; a database administrator at an insurer told as working
    # "at a technology company", from the course "organised by a software vendor" he attended;
    # "Your manager later agrees a joint project", told to a student.)
    assert all("You run a catering business" in d.prompt for d in drafts_of(drafts, "kirton-noel"))
    assert not any("technology company" in d.prompt for d in drafts_of(drafts, "irakli-bakradze"))
    for case in ("joseph-saye-kollie", "patience-sumo"):
        for draft in drafts_of(drafts, case):
            assert "manager" not in draft.prompt.lower(), draft.prompt
