"""Report even after having replied: someone answered a stranger and sent some public material
before seeing where it led. The reporting behaviour the material teaches: report now, completely
and truthfully, including what was already sent."""

from __future__ import annotations

import re

from quiz.families.base import Context, Draft, balanced
from quiz.frames import CaseFrame, done_by_them, reported_without_consequence, requested

NAME = "after-reply"

_STEP_UP = ("escalation", "request-beyond-public")

_EARLY = re.compile(
    r"\b(?:early|earlier|soon|immediately|promptly|in\s+time|at\s+once|lenien\w*|"
    r"voluntar\w*|surrender\w*|confess\w*|come\s+forward|came\s+forward)\b",
    re.IGNORECASE,
)

_NO_REPLY = re.compile(
    r"\b(?:did\s+not|didn['’]t|never|does\s+not|doesn['’]t)\s+(?:\w+\s+)?(?:reply|respond|answer|"
    r"write\s+back)\b",
    re.IGNORECASE,
)
"""A passage that tells the person never answered the contact."""


class AfterReply:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        case = frame.case
        first = case.tag("online-approach") or case.tag("unsolicited-offer")
        if first is None:
            return []
        # The story has the person answer and send something first: never for a case whose
        # person reported at once, unless its requests stepped up from what was sent.
        reported = "report-early" in case.tag_ids or reported_without_consequence(case)
        if reported and "escalation" not in case.tag_ids:
            return []
        # Nor for one the case says never answered ("did not reply, took screenshots and showed
        # them to her site supervisor", read 276: the question told her as having replied).
        if any(_NO_REPLY.search(e.quote) for hit in case.tags for e in hit.evidence):
            return []
        # The story says the contact asked for internal material: only where a passage of the
        # case shows a request beyond the public (not "he began to focus on the intranet" of
        # his own accord).
        request = ctx.scenarios.signs["request-beyond-public"]
        grounded = [
            e
            for tag_id in _STEP_UP
            if (hit := case.tag(tag_id)) is not None
            for e in ctx.usable(hit.evidence)
            if request.grounded_by(e.quote)
        ]
        if not grounded:
            return []
        # The story says what was sent first was public: never where the case tells the person
        # handing material over and nothing public sent or asked for first (read 309: a mud
        # logger whose first send was a photograph of an internal daily report).
        public = re.compile(ctx.scenarios.actions.sent_public_grounds)
        handed = re.compile(ctx.scenarios.actions.handed_over_grounds)
        evidence_all = [e for hit in case.tags for e in hit.evidence]
        if not any(public.search(e.quote.lower()) for e in evidence_all) and any(
            done_by_them(case, e.quote, handed) for e in evidence_all
        ):
            return []
        # The case's own passage before the lead that sums it up (read 125).
        grounded.sort(key=ctx.in_lead)
        evidence = [ctx.in_context(grounded[0])]
        actions = ctx.scenarios.actions
        channel = ctx.reporting(frame, ctx.report_channel())
        how = "answered the message" if frame.channel == "online" else "agreed to help"
        # What the case's own request asked for, where its passage names it (read 456: "internal
        # documents of your council" for a harbour clerk asked for naval ships' arrival notices).
        # (Its words hold no braces: told in the template, whose {unit} they may name.)
        told = requested(grounded[0], frame.material, case)
        prompt = frame.fill(
            (
                "You are {role} at {workplace}. When {contact} approached you, you {how} and sent "
                "a few things that were public anyway. Now the contact asks for {asked}, and you "
                "realise what they are after. What should you do?"
            ).replace("{asked}", told[0] if told else "internal documents of your {unit}"),
            how=how,
        )
        explanation = (
            f"Report it now, to {channel.name}, and say everything, including what you have "
            "already sent: having replied is no reason to stay silent, and a complete, early "
            f"report limits the damage. The situation is modelled on {ctx.real_case(case)}: "
            f"{ctx.cite(case, evidence[0])}"
        )
        # The document's own words on reporting early, only where they say so (not a line on
        # how many cases were solved).
        early = [
            e for e in ctx.document_evidence("report-early", case.sources) if _EARLY.search(e.quote)
        ][:1]
        own = case.tag("report-early")
        if own is not None:
            early = ctx.usable(own.evidence)[:1] or early
        sources = (evidence[0], *ctx.channel_sources(channel, case), *early)
        # The channel in the organisation's own words, on the key and on the reports that undo
        # themselves alike.
        flawed = [w.format(report=channel.action) for w in actions.flawed_after_reply]
        right, wrong = balanced(
            ctx.rng(NAME, case.id),
            [k.format(report=channel.action) for k in actions.after_reply],
            # (A report that undoes itself, always: never the key as the one choice that reports.)
            [flawed] if flawed else [],
            pool=actions.wrong_after_reply,
            ranks=ctx.ranks("reporting"),
        )
        return [
            Draft(
                "reporting",
                "scenario",
                ("report-early", channel.id),
                prompt,
                (right, *wrong),
                (0,),
                explanation + (f" {ctx.cite(None, early[0])}" if early else ""),
                tuple(dict.fromkeys(sources)),
                case.id,
                family=NAME,
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []
