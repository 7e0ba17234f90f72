"""The trainee app, driven as a trainee drives it: with Textual's Pilot, and snapshots."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import attrs
import pytest

from quiz.models import Choice, MatchItem, Question
from quiz.qformat import dumps_set
from quiz.taxonomy import TAGS
from quiz.ui.app import HomeScreen, QuizApp, QuizScreen, ResultsScreen
from quiz.ui.app import build_app as _build_app
from quiz.validate import load_sets

from .conftest import QUESTIONS, SEEDS, response_for
from .test_store import Clock

SIZE = (80, 24)
HOSTILE = "[@click=app.quit]x[/] oops [/] [bold red]loud[/] \x1b[2J\x1b]0;pwned\x07 end"


def build_app(questions: Path, db: Path | None = None, trainee: str | None = "Ada") -> QuizApp:
    """The app on a store of its own, a fixed clock and seed: tests are exact."""
    if db is None:
        db = Path(tempfile.mkdtemp()) / "scores.sqlite3"
    return _build_app(questions, db, trainee, seeds=SEEDS, clock=Clock(), new_seed=lambda: 42)


def essentials_first(app: QuizApp) -> None:
    assert isinstance(app.screen, HomeScreen)
    assert app.screen.entries[0] == ("set", "essentials")


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
    for choice_id in response_for(question, right):
        await pilot.press(str(order.index(choice_id) + 1))
    await pilot.press("enter")


async def test_a_trainee_answers_a_whole_set_and_sees_the_score() -> None:
    app = build_app(QUESTIONS)
    async with app.run_test(size=SIZE) as pilot:
        essentials_first(app)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        total = len(screen.run.questions)
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
        assert "scenario" in kinds


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


def footer_keys(screen) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What the footer shows: description -> key, as the trainee reads it."""
    return {
        key.description: key.key_display for key in screen.query("FooterKey") if not key.disabled
    }


async def _settled(pilot) -> None:
    """Wait until the header and footer, mounted a frame after the list, are there."""
    for _ in range(20):
        await pilot.pause()
        if pilot.app.screen.query("Footer"):
            break
    await pilot.pause(0.2)


def test_snapshot_home(snap_compare) -> None:
    assert snap_compare(build_app(QUESTIONS), terminal_size=SIZE, run_before=_settled)


def test_snapshot_question(snap_compare) -> None:
    assert snap_compare(build_app(QUESTIONS), press=["enter"], terminal_size=SIZE)


def test_snapshot_feedback(snap_compare, tmp_path: Path) -> None:
    """A long explanation at 80x24: the feedback's top in view, the scroll key in the footer."""
    assert snap_compare(
        build_app(_long_explanation_set(tmp_path)),
        press=["enter", "1", "enter"],
        terminal_size=SIZE,
    )


def test_snapshot_history(snap_compare, tmp_path: Path) -> None:
    async def three_attempts(pilot) -> None:  # type: ignore[no-untyped-def]
        session = pilot.app.session
        for set_id, right in (("essentials", True), ("case-li", False), ("reporting", True)):
            run = session.start(session.set_of[set_id])
            question = run.question
            session.answer(run, response_for(question, right), 1000)
        finished = session.start(session.set_of["case-li"])
        while not finished.done:
            session.answer(finished, response_for(finished.question, True), 1000)
            session.advance(finished)
        await pilot.press("h")
        await pilot.pause()

    assert snap_compare(
        build_app(QUESTIONS, tmp_path / "scores.sqlite3"),
        run_before=three_attempts,
        terminal_size=SIZE,
    )


async def test_the_command_palette_opens_the_history(tmp_path: Path) -> None:
    app = build_app(QUESTIONS, tmp_path / "scores.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"History of your")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HistoryScreen"


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


async def test_first_start_asks_the_name_once_and_remembers_it(tmp_path: Path) -> None:
    db = tmp_path / "scores.sqlite3"
    app = build_app(QUESTIONS, db, trainee=None)
    async with app.run_test(size=SIZE) as pilot:
        assert app.screen.__class__.__name__ == "NameScreen"
        await pilot.press(*"Grace Hopper", "enter")
        assert isinstance(app.screen, HomeScreen)
        assert "Trainee: Grace Hopper" in str(app.screen.query_one("#status").render())
    again = build_app(QUESTIONS, db, trainee=None)
    async with again.run_test(size=SIZE):
        assert isinstance(again.screen, HomeScreen)
        assert again.session.trainee == "Grace Hopper"


async def test_pause_and_resume_at_the_question_it_stopped_on(tmp_path: Path) -> None:
    db = tmp_path / "scores.sqlite3"
    app = build_app(QUESTIONS, db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        for _ in range(2):
            await answer_current(pilot, screen)
            await pilot.press("enter")
        third = screen.run.question.id
        await pilot.press("escape")
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert home.entries[0][0] == "resume"
    # A new process: the attempt is offered and goes on at question 3.
    app = build_app(QUESTIONS, db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.run.position == 2 and screen.run.question.id == third
        assert "question 3 of" in str(screen.query_one("#progress").render())


async def test_results_then_practise_the_missed_ones_then_review_and_history(
    tmp_path: Path,
) -> None:
    sets = load_sets(QUESTIONS)
    short = attrs.evolve(next(s for s in sets if s.id == "case-li"), id="short", title="Short")
    short = attrs.evolve(short, questions=short.questions[:3])
    folder = tmp_path / "q"
    folder.mkdir()
    (folder / "short.toml").write_text(dumps_set(short), encoding="utf-8")
    app = build_app(folder, tmp_path / "scores.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await answer_current(pilot, screen, right=False)
        await pilot.press("enter")
        for _ in range(2):
            await answer_current(pilot, screen, right=True)
            await pilot.press("enter")
        results = app.screen
        assert isinstance(results, ResultsScreen)
        text = str(results.query_one("#results").render())
        assert "2 of 3 (67%)" in text and "not yet a pass" in text
        assert "By topic:" in text and "Missed" in text
        await pilot.press("p")
        practice = app.screen
        assert isinstance(practice, QuizScreen)
        assert len(practice.run.questions) == 1
        assert practice.run.question.id == short.questions[0].id
        await answer_current(pilot, practice, right=True)
        await pilot.press("enter")
        await pilot.press("enter")  # results -> home
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert app.session.scores()["short"] == (67, 67)
        await pilot.press("h")
        assert app.screen.__class__.__name__ == "HistoryScreen"
        table = app.screen.query_one("#attempts")
        assert table.row_count == 2  # type: ignore[attr-defined]
        await pilot.press("escape")
    clock = app.session.clock
    assert isinstance(clock, Clock)
    assert app.session.due() == []  # just practised: not due yet
    clock.now += timedelta(hours=2)
    assert [q for q, _ in app.session.due()] == [short.questions[0].id]


async def test_review_entry_appears_when_questions_are_due(tmp_path: Path) -> None:
    db = tmp_path / "scores.sqlite3"
    app = build_app(QUESTIONS, db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        missed = screen.run.question.id
        await answer_current(pilot, screen, right=False)
        await pilot.press("enter", "escape")
        clock = app.session.clock
        assert isinstance(clock, Clock)
        clock.now += timedelta(hours=1)
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.refresh_entries()
        assert [kind for kind, _ in home.entries[:2]] == ["resume", "review"]
        await pilot.press("down", "enter")
        review = app.screen
        assert isinstance(review, QuizScreen)
        assert [q.id for q in review.run.questions] == [missed]


async def test_case_library_shows_facts_and_the_source_with_evidence(tmp_path: Path) -> None:
    app = build_app(QUESTIONS, tmp_path / "scores.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")
        for _ in range(50):
            await pilot.pause(0.1)
            if app.screen.query("#cases") and app.screen.query_one("#cases").option_count:  # type: ignore[attr-defined]
                break
        await pilot.press("enter")
        assert app.screen.__class__.__name__ == "CaseScreen"
        facts = str(app.screen.query_one("#case-facts").render())
        assert "role: network administrator" in facts
        # Each fact once, by kind (who first), dates in time order.
        block = facts.split("Patterns and signs:")[0]
        facts_only = [line for line in block.splitlines() if line.startswith("• ")]
        assert len(facts_only) == len(set(facts_only))
        assert facts_only[0].startswith("• role:")
        dates = [
            line.split(": ", 1)[1].split()[0] for line in facts_only if line.startswith("• date:")
        ]
        assert dates == sorted(dates)
        sources = app.screen.query(".source")
        assert len(sources) == 2
        content = sources.first().render()
        assert any(span.style == "reverse" for span in content.spans)  # type: ignore[attr-defined]


async def test_ctrl_c_quits_cleanly_and_keeps_the_last_answer(tmp_path: Path) -> None:
    db = tmp_path / "scores.sqlite3"
    app = build_app(QUESTIONS, db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await answer_current(pilot, screen)
        await pilot.press("ctrl+c")
    assert app.return_code in (0, None)
    from quiz.store import ScoreStore

    assert ScoreStore.open(db).attempts("Ada")[0].answered == 1


async def test_an_answer_that_cannot_be_saved_is_said_plainly_and_not_graded(
    tmp_path: Path,
) -> None:
    from quiz.store import StoreError

    app = build_app(QUESTIONS, tmp_path / "scores.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)

        def broken(*args, **kwargs):
            raise StoreError("scores.sqlite3: disk I/O error")

        app.session.store.record_answer = broken  # type: ignore[method-assign]
        await answer_current(pilot, screen)
        assert not screen.showing_feedback
        notes = [n.message for n in app._notifications]
        assert any("could not be saved" in note for note in notes)
        assert app.is_running


async def test_a_digit_typed_just_before_enter_is_never_overtaken(tmp_path: Path) -> None:
    """Keys that arrive together (fast typing) are handled in the order they were typed."""
    from textual import events

    app = build_app(QUESTIONS, tmp_path / "scores.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        for _ in range(6):
            question = screen.run.question
            if question.kind != "single":
                await answer_current(pilot, screen)
                await pilot.press("enter")
                continue
            wrong = next(c.id for c in question.choices if c.id not in question.answer)
            digit = str(screen.order.index(wrong) + 1)
            app.post_message(events.Key(digit, digit))
            app.post_message(events.Key("enter", "\r"))
            await pilot.pause()
            assert screen.showing_feedback
            assert "You answered: " + next(
                c.text for c in question.choices if c.id == wrong
            ) in str(screen.query_one("#feedback").render())
            await pilot.press("enter")


async def test_a_second_person_at_the_same_machine_switches_trainee(tmp_path: Path) -> None:
    db = tmp_path / "scores.sqlite3"
    app = build_app(QUESTIONS, db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await answer_current(pilot, screen)
        await pilot.press("escape")
        home = app.screen
        assert isinstance(home, HomeScreen) and home.entries[0][0] == "resume"
        await pilot.press("t")
        await pilot.press(*"Bob", "enter")
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert app.session.trainee == "Bob"
        assert home.entries[0] == ("set", "essentials")  # Ada's attempt is not Bob's


async def test_a_new_question_opens_with_nothing_chosen_and_a_stray_enter_answers_nothing(
    tmp_path: Path,
) -> None:
    """Finding 1: Enter pressed once more after the feedback never answers the next question
    unseen; Enter answers only once the trainee has chosen (a digit or an arrow key)."""
    from quiz.store import ScoreStore

    db = tmp_path / "scores.sqlite3"
    app = build_app(QUESTIONS, db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.query_one("#choices").highlighted is None  # type: ignore[attr-defined]
        await pilot.press("enter")  # nothing chosen yet
        assert not screen.showing_feedback
        await answer_current(pilot, screen)
        assert screen.showing_feedback
        await pilot.press("enter", "enter")  # on to question 2, and one Enter too many
        assert screen.run.position == 1 and not screen.showing_feedback
        assert screen.query_one("#choices").highlighted is None  # type: ignore[attr-defined]
        assert ScoreStore.open(db).attempts("Ada")[0].answered == 1
        await pilot.press("down", "enter")  # an arrow key is a deliberate choice
        assert screen.showing_feedback
        assert ScoreStore.open(db).attempts("Ada")[0].answered == 2


def _long_explanation_set(tmp_path: Path) -> Path:
    """A set whose first question has an explanation far taller than an 80x24 screen."""
    question_set = next(s for s in load_sets(QUESTIONS) if s.id == "case-li")
    first = question_set.questions[0]
    long = (
        " ".join(f"Paragraph {n}: {first.explanation}" for n in range(1, 5))
        + " The last words of the explanation."
    )
    first = attrs.evolve(first, explanation=long)
    question_set = attrs.evolve(question_set, questions=(first, *question_set.questions[1:]))
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.toml").write_text(dumps_set(question_set), encoding="utf-8")
    return folder


async def test_a_long_explanation_scrolls_from_the_keyboard_and_the_key_is_shown(
    tmp_path: Path,
) -> None:
    """Finding 5: at 80x24 the feedback is brought into view and PageDown (or the arrow keys)
    scrolls the rest of the explanation without Tab; the footer shows the key."""
    app = build_app(_long_explanation_set(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await answer_current(pilot, screen, right=False)
        await pilot.pause()
        body = screen.query_one("#body")
        feedback = screen.query_one("#feedback")
        assert body.scroll_y > 0  # the feedback, not the question, is in view
        assert feedback.region.y >= body.region.y  # its first line (the verdict) shows
        assert body.scroll_y < body.max_scroll_y  # the rest is below
        await pilot.pause()
        assert footer_keys(screen).get("Scroll") == "pgdn", footer_keys(screen)
        await pilot.press("pagedown", "pagedown", "pagedown")
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("up")
        assert body.scroll_y == body.max_scroll_y - 1
        await pilot.press("enter")  # Enter still goes on
        assert screen.run.position == 1 and not screen.showing_feedback


def screen_text(app: QuizApp) -> str:
    """The terminal's text as the trainee reads it: what is cut or scrolled away is not there."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


@pytest.mark.parametrize("width", [80, 100, 160])
async def test_history_columns_are_readable_at_every_width(tmp_path: Path, width: int) -> None:
    """Finding 4: every column of the History screen is as wide as what it holds."""
    app = build_app(QUESTIONS, tmp_path / "scores.sqlite3")
    async with app.run_test(size=(width, 24)) as pilot:
        session = app.session
        for set_id in ("essentials", "case-li", "reporting"):
            run = session.start(session.set_of[set_id])
            session.answer(run, list(run.question.answer), 1000)
        await pilot.press("h")
        await pilot.pause()
        text = screen_text(app)
        for title in ("Essentials", "The case of the suspect surnamed Li", "Reporting channels"):
            row = next((line for line in text.splitlines() if title in line), None)
            assert row is not None, text
            assert "2026-11-01 09:00" in row and "1/1 (100%)" in row and "open" in row, row
        assert "3 attempts, 0 finished" in text


async def test_a_question_about_a_named_case_shows_the_case_brief_first(tmp_path: Path) -> None:
    """Finding 6: "Looking back at the case of Qiu Degui: ..." is answerable by a trainee who
    never read the case: its brief (the case's passages, verbatim) comes before the prompt. A
    scenario, which tells its own situation, has none."""
    reporting = next(s for s in load_sets(QUESTIONS) if s.id == "reporting")
    named = next(q for q in reporting.questions if "case of Qiu Degui" in q.prompt)
    scenario = next(q for q in reporting.questions if q.kind == "scenario")
    two = attrs.evolve(reporting, id="two", title="Two", questions=(named, scenario))
    (tmp_path / "two.toml").write_text(dumps_set(two), encoding="utf-8")
    app = build_app(tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        text = screen_text(app)
        lines = text.splitlines()
        brief_at = next(n for n, line in enumerate(lines) if "Case brief: the case of" in line)
        prompt_at = next(n for n, line in enumerate(lines) if "Looking back at the case" in line)
        assert brief_at < prompt_at
        assert "“Criminal Qiu Degui: at that time, I found some emails in the mailbox" in text
        await answer_current(pilot, screen)
        await pilot.press("enter")
        assert screen.question.id == scenario.id
        assert "Case brief" not in screen_text(app)


def _crafted(tmp_path: Path, *questions, set_id: str = "crafted") -> Path:  # type: ignore[no-untyped-def]
    """A one-set folder of questions made from a real one (its sources and explanation)."""
    sets = load_sets(QUESTIONS)
    base = next(s for s in sets if s.id == "case-li")
    every_source = tuple({d.doc: d for s in sets for d in s.sources}.values())
    crafted = attrs.evolve(
        base, id=set_id, title="Crafted", questions=tuple(questions), sources=every_source
    )
    folder = tmp_path / set_id
    folder.mkdir()
    (folder / f"{set_id}.toml").write_text(dumps_set(crafted), encoding="utf-8")
    return folder


def _kinds() -> dict[str, Question]:
    """A matching, an ordering, a true-false (answer False) and a scenario question."""
    base = next(s for s in load_sets(QUESTIONS) if s.id == "case-li").questions[0]
    three = (Choice("a", "First step"), Choice("b", "Second step"), Choice("c", "Third step"))
    return {
        "scenario": base,
        "matching": attrs.evolve(
            base,
            id="q-matching",
            kind="matching",
            benign=None,
            prompt="Match each case to its pattern.",
            items=(MatchItem("x", "Case X"), MatchItem("y", "Case Y")),
            choices=(Choice("a", "Cultivation"), Choice("b", "Online approach")),
            answer=("a", "b"),
        ),
        "ordering": attrs.evolve(
            base,
            id="q-ordering",
            kind="ordering",
            benign=None,
            prompt="Put the steps in order.",
            choices=(three[2], three[0], three[1]),
            answer=("a", "b", "c"),
        ),
        "true-false": attrs.evolve(
            base,
            id="q-false",
            kind="true-false",
            benign=None,
            tags=("invitation-travel",),
            prompt="True or false: this case shows paid invitations.",
            choices=(Choice("t", "True"), Choice("f", "False")),
            answer=("f",),
        ),
    }


async def test_a_wrong_match_is_taken_back_with_backspace(tmp_path: Path) -> None:
    matching = _kinds()["matching"]
    app = build_app(_crafted(tmp_path, matching))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await pilot.pause()
        assert footer_keys(screen).get("Undo match") == "⌫"
        await pilot.press("2")  # wrong for Case X
        await pilot.press("backspace")
        assert screen.picked == []
        await pilot.press("1", "2", "enter")
        assert "Right." in str(screen.query_one("#feedback").render())


async def test_the_footer_shows_ordering_keys_on_ordering_questions_only(tmp_path: Path) -> None:
    kinds = _kinds()
    app = build_app(_crafted(tmp_path, kinds["scenario"], kinds["ordering"]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await pilot.pause()
        shown = footer_keys(screen)
        assert "Move up" not in shown and "Move down" not in shown and "Undo match" not in shown
        await answer_current(pilot, screen)
        await pilot.press("enter")
        assert screen.question.kind == "ordering"
        await pilot.pause()
        shown = footer_keys(screen)
        assert shown.get("Move up") == "u" and shown.get("Move down") == "d"


async def test_settings_are_kept_and_trainee_for_one_run_is_not_remembered(
    tmp_path: Path,
) -> None:
    db = tmp_path / "scores.sqlite3"
    app = build_app(QUESTIONS, db)  # Ada, given for this run, on a fresh store
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "s")
        assert "questions per attempt: 5 · shuffle: on" in screen_text(app)
    again = build_app(QUESTIONS, db, trainee=None)
    async with again.run_test(size=SIZE) as pilot:
        assert again.screen.__class__.__name__ == "NameScreen"  # "Ada" was for one run
        await pilot.press(*"Grace", "enter")
        assert "questions per attempt: 5 · shuffle: on" in screen_text(again)
    once = build_app(QUESTIONS, db, trainee="Bob")
    async with once.run_test(size=SIZE):
        assert once.session.trainee == "Bob"
    later = build_app(QUESTIONS, db, trainee=None)
    async with later.run_test(size=SIZE):
        assert later.session.trainee == "Grace"


async def test_results_say_what_was_shown_and_nothing_that_was_not(tmp_path: Path) -> None:
    """Long pattern labels end in an ellipsis or show whole; a right "False" is no pass for the
    pattern; "harmless ones recognised 0 of 0" is not said; the practice of the missed
    questions is named as such, in the results and in the history."""
    kinds = _kinds()
    suspicious = next(q for s in load_sets(QUESTIONS) for q in s.questions if q.benign is False)
    app = build_app(_crafted(tmp_path, kinds["true-false"], suspicious))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await answer_current(pilot, screen, right=True)
        await pilot.press("enter")
        await answer_current(pilot, screen, right=False)
        await pilot.press("enter")
        results = app.screen
        assert isinstance(results, ResultsScreen)
        text = str(results.query_one("#results").render())
        assert "Paid invitations to lecture" not in text  # only the right "False" was about it
        assert "harmless ones" not in text
        assert "suspicious contacts spotted 0 of 1" in text
        for tag in suspicious.tags:
            label = TAGS[tag].label
            assert (label if len(label) <= 56 else label[:55] + "…") in text
        await pilot.press("p")
        practice = app.screen
        assert isinstance(practice, QuizScreen)
        assert "Crafted: practice of the 1 missed question" in screen_text(app)
        await answer_current(pilot, practice)
        await pilot.press("enter")
        assert "Crafted: practice of the 1 missed question: 1 of 1" in str(
            app.screen.query_one("#results").render()
        )
        await pilot.press("enter", "h")
        await pilot.pause()
        assert "Crafted: practice of the 1 missed question" in screen_text(app)


async def test_every_interrupted_attempt_is_offered_as_resume(tmp_path: Path) -> None:
    app = build_app(QUESTIONS, tmp_path / "scores.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # Essentials
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        first = screen.run.attempt_id
        await answer_current(pilot, screen)
        await pilot.press("enter", "escape")
        home = app.screen
        assert isinstance(home, HomeScreen)
        await pilot.press("down", "down", "enter")  # Recruitment patterns, under the Resume
        other = app.screen
        assert isinstance(other, QuizScreen) and other.run.attempt_id != first
        await pilot.press("escape")
        assert [kind for kind, _ in home.entries[:2]] == ["resume", "resume"]
        text = screen_text(app)
        assert "Resume: Essentials (question 2 of" in text
        assert "Resume: Recruitment patterns (question 1 of" in text
        await pilot.press("home", "down", "enter")  # the earlier one
        resumed = app.screen
        assert isinstance(resumed, QuizScreen)
        assert resumed.run.attempt_id == first and resumed.run.position == 1


def test_a_case_brief_holds_report_passages_once_and_no_channel_text() -> None:
    """The brief quotes the reports (not the channels file the question also cites), a passage
    and a part of it once, at most three passages, in the order the document tells them."""
    from quiz.models import Evidence
    from quiz.ui.brief import CaseBriefs

    sets = load_sets(QUESTIONS)
    reporting = next(s for s in sets if s.id == "reporting")
    named = next(q for q in reporting.questions if "case of Qiu Degui" in q.prompt)
    whole = named.sources[0]
    part = Evidence(whole.doc, whole.start, whole.start + 20, whole.quote[:20])
    channel = Evidence("channels.toml", 0, 10, "Call 12339")
    asked = attrs.evolve(named, sources=(channel, part, whole))
    titles = {d.doc: d.title for s in sets for d in s.sources if d.title}
    brief = CaseBriefs(sets, titles).brief(asked)
    assert brief is not None
    assert brief.name == "Qiu Degui"
    quotes = [quote for _, quote in brief.passages]
    assert "Call 12339" not in quotes and quotes.count(whole.quote) == 1
    assert part.quote not in quotes and 1 <= len(quotes) <= 3
    assert "Case brief: the case of Qiu Degui" in brief.text()
    scenario = next(q for q in reporting.questions if q.kind == "scenario")
    assert CaseBriefs(sets, titles).brief(scenario) is None


async def test_start_up_reads_the_trainees_attempts_once(tmp_path: Path, monkeypatch) -> None:
    """Every read of the attempts parses all their answers (85 ms for 300 attempts of 15):
    the one made before the screen is taken over serves the home screen too."""
    from quiz.store import ScoreStore

    db = tmp_path / "scores.sqlite3"
    first = build_app(QUESTIONS, db)
    async with first.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = first.screen
        assert isinstance(screen, QuizScreen)
        await answer_current(pilot, screen)
        await pilot.press("enter", "escape")
    reads = []
    original = ScoreStore.attempts

    def counted_read(store, trainee, since=0):  # type: ignore[no-untyped-def]
        reads.append(since)
        return original(store, trainee, since)

    monkeypatch.setattr(ScoreStore, "attempts", counted_read)
    app = build_app(QUESTIONS, db)
    async with app.run_test(size=SIZE):
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert home.entries[0][0] == "resume" and "Resume: Essentials" in screen_text(app)
        assert [since for since in reads if since == 0] == [0]  # all attempts, read once
