"""Drills and reports: files, seals, grading by hand-computed figures, exports, bad inputs."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tomllib
from pathlib import Path

import attrs
import pytest

from quiz.drill import (
    Response,
    Result,
    dumps_drill,
    dumps_key,
    key_path,
    load_drill,
    load_key,
    new_drill,
    read_result,
    result_json,
    result_path,
)
from quiz.errors import InputError
from quiz.files import write_atomic
from quiz.report import (
    grade,
    item_analysis,
    signal_detection,
    summary,
    to_csv,
    to_html,
    to_markdown,
    to_xapi,
)
from quiz.validate import load_sets

from .conftest import QUESTIONS
from .test_validate import run


@pytest.fixture(scope="module")
def question_set():
    """Two single-choice questions and two look-alikes (one harmless, one suspicious)."""
    questions = [q for s in load_sets(QUESTIONS) for q in s.questions]
    singles = [q for q in questions if q.kind == "single"][:2]
    harmless = next(q for q in questions if q.benign is True)
    suspicious = next(q for q in questions if q.benign is False)
    base = load_sets(QUESTIONS)[0]
    return attrs.evolve(base, id="fixture", questions=(*singles, harmless, suspicious))


def make(tmp_path: Path, question_set, feedback: str = "deferred", time_limit: int = 60):
    drill, key = new_drill(
        question_set,
        count=None,
        seed=1,
        time_limit=time_limit,
        pass_mark=75,
        feedback=feedback,
        secret="s3cret",
    )
    path = tmp_path / "drill.toml"
    path.write_text(dumps_drill(drill), encoding="utf-8")
    key_path(path).write_text(dumps_key(key), encoding="utf-8")
    return load_drill(path), load_key(key_path(path), load_drill(path)), path


def respond(drill, key, trainee: str, right: set[int], folder: Path) -> Path:
    """A trainee who answers the questions at these positions (1-based) right."""
    answers = {e.question: e.answer for e in key.answers}
    responses = []
    for number, question in enumerate(drill.questions, start=1):
        if number in right:
            chosen = answers[question.id]
        else:
            chosen = (next(c.id for c in question.choices if c.id not in answers[question.id]),)
        responses.append(Response(question.id, tuple(chosen), 1000 * number))
    result = Result(
        drill.drill.id,
        drill.drill.digest,
        trainee,
        "2026-11-22T09:00:00+00:00",
        "2026-11-22T09:05:00+00:00",
        tuple(responses),
    )
    path = result_path(folder, drill.drill.id, trainee)
    folder.mkdir(exist_ok=True)
    path.write_text(result_json(result, drill.drill), encoding="utf-8")
    return path


def test_a_deferred_drill_file_gives_nothing_away(tmp_path: Path, question_set) -> None:
    _drill, key, path = make(tmp_path, question_set)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for question in data["questions"]:
        assert question.get("answer", []) == [] and question.get("explanation", "") == ""
        assert question.get("tags", []) == [] and "case" not in question
        assert question["id"].startswith("d")  # not the content hash of the real question
    source_ids = {q.id for q in question_set.questions}
    assert not any(source_id in path.read_text() for source_id in source_ids)
    assert {e.source_question for e in key.answers} == source_ids
    assert all(e.answer for e in key.answers)
    (tmp_path / "immediate").mkdir()
    immediate, _, _ = make(tmp_path / "immediate", question_set, feedback="immediate")
    assert all(q.answer and q.explanation for q in immediate.questions)


def test_three_trainees_graded_against_hand_computed_figures(tmp_path: Path, question_set) -> None:
    drill, key, _ = make(tmp_path, question_set)
    kinds = {e.question: e.benign for e in key.answers}
    harmless = next(n for n, q in enumerate(drill.questions, 1) if kinds[q.id] is True)
    suspicious = next(n for n, q in enumerate(drill.questions, 1) if kinds[q.id] is False)
    singles = [n for n, q in enumerate(drill.questions, 1) if kinds[q.id] is None]
    folder = tmp_path / "results"
    # T1 all right; T2 first single and the suspicious one; T3 only the harmless one.
    paths = [
        respond(drill, key, "T1", {1, 2, 3, 4}, folder),
        respond(drill, key, "T2", {singles[0], suspicious}, folder),
        respond(drill, key, "T3", {harmless}, folder),
    ]
    graded = [grade(read_result(p, drill), drill, key) for p in paths]
    assert [(g.right, g.percent, g.passed) for g in graded] == [
        (4, 100, True),
        (2, 50, False),
        (1, 25, False),
    ]
    items = {i.question: i for i in item_analysis(graded, drill, key)}
    by_position = {n: items[q.id] for n, q in enumerate(drill.questions, 1)}
    assert by_position[singles[0]].facility == pytest.approx(2 / 3, abs=1e-3)
    assert by_position[singles[1]].facility == pytest.approx(1 / 3, abs=1e-3)
    assert by_position[harmless].facility == pytest.approx(2 / 3, abs=1e-3)
    # top group T1, bottom group T3 (27% of 3 rounds to 1 each)
    assert by_position[singles[0]].discrimination == 1
    assert by_position[harmless].discrimination == 0
    assert by_position[suspicious].discrimination == 1
    sdt = signal_detection(graded, key)
    assert sdt == {
        "hit_rate": pytest.approx(0.667, abs=1e-3),
        "false_alarm_rate": pytest.approx(0.333, abs=1e-3),
    }
    wrong_pick = next(iter(by_position[singles[1]].distractors.values()))
    assert wrong_pick >= 1


def test_report_command_in_every_format(tmp_path: Path, question_set) -> None:
    drill, key, path = make(tmp_path, question_set)
    folder = tmp_path / "results"
    files = [str(respond(drill, key, name, {1, 2}, folder)) for name in ("Ana", "Ben")]
    outputs = {}
    for fmt in ("csv", "json", "md", "html", "xapi"):
        out = tmp_path / f"report.{fmt}"
        result = run("report", *files, "--drill", str(path), "--format", fmt, "-o", str(out))
        assert result.returncode == 0, result.stderr
        outputs[fmt] = out.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(outputs["csv"])))
    assert rows[0][:6] == ["trainee", "right", "asked", "percent", "passed", "seconds"]
    assert rows[1][:4] == ["Ana", "2", "4", "50"]
    assert b"\r\n" in (tmp_path / "report.csv").read_bytes()
    assert json.loads(outputs["json"])["trainees"][0]["percent"] == 50
    assert "| Ana | 2/4 | 50% |" in outputs["md"]
    assert outputs["html"].startswith("<!DOCTYPE html>") and "<svg" in outputs["html"]
    assert "<script" not in outputs["html"] and "http" not in outputs["html"].split("<body>")[1]
    again = tmp_path / "again.xapi"
    run("report", *files, "--drill", str(path), "--format", "xapi", "-o", str(again))
    assert again.read_text(encoding="utf-8") == outputs["xapi"]  # same ids every time


def test_xapi_statements_validate_with_an_independent_implementation(
    tmp_path: Path, question_set
) -> None:
    from ralph.models.xapi.base.statements import BaseXapiStatement

    drill, key, _ = make(tmp_path, question_set)
    paths = [respond(drill, key, "Ana", {1}, tmp_path / "r")]
    graded = [grade(read_result(p, drill), drill, key) for p in paths]
    statements = json.loads(to_xapi(graded, drill, key))
    assert len(statements) == len(drill.questions) + 2
    for statement in statements:
        BaseXapiStatement(**statement)
        score = statement["result"].get("score")
        if score:
            assert 0 <= score["scaled"] <= 1
        assert statement["result"]["duration"].startswith("PT")
    verbs = {s["verb"]["display"]["en-US"] for s in statements}
    assert verbs == {"answered", "completed", "failed"}
    assert all(
        s["object"]["definition"]["type"].endswith("cmi.interaction")
        for s in statements
        if s["verb"]["display"]["en-US"] == "answered"
    )


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["responses"][0].update(response=["z"]), "tampered"),
        (lambda d: d["responses"].append(dict(d["responses"][0])), "tampered"),
        (lambda d: d["responses"].pop(), "tampered"),
        (lambda d: d.update(drill="other-drill"), "from another drill"),
        (lambda d: d.update(schema=9), "unknown schema version 9"),
    ],
)
def test_edited_or_foreign_results_are_refused(tmp_path, question_set, change, reason) -> None:
    drill, key, _ = make(tmp_path, question_set)
    path = respond(drill, key, "Ana", {1}, tmp_path / "r")
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=reason):
        read_result(path, drill)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"schema": 1, "schema": 1}', "duplicate key 'schema'"),
        ('{"schema": NaN}', "NaN is not a number"),
        ("[1, 2", "not valid JSON"),
    ],
)
def test_malformed_results_are_refused(tmp_path, question_set, text, reason) -> None:
    drill, _, _ = make(tmp_path, question_set)
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=reason):
        read_result(path, drill)


def test_timings_outside_the_limit_are_refused_even_when_sealed(tmp_path, question_set) -> None:
    drill, _key, _ = make(tmp_path, question_set, time_limit=10)
    result = Result(
        drill.drill.id,
        drill.drill.digest,
        "Ana",
        "a",
        "b",
        (Response(drill.questions[0].id, ("a",), 600_000),),
    )
    path = tmp_path / "slow.json"
    path.write_text(result_json(result, drill.drill), encoding="utf-8")
    with pytest.raises(InputError, match="does not fit the drill's limit"):
        read_result(path, drill)


def test_a_refused_file_is_named_and_the_others_still_reported(tmp_path, question_set) -> None:
    drill, key, path = make(tmp_path, question_set)
    good = respond(drill, key, "Ana", {1}, tmp_path / "r")
    bad = tmp_path / "r" / "bad.json"
    bad.write_text('{"schema": 1, "schema": 2}', encoding="utf-8")
    out = tmp_path / "report.json"
    result = run(
        "report", str(good), str(bad), "--drill", str(path), "--format", "json", "-o", str(out)
    )
    assert result.returncode == 2
    assert f"quiz: {bad}: refused: duplicate key 'schema'" in result.stderr
    assert [t["trainee"] for t in json.loads(out.read_text())["trainees"]] == ["Ana"]


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tTab"])
def test_csv_neutralises_formulas_and_keeps_numbers(tmp_path, question_set, name) -> None:
    drill, key, _ = make(tmp_path, question_set)
    path = respond(drill, key, name, {1, 2}, tmp_path / "r")
    data = summary([grade(read_result(path, drill), drill, key)], drill, key)
    row = list(csv.reader(io.StringIO(to_csv(data))))[1]
    assert row[0] == "'" + name
    assert row[1:4] == ["2", "4", "50"]
    assert "<" not in to_html({**data, "title": "<b>x</b>"}).split("<h1>")[1].split("</h1>")[0][:20]
    assert "\\[" in to_markdown(
        {**data, "trainees": [{**data["trainees"][0], "trainee": "[x](http://e)"}]}
    )


@pytest.mark.parametrize("trainee", ["../../x", "CON", "a" * 300, "..", "", "nul", "Zoë/..\\x"])
def test_result_file_names_stay_inside_results(tmp_path: Path, trainee: str) -> None:
    folder = tmp_path / "results"
    path = result_path(folder, "drill-1", trainee)
    assert path.parent == folder.resolve()
    assert len(path.name) <= 90
    assert path.stem.split("-")[0].lower() not in {"con", "nul", "prn", "aux"}


def test_an_interrupted_export_leaves_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old\n", encoding="utf-8")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # killed between writing and renaming

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_gift_export_parses_back_with_an_independent_parser(tmp_path: Path) -> None:
    from pygiftparser import parser

    out = tmp_path / "li.gift"
    assert run("bank", "export", "case-li", "--format", "gift", "-o", str(out)).returncode == 0
    question_set = next(s for s in load_sets(QUESTIONS) if s.id == "case-li")
    parsed = parser.parseFile(io.StringIO(out.read_text(encoding="utf-8")))
    assert len(parsed) == len(question_set.questions)
    for question, back in zip(question_set.questions, parsed, strict=True):
        assert back.title == question.id
        answers = getattr(back.answers, "answers", None)
        if question.kind in ("single", "scenario") and answers:
            right = [re.sub(r"\\(.)", r"\1", a.answer) for a in answers if float(a.fraction) == 100]
            assert right == [c.text for c in question.choices if c.id in question.answer]
        if question.kind == "multiple" and answers:
            fractions = {a.answer: float(a.fraction) for a in answers}
            for choice in question.choices:
                assert (fractions[choice.text] > 0) == (choice.id in question.answer)
            assert sum(f for f in fractions.values() if f > 0) == pytest.approx(100)


def test_gift_escapes_its_special_characters() -> None:
    from quiz.bank import gift_escape

    assert gift_escape("a=b~c#d{e}f:g\\h") == "a\\=b\\~c\\#d\\{e\\}f\\:g\\\\h"


def test_moodle_xml_export(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    out = tmp_path / "li.xml"
    assert (
        run("bank", "export", "case-li", "--format", "moodle-xml", "-o", str(out)).returncode == 0
    )
    root = ET.parse(out).getroot()
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    question_set = next(s for s in load_sets(QUESTIONS) if s.id == "case-li")
    assert len(questions) == len(question_set.questions)
    assert {q.get("type") for q in questions} <= {"multichoice", "truefalse", "matching"}


async def test_end_to_end_drill_three_trainees_one_through_the_app(tmp_path: Path, question_set):
    from quiz.store import ScoreStore
    from quiz.ui.drill import DrillApp, DrillScreen, DrillSession, HandedInScreen

    drill, key, path = make(tmp_path, question_set)
    folder = tmp_path / "results"
    respond(drill, key, "Bea", {1, 2, 3, 4}, folder)
    respond(drill, key, "Cal", {1}, folder)
    store = ScoreStore.open(tmp_path / "scores.sqlite3")
    session = DrillSession(drill, folder, store)
    session.remember("Ada")
    answers = {e.question: e.answer for e in key.answers}
    app = DrillApp(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # the start screen: the clock starts now
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        for number in range(len(drill.questions)):
            question = screen.run.question
            assert "s left" in str(screen.query_one("#progress").render())
            if number == 0:  # Ada gets the first one wrong
                wrong = next(c.id for c in question.choices if c.id not in answers[question.id])
                await pilot.press(str(screen.order.index(wrong) + 1), "enter")
            else:
                for choice in answers[question.id]:
                    await pilot.press(str(screen.order.index(choice) + 1))
                await pilot.press("enter")
            assert not screen.showing_feedback  # deferred: no feedback during the drill
        assert isinstance(app.screen, HandedInScreen)
        assert "handed in" in str(app.screen.query_one("#results").render())
    attempt = store.attempts("Ada")[0]
    assert attempt.mode == "drill" and attempt.answered == 4 and attempt.finished
    files = sorted(str(p) for p in folder.glob("*.json"))
    assert len(files) == 3
    for fmt in ("csv", "answers-csv", "json", "md", "html", "xapi"):
        out = tmp_path / f"report.{fmt}"
        result = run("report", *files, "--drill", str(path), "--format", fmt, "-o", str(out))
        assert result.returncode == 0, (fmt, result.stderr)
        assert "Ada" in out.read_text(encoding="utf-8")
    data = json.loads((tmp_path / "report.json").read_text())
    scores = {t["trainee"]: t["right"] for t in data["trainees"]}
    assert scores == {"Ada": 3, "Bea": 4, "Cal": 1}


async def test_an_unanswered_question_counts_as_missed_when_time_runs_out(
    tmp_path: Path, question_set
) -> None:
    from quiz.ui.drill import DrillApp, DrillScreen, DrillSession

    drill, key, _ = make(tmp_path, question_set, time_limit=1)
    session = DrillSession(drill, tmp_path / "results", None)
    session.remember("Ada")
    app = DrillApp(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # the start screen: the clock starts now
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        # The drill's own order, not the screen's: on a loaded machine the first second may
        # be over (and the screen on question 2) before the test gets to look.
        first = drill.questions[0].id
        for _ in range(50):  # the limit is one second; a loaded machine may take longer
            await pilot.pause(0.1)
            if screen.run.position >= 1:
                break
        assert screen.run.position >= 1
    response = session.responses[0]
    assert response.question == first and response.timed_out and response.response == ()
    result = read_result(next((tmp_path / "results").glob("*.json")), drill)
    assert grade(result, drill, key).correct[first] is False


async def test_presenter_shows_the_answer_only_on_a_key(tmp_path: Path, question_set) -> None:
    from quiz.ui.drill import PresenterApp

    drill, key, _ = make(tmp_path, question_set)
    app = PresenterApp(drill, key)
    async with app.run_test(size=(100, 30)) as pilot:
        assert str(app.query_one("#reveal").render()) == ""
        await pilot.press("space")
        text = str(app.query_one("#reveal").render())
        assert text.startswith("Answer: ") and "Discuss:" in text
        await pilot.press("n")
        assert "Question 2 of 4" in str(app.query_one("#question").render())
        assert str(app.query_one("#reveal").render()) == ""


def test_drill_new_on_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "drill.toml"
    result = run(
        "drill",
        "new",
        "--set",
        "essentials",
        "--count",
        "5",
        "--seed",
        "7",
        "--time-limit",
        "45",
        "--pass-mark",
        "70",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    drill = load_drill(out)
    key = load_key(key_path(out), drill)
    assert len(drill.questions) == 5 and drill.drill.time_limit == 45
    assert key.key.pass_mark == 70
    again = tmp_path / "again.toml"
    run("drill", "new", "--set", "essentials", "--count", "5", "--seed", "7", "-o", str(again))
    assert [q.prompt for q in load_drill(again).questions] == [q.prompt for q in drill.questions]
    missing = run("drill", "new", "--set", "nope", "-o", str(tmp_path / "x.toml"))
    assert missing.returncode == 2 and "no question set 'nope'" in missing.stderr
    edited = out.read_text(encoding="utf-8").replace("Which", "Whihc", 1)
    out.write_text(edited, encoding="utf-8")
    report = run("report", "--drill", str(out), "--format", "csv", "-o", str(tmp_path / "r.csv"))
    assert report.returncode == 2 and "do not match the drill's digest" in report.stderr


def test_report_reads_drill_answers_from_a_score_store(tmp_path: Path, question_set) -> None:
    from quiz.store import ScoreStore
    from quiz.ui.drill import DrillSession, as_question  # noqa: F401

    drill, key, path = make(tmp_path, question_set)
    db = tmp_path / "scores.sqlite3"
    session = DrillSession(drill, tmp_path / "results", ScoreStore.open(db))
    session.remember("Dee")
    run_ = session.begin()
    answers = {e.question: e.answer for e in key.answers}
    while not run_.done:
        session.answer(run_, list(answers[run_.question.id]), 1500)
        session.advance(run_)
    out = tmp_path / "report.json"
    result = run(
        "report", "--db", str(db), "--drill", str(path), "--format", "json", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    trainees = json.loads(out.read_text())["trainees"]
    assert [(t["trainee"], t["right"]) for t in trainees] == [("Dee", 4)]
    answers_out = tmp_path / "answers.csv"
    run(
        "report",
        "--db",
        str(db),
        "--drill",
        str(path),
        "--format",
        "answers-csv",
        "-o",
        str(answers_out),
    )
    rows = list(csv.reader(io.StringIO(answers_out.read_text())))
    assert rows[0] == ["trainee", "question", "response", "correct", "elapsed_ms"]
    assert len(rows) == 5 and all(r[3] == "1" for r in rows[1:])


def test_rates_without_look_alikes_read_n_a_not_none() -> None:
    """A drill with no harmless or suspicious look-alike has no rate to show: say so in words."""
    data = {
        "title": "T",
        "drill": "d1",
        "pass_mark": 80,
        "trainees": [],
        "topics": {},
        "tags": {},
        "items": [],
        "signal_detection": {"hit_rate": None, "false_alarm_rate": 0.5},
    }
    for text in (to_markdown(data), to_html(data)):
        assert "None" not in text
        assert "n/a (no such questions)" in text and "0.5" in text
