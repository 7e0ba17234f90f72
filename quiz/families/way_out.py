"""The way out: someone already caught up and now under pressure. The right answer is the
organisation's channel for coming forward (or its first reporting channel); the wrong ones are
the ways out people actually try."""

from __future__ import annotations

from quiz.families.base import Context, Draft, balanced, lc
from quiz.frames import CaseFrame, argued, refused, refused_and_spared, reported_without_consequence

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
            key=lambda e: argued(e.quote),
            default=None,
        )
        if shown is None:
            return []
        evidence = [ctx.in_context(shown)]
        # The story says the person sent material that is now the lever: only where the case
        # shows material handed over, not a threat over private messages to someone who
        # refused and reported.
        if not case.tag_ids & _HANDED_OVER or refused_and_spared(case):
            # (Nor for someone who said no and reported: they handed nothing over, whatever
            # was asked of them, read 167.)
            return []
        if reported_without_consequence(case) and refused(
            f"{ctx.sentence_before(shown)} {shown.quote}"
        ):
            # The threat came when the person said no ("When the man refused, her messages
            # changed. She told him ..."), and they reported it: nothing was handed over to
            # hold over them (read 188).
            return []
        actions = ctx.scenarios.actions
        channel = frame.reporting(ctx.surrender_channel())
        right, wrong = balanced(
            ctx.rng(NAME, case.id),
            [w.format(surrender=channel.action) for w in actions.way_out],
            # (Coming forward in a way that undoes it, always: read 143.)
            [[w.format(surrender=channel.action) for w in actions.flawed_ways_out]]
            if actions.flawed_ways_out
            else [],
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
        sources = (evidence[0], *ctx.channel_sources(channel, case))
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

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []


_HANDED_OVER = frozenset({"paid-tasks", "bulk-collection", "insider-access"})
"""Tags that show material passed to the other side: the lever the story's threat uses. (Not
requests that stepped up, which may have been refused: read 187 told a dockyard planner who
sent only the Navy's public newsletter that he had leaked work photographs.)"""
