"""Is anything suspicious at all? A situation from the case's frame and its benign look-alike,
written from the same frame: the twin with the case's warning sign and a stranger's approach,
the look-alike with an arranged contact and the sign's ordinary counterpart. Every choice in
both has the same form (one "No: ..." and three "Yes: ..."), so only the facts tell them apart.
"""

from __future__ import annotations

import attrs

from quiz.families.base import (
    Context,
    Draft,
    cap,
    lc,
    offered,
    opened_by_stranger,
    opens_as_arranged_twin,
    pick_signs,
    situation,
    stereotype_answered,
    unexpected_answered,
)
from quiz.frames import CaseFrame

NAME = "look-alike"


class LookAlike:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        drafts: list[Draft] = []
        # A sign said outright (plain) is nothing to recognise, and one with a fair innocent
        # reading alone (soft: praise, reads 457 to 459) no sign to key: they take no place here.
        recognisable = attrs.evolve(
            frame,
            signs=tuple(s for s in frame.signs if not (s.sign.plain or frame.fair_alone(s.sign))),
        )
        picked = pick_signs(ctx, recognisable, NAME, 2, needs_benign=True)
        # The signs this family asks about, whose harmless situations it tells, and the near
        # misses told so far: never a near miss in another situation of the case (read 222:
        # the approved copy beside the car bought after a promotion, and the car beside the
        # copy, two questions of one set telling one situation).
        told: set[str] = {found.sign.tag for found in picked}
        for n, found in enumerate(picked):
            sign = found.sign
            passage = ctx.in_context(found.evidence)
            # Telling an approach from an ordinary contact is recognising a recruitment pattern;
            # what a colleague does is a warning sign.
            topic = "recruitment" if sign.perspective == "target" else "warning-signs"
            # A case too thin to share its signs out: the red flag question already asks
            # whether this situation is suspicious; the look-alike is what is new.
            asked = (frame.case.id, "red-flag", sign.tag) in ctx.asked
            # Where the case set asks "which of these details is a warning sign?" at all, a
            # harmless situation asks in that form too, so that "None of these" is the key of
            # one such question, not offered only where it is wrong (read 103); and one asks
            # "is there a warning sign here?", so that its answer is not always "yes" (read
            # 105). The first sign as a pair, asked yes or no; a second as a suspicious
            # situation, and where the set has a red flag question, its harmless twin asked
            # in that question's form.
            red_flags = ctx.has_asked(frame.case.id, "red-flag")
            same_form = asked or (n > 0 and red_flags)
            if asked:
                twins: tuple[bool, ...] = (True,)
            elif n and red_flags:
                twins = (False, True)
            else:
                twins = (False,) if n else (False, True)
            for benign in twins:
                rng = ctx.rng(NAME, frame.case.id, sign.tag, benign)
                # One detail another sign's harmless counterpart, in both twins: the
                # suspicious one's sign is then not the only choice about work, money or what
                # is asked, and the harmless one has a tempting detail too (read 212: two
                # wrong "Yes" nobody would pick). Where there are several to vary (a
                # colleague's) or the case tells its own (its first request for what is
                # public); the stock brochure stays the red flag's, and private life's (a
                # job hunt confided) are no more tempting than the filler (read 213). (More would
                # unbalance the keys' lengths over a body of material: corpus 41's key was the
                # longest in 19 of 51 questions.)
                near = sign.perspective == "colleague" or bool(frame.public)
                # Asked as its red flag twin is, "which of these details ...?", it tells as many
                # details as the twin and offers as many: the red flag tells four and offers
                # three, so a harmless one telling three and offering all gave itself away by
                # the count (read 256).
                text, details = situation(
                    ctx,
                    frame,
                    sign,
                    benign=benign,
                    rng=rng,
                    near=near,
                    already=told,
                    details=3 if benign and same_form else 2,
                    # The suspicious twin of a harmless one that opens arranged opens so too
                    # where its story fits one: the pair then differs only in what the contact
                    # does (reads 330, 332: "your manager introduces you" was the harmless
                    # one's alone in its set).
                    arranged=True in twins and opens_as_arranged_twin(frame, sign),
                    # The suspicious one tells the harmless one's counterpart too, where it can
                    # stand beside the sign: the pair then differs by the sign alone, and a
                    # reassurance ("your employer approves") is no longer the harmless one's
                    # tell (reads 344 to 350).
                    twin=True,
                )
                if len(details) < 2:
                    continue
                if benign:
                    told.update(d.of for d in details if d.of)
                actions = ctx.scenarios.actions
                general = (
                    actions.nothing_here_colleague
                    if sign.perspective == "colleague"
                    else actions.nothing_here
                )
                # Half the harmless situations answer "no" in general words, and a third of
                # the suspicious ones offer it as the wrong "no": neither form tells. A pair
                # asked side by side says its "no" in one form in both twins, the general
                # words in both or a reason in both (read 220: "No: the going rate for
                # ordinary work" keyed beside its twin's general "No" told it).
                paired = len(twins) == 2 and not same_form
                draw = ctx.rng(NAME, frame.case.id, sign.tag, "no") if paired else rng
                plain_no = draw.random() < (0.5 if benign or paired else 0.35)
                no = general if plain_no else f"No: {lc(sign.benign_no or sign.benign_reason)}"
                decoys = [f"Yes: {lc(d.choice)}" for d in details]
                question = "Is there a warning sign here?"
                if benign and same_form:
                    # Its suspicious twin is a red flag question: the harmless version asks in
                    # the same form, "which of these details is a warning sign?", and none is.
                    none = ctx.scenarios.actions.none_of_these
                    question = "Which of these details is a warning sign?"
                    options = (
                        none,
                        cap(frame.fill(sign.benign_misread)),
                        *(cap(d.choice) for d in offered(details, 2)),
                    )
                    lead = (
                        f"{none}: {lc(sign.benign_reason)}."
                        f"{unexpected_answered(ctx, text, frame)}"
                        f"{stereotype_answered(ctx, options[1:])} Compare the "
                        f"{ctx.real_case(frame.case).removeprefix('a ')} this situation is "
                        "modelled on, where it was not ordinary: "
                        f"{ctx.cite(frame.case, passage)}"
                    )
                elif benign:
                    options = (no, *decoys, f"Yes: {lc(frame.fill(sign.benign_misread))}")
                    lead = (
                        f"Nothing here is a warning sign: {lc(sign.benign_reason)}."
                        f"{unexpected_answered(ctx, text, frame)}"
                        f"{stereotype_answered(ctx, options[1:])} Compare the "
                        f"{ctx.real_case(frame.case).removeprefix('a ')} this situation is "
                        f"modelled on, where it was not ordinary: {ctx.cite(frame.case, passage)}"
                    )
                else:
                    # The wrong "No" is how people wave this sign away, never a reason that
                    # contradicts the situation just told.
                    wrong_no = general if plain_no else f"No: {sign.excuse}"
                    # The detail in words as plain as the others' (see ``Sign.label``).
                    options = (f"Yes: {lc(frame.fill(sign.choice))}", *decoys, wrong_no)
                    # The tempting "No" answered, and the details said to be ordinary (read
                    # 170: "the explanation leaves the 'No: ...' trap unanswered").
                    waved = (
                        "The other details on offer are ordinary; this one is not."
                        if plain_no
                        else f"That {sign.excuse} does not explain it away, and the other details "
                        "on offer are ordinary."
                    )
                    lead = (
                        f"The warning sign is {lc(frame.fill(sign.flag))}. {sign.why} {waved}"
                        f"{stereotype_answered(ctx, options[1:])} "
                        f"{ctx.cite(frame.case, passage)}"
                    )
                target = (
                    sign.perspective == "target" and not benign and opened_by_stranger(text, frame)
                )
                opening = ctx.usable_pairs(frame.opening_tags()) if target else []
                ctx.count_rank(options, 0, "all")
                drafts.append(
                    Draft(
                        topic,
                        "scenario",
                        (*found.tags, *(tag for tag, _ in opening if tag not in found.tags)),
                        f"{text} {question}",
                        options,
                        (0,),
                        lead,
                        tuple(
                            dict.fromkeys(
                                (ctx.in_context(found.evidence), *(e for _, e in opening))
                            )
                        ),
                        frame.case.id,
                        benign=benign,
                        family=NAME,
                        subject=f"{sign.tag}{'-benign' if benign else ''}",
                    )
                )
        return drafts

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []
