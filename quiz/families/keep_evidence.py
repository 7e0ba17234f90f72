"""Keep the evidence: someone approached online has the messages; what should they do with them
before reporting? The reporting behaviour the material shows (screenshots taken, messages
handed to the security office), for cases whose approach came online."""

from __future__ import annotations

from quiz.families.base import Context, Draft, lc
from quiz.frames import CaseFrame

NAME = "keep-evidence"


class KeepEvidence:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        case = frame.case
        hit = case.tag("online-approach")
        if frame.channel != "online" or hit is None:
            return []
        passage = ctx.passage(hit)
        evidence = [passage] if passage else []
        if not evidence:
            return []
        actions = ctx.scenarios.actions
        channel = ctx.report_channel()
        prompt = (
            f"You are {frame.role} at {frame.workplace.place}. Over a few weeks, "
            f"{frame.contact} has sent you messages that began with general questions about "
            f"your field and now ask about internal matters of your {frame.workplace.unit}. "
            "You decide to report it. What do you do with the messages?"
        )
        explanation = (
            "The messages are the evidence: kept unchanged, with the sender's details, they let "
            f"{channel.name} trace the contact and see what was asked. Deleting them loses the "
            "trail, replying warns the other side, and sharing them spreads what should stay "
            f"with the people whose job it is ({lc(channel.action)}). "
            f"{ctx.cite(case, evidence[0])}"
        )
        reported = [
            e
            for tag_id in ("security-office", "report-early")
            if (own := case.tag(tag_id)) is not None
            for e in ctx.usable(own.evidence)[:1]
        ]
        sources = tuple(dict.fromkeys((*evidence, *reported[:1], *ctx.channel_sources(channel))))
        if reported:
            explanation += f" {ctx.cite(case, reported[0])}"
        return [
            Draft(
                "reporting",
                "scenario",
                ("report-early", "online-approach"),
                prompt,
                (actions.keep_evidence, *actions.wrong_keep_evidence[:3]),
                (0,),
                explanation,
                sources,
                case.id,
                family=NAME,
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []
