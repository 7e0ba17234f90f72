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
from quiz.errors import InputError, one_line
from quiz.files import path_exists, read_limited
from quiz.models import Choice, Evidence, MatchItem, QuestionSet
from quiz.plaintext import trainee_name

RESULT_SCHEMA = 2
"""Version 2 says whether the drill is still in progress (``status``); version 1 files, which
said "finished" from the first answer on, are still read."""
RESULT_STATUSES = ("in progress", "finished")
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


def numbered_answer(question: DrillQuestion, answer: Sequence[str]) -> str:
    """The right answer as trainees see it on screen: each choice's number (the drill fixes
    their order), then its text: ``2. text``; ordering steps joined by arrows, matching items
    each with their choice."""
    numbered = {c.id: f"{n}. {c.text}" for n, c in enumerate(question.choices, start=1)}
    if question.kind == "ordering":
        return " → ".join(numbered[a] for a in answer)
    if question.kind == "matching":
        return "; ".join(
            f"{item.text}: {numbered[a]}" for item, a in zip(question.items, answer, strict=True)
        )
    return "; ".join(numbered[a] for a in answer)


def key_path(drill_path: Path) -> Path:
    """The instructor's key beside the drill: ``DRILL.key.toml``."""
    return drill_path.with_name(drill_path.name.removesuffix(".toml") + ".key.toml")


def find_key(drill_path: Path, given: Path | None) -> Path | None:
    """The key to use with a drill: the one given, else ``DRILL.key.toml`` beside the drill
    when it exists (``None`` when it does not)."""
    if given is not None:
        return given
    beside = key_path(drill_path)
    return beside if path_exists(beside) else None


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
    finished: str | None
    """When the last question was answered; ``None`` while the drill is in progress."""
    responses: tuple[Response, ...]

    @property
    def status(self) -> str:
        return "in progress" if self.finished is None else "finished"


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
        "status": result.status,
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


MAX_RESULT_BYTES = 5 * 1024 * 1024
MAX_JSON_DEPTH = 16
"""A result file is four levels deep; anything much deeper is not one."""
MAX_ELAPSED_MS = 7 * 24 * 3600 * 1000
"""No answer takes longer than a week, even in a drill without a time limit."""


def parse_json(raw: bytes, name: str) -> Any:
    """Strict JSON from bytes, for files that come from elsewhere (result files): UTF-8 only;
    no duplicate keys, ``NaN``, ``Infinity`` or numbers too large for a float; no lone
    surrogate escapes (``\\ud800`` is not text); nesting at most :data:`MAX_JSON_DEPTH` deep.
    Every refusal is one :class:`InputError`."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(name, "refused: not UTF-8") from None
    depth = _nesting(text)
    if depth > MAX_JSON_DEPTH:
        raise InputError(name, f"refused: nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except _Duplicate as err:
        raise InputError(name, f"refused: {err}") from None
    except RecursionError:
        raise InputError(name, "refused: nested too deeply") from None
    except ValueError as err:
        raise InputError(name, f"refused: not valid JSON ({one_line(str(err))[:120]})") from None
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise InputError(
                    name, "refused: a string holds a lone surrogate escape (such as \\ud800)"
                ) from None
        elif isinstance(value, float) and not math.isfinite(value):
            raise InputError(name, "refused: a number is out of range")
    return data


def _nesting(text: str) -> int:
    """How deep the brackets of a JSON text go (outside strings), without recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


_RESULT_KEYS = {
    "schema",
    "drill",
    "digest",
    "trainee",
    "started",
    "status",
    "finished",
    "responses",
    "seal",
}
_RESPONSE_KEYS = {"question", "response", "elapsed_ms", "timed_out"}


def _malformed(name: str, what: str) -> InputError:
    return InputError(name, f"refused: malformed ({what})")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def read_result(path: Path, drill: Drill) -> Result:
    """Read and verify a result file against its drill; every refusal is an InputError."""
    name = str(path)
    data = parse_json(read_limited(path, MAX_RESULT_BYTES, name), name)
    if not isinstance(data, dict):
        raise InputError(name, "refused: not a result file")
    if data.get("schema") not in (1, RESULT_SCHEMA) or not _is_int(data.get("schema")):
        raise InputError(name, f"refused: unknown schema version {data.get('schema')!r:.40}")
    header = drill.drill
    if data.get("drill") != header.id or data.get("digest") != header.digest:
        raise InputError(name, f"refused: from another drill ({data.get('drill')!r:.80})")
    seal = data.pop("seal", None)
    if not isinstance(seal, str) or not hmac.compare_digest(
        seal.encode("utf-8"), _seal(data, header).encode("utf-8")
    ):
        raise InputError(name, "refused: tampered (the seal does not match its content)")
    known = _RESULT_KEYS - {"status"} if data["schema"] == 1 else _RESULT_KEYS
    unknown = sorted(set(data) - known)
    if unknown:
        raise _malformed(name, f"unknown key {unknown[0]!r:.40}")
    for key in ("trainee", "started"):
        if not isinstance(data.get(key), str):
            raise _malformed(name, f"{key} is not a string")
    finished = data.get("finished")
    if data["schema"] == 1:
        # Version 1 said "finished" from the first answer on: only a file that answers every
        # question was finished.
        if not isinstance(finished, str):
            raise _malformed(name, "finished is not a string")
        answered = data.get("responses")
        if not isinstance(answered, list) or len(answered) < len(drill.questions):
            finished = None
    else:
        status = data.get("status")
        if status not in RESULT_STATUSES:
            raise _malformed(name, f"status is not one of {', '.join(map(repr, RESULT_STATUSES))}")
        if status == "finished" and not isinstance(finished, str):
            raise _malformed(name, "a finished result needs the time it finished")
        if status == "in progress" and finished is not None:
            raise _malformed(name, "a result in progress has no finishing time (null)")
    trainee_name(data["trainee"], name)  # checked; kept as written, as it was sealed
    responses_data = data.get("responses")
    if not isinstance(responses_data, list):
        raise _malformed(name, "responses is not a list")
    choices = {q.id: {c.id for c in q.choices} for q in drill.questions}
    seen: set[str] = set()
    responses = []
    limit = header.time_limit * 1000
    for number, entry in enumerate(responses_data):
        where = f"responses[{number}]"
        if not isinstance(entry, dict):
            raise _malformed(name, f"{where} is not an object")
        if set(entry) - _RESPONSE_KEYS or not {"question", "response", "elapsed_ms"} <= set(entry):
            raise _malformed(
                name, f"{where} needs question, response and elapsed_ms, and may have timed_out"
            )
        question, chosen = entry["question"], entry["response"]
        elapsed, timed_out = entry["elapsed_ms"], entry.get("timed_out", False)
        if not isinstance(question, str):
            raise _malformed(name, f"{where}.question is not a string")
        if not isinstance(chosen, list) or not all(isinstance(c, str) for c in chosen):
            raise _malformed(name, f"{where}.response is not a list of choice ids")
        if not _is_int(elapsed):
            raise _malformed(name, f"{where}.elapsed_ms is not a whole number")
        if not isinstance(timed_out, bool):
            raise _malformed(name, f"{where}.timed_out is not true or false")
        if question not in choices:
            raise InputError(name, f"refused: answers a question not in the drill ({question:.40})")
        if question in seen:
            raise InputError(name, f"refused: answers {question} twice")
        seen.add(question)
        if any(c not in choices[question] for c in chosen):
            raise InputError(name, f"refused: the response to {question} names no choice of it")
        if elapsed < 0 or elapsed > (limit + TIME_SLACK_MS if limit else MAX_ELAPSED_MS):
            raise InputError(name, f"refused: timing of {question} does not fit the drill's limit")
        responses.append(Response(question, tuple(chosen), elapsed, timed_out))
    return Result(
        header.id,
        header.digest,
        data["trainee"],
        data["started"],
        finished,
        tuple(responses),
    )


def resume_point(path: Path, drill: Drill, trainee: str) -> Result | None:
    """What a trainee already handed in for a drill, to go on from: ``None`` if nothing.

    A finished result, a result file that fails verification, or one whose answers are not
    the drill's first questions in order is an :class:`InputError` naming the file: taking
    the drill again must never replace answers already given.
    """
    if not path_exists(path):
        return None
    result = read_result(path, drill)
    if result.trainee != trainee:
        raise InputError(str(path), f"holds the result of {result.trainee!r:.80}, not {trainee!r}")
    if result.finished is not None:
        raise InputError(
            str(path),
            f"{trainee} has a result for this drill already, finished {result.finished}: "
            "hand it in, or move it away to take the drill again",
        )
    order = [q.id for q in drill.questions[: len(result.responses)]]
    if [r.question for r in result.responses] != order:
        raise InputError(
            str(path), "refused: its answers are not the drill's first questions in order"
        )
    return result


# --- files -----------------------------------------------------------------------------------


def dumps_drill(drill: Drill) -> str:
    from quiz.qformat import dumps_table

    return dumps_table({"drill": drill.drill, "questions": list(drill.questions)})


def dumps_key(key: AnswerKey) -> str:
    from quiz.qformat import dumps_table

    return dumps_table({"key": key.key, "answers": list(key.answers)})


MAX_SEED = 2**63 - 1
"""Seeds are kept in the score store, whose integers have 64 bits."""
MAX_TIME_LIMIT = 24 * 3600


def header_problems(header: DrillHeader) -> list[tuple[str, str]]:
    """What is wrong with a drill's rules (``(field, message)`` pairs)."""
    found = []
    if not header.id.strip():
        found.append(("id", "empty"))
    if not 0 <= header.seed <= MAX_SEED:
        found.append(("seed", f"must be a whole number from 0 to {MAX_SEED}"))
    if not 0 <= header.time_limit <= MAX_TIME_LIMIT:
        found.append(("time_limit", f"must be from 0 (none) to {MAX_TIME_LIMIT} seconds"))
    if not 0 <= header.pass_mark <= 100:
        found.append(("pass_mark", "must be a percentage from 0 to 100"))
    if header.feedback not in FEEDBACK_MODES:
        found.append(("feedback", f"must be one of {', '.join(FEEDBACK_MODES)}"))
    if not header.secret:
        found.append(("secret", "empty"))
    return found


def load_drill(path: Path) -> Drill:
    """Read a drill file with every check a question set gets (kinds, choices, answers where
    the drill holds them), its rules in range, and its questions matching its digest."""
    from quiz.qformat import locate, read_toml, structure
    from quiz.validate import answer_problems, choice_problems

    name = str(path)
    data, text = read_toml(path)
    drill = structure(data, Drill, name, text)

    def problem(where: str, message: str) -> InputError:
        return InputError(name, f"{where}: {message}", locate(text, where))

    for field, message in header_problems(drill.drill)[:1]:
        raise problem(f"drill.{field}", message)
    if not drill.questions:
        raise problem("questions", "the drill has no questions")
    ids: set[str] = set()
    for number, question in enumerate(drill.questions):
        where = f"questions[{number}]"
        if question.id in ids:
            raise problem(f"{where}.id", f"duplicate question id {question.id!r}")
        ids.add(question.id)
        if not question.prompt.strip():
            raise problem(f"{where}.prompt", "empty")
        found = choice_problems(question.kind, question.choices, question.items)
        if question.answer or drill.drill.feedback == "immediate":
            found += answer_problems(
                question.kind, question.choices, question.items, question.answer
            )
        if drill.drill.feedback == "immediate" and not question.sources:
            found.append(("sources", "immediate feedback needs the source passage"))
        for field, message in found[:1]:
            raise problem(f"{where}.{field}", message)
    if questions_digest(drill.questions) != drill.drill.digest:
        raise InputError(name, "the questions do not match the drill's digest: edited?")
    return drill


def load_key(path: Path, drill: Drill) -> AnswerKey:
    """Read an answer key: the key of this drill, one valid answer for each of its questions."""
    from quiz.qformat import locate, read_toml, structure
    from quiz.validate import answer_problems

    name = str(path)
    data, text = read_toml(path)
    key = structure(data, AnswerKey, name, text)
    if key.key.drill != drill.drill.id or key.key.digest != drill.drill.digest:
        raise InputError(name, f"this key belongs to another drill ({key.key.drill:.80})")
    if not 0 <= key.key.pass_mark <= 100:
        raise InputError(
            name, "key.pass_mark: must be a percentage from 0 to 100", locate(text, "key.pass_mark")
        )
    questions = {q.id: q for q in drill.questions}
    seen: set[str] = set()
    for number, entry in enumerate(key.answers):
        where = f"answers[{number}]"
        question = questions.get(entry.question)
        if question is None:
            raise InputError(
                name,
                f"{where}.question: {entry.question!r:.40} is not a question of the drill",
                locate(text, f"{where}.question"),
            )
        if entry.question in seen:
            raise InputError(
                name,
                f"{where}.question: a second answer for {entry.question}",
                locate(text, f"{where}.question"),
            )
        seen.add(entry.question)
        for field, message in answer_problems(
            question.kind, question.choices, question.items, entry.answer
        )[:1]:
            raise InputError(name, f"{where}.{field}: {message}", locate(text, f"{where}.{field}"))
    missing = set(questions) - seen
    if missing:
        raise InputError(name, f"no answer for {len(missing)} question(s) of the drill")
    return key
