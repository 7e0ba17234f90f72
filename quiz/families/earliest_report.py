"""The earliest point to report: looking back at a case, when should the approach first have
been reported? The key is the case's first step; the wrong choices are the misconceptions
trainees hold (money makes it serious, secrets make it serious, public material is harmless),
preferring those that name a later step of this very case. Never "after the arrest"."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from quiz.families.base import Context, Draft, lc
from quiz.frames import UNNAMED_ROLE, CaseFrame, done_by_them, reported_without_consequence
from quiz.models import Case, Evidence
from quiz.scenario_material import Misconception
from quiz.taxonomy import past_titles

NAME = "earliest-report"

_GRANT = re.compile(r"\b(?:grants?|scholarships?|fellowships?|bursar(?:y|ies))\b")
_MONEY_HANDED = re.compile(
    # (Or bought from the person for a sum: "Herr Reinhold bought it on the spot for CZK 45,000",
    # a model he had built for about six thousand, corpus 169, read 519: the request the report
    # named keyed as the first moment.)
    r"\b(?:tipped|envelope\s+with|paid\s+(?:him|her|them)|bought\s+(?:it|them|one|his|her|their))\b"
    r"[^.;]{0,60}?(?:[$€£₱]\s?\d|\b\d[\d,.]*\s+"
    r"(?:euros?|dollars?|pounds?|pesos?|rupees?|won)\b|\b(?:usd|eur|krw|rs|php|mxn|czk|pln|huf|sek|"
    r"nok|dkk|chf|jpy|cny|inr|ngn|kes|tzs|zar|aud|cad|nzd|sgd|myr|idr|thb|brl|ars|uah|aed|sar|omr|"
    r"pgk|ttd)\.?\s?\d)"
)
"""Money handed over for something, a sum said: a tip, an envelope, a payment, a purchase."""
_OFFER = re.compile(
    # (Or money promised: "promised him an honorarium of EUR 2,000", corpus 137.)
    r"\b(?:offer\w*|reward\w*|propos\w*|fees?|temptation|promis\w*|honorari(?:um|a))\b"
    # (Or pay by the piece: "photo reports for an industrial analytics company, 5,000 tenge per
    # photo", before "the first request to photograph inside the workshop", corpus 156, read
    # 491: the street photos were the earlier point.)
    r"|\d[\d,.]*\s*\w*\s+(?:per|a|each)\s+(?:photo\w*|pictures?|reports?|items?|pages?|tasks?|"
    r"flights?|datasets?|batch(?:es)?)\b"
)


class EarliestReport:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        case = frame.case
        named = self._named_by_report(ctx, frame)
        if named:
            # The report names the first request as the moment, in this case's own story
            # (and so that it was not reported then, whatever else it tells).
            return named
        if any(
            re.search(_NAMED_LATER, e.quote.lower())
            for hit in case.tags
            for e in ctx.usable(hit.evidence)
        ):
            # The report names a moment that was not the first step ("Had Tebwe told ... when
            # he was first asked to photograph warships", after paid photos of container
            # terminals; read 317): keying the first step would contradict it, keying the
            # report's moment would not be the earliest. Nothing is asked.
            return []
        if reported_without_consequence(case):
            # Someone who reported and was never charged: "when should the first report have
            # been made?" would contradict the report itself.
            return []
        if "placement" in case.tag_ids:
            # Steered into the post after the first contact (read 180: an unemployed man who
            # answered an advert, then was coached into a job): at the first step there was
            # no organisation of theirs to report to.
            return []
        # The case's first step: of the material's opening steps, the one whose grounding
        # passage comes first in the case's document; its passage grounds the key, which names
        # that step.
        money = ctx.scenarios.signs["disproportionate-reward"]
        # A stranger's offer of money shown elsewhere in the case says what the first message
        # wanted, when the first-contact passage itself does not.
        money_offered = "unsolicited-offer" in case.tag_ids and any(
            money.grounded_by(e.quote)
            for tag_id in ("disproportionate-reward", "paid-tasks")
            if (hit := case.tag(tag_id)) is not None
            for e in ctx.usable(hit.evidence)
        )
        candidates = [
            (ctx.in_context(passage), step)
            for step in ctx.scenarios.first_steps
            if (hit := case.tag(step.tag)) is not None
            for passage in ctx.usable(hit.evidence)[:3]
            if step.grounded_by(ctx.in_context(passage).quote)
            or (
                money_offered
                and step.paid
                and re.search(step.grounds, ctx.in_context(passage).quote.lower()) is not None
            )
        ]
        found = (
            min(
                candidates,
                key=lambda pair: (
                    pair[0].doc,
                    pair[0].start,
                    # In one passage, the step it tells first ("dinners, a birthday gift and
                    # then an invitation to a conference"): the story's own order.
                    _told_at(pair[1].grounds, pair[0].quote),
                    ctx.scenarios.first_steps.index(pair[1]),
                ),
            )[::-1]
            if candidates
            else None
        )
        if found is not None and _ANSWERED.search(found[1].quote.lower()):
            # A first contact the person made, answering an advert or applying for a job: no
            # unexpected message to report, and a later step is not the first (read 180 keyed
            # "an unexpected message ... out of the blue" for a man who answered an
            # advertisement himself).
            return []
        if found is not None and found[0].unclear:
            # A first step readers disagree is reportable on its own (reads 304, 314): ask
            # nothing rather than key a debatable point.
            return []
        openings = {step.tag for step in ctx.scenarios.first_steps}
        later = case.tag_ids - openings
        if found is None or not later & _LATER_STEPS:
            return []
        if found[0].tag in _SLOW_STEPS and ctx.matching(_LATER_MOMENT_NAMED, case.sources):
            # The source names the day of a request as the moment ("if I had come the day
            # Peter asked for the telephone book", an oral history, corpus 174, read 529; "The
            # first day Brother Elijah asked about the ambassador's cars, go to your company's
            # security manager", "why he didn't go to his security officer when the Dane first
            # asked for telexes", read 531), after a slow first step (a suitor's presents, a
            # preacher's school fees, a stranger's loan): keying the generosity contradicts it,
            # keying the request would not be the earliest step. Nothing is asked. (Nor where it
            # calls that start harmless, or names a later turning point: "the first meetings
            # were friendly and harmless", a trainer's note, corpus 177, read 536.)
            return []
        if (
            found[0].tag == "invitation-travel"
            or re.search(r"\binvit\w*|\btrip\b|\bflights?\b", found[1].quote.lower())
        ) and ctx.matching(_TRIP_APPROVED, case.sources):
            # A first contact that was an invitation the employer approved ("My supervisor
            # signed off on it. I thought it was a feather in the lab's cap", a defendant's
            # testimony, corpus 178, read 537):
            # the trip was not the point to report; the first offer on it was, which a key
            # naming the invitation would pass over. Nothing is asked.
            return []
        # An earlier step the report tells only in a passage too garbled to quote (help with
        # "the difficulties in his work and life"): keying the later one would be debatable
        # (read 119), so nothing is asked.
        garbled_earlier = [
            e
            for step in ctx.scenarios.first_steps
            if (hit := case.tag(step.tag)) is not None
            for e in hit.evidence
            if not ctx.usable([e])
            and step.grounded_by(e.quote)
            and e.doc == found[1].doc
            and e.start < found[1].start
        ]
        if garbled_earlier:
            return []
        # An approach that began with pressure (blackmail after a set-up) has no first step
        # that could have been reported before it: ask nothing rather than key the wrong one.
        # (Also pressure told in the very passage of the step: "put photos on the table and said
        # his wife would see them unless he helped. And he offered money too", read 277.)
        pressure = [
            e
            for tag_id in _PRESSURE
            if (hit := case.tag(tag_id)) is not None
            for e in hit.evidence
            if e.doc == found[1].doc and e.start <= found[1].start
        ]
        if pressure:
            return []
        # A later step the story tells before a slow first step (a payment in 2022, the gifts
        # in 2023) makes the order unclear: ask nothing rather than key the wrong moment. The
        # opening paragraphs, which sum the case up, do not count.
        document = ctx.material.document(found[1].doc)
        summary_end = next(
            (x.start for x in document.sentences if x.paragraph >= _SUMMARY_PARAGRAPHS), 0
        )
        told_before = [
            e
            for tag_id in _LATER_STEPS
            if (hit := case.tag(tag_id)) is not None
            for e in hit.evidence
            if e.doc == found[1].doc and summary_end <= e.start < found[1].start
        ]
        if told_before and found[0].tag not in _STRANGER:
            # (A stranger's first contact is the first step by nature; a slow step, such as
            # kindness, may come after the money.)
            return []
        if found[0].tag in _STRANGER:
            # A stranger's first contact that only made friends, then gifts or help with debts
            # (or came after them) before anything was asked or paid for ("a player ... began
            # chatting with him ... sent him in-game equipment ... small transfers of
            # cryptocurrency", then requests): the first reportable moment is arguable, so
            # nothing is asked (reads 195, 196, 198).
            asked = [
                e.start
                for tag_id in ("request-beyond-public", "paid-tasks", "escalation")
                if (hit := case.tag(tag_id)) is not None
                for e in hit.evidence
                if e.doc == found[1].doc and e.start > found[1].start
            ]
            kindness = [
                e
                for tag_id in _KINDNESS
                if (hit := case.tag(tag_id)) is not None
                for e in hit.evidence
                # (Before the first contact too: "an anonymous donor contributed 5,000 euros. The
                # donor then contacted him by e-mail", corpus 68.)
                if e.doc == found[1].doc
                and summary_end <= e.start < min(asked, default=len(document.text))
                # (Not the keyed passage itself: an offer of "extra income to help with the
                # cost of his daughter's treatment" is the money offered, unasked.)
                and not found[1].start <= e.start < found[1].end
            ]
            if kindness or _EASED.search(found[1].quote.lower()):
                # (Nor where the first message itself offered to ease a debt: "offering to
                # 'help with a loan'" is no offer of paid work, read 193.)
                return []
        step, evidence = found
        if step.called_normal and _says(ctx, case.sources, step.called_normal):
            # The report itself calls such a step ordinary ("invitations ... are part of
            # normal scientific life"): "report it then" would be debatable, so nothing is asked.
            return []
        if _says(ctx, case.sources, _NAMED_LATER):
            # The report names a later moment, a request, as when this person should have
            # reported ("Had he gone to his security officer when the first request for
            # unpublished data arrived"): keying the earlier step would contradict it (read 106).
            return []
        first_tag = step.tag
        # Money offered by a stranger out of the blue is what the key names, with the passage
        # that shows the money.
        offered = (
            [
                e
                for tag_id in ("disproportionate-reward", "paid-tasks", "unsolicited-offer")
                if (hit := case.tag(tag_id)) is not None
                for e in ctx.usable(hit.evidence)
                if money.grounded_by(e.quote)
                # The offer itself, where it names money ("offered the technician 'extra
                # income'"), before any payment.
                and (tag_id != "unsolicited-offer" or _MONEY_OFFERED.search(e.quote.lower()))
                # Not an offer to pay the family's fees ("offered to sponsor the secondary
                # school fees of his two children"): a favour, no paid work (read 183).
                and not _FAMILY_FEES_OFFERED.search(e.quote.lower())
                # Made with the first contact, not months later: "offered £1,000 'per verse'"
                # beside the request for movement dates, after a first message that offered
                # studio time, is no paid work offered out of the blue (read 239).
                and _told_with(ctx, evidence, e)
            ]
            if "unsolicited-offer" in case.tag_ids and step.paid
            else []
        )
        # A passage about the offer (a reward, a fee) before one about money received.
        offered.sort(key=lambda e: (_OFFER.search(e.quote.lower()) is None, e.doc, e.start))
        if offered and _GRANT.search(ctx.in_context(offered[0]).quote.lower()):
            # A grant offered is no "paid work" (read 112): the key names the offer alone.
            offered = []
        if frame.familiar and step.familiar:
            key = step.familiar_paid if offered else step.familiar
        elif frame.personal and step.personal:
            key = step.personal_paid if offered else step.personal
        else:
            key = step.paid if offered else step.key
        if (
            not offered
            and step.offer
            and step.asks
            and re.search(step.asks, evidence.quote.lower()) is None
        ):
            # The first message offered something (a discount, a prize) and asked for nothing:
            # the key says what it did.
            key = step.personal_offer if frame.personal and step.personal_offer else step.offer
        sources = tuple(dict.fromkeys((evidence, *(ctx.in_context(e) for e in offered[:1]))))
        handed = _handed_over(ctx, case)
        misconceptions = [
            m
            for m in ctx.scenarios.misconceptions
            if first_tag not in m.unless
            and not set(m.not_in_case) & case.tag_ids
            and (handed or not m.handed_over)
        ]
        # The misconceptions offered least so far first: "as soon as the first payment had
        # arrived" in every such question would leave the case's own step the only new choice.
        # (Never a later step told in the keyed passage itself: "invited her to a panel in
        # Istanbul with flights, hotel and an honorarium, and asked her to bring your favourite
        # maps from work" made the invitation and the request for internal maps one moment, so
        # "when internal documents were asked for" was as right as the key, read 282.)
        at_once = {
            tag_id
            for tag_id in later
            if (hit := case.tag(tag_id)) is not None
            and any(e.doc == evidence.doc and e.start == evidence.start for e in hit.evidence)
        }
        own = sorted(
            (m for m in misconceptions if set(m.tags) & later and not set(m.tags) & at_once),
            key=lambda m: ctx.offered[m.text],
        )
        general = sorted(
            (m for m in misconceptions if not m.tags), key=lambda m: ctx.offered[m.text]
        )
        wrong = _one_per_group((*own, *general), together=ctx.offered_together)
        if len(wrong) < 3:
            return []
        ctx.offered.update(wrong)
        # One wrong choice in the key's own form ("As soon as ..."), so that the form never
        # tells the key.
        # Only one that could be true of this case: not "as soon as the threats began" for
        # a case with no threats (read 111).
        if not any(w.startswith("As soon as") for w in wrong):
            # (Never another wording of one kept: read 130 found "once money had actually
            # changed hands" beside "as soon as the first payment had arrived".)
            group_of = {m.text: m.group for m in misconceptions}
            kept = {group_of[w] for w in wrong[:-1] if group_of.get(w)}
            same_form = next(
                (
                    m.text
                    for m in (*own, *general)
                    if m.text.startswith("As soon as")
                    and m.text not in wrong
                    and not (m.group and m.group in kept)
                ),
                None,
            )
            if same_form is not None:
                wrong[-1] = same_form
        ctx.offered_together.update(
            frozenset((a, b)) for n, a in enumerate(wrong) for b in wrong[n + 1 :]
        )
        report = ctx.reporting(frame, ctx.report_channel())
        # What the wrong choices on offer wait for, each answered (read 227: only the case's
        # own later steps were, never "something marked secret" or "something handed over";
        # nor threats for a case that had none, read 152, which are not offered there).
        waiting = _answered(misconceptions, wrong)
        explanation = (
            f"That point was already reportable: {lc(key)}, when breaking off still cost "
            f"little. {waiting} Reporting then, to "
            f"{report.name}, lets the people whose job it is act before anything is lost. "
            f"{ctx.cite(case, evidence, *sources[1:])}"
        )
        return [
            Draft(
                "reporting",
                "single",
                ("report-early", first_tag),
                ctx.scenarios.recruiter.earliest_prompt.format(name=case.display_name)
                if frame.recruiter
                else f"Looking back at the case of {_introduced(case.display_name, frame)}: "
                "when should the first report have been made?",
                (key, *wrong),
                (0,),
                explanation,
                sources,
                case.id,
                family=NAME,
                # A stranger's first contact, by message or in person, is one lesson: a topic
                # set asks it once.
                subject="stranger" if first_tag in _STRANGER else first_tag,
            )
        ]

    def _named_by_report(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        """The moment the report itself names, in the case's own story: "Had she told me of
        the first request for serial numbers, ... the material would have stayed here" keys
        the first request (read 232: four reports said it outright and no question asked it).
        """
        case = frame.case
        template = ctx.scenarios.actions.first_request
        named = next(
            (
                e
                for hit in case.tags
                for e in ctx.usable(hit.evidence)
                if re.search(_NAMED_LATER, e.quote.lower())
                and _first_request(e.quote)
                # (Read past a title's full stop: "Because Mrs. Kalua spoke up at the first
                # request", corpus 137, read 432: asked when she should have reported.)
                and not _ANSWERED_AT_ONCE.search(past_titles(e.quote).lower())
                and not any(
                    _REPORTED_AT_IT.search(said.lower())
                    for said in re.split(r"(?<=[.!?])\s+", past_titles(e.quote))
                )
            ),
            None,
        )
        if not template or named is None:
            return []
        # In the report's own words ("the first request for photographs of the jetty"): not
        # "the contact's first request", which may have been another (read 233: counting
        # fishing boats came first).
        said = " ".join(_first_request(named.quote).split())
        if not said or not _was_first(ctx, case, said):
            return []
        if _paid_before(ctx, case, said, named):
            # Money offered or paid before the request the report names ("In May, without
            # being asked, he offered ... paid briefs", then "Had the officer reported in July,
            # when he was first asked for the communications plan", corpus 134, read 425: the
            # key was not the earliest point, and "as soon as the first payment had arrived"
            # came before it): the report's moment is not the earliest, so nothing is asked.
            return []
        asked = _first_asked(ctx, case)
        key = template.format(request=lc(said))
        # Misconceptions of a later moment, never one that the first request may itself have
        # been ("when internal documents were asked for": some first requests were), nor one
        # the case shows before the request ("once money had changed hands" where the contact
        # had paid for her flights before asking for the rota, corpus 93).
        misconceptions = sorted(
            (
                m
                for m in ctx.scenarios.misconceptions
                if m.group != "secrets"
                and (not m.tags or set(m.tags) & case.tag_ids)
                and (not m.handed_over or _handed_over(ctx, case))
                # (Nor the moment something was handed over, where something was: it may have
                # come before the report's own moment, read 365.)
                and not (m.handing and _handed_over(ctx, case))
                and not set(m.not_in_case) & case.tag_ids
                and not (asked is not None and _shown_before(case, m.tags, asked))
            ),
            key=lambda m: ctx.offered[m.text],
        )
        wrong = _one_per_group(misconceptions)
        if len(wrong) < 3:
            return []
        ctx.offered.update(wrong)
        passage = ctx.in_context(named)
        explanation = (
            f"The report itself names the moment: {lc(key)}. "
            f"{_answered(misconceptions, wrong)} {ctx.cite(case, passage)}"
        )
        return [
            Draft(
                "reporting",
                "single",
                # (Filed under the request too only where its passage shows it: "had QUIROGA
                # come to him when Galli first asked for a Navy purchase order" tells the report
                # that was not made, corpus 112.)
                ("report-early", "request-beyond-public")
                if (beyond := case.tag("request-beyond-public")) is not None
                and named in beyond.evidence
                else ("report-early",),
                f"Looking back at the case of {_introduced(case.display_name, frame)}: "
                "when should the first report have been made?",
                (key, *wrong),
                (0,),
                explanation,
                (passage,),
                case.id,
                family=NAME,
                subject="first-request",
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []


_FIRST_REQUEST = re.compile(
    r"\b[Tt]he\s+(?:very\s+)?first\s+(?:[\w\"“”'’-]+\s+){0,2}?request\b"
    # (Never cut after "that" or "which": "the first request for something that was not
    # public", read 262.)
    # (Or "to" and what it asked to be done: "at the first request to photograph inside the
    # workshop", corpus 156, read 491: cut to "the first request".)
    # (Not "to" whom it went: "the first "weather" request to his supervisor", corpus 122.)
    # (Or "about" what it asked: "when the first request about the port came", corpus 157,
    # read 494: cut to "the first request", read as a first booking.)
    r"(?:\s+(?:for|about|concerning|to(?!\s+(?:the|his|her|their|a|an|my|our|your|him|them|me|us|it)\b)(?=\s+[a-z]))"
    r"\s+[^,.;:()]{3,60}?(?<!\sthat)(?<!\swhich)(?<!\swho)"
    # (Never on to where it should have gone: "had reported the first request for photographs
    # of the range to the range office", "had taken the very first request for design files to
    # his cousin", corpus 79, 95.)
    # (Nor on to its verb: "when the first request for restricted grids came", corpus 152,
    # read 481: "At the first request for restricted grids came".)
    # (Nor on to whoever the clause goes on with: "by stopping at the first request for work
    # material she had done exactly what she should have done", corpus 168, read 518: "At the
    # first request for work material she".)
    r"(?=[,.;:()]|\s+(?:or|and|when|before|would|had|was|came|arrived|reached|followed|he|she|"
    r"they|we|i|,)\b|"
    r"\s+to\s+(?:the|his|her|their|a|an|my|our|your|[A-Z])\b)"
    # (Or what made it the first that counts, said after it: "the first request that was not
    # amateur radio", read 341 found it cut to "the first request", which was beacon logging,
    # done openly.)
    # ("the first request that had nothing to do with customs work", corpus 123, read 389.)
    r"|\s+(?:that|which)\s+(?:was|were|went|is|had\s+gone|did|had\s+nothing|had\s+no)\s+"
    r"[^,.;:()]{3,60}?"
    r"(?=[,.;:()]|\s+(?:or|and|when|before|would|had|i|he|she|they)\b))?"
    # (Or the first question about something: "If Enikő had come in April, after the first
    # question about the soldiers", corpus 142, read 447: the report's moment never asked.)
    r"|\b[Tt]he\s+(?:very\s+)?first\s+question\s+(?:about|on)\s+[^,.;:()]{3,60}?"
    r"(?=[,.;:()]|\s+(?:or|and|when|before|would|had|was)\b)"
)
"""A report's words for the first request: "the first request for serial numbers", "the first
\"calendar\" request", "the first request that was not amateur radio"."""
_FIRST_ASKED_FOR = re.compile(
    r"\bwhen\s+the\s+first\s+(?P<what>[\w-]+(?:\s+[\w-]+){0,5}?)\s+(?:was|were)\s+asked\s+for\b"
)
"""A first request told in the passive: "when the first photograph of the hangar was asked for"."""
_ASKED_FOR_THE_FIRST = re.compile(
    r"\b(?:asked|wanted)\s+(?:him\s+|her\s+|me\s+|them\s+)?for\s+the\s+first\s+"
    r"(?P<what>[\w-]+(?:\s+[\w-]+){0,3}?)(?=[,.;:()\"”]|\s+(?:or|and|when|before|would|had|was|it)\b)"
)
"""A request told as the first of its kind: "the day Leo asked for the first guest list"."""
_FIRST_ASKED = re.compile(
    r"\b(?:the\s+first\s+time\s+(?:he|she|they)\s+(?:was|were)\s+asked|when\s+(?:he|she|they)\s+"
    r"(?:was|were)\s+first\s+asked|"
    # (Or whoever asked, named: "when Galli first asked for a Navy purchase order", "the first
    # time Brother Samuel asked for a photo of the wharf", "on the first day he was asked for
    # numbers from the register", "the day Brandt first asked for guests' names", corpus 112,
    # 113: no question asked where four reports said it.)
    r"when\s+(?!(?:he|she|they)\s+(?:was|were)\b)(?:[\w.\x27’\"“”-]+\s+){1,3}?first\s+asked|"
    r"the\s+first\s+(?:time|night|evening|morning)\s+(?:[\w.\x27’-]+\s+){1,3}?asked|"
    r"the\s+first\s+day\s+(?:that\s+)?(?:[\w.\x27’-]+\s+){1,3}?asked|"
    r"the\s+day\s+(?:that\s+)?(?:[\w.\x27’-]+\s+){1,3}?first\s+asked)"
    r"\s+(?:him\s+|her\s+|them\s+|me\s+)?(?:for\s+(?P<what>[^,.;:()]{3,60}?)(?<!\sthat)(?<!\swhich)|"
    # (Or what about, or a question: "the first time she asked about the planes", "when he
    # first asked who was staying where", corpus 122.)
    r"about\s+(?P<about>[^,.;:()\"”]{3,60}?)|"
    r"(?P<question>(?:who|what|where|which|whether|how)\s+[^,.;:()\"”]{3,60}?))"
    r"(?=[,.;:()\"”]|\s+(?:or|and|when|before|would|had|was|she|he|they|i)\b)"
)
"""The first request told as a time: "the first time she was asked for a rota" (corpus 93)."""


def _handed_over(ctx: Context, case: Case) -> bool:
    """Whether the case's passages show its person handing material over."""
    handed = re.compile(ctx.scenarios.actions.handed_over_grounds)
    return any(done_by_them(case, e.quote, handed) for hit in case.tags for e in hit.evidence)


def _first_request(quote: str) -> str:
    """The first request a report names, in its words, or told as a time ("the first time she
    was asked for a rota": the first request for a rota); ``""``."""
    said = _FIRST_REQUEST.search(quote)
    if said is not None:
        return _not_first_person(said.group(0))
    passive = _FIRST_ASKED_FOR.search(quote)
    if passive is not None:
        # "when the first photograph of the hangar was asked for" (corpus 143).
        what = passive.group("what")
        article = "" if what.split()[0].endswith("s") else "a "
        return _not_first_person(f"the first request for {article}{what}")
    first_of = _ASKED_FOR_THE_FIRST.search(quote)
    if first_of is not None:
        # "the day Leo asked for the first guest list" (corpus 143): the first request for it.
        return _not_first_person(f"the first request for the {first_of.group('what')}")
    asked = _FIRST_ASKED.search(quote)
    if asked is None:
        return ""
    if asked.group("about"):
        return _not_first_person(f"the first question about {asked.group('about')}")
    if asked.group("question"):
        return _not_first_person(f"the first question of {asked.group('question')}")
    return _not_first_person(f"the first request for {asked.group('what')}")


def _not_first_person(words: str) -> str:
    """Words of a first-person account told of no one in particular: "the first request for
    something in our system" -> "... in the system" (read 358: the key alone said "our")."""
    return re.sub(r"\b(?:our|my)\b", "the", words)


_ANSWERED_AT_ONCE = re.compile(
    # (Not a rule: "any approach of this kind must be reported to the encargado at once",
    # corpus 143.)
    r"(?<!\bbe\s)\b(?:reported|came\s+forward|went\s+to)\b[^.]{0,40}?\bat\s+once\b"
)
"""Someone who reported at once: the report's "first request" is then no missed moment."""
_REPORTED_AT_IT = re.compile(
    # (Or came, to whom the sentence needs not say: "because he came at the first request,
    # nothing about any guest left the bar", corpus 148, read 463: asked when he should have.)
    # (A past perfect is no "had she come": "He had not given anything, and because he came at
    # the first request", corpus 148.)
    r"^(?:(?!\bhad\s+(?:he|she|they|i|we|you)\b|^had\b|\b(?:if|should|could|would)\b)[^.])*?"
    r"(?:\b(?:reported|came\s+forward|came\s+to\s+\w+|"
    r"came|went\s+to\s+\w+|spoke\s+up)\b[^.]{0,40}?\bat\s+the\s+(?:very\s+)?first\s+(?:[\w-]+\s+)?"
    r"request\b"
    # (Or broke off there and reported: "she broke off at the first request for contract
    # information and reported it within hours", corpus 156, read 492; not only stopped: "because
    # I stopped at the first request that was not amateur radio", corpus 114.)
    r"|\b(?:broke\s+off|stopped|refused)\s+at\s+the\s+(?:very\s+)?first\s+(?:[\w-]+\s+)?request\b"
    r"[^.]{0,80}?\band\s+(?:reported|told|came\s+to|went\s+to)\b)"
)
"""Someone who reported at the moment the report names ("Because he reported at the first
request that had nothing to do with customs work, nothing left the port", corpus 123): no moment
missed, and asking when the first report should have been made reads as blame, and keys one
request where an earlier paid offer was reportable too (reads 389, 390)."""


def _introduced(name: str, frame: CaseFrame) -> str:
    """The case's person with their job and how the approach began ("Park Ji-hoon, a
    semiconductor process engineer first contacted over the internet"): a question in a topic
    set stands on its own (read 170)."""
    brief = frame.material.channels[frame.channel].brief
    if frame.kin or not brief:
        return name
    if not frame.channel_told:
        # The job alone, never a way in the case does not tell: "first approached in person"
        # of a man the organisers wrote to (read 504).
        described = frame.role != UNNAMED_ROLE and name.split()[0].lower() not in ("a", "an")
        return f"{name}, {frame.role}" if described else name
    if frame.role == UNNAMED_ROLE or name.split()[0].lower() in ("a", "an"):
        # (Read 172: "the case of Qiu Degui" said nothing of him. Read 182: a case known by
        # its description is not described twice, "a graduate student, a graduate student";
        # nor by another word, "a young woman employed by a contractor at the range camp, a
        # contractor", read 287.) As a clause, not a label pasted after the name ("the case of
        # Ricciardi Domenico, first approached in person:", read 377).
        if name.split()[0].lower() in ("a", "an"):
            return f"{name} who was {brief}"
        return f"{name}, who was {brief}"
    return f"{name}, {frame.role} {brief}"


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


_SUMMARY_PARAGRAPHS = 3
"""The headline, the dateline and the lead: a summary of the case, not its order of events."""

_ANSWERED = re.compile(
    r"\b(?:answered|responded\s+to|replied\s+to|applied\s+(?:for|to))\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:advert\w*|ads?|listings?|postings?|vacanc\w+|job\s+offers?)\b"
    # "He found the advert himself ... He applied, had a pleasant video call" (corpus 69).
    r"|\b(?:found|saw|spotted|came\s+across)\s+(?:the|an?)\s+(?:job\s+)?(?:advert\w*|ads?|listings?|"
    r"postings?|vacanc\w+)\b|\b(?:he|she|they|i)\s+applied\b"
    # (Or a programme joined, its travel paid by its organiser: 'Lin joined a "cross-strait
    # youth entrepreneurship exchange" in Xiamen, ..., with flights and a hotel paid for by a
    # Fujian youth federation', a wire story, corpus 178, read 539: the contact came later, at
    # the exchange.)
    r"|\bjoined\s+(?:an?|the)\s+[^.;]{0,60}?\b(?:exchange|programme|program|delegation|tour|"
    r"study\s+trip|summer\s+camp|camp|course|forum)\b"
)
"""The person's own first move towards the contact (an advert answered), not a message that
came out of the blue."""
_STRANGER = ("online-approach", "unsolicited-offer")
_EASED = re.compile(
    r"\boffer\w*\s+to\s+[\"“]?(?:help\s+(?:him|her|them\s+)?(?:with|pay)|pay\s+off|settle|clear|"
    r"cancel|buy)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:loans?|debts?|bills?)\b"
    # "said he had bought up his debts, and offered to cancel them" (read 198)
    r"|\b(?:bought|buys|buying)\s+(?:up\s+)?(?:his|her|their)\s+(?:[\w-]+\s+)?debts?\b"
)
"""A first message that offered to ease a debt: generosity, not paid work."""
_KINDNESS = ("excessive-help-flattery", "personal-vulnerability")
"""Steps of generosity: gifts, favours, debts eased."""

_PRESSURE = ("coercion", "threats-leverage", "compromising-relationship")
"""Steps that can open an approach by force (a compromising set-up, then blackmail)."""


def _told_at(grounds: str, quote: str) -> int:
    """Where in a passage a step's grounds are first told (0 for a step without grounds): where
    their ``told`` group starts, for grounds that first check the whole passage."""
    found = re.search(grounds, quote.lower()) if grounds else None
    if found is None:
        return 0
    return found.start("told") if "told" in found.re.groupindex else found.start()


_MONEY_OFFERED = re.compile(
    r"\boffer\w*\b[^.;]{0,60}\b(?:income|money|cash|fees?|salary|payment|paid\s+work|\d[\d,.]*)"
)
"""An offer that names money: the stranger's or the relative's offer is the first point."""
_FAMILY_FEES_OFFERED = re.compile(
    r"\boffer\w*\b[^.;]{0,60}?\b(?:school|tuition|hospital|medical|university|college)\s+"
    r"(?:fees|bills?|costs)\b"
)
"""An offer to pay the family's fees or bills: a favour, not paid work."""


_SLOW_STEPS = frozenset({"excessive-help-flattery", "cultivation"})
"""First steps that come slowly (kindness, a friendship): a source may well name a later day."""
_NAMED_DAY = re.compile(
    r"\bif\s+(?:i|he|she|they|[a-z][\w'’-]+)\s+had\s+(?:come|gone|reported|told\s+\w+|spoken|"
    r"called|said\s+(?:something|anything))\b[^.]{0,60}?\bthe\s+(?:very\s+)?day\s+"
    r"(?:[\w.'’-]+\s+){1,3}?asked\s+(?:for|about|me|him|her)\b"
)
"""A source's own "if I had come the day he asked for ...": the day of a request, as the moment."""
_NAMED_MOMENT = re.compile(
    r"\b(?:go|goes|went|gone|come|came|report|reported|tell|told|call|called)\b[^.]{0,80}?"
    r"\b(?:when|the\s+(?:very\s+)?(?:first\s+)?(?:day|time|moment))\s+(?:[\w.'’-]+\s+){1,3}?"
    r"first\s+(?:asked|wanted|requested)\b"
    r"|\bthe\s+(?:very\s+)?first\s+(?:day|time)\s+(?:[\w.'’-]+\s+){1,3}?asked\b[^.]{0,120}?"
    r"\b(?:go|come|report|tell|call)\b"
)
"""A source's own "... go to his security officer when the Dane first asked for telexes", "The
first day Brother Elijah asked about the ambassador's cars, go to ...": the first request, as
the moment to report."""
_SLOW_START_CLEARED = re.compile(
    r"\bfirst\s+(?:meetings?|contacts?|dinners?|weeks|months|conversations?)\s+(?:were|was)\s+"
    r"(?:[\w-]+\s+and\s+)?(?:harmless|innocent|ordinary|normal)\b|\bturning\s+point\s+was\b"
)
"""A source that calls a slow start harmless ("the first meetings were friendly and harmless"),
or names a later turning point: the generosity is then no first point to report."""
_TRIP_APPROVED = (
    r"\b(?:my|his|her|their|the)\s+(?:[\w-]+\s+)?(?:supervisor|manager|boss|employer|director|"
    r"commander|superiors?|department|institute|university|company)\s+(?:had\s+)?(?:signed\s+off\s+"
    r"on\s+(?:it|the\s+trip)|approved\s+(?:it|the\s+(?:trip|travel|visit|invitation))|cleared\s+"
    r"(?:it|the\s+trip))\b|\b(?:trip|travel|visit|invitation)\s+(?:was\s+)?(?:approved|signed\s+"
    r"off|cleared)\s+by\s+(?:his|her|their|my|the)\s+(?:[\w-]+\s+)?(?:supervisor|manager|"
    r"employer|boss|director|commander)\b"
)
"""A source that says the employer approved the trip the person was invited on."""
_LATER_MOMENT_NAMED = "|".join(
    f"(?:{p.pattern})" for p in (_NAMED_DAY, _NAMED_MOMENT, _SLOW_START_CLEARED)
)
"""Any of those, as one pattern for :meth:`Context.matching` (searched once per document)."""
_NAMED_LATER = (
    # ("Had the Claimant gone to his foreman in June", corpus 93.)
    # ("Had Tebwe told either of them ... when he was first asked to photograph warships",
    # corpus 106.)
    # (Or not inverted: "if Sandro had come to him the first time Mariam asked for photos of
    # the radio room", corpus 115; not "if someone had come to us", said of anyone.)
    r"\b(?:should\s+have|could\s+have|(?:had\s+(?:he|she|they|the\s+[\w-]+|[a-z][\w'’-]+)|"
    # (Or by initials: "if N. H. had told her line manager ... when the "client" first asked for
    # data from the warehouse system", corpus 118.)
    r"if\s+(?:he|she|they|i|(?:[a-z]\.\s?){1,3}|"
    # (With a title: "if Shri Jadhav had gone to the security officer", corpus 143.)
    r"(?:(?:mr|mrs|ms|miss|dr|shri|smt|sri)\.?\s+)?"
    # (Or two or three names: "if Xosé Manuel had come to this office ... when Mr Wrona first
    # asked for anything that was not his own course material", corpus 162, read 504.)
    # (Or a surname's initial: "if Mariusz K. had gone to his compliance officer the first time
    # he was asked for non-public data", corpus 163, read 506.)
    r"(?!(?:someone|somebody|anyone|anybody|people|staff)\b)[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){0,2}?"
    r"(?:\s+[a-z]\.)?)"
    # (Or brought it: "If Cuco had brought the first "weather" request to his supervisor",
    # corpus 122.)
    r"\s+had)\s+(?:gone|reported|told|brought|taken|raised|"
    # (Or said something: "If I had said something the day Leo asked for the first guest list",
    # corpus 143.)
    r"come|walked|called|shown|spoken|done\s+so|said\s+(?:something|anything)))\b"
    # (The first night too: "If I had told my encargado the first night he asked about the
    # submarines", corpus 143.)
    # (Or the day of a first: "the day Leo asked for the first guest list"; not "the day he asked
    # about the move", a later request than the first message's, corpus 77, read 239.)
    r"[^.]{0,120}?\b(?:when|the\s+first\s+(?:time|day|night|evening|morning|week)|"
    r"the\s+day(?=[^.]{0,40}?\bfirst\b)|"
    r"as\s+soon\s+as|the\s+moment)\b[^.]{0,80}?"
    r"\b(?:asked|request\w*)\b|\b(?:when|the\s+first\s+time|the\s+moment)\s+(?:he|she|they)\s+"
    r"(?:was|were)\s+asked\b[^.]{0,120}?\b(?:should|could)\s+have\b|\bthe\s+first\s+time\b"
    r"[^.]{0,80}?\basked\b[^.]{0,80}?\b(?:should|could)\s+have\b"
    # ("the day Yaw asked me for the first shipment date, I should have walked down the
    # corridor", corpus 132, read 420: "as soon as the generosity went beyond the ordinary"
    # keyed, debatable.)
    r"|\bthe\s+(?:very\s+)?(?:day|morning|evening|moment)\s+(?:that\s+|when\s+)?"
    r"(?:[\w.'’-]+\s+){1,3}?(?:first\s+)?asked\b[^.]{0,120}?\b(?:should|could)\s+have\b"
    # ("The first request for unaired material should have come to this Unit", a broadcaster's
    # standards log, corpus 152, read 482: "as soon as the unexpected message offered paid
    # work" keyed, debatable.)
    r"|\bthe\s+(?:very\s+)?first\s+(?:[\w-]+\s+)?(?:request|question)\b[^.]{0,80}?\bshould\s+have\s+"
    r"(?:come|gone|been\s+(?:reported|brought|taken|passed))\s+(?:straight\s+)?to\b"
    # ("had Rossana brought the first request for non-public contract data to her manager or
    # to the compliance office, the matter would have ended with a conversation", a dairy
    # cooperative's minutes, corpus 165, read 511: "as soon as the unexpected message offered
    # paid work" keyed, debatable.)
    r"|\b(?:had|if)\s+(?:[a-z][\w'’.-]+\s+){1,3}?(?:had\s+)?(?:brought|taken|reported|shown|"
    r"passed|raised|forwarded)\s+the\s+(?:very\s+)?first\s+(?:[\w-]+\s+)?(?:request|question|"
    r"approach|message)\b"
    # "The moment the threats began was the moment to go to his manager" (read 112).
    r"|\bwas\s+the\s+(?:moment|time|point)\s+to\s+(?:go|report|tell|come|call|speak)\b"
    # "If someone had come to us after the first request for internal drawings" (read 123).
    # ("if the young man had asked him, at the first batch of work orders, whether such "data
    # entry" was allowed", corpus 136, read 431: the first batch offered as a wrong choice.)
    r"|\bif\s+(?:someone|anyone|he|she|they|the\s+(?:[\w-]+\s+)?[\w-]+)\s+had\s+(?:come|gone|"
    r"reported|spoken|called|told\s+\w+|asked\s+(?:him|her|them|his|her|their)\b)\b[^.]{0,60}?"
    r"\b(?:after|at|when|as\s+soon\s+as)\b[^.]{0,60}?"
    r"\b(?:asked|request\w*|threat\w*|first\s+(?:batch|task|job|set|order)s?\b)"
    # ("if he had reported on his return, the account would have been closed six weeks
    # earlier", of a radiographer approached at a symposium abroad, corpus 145, read 454: the
    # paid invitation keyed, debatable.)
    r"|\bif\s+(?:he|she|they|[a-z][\w'’-]+)\s+had\s+(?:come|gone|reported|spoken|called|told"
    r"\s+\w+)\b[^.]{0,40}?\b(?:on|after)\s+(?:his|her|their)\s+return\b"
    # "Had the defendant gone to the security office at the first request for internal data",
    # "At the first request for internal standards, he had a choice" (read 133).
    # ("to report it at the first odd request", read 155.)
    r"|\b(?:at|after|on|from|with)\s+the\s+(?:very\s+)?first\s+(?:[\w-]+\s+)?request\b"
    # ("If Enikő had come in April, after the first question about the soldiers", corpus 142.)
    r"|\bif\s+[\w.\x27’-]+\s+had\s+(?:come|gone|reported|told|spoken|called)\b[^.]{0,60}?"
    r"\b(?:at|after)\s+the\s+(?:very\s+)?first\s+question\s+(?:about|on)\b"
    # ("If Cuco had brought the first "weather" request to his supervisor", corpus 122.)
    r"|\bhad\s+(?:brought|taken|raised|reported|shown|mentioned)\s+the\s+(?:very\s+)?first\s+"
    r"(?:[\w\"“”'’-]+\s+){0,2}?request\b"
    # "The moment someone asks for something that isn't public, ... report it" (read 133).
    r"|\bthe\s+(?:moment|minute|instant)\s+(?:someone|anyone|a\s+contact|they|he|she)\s+"
    r"(?:asks|asked|wants|wanted)\b"
    # "Had she told me of the first request for serial numbers", "Had he reported the first
    # request for photographs of the jetty" (read 230).
    r"|\b(?:had|if)\s+(?:he|she|they|[\w-]+)\s+(?:had\s+)?(?:told\s+\w+|reported|gone|come|spoken)\b"
    r"[^.]{0,40}?\bthe\s+(?:very\s+)?first\s+(?:[\w-]+\s+)?request\b"
    # "if Prince had gone to his supervisor on the day "Tonton Jules" first spoke of files"
    # (read 307: "when the generosity went beyond the ordinary" keyed, debatable).
    # ("if Jun had come to her the day the first whiteboard photograph was asked for", corpus
    # 111: "as soon as the online friend offered paid work" keyed, debatable, read 328.)
    # (Past the places it should have gone: "If Qurbonzoda had come to the special department,
    # or had simply called the trust line of the State Committee for National Security, on the
    # day he was first asked for a photograph of the logbook", corpus 133, read 421.)
    # ("If Dee had picked up the phone to her manager or to me when Ms. Reyes first asked for
    # easement files", corpus 135, read 427: "when internal documents were asked for" offered
    # as wrong.)
    r"|\bif\s+(?:he|she|they|[\w'’-]+)\s+had\s+(?:gone|come|reported|spoken|told\s+\w+|called|"
    r"phoned|rung|picked\s+up\s+the\s+(?:tele)?phone)\b"
    r"[^.]{0,160}?\b(?:on\s+the\s+day|the\s+day|when|the\s+moment)\b[^.]{0,60}?"
    r"\bfirst\s+(?:spoke|asked|mentioned|wrote|raised|talked|(?:[\w-]+\s+){1,3}?(?:was|were)\s+"
    r"(?:asked|requested|wanted)\s+for)\b"
)
"""A report's own words naming a later moment (a request, the threats) as when the person
should have reported."""


_WITH_FIRST = 6
"""How many sentences after a first contact its offer may be told in."""
_TIME_PASSES = re.compile(
    r"^\W*(?:(?:over|in|during)\s+the\s+(?:following|next|coming)\s+(?:days|weeks|months|"
    r"years?)|(?:a\s+few\s+|some\s+|several\s+|two\s+|three\s+)?(?:days|weeks|months|years)\s+"
    r"later|later|finally|eventually|after\s+(?:that|a\s+while|some|several|a\s+few)|"
    r"by\s+(?:the\s+)?(?:spring|summer|autumn|winter|end|\d{4})|from\s+(?:then|that)|"
    r"(?:in|from|by)\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{4}))\b",
    re.IGNORECASE,
)
"""A sentence that opens on time gone by: the story has moved on from the first contact."""


def _told_with(ctx: Context, first: Evidence, offer: Evidence) -> bool:
    """Whether an offer is told with a first contact: in its passage or a few sentences after
    it, with no time gone by between ("Over the following months ...", "Finally he asked");
    in another report of the same case, where the two cannot be placed, it may be."""
    if offer.doc != first.doc:
        return True
    try:
        document = ctx.material.document(first.doc)
    except StopIteration:
        return False
    sentences = document.sentences
    at = [n for n, s in enumerate(sentences) if s.start < first.end and first.start < s.end]
    told = [n for n, s in enumerate(sentences) if s.start < offer.end and offer.start < s.end]
    if not at or not told or not at[0] <= told[0] <= at[-1] + _WITH_FIRST:
        return False
    return not any(
        _TIME_PASSES.match(document.sentence_text(sentences[n]))
        for n in range(at[-1] + 1, told[0] + 1)
    )


def _was_first(ctx: Context, case: Case, request: str) -> bool:
    """Whether the request a report names ("the first request for serial numbers") is the
    first thing the case's story shows asked or paid for: its words are in the earliest
    passage of a request or a payment (read 236: "the first request for photographs of the
    jetty" came after paid forms counting fishing boats, and "the first payment" was earlier)."""
    asked = _asked_in_order(ctx, case)
    if not asked:
        return False
    words = [
        w
        # (What was asked after "for", or "about" and "of" for a question: "the first question
        # of who was staying where", corpus 122.)
        for w in re.findall(r"[a-z]{4,}", _asked_what(request))
        if w not in ("that", "this", "with", "from", "their", "about")
    ]
    # (Past requests for what is public, which nobody reports: "Galli's first requests
    # concerned the chandler's price list and product catalogue, which the company sends to
    # any ship agent who asks", then "when Galli first asked for a Navy purchase order",
    # corpus 112.)
    while len(asked) > 1 and _PUBLIC_ASKED.search(asked[0].quote.lower()):
        asked = asked[1:]
    if all(w in asked[0].quote.lower() for w in words):
        return True
    # (Or with the sentence before it, which the request refers back to: "Then, in April, an army
    # lorry carrying American soldiers ... overturned on the DN1" before "Uncle Gellért wanted
    # more than the news: their names, their units", named "the first question about the
    # soldiers", corpus 142, read 447.)
    if words and all(w in _told_just_before(ctx, asked[0]) for w in words):
        return True
    # The request in a sentence of the story that no pattern marked ("From May 2022 Galli asked
    # ... for copies of the Navy purchase orders", corpus 112): first where nothing beyond the
    # public was asked or paid for before it.
    # (Half its words at least: "only the numbers" asked for, "the numbers from the mortuary
    # register" taken the sentence after.)
    # (A request, not an offer: "lent him the MNT 41 million ... if Ganbold helped him with
    # 'market information'" is no "request for non-public information" by its one shared word,
    # read 412.)
    told = next(
        (
            s
            for s in ctx.sentences(case.sources)
            if _REQUESTS.search(s.quote.lower())
            and words
            and 2 * sum(w in s.quote.lower() for w in words) >= len(words)
        ),
        None,
    )
    return told is not None and (told.doc, told.start) <= (asked[0].doc, asked[0].start)


def _told_just_before(ctx: Context, passage: Evidence) -> str:
    """A passage with up to two sentences before it in its paragraph, in lower case."""
    document = ctx.material.document(passage.doc)
    before = [s for s in document.sentences if s.end <= passage.start][-2:]
    # (Only those of its paragraph: no line break between them and the passage.)
    while before and "\n" in document.text[before[0].end : passage.start]:
        before = before[1:]
    return " ".join([*map(document.sentence_text, before), passage.quote]).lower()


_ASKED_WHAT = re.compile(r"\s(?:for|about|of)\s")
"""Before what a named request asked."""


def _asked_what(request: str) -> str:
    """What a named request asked, in lower case: after its first "for", "about" or "of"; ``""``
    where it names nothing ("the first odd request")."""
    parts = _ASKED_WHAT.split(request.lower(), maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


_PUBLIC_ASKED = re.compile(
    r"\b(?:public|published|publicly|freely\s+available|to\s+any(?:one|body)\b|"
    r"any(?:one|body)?\s+(?:\w+\s+){0,3}?who\s+asks)\b"
)
"""A request for what is public: no moment to report."""


def _asked_in_order(ctx: Context, case: Case) -> list[Evidence]:
    """The case's passages that tell something asked or offered, earliest first."""
    return sorted(
        {
            e
            for tag_id in _ASKED_OR_PAID
            if (hit := case.tag(tag_id)) is not None
            for e in ctx.usable(hit.evidence)
            if _ASKS.search(e.quote.lower())
        },
        key=lambda e: (e.doc, e.start),
    )


def _first_asked(ctx: Context, case: Case) -> Evidence | None:
    """The earliest passage of the case that tells something asked or offered."""
    return min(
        (
            e
            for tag_id in _ASKED_OR_PAID
            if (hit := case.tag(tag_id)) is not None
            for e in ctx.usable(hit.evidence)
            # (What was asked or offered, not a debt paid off or a present given.)
            if _ASKS.search(e.quote.lower())
        ),
        key=lambda e: (e.doc, e.start),
        default=None,
    )


_MONEY_TAGS = ("paid-tasks", "disproportionate-reward", "unexplained-money")
_OFFERED = ("paid-tasks", "disproportionate-reward", "unsolicited-offer")


def _paid_before(ctx: Context, case: Case, request: str, named: Evidence) -> bool:
    """Whether the case tells money offered or paid before the passage that tells the request
    the report names (the first of its passages, before the report's own words, to say it)."""
    # What was asked for, as the story tells it: "the first request for the communications
    # plan" is told "asked the officer to ... the communications plan"; "a photograph of the
    # logbook" is told "photographs of the pages of the daily observation logbook".
    # (Or "the first question about the jets", corpus 145.)
    asked_for = re.sub(
        r"^.*?\b(?:request|asked|questions?)\s+(?:him\s+|her\s+)?(?:for|about)\s+",
        "",
        request.lower(),
    )
    asked_for = re.sub(r"^(?:the|a|an)\s+", "", asked_for)
    words = asked_for.rsplit(" of ", 1)[-1].removeprefix("the ").strip()
    if " " not in words and len(words) < 4:
        return False
    # (With words between them as the story tells it: "the first request for unmasked imagery"
    # is told "asked for the raw, unmasked drone imagery", corpus 137.)
    said = re.compile(r"\W+(?:[\w-]+\W+){0,2}?".join(map(re.escape, words.split())))
    told = [
        e
        for hit in case.tags
        for e in ctx.usable(hit.evidence)
        if e.doc == named.doc and e.start < named.start and said.search(e.quote.lower())
    ] or [
        # (Or, where the report names it in words the story never uses ("the first time he was
        # asked for anything beyond the published tables", corpus 150), the first request the
        # story tells beyond what is public, or the first step up.)
        e
        for tag_id in ("request-beyond-public", "escalation")
        if (hit := case.tag(tag_id)) is not None
        for e in ctx.usable(hit.evidence)
        if e.doc == named.doc and e.start < named.start
    ]
    if not told:
        return False
    at = min(e.start for e in told)
    # (Money passed as a favour before it: "a man who called himself Andrew Pereira ...
    # befriended him and, "as a friend", paid off one of his loans of NPR 300,000", corpus 150,
    # read 475: the report's moment was not the earliest.)
    # (Or things paid for before it: "paid his son's school fees for a term, and paid his flights
    # and hotel", then "At first he asked only for KCORI's published charts ... Then he asked for
    # full-resolution multibeam grids", and "when the first request for restricted grids came",
    # corpus 152, reads 481 and 482: the favours were the earlier point.)
    if any(
        e.doc == named.doc and e.start < at and pattern.search(e.quote.lower())
        for pattern, tags in (
            (_SUM_PAID, ("excessive-help-flattery", "personal-vulnerability")),
            (_PAID_FOR, ("excessive-help-flattery", "invitation-travel")),
        )
        for tag_id in tags
        if (hit := case.tag(tag_id)) is not None
        for e in ctx.usable(hit.evidence)
    ):
        return True
    # (Money offered for work, not presents: "He has given her gold earrings ... paid for her
    # mother's dental implants" before "he had asked her for serial numbers", corpus 76, whose
    # report's own moment read 232 wanted asked.)
    # (Or money handed over, whatever it was called: "he tipped far too much: Ti-Seb got an
    # envelope with $1,500 for \"extra work\"" before "the first evening Feld asked about the
    # jets", corpus 145, read 454.)
    return any(
        e.doc == named.doc
        and e.start < at
        and (_OFFER.search(e.quote.lower()) or _MONEY_HANDED.search(e.quote.lower()))
        for tag_id in _OFFERED
        if (hit := case.tag(tag_id)) is not None
        for e in ctx.usable(hit.evidence)
    )


_PAID_FOR = re.compile(
    r"\b(?:paid|pays|paying|covered|settled)\s+(?:for\s+)?(?:off\s+)?(?:his|her|their|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:fees?|flights?|fares?|tickets?|hotels?|bills?|rent|loans?|debts?|"
    r"treatment|tuition|holiday|trip|travel|stay)\b"
)
"""Things paid for someone: "paid his son's school fees", "paid his flights and hotel"."""


def _shown_before(case: Case, tags: Sequence[str], asked: Evidence) -> bool:
    """Whether the case shows one of a misconception's moments (for money, any money passed)
    before the passage of its first request."""
    money = bool(set(tags) & set(_MONEY_TAGS))
    shown = set(tags) | (set(_MONEY_TAGS) if money else set())
    return any(
        e.doc == asked.doc and e.start < asked.start
        for tag_id in shown
        if (hit := case.tag(tag_id)) is not None
        for e in hit.evidence
    ) or (
        # (Money passed as a favour counts too: "he quietly paid NPR 3 lakh (about £1,800) of
        # the hospital bill" before the first guest list, corpus 143: "as soon as the first
        # payment had arrived" would be as early as the key.)
        money
        and any(
            e.doc == asked.doc and e.start < asked.start and _SUM_PAID.search(e.quote.lower())
            for tag_id in ("excessive-help-flattery", "personal-vulnerability")
            if (hit := case.tag(tag_id)) is not None
            for e in hit.evidence
        )
    )


_SUM_PAID = re.compile(
    r"\b(?:paid|pays|settled|covered|cleared|sent|transferred|gave)\b[^.;]{0,60}?"
    r"(?:[$€£¥₹]\s?\d|\d[\d,.]*\s*(?:lakh|crore|[a-z]{3}\b|euros?|dollars?|pounds?|rupees?)"
    # (Or a currency's code before the sum: "paid off one of his loans of NPR 300,000".)
    r"|\b(?:usd|eur|gbp|chf|inr|npr|pkr|lkr|bdt|php|idr|myr|sgd|thb|krw|mxn|brl|bob|ngn|ghs|"
    r"kes|zar|egp|bhd|aed|sar|qar|kwd|ils|nis|rub|uah|kzt|gel|amd|pln|czk|huf|ron|rs|bs)\.?\s?\d)"
)
"""Money passed, with its sum."""


_REQUESTS = re.compile(
    r"\b(?:ask\w*|offer\w*|request\w*|wanted|demand\w*)\b"
    # Pay for reports is a task asked for: "he paid Stoyo 300 leva in cash every week for "sea
    # condition reports"", before the first question about the Navy's closures that the report
    # names as the moment (corpus 125, read 398: keyed as the first step, debatable).
    r"|\bpa(?:id|ys|ying)\s+(?:[\w,.-]+\s+){0,8}?for\s+[\"“]?(?:[\w-]+\s+){0,3}?(?:reports?|"
    r"notes?|summar(?:y|ies)|photo\w*|pictures?|articles?|papers?|updates?|lists?)\b"
)
"""A passage that tells something asked, offered or paid for."""
_PAID_IN_KIND = re.compile(
    # A loan or gift made a payment for help ("no need to repay it if Ganbold helped him with
    # 'market information'"): the first offer, before any request (read 412: keyed "at the first
    # request for non-public information", debatable by the document's own rule).
    r"\b(?:no\s+need|did\s+not\s+need|would\s+not\s+have)\s+to\s+(?:re)?pay\b[^.;]{0,80}?\bif\b"
    r"|\bin\s+(?:return|exchange)\s+for\s+(?:[\w\"“”'-]+\s+){0,3}?(?:help|information|data|"
    r"documents?|reports?|photo\w*|details|lists?|access)\b"
)
"""A passage that tells a loan or a present turned into pay for help: an offer, asked nothing."""
_ASKS = re.compile(f"{_REQUESTS.pattern}|{_PAID_IN_KIND.pattern}")
_ASKED_OR_PAID = ("request-beyond-public", "paid-tasks", "escalation", "unsolicited-offer")
"""The tags whose passages tell what a case's contact asked or paid for."""


def _one_per_group(
    misconceptions: Sequence[Misconception],
    count: int = 3,
    together: Counter[frozenset[str]] | None = None,
) -> list[str]:
    """The first ``count`` misconceptions in order, at most one of each group (never two
    wordings of one belief, read 130). With ``together`` (how often two were offered side by
    side), the ``count`` least often offered together, one of them in the key's form ("As
    soon as ...") where there is one, the earliest in order among equals: two questions of a
    set that share two of their wrong choices are answered by elimination (read 125)."""
    if together is None:
        wrong: list[str] = []
        groups: set[str] = set()
        for m in misconceptions:
            if len(wrong) == count or (m.group and m.group in groups):
                continue
            wrong.append(m.text)
            if m.group:
                groups.add(m.group)
        return wrong
    unique = list({m.text: m for m in misconceptions}.values())
    formed = any(m.text.startswith("As soon as") for m in unique)
    best: tuple[tuple[int, int, int], list[str]] | None = None
    for chosen in itertools.combinations(range(len(unique)), min(count, len(unique))):
        picked = [unique[n] for n in chosen]
        named = [m.group for m in picked if m.group]
        if len(named) != len(set(named)):
            continue
        texts = [m.text for m in picked]
        score = (
            # (One in the key's form, where one can be: see the caller.)
            int(formed and not any(t.startswith("As soon as") for t in texts)),
            sum(together[frozenset(pair)] for pair in itertools.combinations(texts, 2)),
            sum(chosen),
        )
        if best is None or score < best[0]:
            best = (score, texts)
    return best[1] if best is not None else []


def _answered(misconceptions: Sequence[Misconception], wrong: Sequence[str]) -> str:
    """The wrong choices on offer answered, one sentence for what they wait for ("Waiting for
    money or threats only gives the other side a hold.") and one for each belief that is no
    wait (read 227: the general beliefs were left unanswered)."""
    believed = {m.text: m for m in misconceptions}
    waited = list(dict.fromkeys(believed[w].waited for w in wrong if believed[w].waited))
    answers = list(dict.fromkeys(believed[w].answer for w in wrong if believed[w].answer))
    return " ".join(
        [
            f"Waiting for {_listed(waited) if waited else 'more'} only gives the other side a "
            "hold.",
            *(f"{a}." for a in answers),
        ]
    )


def _listed(items: list[str]) -> str:
    """ "money", "money or threats", "money, a request for secrets or threats"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def _says(ctx: Context, docs: Sequence[str], pattern: str) -> bool:
    """Whether a sentence of the documents matches ``pattern`` (over its lower-cased text, a
    title's full stop read on: "when Ms. Reyes first asked")."""
    compiled = re.compile(pattern)
    return any(compiled.search(past_titles(e.quote).lower()) for e in ctx.sentences(docs))
