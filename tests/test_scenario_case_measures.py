"""Scenarios told with the case's own facts where a read found the generic words wanting (reads
254 and 255): what a fee was worth to the person, the place an assistant works in; and the
Essentials set asking what to do, as it says it does."""

from __future__ import annotations

import tomllib
from pathlib import Path

from quiz.generate import all_drafts, generate
from quiz.material import load_material
from quiz.scenario_material import scenario_material

CORPORA = Path(__file__).parent

REPORT = (
    "Ana Rusu, 34, is a military registration specialist at the district mobilisation office. "
    "In 2023 she was approached after a public event by a man who called himself Viktor Hass "
    "of a research institute. He paid her 500 lei for a questionnaire that held nothing "
    "unpublished, took her to dinner and praised her languages. Then he asked for the named "
    "lists of reservists, and for them he offered 20,000 lei, which is more than four months "
    "of her salary, and told her there was no need to involve her chief. She came to the head "
    "of section that afternoon and reported it; nothing was handed over.\n"
)


def _prompts(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    return [d.prompt for d in all_drafts(load_material(tmp_path))]


def test_a_fee_is_told_by_what_the_case_says_it_was_worth(tmp_path: Path) -> None:
    # Read 254: "a fee several times what such work is normally worth" names the sign for the
    # trainee; the case's own measure is a fact they weigh.
    prompts = _prompts(tmp_path, REPORT)
    assert any("a fee of more than four months of your salary" in p for p in prompts), prompts
    assert not any("several times what such work is normally worth" in p for p in prompts)


def test_a_post_offered_at_a_higher_wage_is_no_measure_of_a_fee(tmp_path: Path) -> None:
    # "offered him a supervisor's post in the Gulf at three times his salary" is a wage, not
    # what a summary was worth (corpus 82: "a fee of three times your salary").
    prompts = _prompts(
        tmp_path,
        REPORT.replace(
            "which is more than four months of her salary",
            "and a post in the Gulf at three times her salary",
        ),
    )
    assert not any("times your salary" in p for p in prompts), prompts


def test_the_measure_is_said_of_you() -> None:
    import re

    sign = scenario_material().signs["disproportionate-reward"]
    for passage, told in (
        ("which for him was more than a month's wages.", "more than a month's wages"),
        ("three times the accused's annual salary", "three times the accused's annual salary"),
        ("more than she clears in two weeks", "more than she clears in two weeks"),
        ("nearly half of the nurse's monthly salary", "nearly half of the nurse's monthly salary"),
    ):
        found = re.search(sign.worth_pattern, passage)
        assert found is not None and found.group("worth") == told, passage
    assert re.search(sign.worth_pattern, "more than podcasts usually pay") is None
    from quiz.frames import _THEY_EARN, _YOURS

    assert _YOURS.sub("your ", "three times the accused's annual salary") == (
        "three times your annual salary"
    )
    assert _YOURS.sub("your ", "close to a month's pay") == "close to a month's pay"
    assert _THEY_EARN.sub("than you earn in", "more than she clears in two weeks") == (
        "more than you earn in two weeks"
    )


def test_an_assistant_is_named_by_where_they_work(tmp_path: Path) -> None:
    # Read 255: "One of your colleagues there is an assistant."
    from quiz.frames import _role

    text = (
        "Miss Elna Visagie, a civilian assistant in the Navy's technical library at the base, "
        "was courted by a man who called himself Clive. At his request she photocopied "
        "maintenance manuals, several hundred pages in all, and carried them out of the "
        "library. She told nobody, as he had asked her. She was arrested at the airport and "
        "sentenced to seven years.\n"
    )
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    material = load_material(tmp_path)
    case = material.extraction.cases[0]
    assert _role(case, scenario_material()) == "a library assistant"


def test_no_story_calls_the_contact_it_or_muddles_whose_invitation_it_is() -> None:
    # Read 255: "not to mention your exchanges, or the contact itself"; "a visitor from a
    # company" who then invites you "on behalf of an organisation you have never heard of".
    material = scenario_material()
    stories = [
        told
        for sign in material.signs.values()
        for told in (sign.story, *(v.story for v in sign.variants))
    ]
    assert stories
    assert not [s for s in stories if "contact itself" in s or s.startswith("On behalf of")]


def test_essentials_asks_what_to_do(tmp_path: Path) -> None:
    # Reads 254 and 255: an Essentials set that says it covers reporting channels had no
    # question of what to do, every reporting question's sign being asked already as a
    # warning sign.
    for folder in (CORPORA / "corpus82", CORPORA / "corpus83"):
        sets = {s.id: s for s in generate(load_material(folder), seed=0)}
        essentials = sets["essentials"]
        assert any(q.topic == "reporting" for q in essentials.questions), folder.name


def test_the_shipped_essentials_ask_what_to_do() -> None:
    shipped = tomllib.loads(
        (CORPORA.parent / "questions" / "essentials.toml").read_text(encoding="utf-8")
    )
    assert any(q["topic"] == "reporting" for q in shipped["questions"])
