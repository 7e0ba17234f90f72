"""When to speak up about a colleague: looking back over what was noticed in some months (two
ordinary details and the case's own warning signs about a colleague, in the order they run),
when should it first have been reported? The key is the first warning sign, told second or
third; the wrong choices are the ordinary details, worded like the key, and the case's later
sign (or a moment people wrongly wait for, such as proof)."""

from __future__ import annotations

from quiz.families.base import Context, Draft, cap, lc
from quiz.frames import CaseFrame

NAME = "colleague-timeline"


class ColleagueTimeline:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        signs = [s for s in frame.signs_seen_by("colleague") if s.sign.when]
        # The lesson is not to wait for the second sign, so a case needs two. (Two cases
        # opening with the same sign give the same question: a topic set keeps one.)
        if len(signs) < 2:
            return []
        first, later = signs[0], signs[-1]
        # "around the {unit}" in a moment is this case's workplace.
        first_when, later_when = frame.fill(first.sign.when), frame.fill(later.sign.when)
        if first.evidence == later.evidence:
            # One act the report tells once ("copied 312 files onto a USB drive") is no
            # sequence of two signs to wait between.
            return []
        ctx.used.add((NAME, first.sign.tag))
        rng = ctx.rng(NAME, frame.case.id)
        ordinary = [
            d.when for d in ctx.ordinary("colleague", rng, 6, office=frame.office) if d.when
        ][:2]
        if len(ordinary) < 2:
            return []
        report = ctx.reporting(frame, ctx.report_channel())
        # An ordinary detail always comes first (the first thing noticed is never the key by
        # its place alone); the first warning sign comes second or third, in turn from one
        # question to the next, and the case's later sign last.
        told = sum(1 for family, _ in ctx.used if family == NAME)
        moments = [ordinary[0], ordinary[1]]
        moments.insert(1 + told % 2, first_when)
        moments.append(later_when)
        leads = ("first,", "then", "then", "later still,")
        events = [f"{lead} {moment}" for lead, moment in zip(leads, moments, strict=False)]
        prompt = (
            f"You work at {frame.workplace.place}. Over some months you notice these things "
            f"about a colleague, in this order: {'; '.join(events)}. Looking back, when should "
            f"you first have told {report.name}?"
        )
        # The ordinary moments in the same words as the key: the form of a choice never tells
        # which one is right.
        wrong = [f"As soon as {ordinary[0]}", f"As soon as {ordinary[1]}"]
        wrong.append(f"Only when {later_when}")
        passage = ctx.in_context(first.evidence)
        explanation = (
            f"{cap(frame.fill(first.sign.flag))} is the first warning sign: {lc(first.sign.why)} "
            f"That is the moment to tell {report.name}, who can look into it. "
            f"That {ordinary[0]}, or that {ordinary[1]}, is no reason to report, and waiting for "
            "more, for proof or for an explanation only gives the other "
            f"side time. The situation is modelled on {ctx.real_case(frame.case)}: "
            f"{ctx.cite(frame.case, passage)}"
        )
        return [
            Draft(
                "reporting",
                "single",
                ("report-early", report.id, *first.tags),
                prompt,
                (f"As soon as {first_when}", *wrong),
                (0,),
                explanation,
                (passage, *ctx.channel_sources(report, frame.case)),
                frame.case.id,
                family=NAME,
                subject=first.sign.tag,
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []
