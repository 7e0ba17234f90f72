"""Validation of question sets and case files: schema, ids, answers, tags, and grounding.

Grounding means every quoted passage still stands verbatim at its offsets in its source
document, and the document's digest is the one the set was generated from; a changed document
makes its questions *stale*. Every problem is reported as one :class:`InputError` line.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.errors import InputError
from quiz.files import folder_files
from quiz.models import Question, QuestionSet
from quiz.qformat import locate, read_toml, set_problems, structured_set
from quiz.taxonomy import TAGS, TOPICS

if TYPE_CHECKING:
    from quiz.documents import Document

KINDS = ("single", "multiple", "true-false", "ordering", "scenario", "matching")
SINGLE_ANSWER = ("single", "true-false", "scenario")


class _Sources:
    """The seeds folder's documents, read once, by name."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[str, Document | InputError] = {}

    def get(self, doc: str) -> Document | InputError:
        from quiz.documents import Document

        if doc not in self._cache:
            path = self.root / doc
            if Path(doc).is_absolute() or ".." in Path(doc).parts or not path.is_file():
                self._cache[doc] = InputError(doc, f"no such source document in {self.root}")
            else:
                try:
                    self._cache[doc] = Document.read(path, doc)
                except InputError as err:
                    self._cache[doc] = err
        return self._cache[doc]

    def documents(self) -> dict[str, Document]:
        from quiz.documents import Document

        found = {}
        for path in folder_files(self.root, ".txt"):
            document = self.get(path.name)
            if isinstance(document, Document):
                found[path.name] = document
        return found


def _files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(folder_files(path, ".toml"))
        else:
            files.append(path)
    return files


def validate_paths(paths: Iterable[Path], seeds: Path) -> tuple[list[InputError], int]:
    """Check every question set and case file under ``paths``; return problems and file count."""
    sources = _Sources(seeds)
    problems: list[InputError] = []
    files = _files(paths)
    for path in files:
        if not path.exists():
            problems.append(InputError(str(path), "no such file or folder"))
            continue
        if path.parent.name == "cases":
            problems.extend(_check_case_file(path, sources))
        else:
            problems.extend(check_set_file(path, sources))
    return problems, len(files)


def _check_case_file(path: Path, sources: _Sources) -> list[InputError]:
    from quiz.curation import read_case_file

    try:
        read_case_file(path, str(path), sources.documents())
    except InputError as err:
        return [err]
    return []


def check_set_file(path: Path, sources: _Sources | Path) -> list[InputError]:
    if isinstance(sources, Path):
        sources = _Sources(sources)
    name = str(path)
    try:
        data, text = read_toml(path, name)
    except InputError as err:
        return [err]
    problems = set_problems(data, name, text)
    if problems:
        return problems
    question_set = structured_set(data)
    return _check_set(question_set, name, text, sources)


def _check_set(qs: QuestionSet, name: str, text: str, sources: _Sources) -> list[InputError]:
    problems: list[InputError] = []

    def problem(path: str, message: str) -> None:
        problems.append(InputError(name, f"{path}: {message}", locate(text, path)))

    if qs.topic not in (*TOPICS, "mixed"):
        problem("set.topic", f"unknown topic {qs.topic!r}")
    if not 0 <= qs.pass_mark <= 100:
        problem("set.pass_mark", "must be a percentage from 0 to 100")
    digests = {}
    for number, digest in enumerate(qs.sources):
        document = sources.get(digest.doc)
        if isinstance(document, InputError):
            problem(f"set.sources[{number}].doc", document.message)
            continue
        digests[digest.doc] = digest.sha256
        if document.sha256 != digest.sha256:
            problem(
                f"set.sources[{number}].sha256",
                f"stale: {digest.doc} has changed since these questions were generated "
                "(its sha256 differs); run 'quiz generate'",
            )
    counts = Counter(q.id for q in qs.questions)
    for number, question in enumerate(qs.questions):
        where = f"questions[{number}]"
        if counts[question.id] > 1:
            problem(f"{where}.id", f"duplicate question id {question.id!r}")
        for path, message in _question_problems(question):
            problem(f"{where}.{path}", message)
        if not question.sources:
            problem(f"{where}.sources", "no source passage: every question must be grounded")
        for s_number, evidence in enumerate(question.sources):
            s_where = f"{where}.sources[{s_number}]"
            if evidence.doc not in digests:
                problem(f"{s_where}.doc", f"{evidence.doc!r} is not listed in [[set.sources]]")
                continue
            document = sources.get(evidence.doc)
            if isinstance(document, InputError):
                continue
            if document.sha256 != digests[evidence.doc]:
                continue  # reported once as stale above
            if not 0 <= evidence.start <= evidence.end <= len(document.text):
                problem(
                    f"{s_where}.start",
                    f"offsets {evidence.start}-{evidence.end} are outside {evidence.doc}",
                )
            elif document.text[evidence.start : evidence.end] != evidence.quote:
                problem(
                    f"{s_where}.quote",
                    f"does not stand verbatim at {evidence.start}-{evidence.end} of {evidence.doc}",
                )
    return problems


def _question_problems(question: Question) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if question.topic not in TOPICS:
        found.append(("topic", f"unknown topic {question.topic!r}"))
    if question.kind not in KINDS:
        found.append(("kind", f"unknown kind {question.kind!r} (one of {', '.join(KINDS)})"))
    if not question.tags:
        found.append(("tags", "no tags"))
    for tag in question.tags:
        if tag not in TAGS:
            found.append(("tags", f"unknown tag {tag!r}"))
    if not question.prompt.strip():
        found.append(("prompt", "empty"))
    ids = [c.id for c in question.choices]
    if len(ids) < 2:
        found.append(("choices", "fewer than two choices"))
    if len(set(ids)) != len(ids):
        found.append(("choices", "duplicate choice ids"))
    if len({c.text for c in question.choices}) != len(ids):
        found.append(("choices", "two choices have the same text"))
    if not question.answer:
        found.append(("answer", "empty"))
    for answer in question.answer:
        if answer not in ids:
            found.append(("answer", f"{answer!r} is not one of the choices"))
    if question.kind in SINGLE_ANSWER and len(question.answer) != 1:
        found.append(("answer", f"a {question.kind} question has exactly one answer"))
    if question.kind == "multiple" and len(set(question.answer)) != len(question.answer):
        found.append(("answer", "an answer is listed twice"))
    if question.kind == "ordering" and sorted(question.answer) != sorted(ids):
        found.append(("answer", "an ordering answer lists every choice once, in order"))
    if question.kind == "matching":
        if len(question.items) < 2:
            found.append(("items", "a matching question needs at least two items"))
        if len(question.answer) != len(question.items):
            found.append(("answer", "a matching answer has one choice per item"))
    elif question.items:
        found.append(("items", f"only matching questions have items, not {question.kind}"))
    if not question.explanation.strip():
        found.append(("explanation", "empty"))
    return found


def load_sets(
    folder: Path, seeds: Path | None = None, cache: Path | None = None
) -> list[QuestionSet]:
    """Read every question set in a folder; raises the first problem as an :class:`InputError`.

    With ``seeds``, the sets are validated in full (quotes and digests) as well. With
    ``cache``, a folder where sets already read are kept as JSON under the sha256 of their
    bytes: parsing TOML is most of the app's start-up, and JSON loads ten times faster. A
    changed file has another digest, so it is read and checked again.
    """
    if not folder.is_dir():
        raise InputError(str(folder), "not a folder of question sets")
    sets = []
    for path in folder_files(folder, ".toml"):
        data = _cached(path, cache) if cache is not None and seeds is None else None
        if data is None:
            data, text = read_toml(path, str(path))
            problems = set_problems(data, str(path), text)
            if not problems and seeds is not None:
                problems = _check_set(structured_set(data), str(path), text, _Sources(seeds))
            if problems:
                raise problems[0]
            if cache is not None:
                _keep(path, cache, data)
        sets.append(structured_set(data))
    return sets


def _cache_file(path: Path, cache: Path) -> Path:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return cache / f"{digest}.json"


def _cached(path: Path, cache: Path) -> dict | None:  # type: ignore[type-arg]
    try:
        return json.loads(_cache_file(path, cache).read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    except (OSError, ValueError):
        return None


def _keep(path: Path, cache: Path, data: dict) -> None:  # type: ignore[type-arg]
    """Best effort: a cache that cannot be written only costs time."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        target = _cache_file(path, cache)
        fd, tmp = tempfile.mkstemp(dir=cache, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(tmp, target)
    except OSError:
        pass
