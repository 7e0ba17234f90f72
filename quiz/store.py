"""The score store: a thin repository over SQLite.

Durability first: WAL with ``synchronous=FULL``; every answer is its own ``BEGIN IMMEDIATE``
transaction, committed the moment it is given, retried while another process holds the lock.
Attempts are append-only lists of steps (what was shown, what was answered, when, the grade): a
score is derived from the steps, never stored. The schema is versioned by ``user_version``;
a migration backs the file up first. Nothing happens at import time.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import attrs

from quiz.errors import StoreError as StoreError  # (defined where the app's start finds it)
from quiz.files import reason

SCHEMA_VERSION = 2
RETRY_SECONDS = 10.0
"""How long opening the store or a write is retried while another process holds the lock (with
backoff) before :class:`StoreError` is raised."""
BUSY_TIMEOUT_MS = 1000
"""How long SQLite itself waits for a lock before each retry."""

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE trainees (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        trainee_id INTEGER NOT NULL REFERENCES trainees(id),
        set_id TEXT NOT NULL,
        set_title TEXT NOT NULL,
        started TEXT NOT NULL,
        seed INTEGER NOT NULL,
        shuffled INTEGER NOT NULL,
        question_ids TEXT NOT NULL,
        pass_mark INTEGER NOT NULL,
        mode TEXT NOT NULL DEFAULT 'practice'
    );
    CREATE TABLE steps (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id),
        position INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('answered', 'finished')),
        response TEXT,
        correct INTEGER,
        topic TEXT,
        tags TEXT,
        benign INTEGER,
        at TEXT NOT NULL,
        elapsed_ms INTEGER
    );
    CREATE UNIQUE INDEX steps_once ON steps(attempt_id, position, action);
    CREATE TABLE reviews (
        trainee_id INTEGER NOT NULL REFERENCES trainees(id),
        question_id TEXT NOT NULL,
        set_id TEXT NOT NULL,
        card TEXT NOT NULL,
        due TEXT NOT NULL,
        PRIMARY KEY (trainee_id, question_id)
    );
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    2: """
    CREATE INDEX attempts_by_trainee ON attempts(trainee_id, id);
    """,
}

# One named statement per query.
SQL_TRAINEE = "SELECT id FROM trainees WHERE name = ?"
SQL_ADD_TRAINEE = "INSERT INTO trainees (name, created) VALUES (?, ?)"
SQL_START = """
    INSERT INTO attempts (trainee_id, set_id, set_title, started, seed, shuffled, question_ids,
                          pass_mark, mode)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
SQL_ANSWER = """
    INSERT INTO steps (attempt_id, position, question_id, action, response, correct, topic, tags,
                       benign, at, elapsed_ms)
    VALUES (?, ?, ?, 'answered', ?, ?, ?, ?, ?, ?, ?)
"""
SQL_FINISH = """
    INSERT OR IGNORE INTO steps (attempt_id, position, question_id, action, at)
    VALUES (?, -1, '', 'finished', ?)
"""
SQL_ATTEMPTS = """
    SELECT a.id, a.set_id, a.set_title, a.started, a.seed, a.shuffled, a.question_ids,
           a.pass_mark, a.mode,
           EXISTS (SELECT 1 FROM steps f WHERE f.attempt_id = a.id AND f.action = 'finished')
    FROM attempts a JOIN trainees t ON t.id = a.trainee_id
    WHERE t.name = ? AND a.id >= ?
    ORDER BY a.id
"""
SQL_STEPS = """
    SELECT s.attempt_id, s.id, s.position, s.question_id, s.response, s.correct, s.topic, s.tags,
           s.benign, s.at, s.elapsed_ms
    FROM steps s JOIN attempts a ON a.id = s.attempt_id JOIN trainees t ON t.id = a.trainee_id
    WHERE t.name = ? AND s.action = 'answered' AND s.attempt_id >= ?
    ORDER BY s.attempt_id, s.position
"""
SQL_LATEST_OPEN = """
    SELECT MAX(a.id) FROM attempts a JOIN trainees t ON t.id = a.trainee_id
    WHERE t.name = ?
      AND NOT EXISTS (SELECT 1 FROM steps f WHERE f.attempt_id = a.id AND f.action = 'finished')
"""
SQL_DRILL_ATTEMPTS = """
    SELECT a.id, t.name, a.started FROM attempts a JOIN trainees t ON t.id = a.trainee_id
    WHERE a.set_id = ? AND a.mode = 'drill' ORDER BY a.id
"""
SQL_DRILL_STEPS = """
    SELECT s.attempt_id, s.id, s.question_id, s.response, s.elapsed_ms, s.at FROM steps s
    WHERE s.attempt_id IN (SELECT id FROM attempts WHERE set_id = ? AND mode = 'drill')
      AND s.action = 'answered'
    ORDER BY s.attempt_id, s.position
"""
SQL_CARD = "SELECT card FROM reviews WHERE trainee_id = ? AND question_id = ?"
SQL_SAVE_CARD = """
    INSERT INTO reviews (trainee_id, question_id, set_id, card, due) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (trainee_id, question_id) DO UPDATE SET card = excluded.card, due = excluded.due,
        set_id = excluded.set_id
"""
SQL_DUE = """
    SELECT r.question_id, r.set_id, r.due FROM reviews r JOIN trainees t ON t.id = r.trainee_id
    WHERE t.name = ? AND r.due <= ? ORDER BY r.due, r.question_id
"""
SQL_NEXT_DUE = """
    SELECT min(r.due) FROM reviews r JOIN trainees t ON t.id = r.trainee_id
    WHERE t.name = ? AND r.due > ?
"""
SQL_GET_SETTING = "SELECT value FROM settings WHERE key = ?"
SQL_SET_SETTING = """
    INSERT INTO settings (key, value) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
"""


class _DamagedRow(StoreError):
    """A row whose values are not what quiz writes (the file passed the integrity check, but
    was edited or damaged); the store adds its path."""


def _damaged(table: str, row: object, column: str, value: object) -> StoreError:
    if isinstance(value, bytes):
        shown = "binary data"
    elif value is None:
        shown = "empty (NULL)"
    else:
        shown = f"{str(value)!r:.60}"
    return _DamagedRow(f"damaged row in {table} (id {row}): {column} is {shown}")


def _integer(value: object, table: str, row: object, column: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _damaged(table, row, column, value)
    return value


def _text(value: object, table: str, row: object, column: str) -> str:
    if not isinstance(value, str):
        raise _damaged(table, row, column, value)
    return value


def _id_list(value: object, table: str, row: object, column: str) -> tuple[str, ...]:
    """A JSON list of strings, as the store keeps responses, tags and question ids."""
    try:
        parsed = json.loads(_text(value, table, row, column))
    except (ValueError, RecursionError):
        raise _damaged(table, row, column, value) from None
    if not isinstance(parsed, list) or not all(isinstance(item, str) for item in parsed):
        raise _damaged(table, row, column, value)
    return tuple(parsed)


@attrs.frozen
class Step:
    """One answer as the store keeps it."""

    position: int
    question_id: str
    response: tuple[str, ...]
    correct: bool
    topic: str
    tags: tuple[str, ...]
    benign: bool | None
    at: str
    elapsed_ms: int | None

    @classmethod
    def from_row(cls, row: Sequence[object], where: object = "?") -> Step:
        """A step from its row; a value of the wrong type is a :class:`StoreError`."""
        position, question_id, response, correct, topic, tags, benign, at, elapsed = row
        t = "steps"
        return cls(
            position=_integer(position, t, where, "position"),
            question_id=_text(question_id, t, where, "question_id"),
            response=_id_list(response, t, where, "response"),
            correct=bool(_integer(correct, t, where, "correct")),
            topic=_text(topic, t, where, "topic"),
            tags=_id_list(tags, t, where, "tags"),
            benign=None if benign is None else bool(_integer(benign, t, where, "benign")),
            at=_text(at, t, where, "at"),
            elapsed_ms=None if elapsed is None else _integer(elapsed, t, where, "elapsed_ms"),
        )


@attrs.frozen
class Attempt:
    """An attempt and its steps; every figure about it is derived from the steps."""

    id: int
    set_id: str
    set_title: str
    started: str
    seed: int
    shuffled: bool
    question_ids: tuple[str, ...]
    """The questions in the order they were shown."""
    pass_mark: int
    mode: str
    finished: bool
    steps: tuple[Step, ...]

    @property
    def answered(self) -> int:
        return len(self.steps)

    @property
    def right(self) -> int:
        return sum(1 for step in self.steps if step.correct)

    @property
    def percent(self) -> int:
        return round(100 * self.right / self.answered) if self.answered else 0

    @property
    def passed(self) -> bool:
        return self.finished and self.percent >= self.pass_mark

    @property
    def next_position(self) -> int:
        """Where a resumed attempt goes on: the first question not yet answered."""
        return self.answered

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "set": self.set_id,
            "title": self.set_title,
            "started": self.started,
            "seed": self.seed,
            "shuffled": self.shuffled,
            "finished": self.finished,
            "questions": len(self.question_ids),
            "answered": self.answered,
            "right": self.right,
            "percent": self.percent,
            "passed": self.passed,
            "answers": [
                {
                    "position": s.position,
                    "question": s.question_id,
                    "response": list(s.response),
                    "correct": s.correct,
                    "topic": s.topic,
                    "tags": list(s.tags),
                    "at": s.at,
                    "elapsed_ms": s.elapsed_ms,
                }
                for s in self.steps
            ],
        }


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


MIN_FREE_BYTES = 256 * 1024
"""Below this much free space the store is not opened for writing (nor its -shm made)."""


def _free_bytes(folder: Path) -> int:
    try:
        figures = os.statvfs(folder)
    except (OSError, AttributeError):
        return MIN_FREE_BYTES  # unknown: let SQLite try
    return figures.f_bavail * figures.f_frsize


def _why_not_writable(path: Path) -> str:
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "the file system is read-only"
    except (OSError, AttributeError):
        pass
    return "permission denied"


def _says(err: sqlite3.Error) -> str:
    """SQLite's message, with what it most likely means where it is terse."""
    name = getattr(err, "sqlite_errorname", "")
    if name.startswith("SQLITE_IOERR"):
        return f"{err} (a full or failing disk?)"
    if name.startswith("SQLITE_READONLY"):
        return f"{err} (a read-only file or folder?)"
    return str(err)


def _busy(err: sqlite3.Error) -> bool:
    text = str(err)
    return "locked" in text or "busy" in text


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _reading(
    method: Callable[Concatenate[ScoreStore, _P], _R],
) -> Callable[Concatenate[ScoreStore, _P], _R]:
    """A read: an SQLite error, or a row quiz did not write, is a :class:`StoreError` naming
    the store, never a crash."""

    @functools.wraps(method)
    def wrapper(self: ScoreStore, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(self, *args, **kwargs)
        except _DamagedRow as err:
            raise StoreError(f"{self.path}: {err}") from None
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot be read: {_says(err)}") from None

    return wrapper


class ScoreStore:
    """The trainees' attempts and review schedule in one SQLite file."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> ScoreStore:
        """Open the store, checking its integrity first.

        A new store is made only where there is no file or an empty one; a file that is an
        SQLite database of something else is refused, never migrated. ``read_only`` (history,
        reports) neither creates nor migrates nor changes the file in any way. While another
        process holds the file (several starting at once, a slow disk), opening is retried for
        about ten seconds.
        """
        try:
            mode = path.stat().st_mode
        except (FileNotFoundError, NotADirectoryError):
            mode = None
        except OSError as err:
            raise StoreError(f"{path}: cannot open the score store: {reason(err)}") from None
        if mode is not None and not stat.S_ISREG(mode):
            raise StoreError(f"{path}: not a score store (not a regular file)")
        if read_only and mode is None:
            raise StoreError(f"{path}: no score store here (check the path, or take a quiz first)")
        if not read_only:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                why = reason(err)
                if isinstance(err, FileExistsError):
                    why = "a part of the path is a file, not a folder"
                raise StoreError(f"{path}: cannot create the score store's folder: {why}") from None
            # SQLite would open a file it cannot write read-only and fail at the first answer;
            # and a store in WAL mode needs its folder writable for its -wal and -shm files.
            for target in (path, path.parent) if mode is not None else (path.parent,):
                if not os.access(target, os.W_OK):
                    raise StoreError(f"{path}: cannot be written: {_why_not_writable(target)}")
            # On a full disk SQLite would leave an empty -wal and a broken -shm file behind.
            if _free_bytes(path.parent) < MIN_FREE_BYTES:
                raise StoreError(f"{path}: cannot be written: no space left on the disk")
        deadline = time.monotonic() + RETRY_SECONDS
        delay = 0.01
        while True:
            try:
                return cls._open_once(path, read_only)
            except sqlite3.Error as err:
                if _busy(err) and time.monotonic() < deadline:
                    time.sleep(delay)
                    delay = min(delay * 2, 0.25)
                    continue
                if _busy(err):
                    raise StoreError(f"{path}: still locked by another process") from None
                raise StoreError(f"{path}: cannot open the score store: {_says(err)}") from None

    @classmethod
    def _open_once(cls, path: Path, read_only: bool) -> ScoreStore:
        timeout = BUSY_TIMEOUT_MS / 1000
        if read_only:
            # A read-only connection to a WAL store creates its -wal and -shm files and cannot
            # remove them again. Where nobody else has the store open (no -wal file) and it
            # could be written, a connection that may not change anything (query_only) is
            # used instead: closing it removes what it created, so the folder stays as it was.
            # On a full disk, where neither can be created, a store with no pending -wal is
            # read as it stands (immutable): nothing can be writing to it there.
            uri = path.resolve().as_uri()
            wal = path.with_name(f"{path.name}-wal")
            try:
                pending = os.path.getsize(wal) > 0
            except OSError:
                pending = False
            quiet = not os.path.lexists(wal) and os.access(path, os.W_OK)
            quiet = quiet and os.access(path.parent, os.W_OK | os.X_OK)
            options = "mode=rw" if quiet else "mode=ro"
            if not pending and _free_bytes(path.parent) < MIN_FREE_BYTES:
                options = "mode=ro&immutable=1"
            connection = sqlite3.connect(
                f"{uri}?{options}", uri=True, timeout=timeout, isolation_level=None
            )
            connection.execute("PRAGMA query_only = ON")
        else:
            connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        try:
            store = cls(connection, path)
            store._refuse_foreign()
            store._prepare(read_only=read_only)
        except BaseException:
            connection.close()
            raise
        return store

    def _refuse_foreign(self) -> None:
        """Only an empty database, or one quiz made, is a score store."""
        db = self._db
        # Both read from one snapshot: another process may create the schema (tables and
        # user_version in one transaction) between two separate reads.
        db.execute("BEGIN")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            db.execute("COMMIT")
        if version == 0 and tables:
            raise StoreError(
                f"{self.path}: not a quiz score store (an SQLite file with other tables: "
                f"{', '.join(sorted(tables)[:3])}); left as it is"
            )
        if 0 < version <= SCHEMA_VERSION and not {"trainees", "attempts", "steps"} <= tables:
            raise StoreError(f"{self.path}: not a quiz score store; left as it is")

    def _prepare(self, read_only: bool = False) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        integrity = db.execute("PRAGMA quick_check").fetchone()[0]
        if integrity != "ok":
            raise StoreError(f"{self.path}: the score store is damaged: {integrity}")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: made by a newer version of quiz (schema {version}); upgrade quiz"
            )
        if read_only:
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: an older score store (schema {version}); open it once with "
                    "the app to upgrade it (a backup is made first)"
                )
            return
        self._retry(lambda: db.execute("PRAGMA journal_mode = WAL"))
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        if version < SCHEMA_VERSION:
            if version:
                self._backup(version)  # outside the write transaction, which it would wait on
            with self._write() as cursor:
                # Another process may have migrated while we waited for the lock.
                version = cursor.execute("PRAGMA user_version").fetchone()[0]
                for number in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in MIGRATIONS[number].split(";"):
                        if statement.strip():
                            cursor.execute(statement)
                    cursor.execute(f"PRAGMA user_version = {number}")

    def _backup(self, version: int) -> Path:
        target = self.path.with_name(f"{self.path.name}.v{version}.bak")
        with sqlite3.connect(target) as copy:
            self._db.backup(copy)
        copy.close()
        return target

    def _retry(self, action):  # type: ignore[no-untyped-def]
        """Run ``action``, again and again for about ten seconds while another process holds
        the lock; any other SQLite error is a :class:`StoreError` at once."""
        deadline = time.monotonic() + RETRY_SECONDS
        delay = 0.005
        while True:
            try:
                return action()
            except sqlite3.Error as err:
                if not _busy(err):
                    raise StoreError(f"{self.path}: {_says(err)}") from None
                if time.monotonic() >= deadline:
                    raise StoreError(f"{self.path}: still locked by another process") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.25)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        """One durable transaction: ``BEGIN IMMEDIATE`` (retried while busy) ... ``COMMIT``.

        Whatever fails (a full disk, an I/O error, a damaged file) is a :class:`StoreError`, and
        the transaction is rolled back if SQLite has not already done so: nothing half-written
        stays, and the store is usable again once the cause is gone.
        """
        cursor = self._db.cursor()
        self._retry(lambda: cursor.execute("BEGIN IMMEDIATE"))
        try:
            yield cursor
        except BaseException as err:
            self._rollback()
            if isinstance(err, sqlite3.Error):
                raise StoreError(f"{self.path}: {_says(err)}") from None
            if isinstance(err, _DamagedRow):
                raise StoreError(f"{self.path}: {err}") from None
            raise
        try:
            self._retry(lambda: cursor.execute("COMMIT"))
        except StoreError:
            self._rollback()
            raise

    def _rollback(self) -> None:
        """Roll back the open transaction, if there still is one: after a failed ``COMMIT``
        (a full disk, an I/O error) SQLite may already have rolled it back itself."""
        if not self._db.in_transaction:
            return
        with suppress(sqlite3.Error):
            self._db.execute("ROLLBACK")

    def close(self) -> None:
        self._db.close()

    # --- trainees and settings -------------------------------------------------------------

    @_reading
    def trainee_id(self, name: str, now: datetime) -> int:
        row = self._db.execute(SQL_TRAINEE, (name,)).fetchone()
        if row:
            return int(row[0])
        with self._write() as cursor:
            row = cursor.execute(SQL_TRAINEE, (name,)).fetchone()
            if row:
                return int(row[0])
            cursor.execute(SQL_ADD_TRAINEE, (name, _iso(now)))
            return int(cursor.lastrowid or 0)

    @_reading
    def setting(self, key: str) -> str | None:
        row = self._db.execute(SQL_GET_SETTING, (key,)).fetchone()
        return None if row is None else str(row[0])

    @_reading
    def set_setting(self, key: str, value: str) -> None:
        with self._write() as cursor:
            cursor.execute(SQL_SET_SETTING, (key, value))

    # --- attempts ------------------------------------------------------------------------

    @_reading
    def start_attempt(
        self,
        trainee: str,
        set_id: str,
        set_title: str,
        question_ids: Sequence[str],
        *,
        seed: int,
        shuffled: bool,
        pass_mark: int,
        now: datetime,
        mode: str = "practice",
    ) -> int:
        trainee_id = self.trainee_id(trainee, now)
        with self._write() as cursor:
            cursor.execute(
                SQL_START,
                (
                    trainee_id,
                    set_id,
                    set_title,
                    _iso(now),
                    seed,
                    int(shuffled),
                    json.dumps(list(question_ids)),
                    pass_mark,
                    mode,
                ),
            )
            return int(cursor.lastrowid or 0)

    @_reading
    def record_answer(
        self,
        attempt_id: int,
        position: int,
        question_id: str,
        response: Sequence[str],
        *,
        correct: bool,
        topic: str,
        tags: Sequence[str],
        benign: bool | None,
        now: datetime,
        elapsed_ms: int | None,
        review: tuple[str, str, str, str] | None = None,
    ) -> None:
        """Commit one answer (and its review schedule: trainee name, set id, card, due)."""
        with self._write() as cursor:
            cursor.execute(
                SQL_ANSWER,
                (
                    attempt_id,
                    position,
                    question_id,
                    json.dumps(list(response)),
                    int(correct),
                    topic,
                    json.dumps(list(tags)),
                    None if benign is None else int(benign),
                    _iso(now),
                    elapsed_ms,
                ),
            )
            if review is not None:
                trainee, set_id, card, due = review
                row = cursor.execute(SQL_TRAINEE, (trainee,)).fetchone()
                if row is None:
                    raise StoreError(f"{self.path}: no trainee {trainee!r} in the store")
                cursor.execute(SQL_SAVE_CARD, (row[0], question_id, set_id, card, due))

    @_reading
    def finish_attempt(self, attempt_id: int, now: datetime) -> None:
        with self._write() as cursor:
            cursor.execute(SQL_FINISH, (attempt_id, _iso(now)))

    @_reading
    def attempts(self, trainee: str, since: int = 0) -> list[Attempt]:
        """Every attempt of a trainee (from attempt id ``since`` on), with its steps: two
        queries, however long the history. A row quiz did not write is a :class:`StoreError`."""
        rows = self._db.execute(SQL_ATTEMPTS, (trainee, since)).fetchall()
        steps_of: dict[int, list[Step]] = {}
        for row in self._db.execute(SQL_STEPS, (trainee, since)):
            steps_of.setdefault(row[0], []).append(Step.from_row(row[2:], where=row[1]))
        found = []
        t = "attempts"
        for row in rows:
            number = row[0]
            steps = tuple(steps_of.get(number, ()))
            found.append(
                Attempt(
                    id=_integer(number, t, number, "id"),
                    set_id=_text(row[1], t, number, "set_id"),
                    set_title=_text(row[2], t, number, "set_title"),
                    started=_text(row[3], t, number, "started"),
                    seed=_integer(row[4], t, number, "seed"),
                    shuffled=bool(_integer(row[5], t, number, "shuffled")),
                    question_ids=_id_list(row[6], t, number, "question_ids"),
                    pass_mark=_integer(row[7], t, number, "pass_mark"),
                    mode=_text(row[8], t, number, "mode"),
                    finished=bool(row[9]),
                    steps=steps,
                )
            )
        return found

    @_reading
    def interrupted(self, trainee: str) -> Attempt | None:
        """The latest attempt left unfinished, to offer as Resume."""
        latest = self._db.execute(SQL_LATEST_OPEN, (trainee,)).fetchone()[0]
        if latest is None:
            return None
        return next((a for a in self.attempts(trainee, since=latest) if a.id == latest), None)

    @_reading
    def drill_answers(
        self, drill_id: str
    ) -> list[tuple[str, str, list[tuple[str, tuple[str, ...], int, str]]]]:
        """Every attempt at a drill on this machine: (trainee, started, answers), each answer
        (question id, response, elapsed ms, time), in order. Two queries."""
        attempts: dict[int, tuple[str, str, list[tuple[str, tuple[str, ...], int, str]]]] = {
            row[0]: (
                _text(row[1], "trainees", row[0], "name"),
                _text(row[2], "attempts", row[0], "started"),
                [],
            )
            for row in self._db.execute(SQL_DRILL_ATTEMPTS, (drill_id,))
        }
        # Responses repeat ('["a"]'): each distinct one is parsed once.
        parsed: dict[object, tuple[str, ...]] = {}
        t = "steps"
        for attempt_id, step, question, response, elapsed, at in self._db.execute(
            SQL_DRILL_STEPS, (drill_id,)
        ):
            chosen = parsed.get(response) if isinstance(response, str) else None
            if chosen is None:
                chosen = parsed[response] = _id_list(response, t, step, "response")
            if elapsed is not None:
                elapsed = _integer(elapsed, t, step, "elapsed_ms")
            attempts[attempt_id][2].append(
                (
                    _text(question, t, step, "question_id"),
                    chosen,
                    elapsed or 0,
                    _text(at, t, step, "at"),
                )
            )
        return list(attempts.values())

    @_reading
    def card(self, trainee: str, question_id: str) -> str | None:
        row = self._db.execute(SQL_TRAINEE, (trainee,)).fetchone()
        if row is None:
            return None
        card = self._db.execute(SQL_CARD, (row[0], question_id)).fetchone()
        if card is None:
            return None
        text = _text(card[0], "reviews", f"{row[0]}/{question_id}", "card")
        try:
            valid = isinstance(json.loads(text), dict)
        except (ValueError, RecursionError):
            valid = False
        if not valid:
            raise _damaged("reviews", f"{row[0]}/{question_id}", "card", text)
        return text

    @_reading
    def next_due(self, trainee: str, now: datetime) -> datetime | None:
        """When the trainee's next review falls due, of those not due by ``now``."""
        row = self._db.execute(SQL_NEXT_DUE, (trainee, _iso(now))).fetchone()
        if row is None or row[0] is None:
            return None
        try:
            return datetime.fromisoformat(str(row[0]))
        except ValueError:
            raise StoreError(f"{self.path}: damaged row in reviews: due {row[0]!r}") from None

    @_reading
    def due(self, trainee: str, now: datetime) -> list[tuple[str, str]]:
        """(question id, set id) of every review due by ``now``."""
        rows = self._db.execute(SQL_DUE, (trainee, _iso(now))).fetchall()
        return [
            (_text(r[0], "reviews", r[0], "question_id"), _text(r[1], "reviews", r[0], "set_id"))
            for r in rows
        ]
