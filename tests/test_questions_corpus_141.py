"""Read 443 (corpus 141 on arrival, 46.3% usable per occurrence, no wrong key, one debatable)
found every question of a student's appeal letter filed as "the case of" her host supervisor, the
village secretary and the café owner of an awareness session's report and a notary's assistant
given no questions at all, a tiler first contacted on Telegram told as approached "in person",
and most stems set "at an organisation that handles sensitive work"."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus141", tmp_path_factory)
    return all_drafts(material)


def _settings(drafts: list[Draft], case: str) -> list[str]:
    return [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You")]


def test_every_person_approached_has_questions_and_the_host_supervisor_none(
    drafts: list[Draft],
) -> None:
    cases = {d.case for d in drafts if d.case}
    assert cases >= {
        "w-m-sachini-kaushalya-wijekoon",
        "sugiarto",
        "muhammad-rizky-bin-abdul-hamid",
        "maia-jikia",
        "leidy-tatiana-cardenas-de-la-ossa",
    }, cases
    assert "siriporn-chaiyasit" not in cases


def test_a_contact_first_made_on_telegram_is_online(drafts: list[Draft]) -> None:
    his = _settings(drafts, "davit-kharebava")
    assert his
    assert not any(
        p.split(". ")[1].startswith(("At a public event", "Out of the blue")) for p in his
    )


def test_each_is_told_at_their_own_work(drafts: list[Draft]) -> None:
    told = {
        "johannes-de-villiers": ("You manage a sheep and wheat farm.",),
        "muhammad-rizky-bin-abdul-hamid": ("You run an internet café.",),
        "leidy-tatiana-cardenas-de-la-ossa": (
            "You work as a recreation host at a hotel.",
            "You are a recreation host at a hotel.",
        ),
        "w-m-sachini-kaushalya-wijekoon": ("You are a student at a university",),
    }
    for case, openings in told.items():
        settings = _settings(drafts, case)
        assert settings and all(p.startswith(openings) for p in settings), (case, settings[:1])
    for case in ("maia-jikia", "sugiarto"):
        settings = _settings(drafts, case)
        assert settings and not any("handles sensitive work" in p for p in settings), settings[:1]


def test_a_colleague_who_turned_generous_is_no_stranger(drafts: list[Draft]) -> None:
    """Read 443: a resort's coordinator who "began to treat her with unusual favour" told as
    "someone you have not met before", and beside a colleague, details only an outsider would
    tell ("asks whether your organisation is taking on new staff")."""
    hers = [
        d.prompt for d in drafts if d.case == "leidy-tatiana-cardenas-de-la-ossa" and not d.benign
    ]
    told = [p for p in hers if "contact" in p and not p.startswith("You are")]
    assert told
    for prompt in told:
        assert "A colleague you know from work" in prompt and "not met before" not in prompt
        assert "taking on new staff" not in prompt and "connection request" not in prompt


def test_read_444_general_questions_come_before_what_goes_beyond_them(drafts: list[Draft]) -> None:
    """Read 444: "At first the contact asks only general questions" beside "Early on, the contact
    asks you for internal documents", and "asks what your organisation does" told after "The
    contact, who has so far asked only general questions, now asks ..."."""
    for draft in drafts:
        prompt = draft.prompt
        assert not ("At first the contact asks only general" in prompt and "Early on," in prompt)
        if "has so far asked only" in prompt:
            after = prompt.split("has so far asked only", 1)[1]
            assert "asks what your organisation does" not in after, prompt


def test_read_444_a_tiler_gives_no_talks_and_the_harmless_contrast_is_no_evidence(
    drafts: list[Draft],
) -> None:
    """Read 444: a tiler who "gave a talk at a public industry event" and has a network switch
    replaced "in your office"; Prof. Siriporn's invitation, which the letter gives as what was
    not suspicious, quoted as the student's warning sign."""
    for prompt in _settings(drafts, "davit-kharebava"):
        assert "talk you gave" not in prompt and "your office" not in prompt, prompt
    for draft in drafts:
        for source in draft.sources:
            assert "Prof. Siriporn invited me" not in source.quote, draft.prompt
