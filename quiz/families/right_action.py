"""What should you do? The case's situation calls for a report through the organisation's own
channel; its benign look-alike calls for carrying on as normal, so that reporting is taught as
a judgement, not a reflex."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quiz.families.base import (
    Context,
    Draft,
    balanced,
    cap,
    lc,
    opens_as_arranged_twin,
    pick_signs,
    situation,
)
from quiz.frames import HANDED_OVER_TAGS, CaseFrame, refused_and_spared
from quiz.models import Evidence

NAME = "right-action"


class RightAction:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        drafts: list[Draft] = []
        actions = ctx.scenarios.actions
        channel = ctx.reporting(frame, ctx.report_channel())
        # A sign whose "what should you do?" another family asks (come forward, report after
        # replying) is left to it: the same situation would be asked twice.
        # Nor a sign with a fair innocent reading alone: praise and casual questions about the
        # work are ordinary between people in a field (read 460: "report before going further"
        # debatable for an academic praised at a conference).
        # (A threat a way out is for, told to someone who handed nothing over, is a situation
        # to report: "a photograph of her brother with his children, ... that her help "would
        # make things easier for your brother"", said to a destruction certificates officer who
        # had sent nothing, corpus 153, read 485: her case gave no question at all.)
        nothing_handed = not frame.case.tag_ids & HANDED_OVER_TAGS or refused_and_spared(frame.case)
        signs = [
            s
            for s in frame.signs
            if (
                not s.sign.action
                or s.sign.action == NAME
                or (s.sign.action == "way-out" and nothing_handed)
            )
            and not s.sign.soft
            # (Nor paid work offered to someone who works for themselves, reads 465, 466.)
            and not (s.sign.soft_own_work and frame.works_for_themself)
            # (Nor what is the person's everyday work: a grant offered to a grants officer.)
            and not frame.ordinary_work(s.sign)
            # (Nor what the case shows cleared with the employer: an invitation registered and
            # approved, read 469.)
            and s.sign.tag not in frame.cleared
        ]
        # One situation an approach shows and one a colleague shows: two approaches of one
        # case would be the same stranger asked about twice.
        allowed = attrs.evolve(frame, signs=tuple(signs))
        plain = attrs.evolve(allowed, signs=tuple(s for s in allowed.signs if s.sign.plain))
        recognisable = attrs.evolve(
            allowed, signs=tuple(s for s in allowed.signs if not s.sign.plain)
        )
        # One situation about an approach (a sign said outright first: nothing else asks
        # about it) and one about a colleague: two would be the same "report it" twice.
        target = pick_signs(ctx, plain, NAME, 1, perspective="target", at_most=1)
        if not target:
            target = pick_signs(ctx, recognisable, NAME, 1, perspective="target", at_most=1)
        picked = [
            *target,
            *pick_signs(ctx, recognisable, NAME, 1, perspective="colleague", at_most=1),
        ]
        for found in picked:
            sign = found.sign
            passage = ctx.in_context(found.evidence)
            colleague = sign.perspective == "colleague"
            # (Not for a sign that is the stranger's approach itself: its harmless twin must
            # open arranged, so that carrying on is beyond dispute, and the stranger's opening
            # would tell the pair apart, read 329.) Also where the look-alike tells this sign's
            # harmless twin: a set keeps this one and leaves that out (``_without_duplicates``).
            benign_too = (
                frame.has_benign(sign)
                and not any(d.benign for d in drafts)
                and not sign.opening_bound
                # (Nor one whose harmless twin must open arranged beside a case with a way in
                # of its own, which its suspicious twin tells: the first sentence would tell
                # them apart, read 366; "On a freelancing platform ..." beside "Your manager
                # asks you to help a partner organisation", corpus 120.)
                and not (sign.benign_arranged and not sign.benign_met and frame.approach)
                # (Nor where the organisation's own rule tells staff to report it: a birthday
                # present keyed "carry on" beside "If anyone is approached with money, gifts or
                # threats ..., tell the Ethics Office", corpus 152, read 481.)
                and not _ruled(ctx, frame, sign.benign_ruled)
                # (Nor one whose harmless twin ends the contact: nothing is left to carry on
                # with, read 486.)
                and not sign.benign_ends
            )
            for benign in (False, True) if benign_too else (False,):
                rng = ctx.rng(NAME, frame.case.id, sign.tag, benign)
                # The pair opens alike, as the look-alike's twins do: arranged only where the
                # harmless one must be and the case tells no way in of its own (the test of
                # corpus 117: a cousin's "business partner" told as introduced by the manager).
                text, details = situation(
                    ctx,
                    frame,
                    sign,
                    benign=benign,
                    rng=rng,
                    act=True,
                    arranged=benign_too and opens_as_arranged_twin(frame, sign),
                )
                # (Met in private life, the private wording first: casual questions about the
                # work are ordinary between partners, read 463.)
                then_asks = (
                    sign.then_asks_private
                    if frame.personal and sign.then_asks_private
                    else sign.then_asks
                )
                if not benign and then_asks:
                    text = f"{text} {then_asks}"
                # "Carry on" is a wrong choice of a suspicious situation: its wording there is
                # drawn apart from the others, never chosen to balance lengths, or the short
                # form would be wrong and the long ones the key (read 102).
                # (Where the contact said outright who they are, turning them down and telling
                # no one instead: nobody would carry on as normal there, read 181.)
                outright = bool(sign.plain and not benign and actions.carry_on_plain)
                # (About a colleague, no "contact" to carry on with: read 276.)
                plain_on = (
                    actions.carry_on_colleague
                    if colleague and actions.carry_on_colleague
                    else actions.carry_on
                )
                carry_on = [rng.choice(actions.carry_on_plain if outright else plain_on)]
                if benign:
                    # The key of a harmless situation in whichever wording keeps its length
                    # and form from telling it among the wrong choices (read 175: a bare "Carry
                    # on as normal" beside three choices that all give a reason).
                    carry_on = list(plain_on)
                if not colleague and not outright and actions.carry_on_routine:
                    # About a contact, carrying on with the routine mention an organisation
                    # may ask for: the key of a harmless situation (beside a plain report, read
                    # 338 found "carry on" keyed bare debatable for cleared staff) and the wrong
                    # choice of a suspicious one, where a sign cannot wait for a routine report.
                    # The same choice in both, so that only the situation tells them apart.
                    carry_on = list(actions.carry_on_routine)
                keys = actions.report_colleague if colleague else actions.report
                if outright:
                    # (Where the contact said who they work for, nothing is left to suspect:
                    # read 528 found "now that you suspect the contact" keyed there.)
                    keys = tuple(k for k in keys if "suspect" not in k) or keys
                reports = [k.format(report=channel.action) for k in keys]
                # Every "what should you do?" offers the plain report and carrying on as normal
                # (one of them the key), a report that is wrong whatever the situation (only
                # later, or undone by what goes with it) and carrying on while telling more,
                # wrong anywhere too: neither the choices on offer nor how they open tell which
                # situation it is, only the situation does (reads 93, 103, 111, 113, 122, 124,
                # 125, 126). A sign with wrong choices of its own offers those instead.
                if colleague:
                    later = actions.report_later_colleague
                else:
                    later = actions.report_later_plain if sign.plain else actions.report_later
                if benign:
                    # (Nothing was asked in a harmless situation: no wait for the contact to
                    # "ask again", read 330.)
                    later = tuple(w for w in later if " again" not in w) or later
                flawed = actions.report_flawed_colleague if colleague else actions.report_flawed
                # Carrying on while telling more: one choice, a slot of its wordings (two would
                # be three "carry on" with the plain one).
                careless = list(actions.careless_colleague if colleague else actions.careless)
                if (
                    (benign or _YOU_TOLD.search(text) is None)
                    and not colleague
                    and actions.report_flawed_harmless
                ):
                    # Nothing was told or sent in a harmless situation, nor in one that tells
                    # nothing the trainee said or sent: no report leaving it out (read 179).
                    flawed = actions.report_flawed_harmless
                hedged = [cap(w.format(report=lc(channel.action))) for w in (*later, *flawed)]
                if benign:
                    # The story tells someone with ties abroad: a report for that alone is on
                    # offer, wrong for its reason (read 332).
                    # (A trip abroad, declared or for work, is no tie abroad: read 342 found
                    # "since the colleague has ties abroad" offered of holidays and a conference.)
                    tied = actions.foreign_words and any(
                        d.foreign
                        or re.search(
                            actions.foreign_words,
                            re.sub(actions.travel_abroad, " ", d.story.lower()),
                        )
                        for d in details
                    )
                    over = (
                        [
                            cap(w.format(report=lc(channel.action)))
                            for w in (
                                actions.overreactions_foreign_colleague
                                if colleague
                                else actions.overreactions_foreign
                            )
                        ]
                        if tied
                        else []
                    )
                    # A report made later, not one undone by telling the contact: with nothing
                    # wrong going on, "tell security and tell the contact you have done so" is
                    # a choice nobody would take (read 223). Only one a harmless situation shows
                    # wrong: not "only if the contact goes on to ask you for something
                    # specific", which is sound advice about an ordinary contact (read 332).
                    waits = [
                        cap(w.format(report=lc(channel.action)))
                        for w in (
                            [w for w in later if w in actions.rebuttals_harmless]
                            or [w for w in actions.report_later if w in actions.rebuttals_harmless]
                            or later
                        )
                    ]
                    # The report on offer is the key of a suspicious situation, in its very
                    # wordings: without one, "pick the report, else carry on" answered every
                    # such question unread (reads 335, 337, 338, 339), and wordings of its own
                    # told the suspicious keys (read 347). Each says the contact has shown a
                    # warning sign, which is wrong here, as its reason says: a bare report was
                    # defensible wherever staff may tell their security office of any contact
                    # (reads 368, 369, 482, 520, 523, 526). A story of ties abroad offers the
                    # report for that alone in place of the wait.
                    if frame.business or frame.self_employed:
                        # (Not "ask someone you trust what they make of it" of an ordinary
                        # contact where nobody works beside you: with no colleague or security
                        # office, talking it over with someone you trust is as defensible as
                        # carrying on, read 497, of a hair salon's owner.)
                        careless = careless[:1]
                    slots = [reports, over or waits, careless]
                    right, wrong = balanced(rng, carry_on, slots, ranks=ctx.ranks("reporting"))
                    explanation = (
                        f"Carrying on is right here: {lc(sign.benign_reason)}. "
                        # (The reports on offer with their reasons where nothing is wrong:
                        # those of a situation that shows a sign are not these, read 174; read
                        # 227 found "once you know more" left unanswered.)
                        + (
                            # (Said to someone who studies as to a student, as the choices are:
                            # not "contacts your organisation asks for", "A colleague cannot
                            # check a contact", read 388.)
                            f"{frame.told(rebutted)} "
                            if (
                                rebutted := actions.rebut(
                                    wrong,
                                    channel.action,
                                    harmless=True,
                                )
                            )
                            else ""
                        )
                        + "Reporting is for situations that show a warning sign, as in the case "
                        f"this situation is modelled on: {ctx.cite(frame.case, passage)}"
                    )
                    sources: tuple[Evidence, ...] = (passage,)
                else:
                    # A sign's own wrong choices, most tempting first.
                    own = _fitting(sign.wrong_actions[:3], frame)
                    if sign.plain:
                        # The contact has said it outright: asking them is no choice at all.
                        own = [
                            w for w in own if not any(said in w.lower() for said in _SAID_OUTRIGHT)
                        ]
                    right, wrong = balanced(
                        rng,
                        reports,
                        # The key of its harmless twin is a wrong choice here, as the plain
                        # report is there; and a report that undoes itself, as there, unless
                        # the sign has wrong choices of its own, which fit it better (a flight
                        # cannot wait a week, nor for a chance to explain).
                        # (The first of a sign's own, the most tempting, always.)
                        [carry_on, own[:1]] if sign.wrong_actions else [carry_on, hedged, careless],
                        own[1:],
                        ranks=ctx.ranks("reporting"),
                    )
                    # Why the wrong choices on offer are wrong, each in its own words where
                    # the material has them ("telling the contact warns them", read 169).
                    rebutted = actions.rebut(wrong, channel.action)
                    flagged = lc(frame.fill(sign.flag))
                    if then_asks:
                        # The turn to questions about work is what makes it reportable now.
                        flagged = f"{flagged}, {sign.then_asks_flag}"
                    explanation = (
                        f"The warning sign here is {flagged}, and the way to "
                        f"deal with it is to report it: {lc(channel.action)}. "
                        + (
                            frame.told(rebutted)
                            or "Handling it alone, probing or waiting helps only the other side."
                        )
                        + f" The situation is modelled on {ctx.real_case(frame.case)}: "
                        f"{ctx.cite(frame.case, passage)}"
                    )
                    sources = (passage, *ctx.channel_sources(channel, frame.case, sign.tags))
                rng.shuffle(wrong)
                drafts.append(
                    Draft(
                        "reporting",
                        "scenario",
                        found.tags if benign else (channel.id, "report-early", *found.tags),
                        f"{text} What should you do?",
                        # (Said to someone who studies as to a student: not "ask a colleague",
                        # "contacts your organisation asks for", read 382.)
                        tuple(frame.told(o) for o in (right, *wrong[:3])),
                        (0,),
                        explanation,
                        sources,
                        frame.case.id,
                        benign=benign,
                        family=NAME,
                        # "Report it" about a stranger, or about a colleague, is one lesson
                        # however the situation reads: one of each per set.
                        subject=f"{'carry-on' if benign else 'report'}-{sign.perspective}",
                    )
                )
        return drafts

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []


_RULE = re.compile(
    r"\b(?:tell|report|declare|notify|inform|register)\b[^.;]{0,160}?\b(?:if|any|anyone|every|"
    r"whenever|all)\b|\b(?:if|any|anyone|every|whenever|all)\b[^.;]{0,260}?\b(?:tell|report|"
    r"declare|notify|inform|register)\b|\bmust\s+be\s+(?:declared|reported|registered|notified)\b|"
    # (Or "are to be refused and reported": "any gift from a contact are to be refused and reported
    # to the branch manager or the security officer the same day", corpus 155, read 490.)
    r"\b(?:any|every|all)\b[^.;]{0,260}?\b(?:are|is)\s+to\s+be\s+(?:[\w-]+\s+and\s+)?"
    r"(?:reported|declared|registered|notified)\b"
)
"""A sentence that tells staff what to report: "If anyone is approached ..., tell the Ethics
Office", "Gifts must be declared"; the list of what may run long before the verb ("Anyone offered
money, gifts or help by a stranger, asked for schedules, manifests or information about naval or
PMPF vessels, or asked to keep a contact secret or use special apps, must tell their supervisor",
corpus 154, read 487: a box of sweets keyed "carry on")."""


def _ruled(ctx: Context, frame: CaseFrame, pattern: str) -> bool:
    """Whether a rule of the case's documents (a sentence telling staff to report) names what
    ``pattern`` matches."""
    if not pattern:
        return False
    return any(
        ctx.says(pattern, told) and _RULE.search(told)
        for told in (e.quote.lower() for e in ctx.sentences(frame.case.sources))
    )


def _fitting(choices: Sequence[str], frame: CaseFrame) -> list[str]:
    """The wrong choices that do not send the person to the kind of place they work at ("a
    friend in the police" for a police analyst): outside help that is no outside help there."""
    own = [word for word in _OUTSIDE_HELP if word in frame.workplace.place]
    return [c for c in choices if not any(word in c.lower().split() for word in own)]


_OUTSIDE_HELP = ("police",)

_YOU_TOLD = re.compile(
    # (What the trainee did, told as the story goes on: "and you tell them your job title"; not
    # what an offer would pay for, "a fixed sum for every short note you send them", read 330.)
    r"(?:^|[.,;:]\s+|\band\s+|\bthen\s+)[Yy]ou\s+(?:have\s+)?(?:already\s+)?(?:sent|send|told|"
    r"tell|describe|described|say|said|shared|gave|give|answered|replied|mention|mentioned|"
    r"explain|explained)\b"
)
"""The situation tells something the trainee said or sent to the contact: a report that
leaves it out is a wrong choice that makes sense there."""

_SAID_OUTRIGHT = ("intelligence", "who they really are")
"""Wrong choices that make no sense once the contact has said who they work for."""
"""Places a wrong choice may send someone to, which are their own workplace for some jobs."""
