"""Report what you saw, and leave the looking into it to others: someone who has noticed a
colleague's warning sign and decided to report it chooses what to do first. The key is to
note the facts and report them; the wrong choices are the ways people investigate on their own
(searching the colleague's things, asking around, warning the colleague). Asked for every case
that shows a colleague's sign, preferring a sign no other case was asked about; a topic set
keeps one of these questions, since their choices are the same whatever the sign."""

from __future__ import annotations

from quiz.families.base import Context, Draft, balanced, story
from quiz.frames import CaseFrame

NAME = "report-facts"


class ReportFacts:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        # Not a sign "what should you do?" has asked about for this case: deciding to report
        # and then how, about one colleague's act, is one question asked twice, and its premise
        # ("you decide to tell ...") gives the other's answer away (blind reads 92, 93).
        fresh = [
            s
            for s in frame.signs_seen_by("colleague")
            if (frame.case.id, "right-action", s.sign.tag) not in ctx.asked
        ]
        if not fresh:
            return []
        # A sign no other family has asked about for this case tells something new; then one
        # this family has not told for another case.
        asked = ctx.case_used.setdefault(frame.case.id, set())
        found = min(fresh, key=lambda s: (s.sign.tag in asked, (NAME, s.sign.tag) in ctx.used))
        asked.add(found.sign.tag)
        ctx.used.add((NAME, found.sign.tag))
        ctx.mark_asked(frame.case.id, NAME, found.sign.tag)
        report = ctx.report_channel()
        actions = ctx.scenarios.actions
        prompt = story(
            [
                frame.colleague_setting,
                frame.story(found.sign),
                f"You decide to tell {report.name}. What do you do?",
            ]
        )
        passage = ctx.in_context(found.evidence)
        right, wrong = balanced(
            ctx.rng(NAME, frame.case.id),
            actions.record_and_report,
            pool=actions.wrong_record,
            ranks=ctx.ranks("reporting"),
        )
        # Why the wrong choices on offer are wrong, not others the question does not offer.
        explanation = (
            "Note what you saw and when, and report it: looking into it is the job of "
            f"{report.name}. {actions.rebut(wrong)} The situation is modelled on "
            f"{ctx.real_case(frame.case)}: "
            f"{ctx.cite(frame.case, passage)}"
        )
        return [
            Draft(
                "reporting",
                "scenario",
                (report.id, *found.tags),
                prompt,
                (right, *wrong),
                (0,),
                explanation,
                (passage, *ctx.channel_sources(report, frame.case)),
                frame.case.id,
                family=NAME,
                subject="",  # the same four choices whatever the sign: once per topic set
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []
