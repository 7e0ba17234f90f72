"""Listing and writing files: the same answers and refusals in every command."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quiz.errors import InputError
from quiz.files import folder_files, refuse_input_as_output, write_atomic


def test_an_unreadable_folder_is_an_error_not_an_empty_one(tmp_path: Path, monkeypatch) -> None:
    # As root, permissions do not stop reading; the error scandir would raise is simulated.
    def denied(_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", denied)
    with pytest.raises(InputError) as caught:
        folder_files(tmp_path, ".toml")
    assert str(caught.value) == f"{tmp_path}: cannot be read: Permission denied"


def test_listing_skips_nothing_silently(tmp_path: Path) -> None:
    (tmp_path / "b.toml").write_text("", encoding="utf-8")
    (tmp_path / "a.toml").write_text("", encoding="utf-8")
    (tmp_path / ".a.toml.tmp").write_text("", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    assert [p.name for p in folder_files(tmp_path, ".toml")] == ["a.toml", "b.toml"]
    assert folder_files(tmp_path / "missing", ".toml") == []
    (tmp_path / "dir.toml").mkdir()
    with pytest.raises(InputError, match=r"dir\.toml: is not a regular file"):
        folder_files(tmp_path, ".toml")


def test_an_output_that_is_an_input_by_another_name_is_refused(tmp_path: Path) -> None:
    original = tmp_path / "key.toml"
    original.write_text("secret", encoding="utf-8")
    alias = tmp_path / "alias.toml"
    os.link(original, alias)
    with pytest.raises(InputError, match="is an input of this command"):
        refuse_input_as_output(alias, [original])
    refuse_input_as_output(tmp_path / "new.html", [original, None])
    write_atomic(tmp_path / "new.html", "ok")
    assert (tmp_path / "new.html").read_text(encoding="utf-8") == "ok"


def test_a_failure_while_writing_a_set_leaves_every_old_set_as_it_was(tmp_path: Path) -> None:
    from quiz.files import replace_all

    (tmp_path / "a.toml").write_text("old a", encoding="utf-8")
    (tmp_path / "b.toml").write_text("old b", encoding="utf-8")
    # The second text cannot be encoded: the run fails after the first was written.
    with pytest.raises(UnicodeEncodeError):
        replace_all(tmp_path, {"a.toml": "new a", "b.toml": "new \ud800"}, remove=["b.toml"])
    assert (tmp_path / "a.toml").read_text(encoding="utf-8") == "old a"
    assert (tmp_path / "b.toml").read_text(encoding="utf-8") == "old b"
    assert list(tmp_path.glob(".*.tmp")) == []
    replace_all(tmp_path, {"a.toml": "new a"}, remove=["b.toml"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.toml"]
