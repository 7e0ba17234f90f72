"""The organisation's reporting channels: which are proper ways to report, and the number to
call. Built from ``seeds/channels.toml`` (the organisation's own words), about no single case."""

from __future__ import annotations

import random
import re

from quiz.families.base import Context, Draft

NAME = "channels"

_PROPER = ("security-office", "hotline", "online-report", "self-surrender")


class Channels:
    name = NAME

    def case_drafts(self, ctx: Context, frame: object) -> list[Draft]:
        return []

    def general_drafts(self, ctx: Context) -> list[Draft]:
        drafts: list[Draft] = []
        grounded = [
            (c, ctx.channel_sources(c))
            for c in ctx.material.channels
            if c.id in _PROPER and c.id != "self-surrender"
        ]
        grounded = [(c, s) for c, s in grounded if s]
        wrong = list(ctx.scenarios.actions.wrong_channels)
        if len(grounded) >= 2:
            drafts.append(
                Draft(
                    "reporting",
                    "multiple",
                    tuple(sorted(c.id for c, _ in grounded)),
                    "You think someone may be trying to recruit you or a colleague. Which of "
                    "these are proper ways to report it? Select all that apply.",
                    (*(c.action for c, _ in grounded), *wrong[:2]),
                    tuple(range(len(grounded))),
                    " ".join(f"{c.action}: {ctx.cite(None, s[0])}" for c, s in grounded)
                    + " Warning the contact or talking it over outside work tips them off and "
                    "spreads what should stay with the people whose job it is.",
                    tuple(s[0] for _, s in grounded),
                    family=NAME,
                )
            )
        rng = ctx.rng(NAME)
        for channel, sources in grounded:
            digits = re.sub(r"\D", "", channel.contact)
            if len(digits) < 3:
                continue
            known = {re.sub(r"\D", "", c.contact) for c in ctx.material.channels if c.contact}
            wrong_numbers = _changed_digits(digits, known, rng)
            if len(wrong_numbers) < 3:
                continue
            drafts.append(
                Draft(
                    "reporting",
                    "single",
                    (channel.id,),
                    f"Which number do you call to reach {channel.name}?",
                    (channel.contact, *(_laid_out(channel.contact, w) for w in wrong_numbers)),
                    (0,),
                    f"{channel.action}. {ctx.cite(None, sources[0])}",
                    sources,
                    family=NAME,
                )
            )
        return drafts


def _laid_out(template: str, digits: str) -> str:
    """Digits written the way the real number is written ("0800 555 0100")."""
    feed = iter(digits)
    return "".join(next(feed) if char.isdigit() else char for char in template)


def _changed_digits(digits: str, known: set[str], rng: random.Random) -> list[str]:
    """Wrong numbers that differ from the real one by a swap of neighbours or one digit."""
    candidates = [
        digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :] for i in range(len(digits) - 1)
    ]
    candidates += [
        digits[:i] + str((int(digits[i]) + 1) % 10) + digits[i + 1 :] for i in range(len(digits))
    ]
    rng.shuffle(candidates)
    out: list[str] = []
    for candidate in candidates:
        if candidate not in known and candidate != digits and candidate not in out:
            out.append(candidate)
    return out[:3]
