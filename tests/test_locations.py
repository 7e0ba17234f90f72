"""Where content is looked for (docs/locations.md), from a folder that has none of its own."""

from __future__ import annotations

from pathlib import Path

from .conftest import QUESTIONS
from .test_validate import run


def test_from_an_empty_folder_the_bundled_sets_are_used(tmp_path: Path) -> None:
    result = run("lint", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{len(list(QUESTIONS.glob('*.toml')))} set(s): no findings\n"
    assert list(tmp_path.iterdir()) == []


def test_generate_writes_here_never_into_the_bundled_sets(tmp_path: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in QUESTIONS.glob("*.toml")}
    result = run("generate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "questions").glob("*.toml")) == sorted(before)
    assert {p.name: p.stat().st_mtime_ns for p in QUESTIONS.glob("*.toml")} == before


def test_author_needs_material_of_your_own(tmp_path: Path) -> None:
    result = run("author", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("quiz: seeds: no case material here to review; give --seeds")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_apps_seeds_option_is_not_taken_by_a_command(tmp_path: Path) -> None:
    # --seeds before the command is the app's; the command's own --seeds default still holds.
    result = run("--seeds", str(tmp_path / "nowhere"), "validate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
