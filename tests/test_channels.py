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
