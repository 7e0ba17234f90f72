"""Report before travelling: someone about to spend some time abroad, where the case's own
approach came, chooses what to do before going. The key is to tell the organisation's security
office about the trip beforehand; the wrong choices are the misconceptions people travel with
(a trip is private, only an approach is worth telling, afterwards is soon enough). Asked for
cases approached while abroad, and only where the organisation has a security office."""

from __future__ import annotations

import re

from quiz.families.base import Context, Draft, balanced, said_of_anyone
from quiz.frames import CaseFrame, argued, done_by_them

NAME = "before-travel"


_REPORTED_ON_RETURN = re.compile(
    r"\b(?:on\s+(?:his|her|their)\s+(?:first\s+(?:working\s+)?day\s+back|return)|"
    r"(?:as\s+soon\s+as|when)\s+(?:he|she|they)\s+(?:got|came|was|were)\s+(?:back|home))\b"
    r"[^.;]{0,60}?\b(?:reported|told|went\s+to|wrote\s+to|informed)\b"
)
"""A report made on the way back from the stay abroad, as the case's own telling."""


class BeforeTravel:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        case = frame.case
        actions = ctx.scenarios.actions
        office = ctx.channel("security-office")
        # Not of the one who recruited, nor of someone approached for a relative's access: the
        # trip and its briefing are the person's own.
        if (
            frame.channel != "abroad"
            or frame.recruiter
            or frame.kin
            or office is None
            or not actions.before_travel
        ):
            return []
        hit = case.tag("abroad-targeting")
        # A passage that tells the person's own stay abroad (studying, posted, on a course, on
        # the way home), not only a foreign visitor met at home ("a professor ... at a
        # technical university abroad", corpus 3).
        stay = re.compile(actions.stay_abroad_grounds)
        usable = [
            e
            for e in ctx.usable(hit.evidence if hit else ())
            if not argued(e.quote) and done_by_them(case, e.quote, stay)
        ]
        if not usable:
            return []
        if any(
            _REPORTED_ON_RETURN.search(e.quote.lower())
            for hit in case.tags
            for e in ctx.usable(hit.evidence)
        ):
            # The source's lesson is the report made on the way back, which it praises ("On his
            # first working day back he reported the conversation in writing to the company's
            # security controller", an exam's model answer, corpus 177, read 536): "tell
            # security before you go" keyed against "mention it when you are back" is
            # debatable there. Nothing is asked.
            return []
        # The passage that tells the stay abroad and the approach there, the case's own telling
        # before the lead that sums it up (read 125).
        # (A report's general words on who is targeted abroad are quoted as what it says of
        # anyone, after the case's own stay.)
        general = re.compile(actions.before_travel_grounds)
        shown = ctx.in_context(
            min(
                usable,
                key=lambda e: (
                    general.search(e.quote.lower()) is not None,
                    ctx.in_lead(e),
                    e.doc,
                    e.start,
                ),
            )
        )
        channel = ctx.reporting(frame, office)
        said = [w.format(report=channel.action) for w in actions.before_travel]
        right, wrong = balanced(
            ctx.rng(NAME, case.id),
            said,
            # Waiting to be approached, the most tempting of the misconceptions: in every such
            # question.
            [[w.format(report=channel.action) for w in actions.flawed_before_travel]]
            if actions.flawed_before_travel
            else [],
            pool=actions.wrong_before_travel,
            ranks=ctx.ranks("reporting"),
        )
        prompt = frame.fill(
            "You are {role} at {workplace}. Next month you leave to spend some time abroad. "
            "What should you do before you go?"
        )
        # The report's own words on people abroad being targeted, where its documents say so
        # of anyone (not of another of its cases).
        stated = said_of_anyone(ctx, case, actions.before_travel_grounds)
        why = actions.before_travel_why.format(name=channel.name)
        explanation = (
            f"{why} {actions.rebut(wrong, channel.action)} "
            f"The situation is modelled on {ctx.real_case(case)}: {ctx.cite(case, shown)}"
        )
        if stated is not None and stated != shown:
            explanation += (
                f" What the report says of people abroad: {ctx.quote_after(shown, stated)}"
            )
        sources = tuple(
            dict.fromkeys(
                (
                    shown,
                    *ctx.channel_sources(channel, case),
                    *([stated] if stated is not None else []),
                )
            )
        )
        return [
            Draft(
                "reporting",
                "scenario",
                (channel.id, "report-early", "abroad-targeting"),
                prompt,
                (right, *wrong),
                (0,),
                " ".join(explanation.split()),
                sources,
                case.id,
                family=NAME,
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []
