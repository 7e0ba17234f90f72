"""The trainee app, driven as a trainee drives it: with Textual's Pilot, and snapshots."""

from __future__ import annotations

from pathlib import Path

import attrs

from quiz.qformat import dumps_set
from quiz.ui.app import HomeScreen, QuizApp, QuizScreen, ResultsScreen, build_app
from quiz.validate import load_sets

from .conftest import QUESTIONS

SIZE = (80, 24)
HOSTILE = "[@click=app.quit]x[/] oops [/] [bold red]loud[/] \x1b[2J\x1b]0;pwned\x07 end"


def essentials_first(app: QuizApp) -> None:
    assert isinstance(app.screen, HomeScreen)
    assert app.screen.sets[0].id == "essentials"


async def answer_current(pilot, screen: QuizScreen, right: bool = True) -> None:
    question = screen.question
    order = screen.order
    if question.kind == "ordering":
        if right:
            # Bubble each step into place with u/d, as a trainee would.
            for target, choice_id in enumerate(question.answer):
                at = screen.order.index(choice_id)
                screen.query_one("#choices").highlighted = at
                for _ in range(at - target):
                    await pilot.press("u")
        await pilot.press("enter")
        return
    answers = (
        list(question.answer)
        if right
        else [next(c.id for c in question.choices if c.id not in question.answer)]
    )
    if question.kind == "matching" and not right:
        answers = answers * len(question.items)
    for choice_id in answers:
        await pilot.press(str(order.index(choice_id) + 1))
    await pilot.press("enter")


async def test_a_trainee_answers_a_whole_set_and_sees_the_score() -> None:
    app = build_app(QUESTIONS)
    async with app.run_test(size=SIZE) as pilot:
        essentials_first(app)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        total = len(screen.question_set.questions)
        kinds = set()
        for number in range(total):
            kinds.add(screen.question.kind)
            await answer_current(pilot, screen, right=number % 2 == 0)
            assert screen.showing_feedback
            feedback = str(screen.query_one("#feedback").render())
            assert ("Right." in feedback) == (number % 2 == 0), feedback
            await pilot.press("enter")
        assert isinstance(app.screen, ResultsScreen)
        right = (total + 1) // 2
        assert f"{right} of {total}" in str(app.screen.query_one("#results").render())
        assert {"single", "multiple", "ordering"} <= kinds


async def test_every_kind_can_be_answered_right(tmp_path: Path) -> None:
    sets = load_sets(QUESTIONS)
    by_kind = {}
    for question in (q for s in sets for q in s.questions):
        by_kind.setdefault(question.kind, question)
    mixed = attrs.evolve(sets[0], questions=tuple(by_kind.values()))
    (tmp_path / "mixed.toml").write_text(dumps_set(mixed), encoding="utf-8")
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        for _ in by_kind:
            await answer_current(pilot, screen, right=True)
            assert "Right." in str(screen.query_one("#feedback").render()), screen.question.kind
            await pilot.press("enter")
        assert f"{len(by_kind)} of {len(by_kind)} (100%)" in str(
            app.screen.query_one("#results").render()
        )


def _hostile_set(tmp_path: Path) -> Path:
    question_set = next(s for s in load_sets(QUESTIONS) if s.id == "case-li")
    first = question_set.questions[0]
    hostile_choice = attrs.evolve(first.choices[0], text=HOSTILE + " choice")
    first = attrs.evolve(
        first,
        prompt=HOSTILE,
        explanation=HOSTILE,
        choices=(hostile_choice, *first.choices[1:]),
    )
    question_set = attrs.evolve(question_set, questions=(first, *question_set.questions[1:]))
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "hostile.toml").write_text(dumps_set(question_set), encoding="utf-8")
    return folder


async def test_markup_and_escape_sequences_in_question_files_are_shown_literally(
    tmp_path: Path,
) -> None:
    app = build_app(_hostile_set(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        prompt = str(screen.query_one("#prompt").render())
        assert "[@click=app.quit]x[/] oops [/] [bold red]loud[/]" in prompt
        assert "pwned" in prompt  # the text stays, the control bytes do not
        assert "\x1b" not in prompt and "\x07" not in prompt
        await pilot.click("#prompt")
        await pilot.press("1", "enter")
        assert app.is_running
        feedback = str(screen.query_one("#feedback").render())
        assert "[@click=app.quit]x[/]" in feedback
        await pilot.press("enter")
        assert app.is_running


def test_snapshot_home(snap_compare) -> None:
    assert snap_compare(build_app(QUESTIONS), terminal_size=SIZE)


def test_snapshot_question(snap_compare) -> None:
    assert snap_compare(build_app(QUESTIONS), press=["enter"], terminal_size=SIZE)


def test_snapshot_feedback(snap_compare) -> None:
    assert snap_compare(build_app(QUESTIONS), press=["enter", "1", "enter"], terminal_size=SIZE)


def test_snapshot_results(snap_compare, tmp_path: Path) -> None:
    sets = load_sets(QUESTIONS)
    short = next(s for s in sets if s.id == "case-li")
    short = attrs.evolve(short, questions=short.questions[:2])
    (tmp_path / "short.toml").write_text(dumps_set(short), encoding="utf-8")
    assert snap_compare(
        build_app(tmp_path),
        press=["enter", "1", "enter", "enter", "1", "enter", "enter"],
        terminal_size=SIZE,
    )
