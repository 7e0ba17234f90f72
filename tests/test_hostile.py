"""Hostile inputs at every entry point, run as a user runs them (a subprocess).

Each case puts one bad input into a fresh copy of a small workspace (question sets, case
material, a drill with its key, a result file, a score store with history, a previous good
report), runs one command on it and asserts what docs/files.md promises: exit status 2, one
line that names the file (and the line, where there is one), no traceback, and every file of
the workspace byte for byte as it was (nothing written, changed or lost).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import tomli_w

from quiz.drill import Response as DrillResponse
from quiz.drill import Result as DrillResult
from quiz.drill import dumps_drill, dumps_key, key_path, load_drill, new_drill, questions_digest
from quiz.drill import result_json as sealed_json
from quiz.session import Session
from quiz.store import ScoreStore
from quiz.validate import load_sets

from .conftest import QUESTIONS, ROOT, SEEDS

LONG = "x" * 300
"""A file name longer than any file system allows (255 bytes)."""
SET = "questions/essentials.toml"
CASE = "seeds/cases/zz.toml"


# --- the workspace -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """questions/, seeds/, drills/ (a deferred and an immediate drill with their keys), a
    sealed result, a score store with one finished attempt, and a previous good report."""
    ws = tmp_path_factory.mktemp("template") / "ws"
    ws.mkdir()
    shutil.copytree(QUESTIONS, ws / "questions")
    shutil.copytree(SEEDS, ws / "seeds")
    sets = load_sets(ws / "questions")
    essentials = next(s for s in sets if s.id == "essentials")
    (ws / "drills").mkdir()
    for name, feedback in (("w", "deferred"), ("i", "immediate")):
        drill, key = new_drill(
            essentials,
            count=3,
            seed=5,
            time_limit=60,
            pass_mark=70,
            feedback=feedback,
            secret="s3cret",
        )
        path = ws / "drills" / f"{name}.toml"
        path.write_text(dumps_drill(drill), encoding="utf-8")
        key_path(path).write_text(dumps_key(key), encoding="utf-8")
    drill = load_drill(ws / "drills" / "w.toml")
    (ws / "results").mkdir()
    first = drill.questions[0]
    result = DrillResult(
        drill.drill.id,
        drill.drill.digest,
        "Ana",
        "2026-11-22T09:00:00+00:00",
        "2026-11-22T09:05:00+00:00",
        (DrillResponse(first.id, (first.choices[0].id,), 1000),),
    )
    (ws / "results" / "ana.json").write_text(sealed_json(result, drill.drill), encoding="utf-8")
    store = ScoreStore.open(ws / "db" / "scores.sqlite3")
    session = Session(sets, store, trainee="Ada")
    session.remember("Ada")
    run = session.start(next(s for s in sets if s.id == "essentials"), count=2)
    while not run.done:
        session.answer(run, list(run.question.answer), elapsed_ms=10)
        session.advance(run)
    store.close()
    (ws / "reports").mkdir()
    (ws / "reports" / "week.csv").write_text("trainee,right\nBea,3\n", encoding="utf-8")
    return ws


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry under ``folder``: a file's bytes, a link's target, what anything else is."""
    found: dict[str, object] = {}
    for top, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(top) / name
            mode = path.lstat().st_mode
            key = str(path.relative_to(folder))
            if stat.S_ISLNK(mode):
                found[key] = ("link", os.readlink(path))
            elif stat.S_ISREG(mode):
                found[key] = path.read_bytes()
            elif stat.S_ISDIR(mode):
                found[key] = "folder"
            else:
                found[key] = ("special", stat.S_IFMT(mode))
    return found


# --- ways to spoil an input ----------------------------------------------------------------


def write(relative: str, content: str | bytes) -> Callable[[Path], None]:
    def setup(ws: Path) -> None:
        path = ws / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    return setup


def edit_toml(relative: str, change: Callable[[dict[str, Any]], object]) -> Callable[[Path], None]:
    def setup(ws: Path) -> None:
        path = ws / relative
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(tomli_w.dumps(data), encoding="utf-8")

    return setup


def first_question(change: Callable[[dict[str, Any]], object]) -> Callable[[Path], None]:
    return edit_toml(SET, lambda d: change(d["questions"][0]))


def replace_text(relative: str, old: str, new: str) -> Callable[[Path], None]:
    def setup(ws: Path) -> None:
        path = ws / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return setup


def edit_text(relative: str, pattern: str, new: str) -> Callable[[Path], None]:
    def setup(ws: Path) -> None:
        path = ws / relative
        text, count = re.subn(pattern, new, path.read_text(encoding="utf-8"), count=1)
        assert count == 1, (relative, pattern)
        path.write_text(text, encoding="utf-8")

    return setup


def case_file(
    case_id: str = "zz",
    tag: str = "false-persona",
    doc: str | None = None,
    quote: str | None = None,
    start: int | None = None,
) -> Callable[[Path], None]:
    """A case file of the authors' (``seeds/cases/zz.toml``) tagging a passage of the first
    case document, with one thing changed."""

    def setup(ws: Path) -> None:
        first = sorted((ws / "seeds").glob("*.txt"))[0]
        text = first.read_text(encoding="utf-8-sig")
        passage = next(line for line in text.splitlines() if line.strip()).strip()[:40]
        lines = [
            "[case]",
            f"id = {json.dumps(case_id)}",
            'name = "Zed"',
            "",
            "[[tags]]",
            f"id = {json.dumps(tag)}",
            f"doc = {json.dumps(doc or first.name)}",
            f"quote = {json.dumps(quote if quote is not None else passage)}",
        ]
        if start is not None:
            lines.append(f"start = {start}")
        (ws / CASE).write_text("\n".join(lines) + "\n", encoding="utf-8")

    return setup


def fifo(relative: str) -> Callable[[Path], None]:
    def setup(ws: Path) -> None:
        (ws / relative).unlink(missing_ok=True)
        os.mkfifo(ws / relative)

    return setup


def folder(relative: str) -> Callable[[Path], None]:
    def setup(ws: Path) -> None:
        path = ws / relative
        if path.is_file():
            path.unlink()
        path.mkdir(parents=True, exist_ok=True)
        (path / "inside.txt").write_text("keep me\n", encoding="utf-8")

    return setup


def loop(relative: str) -> Callable[[Path], None]:
    def setup(ws: Path) -> None:
        (ws / relative).unlink(missing_ok=True)
        os.symlink(relative.rsplit("/", 1)[-1], ws / relative)

    return setup


def both(*setups: Callable[[Path], None]) -> Callable[[Path], None]:
    def setup(ws: Path) -> None:
        for step in setups:
            step(ws)

    return setup


def nothing(ws: Path) -> None:
    pass


def forge_drill(name: str, change: Callable[[Any], Any]) -> Callable[[Path], None]:
    """A drill edited with a matching digest: what a careful hand edit (or a forger) makes."""

    def setup(ws: Path) -> None:
        path = ws / "drills" / f"{name}.toml"
        drill = change(load_drill(path))
        if drill.drill.digest != "keep":
            drill = attrs.evolve(
                drill, drill=attrs.evolve(drill.drill, digest=questions_digest(drill.questions))
            )
        path.write_text(dumps_drill(drill), encoding="utf-8")

    return setup


def drill_header(**changes: Any) -> Callable[[Path], None]:
    return forge_drill("w", lambda d: attrs.evolve(d, drill=attrs.evolve(d.drill, **changes)))


def drill_question(**changes: Any) -> Callable[[Path], None]:
    return forge_drill(
        "w",
        lambda d: attrs.evolve(
            d, questions=(attrs.evolve(d.questions[0], **changes), *d.questions[1:])
        ),
    )


def edit_key(change: Callable[[dict[str, Any]], object], name: str = "w") -> Callable[[Path], None]:
    return edit_toml(f"drills/{name}.key.toml", change)


def result_data(ws: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ws / "results" / "ana.json").read_text(encoding="utf-8"))
    return data


def seal(ws: Path, data: dict[str, Any]) -> str:
    """The seal as docs/drills.md describes it: anyone holding the drill file can make one."""
    header = tomllib.loads((ws / "drills" / "w.toml").read_text(encoding="utf-8"))["drill"]
    body = {k: v for k, v in data.items() if k != "seal"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    key = f"{header['secret']}:{header['digest']}".encode()
    return hmac.new(key, canonical.encode(), hashlib.sha256).hexdigest()


def forge_result(change: Callable[[dict[str, Any]], object], resealed: bool = True):  # type: ignore[no-untyped-def]
    """The result file changed, sealed again (so that only the change itself can refuse it)."""

    def setup(ws: Path) -> None:
        data = result_data(ws)
        change(data)
        if resealed:
            data["seal"] = seal(ws, data)
        (ws / "results" / "ana.json").write_text(json.dumps(data), encoding="utf-8")

    return setup


def result_text(text: str) -> Callable[[Path], None]:
    return write("results/ana.json", text)


def store_sql(*statements: str) -> Callable[[Path], None]:
    def setup(ws: Path) -> None:
        db = sqlite3.connect(ws / "db" / "scores.sqlite3")
        with db:
            for statement in statements:
                db.execute(statement)
        db.close()

    return setup


def make_foreign_store(ws: Path) -> None:
    (ws / "db" / "scores.sqlite3").unlink()
    db = sqlite3.connect(ws / "db" / "scores.sqlite3")
    with db:
        db.execute("CREATE TABLE inventory (item TEXT)")
    db.close()


def infinite_timing(ws: Path) -> None:
    """A timing of 1e999 (infinity once read), with a seal made over what it reads as."""
    data = result_data(ws)
    data["responses"][0]["elapsed_ms"] = float("inf")
    data["seal"] = seal(ws, data)
    text = json.dumps(data).replace("Infinity", "1e999")
    (ws / "results" / "ana.json").write_text(text, encoding="utf-8")


def damaged_drill_attempt(ws: Path) -> None:
    """The store holds an attempt at the drill whose response is not what quiz writes."""
    drill_id = tomllib.loads((ws / "drills" / "w.toml").read_text(encoding="utf-8"))["drill"]["id"]
    store_sql(
        f"UPDATE attempts SET mode = 'drill', set_id = '{drill_id}'",
        "UPDATE steps SET response = 'x' WHERE id = 1",
    )(ws)


def handed_in(ws: Path) -> None:
    """Ana's result for the drill is in results/ already, where drill run would write it."""
    from quiz.drill import result_path

    drill_id = tomllib.loads((ws / "drills" / "w.toml").read_text(encoding="utf-8"))["drill"]["id"]
    shutil.copy(ws / "results" / "ana.json", result_path(ws / "results", drill_id, "Ana"))


def deep_toml(relative: str) -> Callable[[Path], None]:
    return write(relative, "x = " + "[" * 5000 + "]" * 5000 + "\n")


# --- the cases -----------------------------------------------------------------------------


@attrs.frozen
class Case:
    id: str
    setup: Callable[[Path], None]
    argv: tuple[str, ...]
    expect: str
    """A regular expression for the first line of standard error, after ``quiz: ``; it starts
    with the file named."""
    lines: int = 1
    """Lines on standard error: one per bad input; a report adds one saying it wrote nothing,
    and ``validate`` one counting the problems (its problem lines are ``file:line: what``)."""
    read_only: str | None = None
    """A folder mounted read-only (or, without root, made read-only) for the run."""
    file_size_limit: int | None = None
    """RLIMIT_FSIZE for the run: writes beyond it fail, as on a full disk."""
    full_disk: str | None = None
    """A folder that is a full file system for the run (a small tmpfs filled up; root only)."""
    env: tuple[tuple[str, str], ...] = ()


REPORT = ("report", "results/ana.json", "--drill", "drills/w.toml", "--format", "csv")
REPORT_TO = (*REPORT, "-o", "reports/week.csv")
HISTORY = ("history", "--trainee", "Ada")
APP = ("--trainee", "Ada")
BANK = ("bank", "export", "essentials", "--format", "gift")
NEW = ("drill", "new", "--set", "essentials", "--count", "2", "--seed", "1")
RUN = ("drill", "run", "drills/w.toml", "--trainee", "Ana")
PRESENT = ("drill", "present", "drills/w.toml")
SET_LINE = r"questions/essentials\.toml:\d+: "
VALIDATE = ("validate", SET, "--seeds", "seeds")


CASES = [
    # --- question sets: every reader (validate, the app, bank export, drill new, lint) -----
    Case(
        "set-syntax",
        write(SET, "[set]\nid = \n"),
        VALIDATE,
        SET_LINE + "TOML syntax error",
        lines=2,
    ),
    Case("set-not-utf8", write(SET, b"[set]\nid = '\xff'\n"), APP, SET_LINE + "not UTF-8"),
    Case(
        "set-bom",
        write(SET, b"\xef\xbb\xbf[set]\n"),
        (*BANK, "-o", "e.gift"),
        SET_LINE + "starts with a UTF-8 byte order mark",
    ),
    Case("set-nul", write(SET, b"[set]\x00\n"), VALIDATE, SET_LINE + "TOML syntax error", lines=2),
    Case("set-empty-file", write(SET, ""), APP, SET_LINE + "missing the \\[set\\] table"),
    Case(
        "set-unknown-key",
        edit_toml(SET, lambda d: d["set"].update(colour="red")),
        APP,
        SET_LINE + r"set\.: unknown key 'colour'|" + SET_LINE + ".*colour",
    ),
    Case(
        "set-wrong-type",
        edit_toml(SET, lambda d: d["set"].update(pass_mark="80")),
        (*BANK, "-o", "e.gift"),
        SET_LINE + r"set\.pass_mark: invalid value for type, expected int",
    ),
    Case(
        "set-pass-mark-range",
        edit_toml(SET, lambda d: d["set"].update(pass_mark=1000)),
        (*NEW, "-o", "drills/n.toml"),
        SET_LINE + r"set\.pass_mark: must be a percentage",
    ),
    Case(
        "set-huge-integer",
        edit_text(SET, r"pass_mark = \d+", "pass_mark = " + "9" * 5000),
        APP,
        r"questions/essentials\.toml: TOML value out of range",
    ),
    Case(
        "set-deep-nesting",
        deep_toml(SET),
        APP,
        r"questions/essentials\.toml: TOML nesting is too deep",
    ),
    Case(
        "set-too-large",
        write(SET, "# " + "x" * (2 * 1024 * 1024) + "\n"),
        APP,
        r"questions/essentials\.toml: file is larger than the limit",
    ),
    Case("set-fifo", fifo(SET), APP, r"questions/essentials\.toml: is not a regular file"),
    Case(
        "set-folder",
        folder(SET),
        (*BANK, "-o", "e.gift"),
        r"questions/essentials\.toml: is not a regular file",
    ),
    Case("set-symlink-loop", loop(SET), APP, r"questions/essentials\.toml: cannot be read"),
    Case(
        "set-answer-not-a-choice-app",
        first_question(lambda q: q.update(answer=["zz"])),
        APP,
        SET_LINE + r"questions\[0\]\.answer: 'zz' is not one of the choices",
    ),
    Case(
        "set-answer-not-a-choice-bank",
        first_question(lambda q: q.update(kind="multiple", answer=["zz"])),
        (*BANK, "-o", "e.gift"),
        SET_LINE + r"questions\[0\]\.answer: 'zz' is not one of the choices",
    ),
    Case(
        "set-answer-not-a-choice-drill-new",
        first_question(lambda q: q.update(answer=["zz"])),
        (*NEW, "-o", "drills/n.toml"),
        SET_LINE + r"questions\[0\]\.answer: 'zz' is not one of the choices",
    ),
    Case(
        "set-answer-not-a-choice-lint",
        first_question(lambda q: q.update(answer=["zz"])),
        ("lint", SET, "--seeds", "seeds"),
        SET_LINE + r"questions\[0\]\.answer: 'zz' is not one of the choices",
    ),
    Case(
        "set-answer-not-a-choice-coverage",
        first_question(lambda q: q.update(answer=["zz"])),
        ("coverage", "--seeds", "seeds"),
        SET_LINE + r"questions\[0\]\.answer: 'zz' is not one of the choices",
    ),
    Case(
        "set-answer-not-a-choice-author",
        first_question(lambda q: q.update(answer=["zz"])),
        ("author", "--seeds", "seeds"),
        SET_LINE + r"questions\[0\]\.answer: 'zz' is not one of the choices",
    ),
    Case(
        "set-answer-empty-bank",
        first_question(lambda q: q.update(kind="multiple", answer=[])),
        (*BANK, "--format", "moodle-xml", "-o", "e.xml"),
        SET_LINE + r"questions\[0\]\.answer: empty",
    ),
    Case(
        "set-one-choice",
        first_question(
            lambda q: q.update(choices=q["choices"][:1], answer=[q["choices"][0]["id"]])
        ),
        APP,
        SET_LINE + r"questions\[0\]\.choices: fewer than two choices",
    ),
    Case(
        "set-duplicate-choice-ids",
        first_question(lambda q: q["choices"][1].update(id=q["choices"][0]["id"])),
        (*NEW, "-o", "drills/n.toml"),
        SET_LINE + r"questions\[0\]\.choices: duplicate choice ids",
    ),
    Case(
        "set-unknown-kind",
        first_question(lambda q: q.update(kind="essay")),
        APP,
        SET_LINE + r"questions\[0\]\.kind: unknown kind 'essay'",
    ),
    Case(
        "set-matching-without-items",
        first_question(lambda q: q.update(kind="matching")),
        (*BANK, "-o", "e.gift"),
        SET_LINE + r"questions\[0\]\.items: a matching question needs at least two items",
    ),
    Case(
        "set-no-sources",
        first_question(lambda q: q.update(sources=[])),
        APP,
        SET_LINE + r"questions\[0\]\.sources: no source passage",
    ),
    Case(
        "set-unknown-tag",
        first_question(lambda q: q.update(tags=["mind-control"])),
        APP,
        SET_LINE + r"questions\[0\]\.tags: unknown tag 'mind-control'",
    ),
    Case(
        "set-duplicate-question-ids",
        edit_toml(SET, lambda d: d["questions"][1].update(id=d["questions"][0]["id"])),
        (*BANK, "-o", "e.gift"),
        SET_LINE + r"questions\[0\]\.id: duplicate question id",
    ),
    Case(
        "set-no-questions",
        edit_toml(SET, lambda d: d.update(questions=[])),
        APP,
        r"questions/essentials\.toml(:\d+)?: questions: no questions",
    ),
    Case(
        "set-same-id-twice",
        lambda ws: shutil.copy(ws / SET, ws / "questions" / "zz-copy.toml"),
        APP,
        r"questions/zz-copy\.toml: set\.id: 'essentials' is also the id of",
    ),
    Case(
        "set-stale-quote",
        first_question(lambda q: q["sources"][0].update(quote="words nobody wrote")),
        VALIDATE,
        SET_LINE + r"questions\[0\]\.sources\[0\]\.quote: does not stand verbatim",
        lines=2,
    ),
    Case(
        "set-lint",
        write(SET, "[set]\nid = 1\n"),
        ("lint", SET, "--seeds", "seeds"),
        SET_LINE + r"set\.id: expected a string|" + SET_LINE,
    ),
    Case(
        "questions-folder-is-a-file",
        write("qfile", "x\n"),
        ("--questions", "qfile", *APP),
        r"qfile: not a folder of question sets",
    ),
    Case(
        "questions-folder-name-too-long",
        nothing,
        ("--questions", LONG, *APP),
        LONG + r": cannot be looked up: the name is too long",
    ),
    Case(
        "questions-folder-missing",
        nothing,
        (*BANK, "--questions", "nowhere", "-o", "e.gift"),
        r"nowhere: not a folder of question sets",
    ),
    # --- case documents ----------------------------------------------------------------
    Case(
        "doc-not-utf8",
        write("seeds/bad.txt", b"Line one\nLine \xff two\n"),
        ("extract", "seeds/bad.txt"),
        r"seeds/bad\.txt:2: not UTF-8 text",
    ),
    Case(
        "doc-nul",
        write("seeds/bad.txt", "A report\n\x00\n"),
        ("coverage", "--seeds", "seeds"),
        r"bad\.txt:2: contains a NUL byte",
    ),
    Case(
        "doc-too-large",
        write("seeds/big.txt", "word " * (1024 * 1024 + 10)),
        ("extract", "seeds/big.txt"),
        r"seeds/big\.txt: file is larger than the limit",
    ),
    Case(
        "doc-fifo",
        fifo("seeds/pipe.txt"),
        ("extract", "seeds/pipe.txt"),
        r"seeds/pipe\.txt: is not a regular file",
    ),
    Case(
        "doc-fifo-in-folder",
        fifo("seeds/pipe.txt"),
        ("coverage", "--seeds", "seeds"),
        r"seeds/pipe\.txt: is not a regular file",
    ),
    Case(
        # A folder stands for its documents (quiz extract DIR); one with none is refused.
        "doc-folder-without-documents",
        write("seeds/notes/readme.md", "not a case document\n"),
        ("extract", "seeds/notes"),
        r"seeds/notes: no case documents \(\*\.txt\) in the folder",
    ),
    Case(
        "doc-missing",
        nothing,
        ("extract", "seeds/none.txt"),
        r"seeds/none\.txt: No such file or directory",
    ),
    Case(
        "doc-name-too-long",
        nothing,
        ("extract", LONG),
        LONG + r": cannot be read: the name is too long",
    ),
    Case(
        "seeds-without-documents",
        lambda ws: [p.unlink() for p in (ws / "seeds").glob("*.txt")],
        ("coverage", "--seeds", "seeds"),
        r"seeds: no case documents",
    ),
    Case(
        "seeds-is-a-file",
        write("sfile", "x\n"),
        ("coverage", "--seeds", "sfile"),
        r"sfile: not a folder of case material",
    ),
    # --- sources.toml --------------------------------------------------------------------
    Case(
        "sources-syntax",
        write("seeds/sources.toml", "[[documents]\n"),
        ("coverage", "--seeds", "seeds"),
        r"sources\.toml:1: TOML syntax error",
    ),
    Case(
        "sources-unknown-key",
        edit_toml("seeds/sources.toml", lambda d: d["documents"][0].update(author="x")),
        ("coverage", "--seeds", "seeds"),
        r"sources\.toml:\d+: documents\[0\]: unknown key 'author'|sources\.toml:\d+: .*author",
    ),
    Case(
        "sources-wrong-type",
        edit_toml("seeds/sources.toml", lambda d: d["documents"][0].update(date=2024)),
        ("lint", SET, "--seeds", "seeds"),
        r"sources\.toml:\d+: documents\[0\]\.date: invalid value for type, expected str",
    ),
    Case(
        "sources-folder",
        folder("seeds/sources.toml"),
        ("coverage", "--seeds", "seeds"),
        r"sources\.toml: is a folder, not a file",
    ),
    Case(
        "sources-deep",
        deep_toml("seeds/sources.toml"),
        ("coverage", "--seeds", "seeds"),
        r"sources\.toml: TOML nesting is too deep",
    ),
    Case(
        "sources-not-utf8",
        write("seeds/sources.toml", b"x = '\xfe'\n"),
        ("author", "--seeds", "seeds"),
        r"sources\.toml:1: not UTF-8",
    ),
    # --- channels.toml -------------------------------------------------------------------
    Case(
        "channels-unknown-id",
        edit_toml("seeds/channels.toml", lambda d: d["channels"][0].update(id="carrier-pigeon")),
        ("coverage", "--seeds", "seeds"),
        r"channels\.toml:\d+: channels\[0\]\.id: 'carrier-pigeon' is not a reporting tag",
    ),
    Case(
        "channels-none",
        edit_toml("seeds/channels.toml", lambda d: d.update(channels=[])),
        ("coverage", "--seeds", "seeds"),
        r"channels\.toml: no \[\[channels\]\] given",
    ),
    Case(
        "channels-empty-action",
        edit_toml("seeds/channels.toml", lambda d: d["channels"][0].update(action="  ")),
        ("coverage", "--seeds", "seeds"),
        r"channels\.toml:\d+: channels\[0\]\.action: empty",
    ),
    Case(
        "channels-wrong-type",
        edit_toml("seeds/channels.toml", lambda d: d["channels"][0].update(name=7)),
        ("lint", SET, "--seeds", "seeds"),
        r"channels\.toml:\d+: channels\[0\]\.name: invalid value for type, expected str",
    ),
    Case(
        "channels-syntax",
        write("seeds/channels.toml", "organisation = 'x\n"),
        ("author", "--seeds", "seeds"),
        r"channels\.toml: TOML syntax error: Expected \"'\" \(at the end of the file\)",
    ),
    # --- case files ----------------------------------------------------------------------
    Case(
        "case-quote-not-in-document",
        case_file(quote="words nobody wrote"),
        ("validate", CASE, "--seeds", "seeds"),
        r"seeds/cases/zz\.toml:\d+: tags\[0\]\.quote: not found verbatim",
        lines=2,
    ),
    Case(
        "case-unknown-tag",
        case_file(tag="mind-control"),
        ("coverage", "--seeds", "seeds"),
        r"cases/zz\.toml:\d+: tags\[0\]\.id: unknown tag 'mind-control'",
    ),
    Case(
        "case-id-not-a-slug",
        case_file(case_id="../../../x"),
        ("validate", CASE, "--seeds", "seeds"),
        r"seeds/cases/zz\.toml:\d+: case\.id: '\.\./\.\./\.\./x' is not an id",
        lines=2,
    ),
    Case(
        "case-unknown-document",
        case_file(doc="nope.txt"),
        ("coverage", "--seeds", "seeds"),
        r"cases/zz\.toml:\d+: tags\[0\]\.doc: no case document named 'nope\.txt'",
    ),
    Case(
        "case-negative-offset",
        case_file(start=-5),
        ("validate", CASE, "--seeds", "seeds"),
        r"seeds/cases/zz\.toml:\d+: tags\[0\]\.quote: does not stand at offset -5",
        lines=2,
    ),
    Case(
        "case-bad-verdict",
        write(
            "seeds/cases/li.toml",
            '[case]\nid = "li"\n\n[[questions]]\nid = "q-1"\nverdict = "maybe"\n',
        ),
        ("coverage", "--seeds", "seeds"),
        r"cases/li\.toml:\d+: questions\[0\]\.verdict: 'maybe' is not accept or reject",
    ),
    Case(
        "case-syntax",
        write(CASE, "[case\n"),
        ("author", "--seeds", "seeds"),
        r"cases/zz\.toml:1: TOML syntax error",
    ),
    Case(
        "case-fifo",
        fifo("seeds/cases/pipe.toml"),
        ("validate", "--seeds", "seeds"),
        r"seeds/cases/pipe\.toml: is not a regular file",
    ),
    # --- drill files ---------------------------------------------------------------------
    Case(
        "drill-syntax",
        write("drills/w.toml", "[drill\n"),
        RUN,
        r"drills/w\.toml:1: TOML syntax error",
    ),
    Case(
        "drill-no-questions",
        forge_drill("w", lambda d: attrs.evolve(d, questions=())),
        PRESENT,
        r"drills/w\.toml:\d+: questions: the drill has no questions",
    ),
    Case(
        "drill-no-questions-run",
        forge_drill("w", lambda d: attrs.evolve(d, questions=())),
        RUN,
        r"drills/w\.toml:\d+: questions: the drill has no questions",
    ),
    Case(
        "drill-huge-seed",
        drill_header(seed=10**30),
        RUN,
        r"drills/w\.toml:\d+: drill\.seed: must be a whole number from 0 to",
    ),
    Case(
        "drill-negative-time-limit",
        drill_header(time_limit=-5),
        RUN,
        r"drills/w\.toml:\d+: drill\.time_limit: must be from 0",
    ),
    Case(
        "drill-unknown-feedback",
        drill_header(feedback="sometimes"),
        PRESENT,
        r"drills/w\.toml:\d+: drill\.feedback: must be one of deferred, immediate",
    ),
    Case(
        "drill-pass-mark-range",
        drill_header(pass_mark=500),
        REPORT_TO,
        r"drills/w\.toml:\d+: drill\.pass_mark: must be a percentage",
    ),
    Case(
        "drill-edited",
        replace_text("drills/w.toml", 'prompt = "', 'prompt = "Edited. '),
        RUN,
        r"drills/w\.toml: the questions do not match the drill's digest",
    ),
    Case(
        "drill-one-choice",
        drill_question(choices=()),
        PRESENT,
        r"drills/w\.toml:\d+: questions\[0\]\.choices: fewer than two choices",
    ),
    Case(
        "drill-unknown-kind",
        drill_question(kind="essay"),
        RUN,
        r"drills/w\.toml:\d+: questions\[0\]\.kind: unknown kind 'essay'",
    ),
    Case(
        "drill-immediate-answer-not-a-choice",
        forge_drill(
            "i",
            lambda d: attrs.evolve(
                d, questions=(attrs.evolve(d.questions[0], answer=("zz",)), *d.questions[1:])
            ),
        ),
        ("drill", "present", "drills/i.toml"),
        r"drills/i\.toml:\d+: questions\[0\]\.answer: 'zz' is not one of the choices",
    ),
    Case(
        "drill-duplicate-question-ids",
        forge_drill("w", lambda d: attrs.evolve(d, questions=(d.questions[0], d.questions[0]))),
        RUN,
        r"drills/w\.toml:\d+: questions\[1\]\.id: duplicate question id 'd1'",
    ),
    Case(
        "drill-wrong-type",
        edit_toml("drills/w.toml", lambda d: d["drill"].update(time_limit="60")),
        PRESENT,
        r"drills/w\.toml:\d+: drill\.time_limit: invalid value for type, expected int",
    ),
    Case(
        "drill-missing",
        nothing,
        ("drill", "run", "drills/none.toml"),
        r"drills/none\.toml: No such file or directory",
    ),
    Case(
        "drill-folder",
        folder("drills/d.toml"),
        ("drill", "present", "drills/d.toml"),
        r"drills/d\.toml: is a folder, not a file",
    ),
    # --- answer keys ---------------------------------------------------------------------
    Case(
        "key-another-drill",
        edit_key(lambda d: d["key"].update(drill="other-1-abc")),
        (*PRESENT, "--key", "drills/w.key.toml"),
        r"drills/w\.key\.toml: this key belongs to another drill",
    ),
    Case(
        "key-missing-answer",
        edit_key(lambda d: d.update(answers=d["answers"][:1])),
        REPORT_TO,
        r"drills/w\.key\.toml: no answer for 2 question\(s\)",
    ),
    Case(
        "key-answer-not-a-choice",
        edit_key(lambda d: d["answers"][0].update(answer=["zz"])),
        (*PRESENT, "--key", "drills/w.key.toml"),
        r"drills/w\.key\.toml:\d+: answers\[0\]\.answer: 'zz' is not one of the choices",
    ),
    Case(
        "key-second-answer",
        edit_key(lambda d: d["answers"].append(dict(d["answers"][0]))),
        REPORT_TO,
        r"drills/w\.key\.toml:\d+: answers\[3\]\.question: a second answer for d1",
    ),
    Case(
        "key-unknown-question",
        edit_key(lambda d: d["answers"][0].update(question="d99")),
        REPORT_TO,
        r"drills/w\.key\.toml:\d+: answers\[0\]\.question: 'd99' is not a question of the drill",
    ),
    Case(
        "key-syntax",
        write("drills/w.key.toml", "[key\n"),
        REPORT_TO,
        r"drills/w\.key\.toml:1: TOML syntax error",
    ),
    Case(
        "key-folder",
        folder("drills/w.key.toml"),
        REPORT_TO,
        r"drills/w\.key\.toml: is a folder, not a file",
    ),
    # --- result files (every one refused, so the previous report stays) ------------------
    Case(
        "result-lone-surrogate",
        forge_result(lambda d: d.update(trainee="\ud800"), resealed=False),
        REPORT_TO,
        r"results/ana\.json: refused: a string holds a lone surrogate",
        lines=2,
    ),
    Case(
        "result-nested-100000",
        result_text("[" * 100_000 + "]" * 100_000),
        REPORT_TO,
        r"results/ana\.json: refused: nested more than 16 levels deep",
        lines=2,
    ),
    Case(
        "result-not-utf8",
        write("results/ana.json", b'{"trainee": "\xff"}'),
        REPORT_TO,
        r"results/ana\.json: refused: not UTF-8",
        lines=2,
    ),
    Case(
        "result-duplicate-key",
        result_text('{"schema": 1, "schema": 1}'),
        REPORT_TO,
        r"results/ana\.json: refused: duplicate key 'schema'",
        lines=2,
    ),
    Case(
        "result-nan",
        result_text('{"schema": NaN}'),
        REPORT_TO,
        r"results/ana\.json: refused: not valid JSON \(NaN is not a number\)",
        lines=2,
    ),
    Case(
        "result-not-json",
        result_text("[1, 2"),
        REPORT_TO,
        r"results/ana\.json: refused: not valid JSON",
        lines=2,
    ),
    Case(
        "result-not-an-object",
        result_text("[]"),
        REPORT_TO,
        r"results/ana\.json: refused: not a result file",
        lines=2,
    ),
    Case(
        "result-tampered",
        forge_result(lambda d: d["responses"][0].update(elapsed_ms=5), resealed=False),
        REPORT_TO,
        r"results/ana\.json: refused: tampered",
        lines=2,
    ),
    Case(
        "result-another-drill",
        forge_result(lambda d: d.update(drill="other-drill")),
        REPORT_TO,
        r"results/ana\.json: refused: from another drill",
        lines=2,
    ),
    Case(
        "result-schema-true",
        forge_result(lambda d: d.update(schema=True)),
        REPORT_TO,
        r"results/ana\.json: refused: unknown schema version True",
        lines=2,
    ),
    Case(
        "result-infinite-timing",
        infinite_timing,
        REPORT_TO,
        r"results/ana\.json: refused: a number is out of range",
        lines=2,
    ),
    Case(
        "result-responses-not-a-list",
        forge_result(lambda d: d.update(responses={"d1": ["a"]})),
        REPORT_TO,
        r"results/ana\.json: refused: malformed \(responses is not a list\)",
        lines=2,
    ),
    Case(
        "result-response-not-an-object",
        forge_result(lambda d: d.update(responses=["d1"])),
        REPORT_TO,
        r"results/ana\.json: refused: malformed \(responses\[0\] is not an object\)",
        lines=2,
    ),
    Case(
        "result-timing-a-string",
        forge_result(lambda d: d["responses"][0].update(elapsed_ms="1000")),
        REPORT_TO,
        r"results/ana\.json: refused: malformed \(responses\[0\]\.elapsed_ms is not a whole",
        lines=2,
    ),
    Case(
        "result-huge-timing",
        forge_result(lambda d: d["responses"][0].update(elapsed_ms=10**300)),
        REPORT_TO,
        r"results/ana\.json: refused: timing of d1 does not fit",
        lines=2,
    ),
    Case(
        "result-trainee-not-a-string",
        forge_result(lambda d: d.update(trainee=["Ana"])),
        REPORT_TO,
        r"results/ana\.json: refused: malformed \(trainee is not a string\)",
        lines=2,
    ),
    Case(
        "result-trainee-empty",
        forge_result(lambda d: d.update(trainee="  ")),
        REPORT_TO,
        r"results/ana\.json: a trainee's name cannot be empty",
        lines=2,
    ),
    Case(
        "result-trainee-escape",
        forge_result(lambda d: d.update(trainee="Ana\x1b]0;pwned\x07")),
        REPORT_TO,
        r"results/ana\.json: a trainee's name cannot hold control characters",
        lines=2,
    ),
    Case(
        "result-unknown-choice",
        forge_result(lambda d: d["responses"][0].update(response=["zz"])),
        REPORT_TO,
        r"results/ana\.json: refused: the response to d1 names no choice of it",
        lines=2,
    ),
    Case(
        "result-unknown-key",
        forge_result(lambda d: d.update(score=100)),
        REPORT_TO,
        r"results/ana\.json: refused: malformed \(unknown key 'score'\)",
        lines=2,
    ),
    Case(
        "result-fifo",
        fifo("results/ana.json"),
        REPORT_TO,
        r"results/ana\.json: is not a regular file",
        lines=2,
    ),
    Case(
        "result-too-large",
        write("results/ana.json", " " * (5 * 1024 * 1024 + 1)),
        REPORT_TO,
        r"results/ana\.json: file is larger than the limit",
        lines=2,
    ),
    Case(
        "report-db-missing",
        nothing,
        (*REPORT_TO, "--db", "db/missing.sqlite3"),
        r"db/missing\.sqlite3: no score store here",
    ),
    # --- the score store -----------------------------------------------------------------
    Case(
        "store-not-sqlite",
        write("db/scores.sqlite3", b"this is not a database" * 100),
        APP,
        r".*db/scores\.sqlite3: cannot open the score store: file is not a database",
    ),
    Case("store-foreign", make_foreign_store, APP, r".*db/scores\.sqlite3: not a quiz score store"),
    Case(
        "store-newer",
        store_sql("PRAGMA user_version = 99"),
        HISTORY,
        r".*db/scores\.sqlite3: made by a newer version of quiz",
    ),
    Case(
        "store-damaged-response-history",
        store_sql("UPDATE steps SET response = 'garbage' WHERE id = 1"),
        HISTORY,
        r".*db/scores\.sqlite3: damaged row in steps \(id 1\): response is 'garbage'",
    ),
    Case(
        "store-damaged-seed-history",
        store_sql("UPDATE attempts SET seed = 'abc'"),
        (*HISTORY, "--json"),
        r".*db/scores\.sqlite3: damaged row in attempts \(id 1\): seed is 'abc'",
    ),
    Case(
        "store-damaged-ids-app",
        store_sql("UPDATE attempts SET question_ids = '{'"),
        APP,
        r".*db/scores\.sqlite3: damaged row in attempts \(id 1\): question_ids is",
    ),
    Case(
        "store-damaged-tags-app",
        store_sql("UPDATE steps SET tags = '[1, 2]' WHERE id = 1"),
        APP,
        r".*db/scores\.sqlite3: damaged row in steps \(id 1\): tags is",
    ),
    Case(
        "store-damaged-title-app",
        store_sql("UPDATE attempts SET set_title = x'ff'"),
        APP,
        r".*db/scores\.sqlite3: damaged row in attempts \(id 1\): set_title is binary data",
    ),
    Case(
        "store-damaged-report-db",
        damaged_drill_attempt,
        (*REPORT_TO, "--db", "db/scores.sqlite3"),
        r".*db/scores\.sqlite3: damaged row in steps \(id 1\): response is 'x'",
    ),
    Case(
        "store-is-a-folder",
        folder("db/folder.sqlite3"),
        ("--db", "db/folder.sqlite3", *APP),
        r"db/folder\.sqlite3: not a score store \(not a regular file\)",
    ),
    Case(
        "store-parent-is-a-file",
        nothing,
        ("--db", "reports/week.csv/scores.sqlite3", *APP),
        r"reports/week\.csv/scores\.sqlite3: cannot create the score store's folder: a part of",
    ),
    Case(
        "store-name-too-long",
        nothing,
        ("history", "--db", LONG),
        LONG + r": cannot be looked up: the name is too long",
    ),
    Case(
        "store-data-folder-cannot-be-created",
        nothing,
        APP,
        r"reports/week\.csv/quiz/scores\.sqlite3: cannot create the score store's folder",
        env=(("QUIZ_DB", "reports/week.csv/quiz/scores.sqlite3"),),
    ),
    Case(
        "store-drill-run-damaged",
        write("db/scores.sqlite3", b"\x00" * 4096),
        RUN,
        r".*db/scores\.sqlite3: cannot open the score store",
    ),
    Case(
        "store-read-only",
        nothing,
        ("--trainee", "Bea"),
        r".*db/scores\.sqlite3: cannot be written: (the file system is read-only|permission)",
        read_only="db",
    ),
    Case(
        "store-full-disk",
        nothing,
        ("--trainee", "Bea"),
        r".*db/scores\.sqlite3: cannot be written: no space left on the disk",
        full_disk="db",
    ),
    Case(
        "output-full-disk-for-real",
        nothing,
        (*BANK, "-o", "reports/e.gift"),
        r"reports/e\.gift: cannot be written: no space left on the disk",
        full_disk="reports",
    ),
    Case(
        "drill-run-on-a-full-disk",
        nothing,
        (*RUN, "--results", "reports"),
        r".*db/scores\.sqlite3: cannot be written: no space left on the disk",
        full_disk="db",
    ),
    # --- trainee names -------------------------------------------------------------------
    Case(
        "name-undecodable-history",
        nothing,
        ("history", "--trainee", os.fsdecode(b"\xff\xfe")),
        r"--trainee: a trainee's name cannot hold control characters or bytes that are not text",
    ),
    Case(
        "name-undecodable-app",
        nothing,
        ("--trainee", os.fsdecode(b"Ana\xff")),
        r"--trainee: a trainee's name cannot hold",
    ),
    Case(
        "name-escape-sequence-drill",
        nothing,
        ("drill", "run", "drills/w.toml", "--trainee", "Ana\x1b[2J"),
        r"--trainee: a trainee's name cannot hold control characters",
    ),
    Case(
        "name-too-long",
        nothing,
        ("--trainee", "A" * 200),
        r"--trainee: a trainee's name is at most 80 characters",
    ),
    Case(
        "name-blank-drill",
        nothing,
        ("drill", "run", "drills/w.toml", "--trainee", " \t "),
        r"--trainee: a trainee's name cannot be empty",
    ),
    # --- command-line paths --------------------------------------------------------------
    Case(
        "output-is-a-folder",
        nothing,
        (*REPORT, "-o", "reports"),
        r"reports: is a folder; give a file name as the output",
    ),
    Case(
        "output-name-too-long",
        nothing,
        (*BANK, "-o", LONG),
        LONG + r": cannot be written: the name is too long",
    ),
    Case(
        "output-parent-is-a-file",
        nothing,
        (*NEW, "-o", "reports/week.csv/d.toml"),
        r"reports/week\.csv/d\.toml: cannot be written: a part of the path is a file",
    ),
    Case(
        "output-is-an-input",
        nothing,
        (*REPORT, "-o", "drills/w.key.toml"),
        r"drills/w\.key\.toml: is an input of this command",
    ),
    Case(
        "output-is-a-set",
        nothing,
        (*NEW, "-o", SET, "--force"),
        r"questions/essentials\.toml: is an input of this command",
    ),
    Case(
        "output-is-a-device",
        nothing,
        (*BANK, "-o", "/dev/null"),
        r"/dev/null: is not a regular file",
    ),
    Case(
        "output-read-only",
        nothing,
        (*REPORT, "-o", "reports/new.csv"),
        r"reports/new\.csv: cannot be written: (the file system is read-only|permission denied)",
        read_only="reports",
    ),
    Case(
        "output-read-only-new-folder",
        nothing,
        (*BANK, "-o", "reports/sub/e.gift"),
        r"reports/sub/e\.gift: cannot be written: (the file system is read-only|permission denied)",
        read_only="reports",
    ),
    Case(
        "output-full-disk",
        nothing,
        (*BANK, "-o", "reports/e.gift"),
        r"reports/e\.gift: cannot be written: the file would be too large",
        file_size_limit=1024,
    ),
    Case(
        "output-full-disk-new-folders",
        nothing,
        (*BANK, "-o", "reports/new/deeper/e.gift"),
        r"reports/new/deeper/e\.gift: cannot be written: the file would be too large",
        file_size_limit=1024,
    ),
    Case(
        "output-full-disk-drill-and-key",
        nothing,
        (*NEW, "-o", "drills/n.toml"),
        r"drills/n(\.key)?\.toml: cannot be written: the file would be too large",
        file_size_limit=1024,
    ),
    Case(
        "drill-new-over-an-existing-drill",
        nothing,
        (*NEW, "-o", "drills/w.toml"),
        r"drills/w\.toml: exists: a new drill would get a new secret",
    ),
    Case(
        "drill-new-huge-seed",
        nothing,
        (*NEW[:-1], str(10**30), "-o", "drills/n.toml"),
        r"--seed: a whole number from 0 to",
    ),
    Case(
        "drill-new-unknown-set",
        nothing,
        ("drill", "new", "--set", "nope", "-o", "drills/n.toml"),
        r"questions: no question set 'nope'",
    ),
    Case(
        "drill-new-count-zero",
        nothing,
        (*NEW[:4], "--count", "0", "-o", "drills/n.toml"),
        r"--count: must be at least 1",
    ),
    Case(
        "results-is-a-file",
        nothing,
        (*RUN, "--results", "reports/week.csv"),
        r"reports/week\.csv: is a file, not a folder",
    ),
    Case(
        "results-under-a-file",
        nothing,
        (*RUN, "--results", "reports/week.csv/r"),
        r"reports/week\.csv/r: cannot be created: reports/week\.csv is a file",
    ),
    Case(
        "results-read-only",
        nothing,
        (*RUN, "--results", "reports/r"),
        r"reports/r: cannot be written: (the file system is read-only|permission denied)",
        read_only="reports",
    ),
    Case(
        "results-name-too-long",
        nothing,
        (*RUN, "--results", LONG),
        LONG + r": cannot be looked up: the name is too long",
    ),
    Case(
        "results-already-handed-in",
        handed_in,
        RUN,
        r".*results/essentials-.*\.json: Ana has a result for this drill already",
    ),
    Case(
        "generate-bad-case-file",
        case_file(tag="mind-control"),
        ("generate", "--seeds", "seeds", "--out", "questions"),
        r"cases/zz\.toml:\d+: tags\[0\]\.id: unknown tag 'mind-control'",
    ),
    Case(
        "generate-out-is-a-file",
        nothing,
        ("generate", "--seeds", "seeds", "--out", "reports/week.csv"),
        r"reports/week\.csv(/[\w.-]+)?: (is not a folder|cannot be written)",
    ),
    Case(
        "validate-path-too-long",
        nothing,
        ("validate", LONG),
        LONG + r": cannot be looked up: the name is too long",
    ),
    Case(
        "lint-path-missing",
        nothing,
        ("lint", "nowhere.toml"),
        r"nowhere\.toml: no such file or folder",
    ),
    Case(
        "extract-symlink-loop",
        loop("seeds/loop.txt"),
        ("extract", "seeds/loop.txt"),
        r"seeds/loop\.txt: cannot be read: a symbolic link loop",
    ),
]


@contextlib.contextmanager
def read_only_folder(path: Path) -> Iterator[None]:
    """A read-only mount of ``path`` where the platform allows it (as root, a bind mount:
    permissions do not stop root); otherwise a folder without write permission."""
    if os.geteuid() == 0:
        mounted = subprocess.run(
            ["mount", "--bind", str(path), str(path)], capture_output=True, check=False
        )
        if mounted.returncode != 0:
            pytest.skip("cannot mount a read-only folder here")
        try:
            subprocess.run(
                ["mount", "-o", "remount,ro,bind", str(path)], capture_output=True, check=True
            )
            yield
        finally:
            subprocess.run(["umount", str(path)], capture_output=True, check=False)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555)
        try:
            yield
        finally:
            path.chmod(mode)


def _limit_file_size(limit: int) -> Callable[[], None]:
    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@contextlib.contextmanager
def full_file_system(path: Path) -> Iterator[None]:
    """``path`` as a small file system holding what it held, filled up to the last byte."""
    if os.geteuid() != 0 or not sys.platform.startswith("linux"):
        pytest.skip("a full file system needs a tmpfs mount (root, Linux)")
    keep = path.parent.parent / f"keep-{path.name}"
    shutil.copytree(path, keep, symlinks=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        shutil.copytree(keep, path, symlinks=True, dirs_exist_ok=True)
        fd = os.open(path / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            for size in (65536, 4096, 1):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * size)
        finally:
            os.close(fd)
        yield
    finally:
        subprocess.run(["umount", str(path)], capture_output=True, check=False)


def environment(ws: Path, case: Case) -> contextlib.AbstractContextManager[None]:
    if case.read_only is not None:
        return read_only_folder(ws / case.read_only)
    if case.full_disk is not None:
        return full_file_system(ws / case.full_disk)
    return contextlib.nullcontext()


def run_quiz(ws: Path, case: Case) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QUIZ_DB": str(ws / "db" / "scores.sqlite3"),
        "QUIZ_CACHE": str(ws.parent / "cache"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(ROOT),
        **dict(case.env),
    }
    return subprocess.run(
        [sys.executable, "-m", "quiz", *case.argv],
        cwd=ws,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        errors="backslashreplace",
        timeout=120,
        preexec_fn=_limit_file_size(case.file_size_limit) if case.file_size_limit else None,
    )


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_a_hostile_input_is_refused_in_one_line_and_changes_nothing(
    tmp_path: Path, template: Path, case: Case
) -> None:
    if sys.platform == "win32":
        pytest.skip("POSIX file system behaviour (FIFOs, modes, mounts)")
    ws = tmp_path / "ws"
    shutil.copytree(template, ws, symlinks=True)
    case.setup(ws)
    with environment(ws, case):
        before = snapshot(ws)
        result = run_quiz(ws, case)
        after = snapshot(ws)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == case.lines, lines
    assert lines[0].startswith("quiz: ") or case.argv[0] == "validate", lines
    assert all(line.startswith("quiz: ") for line in lines[1:]), lines
    assert re.match(case.expect, lines[0].removeprefix("quiz: ")), lines[0]
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, changed


def test_there_are_at_least_80_distinct_hostile_inputs() -> None:
    assert len({case.id for case in CASES}) == len(CASES) >= 80


# --- the bad files among good ones -----------------------------------------------------------


def test_each_bad_result_is_refused_by_name_and_the_others_are_reported(
    tmp_path: Path, template: Path
) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(template, ws, symlinks=True)
    (ws / "results" / "surrogate.json").write_text('{"trainee": "\\ud800"}', encoding="utf-8")
    (ws / "results" / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    case = Case(
        "mixed",
        nothing,
        (
            "report",
            "results/surrogate.json",
            "results/ana.json",
            "results/deep.json",
            "--drill",
            "drills/w.toml",
            "--format",
            "json",
            "-o",
            "reports/week.json",
        ),
        "",
    )
    result = run_quiz(ws, case)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "quiz: results/surrogate.json: refused: a string holds a lone surrogate escape "
        "(such as \\ud800)",
        "quiz: results/deep.json: refused: nested more than 16 levels deep",
    ]
    report = json.loads((ws / "reports" / "week.json").read_text(encoding="utf-8"))
    assert [t["trainee"] for t in report["trainees"]] == ["Ana"]


# --- the app, driven as a trainee drives it ----------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_disk_that_fills_during_an_attempt_is_said_and_loses_nothing(tmp_path: Path) -> None:
    """A failed COMMIT (SQLite rolls the transaction back itself) is 'could not be saved', not a
    crash; once there is room again, the same answer is saved once and the attempt finishes."""
    db = tmp_path / "scores.sqlite3"
    driven = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).parent / "drivers" / "full_disk_attempt.py"),
            str(QUESTIONS),
            str(db),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=170,
    )
    assert driven.returncode == 0, driven.stderr
    seen = json.loads(driven.stdout.splitlines()[-1])
    full = seen["answer_on_full_disk"]
    assert not full["feedback"] and full["running"]
    assert any("Your answer could not be saved" in note for note in full["notes"]), full
    assert seen["answer_after_freeing"]["feedback"]
    finish = seen["finish_on_full_disk"]
    assert finish["screen"] == "QuizScreen" and finish["running"]
    assert "could not be saved" in finish["notes"][0]
    assert seen["finish_after_freeing"]["screen"] == "ResultsScreen"
    attempt = ScoreStore.open(db, read_only=True).attempts("Ada")[0]
    assert attempt.finished
    assert [s.position for s in attempt.steps] == list(range(seen["questions"]))


async def test_rows_damaged_while_the_app_runs_are_said_and_the_app_goes_on(
    tmp_path: Path,
) -> None:
    from quiz.ui.app import HomeScreen, QuizScreen

    from .test_app import SIZE, answer_current, build_app

    db = tmp_path / "scores.sqlite3"
    app = build_app(QUESTIONS, db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await answer_current(pilot, screen)
        await pilot.press("enter", "escape")
        assert isinstance(app.screen, HomeScreen)
        other = sqlite3.connect(db)  # another program damages a row the checks cannot see
        with other:
            other.execute("UPDATE steps SET response = 'garbage'")
        other.close()
        await pilot.press("h")
        head = str(app.screen.query_one("#history-head").render())
        assert "Your history cannot be read" in head and "damaged row in steps" in head
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen) and app.is_running
        notes = [str(n.message) for n in app._notifications]
        assert any("damaged row in steps" in note for note in notes)
        assert ("set", "essentials") in app.screen.entries  # the sets can still be taken


def test_a_set_that_validate_rejects_never_reaches_the_app(tmp_path: Path) -> None:
    from quiz.errors import InputError
    from quiz.ui.app import build_app

    questions = tmp_path / "questions"
    shutil.copytree(QUESTIONS, questions)
    edit_toml("essentials.toml", lambda d: d["questions"][0].update(answer=["zz"]))(questions)
    db = tmp_path / "scores.sqlite3"
    with pytest.raises(InputError, match=r"questions\[0\]\.answer: 'zz' is not one of the choices"):
        build_app(questions, db, "Ada")
    assert not db.exists()  # refused before anything was saved


def test_opening_a_store_another_process_holds_waits_instead_of_failing(tmp_path: Path) -> None:
    """Several processes starting on a new store on a slow disk: one holds the file while it
    sets the store up, the others wait for it (the integrity check too), then open it."""
    import threading

    path = tmp_path / "new.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    threading.Timer(1.5, lambda: holder.execute("COMMIT")).start()
    store = ScoreStore.open(path)  # the busy timeout alone (one second) would not do
    store.set_setting("trainee", "Ada")
    assert store.setting("trainee") == "Ada"


@pytest.mark.slow
def test_many_processes_opening_one_new_store_at_once(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from quiz.store import ScoreStore\n"
        "time.sleep(max(0, float(sys.argv[2]) - time.time()))\n"
        "store = ScoreStore.open(Path(sys.argv[1]))\n"
        "store.set_setting(sys.argv[3], 'x')\n"
        "print('ok')\n"
    )
    import time

    start = str(time.time() + 3)
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(db), start, f"p{n}"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(12)
    ]
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0 and out.strip() == "ok", err
    store = ScoreStore.open(db, read_only=True)
    assert all(store.setting(f"p{n}") == "x" for n in range(12))


# --- drills in the app -------------------------------------------------------------------------


async def test_a_drill_whose_store_cannot_be_written_ends_with_one_line_and_no_file(
    tmp_path: Path, template: Path
) -> None:
    from quiz.ui.drill import DrillApp, DrillSession

    drill = load_drill(template / "drills" / "w.toml")
    db = tmp_path / "scores.sqlite3"
    ScoreStore.open(db).close()
    store = ScoreStore.open(db, read_only=True)  # every write to it fails
    session = DrillSession(drill, tmp_path / "results", store)
    session.remember("Ana")
    app = DrillApp(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # the clock starts: the store is written to
    assert app.return_code == 2
    assert app.failure is not None and "scores.sqlite3" in app.failure
    assert not list((tmp_path / "results").glob("*.json"))  # the empty result was taken back


async def test_a_drill_answer_that_cannot_be_written_is_said_and_never_counted_twice(
    tmp_path: Path, template: Path
) -> None:
    from quiz.drill import read_result
    from quiz.ui.drill import DrillApp, DrillScreen, DrillSession, HandedInScreen

    drill = load_drill(template / "drills" / "w.toml")
    session = DrillSession(drill, tmp_path / "results", None)
    session.remember("Ana")
    app = DrillApp(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # the start screen: the clock starts now
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        assert session.path is not None
        path = session.path
        path.unlink()
        path.mkdir()  # something took the result file's place
        await pilot.press("1", "enter")
        notes = [str(n.message) for n in app._notifications]
        assert any("could not be saved" in note and path.name in note for note in notes)
        assert screen.run.position == 0 and session.responses == []
        path.rmdir()
        await pilot.press("enter")  # the same answer again, saved this time
        for _ in range(len(drill.questions) - 1):
            await pilot.press("1", "enter")
        assert isinstance(app.screen, HandedInScreen)
    result = read_result(path, drill)
    assert [r.question for r in result.responses] == [q.id for q in drill.questions]
