"""The home screen as the app last left it, kept so that the next start paints it before it reads
anything else (``docs/start-up.md``).

A snapshot is only ever the first frame: right after painting it the app reads the sets and the
score store as it always does, and the home screen is rebuilt from them. It is used only while
nothing it was made from has changed: the question folder's files (names, sizes, modification
times), the score store's files, the trainee asked for, the format of this file, and the clock
(not past the next review falling due). Otherwise, or if the file cannot be read, there is no
snapshot and the app starts the ordinary way, refusing a bad set or store before it takes over
the screen. A snapshot that cannot be written only costs the next start its head start.

Nothing of quiz's models is imported here, nor anything heavy: avoiding that is what it is for.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

FORMAT = 1
FILE = "home-snapshot.json"
KEEP = 8
"""Snapshots kept, one per (question folder, score store, trainee asked for), newest first."""


class Home(NamedTuple):
    """What the home screen shows. (A named tuple, not an attrs class: importing attrs is one
    of the costs the snapshot saves.)"""

    status: str
    """The line above the list (trainee, questions per attempt, shuffle)."""
    entries: list[tuple[str, str, str]]
    """Each entry of the list: its kind (``set``, ``resume``, ...), its id and its label."""


def _key(questions: Path, db: Path, trainee: str | None) -> str:
    return json.dumps([str(questions.resolve()), str(db.resolve()), trainee])


def signature(questions: Path, db: Path) -> list[Any]:
    """What a snapshot depends on, as the file system tells it without reading any file."""
    files: list[list[Any]] = []
    with os.scandir(questions) as found:
        for entry in found:
            if entry.name.endswith(".toml") and not entry.name.startswith("."):
                st = entry.stat()
                files.append([entry.name, st.st_size, st.st_mtime_ns])
    store: list[list[Any]] = []
    for suffix in ("", "-wal", "-journal"):
        try:
            st = os.stat(f"{db}{suffix}")
        except FileNotFoundError:
            store.append([suffix, None])
            continue
        if suffix and st.st_size == 0:
            # An empty write-ahead log or journal holds nothing: the store is its main file
            # (as a reader that was stopped leaves it, -wal made and never written).
            store.append([suffix, None])
            continue
        store.append([suffix, st.st_size, st.st_mtime_ns, st.st_ino])
    return [FORMAT, sorted(files), store]


def _read_all(cache: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads((cache / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return []
    kept = data.get("snapshots")
    return [s for s in kept if isinstance(s, dict)] if isinstance(kept, list) else []


def read(cache: Path, questions: Path, db: Path, trainee: str | None, now: datetime) -> Home | None:
    """The snapshot for these, if nothing it was made from has changed since; else None."""
    try:
        key = _key(questions, db, trainee)
        current = signature(questions, db)
    except (OSError, ValueError):
        return None
    for kept in _read_all(cache):
        if kept.get("key") != key:
            continue
        if kept.get("signature") != current:
            return None
        due = kept.get("next_due")
        try:
            if due is not None and datetime.fromisoformat(due) <= now:
                return None  # a review has fallen due since: the list would miss it
            status = kept["status"]
            entries = [(str(k), str(i), str(label)) for k, i, label in kept["entries"]]
        except (KeyError, TypeError, ValueError):
            return None
        if not isinstance(status, str) or not entries:
            return None
        return Home(status, entries)
    return None


def write(
    cache: Path,
    questions: Path,
    db: Path,
    trainee: str | None,
    home: Home,
    next_due: datetime | None,
) -> None:
    """Keep ``home`` for the next start (made after the store was closed, so that its files are
    as the next start will find them). Best effort: a failure leaves the old file whole."""
    tmp = None
    try:
        key = _key(questions, db, trainee)
        fresh = {
            "key": key,
            "signature": signature(questions, db),
            "next_due": None if next_due is None else next_due.isoformat(),
            "status": home.status,
            "entries": [list(entry) for entry in home.entries],
        }
        others = [s for s in _read_all(cache) if s.get("key") != key]
        text = json.dumps({"format": FORMAT, "snapshots": [fresh, *others][:KEEP]})
        cache.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache, prefix=".home-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, cache / FILE)
        tmp = None
    except (OSError, ValueError):
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
