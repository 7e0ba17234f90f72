"""Read 439 (corpus 140 on arrival, 42.2% usable per occurrence, no wrong key, one debatable)
found a whole set built around the security officer who briefed a meeting, an owner merged with
the technician a check was about, the owner of a workshop told as "a manager at a university",
one old friend from military service told as a stranger "out of the blue", and a founder's
story, a haying contractor and a loading master given no questions."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus140", tmp_path_factory)
    return all_drafts(material)


def _settings(drafts: list[Draft], case: str) -> list[str]:
    return [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You")]


def test_every_person_approached_has_questions_and_the_officer_none(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert cases >= {
        "dale-r-hoffmeier",
        "sigrun-hrafnsdottir",
        "marko",
        "a-bench-technician",
        "tsai-ming-te",
    }, cases
    assert "s-penhaligon" not in cases


def test_owners_and_founders_run_their_own_business(drafts: list[Draft]) -> None:
    for case in ("tsai-ming-te", "sigrun-hrafnsdottir"):
        told = _settings(drafts, case)
        assert told and all(p.startswith("You run a small business of your own.") for p in told)
    dale = _settings(drafts, "dale-r-hoffmeier")
    assert dale and all(p.startswith("You run a custom haying and baling business.") for p in dale)


def test_an_old_comrade_is_no_stranger(drafts: list[Draft]) -> None:
    his = [d.prompt for d in drafts if d.case == "tsai-ming-te" and not d.benign]
    assert his
    for prompt in his:
        if "contact" in prompt:
            assert "old friend" in prompt and "not met before" not in prompt, prompt


def test_read_440_an_owners_words_agree_and_a_twin_is_the_contacts(drafts: list[Draft]) -> None:
    """Read 440: "under an agreement your clients approves" of a hay contractor; a stem that
    asks for the opening hours beside a choice naming the annual report; and "A friend asks you
    to help set up the new Wi-Fi router" pasted into a story about a game contact."""
    for draft in drafts:
        told = " ".join([draft.prompt, *draft.options, draft.explanation])
        assert "your clients approves" not in told and "your clients hears" not in told, told
        if "opening hours" in draft.prompt:
            assert not any("annual report" in option for option in draft.options), draft.options
        assert "A friend asks you to help set up" not in draft.prompt, draft.prompt


def test_read_441_a_fee_for_a_trip_run_is_no_trip_offered(drafts: list[Draft]) -> None:
    """Read 441: "offered her EUR 900 for a two-hour trip" (a boat hire she would run) told as
    "offers you a free weekend trip abroad"."""
    hers = [d for d in drafts if d.case == "nives-turcic-sabljak"]
    assert hers and not any("free weekend trip" in d.prompt for d in hers)


def test_read_441_a_contact_made_through_a_listing_is_online(drafts: list[Draft]) -> None:
    """Read 441: a grader operator whom a buyer wrote to after "he listed his old snowmobile on
    an online marketplace" told as met "At a public event in your field"."""
    his = _settings(drafts, "corey-allen-vettleson")
    assert his and not any("At a public event" in p for p in his), his[:2]
