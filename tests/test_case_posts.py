"""The post a case's own document names as the one to tell (``quiz/posts.py``). Read 468 on
corpus 148 found a farmer who supplies an air base keyed "Tell the police or the national
security service" where her document names the base's Supply Security Officer, and counted ten
and more items of that read sending their reader to a generic channel where the document named
its own (the first department of a reactor complex's calibration centre)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quiz.families.base import Context, Draft
from quiz.frames import build_frame
from quiz.generate import all_drafts
from quiz.material import Material, load_material
from quiz.posts import named_post
from quiz.scenario_material import scenario_material

from .conftest import corpus_material

CORPORA = Path(__file__).parent


@pytest.mark.parametrize(
    ("passage", "post"),
    [
        (
            "The Committee recommends that it give every supplier the Supply Security "
            "Officer's telephone number in writing.",
            "the Supply Security Officer",
        ),
        (
            "on the same day inform your head of department or the first department (room 104)",
            "the first department",
        ),
        (
            "Tell your supervisor or the Security Manager, Mr Jada, the same day.",
            "the Security Manager",
        ),
        # The reader's own: "their" and "his" are "your".
        ("report at once to their unit security officer", "your unit security officer"),
        # A title in capitals is a post's name, even where its word is generic in lower case.
        ("Tell the Company Security Officer the same day", "the Company Security Officer"),
        (
            "the base security officer, as your supply contract requires",
            "the base security officer",
        ),
    ],
)
def test_a_post_named(passage: str, post: str) -> None:
    assert named_post(passage) == post


@pytest.mark.parametrize(
    "passage",
    [
        # The channel every organisation has, in other words: the generic words stay.
        "She told the security officer the next morning.",
        "Staff should tell their employer's security officer or their own security office.",
        # Words around a post are no part of it.
        "Tell the same day the security officer.",
        # No post at all: a hotline, the police, a person.
        "Call the national security hotline on 12339 or tell the police.",
        "Two days later she told Captain Maphanyane.",
    ],
)
def test_no_post_named(passage: str) -> None:
    assert named_post(passage) is None


@pytest.fixture(scope="module")
def drafts_148(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus148", tmp_path_factory)
    return all_drafts(material)


def _keys(drafts: list[Draft], case: str) -> list[str]:
    return [
        draft.options[i]
        for draft in drafts
        if draft.case == case and draft.topic == "reporting"
        for i in draft.correct
    ]


def test_read_468_the_supplier_tells_the_supply_security_officer(
    drafts_148: list[Draft],
) -> None:
    keys = _keys(drafts_148, "boitumelo-kgosiemang")
    told = [k for k in keys if k.startswith("Tell ")]
    assert told, keys
    assert all("the Supply Security Officer" in k for k in told), told
    assert not any("police or the national security service" in k for k in keys), keys
    # The passage quoted for it names the post.
    for draft in drafts_148:
        if draft.case == "boitumelo-kgosiemang" and any(
            "Supply Security Officer" in draft.options[i] for i in draft.correct
        ):
            assert any("Supply Security Officer" in e.quote for e in draft.sources), draft.sources


def test_read_468_the_centre_tells_its_first_department(drafts_148: list[Draft]) -> None:
    keys = _keys(drafts_148, "kuzmenko-svetlana-petrovna") + _keys(
        drafts_148, "baimukhanov-dauren-yerlanovich"
    )
    assert any("the first department" in k for k in keys), keys
    assert not any("your organisation's security office" in k for k in keys), keys


def test_read_468_a_department_told_by_formal_note_is_no_jobseekers_channel(
    drafts_148: list[Draft],
) -> None:
    """ "The naval base's security department was informed by formal note": what the
    employment office did, never where a jobseeker goes."""
    for draft in drafts_148:
        if draft.case in {"ignacio-martin-ferreyra", "florencia-belen-acosta"}:
            told = " ".join([*draft.options, draft.explanation])
            assert "naval base's security department" not in told, told
            assert not any("informed by formal note" in e.quote for e in draft.sources)


def _told(material: Material, case_id: str) -> str:
    """The action a question built from the case tells for reporting."""
    ctx = Context(material, scenario_material(), 0)
    case = next(c for c in material.extraction.cases if c.id == case_id)
    frame = build_frame(
        case, ctx.scenarios, ctx.garbled, ctx.sentence_before, ctx.with_next, ctx.in_lead
    )
    return ctx.reporting(frame, ctx.report_channel()).action


def test_advice_to_one_group_is_not_everyone_elses(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "Soldiers and employees of the Bundesheer go to their unit's security officer ...;
    everyone else to the police": a professional hunter has no unit (corpus 127). (Nor, told
    so, does the newsletter's air-base technician, whose passages never say "Bundesheer": he
    keeps the generic channel, which is not wrong for him.)"""
    material = corpus_material("corpus127", tmp_path_factory)
    assert "unit's security officer" not in _told(material, "a-professional-hunter")


def test_an_organisations_own_channels_come_first(tmp_path: Path) -> None:
    """With a channels file, its channels are the trainee's: a case's post is not named."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in (CORPORA / "corpus148").glob("*.txt"):
        shutil.copy(path, seeds / path.name)
    (seeds / "channels.toml").write_text(
        'organisation = "Example"\n\n[[channels]]\nid = "security-office"\n'
        'name = "the Example security desk"\naction = "Tell the Example security desk"\n',
        encoding="utf-8",
    )
    drafts = all_drafts(load_material(seeds))
    keys = " ".join(d.options[i] for d in drafts for i in d.correct)
    assert "the Example security desk" in keys
    assert "Supply Security Officer" not in keys
    assert "first department" not in keys.lower()
