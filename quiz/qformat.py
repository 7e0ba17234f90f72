"""The question set file format (TOML): reading, writing and locating problems by line.

One private cattrs converter turns file data into models and back; unknown keys are errors, so
a typo in a reviewed file is reported instead of silently ignored. See ``docs/question-sets.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

import cattrs

from quiz.errors import InputError, one_line

# The strict TOML reading lives with the file limits (the app's start-up reads the taxonomy's
# small tags file with it, without this module's converter).
from quiz.files import MAX_FILE_BYTES as MAX_FILE_BYTES
from quiz.files import parse_toml as parse_toml
from quiz.files import read_toml as read_toml
from quiz.models import QuestionSet

T = TypeVar("T")

_converter = cattrs.Converter(forbid_extra_keys=True)

_TOML_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", float: "a number"}


def _strict(expected: type[Any]) -> Callable[[Any, type[Any]], Any]:
    """cattrs would turn ``5`` into ``"5"``; a file with the wrong type is an error instead."""

    def hook(value: Any, _cls: type[Any]) -> Any:
        ok = isinstance(value, expected) and not (expected is not bool and isinstance(value, bool))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            raise TypeError(
                f"expected {_TOML_TYPE_NAMES[expected]}, found {type(value).__name__} {value!r:.40}"
            )
        return value

    return hook


for _type in (str, int, bool, float):
    _converter.register_structure_hook(_type, _strict(_type))


def _drop_empty(data: Any) -> Any:
    """Leave out ``None`` values and empty optional lists when writing: TOML has no null."""
    if isinstance(data, dict):
        return {
            key: _drop_empty(value)
            for key, value in data.items()
            if value is not None and not (key == "items" and value == [])
        }
    if isinstance(data, list | tuple):
        return [_drop_empty(value) for value in data]
    return data


def dumps_set(question_set: QuestionSet) -> str:
    """The TOML text of a question set; the same set always gives the same bytes."""
    import tomli_w  # only generation writes sets

    data = _converter.unstructure(question_set)
    questions = data.pop("questions")
    document = {"set": _drop_empty(data), "questions": _drop_empty(questions)}
    return tomli_w.dumps(document, multiline_strings=False)


def dumps_table(document: dict[str, Any]) -> str:
    """Any mapping of models to TOML (drills, keys), leaving out empty optional values."""
    import tomli_w

    data = {name: _drop_empty(_converter.unstructure(value)) for name, value in document.items()}
    return tomli_w.dumps(data)


def structure(data: Any, cls: type[T], name: str, text: str, where: str = "") -> T:
    """Turn parsed data into a model, or raise one :class:`InputError` per problem (first one).

    Use :func:`structure_all` to collect every problem.
    """
    problems = structure_problems(data, cls, name, text, where)
    if problems:
        raise problems[0]
    return _converter.structure(data, cls)


def structure_problems(
    data: Any, cls: type[Any], name: str, text: str, where: str = ""
) -> list[InputError]:
    try:
        _converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as err:
        if isinstance(err, cattrs.BaseValidationError):
            messages = cattrs.transform_error(err, path=where or "$")
        else:
            messages = [f"{one_line(str(err))} @ {where or '$'}"]
        return [_problem(name, text, message) for message in messages]
    return []


def _problem(name: str, text: str, message: str) -> InputError:
    detail, _, path = message.rpartition(" @ ")
    if not detail:
        detail, path = message, ""
    detail = detail.replace("required field missing", "missing field")
    detail = detail.replace("extra fields found", "unknown key")
    field = path.removeprefix("$.").removeprefix("$")
    return InputError(name, f"{field}: {detail}" if field else detail, locate(text, field))


_PATH_PART = re.compile(r"([A-Za-z_][\w-]*)(?:\[(\d+)\])?")


def locate(text: str, path: str) -> int | None:
    """The line of a value given as a path like ``questions[3].choices[1].text``.

    TOML parsers give no positions for values, so this follows the file's tables and keys as
    text. It knows ``[table]``, ``[[array.of.tables]]`` and ``key =`` lines: enough for the files
    this project writes and for hand edits to them.
    """
    lines = text.splitlines()
    parts = [(m.group(1), m.group(2)) for m in _PATH_PART.finditer(path)]
    if not parts:
        return None
    low, high = 0, len(lines)
    prefix = ""
    best: int | None = None
    for key, index in parts:
        dotted = f"{prefix}{key}"
        header = re.compile(rf"^\s*\[\[\s*{re.escape(dotted)}\s*\]\]")
        table = re.compile(rf"^\s*\[\s*{re.escape(dotted)}\s*\]")
        assignment = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
        found_at: int | None = None
        if index is not None:
            count = -1
            for number in range(low, high):
                if header.match(lines[number]):
                    count += 1
                    if count == int(index):
                        found_at = number
                        break
            if found_at is not None:
                end = next((n for n in range(found_at + 1, high) if header.match(lines[n])), high)
                low, high = found_at + 1, end
                prefix = f"{dotted}."
                best = found_at + 1
                continue
        for number in range(low, high):
            if assignment.match(lines[number]) or table.match(lines[number]):
                found_at = number
                break
        if found_at is None:
            return best
        best = found_at + 1
        if table.match(lines[found_at]):
            end = next(
                (n for n in range(found_at + 1, high) if lines[n].lstrip().startswith("[")), high
            )
            low, high = found_at + 1, end
            prefix = f"{dotted}."
        else:
            return best
    return best


def _flatten_set(data: dict[str, Any]) -> Any:
    """The file keeps ``[set]`` and ``[[questions]]`` apart; the model has them together."""
    if not isinstance(data, dict) or not isinstance(data.get("set"), dict):
        return data
    flat = dict(data["set"])
    flat["questions"] = data.get("questions", [])
    extra = set(data) - {"set", "questions"}
    for key in extra:
        flat[key] = data[key]
    return flat


def set_problems(data: dict[str, Any], name: str, text: str) -> list[InputError]:
    """Schema problems of a parsed question set file, each with its line where it can be found."""
    if "set" not in data:
        return [InputError(name, "missing the [set] table", 1)]
    problems = structure_problems(_flatten_set(data), QuestionSet, name, text)
    # Paths in messages name the model's fields; in the file, set fields live under [set].
    fixed = []
    for problem in problems:
        message = problem.message
        if not message.startswith("questions"):
            head, _, rest = message.partition(":")
            field = head if rest else ""
            line = locate(text, f"set.{field}") if field else locate(text, "set")
            message = f"set.{message}" if rest else message
            problem = InputError(name, message, line)
        fixed.append(problem)
    return fixed


def structured_set(data: dict[str, Any]) -> QuestionSet:
    return _converter.structure(_flatten_set(data), QuestionSet)


def structured(data: Any, cls: type[T]) -> T:
    """Structure data already checked with :func:`structure_problems`."""
    return _converter.structure(data, cls)


def unstructure(value: Any) -> Any:
    return _drop_empty(_converter.unstructure(value))
