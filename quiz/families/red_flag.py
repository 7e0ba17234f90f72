"""Red flag: a situation built from the case's own facts, with one warning sign among ordinary
details; the trainee picks the detail that is a warning sign (recognition)."""

from __future__ import annotations

import attrs

from quiz.families.base import (
    Context,
    Draft,
    after_twin,
    around,
    balanced,
    case_details,
    contact_opening,
    lc,
    near_miss,
    offered,
    opened_by_stranger,
    opens_as_arranged_twin,
    own_twin,
    pick_signs,
    stereotype_answered,
    story,
)
from quiz.frames import CaseFrame
from quiz.taxonomy import TAGS

NAME = "red-flag"


class RedFlag:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        drafts = []
        # One of each: the case's other signs are left to the look-alikes, so that "is there a
        # warning sign here?" is as often yes as no.
        # A threat made once something has been sent is past recognising: what to do is the
        # question (way out), and "which of these details is a warning sign?" is moot (read 449).
        # Nor is a sign with a fair innocent reading alone the detail to key (praise of one's
        # expertise, nothing asked or given: reads 457 to 459 called "it is pleasant to have
        # one's work appreciated" a fair answer).
        frame = attrs.evolve(
            frame,
            signs=tuple(
                s
                for s in frame.signs
                if "threats-leverage" not in s.sign.tags
                # (Nor a present from someone met on a dating app, read 463; nor paid work
                # offered to someone who works for themselves, reads 465 and 466.)
                and not frame.fair_alone(s.sign)
            ),
        )
        for perspective, count in (("target", 1), ("colleague", 1)):
            chosen = pick_signs(ctx, frame, NAME, count, perspective=perspective)
            for found in chosen:
                if not found.sign.plain:
                    drafts.append(self.draft(ctx, frame, found.sign.tag))
        if not any(s.sign.perspective == "colleague" for s in frame.signs):
            # A case told only from the approached person's side (someone who reported at once
            # has no colleague's signs): a second sign of the approach, one with no harmless
            # counterpart, which no look-alike can ask about and would otherwise go untaught
            # (corpus 125, read 397: a lifeguard's offer of a third of a month's pay asked
            # nowhere, his case three questions).
            recognisable = attrs.evolve(
                frame, signs=tuple(s for s in frame.signs if not s.sign.plain)
            )
            # (Not counted as used for the other cases: a second question for a thin case
            # does not change which signs the next cases are asked about.)
            for found in pick_signs(
                ctx,
                recognisable,
                NAME,
                1,
                perspective="target",
                without_benign=True,
                count_as_used=False,
            ):
                drafts.append(self.draft(ctx, frame, found.sign.tag))
        return [d for d in drafts if d is not None]

    def draft(self, ctx: Context, frame: CaseFrame, sign_tag: str) -> Draft | None:
        found = next(s for s in frame.signs if s.sign.tag == sign_tag)
        sign = found.sign
        rng = ctx.rng(NAME, frame.case.id, sign.tag)
        colleague = sign.perspective == "colleague"
        # Where the sign's harmless counterpart opens arranged (a partner's visitor the manager
        # introduces), this opens so too where its story fits one: the harmless look-alike
        # is then not the one situation of its set with that opening (reads 330, 332).
        contact, private = contact_opening(
            frame,
            sign,
            False,
            rng,
            arranged=frame.has_benign(sign) and opens_as_arranged_twin(frame, sign),
        )
        # Three details are told, two of them offered beside the flag: one about the job where
        # there is one (see `offered`), the other chosen among more candidates so that the
        # flag's length does not tell it.
        candidates = case_details(
            ctx, frame, sign, rng, 5, benign=False, private=private, contact=contact
        )
        if len(candidates) < 3:
            return None
        # The sign's own harmless counterpart first where it can stand beside it (files copied
        # for a handover beside files copied in batches): the sign is then told from its twin
        # by the facts, not picked as the only detail that sounds like a breach (reads 344 to
        # 350). Else another sign's, offered as the tempting detail about work.
        near = own_twin(frame, sign, contact, private) or near_miss(
            frame, sign, rng, ctx.offered, private=private
        )
        if near is not None:
            # Never beside a detail that cannot be true with it (saving on the bus fare beside
            # a new car: read 119).
            fitting = [d for d in candidates if near.of not in d.not_with]
            candidates = [near, *fitting[:4]]
        if len(candidates) < 3:
            return None
        none = ctx.scenarios.actions.none_of_these
        job = [d.choice for d in offered(candidates, 1) if d.job]
        # The last wrong choice among the tempting details, small talk only where none is left:
        # beside "None of these", a filler leaves a two-way pick (read 216: "Taking the bus"
        # offered while "a brother who lives abroad" stood unused in the story).
        rest = [d for d in candidates if d.choice not in job]
        slots = [[none], *([j] for j in job)]
        need = 3 - len(slots)
        tempting = [d.choice for d in rest if not d.filler]
        tempting += [d.choice for d in rest if d.filler][: max(need - len(tempting), 0)]
        if len(tempting) < need:
            return None
        flag, wrong = balanced(
            rng,
            [frame.fill(sign.choice)],
            slots,
            tempting,
            ranks=ctx.ranks("all"),
        )
        chosen = [d for d in candidates if d.choice in wrong]
        details = [*chosen, *(d for d in candidates if d not in chosen)][:3]
        body = around(after_twin(sign, frame.story(sign), details), details, rng, last=sign.last)
        if colleague:
            lead = [frame.colleague_setting]
        else:
            channel = frame.material.channels[frame.channel]
            lead = [frame.fill(channel.setting), frame.fill(contact)]
        prompt = story([*lead, *body]) + " Which of these details is a warning sign?"
        # "None of these" is offered too: the harmless version of a situation asks in this very
        # form, and its key is that choice.
        options = (flag, *wrong[1:], none)
        ordinary = (
            # (The choice quoted, whatever its number: "General questions about your field is
            # ordinary here" read wrong, read 355.)
            f"The detail “{near.choice}” is ordinary here: {lc(near.reason)}. So are the other "
            "details on offer."
            if near is not None and near.choice in wrong
            else "The other details on offer are ordinary."
        )
        explanation = (
            # (Said with the sign as the complement: "Favours, presents and praise ... is the
            # warning sign" read wrong, read 152.)
            f"The warning sign is {lc(frame.fill(sign.flag))}. {sign.why} {ordinary}"
            f"{stereotype_answered(ctx, options[1:])} "
            f"{ctx.cite(frame.case, ctx.in_context(found.evidence))}"
        )
        # The stranger's approach in the story shows the case's own patterns too.
        stranger = not colleague and opened_by_stranger(prompt, frame)
        opening = ctx.usable_pairs(frame.opening_tags()) if stranger else []
        return Draft(
            # Picking out the detail is recognising what the taxonomy files it under: a fee out
            # of proportion is a warning sign, in an approach made to you as in a colleague;
            # cultivation a recruitment pattern (read 133: filed by who notices it, the
            # warning-signs set held one question). Telling an approach from an ordinary
            # contact (the look-alike) stays recognising a recruitment pattern. What a colleague
            # does is a warning sign whatever the taxonomy files it under (read 146: an insider
            # copying files, filed as the recruiters' use of insiders, asked in the recruitment
            # set).
            "warning-signs" if colleague else TAGS[sign.tag].topic,
            "scenario",
            # The sign's own tag too, where the case shows it through another ("one favour
            # after another" of a case tagged with cultivation): the question is filed by it.
            tuple(
                dict.fromkeys(
                    (
                        *found.tags,
                        *(() if colleague else (sign.tag,)),
                        *(tag for tag, _ in opening),
                    )
                )
            ),
            prompt,
            options,
            (0,),
            explanation,
            tuple(dict.fromkeys((ctx.in_context(found.evidence), *(e for _, e in opening)))),
            frame.case.id,
            family=NAME,
            subject=sign.tag,
        )

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []
