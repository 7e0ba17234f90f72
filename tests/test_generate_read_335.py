"""Read 335: in the case of Qiu Degui's set, "an email you did not expect offers to pay you ...:
what should you do?" asked again what "when should the first report have been made? As soon as
the unexpected message offered paid work" asks; and a family befriended, with nothing more, was
keyed as a warning sign (debatable: ordinary kindness)."""

from __future__ import annotations

import tomllib

from .conftest import QUESTIONS


def _set(name: str) -> list[dict]:
    return tomllib.loads((QUESTIONS / f"{name}.toml").read_text(encoding="utf-8"))["questions"]


def test_a_paid_first_offer_is_asked_once_in_a_case_set() -> None:
    questions = _set("case-qiu-degui")
    looking_back = [
        q for q in questions if "when should the first report have been made" in q["prompt"]
    ]
    assert looking_back
    assert "paid" in " ".join(c["text"] for c in looking_back[0]["choices"])
    again = [
        q
        for q in questions
        if q["prompt"].endswith("What should you do?")
        and q.get("benign") is False
        and "offers to pay you" in q["prompt"]
    ]
    assert not again, [q["id"] for q in again]


def test_a_befriended_family_is_told_with_the_contact_always_paying() -> None:
    told = [
        q
        for name in ("case-zhao-xuejun", "recruitment", "essentials")
        for q in _set(name)
        if "friend of your whole family" in q["prompt"]
    ]
    assert told
    assert all("always insisting on paying" in q["prompt"] for q in told)
