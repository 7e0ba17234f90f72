"""Hand it in: a contact met in person handed something over (a SIM card "for our work", a
business card, a USB stick); what should the person who reports do with it? The reporting
behaviour the case shows ("She handed in the SIM card unused"), for cases whose own passage
tells the thing handed in."""

from __future__ import annotations

import re

from quiz.families.base import Context, Draft, balanced, in_own_part, other_case_words
from quiz.frames import CaseFrame
from quiz.models import Case, Evidence

NAME = "hand-in"

_SPELLED = {"sim": "SIM", "usb": "USB"}
"""Words written in capitals in the question."""
_CARDS = frozenset({"card", "business card"})
"""Things with a number to call, not a device to try."""
_TOLD = {"card": "card with a phone number on it"}
"""How the thing is told where it is given, where its name alone says too little."""


class HandIn:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        case = frame.case
        actions = ctx.scenarios.actions
        if not actions.hand_in or frame.channel == "online":
            # An approach online hands nothing over in person: its messages are the evidence
            # (keep-evidence asks about them).
            return []
        found = _handed_in(ctx, case, re.compile(actions.hand_in_grounds))
        if found is None:
            return []
        passage, said = found
        if not _given(ctx, case, said):
            # Only what the contact handed over: not the person's own phone, handed to the
            # coordinator once she was found out (corpus 126, read 399).
            return []
        thing = " ".join(_SPELLED.get(w, w) for w in said.split())
        # ("a USB stick", "a SIM card": said as letters or as a word, a consonant first.)
        article = "an" if thing[:1] in "aeiou" else "a"
        given = _TOLD.get(said, thing)
        prompt = frame.fill(
            "You are {role} at {workplace}. Someone you met only recently, who has been asking "
            "about things at your {unit} that are not public, gives you "
            f"{article} {given}. You decide to report it. What do you do with the {thing}?"
        )
        kind = actions.wrong_hand_in_card if said in _CARDS else actions.wrong_hand_in_device
        right, wrong = balanced(
            ctx.rng(NAME, case.id),
            actions.hand_in,
            [[kind]] if kind else (),
            pool=actions.wrong_hand_in,
            ranks=ctx.ranks("reporting"),
        )
        channel = ctx.reporting(frame, ctx.report_channel())
        explanation = (
            f"What the contact handed over is evidence: kept as it was, unused, it lets "
            f"{channel.name} see what it is and trace who gave it. {actions.rebut(wrong)} "
            f"{ctx.cite(case, passage)}"
        )
        sources = tuple(dict.fromkeys((passage, *ctx.channel_sources(channel, case))))
        return [
            Draft(
                "reporting",
                "scenario",
                ("report-early", "security-office"),
                prompt,
                (right, *wrong),
                (0,),
                explanation,
                sources,
                case.id,
                family=NAME,
                subject="hand-in",
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []


def _given(ctx: Context, case: Case, thing: str) -> bool:
    """Whether the case's own part of its documents tells someone giving the person the thing
    ("He gave her a SIM card", "He left a card with a mobile number", "Pacheco gave the accused
    a USB device")."""
    head = thing.split()[-1]
    gave = re.compile(
        r"\b(?:gave|handed|sent|left|bought|brought|passed|slipped|posted|mailed)\s+"
        # (Never the person's own: "handed over her phone".)
        r"(?:(?:him|her|them|the\s+[\w-]+|(?-i:[A-Z][\w'’-]+))\s+)?(?:a|an|the)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b",
        re.IGNORECASE,
    )
    return any(
        gave.search(found.quote)
        and ctx.in_section(case, found)
        and not ctx.told_of_another(case, found)
        for found in ctx.sentences(case.sources)
    )


def _handed_in(ctx: Context, case: Case, pattern: re.Pattern[str]) -> tuple[Evidence, str] | None:
    """The first sentence of the case's own part of its documents that tells the thing handed
    in, and what it was ("sim card"); never a sentence that names another case of the report."""
    others = other_case_words(ctx, case)
    for found in ctx.sentences(case.sources):
        lower = found.quote.lower()
        hit = pattern.search(lower)
        if hit is not None and ctx.usable([found]) and in_own_part(ctx, case, found, others):
            return found, " ".join(hit.group("object").split())
    return None
