"""``quiz extract DIR`` reads the folder's documents, as ``quiz generate`` reads a seeds folder
(issue 9 rough edge: it refused the folder)."""

from __future__ import annotations

from pathlib import Path

from .conftest import SEEDS
from .test_validate import run


def test_a_folder_stands_for_its_documents() -> None:
    documents = sorted(str(p) for p in SEEDS.glob("*.txt"))
    by_folder = run("extract", "--json", str(SEEDS))
    by_files = run("extract", "--json", *documents)
    assert by_folder.returncode == 0, by_folder.stderr
    assert by_folder.stdout == by_files.stdout
    summary = run("extract", "seeds")
    assert summary.returncode == 0, summary.stderr
    assert summary.stdout.endswith("5 case(s) in 2 document(s)\n")


def test_a_folder_without_documents_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not a case document\n", encoding="utf-8")
    result = run("extract", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr == f"quiz: {tmp_path}: no case documents (*.txt) in the folder\n"
