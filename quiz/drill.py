"""Instructor-led drills: the drill file trainees get, the instructor's answer key, and sealed
result files.

Threat model (see ``docs/drills.md``): the key stays with the instructor, and with deferred
feedback the drill file holds no answers. A result file carries responses and timings, never
a score, and is sealed with an HMAC keyed to the drill (its secret and the digest of its
questions): an edited response, an added or removed answer, a result copied from another
drill or timings outside the drill's limits are detected. A trainee who holds the drill file
holds its secret too, and so *could* forge a seal: the seal stops casual edits and mix-ups,
not a determined forger.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from quiz.engine import plan
from quiz.errors import InputError
from quiz.files import read_limited
from quiz.models import Choice, Evidence, MatchItem, QuestionSet

RESULT_SCHEMA = 1
FEEDBACK_MODES = ("deferred", "immediate")
TIME_SLACK_MS = 2000
"""Timings may exceed the limit by this much (the app's own reaction time)."""


@attrs.frozen
class DrillQuestion:
    """A question as trainees see it in a drill: without answer or explanation when feedback
    is deferred."""

    id: str
    topic: str
    kind: str
    tags: tuple[str, ...]
    prompt: str
    choices: tuple[Choice, ...]
    items: tuple[MatchItem, ...] = ()
    case: str | None = None
    answer: tuple[str, ...] = ()
    explanation: str = ""
    sources: tuple[Evidence, ...] = ()


@attrs.frozen
class DrillHeader:
    id: str
    title: str
    set: str
    seed: int
    time_limit: int
    """Seconds per question; 0 for none."""
    pass_mark: int
    feedback: str
    secret: str
    """Keys the seal of result files (with the digest of the questions)."""
    digest: str
    """sha256 of the questions as listed, so that a result names exactly this drill."""


@attrs.frozen
class Drill:
    drill: DrillHeader
    questions: tuple[DrillQuestion, ...]


@attrs.frozen
class KeyEntry:
    question: str
    answer: tuple[str, ...]
    topic: str
    tags: tuple[str, ...]
    explanation: str
    benign: bool | None = None
    source_question: str = ""
    """The question's id in its question set."""


@attrs.frozen
class KeyHeader:
    drill: str
    digest: str
    pass_mark: int


@attrs.frozen
class AnswerKey:
    key: KeyHeader
    answers: tuple[KeyEntry, ...]


def questions_digest(questions: Sequence[DrillQuestion]) -> str:
    """What a drill's questions are, in order, choices and all (not their answers)."""
    material = [
        [q.id, q.kind, q.prompt, [[c.id, c.text] for c in q.choices], [i.text for i in q.items]]
        for q in questions
    ]
    return hashlib.sha256(json.dumps(material, ensure_ascii=False).encode()).hexdigest()


def new_drill(
    question_set: QuestionSet,
    *,
    count: int | None,
    seed: int,
    time_limit: int,
    pass_mark: int,
    feedback: str,
    secret: str,
) -> tuple[Drill, AnswerKey]:
    """Fix the questions, their order, the choice order and the rules of a drill."""
    if feedback not in FEEDBACK_MODES:
        raise ValueError(f"feedback is one of {', '.join(FEEDBACK_MODES)}")
    by_id = {q.id: q for q in question_set.questions}
    order = plan(list(by_id), count=count, shuffle=True, seed=seed)
    chosen = [by_id[i] for i in order]
    immediate = feedback == "immediate"
    # With deferred feedback nothing in the trainees' file may give an answer away: not the
    # question's id (a hash of its content, right answer included, which could be searched),
    # not its tags (they name the pattern asked about), not the case.
    questions = tuple(
        DrillQuestion(
            id=f"d{number}",
            topic=q.topic,
            kind=q.kind,
            tags=q.tags if immediate else (),
            prompt=q.prompt,
            choices=q.choices,
            items=q.items,
            case=q.case if immediate else None,
            answer=q.answer if immediate else (),
            explanation=q.explanation if immediate else "",
            sources=q.sources if immediate else (),
        )
        for number, q in enumerate(chosen, start=1)
    )
    digest = questions_digest(questions)
    drill_id = f"{question_set.id}-{seed}-{digest[:8]}"
    drill = Drill(
        DrillHeader(
            id=drill_id,
            title=question_set.title,
            set=question_set.id,
            seed=seed,
            time_limit=time_limit,
            pass_mark=pass_mark,
            feedback=feedback,
            secret=secret,
            digest=digest,
        ),
        questions,
    )
    key = AnswerKey(
        KeyHeader(drill=drill_id, digest=digest, pass_mark=pass_mark),
        tuple(
            KeyEntry(f"d{number}", q.answer, q.topic, q.tags, q.explanation, q.benign, q.id)
            for number, q in enumerate(chosen, start=1)
        ),
    )
    return drill, key


def key_path(drill_path: Path) -> Path:
    """The instructor's key beside the drill: ``DRILL.key.toml``."""
    return drill_path.with_name(drill_path.name.removesuffix(".toml") + ".key.toml")


# --- result files --------------------------------------------------------------------------


@attrs.frozen
class Response:
    question: str
    response: tuple[str, ...]
    elapsed_ms: int
    timed_out: bool = False


@attrs.frozen
class Result:
    drill: str
    digest: str
    trainee: str
    started: str
    finished: str
    responses: tuple[Response, ...]


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _seal(data: dict[str, Any], drill: DrillHeader) -> str:
    key = f"{drill.secret}:{drill.digest}".encode()
    return hmac.new(key, _canonical(data), hashlib.sha256).hexdigest()


def result_json(result: Result, drill: DrillHeader) -> str:
    data = {
        "schema": RESULT_SCHEMA,
        "drill": result.drill,
        "digest": result.digest,
        "trainee": result.trainee,
        "started": result.started,
        "finished": result.finished,
        "responses": [
            {
                "question": r.question,
                "response": list(r.response),
                "elapsed_ms": r.elapsed_ms,
                "timed_out": r.timed_out,
            }
            for r in result.responses
        ],
    }
    data["seal"] = _seal(data, drill)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


_RESERVED = re.compile(r"^(?:con|prn|aux|nul|com\d|lpt\d)$", re.IGNORECASE)


def safe_name(*parts: str, limit: int = 80) -> str:
    """A file name from free text that stays inside its folder on every system.

    ASCII letters, digits and hyphens only; never empty, never a reserved device name
    (``CON``, ``NUL``, ``COM1`` ...), never longer than ``limit``; a short digest of the
    original text keeps two different names apart after cleaning.
    """
    text = "-".join(parts)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower() or "result"
    if _RESERVED.match(cleaned):
        cleaned = f"x-{cleaned}"
    digest = hashlib.sha256(text.encode()).hexdigest()[:8]
    return f"{cleaned[: limit - 9].rstrip('-')}-{digest}"


def result_path(folder: Path, drill_id: str, trainee: str) -> Path:
    path = (folder / f"{safe_name(drill_id, trainee)}.json").resolve()
    if path.parent != folder.resolve():
        raise ValueError("result file would leave its folder")  # cannot happen: tested
    return path


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    for key in keys:
        if keys.count(key) > 1:
            raise _Duplicate(f"duplicate key {key!r}")
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def read_result(path: Path, drill: Drill) -> Result:
    """Read and verify a result file against its drill; every refusal is an InputError."""
    name = str(path)
    try:
        raw = read_limited(path, 5 * 1024 * 1024, name)
        data = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constants
        )
    except OSError as err:
        raise InputError(name, err.strerror or str(err)) from None
    except UnicodeDecodeError:
        raise InputError(name, "refused: not UTF-8") from None
    except _Duplicate as err:
        raise InputError(name, f"refused: {err}") from None
    except ValueError as err:
        raise InputError(name, f"refused: not valid JSON ({err})") from None
    if not isinstance(data, dict):
        raise InputError(name, "refused: not a result file")
    if data.get("schema") != RESULT_SCHEMA:
        raise InputError(name, f"refused: unknown schema version {data.get('schema')!r}")
    header = drill.drill
    if data.get("drill") != header.id or data.get("digest") != header.digest:
        raise InputError(name, f"refused: from another drill ({data.get('drill')!r})")
    seal = data.pop("seal", None)
    if not isinstance(seal, str) or not hmac.compare_digest(seal, _seal(data, header)):
        raise InputError(name, "refused: tampered (the seal does not match its content)")
    try:
        responses = tuple(
            Response(
                str(r["question"]),
                tuple(str(c) for c in r["response"]),
                int(r["elapsed_ms"]),
                bool(r.get("timed_out", False)),
            )
            for r in data["responses"]
        )
        result = Result(
            str(data["drill"]),
            str(data["digest"]),
            str(data["trainee"]),
            str(data["started"]),
            str(data["finished"]),
            responses,
        )
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(name, f"refused: malformed ({err})") from None
    known = {q.id for q in drill.questions}
    seen: set[str] = set()
    for response in result.responses:
        if response.question not in known:
            raise InputError(
                name, f"refused: answers a question not in the drill ({response.question})"
            )
        if response.question in seen:
            raise InputError(name, f"refused: answers {response.question} twice")
        seen.add(response.question)
        limit = header.time_limit * 1000
        if response.elapsed_ms < 0 or (limit and response.elapsed_ms > limit + TIME_SLACK_MS):
            raise InputError(
                name, f"refused: timing of {response.question} does not fit the drill's limit"
            )
        if not math.isfinite(response.elapsed_ms):
            raise InputError(name, "refused: timing is not a number")
    return result


# --- files -----------------------------------------------------------------------------------


def dumps_drill(drill: Drill) -> str:
    from quiz.qformat import dumps_table

    return dumps_table({"drill": drill.drill, "questions": list(drill.questions)})


def dumps_key(key: AnswerKey) -> str:
    from quiz.qformat import dumps_table

    return dumps_table({"key": key.key, "answers": list(key.answers)})


def load_drill(path: Path) -> Drill:
    from quiz.qformat import read_toml, structure

    data, text = read_toml(path)
    drill = structure(data, Drill, str(path), text)
    if questions_digest(drill.questions) != drill.drill.digest:
        raise InputError(str(path), "the questions do not match the drill's digest: edited?")
    return drill


def load_key(path: Path, drill: Drill) -> AnswerKey:
    from quiz.qformat import read_toml, structure

    data, text = read_toml(path)
    key = structure(data, AnswerKey, str(path), text)
    if key.key.drill != drill.drill.id or key.key.digest != drill.drill.digest:
        raise InputError(str(path), f"this key belongs to another drill ({key.key.drill})")
    missing = {q.id for q in drill.questions} - {e.question for e in key.answers}
    if missing:
        raise InputError(str(path), f"no answer for {len(missing)} question(s) of the drill")
    return key
