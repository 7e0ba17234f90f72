"""The earliest point to report: looking back at a case, when should the approach first have
been reported? The key is the case's first step; the wrong choices are the misconceptions
trainees hold (money makes it serious, secrets make it serious, public material is harmless),
preferring those that name a later step of this very case. Never "after the arrest"."""

from __future__ import annotations

from quiz.families.base import Context, Draft, lc
from quiz.frames import CaseFrame
from quiz.taxonomy import TAGS

NAME = "earliest-report"

_FIRST_STEPS = (
    "online-approach",
    "unsolicited-offer",
    "invitation-travel",
    "abroad-targeting",
    "cultivation",
    "excessive-help-flattery",
    "false-persona",
)
"""Tags that can be the first step of an approach."""


class EarliestReport:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        case = frame.case
        firsts = [
            (e, tag_id)
            for tag_id in _FIRST_STEPS
            if (hit := case.tag(tag_id)) is not None
            for e in ctx.usable(hit.evidence)[:1]
        ]
        later = case.tag_ids - set(_FIRST_STEPS)
        if not firsts or not later & _LATER_STEPS:
            return []
        # The first step is the one of the earliest stage; its passage grounds the key.
        evidence, first_tag = min(firsts, key=lambda pair: (TAGS[pair[1]].stage, pair[0].start))
        evidence = ctx.in_context(evidence)
        channel = frame.material.channels[frame.channel]
        key = f"As soon as {channel.first_event}"
        misconceptions = ctx.scenarios.misconceptions
        own = [m for m in misconceptions if set(m.tags) & later]
        general = [m for m in misconceptions if not m.tags]
        wrong = [m.text for m in own[:3]]
        wrong += [m.text for m in general if m.text not in wrong][: 3 - len(wrong)]
        if len(wrong) < 3:
            return []
        report = ctx.report_channel()
        explanation = (
            f"The first approach was already reportable: {lc(key)}, nothing had been handed "
            "over and breaking off cost nothing. Waiting for money, for a request for secrets "
            "or for threats only gives the other side a hold. Reporting then, to "
            f"{report.name}, lets the people whose job it is act before anything is lost. "
            f"{ctx.cite(case, evidence)}"
        )
        return [
            Draft(
                "reporting",
                "single",
                ("report-early", first_tag),
                ctx.scenarios.recruiter.earliest_prompt.format(name=case.display_name)
                if frame.recruiter
                else f"Looking back at the case of {case.display_name}: when should the first "
                "report have been made?",
                (key, *wrong),
                (0,),
                explanation,
                (evidence,),
                case.id,
                family=NAME,
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []


_LATER_STEPS = frozenset(
    {
        "paid-tasks",
        "disproportionate-reward",
        "request-beyond-public",
        "escalation",
        "coercion",
        "threats-leverage",
        "disclosed-affiliation",
        "bulk-collection",
        "insider-access",
        "secrecy-pressure",
    }
)
"""A case needs one of these after its first step for "when to report" to be a question."""
