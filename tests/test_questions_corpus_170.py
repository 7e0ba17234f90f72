"""Read 520 (corpus 170 on arrival, on 3d02139: 53.0% usable per occurrence, 53.8% distinct, no
wrong key, one debatable) found the photographer a reporter interviewed with no set of her own
and the reporter given one, jobs and workplaces taken from bystanders ("a store manager", "a
coast guard station", "a defence contractor" for a council officer), a foreign base's "unit
security manager" taught to a solar panel installer and a ferry trader, a bill a man paid
himself told as a stranger paying the trainee's bills, and, for a harmless contact of the
caretaker at the Armed Forces' headquarters, telling the security office straight away offered as
a wrong choice."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus170", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_520_the_photographer_not_the_reporter(drafts: list[Draft]) -> None:
    assert drafts_of(drafts, "elle-marja-eira")
    assert not [d for d in drafts if d.case in ("sunniva-bakke", "radio-salten")]
    assert not [d for d in drafts if "Sunniva Bakke" in d.prompt + d.explanation]


@pytest.mark.parametrize(
    ("name", "role", "place"),
    [
        ("Derek W. Halvorsen", "an electrical drafter", "an engineering firm"),
        ("Hendrik Jacobus Swanepoel", "a quality manager", "a shipyard"),
        ("Megan Louise O'Halloran", "an economic development officer", "a city council"),
        ("Anna-Lise Kowalczuk", "a research biologist", "a government ministry"),
        ("Rajen Moodley", "an export shipping coordinator", "a shipping company"),
        ("Kwon Sang-hoon", "a bottari trader", "a business of your own"),
        ("Kjell-Ove Strand", "a caretaker", "a defence organisation"),
    ],
)
def test_read_520_the_job_and_the_workplace_of_the_person(
    material: Material, name: str, role: str, place: str
) -> None:
    frame = case_frame(material, name)
    assert (frame.role, frame.workplace.place) == (role, place)


def test_read_520_no_store_manager_and_no_bills_paid(drafts: list[Draft]) -> None:
    told = drafts_of(drafts, "seo")
    assert not [d for d in told if "store manager" in d.prompt]
    assert not [d for d in told if "paid his bill" in " ".join(s.quote for s in d.sources)]


def test_read_520_no_foreign_bases_channel_for_local_people(drafts: list[Draft]) -> None:
    for case in ("seo", "kwon-sang-hoon"):
        told = drafts_of(drafts, case)
        assert not [
            d
            for d in told
            if "unit security manager" in " ".join((d.prompt, d.explanation, *d.options))
        ], case


def test_read_520_reporting_a_harmless_contact_at_a_defence_workplace_is_no_wrong_choice(
    drafts: list[Draft],
) -> None:
    # The caretaker at the Armed Forces' headquarters was told as "a member of staff at an
    # organisation that handles sensitive work", and telling the security office straight away
    # about a joint project's contact, whose manager was copied in, was offered as a wrong
    # choice (debatable). Placed at the defence organisation he works for, whose staff report
    # contacts as a rule, the wrong report is one that says the contact is suspect.
    harmless = [
        d
        for d in drafts_of(drafts, "kjell-ove-strand")
        if d.benign and d.prompt.endswith("What should you do?")
    ]
    assert harmless
    for draft in harmless:
        assert "a defence organisation" in draft.prompt
        wrong = [o for n, o in enumerate(draft.options) if n not in draft.correct]
        assert not [o for o in wrong if o.endswith("straight away")], draft.options
