"""The score store and the session over it: durable, append-only, derived scores, resume,
review, migrations."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.session import Session
from quiz.store import SCHEMA_VERSION, ScoreStore, StoreError
from quiz.validate import load_sets

from .conftest import QUESTIONS, response_for

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=5)
        return self.now


@pytest.fixture(scope="module")
def sets():
    return load_sets(QUESTIONS)


@pytest.fixture
def session(tmp_path: Path, sets) -> Session:
    store = ScoreStore.open(tmp_path / "scores.sqlite3")
    session = Session(sets, store, clock=Clock(), new_seed=lambda: 1234)
    session.remember("Ada")
    return session


def _set(sets, set_id: str):
    return next(s for s in sets if s.id == set_id)


def test_pragmas_wal_full_and_schema_version(tmp_path: Path) -> None:
    store = ScoreStore.open(tmp_path / "s.db")
    db = store._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_each_answer_is_committed_at_once_and_scores_are_derived(session, sets, tmp_path) -> None:
    question_set = _set(sets, "case-li")
    run = session.start(question_set)
    first = run.question
    session.answer(run, list(first.answer), elapsed_ms=1200)
    # A second connection sees the answer straight away: it was committed.
    other = sqlite3.connect(tmp_path / "scores.sqlite3")
    assert other.execute("SELECT COUNT(*) FROM steps WHERE action='answered'").fetchone()[0] == 1
    assert other.execute("SELECT * FROM sqlite_master WHERE sql LIKE '%score%'").fetchall() == []
    session.advance(run)
    wrong = next(c.id for c in run.question.choices if c.id not in run.question.answer)
    session.answer(run, [wrong], elapsed_ms=900)
    attempt = session.store.attempts("Ada")[0]
    assert (attempt.answered, attempt.right, attempt.percent, attempt.finished) == (2, 1, 50, False)
    assert attempt.steps[0].response == first.answer and attempt.steps[0].elapsed_ms == 1200


def test_an_interrupted_attempt_resumes_at_the_question_it_stopped_on(session, sets) -> None:
    question_set = _set(sets, "case-chen-wei")  # more questions than are answered here
    run = session.start(question_set, shuffle=True)
    for _ in range(3):
        session.answer(run, list(run.question.answer), elapsed_ms=None)
        session.advance(run)
    again = session.resume()
    assert again is not None
    assert again.attempt_id == run.attempt_id
    assert again.position == 3
    assert [q.id for q in again.questions] == [q.id for q in run.questions]
    assert len(again.results) == 3


def test_shuffle_is_seeded_and_recorded_so_an_attempt_replays_exactly(session, sets) -> None:
    question_set = _set(sets, "essentials")
    first = session.start(question_set, shuffle=True, count=5)
    second = session.start(question_set, shuffle=True, count=5)
    assert [q.id for q in first.questions] == [q.id for q in second.questions]
    assert [q.id for q in first.questions] != [q.id for q in question_set.questions[:5]]
    attempts = session.store.attempts("Ada")
    assert attempts[0].seed == 1234 and attempts[0].shuffled
    assert len(attempts[0].question_ids) == 5


def test_finishing_gives_last_and_best_scores(session, sets) -> None:
    question_set = _set(sets, "case-li")
    for right in (True, False):
        run = session.start(question_set)
        while not run.done:
            session.answer(run, response_for(run.question, right), elapsed_ms=None)
            session.advance(run)
    last, best = session.scores()["case-li"]
    assert (last, best) == (0, 100)
    assert session.interrupted() is None


def test_missed_questions_are_scheduled_for_review(session, sets) -> None:
    question_set = _set(sets, "case-li")
    run = session.start(question_set)
    missed = run.question
    session.answer(run, [next(c.id for c in missed.choices if c.id not in missed.answer)], None)
    session.advance(run)
    session.answer(run, list(run.question.answer), None)
    clock = session.clock
    assert isinstance(clock, Clock)
    clock.now += timedelta(hours=1)
    assert session.due() == [(missed.id, "case-li")]
    review = session.review_run()
    assert review is not None and [q.id for q in review.questions] == [missed.id]
    session.answer(review, list(missed.answer), None)
    assert session.due() == []  # right this time: spaced out
    clock.now += timedelta(days=30)
    assert session.due() == [(missed.id, "review")]


def test_two_trainees_on_one_machine_keep_separate_histories(tmp_path: Path, sets) -> None:
    store = ScoreStore.open(tmp_path / "shared.db")
    ada = Session(sets, store, trainee="Ada", clock=Clock())
    bob = Session(sets, store, trainee="Bob", clock=Clock())
    question_set = _set(sets, "case-li")
    run = ada.start(question_set)
    ada.answer(run, list(run.question.answer), None)
    assert len(store.attempts("Ada")) == 1
    assert store.attempts("Bob") == []
    assert bob.interrupted() is None


def test_a_version_1_store_is_migrated_with_a_backup_first(tmp_path: Path, monkeypatch) -> None:
    import quiz.store as store_module

    path = tmp_path / "old.db"
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 1)
    store = ScoreStore.open(path)
    store.set_setting("trainee", "Ada")
    store.close()
    monkeypatch.undo()
    upgraded = ScoreStore.open(path)
    assert upgraded.setting("trainee") == "Ada"
    backup = tmp_path / "old.db.v1.bak"
    assert backup.exists()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT value FROM settings").fetchone()[0] == "Ada"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = {row[1] for row in db.execute("PRAGMA index_list(attempts)")}
        assert "attempts_by_trainee" in indexes


def test_history_is_read_in_two_queries_however_long(session, sets) -> None:
    question_set = _set(sets, "case-li")
    for _ in range(30):
        run = session.start(question_set, count=2)
        while not run.done:
            session.answer(run, response_for(run.question), elapsed_ms=None)
            session.advance(run)
    statements: list[str] = []
    session.store._db.set_trace_callback(statements.append)
    attempts = session.store.attempts("Ada")
    session.store._db.set_trace_callback(None)
    assert len(attempts) == 30 and all(a.answered == 2 for a in attempts)
    assert len(statements) == 2


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer version"):
        ScoreStore.open(path)


def test_a_damaged_file_is_reported_not_crashed_on(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open the score store"):
        ScoreStore.open(path)


def test_a_write_waits_for_another_writer_and_then_succeeds(tmp_path: Path, sets) -> None:
    path = tmp_path / "busy.db"
    store = ScoreStore.open(path)
    blocker = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    import threading

    threading.Timer(0.3, lambda: blocker.execute("COMMIT")).start()
    store.set_setting("k", "v")  # waits, retries, succeeds
    assert store.setting("k") == "v"


def test_a_foreign_sqlite_file_is_never_migrated(tmp_path: Path) -> None:
    path = tmp_path / "inventory.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE items (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a quiz score store"):
        ScoreStore.open(path)
    with pytest.raises(StoreError, match="not a quiz score store"):
        ScoreStore.open(path, read_only=True)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("inventory.db-*"))


def test_read_only_opening_creates_and_changes_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="no score store here"):
        ScoreStore.open(missing, read_only=True)
    assert not missing.exists()
    path = tmp_path / "scores.db"
    ScoreStore.open(path).close()
    before = path.read_bytes()
    store = ScoreStore.open(path, read_only=True)
    assert store.attempts("nobody") == []
    store.close()
    assert path.read_bytes() == before
