"""The way out: someone already caught up, who wants to stop. The right answer is the
organisation's channel for coming forward (or its first reporting channel); the wrong ones are
the ways out people actually try. Told with the threat the case shows, where it shows one; else,
for a case whose person handed material over, with nobody having noticed yet (the quiet stop
people take for a way out); else, for a case told only by the person's recruitment and their
flight, as someone drawn in who wants out. Where the case's person ran, running is offered as
the wrong way out it was, with the case's own flight quoted."""

from __future__ import annotations

import re

from quiz.families.base import Context, Draft, balanced, lc, said_of_anyone
from quiz.frames import (
    HANDED_OVER_TAGS,
    CaseFrame,
    argued,
    done_by_them,
    refused,
    refused_and_spared,
    reported_without_consequence,
)
from quiz.material import Channel
from quiz.models import Case, Evidence
from quiz.scenario_material import Actions

NAME = "way-out"


class WayOut:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        case = frame.case
        # A passage that shows the threat the story tells (exposure held over the person), not
        # only pressure ("he was under pressure from his superior", read 153): a coercion
        # passage must show it; a threats-leverage one is that threat (a case file may add one).
        threat = ctx.scenarios.signs["threats-leverage"]
        coercion = case.tag("coercion")
        leverage = case.tag("threats-leverage")
        # What happened before what a party argued of it (read 164 quoted the defence's
        # '"He was manipulated, then blackmailed," he said' over the threat itself).
        shown = min(
            (
                e
                for hit, needs in ((coercion, True), (leverage, False))
                if hit is not None
                for e in ctx.usable(hit.evidence)
                if not needs or threat.grounded_by(e.quote)
            ),
            # (And what happened before a list that only sums it up: "He had at least four
            # clear moments to stop: the braces ..., and the threat in November", corpus 93.)
            key=lambda e: (argued(e.quote), _SUMMED_UP.search(e.quote) is not None),
            default=None,
        )
        # The story says the person sent material (the lever, or what there is to stop): only
        # where the case shows material handed over, not a threat over private messages to
        # someone who refused and reported.
        fled = _fled(ctx, case)
        if not case.tag_ids & HANDED_OVER_TAGS or refused_and_spared(case):
            # (Nor for someone who said no and reported: they handed nothing over, whatever
            # was asked of them, read 167.)
            return self._turned(ctx, frame, fled)
        if shown is None:
            return self._unpressed(ctx, frame, fled)
        evidence = [ctx.in_context(shown)]
        if reported_without_consequence(case) and refused(
            f"{ctx.sentence_before(shown)} {shown.quote}"
        ):
            # The threat came when the person said no ("When the man refused, her messages
            # changed. She told him ..."), and they reported it: nothing was handed over to
            # hold over them (read 188).
            return []
        actions = ctx.scenarios.actions
        channel = ctx.reporting(frame, ctx.surrender_channel())
        keys, flawed = _coming_forward(actions, channel)
        right, wrong = balanced(
            ctx.rng(NAME, case.id),
            keys,
            # (Coming forward in a way that undoes it, always: read 143.)
            [*flawed, *_running(actions, fled)],
            pool=actions.wrong_ways_out,
            ranks=ctx.ranks("reporting"),
        )
        # The lever the case's passage tells: exposure to the employer, or the relatives abroad
        # (corpus 62: a port clerk whose brother was summoned in Tehran was told of his
        # employer finding out).
        told = threat.as_shown_by(evidence[0].quote)
        prompt = frame.fill(
            "You are {role} at {workplace}. Some time ago you sent a contact some material from "
            "work at your {unit} (photographs, notes or copies) that you should not have shared. "
            f"Now that you want to stop, {told.lever}. What is the best way out?"
        )
        explanation = (
            f"The way out is to {lc(channel.action)}. {told.way_out_why} "
            f"{ctx.cite(case, evidence[0])}"
        )
        # The report's own words on coming forward, as for the quiet way out below: the threat's
        # passage shows the lever, not the way out (read 356).
        forward = said_of_anyone(
            ctx, case, actions.come_forward_grounds, actions.done_nothing_grounds
        )
        sources = (evidence[0], *ctx.channel_sources(channel, case))
        if forward is not None and forward != evidence[0]:
            explanation += (
                f" What the report says of coming forward: {ctx.quote_after(evidence[0], forward)}"
            )
            sources = tuple(dict.fromkeys((*sources, forward)))
        if fled is not None:
            explanation += " " + _flight_told(ctx, case, evidence[0], fled)
            sources = tuple(dict.fromkeys((*sources, fled)))
        return [
            Draft(
                "reporting",
                "scenario",
                (channel.id, *(t for t in ("coercion", "threats-leverage") if t in case.tag_ids)),
                prompt,
                (right, *wrong),
                (0,),
                explanation,
                sources,
                case.id,
                family=NAME,
            )
        ]

    def _unpressed(self, ctx: Context, frame: CaseFrame, fled: Evidence | None) -> list[Draft]:
        """Nobody has noticed and nothing is held over the person: stopping quietly looks like
        a way out, and is the misconception asked about. Only where a passage shows the case's
        person handing material over (or paid for it), and never of the one who recruited."""
        case = frame.case
        actions = ctx.scenarios.actions
        # (Nor of someone who reported and was never charged: what they handed over went to
        # the people whose job it is, read with corpus 77's "handed over the cash and the
        # messages".)
        # Nor of a case that shows a threat its passages do not ground as the story's lever:
        # "nobody has noticed" would contradict it (corpus 70: "would be told that he had 'sold
        # city data' unless ..."). Nor of someone acquitted (corpus 25: the messages "did not
        # show that he had handed over any information").
        pressed = bool(case.tag_ids & {"coercion", "threats-leverage"}) or any(
            re.search(actions.pressed_grounds, e.quote.lower())
            for hit in case.tags
            for e in hit.evidence
        )
        acquitted = any("acquit" in f.value.lower() for f in case.facts_of("outcome"))
        if (
            frame.recruiter
            or reported_without_consequence(case)
            or pressed
            or acquitted
            or not actions.unpressed_lever
        ):
            return []
        handed = re.compile(actions.handed_over_grounds)
        passages = sorted(
            (
                e
                for tag_id in sorted(HANDED_OVER_TAGS)
                if (hit := case.tag(tag_id)) is not None
                for e in ctx.usable(hit.evidence)
                if done_by_them(case, e.quote, handed) and not argued(e.quote)
            ),
            # The case's own telling before the lead that sums it up (read 125).
            key=lambda e: (ctx.in_lead(e), e.doc, e.start),
        )
        if not passages:
            return []
        shown = ctx.in_context(passages[0])
        pay = case.tag("paid-tasks")
        paid = any(
            re.search(actions.paid_grounds, e.quote.lower())
            for e in ctx.usable(pay.evidence if pay is not None else ())
        )
        channel = ctx.reporting(frame, ctx.surrender_channel())
        quiet = actions.wrong_ways_out_unpressed
        keys, flawed = _coming_forward(actions, channel)
        right, wrong = balanced(
            ctx.rng(NAME, case.id, "unpressed"),
            keys,
            [
                *flawed,
                # The quiet stop is the misconception the question is about: one of its
                # wordings in every such question, and only one (two would be one choice
                # offered twice).
                quiet,
                *_running(actions, fled),
            ],
            pool=[w for w in actions.wrong_ways_out if w not in quiet],
            ranks=ctx.ranks("reporting"),
        )
        prompt = frame.fill(
            "You are {role} at {workplace}. Some time ago you sent a contact some material from "
            "work at your {unit} (photographs, notes or copies) that you should not have shared"
            f"{actions.unpressed_paid if paid else ''}. {actions.unpressed_lever} "
            "What is the best way out?"
        )
        # The report's own words on coming forward, where its documents have them: said of
        # anyone (a policy of leniency), or of this case's person, never of another case.
        # (Not the words said of those who have done nothing yet: read 309.)
        forward = said_of_anyone(
            ctx, case, actions.come_forward_grounds, actions.done_nothing_grounds
        )
        explanation = (
            f"The way out is to {lc(channel.action)}. {actions.unpressed_why} "
            f"{ctx.cite(case, shown)}"
        )
        if forward is not None:
            explanation += (
                f" What the report says of coming forward: {ctx.quote_after(shown, forward)}"
            )
        if fled is not None:
            explanation += " " + _flight_told(ctx, case, shown, fled)
        sources = tuple(
            dict.fromkeys(
                (
                    shown,
                    *ctx.channel_sources(channel, case),
                    *([forward] if forward else []),
                    *([fled] if fled is not None else []),
                )
            )
        )
        return [
            Draft(
                "reporting",
                "scenario",
                (channel.id, *(t for t in sorted(HANDED_OVER_TAGS) if t in case.tag_ids)),
                prompt,
                (right, *wrong),
                (0,),
                explanation,
                sources,
                case.id,
                family=NAME,
                # The way out of a threat and the quiet one open alike and have one key: a set
                # holds one of them (read 244 found both in one set, the second a restatement).
                subject="",
            )
        ]

    def _turned(self, ctx: Context, frame: CaseFrame, fled: Evidence | None) -> list[Draft]:
        """Drawn into working for the other side, told without what was handed over, by a case
        whose person then ran ("manipulated by foreign intelligence agencies after being
        turned, was planted as a staff member ... fled ... and attempted to illegally cross the
        border"): the way out is to come forward, and the flight the case shows is offered as
        the wrong one it is. Not for a case that shows no flight: without it there is nothing
        of the case's own to weigh, only the recruitment."""
        case = frame.case
        actions = ctx.scenarios.actions
        if fled is None or frame.recruiter or not actions.turned_lever or refused_and_spared(case):
            return []
        turned_act = re.compile(actions.turned_grounds)
        turned = sorted(
            (
                e
                for hit in case.tags
                for e in ctx.usable(hit.evidence)
                if turned_act.search(e.quote.lower()) is not None and not argued(e.quote)
            ),
            key=lambda e: (ctx.in_lead(e), e.doc, e.start),
        )
        if not turned:
            return []
        shown = ctx.in_context(turned[0])
        channel = ctx.reporting(frame, ctx.surrender_channel())
        keys, flawed = _coming_forward(actions, channel)
        right, wrong = balanced(
            ctx.rng(NAME, case.id, "turned"),
            keys,
            [
                *flawed,
                actions.fled_ways_out,
                actions.wrong_ways_out_unpressed,
            ],
            pool=[w for w in actions.wrong_ways_out if w not in actions.wrong_ways_out_unpressed],
            ranks=ctx.ranks("reporting"),
        )
        prompt = frame.fill(
            f"You are {{role}} at {{workplace}}. {actions.turned_lever} What is the best way out?"
        )
        explanation = (
            f"The way out is to {lc(channel.action)}. {actions.turned_why} "
            f"{ctx.cite(case, shown)} {_flight_told(ctx, case, shown, fled)}"
        )
        sources = tuple(dict.fromkeys((shown, *ctx.channel_sources(channel, case), fled)))
        return [
            Draft(
                "reporting",
                "scenario",
                (channel.id, "sudden-exit"),
                prompt,
                (right, *wrong),
                (0,),
                explanation,
                sources,
                case.id,
                family=NAME,
                subject="",
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []


def _coming_forward(actions: Actions, channel: Channel) -> tuple[list[str], list[list[str]]]:
    """The ways of saying the key (coming forward through ``channel``), and the slot of the
    ways of coming forward that undo it, offered in every way-out question (read 143)."""
    keys = [w.format(surrender=channel.action) for w in actions.way_out]
    flawed = (
        [[w.format(surrender=channel.action) for w in actions.flawed_ways_out]]
        if actions.flawed_ways_out
        else []
    )
    return keys, flawed


def _running(actions: Actions, fled: Evidence | None) -> list[tuple[str, ...]]:
    """The slot of running away, where the case's person ran."""
    return [actions.fled_ways_out] if fled is not None and actions.fled_ways_out else []


def _fled(ctx: Context, case: Case) -> Evidence | None:
    """The passage of the case's own flight (its ``sudden-exit`` evidence that tells running
    away, not a trip or a resignation), or ``None``."""
    hit = case.tag("sudden-exit")
    if hit is None or not ctx.scenarios.actions.fled_ways_out:
        return None
    act = re.compile(ctx.scenarios.actions.fled_grounds)

    def tells_flight(quote: str) -> bool:
        # Not a flight denied: "that he was going to Ladybrand to visit an uncle, not to
        # flee" (read 276, the applicant's own affidavit).
        return any(
            not _DENIED.search(quote, max(0, m.start() - 30), m.start())
            for m in act.finditer(quote)
        )

    return next(
        (
            e
            for e in ctx.usable(hit.evidence)
            if tells_flight(e.quote.lower()) and not argued(e.quote)
        ),
        None,
    )


_DENIED = re.compile(
    r"\b(?:not|never|no\s+(?:intention|plan|wish)\s+(?:of|to)|no\s+attempt\s+to|without\s+(?:any\s+)?"
    r"(?:intention|attempt)\s+(?:of|to))\s+(?:(?:to|trying\s+to|planning\s+to)\s+)?$"
)
"""Right before a flight's words: a denial ("not to flee", "never tried to leave")."""


_SUMMED_UP = re.compile(
    r":\s+[^.;:]+,\s+[^.;:]+,\s+(?:and\s+)?[^.;:]+|"
    # (Or a body's finding: "The Commission accepts that she was under financial pressure and
    # was later threatened through her family", quoted over the threat's own words, read 394.)
    r"^\W*(?:the\s+)?(?:commission|court|tribunal|panel|board|committee|judge|inquiry)\s+"
    r"(?:also\s+)?(?:accepts|accepted|finds|found|notes|noted|considers|is\s+satisfied)\s+that\b",
    re.IGNORECASE,
)
"""A passage that lists the moments of the story after a colon, or a finding that sums them
up: a summing-up, not the telling."""


def _flight_told(ctx: Context, case: Case, cited: Evidence, fled: Evidence) -> str:
    """Why running is no way out, with the case's own flight and how it ended."""
    # (Not a warrant or an arrest ordered in absentia: "a court in Yerevan ordered his arrest in
    # absentia, and an international search has been initiated" is no arrest, read 361.)
    arrested = any(
        ("arrest" in f.value.lower() or "caught" in f.value.lower())
        and _WANTED.search(f.evidence.quote) is None
        for f in case.facts_of("outcome")
    )
    why = ctx.scenarios.actions.fled_why.format(
        outcome=", and in this case it ended in an arrest" if arrested else ""
    )
    return f"{why} {ctx.quote_after(cited, fled)}"


_WANTED = re.compile(
    r"\b(?:in\s+absentia|arrest\s+warrant|warrant\s+for\s+(?:his|her|their)\s+arrest|"
    r"international\s+search|being\s+sought|wanted\s+by)\b",
    re.IGNORECASE,
)
"""An arrest ordered or sought, not made."""
