"""Read 453 (corpus 145 on arrival, 47.1% usable per occurrence, no wrong key, one debatable)
found a gym trainer's set filed under the police officer who told his story, four people
approached with no set at all, a village dairy farmer sent to "your organisation's security
office or your superiors", and stock openings that were not how the contact began (a caretaker's
client and a boatswain's stranger in a bar told as "a fellow member" of a club, a nurse
contacted on Instagram told as met out of the blue)."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus145", tmp_path_factory)
    return all_drafts(material)


def test_read_453_every_person_approached_has_questions(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    people = {
        "jean-sebastien-gravel-tremblay",
        "annie-claude-bouchard",
        "jaskaran-singh",
        "jesus-ramirez-felix",
        "seo-yu-na",
        "gurmeet-singh-bajwa",
    }
    assert cases >= people, people - cases
    assert not cases & {"harjinder-singh", "jonathan-s-balagtas", "nurse-seo"}, cases
    trainer = [d.prompt for d in drafts if d.case == "jaskaran-singh"]
    assert not any("police" in p for p in trainer), trainer


def test_read_453_a_village_farmer_reports_to_the_authorities(drafts: list[Draft]) -> None:
    his = [d for d in drafts if d.case == "gurmeet-singh-bajwa"]
    assert his and all(d.prompt.startswith("You work for yourself") for d in his), his
    said = " ".join(" ".join((d.prompt, *d.options, d.explanation)) for d in his)
    assert "organisation's security office" not in said and "superiors" not in said


def test_read_453_openings_as_the_contact_began(drafts: list[Draft]) -> None:
    def opened(case: str) -> list[str]:
        return [d.prompt for d in drafts if d.case == case and "contact" in d.prompt]

    caretaker = opened("jean-sebastien-gravel-tremblay")
    assert caretaker and all("club" not in p and "client" in p for p in caretaker), caretaker
    assert all("bar" in p for p in opened("jesus-ramirez-felix")), opened("jesus-ramirez-felix")
    nurse = opened("seo-yu-na")
    assert nurse and not any("Out of the blue" in p for p in nurse), nurse


def test_read_453_nothing_the_case_shows_offered_as_ordinary(drafts: list[Draft]) -> None:
    """Read 453: praise from a mutual acquaintance offered as ordinary in the case of a student
    whom the contact praised to others, and a foreign phone number in the case of a farmer whose
    report warns of callers from foreign numbers: second right answers."""
    praised = [d for d in drafts if d.case == "jose-eduardo-lizarraga-ochoa"]
    assert praised and not any("mutual acquaintance" in " ".join(d.options) for d in praised)
    called = [d for d in drafts if d.case == "gurmeet-singh-bajwa"]
    told = " ".join(" ".join((d.prompt, *d.options)) for d in called)
    assert called and "another country" not in told and "from abroad" not in told


def test_read_454_no_earliest_point_the_report_itself_puts_elsewhere(drafts: list[Draft]) -> None:
    """Read 454: "at the first question about the jets" keyed for a caretaker handed $1,500 in an
    envelope in his first week, and "as soon as the invitation with paid travel arrived" for a
    radiographer whose report says "if he had reported on his return": both debatable, so the
    earliest point is not asked of them."""
    keys = {d.case: d.options[d.correct[0]] for d in drafts if d.family == "earliest-report"}
    assert "jean-sebastien-gravel-tremblay" not in keys, keys
    assert "a-radiographer" not in keys, keys
