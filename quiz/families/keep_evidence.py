"""Keep the evidence: someone approached online has the messages; what should they do with them
before reporting? The reporting behaviour the material shows (screenshots taken, messages
handed to the security office), for cases whose approach came online."""

from __future__ import annotations

import re

from quiz.families.base import Context, Draft, balanced, in_own_part, other_case_words
from quiz.frames import CaseFrame
from quiz.models import Case, Evidence

_HOLD = re.compile(
    r"\b(?:unless|threat\w*|would\s+be\s+sent|could\s+(?:be\s+)?(?:forward|sen[dt]|releas)\w*|"
    r"unfortunate|expose|blackmail\w*|warning\s+that)\b"
    # "He said he had kept all our conversations, including private photos, and that my
    # employer would find them 'very interesting'" (read 191).
    r"|\b(?:he|she|they)\s+(?:said|told\s+\w+|claimed|warned|added|wrote)\s+(?:that\s+)?"
    r"(?:he|she|they)\s+(?:had\s+)?(?:kept|saved|recorded|stored)\b"
    # 'He replied that the Institute had "kept every one of your messages" and that "your
    # Minister would surely find them interesting"'; 'if he did not re-install the tool she
    # would send screenshots of their private messages to his parents' (read 306).
    r"|\b(?:said|replied|told\s+\w+|claimed|warned|added|wrote)\s+(?:that\s+)?(?:[\w\"“]+\s+){0,3}?"
    r"(?:had\s+)?[\"“]?(?:kept|saved|recorded|stored)\b"
    r"|\bwould\s+(?:surely\s+|certainly\s+)?find\s+(?:it|them|this|these)\b"
    # ('He said that the full balance would be "called in within seven days", and that he had
    # kept screenshots of everything she had sent, which "would finish you"', read 374.)
    r"|\band\s+that\s+(?:he|she|they)\s+(?:had\s+)?(?:kept|saved|recorded|stored)\b"
    r"|\bwould\s+(?:finish|ruin|destroy)\s+(?:you|him|her|them)\b"
    r"|\bif\s+(?:he|she|they|you|i)\s+(?:did\s+not|didn[\'’]t|refused|stopped)\b[^.;]{0,60}?"
    r"\bwould\s+(?:send|show|post|forward|publish)\b"
)
"""A recruiter keeping the messages as a hold over someone, not the report's advice."""

_KEPT_FROM_WORK = re.compile(
    r"\b(?:do\s+not|don[\'’]t|not\s+to|never)\s+(?:discuss|talk\s+about|mention|tell)\b[^.;]{0,40}?"
    r"\b(?:at\s+work|with\s+(?:anyone|colleagues)|to\s+(?:anyone|colleagues))\b"
)
"""Advice to keep a matter from work ("Advised her: do not discuss it with anyone at work, do not
delete anything from her own phone", a union rep's to a suspended member, read 374): no advice
on how to report, whatever it says of keeping the messages."""

NAME = "keep-evidence"

_ADVICE = re.compile(
    r"\b(?:should|must|urged?|advised?|advice\s+(?:to|for|is)|asked\s+(?:staff|anyone|people|employees)|"
    r"(?:do\s+not|don't|never)\s+delete|keep\s+everything)\b"
    # An order to the reader: "Keep the messages." in a list of what to do (read 303: cited as
    # "the case of" someone who never reported).
    r"|^\W*(?:keep|save|preserve|screenshot)\s+(?:the|all|every|any|your)\b"
    # (Or one told to "you", within a list's line: "- If you get such an approach, do not argue,
    # keep the messages, and tell Gela or Nino the same day", read 344: cited as the case of
    # someone who kept nothing.)
    r"|^\W*if\s+you\b|\bkeep\s+(?:the|all|every|any|your)\s+(?:messages|chats|e-?mails|texts)\b"
    # (Or with no article: "Keep messages, cards and anything you were given." in a leaflet's
    # list, corpus 150, read 474: cited as "The case of Anoop K. S.".)
    r"|^\W*(?:keep|save|preserve)\s+(?:messages|chats|e-?mails|texts|screenshots|everything)\b"
)
"""Advice, not an act: what people are told to do with the messages."""

_REPORTED = re.compile(
    r"\b(?:reported|informed|told|alerted|went\s+to|came\s+forward|handed|called|contacted|"
    r"notified|filed|flagged\s+it\s+to|turned\s+to|forwarded|showed)\b"
)
"""The person's own report."""
_NOT_ANOTHER = frozenset(
    "Mr Mrs Ms Miss Dr Mr. Mrs. Ms. Dr. January February March April May June July August "
    "September October November December Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday I".split()
)
"""Capitalised words before a report that name no one else."""


def _own_report(case: Case, quote: str) -> bool:
    """Whether a passage tells the case's person reporting, not someone else who did ("On 19
    July, during an ISPS drill, the ferry's master, Capt. Elridge Hyman, found a cable he did not
    recognise and called the PFSO", cited as a ferry engineer's own report, read 390): nobody
    but the person is named before the report."""
    said = _REPORTED.search(quote.lower())
    if said is None:
        return False
    own = {w.strip(".,'’\"“”()") for w in case.name.split()}
    named = re.findall(r"(?<!^)\b[A-Z][\w'’.-]*", quote[: said.start()].lstrip())
    return all(w.rstrip(".,") in own or w in _NOT_ANOTHER for w in named)


_WRITTEN = re.compile(
    r"\b(?:e-?mails?|e-?mailed|messages?|messaged|chats?|chatted|wrote|texts?|texted|"
    r"direct\s+messages?|inbox|dating\s+(?:app|site)|matched|language-exchange|forum|"
    r"social\s+media)\b"
)
"""Written contact: messages that exist to be kept (a chat on a dating app is written too; a
headhunter's paid calls are not)."""


class KeepEvidence:
    name = NAME

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        case = frame.case
        hit = case.tag("online-approach")
        if frame.channel != "online" or hit is None:
            return []
        # The passage that tells the contact arriving online, after the lead that sums up the
        # case ("sold diagrams to a man he met through an online gaming group"): a sentencing
        # lede says nothing about messages (read 111).
        usable = ctx.usable(hit.evidence)
        if not usable:
            return []
        passage = ctx.in_context(
            min(
                usable,
                key=lambda e: (
                    ctx.in_lead(e),
                    not ctx.scenarios.first_contact_online(e.quote),
                ),
            )
        )
        actions = ctx.scenarios.actions
        written = any(
            _WRITTEN.search(f"{ctx.sentence_before(e)} {e.quote}".lower()) for e in usable
        )
        # The report's own words for this behaviour, where it has them ("Keep everything, and
        # tell us"; "handed over screenshots of all his messages"); else the case's online
        # approach, quoted as what the situation is modelled on.
        stated = _saying(ctx, case, actions.keep_evidence_grounds, own_part=True)
        # Else the advice the case's report gives elsewhere, outside its part of the report
        # ("should neither confront the contact nor delete the messages"), so that the key is
        # grounded in the report's own words (read 112 found the approach alone did not support
        # it). Never another report's: its advice is another jurisdiction's.
        advice = (
            None
            if stated is not None
            else _saying(ctx, case, actions.keep_evidence_grounds, advice=True)
        )
        if stated is None and (advice is None or not written):
            # Nothing in the report says to keep anything: the approach alone does not ground
            # the key (reads 112, 123). And an approach by calls or video, not by messages:
            # "what do you do with the messages?" would invent them.
            return []
        # The questions growing from general to internal, as the situation tells them, where
        # the case shows it in its own words.
        escalation = case.tag("escalation")
        grew = [
            e
            for e in ctx.usable(escalation.evidence if escalation is not None else ())
            if e != passage and e.doc == passage.doc
        ][:1]
        channel = ctx.reporting(frame, ctx.report_channel())
        prompt = frame.fill(
            "You are {role} at {workplace}. Over a few weeks, {contact} has sent you messages "
            "that began with general questions about your field and now ask about internal "
            "matters of your {unit}. You decide to report it. What do you do with the messages?"
        )
        right, wrong = balanced(
            ctx.rng(NAME, case.id),
            actions.keep_evidence,
            pool=actions.wrong_keep_evidence,
            ranks=ctx.ranks("reporting"),
        )
        # Why the wrong choices on offer are wrong, not others the question does not offer.
        explanation = (
            "The messages are the evidence: kept unchanged, with the sender's details, they let "
            f"{channel.name} trace the contact and see what was asked. {actions.rebut(wrong)} "
        )
        if stated is not None and _ADVICE.search(stated.quote.lower()):
            # The report's advice to anyone, told after the case it closes on: the report's
            # words, not the case's (read 190: "The case of Carmen L.: 'Their advice to anyone
            # who works with non-public information ...'").
            explanation += ctx.advice(stated)
        elif stated is not None:
            explanation += ctx.cite(case, stated)
        else:
            modelled = "The situation is modelled on a real approach by message."
            explanation += f"{modelled} {ctx.cite(case, passage, *grew)}"
            if advice is not None:
                explanation += f" {ctx.advice(advice)}"
        advised = [advice] if advice is not None else []
        evidence = [stated, passage] if stated is not None else [passage, *grew, *advised]
        # The person's own report, where they made one: not a passage of the security office's
        # own ("the IT security team flagged the USB activity", read 112).
        reported = [
            e
            for tag_id in ("security-office", "report-early")
            if (own := case.tag(tag_id)) is not None
            for e in ctx.usable(own.evidence)
            if _own_report(case, e.quote)
        ][:1]
        sources = tuple(dict.fromkeys((*evidence, *reported[:1], *ctx.channel_sources(channel))))
        if reported and reported[0] not in evidence:
            explanation += f" {ctx.cite(case, reported[0])}"
        return [
            Draft(
                "reporting",
                "scenario",
                ("report-early", "online-approach"),
                prompt,
                (right, *wrong),
                (0,),
                explanation,
                sources,
                case.id,
                family=NAME,
            )
        ]

    def general_drafts(self, ctx: Context) -> list[Draft]:
        return []


def _saying(
    ctx: Context, case: Case, grounds: str, *, own_part: bool = False, advice: bool = False
) -> Evidence | None:
    """The first sentence of the case's documents that tells keeping the evidence, never one
    that tells of a recruiter keeping it as a hold (blackmail). ``own_part``: only in the part
    of a report that tells this case, not another case of the same report (read 111: a clerk's
    handing over a phone, cited as the forecaster's); ``advice``: only advice ("should not
    delete the messages"), not someone's act."""
    pattern = re.compile(grounds)
    # (Nor one that names another case of the report: "On 8 February Mr. Mekki came to his
    # office ... and handed over his telephone" is Mekki's, cited as Ms. Belkacem's, read 300.)
    others = other_case_words(ctx, case)
    for found in ctx.sentences(case.sources):
        lower = found.quote.lower()
        if (
            pattern.search(lower)
            and not _HOLD.search(lower)
            and not _KEPT_FROM_WORK.search(lower)
            and (not advice or _ADVICE.search(lower))
            and ctx.usable([found])
            and (not own_part or in_own_part(ctx, case, found, others))
        ):
            return found
    return None
