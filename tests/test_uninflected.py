"""A story told in the uninflected past is read with the past put back (``quiz/uninflected.py``,
corpus 147's miners' briefing): found per document, never in standard prose."""

from __future__ import annotations

from pathlib import Path

from quiz.uninflected import inflected, is_uninflected

CORPORA = Path(__file__).resolve().parent

BRIEFING = (
    "Around Christmas a man come to his landing who call himself Ricky. He bring food for the "
    "camp. Then Ricky start asking small things. He give Chico a little box and tell him to "
    "send it in a code. Tasha tell her no, right there, and she walk into my office. She say "
    "she not vex."
)


def test_a_story_in_the_uninflected_past_is_read_in_the_past() -> None:
    assert is_uninflected(BRIEFING)
    read = inflected(BRIEFING)
    assert "who called himself Ricky" in read and "He brought food" in read
    assert "Tasha told her no" in read and "she walked into my office" in read
    # The quoted words stay as written: only the reading changes.
    assert "Tasha tell her no" in BRIEFING


def test_in_place_keeps_every_offset() -> None:
    read = inflected(BRIEFING, in_place=True)
    assert len(read) == len(BRIEFING)
    assert "Tasha told her no" in read  # tell -> told: as long
    assert "she walk into" in read  # walk -> walked: longer, left as written


def test_standard_prose_is_never_read_so() -> None:
    # Bare forms after a modal, "to" or "did", and third persons with -s, are standard English.
    prose = (
        "He said he would come to the office. She did not tell anyone. They asked him to send "
        "the files. He tells the story well. She comes home at six. He may call tomorrow."
    )
    assert not is_uninflected(prose)
    found = [
        path.name
        for path in sorted(CORPORA.glob("corpus*/*.txt"))
        if is_uninflected(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert found == [
        "02_bartica_pre-season-safety-briefing-transcript_dredge-operator-and-charter-booking-"
        "clerk.txt"
    ]
