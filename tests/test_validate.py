"""Validation: every bad input gives one line per problem, naming file and line, exit 2, no
traceback; a changed source document makes its questions stale."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import QUESTIONS, ROOT, SEEDS

SET = QUESTIONS / "case-li.toml"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quiz", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def validate(path: Path, seeds: Path = SEEDS) -> tuple[int, list[str]]:
    result = run("validate", str(path), "--seeds", str(seeds))
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if not line.startswith("quiz: ")]
    return result.returncode, lines


@pytest.fixture
def good(tmp_path: Path) -> str:
    return SET.read_text(encoding="utf-8")


def write(tmp_path: Path, text: str | bytes, name: str = "set.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str, occurrence: int = 0) -> int:
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    return text.count("\n", 0, starts[occurrence]) + 1


def test_the_shipped_sets_and_case_files_are_valid() -> None:
    result = run("validate")
    assert result.returncode == 0, result.stderr
    assert "file(s) valid" in result.stdout


def test_toml_syntax_error_names_the_line(tmp_path: Path, good: str) -> None:
    broken = good.replace('kind = "scenario"', 'kind = "scenario', 1)
    code, lines = validate(write(tmp_path, broken))
    assert code == 2
    assert len(lines) == 1
    line = line_of(broken, 'kind = "scenario')
    assert lines[0].startswith(f"{tmp_path / 'set.toml'}:{line}: ")
    assert "TOML syntax error" in lines[0]


def test_non_utf8_bytes(tmp_path: Path, good: str) -> None:
    raw = good.encode().replace(b"Li", b"L\xff", 1)
    code, lines = validate(write(tmp_path, raw))
    assert code == 2
    assert re.fullmatch(r".*set\.toml:\d+: not UTF-8: invalid byte at offset \d+", lines[0])


def test_a_utf8_bom_is_refused(tmp_path: Path, good: str) -> None:
    code, lines = validate(write(tmp_path, b"\xef\xbb\xbf" + good.encode()))
    assert code == 2
    assert lines == [
        f"{tmp_path / 'set.toml'}:1: starts with a UTF-8 byte order mark (BOM); save it without"
    ]


def test_very_deep_nesting(tmp_path: Path) -> None:
    code, lines = validate(write(tmp_path, "x = " + "[" * 100_000 + "]" * 100_000 + "\n"))
    assert code == 2
    assert lines == [f"{tmp_path / 'set.toml'}: TOML nesting is too deep"]


def test_huge_number(tmp_path: Path) -> None:
    code, lines = validate(write(tmp_path, "x = 1" + "0" * 5000 + "\n"))
    assert code == 2
    assert len(lines) == 1 and "TOML value out of range" in lines[0]


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    code, lines = validate(write(tmp_path, "# " + "x" * (3 * 1024 * 1024) + "\n"))
    assert code == 2
    assert len(lines) == 1 and "larger than the limit" in lines[0]


def test_wrong_type_names_the_line_of_the_field(tmp_path: Path, good: str) -> None:
    prompt_line = next(line for line in good.splitlines() if line.startswith("prompt = "))
    broken = good.replace(prompt_line, "prompt = 5", 1)
    code, lines = validate(write(tmp_path, broken))
    assert code == 2
    assert lines == [
        f"{tmp_path / 'set.toml'}:{line_of(broken, 'prompt = 5')}: questions[0].prompt: "
        "invalid value for type, expected str"
    ]


def test_missing_field_and_unknown_key(tmp_path: Path, good: str) -> None:
    explanation = next(line for line in good.splitlines() if line.startswith("explanation = "))
    broken = good.replace(explanation + "\n", 'colour = "red"\n', 1)
    code, lines = validate(write(tmp_path, broken))
    assert code == 2
    assert any("questions[0]: missing field" in line or "explanation" in line for line in lines)
    assert any("unknown key (colour)" in line for line in lines)
    header = line_of(broken, "[[questions]]")
    assert all(re.match(rf".*set\.toml:{header}: ", line) for line in lines), lines


def test_answer_not_among_choices_unknown_tag_and_duplicate_id(tmp_path: Path, good: str) -> None:
    first_id = re.search(r'^id = "(q-[0-9a-f]+)"', good, re.M).group(1)  # type: ignore[union-attr]
    second_id = re.findall(r'^id = "(q-[0-9a-f]+)"', good, re.M)[1]
    broken = good.replace(second_id, first_id).replace('"sudden-exit"', '"honeytrap"', 1)
    broken = re.sub(r'answer = \[\n    "[a-e]",\n\]', 'answer = [\n    "z",\n]', broken, count=1)
    code, lines = validate(write(tmp_path, broken))
    assert code == 2
    text = "\n".join(lines)
    assert "duplicate question id" in text
    assert "unknown tag 'honeytrap'" in text
    assert "'z' is not one of the choices" in text


def test_a_changed_quote_is_reported_at_its_line(tmp_path: Path, good: str) -> None:
    quote = next(line for line in good.splitlines() if line.startswith("quote = "))
    broken = good.replace(quote, quote.replace('quote = "', 'quote = "Not ', 1), 1)
    assert broken != good
    code, lines = validate(write(tmp_path, broken))
    assert code == 2
    assert len(lines) == 1
    assert "does not stand verbatim" in lines[0]
    assert lines[0].startswith(f"{tmp_path / 'set.toml'}:{line_of(broken, 'quote = ')}")


def test_a_changed_source_document_makes_questions_stale(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    doc = seeds / "000_2410fbebdc00006d.txt"
    doc.write_text(doc.read_text(encoding="utf-8") + "\nA correction.\n", encoding="utf-8")
    code, lines = validate(SET, seeds)
    assert code == 2
    assert len(lines) == 1
    assert "stale: 000_2410fbebdc00006d.txt has changed" in lines[0]


def test_case_file_with_a_quote_that_is_not_in_the_source(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    case_file = seeds / "cases" / "li.toml"
    text = case_file.read_text(encoding="utf-8").replace(
        "was planted as a staff member", "was hired as a staff member"
    )
    case_file.write_text(text, encoding="utf-8")
    code, lines = validate(seeds / "cases", seeds)
    assert code == 2
    assert lines == [
        f"{case_file}:{line_of(text, 'quote = ')}: facts[0].quote: not found verbatim in "
        "000_2410fbebdc00006d.txt"
    ]
    # generate refuses it the same way, in one line, exit 2
    result = run("generate", "--seeds", str(seeds), "--out", str(tmp_path / "q"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"quiz: cases/li.toml:{line_of(text, 'quote = ')}: facts[0].quote: not found verbatim "
        "in 000_2410fbebdc00006d.txt"
    ]


def test_sets_read_from_the_cache_are_the_sets_read_from_the_files(tmp_path: Path) -> None:
    import attrs

    from quiz.models import Choice, MatchItem
    from quiz.qformat import dumps_set
    from quiz.validate import load_sets

    folder = tmp_path / "sets"
    shutil.copytree(QUESTIONS, folder)
    # And a set with a matching question (items) and no harmless flags, which none ships.
    base = load_sets(QUESTIONS)[0]
    matching = attrs.evolve(
        base.questions[0],
        id="q-matching",
        kind="matching",
        benign=None,
        prompt="Match each case to its pattern.",
        items=(MatchItem("x", "Case X"), MatchItem("y", "Case Y")),
        choices=(Choice("a", "Cultivation"), Choice("b", "Online approach")),
        answer=("a", "b"),
    )
    extra = attrs.evolve(base, id="extra", questions=(matching,), pass_mark=70)
    (folder / "extra.toml").write_text(dumps_set(extra), encoding="utf-8")
    cache = tmp_path / "cache"
    direct = load_sets(folder)
    first = load_sets(folder, cache=cache)  # parses and keeps each set
    assert len(list(cache.glob("*.json"))) == len(direct)
    again = load_sets(folder, cache=cache)  # built from the cache
    assert first == direct and again == direct
    assert extra in again
    assert any(q.benign is not None for s in again for q in s.questions)


def test_a_cache_that_does_not_read_is_never_trusted(tmp_path: Path) -> None:
    import json

    from quiz.validate import load_sets

    cache = tmp_path / "cache"
    direct = load_sets(QUESTIONS)
    load_sets(QUESTIONS, cache=cache)
    files = sorted(cache.glob("*.json"))
    files[0].write_text("{not json", encoding="utf-8")
    data = json.loads(files[1].read_text(encoding="utf-8"))
    data["questions"][0]["surprise"] = 1  # a key no model has
    files[1].write_text(json.dumps(data), encoding="utf-8")
    data = json.loads(files[2].read_text(encoding="utf-8"))
    del data["set"]["title"]
    files[2].write_text(json.dumps(data), encoding="utf-8")
    assert load_sets(QUESTIONS, cache=cache) == direct


def test_the_app_starts_from_the_cache_without_the_file_converter(tmp_path: Path) -> None:
    # Reading the sets' TOML and checking its types is the first run's work; every later
    # start-up reads the cache and imports neither cattrs nor the cue patterns.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from quiz.validate import load_sets\n"
        f"cache = Path({str(tmp_path / 'cache')!r})\n"
        f"sets = load_sets(Path({str(QUESTIONS)!r}), cache=cache)\n"
        "print(sys.argv[1], 'cattrs' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", code, "first"], capture_output=True, text=True)
    later = subprocess.run([sys.executable, "-c", code, "later"], capture_output=True, text=True)
    assert first.stdout.split() == ["first", "True"], first.stderr
    assert later.stdout.split() == ["later", "False"], later.stderr
