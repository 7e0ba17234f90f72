"""When to speak up about a colleague: looking back over what was noticed in some months (the
case's own warning signs about a colleague in the order they run, with an ordinary detail
before or after the first), when should it first have been reported? The key is the first
warning sign; the wrong choices are the ordinary detail, the case's later sign, and the moments
people wrongly wait for (proof, an explanation, never)."""

from __future__ import annotations

from quiz.families.base import Context, Draft, cap, lc
from quiz.frames import CaseFrame

NAME = "colleague-timeline"


class ColleagueTimeline:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        signs = [s for s in frame.signs_seen_by("colleague") if s.sign.when]
        # (Two cases opening with the same sign give the same question: a topic set keeps one,
        # by its subject.)
        if not signs:
            return []
        first, later = signs[0], (signs[-1] if len(signs) > 1 else None)
        ctx.used.add((NAME, first.sign.tag))
        rng = ctx.rng(NAME, frame.case.id)
        ordinary = [d for d in ctx.ordinary("colleague", rng, 6) if d.when][:1]
        if not ordinary:
            return []
        report = ctx.report_channel()
        # The ordinary detail comes first or second, so that the key is not always the same
        # place in the story; the case's later sign comes last.
        moments = [first.sign.when]
        # With a later sign the ordinary detail may come second; alone, the sign must not be
        # the first thing told, or "the earliest" would give it away.
        told = sum(1 for family, _ in ctx.used if family == NAME)
        moments.insert(told % 2 if later is not None else 0, ordinary[0].when)
        if later is not None:
            moments.append(later.sign.when)
        events = [
            f"{lead} {moment}"
            for lead, moment in zip(("first,", "then", "later still,"), moments, strict=False)
        ]
        prompt = (
            f"You work at {frame.workplace.place}. Over some months you notice these things "
            f"about a colleague, in this order: {'; '.join(events)}. Looking back, when should "
            f"you first have told {report.name}?"
        )
        actions = ctx.scenarios.actions
        # The ordinary detail in the same words as the key, wherever it was told: the form of
        # a choice never tells which one is right.
        wrong = [f"As soon as {ordinary[0].when}"]
        if later is not None:
            wrong.append(f"Only when {later.sign.when}")
        too_late = list(actions.colleague_too_late)
        rng.shuffle(too_late)
        wrong += too_late[: 3 - len(wrong)]
        passage = ctx.in_context(first.evidence)
        explanation = (
            f"{cap(frame.fill(first.sign.flag))} is the first warning sign: {lc(first.sign.why)} "
            f"That is the moment to tell {report.name}, who can look into it. "
            f"{cap(lc(ordinary[0].choice))} is ordinary, and waiting for proof or an "
            "explanation only gives the other "
            f"side time. The situation is modelled on a real case: {ctx.cite(frame.case, passage)}"
        )
        return [
            Draft(
                "reporting",
                "single",
                ("report-early", report.id, *first.tags),
                prompt,
                (f"As soon as {first.sign.when}", *wrong),
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
