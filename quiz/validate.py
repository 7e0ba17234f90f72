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
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from quiz.errors import InputError
from quiz.files import MAX_FILE_BYTES, folder_files, is_folder, path_exists, read_limited
from quiz.models import Choice, Evidence, MatchItem, Question, QuestionSet, SourceDigest
from quiz.taxonomy import TAGS, TOPICS

# The set format's reader (quiz.qformat, with cattrs) is imported where a file is parsed: the
# app's start-up reads its sets from the cache (see load_sets) and needs neither.

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
            try:
                present = os.path.isfile(path)
            except (OSError, ValueError):
                present = False
            if Path(doc).is_absolute() or ".." in Path(doc).parts or not present:
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
        if is_folder(path):
            files.extend(folder_files(path, ".toml"))
        else:
            files.append(path)
    return files


def validate_paths(paths: Iterable[Path], seeds: Path) -> tuple[list[InputError], int]:
    """Check every question set and case file under ``paths``; return problems and file count."""
    sources = _Sources(seeds)
    problems: list[InputError] = []
    files = _files(paths)
    set_ids: dict[tuple[Path, str], Path] = {}
    for path in files:
        if not path_exists(path):
            problems.append(InputError(str(path), "no such file or folder"))
            continue
        if path.parent.name == "cases":
            problems.extend(_check_case_file(path, sources))
            continue
        found = check_set_file(path, sources)
        problems.extend(found)
        if not found:
            twin = _same_id(path, set_ids)
            if twin is not None:
                problems.append(twin)
    return problems, len(files)


def _same_id(path: Path, seen: dict[tuple[Path, str], Path]) -> InputError | None:
    """Two sets of one folder with one id: the app, drills and exports could not tell them
    apart."""
    from quiz.qformat import locate, read_toml

    try:
        data, text = read_toml(path, str(path))
    except InputError as err:
        return err
    set_id = data.get("set", {}).get("id", "") if isinstance(data.get("set"), dict) else ""
    key = (path.parent, str(set_id))
    if key in seen:
        return InputError(
            str(path), f"set.id: {set_id!r} is also the id of {seen[key]}", locate(text, "set.id")
        )
    seen[key] = path
    return None


def _check_case_file(path: Path, sources: _Sources) -> list[InputError]:
    from quiz.curation import case_file_problems

    return case_file_problems(path, str(path), sources.documents())


def check_set_file(path: Path, sources: _Sources | Path | None) -> list[InputError]:
    """Every problem of a set file; with ``sources`` (the case material) its grounding too."""
    from quiz.qformat import read_toml, set_problems, structured_set

    if isinstance(sources, Path):
        sources = _Sources(sources)
    name = str(path)
    try:
        data, text = read_toml(path, name)
    except InputError as err:
        return [err]
    problems = set_problems(data, name, text)
    if problems:
        # The schema's problems, and every other problem of what still reads: each of them in
        # one run, not one per run.
        partial = _partial_set(data)
        if partial is not None:
            problems += _check_set(partial[0], name, text, sources, partial[1])
        return sorted(problems, key=lambda problem: problem.line or 0)
    question_set = structured_set(data)
    return _check_set(question_set, name, text, sources)


def _partial_set(data: dict) -> tuple[QuestionSet, list[int]] | None:  # type: ignore[type-arg]
    """What a set file with schema problems still holds that can be checked: its ``[set]``
    table without unknown keys, and each question that reads on its own (unknown keys left
    out), with the question's number in the file. None if the ``[set]`` table does not read."""
    import cattrs

    from quiz.qformat import structured

    schema_errors = (cattrs.BaseValidationError, ValueError, TypeError, KeyError)
    head = data.get("set")
    if not isinstance(head, dict):
        return None
    known = attrs.fields_dict(QuestionSet)
    try:
        empty = structured(
            {**{k: v for k, v in head.items() if k in known}, "questions": []}, QuestionSet
        )
    except schema_errors:
        return None
    entries = data.get("questions")
    fields = attrs.fields_dict(Question)
    questions: list[Question] = []
    numbers: list[int] = []
    for number, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, dict):
            continue
        try:
            questions.append(structured({k: v for k, v in entry.items() if k in fields}, Question))
        except schema_errors:
            continue
        numbers.append(number)
    return attrs.evolve(empty, questions=tuple(questions)), numbers


def _check_set(
    qs: QuestionSet,
    name: str,
    text: str,
    sources: _Sources | None,
    numbers: Sequence[int] | None = None,
) -> list[InputError]:
    """Every check of a set; without ``sources`` (the app, drills, exports, which may not have
    the case documents) all but the quotes and digests. ``numbers``: for a set read in part,
    each question's number in the file."""
    problems: list[InputError] = []

    def problem(path: str, message: str) -> None:
        from quiz.qformat import locate

        problems.append(InputError(name, f"{path}: {message}", locate(text, path)))

    if not qs.id.strip():
        problem("set.id", "empty")
    if qs.topic not in (*TOPICS, "mixed"):
        problem("set.topic", f"unknown topic {qs.topic!r}")
    if not 0 <= qs.pass_mark <= 100:
        problem("set.pass_mark", "must be a percentage from 0 to 100")
    if not qs.questions and numbers is None:
        problem("questions", "no questions")
    digests = {}
    for number, digest in enumerate(qs.sources):
        if sources is None:
            digests[digest.doc] = digest.sha256
            continue
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
    for position, question in enumerate(qs.questions):
        number = numbers[position] if numbers is not None else position
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
            if sources is None:
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
    if not question.tags:
        found.append(("tags", "no tags"))
    for tag in question.tags:
        if tag not in TAGS:
            found.append(("tags", f"unknown tag {tag!r}"))
    if not question.prompt.strip():
        found.append(("prompt", "empty"))
    found += choice_problems(question.kind, question.choices, question.items)
    found += answer_problems(question.kind, question.choices, question.items, question.answer)
    if not question.explanation.strip():
        found.append(("explanation", "empty"))
    return found


def choice_problems(
    kind: str, choices: Sequence[Choice], items: Sequence[MatchItem]
) -> list[tuple[str, str]]:
    """What is wrong with a question's kind, choices and items (``(field, message)`` pairs):
    the checks every reader of questions applies (sets, drills)."""
    found: list[tuple[str, str]] = []
    if kind not in KINDS:
        found.append(("kind", f"unknown kind {kind!r} (one of {', '.join(KINDS)})"))
    ids = [c.id for c in choices]
    if len(ids) < 2:
        found.append(("choices", "fewer than two choices"))
    if len(set(ids)) != len(ids):
        found.append(("choices", "duplicate choice ids"))
    if len({c.text for c in choices}) != len(ids):
        found.append(("choices", "two choices have the same text"))
    if any(not c.text.strip() for c in choices):
        found.append(("choices", "a choice has no text"))
    if kind == "matching":
        if len(items) < 2:
            found.append(("items", "a matching question needs at least two items"))
    elif items:
        found.append(("items", f"only matching questions have items, not {kind}"))
    return found


def answer_problems(
    kind: str, choices: Sequence[Choice], items: Sequence[MatchItem], answer: Sequence[str]
) -> list[tuple[str, str]]:
    """What is wrong with an answer to a question of this kind, choices and items: the checks
    every reader of answers applies (sets, drill files, answer keys)."""
    found: list[tuple[str, str]] = []
    ids = [c.id for c in choices]
    if not answer:
        found.append(("answer", "empty"))
    for given in answer:
        if given not in ids:
            found.append(("answer", f"{given!r} is not one of the choices"))
    if kind in SINGLE_ANSWER and len(answer) != 1:
        found.append(("answer", f"a {kind} question has exactly one answer"))
    if kind == "multiple" and len(set(answer)) != len(answer):
        found.append(("answer", "an answer is listed twice"))
    if kind == "ordering" and sorted(answer) != sorted(ids):
        found.append(("answer", "an ordering answer lists every choice once, in order"))
    if kind == "matching" and len(answer) != len(items):
        found.append(("answer", "a matching answer has one choice per item"))
    return found


def load_sets(
    folder: Path, seeds: Path | None = None, cache: Path | None = None
) -> list[QuestionSet]:
    """Read every question set in a folder; raises the first problem as an :class:`InputError`.

    Every set goes through the checks of ``quiz validate`` (schema, ids, choices, answers,
    tags); with ``seeds``, the quotes and digests as well. With ``cache``, a folder where sets
    already read are kept as JSON under the sha256 of their bytes: parsing TOML is most of the
    app's start-up, and JSON loads ten times faster. A changed file has another digest, so it
    is read again; a cached set is checked like any other.
    """
    if not is_folder(folder):
        raise InputError(str(folder), "not a folder of question sets")
    sources = _Sources(seeds) if seeds is not None else None
    sets = []
    owners: dict[str, Path] = {}
    for path in folder_files(folder, ".toml"):
        name = str(path)
        raw = read_limited(path, MAX_FILE_BYTES, name)
        question_set = None
        if cache is not None and seeds is None:
            question_set = _cached(raw, cache)
            if question_set is not None and _check_set(question_set, name, "", None):
                question_set = None  # the file's own problems are reported with their lines
        if question_set is None:
            from quiz.qformat import parse_toml, set_problems, structured_set

            data, text = parse_toml(raw, name)
            problems = set_problems(data, name, text)
            if not problems:
                question_set = structured_set(data)
                problems = _check_set(question_set, name, text, sources)
            if problems:
                raise problems[0]
            assert question_set is not None
            if cache is not None:
                _keep(raw, cache, data)
        if question_set.id in owners:
            raise InputError(
                name, f"set.id: {question_set.id!r} is also the id of {owners[question_set.id]}"
            )
        owners[question_set.id] = path
        sets.append(question_set)
    return sets


def _cache_file(raw: bytes, cache: Path) -> Path:
    return cache / f"{hashlib.sha256(raw).hexdigest()}.json"


def _cached(raw: bytes, cache: Path) -> QuestionSet | None:
    """The set kept for these bytes, or None (none kept, or a cache file that cannot be read:
    the cache only saves time, it is never trusted over the file)."""
    try:
        data = json.loads(_cache_file(raw, cache).read_text(encoding="utf-8"))
        return _from_cache(data)
    except Exception:
        return None


def _from_cache(data: dict) -> QuestionSet:  # type: ignore[type-arg]
    """A set from the data of a file that read without problems when it was cached: built
    with the models' own constructors (an unknown or missing key still fails), without the
    converter that checks a file's types and names its problems, which the start-up would pay
    30 ms to import. ``tests/test_validate.py`` checks it gives what the converter gives."""

    def question(entry: dict) -> Question:  # type: ignore[type-arg]
        fields = {
            **entry,
            "tags": tuple(entry["tags"]),
            "choices": tuple(Choice(**c) for c in entry["choices"]),
            "answer": tuple(entry["answer"]),
            "sources": tuple(Evidence(**e) for e in entry["sources"]),
        }
        if "items" in entry:
            fields["items"] = tuple(MatchItem(**i) for i in entry["items"])
        return Question(**fields)

    head = data["set"]
    return QuestionSet(
        **{
            **head,
            "sources": tuple(SourceDigest(**d) for d in head["sources"]),
            "questions": tuple(question(q) for q in data.get("questions", ())),
        }
    )


def _keep(raw: bytes, cache: Path, data: dict) -> None:  # type: ignore[type-arg]
    """Best effort: a cache that cannot be written only costs time (and leaves nothing)."""
    tmp = None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        target = _cache_file(raw, cache)
        fd, tmp = tempfile.mkstemp(dir=cache, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(tmp, target)
    except (OSError, ValueError, TypeError):
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
