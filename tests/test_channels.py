"""Reporting channels (issue 9, finding 8): an organisation's own channels.toml replaces the
seed material's channels completely, and an instructor is told whose channels are in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_validate import run

HOTLINE_ONLY = (
    'organisation = "Example Ltd"\n\n'
    "[[channels]]\n"
    'id = "hotline"\n'
    'name = "the Example Ltd integrity line"\n'
    'action = "Call the Example Ltd integrity line on 0800 555 0100"\n'
    'contact = "0800 555 0100"\n'
)
OFFICE_AND_HOTLINE = (
    'organisation = "Example Ltd"\n\n'
    "[[channels]]\n"
    'id = "security-office"\n'
    'name = "the Example Ltd security desk"\n'
    'action = "Tell the Example Ltd security desk in room 101"\n\n'
    + HOTLINE_ONLY.split("\n\n", 1)[1]
)


@pytest.mark.slow
@pytest.mark.parametrize("channels", [HOTLINE_ONLY, OFFICE_AND_HOTLINE], ids=["hotline", "both"])
def test_a_custom_channels_file_leaves_nothing_of_the_seed_channels(
    seeds_copy: Path, tmp_path: Path, channels: str
) -> None:
    (seeds_copy / "channels.toml").write_text(channels, encoding="utf-8")
    out = tmp_path / "out"
    result = run("generate", "--seeds", str(seeds_copy), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.toml")}
    assert written
    # Not in a prompt, a choice, an explanation, nor as a quoted source passage: the seed
    # documents' sentences about their hotline are another jurisdiction's channel.
    quoting = sorted(name for name, text in written.items() if "12339" in text)
    assert quoting == []
    assert any("Example Ltd" in text for text in written.values())
    assert "12339" not in result.stderr  # nor a note that the seed channels are in use


NOTE = "quiz: note: the reporting channels taught are the seed material's"


@pytest.mark.slow
def test_an_instructor_is_told_while_the_seed_channels_are_taught(
    seeds_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run("generate", "--seeds", str(seeds_copy), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if line.startswith(NOTE)]
    assert len(notes) == 1
    assert f"write yours in {seeds_copy / 'channels.toml'} and run 'quiz generate'" in notes[0]
    # The questions beside that material are the seed channels' too: a drill says so.
    drill = run("drill", "new", "--set", "essentials", "--questions", str(out), "-o", "d.toml",
                cwd=tmp_path)  # fmt: skip
    assert drill.returncode == 0, drill.stderr
    assert drill.stderr.startswith(NOTE)
    # Without a channels.toml, nobody's hotline: the generic channel, and a note that says so.
    (seeds_copy / "channels.toml").unlink()
    again = run("generate", "--seeds", str(seeds_copy), "--out", str(out), cwd=tmp_path)
    assert again.returncode == 0 and NOTE not in again.stderr
    assert "no channels.toml, so the reporting channel taught is a generic one" in again.stderr
    written = " ".join(path.read_text(encoding="utf-8") for path in out.glob("*.toml"))
    assert "12339" not in written and "national security organs" not in written
    assert "your organisation's security office" in written
    # Checking is not preparing training: no note.
    check = run("generate", "--check", "--seeds", str(seeds_copy), "--out", str(out), cwd=tmp_path)
    assert NOTE not in check.stderr
