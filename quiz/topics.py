"""The three topics and their titles: what the app's first screen needs of the taxonomy, without
loading the cue patterns (:mod:`quiz.taxonomy` reads and compiles them when imported)."""

from __future__ import annotations

TOPICS: tuple[str, ...] = ("recruitment", "warning-signs", "reporting")

TOPIC_TITLES: dict[str, str] = {
    "recruitment": "Recruitment patterns",
    "warning-signs": "Warning signs",
    "reporting": "Reporting channels",
}
