"""Which channel, now? A colleague's warning sign that cannot wait (leaving the country in two
days) when the usual channel, the security office, is closed: the key is another of the
organisation's own channels; the wrong choices wait, tip the colleague off or spread it. Asked
only when the organisation has such a second channel, and only about signs that are urgent by
nature (`urgent` in quiz/data/scenarios.toml)."""

from __future__ import annotations

from quiz.families.base import Context, Draft, cap, lc, story
from quiz.frames import CaseFrame

NAME = "urgent-channel"

_OTHER = ("hotline", "online-report")
"""Channels that do not wait for office hours, in the order they are offered."""


class UrgentChannel:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        usual = ctx.report_channel()
        other = next(
            (c for c in (ctx.channel(i) for i in _OTHER) if c is not None and c != usual), None
        )
        found = next((s for s in frame.signs if s.sign.urgent), None)
        if usual.id != "security-office" or other is None or found is None:
            return []
        prompt = story(
            [
                frame.colleague_setting,
                frame.fill(found.sign.urgent),
                # Everyone the usual channel names is out of reach (it may say "or your
                # superiors"): otherwise one of them, not another channel, is the answer.
                f"{cap(usual.name)} is closed until Monday, and your manager cannot be reached "
                "this weekend. What do you do?",
            ]
        )
        wrong = [w.format(report=lc(usual.action)) for w in ctx.scenarios.actions.urgent_wrong]
        passage = ctx.in_context(found.evidence)
        explanation = (
            f"{cap(frame.fill(found.sign.flag))} cannot wait for Monday: by then the colleague, "
            # (Not "your organisation's channels" of a state hotline, read 203.)
            f"and what they may carry, is gone. When {usual.name} is closed, use another of the "
            f"reporting channels your organisation lists: {lc(other.action)}. Asking the "
            "colleague to stay warns "
            "them, and a team chat spreads what should stay with the people whose job it is. "
            f"The situation is modelled on {ctx.real_case(frame.case)}: "
            f"{ctx.cite(frame.case, passage)}"
        )
        return [
            Draft(
                "reporting",
                "scenario",
                (other.id, *found.tags),
                prompt,
                # The channel by name: its number belongs on the handout, and a figure only the
                # key has would give it away.
                (f"Use {other.name} straight away", *wrong),
                (0,),
                explanation,
                (passage, *ctx.channel_sources(other, frame.case)),
                frame.case.id,
                family=NAME,
                subject=found.sign.tag,
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []
