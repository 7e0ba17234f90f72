"""A warning sign told beside its own harmless twin (reads 344 to 350): in a recognition
question the tempting wrong choice is the same kind of thing done in the open (files copied for
a handover the manager asked for, beside files copied in batches), so that the sign is told
from it by the facts, and a reassurance ("your employer approves") is no longer what only
harmless situations say."""

from __future__ import annotations

import pytest

from quiz.generate import all_drafts
from quiz.material import load_material
from quiz.scenario_material import scenario_material

from .conftest import SEEDS

CORPORA = SEEDS.parent / "tests"
FOLDERS = (
    SEEDS,
    CORPORA / "corpus8",
    CORPORA / "corpus44",
    CORPORA / "corpus70",
    CORPORA / "corpus86",
)


@pytest.fixture(scope="module")
def scenarios():
    return scenario_material()


@pytest.fixture(scope="module")
def drafts():
    return [d for folder in FOLDERS for d in all_drafts(load_material(folder))]


def test_which_signs_have_a_twin_that_can_stand_beside_them(scenarios) -> None:
    twins = {tag: sign.twin_beside for tag, sign in scenarios.signs.items() if sign.twin_beside}
    assert twins["bulk-collection"] == "always"
    assert twins["disproportionate-reward"] == "always"
    # Ordinary only from a contact the organisation arranged, not from a stranger.
    assert twins["paid-tasks"] == "arranged"
    # A resignation with a handover cannot be true beside a sudden flight abroad.
    assert "sudden-exit" not in twins
    assert set(twins.values()) <= {"always", "arranged"}


def test_a_red_flag_offers_the_signs_own_twin_told_before_it(scenarios, drafts) -> None:
    seen = 0
    for draft in drafts:
        if draft.family not in ("red-flag", "look-alike") or draft.benign:
            continue
        sign = scenarios.signs.get(draft.subject)
        if sign is None or not sign.twin_beside:
            continue
        twin = sign.benign_beside or sign.benign
        if twin not in draft.prompt:
            continue
        seen += 1
        label = sign.benign_beside_misread or sign.benign_misread
        key = draft.options[draft.correct[0]]
        wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
        # Offered as a wrong choice, in the question's own form ("Yes: ..." in a look-alike).
        assert any(o.endswith(label[1:]) for o in wrong), (draft.prompt, draft.options)
        assert not key.endswith(label[1:])
        # Told before the sign's story, which goes beyond it.
        story = sign.story.split("{")[0][:40]
        if story in draft.prompt:
            assert draft.prompt.index(twin) < draft.prompt.index(story), draft.prompt
        # Only after an arranged opening where the twin is ordinary only so.
        if sign.twin_beside == "arranged":
            arranged = [c.arranged for c in scenarios.channels.values()]
            assert any(a in draft.prompt for a in arranged), draft.prompt
    assert seen >= 10


def test_the_harmless_and_the_suspicious_twin_share_the_harmless_detail(scenarios, drafts) -> None:
    # Read 350: a pair asked side by side differs by the sign alone.
    by_subject = {(d.case, d.subject): d for d in drafts if d.family == "look-alike"}
    pairs = 0
    for (case, subject), harmless in by_subject.items():
        tag = subject.removesuffix("-benign")
        suspicious = by_subject.get((case, tag))
        if tag == subject or suspicious is None or "{" in scenarios.signs[tag].benign:
            continue
        if scenarios.signs[tag].twin_beside != "always":
            continue
        benign = scenarios.signs[tag].benign
        if benign not in harmless.prompt:
            continue
        pairs += 1
        assert benign in suspicious.prompt, (harmless.prompt, suspicious.prompt)
    assert pairs >= 1
