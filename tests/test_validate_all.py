"""``quiz validate`` shows every problem it can find in a file in one run, one line each naming
file and line (issue 9 rough edge: it used to stop at the first of a case file, and at the
schema's problems of a set)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from .conftest import SEEDS
from .test_validate import SET, line_of, validate, write


def test_a_set_with_a_schema_problem_still_gets_its_other_problems(tmp_path: Path) -> None:
    good = SET.read_text(encoding="utf-8")
    text = good.replace('kind = "', 'colour = "red"\nkind = "', 1)  # unknown key: schema
    text = text.replace('kind = "scenario"', 'kind = "bogus"', 1)
    text = re.sub(r'explanation = "[^"]*"', 'explanation = ""', text, count=1)
    path = write(tmp_path, text)
    code, lines = validate(path)
    assert code == 2
    assert [line.split(": ", 1)[1] for line in lines] == [
        "questions[0]: unknown key (colour)",
        "questions[0].kind: unknown kind 'bogus' (one of single, multiple, true-false, "
        "ordering, scenario, matching)",
        "questions[0].explanation: empty",
    ]
    for line in lines:
        assert re.match(rf"{re.escape(str(path))}:\d+: ", line)
    assert lines[2].startswith(f"{path}:{line_of(text, 'explanation = ')}:")


def test_a_case_file_gets_every_problem_in_one_run(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    case_file = seeds / "cases" / "chen-wei.toml"
    text = case_file.read_text(encoding="utf-8")
    assert 'quote = "Chen encountered' in text and 'id = "false-persona"' in text
    head, tags = text.split("[case]", 1)
    tags = tags.replace('quote = "Chen encountered', 'quote = "Wang encountered', 1)
    tags = tags.replace('id = "false-persona"', 'id = "no-such-tag"', 1)
    text = f"{head}[case]{tags}"
    text += (
        '\n[[facts]]\nkind = "shoe-size"\nvalue = "42"\ndoc = "000_2410fbebdc00006d.txt"\n'
        'quote = "Chen encountered a foreigner"\n'
    )
    case_file.write_text(text, encoding="utf-8")
    code, lines = validate(case_file, seeds)
    assert code == 2
    assert [line.split(": ", 1)[1].split(":")[0] for line in lines] == [
        "tags[0].id",
        "tags[0].quote",
        "facts[0].kind",
    ]
    for line in lines:
        assert re.match(rf"{re.escape(str(case_file))}:\d+: ", line)
