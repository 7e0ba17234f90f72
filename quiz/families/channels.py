"""The organisation's reporting channels: which are proper ways to report. Built from
``seeds/channels.toml`` (the organisation's own words), about no single case. (The number to
call is for the handout, not the quiz: asking it is rote recall.)"""

from __future__ import annotations

from quiz.families.base import Context, Draft, told

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
                    "Each of these is a proper way to report, in your organisation's own words: "
                    + "; ".join(f"“{told(s[0])}”" for _, s in grounded)
                    + ". The other choices either spread what should stay with the people whose "
                    "job it is, or leave it with someone who cannot act on it.",
                    tuple(s[0] for _, s in grounded),
                    family=NAME,
                )
            )
        return drafts
