"""Questions from corpus 88 that read 276 found telling the wrong person's story: a reply the
case never gave, a flight the case denied, a relative's study abroad as the person's trip, a key
that alone echoes the stem's "report", and the same weekend question told twice."""

from __future__ import annotations

import re

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.scenario_material import scenario_material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus88", tmp_path_factory))


def _cases(drafts: list[Draft], family: str) -> set[str]:
    return {d.case for d in drafts if d.family == family and d.case}


def test_no_question_says_a_case_replied_who_never_did(drafts) -> None:
    # 'Malineo Sekhonyana "did not reply, took screenshots and showed them to her site
    # supervisor"; Khamla Vongsavath "does not reply" and forwards it within the hour (read 276:
    # "you answered the message and sent a few things that were public anyway").
    replied = _cases(drafts, "after-reply")
    assert not any(c.startswith(("malineo", "khamla")) for c in replied), replied


def test_a_flight_denied_is_no_flight(drafts) -> None:
    # "that he was going to Ladybrand to visit an uncle, not to flee" is the applicant's own
    # denial, not a flight that shows running is no way out (read 276).
    for draft in drafts:
        if draft.family == "way-out":
            assert not any("not to flee" in e.quote for e in draft.sources), draft.prompt


def test_a_relatives_study_abroad_is_not_the_persons_trip(drafts) -> None:
    # "when he heard that Harry's son wanted to study abroad" (read 276: "Next month you leave
    # to spend some time abroad", and an exchange programme abroad as Harry's setting).
    harry = [d for d in drafts if (d.case or "").startswith("harrydath")]
    assert harry, sorted(_cases(drafts, "warning-sign"))
    assert not any(d.family == "before-travel" for d in harry)
    assert not any("abroad" in d.prompt.split(".")[0] for d in harry)
    assert not any("coast guard" in d.prompt for d in harry)


def test_the_job_is_the_cases_own(drafts) -> None:
    # 'Malineo was "a fellow rigger"; the security manager only received her report (read 276:
    # "You work as a security manager").
    malineo = [d for d in drafts if (d.case or "").startswith("malineo")]
    assert malineo
    for draft in malineo:
        assert "security manager" not in draft.prompt.split(".")[0], draft.prompt
        assert "rigger" in draft.prompt.split(".")[0], draft.prompt


def test_the_keep_evidence_key_does_not_echo_the_stems_report(drafts) -> None:
    # "You decide to report it. What do you do with the messages?" with only the key saying
    # "for your report" (read 276).
    actions = scenario_material().actions
    for key in actions.keep_evidence:
        assert not re.search(r"\breport", key, re.IGNORECASE), key
    kept = [d for d in drafts if d.family == "keep-evidence"]
    assert kept
    for draft in kept:
        key = draft.options[draft.correct[0]]
        assert "report" not in key.lower(), key


def test_one_situation_asks_about_weekends_once(drafts) -> None:
    # "asks what town you live in and what you do at weekends ... asks what you like to do at
    # weekends" (read 276).
    for draft in drafts:
        assert draft.prompt.count("weekends") <= 1, draft.prompt
    material = scenario_material()
    groups = {
        d.story: d.group
        for pool in material.ordinary.values()
        for d in pool
        if "weekends" in d.story
    }
    assert len(set(groups.values())) == 1 and "" not in groups.values(), groups
