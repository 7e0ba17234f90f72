"""The score store: a thin repository over SQLite.

Durability first: WAL with ``synchronous=FULL``; every answer is its own ``BEGIN IMMEDIATE``
transaction, committed the moment it is given, retried while another process holds the lock.
Attempts are append-only lists of steps (what was shown, what was answered, when, the grade): a
score is derived from the steps, never stored. The schema is versioned by ``user_version``;
a migration backs the file up first. Nothing happens at import time.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import attrs

SCHEMA_VERSION = 2
BUSY_RETRIES = 50
"""How many times a write is retried while another process holds the lock (with backoff,
about ten seconds in all) before :class:`StoreError` is raised."""

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
    SELECT s.attempt_id, s.position, s.question_id, s.response, s.correct, s.topic, s.tags,
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
    SELECT s.attempt_id, s.question_id, s.response, s.elapsed_ms, s.at FROM steps s
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
SQL_GET_SETTING = "SELECT value FROM settings WHERE key = ?"
SQL_SET_SETTING = """
    INSERT INTO settings (key, value) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
"""


class StoreError(Exception):
    """The store could not be read or written; the message says what and where."""


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
    def from_row(cls, row: Sequence[object]) -> Step:
        position, question_id, response, correct, topic, tags, benign, at, elapsed = row
        return cls(
            position=int(position),  # type: ignore[call-overload]
            question_id=str(question_id),
            response=tuple(json.loads(str(response))),
            correct=bool(correct),
            topic=str(topic),
            tags=tuple(json.loads(str(tags))),
            benign=None if benign is None else bool(benign),
            at=str(at),
            elapsed_ms=None if elapsed is None else int(elapsed),  # type: ignore[call-overload]
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
        reports) neither creates nor migrates nor changes the file in any way.
        """
        exists = path.exists()
        if read_only and not exists:
            raise StoreError(f"{path}: no score store here (check the path, or take a quiz first)")
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            if read_only:
                connection = sqlite3.connect(
                    f"{path.resolve().as_uri()}?mode=ro",
                    uri=True,
                    timeout=0.1,
                    isolation_level=None,
                )
            else:
                connection = sqlite3.connect(path, timeout=0.1, isolation_level=None)
            store = cls(connection, path)
            store._refuse_foreign()
            store._prepare(read_only=read_only)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{path}: cannot open the score store: {err}") from None
        return store

    def _refuse_foreign(self) -> None:
        """Only an empty database, or one quiz made, is a score store."""
        db = self._db
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version == 0 and tables:
            raise StoreError(
                f"{self.path}: not a quiz score store (an SQLite file with other tables: "
                f"{', '.join(sorted(tables)[:3])}); left as it is"
            )
        if 0 < version <= SCHEMA_VERSION and not {"trainees", "attempts", "steps"} <= tables:
            raise StoreError(f"{self.path}: not a quiz score store; left as it is")

    def _prepare(self, read_only: bool = False) -> None:
        db = self._db
        db.execute("PRAGMA busy_timeout = 100")
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
        delay = 0.005
        for attempt in range(BUSY_RETRIES):
            try:
                return action()
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) and "busy" not in str(err):
                    raise StoreError(f"{self.path}: {err}") from None
                if attempt == BUSY_RETRIES - 1:
                    raise StoreError(f"{self.path}: still locked by another process") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.25)
        return None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        """One durable transaction: ``BEGIN IMMEDIATE`` (retried while busy) ... ``COMMIT``."""
        cursor = self._db.cursor()
        self._retry(lambda: cursor.execute("BEGIN IMMEDIATE"))
        try:
            yield cursor
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        try:
            self._retry(lambda: cursor.execute("COMMIT"))
        except StoreError:
            cursor.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._db.close()

    # --- trainees and settings -------------------------------------------------------------

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

    def setting(self, key: str) -> str | None:
        row = self._db.execute(SQL_GET_SETTING, (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as cursor:
            cursor.execute(SQL_SET_SETTING, (key, value))

    # --- attempts ------------------------------------------------------------------------

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
                cursor.execute(SQL_SAVE_CARD, (row[0], question_id, set_id, card, due))

    def finish_attempt(self, attempt_id: int, now: datetime) -> None:
        with self._write() as cursor:
            cursor.execute(SQL_FINISH, (attempt_id, _iso(now)))

    def attempts(self, trainee: str, since: int = 0) -> list[Attempt]:
        """Every attempt of a trainee (from attempt id ``since`` on), with its steps: two
        queries, however long the history."""
        rows = self._db.execute(SQL_ATTEMPTS, (trainee, since)).fetchall()
        steps_of: dict[int, list[Step]] = {}
        for row in self._db.execute(SQL_STEPS, (trainee, since)):
            steps_of.setdefault(int(row[0]), []).append(Step.from_row(row[1:]))
        found = []
        for row in rows:
            steps = tuple(steps_of.get(int(row[0]), ()))
            found.append(
                Attempt(
                    id=int(row[0]),
                    set_id=str(row[1]),
                    set_title=str(row[2]),
                    started=str(row[3]),
                    seed=int(row[4]),
                    shuffled=bool(row[5]),
                    question_ids=tuple(json.loads(row[6])),
                    pass_mark=int(row[7]),
                    mode=str(row[8]),
                    finished=bool(row[9]),
                    steps=steps,
                )
            )
        return found

    def interrupted(self, trainee: str) -> Attempt | None:
        """The latest attempt left unfinished, to offer as Resume."""
        latest = self._db.execute(SQL_LATEST_OPEN, (trainee,)).fetchone()[0]
        if latest is None:
            return None
        return next(a for a in self.attempts(trainee, since=int(latest)) if a.id == latest)

    def drill_answers(
        self, drill_id: str
    ) -> list[tuple[str, str, list[tuple[str, tuple[str, ...], int, str]]]]:
        """Every attempt at a drill on this machine: (trainee, started, answers), each answer
        (question id, response, elapsed ms, time), in order. Two queries."""
        attempts: dict[int, tuple[str, str, list[tuple[str, tuple[str, ...], int, str]]]] = {
            int(row[0]): (str(row[1]), str(row[2]), [])
            for row in self._db.execute(SQL_DRILL_ATTEMPTS, (drill_id,))
        }
        # Responses repeat ('["a"]'): each distinct one is parsed once.
        parsed: dict[str, tuple[str, ...]] = {}
        for attempt_id, question, response, elapsed, at in self._db.execute(
            SQL_DRILL_STEPS, (drill_id,)
        ):
            chosen = parsed.get(response)
            if chosen is None:
                chosen = parsed[response] = tuple(json.loads(response))
            attempts[attempt_id][2].append((question, chosen, elapsed or 0, at))
        return list(attempts.values())

    def card(self, trainee: str, question_id: str) -> str | None:
        row = self._db.execute(SQL_TRAINEE, (trainee,)).fetchone()
        if row is None:
            return None
        card = self._db.execute(SQL_CARD, (row[0], question_id)).fetchone()
        return None if card is None else str(card[0])

    def due(self, trainee: str, now: datetime) -> list[tuple[str, str]]:
        """(question id, set id) of every review due by ``now``."""
        rows = self._db.execute(SQL_DUE, (trainee, _iso(now))).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]
