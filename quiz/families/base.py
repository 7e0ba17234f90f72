"""What every question family shares: the draft a family writes, and the context it writes in
(the material, the organisation's channels, citations and a seeded random generator)."""

from __future__ import annotations

import functools
import hashlib
import itertools
import random
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Protocol

import attrs

from quiz.choice_form import gives_away
from quiz.documents import Document, Sentence, section_headings
from quiz.frames import CaseFrame, SignInCase, is_garbled
from quiz.material import Channel, Material
from quiz.models import Case, Evidence, TagHit
from quiz.posts import channel_at, named_post
from quiz.scenario_material import Ordinary, ScenarioMaterial, Sign
from quiz.taxonomy import cue_matches


@attrs.frozen(slots=False)
class Draft:
    """A question before its choices are placed and ids given."""

    topic: str
    kind: str
    tags: tuple[str, ...]
    prompt: str
    options: tuple[str, ...]
    correct: tuple[int, ...]
    """Indexes into ``options``: the right ones; for ordering, every index in the right order;
    for matching, the option of each item."""
    explanation: str
    sources: tuple[Evidence, ...]
    case: str | None = None
    items: tuple[str, ...] = ()
    benign: bool | None = None
    family: str = ""
    """The family that wrote it (not written to files; for reports and the quality gate)."""
    subject: str = ""
    """What it is about within its family (the warning sign, or the case): a topic set holds
    one question per family and subject, so that a situation told for two cases with only the
    workplace changed is asked once."""

    @functools.cached_property
    def key(self) -> str:
        """What the question's id is derived from: its content, whatever the choice order."""
        parts = [
            self.kind,
            self.prompt,
            "|".join(sorted(self.options)),
            "|".join(self.options[i] for i in self.correct),
            "|".join(self.items),
        ]
        return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=6).hexdigest()

    @property
    def qid(self) -> str:
        return f"q-{self.key}"


@attrs.frozen
class PostedChannel(Channel):
    """A channel told as the post a case's own document names ("Tell the Supply Security
    Officer"), with the passage that names it: the passage a question quotes for it."""

    passage: Evidence | None = None


REPORTING_ORDER = ("security-office", "hotline", "online-report")
"""The organisation's channel a "what should you do" question names: the first it has."""


class Context:
    """Everything a family needs besides the case: built once per generation."""

    def __init__(self, material: Material, scenarios: ScenarioMaterial, seed: int) -> None:
        self.material = material
        self.scenarios = scenarios
        self.seed = seed
        self.garbled: tuple[Evidence, ...] = tuple(getattr(material, "garbled", ()))
        self.used: set[tuple[str, str]] = set()
        """(family, sign) pairs already written for some case: later cases prefer others, so
        that a topic set does not tell the same situation twice."""
        self.case_used: dict[str, set[str]] = {}
        """Per case, the signs some family has asked about already."""
        self._by_document: dict[tuple[str, str], list[Evidence]] = {}
        for summary in material.extraction.documents:
            for hit in summary.tags:
                self._by_document.setdefault((_name(summary.path), hit.id), []).extend(
                    self.usable(hit.evidence)
                )
        self.offered: Counter[str] = Counter()
        """How often each wrong choice of a fixed list, and each ordinary detail, has been
        offered or told so far: the least offered come first, so that not every question offers
        the same one (reads 104, 146)."""
        self.offered_together: Counter[frozenset[str]] = Counter()
        """How often two wrong choices of a fixed list were offered side by side: two questions
        of one set that share two of their three would be answered by elimination (read 125)."""
        self.key_ranks: defaultdict[str, Counter[int]] = defaultdict(Counter)
        """How many wrong choices were longer than the key, over the questions written so far:
        over all of them ("all"), and over the questions of what to do ("reporting"), which
        break the ties of the first (see :func:`balanced`): over all, the key is the longest
        or the shortest no more often than the rest, and among questions of what to do no
        rank is keyed in half of them (read 99)."""
        self.asked: set[tuple[str, str, str]] = set()
        """(case, family, sign) for every sign a family has asked about."""
        self._fictitious: dict[str, bool] = {}
        """Per document, whether it says its people and events are invented (read once)."""
        self._alleged: dict[str, bool] = {}
        """Per case, whether its report tells it as an allegation not yet tried (read once)."""
        self._families_asked: set[tuple[str, str]] = set()
        self._other_case_words: dict[str, frozenset[str]] = {}
        """Per case, the words of the other cases' names (see :func:`other_case_words`)."""
        self.asked_passages: set[tuple[str, str, str, int, int]] = set()
        """(case, family, document, start, end) of the passages a family's questions on a case were
        modelled on: two signs one sentence shows are one question for a family, not two
        (read 298: "an unprompted offer of well-paid work" and "pay for each note" from the one
        message a thin case has)."""
        self._matching: dict[tuple[str, tuple[str, ...]], tuple[Evidence, ...]] = {}
        """Per pattern and documents, their sentences whose lower-cased text it matches (see
        :meth:`matching`)."""
        self._text_says: dict[tuple[str, str], bool] = {}
        """Whether a case's text matches an ordinary detail's ``unless`` (see :meth:`says`):
        asked for every situation told, it is the same answer every time."""

    def mark_asked(self, case: str, family: str, sign: str) -> None:
        """Note that ``family`` asked about ``sign`` for ``case``."""
        self.asked.add((case, family, sign))
        self._families_asked.add((case, family))

    def has_asked(self, case: str, family: str) -> bool:
        """Whether ``family`` asked about any sign of ``case``."""
        return (case, family) in self._families_asked

    def count_rank(self, options: Sequence[str], key: int, kind: str) -> None:
        """Count a key's length rank written without :func:`balanced` (its wordings fixed by
        the story told), so that the questions of its kind that choose wordings make up for
        it."""
        for counter in self.ranks(kind):
            counter[sum(len(o) > len(options[key]) for o in options)] += 1

    def ranks(self, kind: str) -> list[Counter[int]]:
        """The rank counts a question of this kind is balanced against: all questions', then
        (for "reporting") its own kind's."""
        return (
            [self.key_ranks["all"], self.key_ranks[kind]]
            if kind != "all"
            else [self.key_ranks["all"]]
        )

    def rng(self, *parts: object) -> random.Random:
        return random.Random(":".join(map(str, (self.seed, *parts))))

    # --- citations ----------------------------------------------------------------------

    def cite(self, case: Case | None, evidence: Evidence, *more: Evidence) -> str:
        """The case and its passages, each under the title of the document it is from: a
        second passage from another document is never credited to the first one's."""
        who = f"The case of {case.display_name}" if case is not None else "The case material"
        if case is not None and self.alleged(case):
            # What a report tells while the proceedings are pending is an allegation, quoted
            # as one (read 380: "the Committee expresses no view on his guilt").
            who += ", as alleged"
        text = f"{who}{self._under(evidence.doc, case)}: “{told(evidence)}”"
        for other in more:
            if other.doc == evidence.doc:
                text += f" “{told(other)}”"
            else:
                under = self._under(other.doc, case)
                text += f" And{under}: “{told(other)}”" if under else f" And “{told(other)}”"
        return text

    def advice(self, evidence: Evidence) -> str:
        """The report's own advice, quoted under the document's title: "The advice the report
        gives (title): “...”" (not "The advice the report gives: The case material: ...", which
        read garbled, read 271)."""
        return f"The advice the report gives{self._under(evidence.doc)}: “{told(evidence)}”"

    def alleged(self, case: Case) -> bool:
        """Whether the report tells the case as an allegation not yet tried: a paragraph the
        case's passages are in says the proceedings are pending, or that its author takes no
        view on the person's guilt ("Criminal proceedings against him are pending, and the
        Committee expresses no view on his guilt", corpus 120)."""
        if case.id not in self._alleged:
            where: dict[str, set[int]] = {}
            for hit in case.tags:
                for e in hit.evidence:
                    where.setdefault(e.doc, set()).add(e.start)
            for fact in case.facts:
                where.setdefault(fact.evidence.doc, set()).add(fact.evidence.start)
            found = False
            for name, starts in where.items():
                try:
                    doc = self.material.document(name)
                except StopIteration:
                    continue
                paragraphs = {s.paragraph for s in doc.sentences if s.start in starts}
                found = found or any(
                    _ALLEGED.search(doc.sentence_text(s)) is not None
                    for s in doc.sentences
                    if s.paragraph in paragraphs
                )
            self._alleged[case.id] = found
        return self._alleged[case.id]

    def real_case(self, case: Case | None) -> str:
        """ "a real case", or "a case" where the material the case is told in says its people
        and events are invented (a moot-court problem's "All names, places and events in this
        problem are fictitious", corpus 82: an explanation must not call it real)."""
        if case is None:
            return "a real case"
        for name in case.sources:
            if name not in self._fictitious:
                try:
                    text = self.material.document(name).text
                except StopIteration:
                    text = ""
                self._fictitious[name] = _FICTITIOUS.search(text) is not None
            if self._fictitious[name]:
                return "a case"
        return "a real case"

    def quote_after(self, cited: Evidence, evidence: Evidence) -> str:
        """A second passage, after one already cited: its words alone where it is from the same
        document, else under its document's title (read 248: "What the report says ...: The
        case material: ..." read as a label pasted in)."""
        if evidence.doc == cited.doc:
            return f"“{told(evidence)}”"
        under = self._under(evidence.doc)
        return f"{under.strip()[1:-1]}: “{told(evidence)}”" if under else f"“{told(evidence)}”"

    def _under(self, doc: str, case: Case | None = None) -> str:
        """`` (the document's title)``, or nothing for a document with neither a title in
        ``sources.toml`` nor a headline: a file name means nothing to a trainee. Nor one that
        names another of its cases, under this case ("The case of María Renée Flores Apaza
        (Oral trial: ... against Édgar Wilson MAMANI HUANCA)" read as if she were the accused,
        read 309). Nor one that names the case itself: "The case of Édgar Wilson Mamani Huanca
        (Oral trial: ... against Édgar Wilson MAMANI HUANCA)" says the name twice and read as a
        caption pasted in (read 309)."""
        title = self.material.title(doc)
        if title == doc:
            return ""
        if case is not None:
            named = other_case_words(self, case) | {
                w.lower() for w in re.findall(r"[A-Z][\w'’-]+", case.name)
            }
            if named & {w.lower() for w in re.findall(r"[\w'’-]+", title)}:
                return ""
        # A title that ends in its own bracket ("... Law (English translation)") is said with a
        # comma inside the citation's bracket: brackets inside brackets read as garbled (read
        # 268).
        said = _BRACKET_AT_END.sub(r", \1", title)
        return f" ({said})"

    def usable(self, evidence: Iterable[Evidence]) -> list[Evidence]:
        """The passages a question may quote: never one garbled, nor a paragraph's title
        ("2. Gifts.", read 292: a title names what follows and shows nothing itself)."""
        return [
            e
            for e in evidence
            if not is_garbled(e, self.garbled) and _TITLE_ONLY.fullmatch(e.quote) is None
        ]

    def in_context(self, evidence: Evidence, shortest: int = 90) -> Evidence:
        """A short passage with the sentence before it, within its paragraph (or, opening its
        paragraph, with the sentence after it), so that a quote like "I thought it was spam."
        says what it is about. Still verbatim at its offsets; never widened into a passage
        marked garbled. A passage that opens on a word pointing back ("Prosecutors say that
        some belonged to army officers", read 188) takes the sentence before it, however
        long."""
        dangling = _POINTS_BACK.match(evidence.quote) is not None
        if len(evidence.quote) >= shortest and not dangling:
            return evidence
        try:
            document = self.material.document(evidence.doc)
        except StopIteration:
            return evidence
        if not dangling and _names_its_actor(document, evidence.quote):
            # "Mr. de Windt told her to tell nobody at the hospital." says who did what on its
            # own; the sentence before ("Twice she opened the records of patients who were not
            # under her clinic") was about something else (read 384).
            return evidence
        previous = _sentence_before(document, evidence)
        if previous is not None and _ASIDE.fullmatch(document.sentence_text(previous)):
            # "(Answer: more than two years for a junior drafter.)": a note in brackets, not
            # what the passage is about (read 232).
            previous = None
        if previous is not None and _ANSWER_ONLY.fullmatch(document.sentence_text(previous)):
            # "He did not, Honourable Member.": an answer to a question the quote would not
            # show (corpus 67); the sentence after says more.
            previous = None
        if dangling and previous is None:
            return evidence
        after = [s for s in document.sentences if s.start >= evidence.end]
        start, end = evidence.start, evidence.end
        if previous is not None:
            start = previous.start  # the sentence before, in the same paragraph
            if _POINTS_BACK.match(document.text[start:end]):
                # That sentence points back in turn: the one before it as well.
                earlier = _sentence_before(
                    document, Evidence(evidence.doc, start, end, document.text[start:end])
                )
                if earlier is not None:
                    start = earlier.start
        elif after and "\n" not in document.text[evidence.end : after[0].start]:
            # The paragraph's first sentence ("The gifts arrived first."): what follows says
            # what it is about.
            end = after[0].end
        if start < evidence.start and (label := _LABEL_AT_START.match(document.text, start)):
            # (Past a transcript's speaker label: "VALENTINA PETROVNA [ru]: In August they sent
            # him ..." read as a label pasted into the quote, read 447.)
            start = min(label.end(), evidence.start)
        # (A passage pointing back is not understood without its sentence before, which may be
        # long: "He offered 800 euros a month ... in cash." before "a tenth of that", read 452.)
        if (start, end) == (evidence.start, evidence.end) or end - start > (
            500 if dangling else 400
        ):
            return evidence
        wider = Evidence(evidence.doc, start, end, document.text[start:end])
        return evidence if is_garbled(wider, self.garbled) else wider

    def in_lead(self, evidence: Evidence) -> bool:
        """Whether a passage is in the report's headline or first paragraphs, which sum the
        case up (for a report of two cases, both) rather than tell it."""
        try:
            document = self.material.document(evidence.doc)
        except StopIteration:
            return False
        paragraph = next(
            (s.paragraph for s in document.sentences if s.start <= evidence.start < s.end), 0
        )
        return paragraph <= 1

    def with_next(self, evidence: Evidence) -> tuple[Evidence, Evidence] | None:
        """The passage joined with the sentence after it in its paragraph (verbatim, at its
        offsets), and that sentence alone; None at a paragraph's end."""
        try:
            document = self.material.document(evidence.doc)
        except StopIteration:
            return None
        after = [s for s in document.sentences if s.start >= evidence.end]
        if not after or "\n" in document.text[evidence.end : after[0].start]:
            return None
        nxt = after[0]
        joined = Evidence(
            evidence.doc, evidence.start, nxt.end, document.text[evidence.start : nxt.end]
        )
        return joined, Evidence(evidence.doc, nxt.start, nxt.end, document.sentence_text(nxt))

    @functools.cache  # noqa: B019 (one context per generation)
    def case_text(self, case: Case) -> str:
        """The text of the case's documents, in lower case."""
        texts = []
        for doc in case.sources:
            try:
                texts.append(self.material.document(doc).text.lower())
            except StopIteration:
                continue
        return "\n".join(texts)

    def sentence_before(self, evidence: Evidence) -> str:
        """The sentence before a passage in its paragraph, or ``""``."""
        try:
            document = self.material.document(evidence.doc)
        except StopIteration:
            return ""
        previous = _sentence_before(document, evidence)
        return document.sentence_text(previous) if previous is not None else ""

    def passage(self, hit: TagHit | None) -> Evidence | None:
        """A tag's first passage not marked garbled, with its context; None if it has none."""
        usable = self.usable(hit.evidence) if hit is not None else []
        return self.in_context(usable[0]) if usable else None

    def usable_pairs(self, pairs: Iterable[tuple[str, Evidence]]) -> list[tuple[str, Evidence]]:
        return [(tag, e) for tag, e in pairs if not is_garbled(e, self.garbled)]

    # --- the organisation's channels -------------------------------------------------------

    def channel(self, channel_id: str) -> Channel | None:
        return next((c for c in self.material.channels if c.id == channel_id), None)

    def report_channel(self) -> Channel:
        for channel_id in REPORTING_ORDER:
            channel = self.channel(channel_id)
            if channel is not None:
                return channel
        return self.material.channels[0]

    def surrender_channel(self) -> Channel:
        return self.channel("self-surrender") or self.report_channel()

    def reporting(self, frame: CaseFrame, channel: Channel) -> Channel:
        """The channel as a question built from the case tells it: the post the case's own
        passage on reporting names ("the Supply Security Officer", "the first department"),
        where the organisation has named no channels of its own (a channels file's channels are
        the trainee's, and come first), else as the case's person would use the organisation's
        (:meth:`CaseFrame.reporting`). Never for a case approached for a relative's access: the
        post a passage names is the relative's employer's, told to the relative."""
        told = frame.reporting(channel)
        if frame.kin or self.material.channel_evidence:
            return told
        for passage in self.channel_sources(channel, frame.case):
            post = named_post(passage.quote)
            # (Someone who works for themselves has no unit or ministry of "your" own.)
            if post is None or (post.startswith("your ") and frame.works_for_themself):
                continue
            posted = channel_at(channel.id, post)
            if posted is not None:
                name, action = posted
                return PostedChannel(channel.id, name, action, channel.contact, passage)
        return told

    @staticmethod
    def works_where_told(case: Case, quote: str) -> bool:
        """Whether advice to those who work at a place ("If you work at the base or the
        dockyard, tell ...") is for this case: the place is a word of their job or of its
        passage. Advice to everyone is for everyone."""
        said = (
            _IF_YOU_WORK_AT.search(quote)
            or _GROUP_THEN_EVERYONE_ELSE.search(quote)
            or _GROUP_MAY.search(quote)
            or _GROUP_SAID.search(quote)
        )
        if said is None:
            return True
        places = set(re.findall(r"[a-z]{3,}", said.group("place").lower())) - {
            "the",
            "and",
            "their",
            *_ANYONE_WHO_WORKS,
        }
        if not places:
            return True  # "Staff may also call ...": everyone's
        told = " ".join(
            f"{fact.value} {fact.evidence.quote}" for fact in case.facts_of("role")
        ).lower()
        # (A group's word in the plural, a job's in the singular: "Seafarers" of "a seafarer".)
        return any(re.search(rf"\b{re.escape(p.removesuffix('s'))}s?\b", told) for p in places)

    def channel_sources(
        self, channel: Channel, case: Case | None = None, sign_tags: Collection[str] = ()
    ) -> tuple[Evidence, ...]:
        """The passage that defines a channel: the organisation's channels file; without one
        (the built-in defaults), a case document's own words about it, only for a case that
        document tells (a document's channels belong to its jurisdiction). An organisation's
        file replaces the documents' channels: their numbers are not its numbers. Of a
        document's passages, one that also names the warning sign the question is about
        (``sign_tags``) first: for a request to keep a contact quiet, the rule that anyone told
        to keep a contact secret reports it the same day, not the rule about offers of money
        (read 290 found a firm's rule on offers quoted for a request for secrecy)."""
        configured = self.material.channel_evidence.get(channel.id)
        if configured is not None:
            return (configured,)
        if isinstance(channel, PostedChannel) and channel.passage is not None:
            return (channel.passage,)
        if case is None:
            return ()
        # Never a passage the document tells of another of its cases ("he should have told his
        # superiors", of the first case, quoted for the second: read 103).
        # (Not a signature's job title alone, "Security Officer", which says nothing of
        # reporting: read 230.)
        # (Or the document's closing advice, after every case it tells: "How to report. Here
        # on base, tell your chef de service ... the same day" is the first case's as much as
        # the last's; read 389 found the first case of each two-case document given no passage
        # on reporting at all.)
        found = [
            e
            for e in self.usable(self.document_evidence(channel.id, case.sources))
            if (
                self.in_section(case, e)
                or (self.in_closing(e) and not self.told_of_another(case, e))
            )
            and len(e.quote.split()) >= _CHANNEL_WORDS
            # (Nor a heading, a letterhead or a signature's line, "PORT FACILITY SECURITY
            # OFFICE — LAUTOKA WHARF", "Exported by: M. Angelovska, Information Security &
            # Corporate Security Officer": words in capitals, no sentence, read 274.)
            and sum(1 for w in e.quote.split() if w[:1].islower()) >= _CHANNEL_WORDS
            # (Nor a heading in capitals with a note after it: "ANNEX FOR STAFF (added to the
            # training copy by the internal security department ...)", read 282.)
            and _HEADING_OPENS.match(e.quote) is None
            # (Nor a log entry's header, its date, shift and writer: "Tue 11/03 NOTE - L.
            # Mokgosi, Regional Security Officer (for file and supervisors only)", read 457.)
            and _ENTRY_HEADER.match(e.quote) is None
        ]
        # A passage that tells a report made or to be made to the channel first, then one that
        # names the sign: not where the channel itself acted or is only addressed ("Following
        # the report of the security officer of Air Base 511 ...", "The remaining copies will be
        # handed to the base's security officer", read 321, before the letter's own "must be
        # reported the same day to the Proviseur or the lycée's security focal point").
        # (Never advice said to a few of the readers: "Those of you serving in the Territorial
        # Defence Force or the reserve, tell your unit's security officer", quoted for a
        # civilian, read 324.)
        # (Nor what the organisation did with the report: "- Client's security department
        # informed by the Director the same day", quoted as a DTP operator's channel, read 415.)
        found = [
            e
            for e in found
            if _TO_A_FEW.search(e.quote) is None
            and _PASSED_ON_BY.search(e.quote) is None
            # (Nor where a system alerts the post: "Downloads of restricted documents outside
            # working hours trigger an immediate alert to the IT security officer", a technical
            # measure, quoted as a water directorate's channel, corpus 151, read 478.)
            and _SYSTEM_ALERTS.search(e.quote) is None
            and self.works_where_told(case, e.quote)
        ]
        found.sort(
            key=lambda e: (
                # (Advice to anyone before what this case's person would have done: corpus 109's
                # "Had he come to the Board, or rung the ABW line, ..." after its "The law is
                # lenient to those who come forward of their own accord".)
                _WOULD_HAVE.match(e.quote) is not None,
                _REPORT_TO.search(e.quote) is None and _TELL_IMPERATIVE.match(e.quote) is None,
                # (One that says when, for "tell them now": not "After the mission, contact the
                # Administration's security officer" before "Here on base, tell your chef de
                # service ... the same day", nor a circular's "report to the General Manager's
                # office by 8 November" on emergency kits, read 389.)
                # (Not for coming forward, where what the law offers says more: "The law is
                # lenient to those who come forward of their own accord", read 325.)
                bool(sign_tags) and not set(sign_tags) & cue_matches(e.quote).keys(),
                channel.id != "self-surrender" and _AT_ONCE.search(e.quote) is None,
            )
        )
        return tuple(found[:1])

    @functools.cache  # noqa: B019 (one context per generation)
    def _case_starts(self, doc: str) -> dict[str, int | None]:
        """Where each case of a document begins: its first passage there."""
        return {
            case.id: min((e.start for e in _passages(case) if e.doc == doc), default=None)
            for case in self._cases_by_doc.get(doc, ())
        }

    @functools.cached_property
    def _cases_by_doc(self) -> dict[str, list[Case]]:
        by_doc: dict[str, list[Case]] = {}
        for case in self.material.extraction.cases:
            for doc in case.sources:
                by_doc.setdefault(doc, []).append(case)
        return by_doc

    def told_of_another(self, case: Case, evidence: Evidence) -> bool:
        """Whether a passage is one extraction read for another case of its document and not
        for this one ("The next morning he went to the company's airport security officer" is
        the refueller's, never the secretary's whose example the report told first, read
        291)."""
        spot = (evidence.doc, evidence.start)
        if spot in {(e.doc, e.start) for e in _passages(case)}:
            return False
        return any(
            spot in {(e.doc, e.start) for e in _passages(other)}
            for other in self._cases_by_doc.get(evidence.doc, ())
            if other.id != case.id
        )

    def in_closing(self, evidence: Evidence) -> bool:
        """Whether a passage comes after everything its document tells of its cases: the
        document's closing words to all its readers."""
        ends = [
            e.end
            for case in self._cases_by_doc.get(evidence.doc, ())
            for e in _passages(case)
            if e.doc == evidence.doc
        ]
        return bool(ends) and evidence.start >= max(ends)

    def in_section(self, case: Case, evidence: Evidence) -> bool:
        """Whether a passage lies in the part of its document that tells this case: in a
        report of several cases, from where the case's own passages begin to where the next
        case's begin. A report of one case is all its."""
        starts = self._case_starts(evidence.doc)
        begun = sorted(start for start in starts.values() if start is not None)
        own = starts.get(case.id)
        if len(begun) < 2 or own is None:
            return True
        following = [start for start in begun if start > own]
        return own <= evidence.start and (not following or evidence.start < following[0])

    def sentences(self, docs: Sequence[str]) -> Iterator[Evidence]:
        """Every sentence of the named documents, in order, as a passage at its offsets."""
        for doc in docs:
            try:
                document = self.material.document(doc)
            except StopIteration:
                continue
            for sentence in document.sentences:
                text = document.sentence_text(sentence)
                yield Evidence(doc, sentence.start, sentence.end, text)

    def matching(self, grounds: str, docs: Sequence[str]) -> tuple[Evidence, ...]:
        """The sentences of the named documents, in order, whose lower-cased text ``grounds``
        matches: searched once per pattern and documents, not again for each of their cases."""
        key = (grounds, tuple(docs))
        found = self._matching.get(key)
        if found is None:
            pattern = re.compile(grounds)
            found = tuple(e for e in self.sentences(docs) if pattern.search(e.quote.lower()))
            self._matching[key] = found
        return found

    def document_evidence(self, tag_id: str, docs: Sequence[str]) -> list[Evidence]:
        """A tag's passages in the named documents' own text (not about one case)."""
        found: list[Evidence] = []
        for doc in docs:
            found.extend(self._by_document.get((_name(doc), tag_id), ()))
        return found

    def strangers_ruled(self, case: Case) -> bool:
        """Whether a rule of the case's documents tells staff to report any stranger who asks
        about their work, or any approach from outside (``Actions.strangers_ruled``)."""
        pattern = self.scenarios.actions.strangers_ruled
        return any(re.search(pattern, e.quote.lower()) for e in self.sentences(case.sources))

    def says(self, pattern: str, text: str) -> bool:
        """Whether ``pattern`` occurs in ``text`` (a case's whole text): worked out once per
        pair, not for every situation told."""
        key = (pattern, text)
        found = self._text_says.get(key)
        if found is None:
            found = self._text_says[key] = re.search(pattern, text) is not None
        return found

    # --- picking ----------------------------------------------------------------------------

    def ordinary(
        self,
        group: str,
        rng: random.Random,
        count: int,
        *,
        familiar: bool = False,
        local: bool = False,
        coworker: bool = False,
        sign: str = "",
        personal: bool = False,
        cover: bool = False,
        office: bool = True,
        profile: bool = True,
        business: bool = False,
        benign: bool = False,
        about_job: bool = True,
        arranged: bool = False,
        unannounced: bool = False,
        said: str = "",
        shown: frozenset[str] = frozenset(),
    ) -> list[Ordinary]:
        """Ordinary details to tell; for a contact already known, none of first impressions; for
        a colleague (``coworker``), none only an outsider would tell;
        for one made in private life, none about the trainee's work, and details of private
        life only there; none of desk work for someone who runs their own business; none the
        case's own documents (``said``, lower case) call a warning sign."""
        pool = [
            d
            for d in self.scenarios.ordinary[group]
            if not (d.unless and said and self.says(d.unless, said))
            and not (familiar and d.first)
            and not (local and d.remote)
            and not (coworker and d.outsider)
            and sign not in d.not_with
            and not (personal and d.work)
            and personal >= d.private
            and not (cover and d.employer)
            and not (office and d.away)
            and not (not office and (d.office or d.work))
            and not (not profile and d.profile)
            and not (business and d.office)
            and not (benign and d.foreign)
            and (about_job or not d.job)
            and not (arranged and d.unexpected)
            and not (unannounced and d.announced)
            and not set(d.not_in_case) & shown
        ]
        rng.shuffle(pool)
        # The details told least often so far first: not every situation told with the same
        # few, which trainees learn are never the answer (read 146: a colleague "staying late
        # before a deadline" and "asking for the new project's plan" in question after question,
        # two questions of one set offering the same two).
        pool.sort(key=lambda d: self.offered[d.choice])
        # At most one of details that cannot all be true of one contact.
        groups: set[str] = set()
        kept: list[Ordinary] = []
        for detail in pool:
            if detail.group and detail.group in groups:
                continue
            groups.add(detail.group)
            kept.append(detail)
        # Wrong choices a trainee might be tempted by (an accent, a foreign company) before
        # small talk: the families offer the first details as choices.
        pool = sorted(kept, key=lambda d: d.filler)
        # One detail about the job comes first, so that the first details, which the
        # families offer as choices, never leave the warning sign the only choice about work.
        # (Never small talk: the one detail about the job offered as a choice would be one
        # nobody picks, read 236: "which events in your field are worth attending".)
        job = next((d for d in pool if d.job and not d.filler), None)
        if job is not None:
            pool.remove(job)
            pool.insert(0, job)
        self.offered.update(d.choice for d in pool[:count])
        return pool[:count]


def told(evidence: Evidence) -> str:
    """A passage as an explanation quotes it: its words with single spaces, where a
    hard-wrapped document's line end and the next line's indent stand between two of them, and
    without the number or the mark its paragraph or list item opens with ("18. The facts ...",
    "6.2 The Board asked ...", "- wants it kept from ...", read 285). The source keeps the
    verbatim text at its offsets (docs/case-material.md)."""
    words = " ".join(evidence.quote.split())
    words = _ITEM_MARK.sub("", words, count=1) or words
    if (words.startswith('"') and words.count('"') % 2) or (
        words.startswith("“") and words.count("“") > words.count("”")
    ):
        # A sentence that opens a quotation the next one closes: without its opening mark,
        # which no closing one would answer (read 331: “"If anyone ...”).
        words = words[1:].lstrip()
    return words


_ITEM_MARK = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|\(?[a-z]\)|\(\d{1,2}\)|[-•*–—])\s+(?=\S)"
)
"""A paragraph's number or a list item's mark opening a passage."""


def offered(details: Sequence[Ordinary], count: int) -> list[Ordinary]:
    """The told details a family offers as wrong choices: a detail about the job first where
    there is one (see :meth:`Context.ordinary`), then the longest of the rest, small talk last,
    so that a warning sign's longer name does not give it away as the longest choice."""
    first = [d for d in details[:1] if d.job]
    rest = sorted(details[len(first) :], key=lambda d: (d.filler, -len(d.choice)))
    return [*first, *rest][:count]


def _passages(case: Case) -> Iterable[Evidence]:
    """Every passage the case was read from: its patterns' and its facts'."""
    for hit in case.tags:
        yield from hit.evidence
    for fact in case.facts:
        yield fact.evidence


_TITLE_ONLY = re.compile(
    r"\s*(?!(?:She|He|They|It|We|You|Nobody|Nothing)\b)(?:The\s+)?[A-Z][a-z]+(?:\s+[a-z]+)?\.\s*"
)
"""A paragraph's title on its own: "Gifts.", "The offer.", "Escalating requests."."""
_ASIDE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*")
"""A sentence that is only a note in brackets."""
_HEADING_OPENS = re.compile(r"(?:[A-Z]{2,}[ \t]+){2,}(?:[A-Z]{2,}\b|\()")
"""A passage that opens with a heading in capitals ("ANNEX FOR STAFF (...)")."""
_ENTRY_HEADER = re.compile(
    r"\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s+"
    r"[A-Z]{3,}\b"
    # (Or a record's remark, its number and who entered it: "REMARK 2 (TR-24-083), entered 29
    # August by K. Pálsson, Security Officer, with the Travel and Finance Office", corpus 157,
    # read 494.)
    r"|\s*[A-Z]{3,}\s+[\w./-]+\s*(?:\([^)]{1,40}\))?,?\s+(?:entered|recorded|written|added|filed|"
    r"logged|made|noted)\b[^.;]{0,40}?\bby\b"
)
"""A log entry's header: its date, then a word in capitals ("Tue 11/03 NOTE - L. Mokgosi"), or
a record's remark with who entered it ("REMARK 2 (TR-24-083), entered 29 August by ...")."""
_CHANNEL_WORDS = 4
"""The fewest words of a passage that tells a channel, and of its words in lower case: more than
a job title or a heading."""
_WOULD_HAVE = re.compile(
    r"\W*(?:[Hh]ad\s+(?:he|she|they|[A-Z][\w'’-]+)|[Ii]f\s+(?:he|she|they|[A-Z][\w'’-]+)\s+had)\b"
)
"""A passage that tells what the case's person would have done ("Had he come to the Board")."""
_REPORT_TO = re.compile(
    r"\b(?:report(?:s|ed|ing)?|tell|told|inform(?:s|ed)?|contact(?:s|ed)?|call(?:s|ed|ing)?|"
    r"notify|notified|declared?|speak|spoke|talk(?:s|ed)?|went|go|goes|came|come|turn(?:s|ed)?)\b"
    # (Past an address's dots: "Contact the Security Office at security@kims.fi or on ...".)
    r"[^;]{0,80}?\b(?:to|directly|on|with)\b"
    # (Or whom to tell, with no "to": "... says no, keeps whatever was left or sent, and tells
    # the Sector Supervisor or the District Security Officer the same day", corpus 153.)
    r"|\b(?:tells?|informs?|notif(?:y|ies)|alerts?)\s+(?:the|your|their)\s+[\w-]+",
    re.IGNORECASE,
)
"""A report made or to be made somewhere ("must be reported the same day to", "should contact
their security officer", "went to the security office")."""
_AT_ONCE = re.compile(
    r"\b(?:the\s+same\s+day|same-day|at\s+once|immediately|straight\s+away|right\s+away|"
    r"without\s+delay|as\s+soon\s+as|within\s+(?:an?|one|two|24|48|a\s+few)\s+(?:hours?|days?|"
    r"business\s+days?|working\s+days?)|now|before\s+(?:anybody|anyone|you|they|he|she)\s+"
    r"(?:answers?|repl(?:y|ies)|responds?|agrees?|does\s+anything))\b",
    re.IGNORECASE,
)
"""A passage that says when to report: at once."""
_TELL_IMPERATIVE = re.compile(
    # (Or after what it is for: "If anyone is approached with money, gifts or threats, or asked
    # for yard information or to keep a contact secret, tell the Ethics Office", corpus 152, read
    # 483: the travel notification rule quoted before it.)
    r"\W*(?:(?:if|when|whenever)\b[^.;]{1,160}?,\s*|[\w ]{1,40},\s*)?"
    r"(?:tell|contact|call|inform|alert|speak\s+to|go\s+to)\b",
    re.IGNORECASE,
)
"""Advice to report, however it ends: "Here on base, tell your chef de service, the station
manager, ... or me, the same day"."""
_SYSTEM_ALERTS = re.compile(
    r"\b(?:triggers?|generates?|raises?|sends?|sets?\s+off)\s+(?:an?\s+)?(?:immediate\s+|"
    r"automatic\s+|instant\s+)?(?:alerts?|alarms?|notifications?|warnings?)\s+(?:to|for)\b",
    re.IGNORECASE,
)
"""A system alerting a post ("trigger an immediate alert to the IT security officer"): a
technical measure, not where anyone reports."""
_PASSED_ON_BY = re.compile(
    r"\b(?:informed|notified|alerted|told|contacted)\s+by\s+(?:the|our|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:director|manager|company|management|chief|head|board|president|secretary)\b|"
    # (Or told in writing, by the organisation: "The naval base's security department was
    # informed by formal note", quoted as a jobseeker's channel, read 468.)
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:informed|notified|alerted|told)\s+(?:by\s+"
    r"(?:an?\s+)?(?:formal|official|written)?\s*(?:note|letter|memo|e-?mail|circular)|in\s+writing)\b|"
    # (Or a report passed on: "Report of the calls passed to the Ministry's security office", a
    # log's line of what the office did, corpus 119.)
    r"\b(?:was|were|been)\s+passed\s+(?:on\s+)?to\b|^\W*reports?\s+of\s+[^.;]{1,40}?\bpassed\s+"
    r"(?:on\s+)?to\b",
    re.IGNORECASE,
)
"""A passage that tells the channel told by the organisation, not by the person."""
_TO_A_FEW = re.compile(
    # ("He reminded members that staff in posts with access to classified programmes file the
    # usual overseas travel notification with the Ethics Office", corpus 152, read 483.)
    r"\b(?:staff|employees|those|people)\s+(?:in|holding)\s+(?:[\w-]+\s+)?(?:posts|positions|"
    r"roles|jobs)\s+(?:with|that|which|where)\b|"
    r"\b(?:those\s+of\s+you\s+(?:who\s+(?:are|serve|work)|serving|working|in)|(?:if|where|when)\s+you\s+"
    r"(?:are\s+(?:a\s+)?(?:member|serving|in)|serve|work)\s+(?:in|with|for|as|of)|members\s+of\s+"
    r"the\s+[\w\s-]{1,60}?\s+(?:should|must)|"
    # ("Teachers and volunteers who work inside the base quarters may also go to the base
    # religious officer", quoted for a dockyard apprentice, read 327.)
    r"^\W*(?:[\w-]+\s+){0,2}?[\w-]+s(?:\s+and\s+[\w-]+s)?\s+who\s+(?:work|serve|live|teach)\b"
    r"[^.;]{0,80}?\b(?:may|should|must|can)\s+(?:also\s+)?(?:go|tell|report|contact|call|speak)|"
    # ("Ship crews may also go to their own Ship Security Officer", quoted for a ferry engineer,
    # read 389: a channel for some readers, beside the one for all.)
    r"^\W*(?:[\w-]+\s+){0,2}?[\w-]+s\s+(?:may|can)\s+also\s+(?:go|tell|report|contact|call|speak)|"
    # (A list's line for one group of readers: "- military families tell their unit's security
    # officer;", quoted for a clinic's nurse, read 413; "- Public servants: your departmental
    # security officer"; not "- anyone can contact ...", which is everyone's.)
    # (A group named by what sets it apart, a word before it or what its members do: "all staff",
    # "Employees report ..." are everyone.)
    r"(?:^|(?<=^[-•*–]\s))(?!(?:anyone|anybody|everyone|everybody|all|any|you|our|your|the)\b)"
    r"(?:(?:[\w-]+\s+){1,2}?(?:[\w-]+s|staff|personnel)|[\w-]+s\s+who\s+[^.;:]{1,60}?)"
    r"(?:\s*:\s|\s+(?:tell|report|contact|call|go\s+to|speak\s+to)\b))",
    re.IGNORECASE,
)
"""Advice said to some of the readers only ("Those of you serving in the reserve, tell ...",
"Members of the Maritime Self-Defense Force and their families should also tell the security
officer of their unit", quoted for an apartment block's manager, read 327)."""
_IF_YOU_WORK_AT = re.compile(
    r"\b(?:if|where|when)\s+you\s+(?:or\s+your\s+[\w-]+\s+)?(?:work|are\s+working)\s+"
    r"(?:at|on|inside|in)\s+(?P<place>(?:the|a|an)\s+[^,.;:]{2,60}?)\s*[,.;:]",
    re.IGNORECASE,
)
"""Advice to those who work at a place: "- If you or your husband work at the facility, the
facility's security officer" is no channel for a childcare educator in town (read 437); "If
you work at the base or the dockyard, tell your supervisor ..." is for a dockyard apprentice
(read 327)."""
_GROUP_THEN_EVERYONE_ELSE = re.compile(
    r"^\W*(?P<place>[\w-]+s\s+(?:and\s+[\w-]+s\s+)?(?:of|at|in|on)\s+(?:the\s+)?[^,.;:]{2,60}?)\s+"
    r"(?:go|tell|report|contact|call|should|must|can)\b[^.]*?\b(?:everyone|anyone|all|everybody)\s+else\b",
    re.IGNORECASE,
)
"""Advice to one group, then to everyone else: "Soldiers and employees of the Bundesheer go to
their unit's security officer ...; everyone else to the police" is no channel for a
professional hunter (corpus 127)."""
_GROUP_MAY = re.compile(
    r"^\W*(?P<place>(?:[\w-]+\s+)?[\w-]+s(?:\s+(?:on|at|in|of|aboard)\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+)?)\s+"
    r"(?:may|can|should|must)\s+(?:also\s+)?(?:speak|talk|go|report|tell|contact|call|write|turn)\b",
    re.IGNORECASE,
)
"""Advice to one group by name, its subject: "- Seafarers on board may also speak to their ship
security officer" is no channel for a shore volunteer or a dock worker (corpus 161, read 503:
two wrong keys); "- Family members of base personnel can also go to the base security office at
the main gate" none for a rose farm's greenhouse technician (corpus 164, read 509)."""
_GROUP_SAID = re.compile(
    r"\b(?:said|says|added|urged|stressed|noted|reminded)\s+(?:that\s+)?"
    r"(?P<place>(?:[\w-]+\s+){0,2}?(?:[\w-]+s|personnel|staff)(?:\s+and\s+(?:their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:[\w-]+s|personnel|staff))?)\s+"
    r"(?:may|can|should|must)\s+(?:also\s+)?(?:speak|talk|go|report|tell|contact|call|write|turn)\b",
    re.IGNORECASE,
)
"""The same, said by someone the report quotes: "Lt. Col. Dana R. Whitfield, a spokesperson
for U.S. Forces Korea, said American personnel and their Korean employees should report any
such contact to their unit security manager" is no channel for a solar panel installer or a
ferry trader (corpus 170, read 520)."""
_ANYONE_WHO_WORKS = frozenset(
    {"employees", "staff", "members", "workers", "personnel", "people", "those", "soldiers"}
    | {"everyone", "anyone", "others", "other", "visitors", "readers", "residents", "citizens"}
)
"""Words of such a group that say nobody's place: the place is the rest ("Bundesheer")."""
_ALLEGED = re.compile(
    r"\bproceedings\s+(?:against\s+(?:him|her|them)\s+)?(?:are|is|remain)\s+(?:still\s+)?pending\b|"
    r"\b(?:expresses|expressed|takes|took|offers|offered)\s+no\s+(?:view|opinion|position)\s+on\s+"
    r"(?:his|her|their|the)\s+(?:guilt|innocence)\b|\bpresumed\s+innocent\b|"
    r"\b(?:has|have)\s+denied\s+(?:the\s+|all\s+)?(?:charges?|allegations?|wrongdoing)\b|"
    r"\bdenies\s+(?:the\s+|all\s+|any\s+)?(?:charges?|allegations?|wrongdoing)\b",
    re.IGNORECASE,
)
"""A report's words that what it tells of a case is not yet proven."""
_FICTITIOUS = re.compile(
    r"\b(?:names|characters|persons|people|events|places|facts)\b[^.;]{0,60}?\b(?:are|is|were)\s+"
    r"(?:entirely\s+|wholly\s+|all\s+)?(?:fictitious|fictional|invented|imaginary|hypothetical)\b|"
    r"\b(?:this|the)\s+(?:problem|scenario|story|case|exercise)\s+is\s+(?:entirely\s+)?"
    r"(?:fictitious|fictional|invented|imaginary|hypothetical)\b",
    re.IGNORECASE,
)
"""A document that says its people and events are invented."""
_BRACKET_AT_END = re.compile(r"\s*\(([^()]+)\)\s*$")
"""A title's closing bracket: "(English translation)"."""
_POINTS_BACK = re.compile(
    r"\W*(?:(?:[\w-]+\s+){1,3}(?:say|says|said|believe|believes|allege|alleges|added|found)\s+"
    r"(?:that\s+)?)?(?:some|these|those|others|both|most|many|none|several)\s+"
    r"(?:were|was|are|is|had|have|belonged|came|went|included|of\s+them)\b"
    # "Neither is published.", "None of this had anything to do with archaeology." (read 200).
    r"|\W*(?:neither|none\s+of\s+(?:this|these|that|those|it|them)|all\s+of\s+(?:this|that))\b"
    # "This gift was not declared; ..." says nothing of what the gift was (read 228).
    r"|\W*(?:this|these|those)\s+(?:[a-z][\w-]*\s+){1,2}(?:was|were|is|are|had|has|have|came|did)\b"
    # "That's more than I make in a fortnight." says nothing of what is (corpus 79).
    r"|\W*that(?:['’]s|\s+is|\s+was)\s+(?:more|less|twice|three|four|five|ten|half|about|over|under|"
    r"nearly|almost|a\s+lot|roughly|around|some)\b"
    # "For comparison, the chair noted, the salary of a senior engineer-metrologist ... is about
    # 380,000 tenge a month", "To put the sum in proportion: it is about three months of her
    # basic salary" say nothing of what is compared (the 500 dollars a note, the 1,500 euros of
    # the sentence before, corpus 148, read 463).
    r"|\W*for\s+comparison\b|\W*to\s+put\s+(?:the|this|that|it)\s+(?:sum|figure|amount|fee|payment)?\s*"
    r"in\s+(?:proportion|perspective|context)\b"
    # "When she wanted to stop last week he said the same again." says nothing of what was said
    # (read 272).
    r"|(?=[^.;]*?\b(?:said|say|says|did|do|does|repeated|threatened)\s+the\s+same\b)"
    # "The same applies to offers of payment for "consultancy" ..." says nothing of what applies
    # (read 313).
    r"|\W*the\s+same\s+(?:applies|goes|holds|is\s+true|rule)\b|\W*(?:this|that)\s+(?:also\s+)?applies\b"
    # "For comparison, the mobile operators pay perhaps a tenth of that for a mast" says nothing of
    # what that is (the 800 euros a month of the sentence before, read 452).
    r"|(?=[^.;]*?\b(?:a\s+(?:tenth|fifth|quarter|third|fraction)|half|twice|double|triple|"
    r"(?:two|three|four|five|ten|several)\s+times)\s+(?:of\s+)?(?:that|this)\b)",
    re.IGNORECASE,
)
"""A passage that opens on a word pointing back to what the sentence before named."""


_LABEL_AT_START = re.compile(
    r"[^\W\d_a-z][^\W\da-z]*(?:[ \t][^\W\da-z]+){0,3}(?:[ \t]\[[a-z]{2,3}\])?:[ \t]+"
)
"""A transcript's speaker label opening a line: "VALENTINA PETROVNA [ru]: ", "ȚURCANU: "."""
_ANSWER_ONLY = re.compile(
    # (After a transcript's speaker label: "MS NGHIFIKWA: He did not, Honourable Member.")
    r"\W*(?:[A-Z][A-Z .'’-]+:\s*)?"
    r"(?:yes|no|(?:he|she|they|it|i|we)\s+(?:did|does|do|was|were|is|are|had|has|have|could|"
    r"would|can|will)(?:\s+not|n[\x27’]t)?)\b[^.?!]{0,40}[.!]\s*",
    re.IGNORECASE,
)
"""A sentence that only answers a question: "He did not, Honourable Member.", "Yes."."""


_NAMED_OPENING = re.compile(
    r"\W*(?P<title>(?:Mr|Ms|Mrs|Miss|Mx|Dr|Mme)\.?\s+)?"
    r"(?P<name>(?:(?:[A-Z][\w'’-]+|de|van|der|von|da|del|bin|binti)\s+){0,3}?[A-Z][\w'’-]+)"
    r"\s+[a-z]"
)
"""A passage that opens on a person's name and goes on in lower case ("Mr. de Windt told her",
"Rourke lent him")."""
_NOT_A_NAME = frozenset(
    "I He She It We You They His Her Its Our Your Their My The A An This That These Those There "
    "Here In On At By For From To Of With After Before During Since Until When While Then Now But "
    "And Or So Yet As If Once Twice Later Last Next Early Soon Still Also Only".split()
)
"""Words that open sentences with a capital and are not names, whatever the document does with
them elsewhere (a title "In Memoriam", the surname "He")."""


def _names_its_actor(document: Document, quote: str) -> bool:
    """Whether a passage opens on a person's name: after a title, or a word the document also
    writes with a capital in the middle of a sentence (a name, not "Twice" or "Later" opening a
    sentence)."""
    opening = _NAMED_OPENING.match(quote)
    if opening is None or _REFERS_BACK.search(quote):
        return False
    if opening["title"]:
        return True
    words = [w for w in opening["name"].split() if w[:1].isupper()]
    return all(w not in _NOT_A_NAME and _capital_mid_sentence(document, w) for w in words)


def _capital_mid_sentence(document: Document, word: str) -> bool:
    """Whether the document writes a word with its capital after the start of a sentence."""
    return any(
        _SENTENCE_START.search(document.text[max(0, m.start() - 4) : m.start()]) is None
        for m in re.finditer(rf"\b{re.escape(word)}\b", document.text)
    )


_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”‘’(\n]|\s[-–—])\s*$")
_REFERS_BACK = re.compile(r"\b(?:this|that|these|those)\s+(?:is|was|are|were)\b", re.IGNORECASE)
"""A passage that says what something told before it is ("points out that this is more than two
months of her salary")."""


def _sentence_before(document: Document, evidence: Evidence) -> Sentence | None:
    """The sentence just before a passage, where it is in the same paragraph."""
    before = [s for s in document.sentences if s.end <= evidence.start]
    if not before or "\n" in document.text[before[-1].end : evidence.start]:
        return None
    return before[-1]


def _name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


_CAP_FROM = 6
"""From how many questions on the longest or shortest key is held to a third."""


def balanced(
    rng: random.Random,
    keys: Sequence[str],
    slots: Sequence[Sequence[str]] = (),
    pool: Sequence[str] = (),
    count: int = 3,
    *,
    ranks: Sequence[Counter[int]] | None = None,
) -> tuple[str, list[str]]:
    """A key and ``count`` wrong choices whose lengths do not tell the key: one of the ways of
    saying the key, one of the ways of saying each wrong choice a question must offer
    (``slots``), the rest from ``pool``, chosen so that the number of wrong choices longer than
    the key is drawn evenly from 0 to ``count`` (or is the nearest some choice of wordings
    reaches), or, given the ``ranks`` reached so far, is the one reached least often. Over a
    set the key is then the longest choice, the second, the third and the shortest about
    equally often, not always the second (read 99 found the key second-longest in half the
    questions). Never a form that tells the key (far the longest, or the only choice that
    gives a reason) where another wording avoids it."""
    fill = max(count - len(slots), 0)
    candidates = [
        (key, tuple(wrong))
        for key in dict.fromkeys(keys)
        for fixed in itertools.product(*slots)
        for extra in itertools.combinations(dict.fromkeys(pool), fill)
        if key not in (wrong := [*fixed, *extra][:count]) and len(set(wrong)) == len(wrong)
    ]
    if not candidates:
        raise ValueError("no wrong choices to offer beside the key")
    # Never two wordings of one wrong choice side by side ("Ask a friend to look into the
    # contact's background privately" and "..., since it costs nothing to check": read 111),
    # where the lists allow it.
    candidates = [
        c for c in candidates if len({_opening(w) for w in c[1]}) == len(c[1])
    ] or candidates
    # A form that tells the key only where no wording avoids it (the gate drops what is left).
    fair = [c for c in candidates if not gives_away(*c)] or candidates
    reached = {c: sum(len(w) > len(c[0]) for w in c[1]) for c in fair}
    if ranks is None:
        # The rank drawn evenly, or the nearest that some wording reaches.
        target = rng.randrange(count + 1)
        off = min(abs(rank - target) for rank in reached.values())
        chosen = [c for c, rank in reached.items() if abs(rank - target) == off]
    else:
        # The rank given least often so far among those some wording reaches: a small body of
        # material is as even as a large one, and a rank some question cannot reach (the
        # shortest, beside "None of these") is made up by others.
        # (Given several counts, the first decides, the next break its ties.)
        # Never the longest or the shortest key so often that a trainee guessing by length
        # would profit (more than a third of the questions so far), where another rank is
        # within reach: questions whose ranks are fixed by their story (the look-alikes) are
        # made up for, but not by making the key the longest everywhere else (corpus 41).
        overall = ranks[0]
        total = sum(overall.values()) + 1
        extreme = {0, count}
        # (Unless another rank already holds half the questions of this kind: a key
        # second-longest in more than half the "what should you do?" questions profits a
        # guesser as much, corpus 41 after read 298.)
        own = ranks[-1]
        most = max(own.values(), default=0)
        own_total = sum(own.values()) + 1
        allowed = {
            c: rank
            for c, rank in reached.items()
            if rank not in extreme
            or total < _CAP_FROM
            or 3 * (overall[rank] + 1) <= total
            or (own_total >= _CAP_FROM and 2 * most >= own_total)
        } or reached
        least = min(tuple(counts[rank] for counts in ranks) for rank in allowed.values())
        chosen = [
            c for c, rank in allowed.items() if tuple(counts[rank] for counts in ranks) == least
        ]
    picked = rng.choice(chosen)
    for counts in ranks or ():
        counts[reached[picked]] += 1
    return picked[0], list(picked[1])


@functools.lru_cache(maxsize=4096)
def _opening(text: str) -> str:
    """A choice's first five words: two choices that open alike are one choice said twice."""
    return " ".join(text.lower().split()[:5])


def stereotype_answered(ctx: Context, wrong: Sequence[str]) -> str:
    """The sentence that answers a wrong choice naming someone foreign or ties abroad (" Being
    foreign ... is no warning sign in itself."), or "" where no wrong choice does."""
    actions = ctx.scenarios.actions
    if actions.foreign_words and any(
        re.search(actions.foreign_words, w.lower()) is not None for w in wrong
    ):
        return f" {actions.foreign_ordinary}"
    return ""


def unexpected_answered(ctx: Context, text: str, frame: CaseFrame) -> str:
    """The sentence that answers a harmless situation opened by a stranger out of the blue
    (" A contact you have not met before is no warning sign on its own ..."), or "" where it opens
    otherwise."""
    said = ctx.scenarios.actions.unexpected_ordinary
    unannounced = frame.material.channels[frame.channel].unannounced
    # (Not a way in through someone known: "A relative of yours introduces you to a friend of
    # theirs" is no contact out of the blue, read 370.)
    # (Nor one introduced by an acquaintance, read 380.)
    if frame.familiar or frame.introduced:
        return ""
    return f" {said}" if said and unannounced and opened_by_stranger(text, frame) else ""


def lc(text: str) -> str:
    return text[:1].lower() + text[1:]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Family(Protocol):
    """A kind of question: what it needs from a case, and how it writes its drafts."""

    name: str

    def case_drafts(self, ctx: Context, frame: CaseFrame) -> list[Draft]:
        """Questions built from one case (empty when the case lacks what the family needs)."""
        ...

    def general_drafts(self, ctx: Context) -> list[Draft]:
        """Questions about no single case (reporting channels)."""
        ...


def story(sentences: Sequence[str]) -> str:
    """The sentences of a situation as one text; a time opening a sentence ("Early on, ...")
    said once: the next that opens with it goes without it (read 287: "Early on, the contact
    asks ... Early on, the contact asks ...")."""
    told: list[str] = []
    openings: set[str] = set()
    for sentence in (s.strip() for s in sentences):
        if not sentence:
            continue
        opening = _TIME_OPENING.match(sentence)
        if opening is not None:
            if opening.group(0).lower() in openings:
                sentence = cap(sentence[opening.end() :])
            openings.add(opening.group(0).lower())
        told.append(sentence)
    return " ".join(told)


_TIME_OPENING = re.compile(
    r"(?:Early on|At first|Later|Soon after|After that|Over the following (?:weeks|months)),\s+"
)


def in_own_part(ctx: Context, case: Case, found: Evidence, others: frozenset[str]) -> bool:
    """Whether a sentence stands in the part of a report that tells this case, not another of
    its cases (``others``: :func:`other_case_words` of the case)."""
    return (
        ctx.in_section(case, found)
        and not ctx.told_of_another(case, found)
        and not others & set(re.findall(r"[\w'’-]+", found.quote.lower()))
    )


def other_case_words(ctx: Context, case: Case) -> frozenset[str]:
    """The words of the names of the other cases the case's documents tell, lower-cased, less
    the case's own: a sentence that holds one tells of another case."""
    # (Asked for every citation of a case: worked out once per case, read 309's title check
    # cost a fifth of generation at 500 cases.)
    if case.id in ctx._other_case_words:
        return ctx._other_case_words[case.id]
    own = {w.lower() for w in re.findall(r"[\w'’-]+", case.name)}
    sources = set(case.sources)
    words = frozenset(
        word.lower()
        for other in ctx.material.extraction.cases
        if other.id != case.id and sources & set(other.sources)
        for word in re.findall(r"[A-Z][\w'’-]+", other.name)
        if word.lower() not in own
    )
    ctx._other_case_words[case.id] = words
    return words


def said_of_anyone(
    ctx: Context, case: Case, grounds: str, unless: str = r"(?!)"
) -> Evidence | None:
    """The first sentence of the case's documents that matches ``grounds`` (over its lower-cased
    text), not ``unless``, and names no other case of those documents: what a report says of
    anyone (a policy of leniency, who is targeted abroad) or of this case, never of another of
    its cases. Never another report's: its words are another jurisdiction's."""
    not_this = re.compile(unless)
    demand = re.compile(ctx.scenarios.actions.demand_grounds)
    others = other_case_words(ctx, case)
    said = (
        found
        for found in ctx.matching(grounds, case.sources)
        if not not_this.search(lower := found.quote.lower())
        # (Nor what a letter demands: "4. Our demands ... (b) A written procedure ...
        # guaranteeing that a worker who reports ... will not be sanctioned", read 309.)
        and not demand.search(lower)
        and not demand.search(_heading_over(ctx, found).lower())
        and ctx.usable([found])
        and not others & set(re.findall(r"[\w'’-]+", lower))
        # (Nor one extraction read for another case, by the name people use: "The Sergeant said
        # ... that Mossie's coming forward counted for a great deal", quoted for the hackney
        # driver of the same men's shed's notes, corpus 159, read 499.)
        and not ctx.told_of_another(case, found)
    )
    # What it says of anyone before what would have been ("Had he come to the Board ... the law
    # treats those who come forward ... very differently", before "The law is lenient to those
    # who come forward of their own accord").
    return min(said, key=lambda found: _WOULD_HAVE.match(found.quote) is not None, default=None)


def _heading_over(ctx: Context, found: Evidence) -> str:
    """The heading the passage stands under in its document, or ``""``."""
    try:
        document = ctx.material.document(found.doc)
    except StopIteration:
        return ""
    paragraph = next(
        (s.paragraph for s in document.sentences if s.start <= found.start < s.end), None
    )
    return section_headings(document).get(paragraph, "") if paragraph is not None else ""


def pick_signs(
    ctx: Context,
    frame: CaseFrame,
    family: str,
    count: int,
    *,
    perspective: str | None = None,
    needs_benign: bool = False,
    without_benign: bool = False,
    at_most: int | None = None,
    count_as_used: bool = True,
) -> list[SignInCase]:
    """The signs of a case a family asks about: ones no other family has used for this case
    (unless the case shows too few signs to share: then all of them), then ones this family has
    not yet used for another case; never more than ``at_most``. ``without_benign``: only signs
    with no harmless counterpart in the case's situation, which no look-alike can ask about;
    ``count_as_used=False``: a pick that does not steer which signs the next cases are asked
    about (it still counts for this case)."""
    signs = [
        s
        for s in frame.signs
        if (frame.has_benign(s.sign) or not needs_benign)
        and not (without_benign and frame.has_benign(s.sign))
        and (perspective is None or s.sign.perspective == perspective)
    ]
    case_used = ctx.case_used.setdefault(frame.case.id, set())
    share = len(frame.signs) < 3
    fresh = [s for s in signs if share or s.sign.tag not in case_used]
    # Then signs another family has asked about for this case: a different question about
    # the same situation is better than none.
    fresh += [s for s in signs if s not in fresh]
    fresh = [s for s in fresh if (frame.case.id, family, s.sign.tag) not in ctx.asked]
    fresh.sort(
        key=lambda s: (s.sign.tag in case_used and not share, (family, s.sign.tag) in ctx.used)
    )
    # One question per passage for a family: a second sign the same sentence shows asks the
    # same thing again.
    once: list[SignInCase] = []
    for s in fresh:
        passage = (frame.case.id, family, s.evidence.doc, s.evidence.start, s.evidence.end)
        if passage not in ctx.asked_passages and all(
            (o.evidence.doc, o.evidence.start, o.evidence.end) != passage[2:] for o in once
        ):
            once.append(s)
    chosen = once if share else once[:count]
    if at_most is not None:
        chosen = chosen[:at_most]
    for s in chosen:
        case_used.add(s.sign.tag)
        if count_as_used:
            ctx.used.add((family, s.sign.tag))
        ctx.mark_asked(frame.case.id, family, s.sign.tag)
        ctx.asked_passages.add(
            (frame.case.id, family, s.evidence.doc, s.evidence.start, s.evidence.end)
        )
    return chosen


_NOT_BY_EMAIL = re.compile(
    # (And an online community's direct message: read 344 found "writes to your work address"
    # after it.)
    r"\b(?:networking\s+site|social\s+media|dating\s+app|app|platform|forum|chat|online\s+game|"
    r"online\s+community|direct\s+message)\b"
)
"""An opening whose contact wrote elsewhere than to a work address."""


def case_details(
    ctx: Context,
    frame: CaseFrame,
    sign: Sign,
    rng: random.Random,
    count: int,
    *,
    benign: bool,
    private: bool,
    contact: str = "",
) -> list[Ordinary]:
    """Ordinary details that fit the case's situation: about a colleague or about the contact
    (by the case's channel), none of first impressions for a contact already known, none that
    a cover already says, none of how an unannounced contact found you where the ``contact``
    opening is arranged, and only details that fit the person's kind of job."""
    colleague = sign.perspective == "colleague"
    details = ctx.ordinary(
        "colleague" if colleague else frame.channel,
        rng,
        count,
        # (A harmless twin told after the case's own way in meets the same contact.)
        familiar=frame.familiar and (not benign or sign.benign_opening) and not colleague,
        local=frame.local and (not benign or sign.benign_opening) and not colleague,
        coworker=frame.colleague and (not benign or sign.benign_opening) and not colleague,
        # (Nor, beside a harmless twin, a detail that cannot be true with its sign: a colleague
        # saving on bus fares does not buy a new car, read 123.)
        sign=sign.tag,
        personal=private,
        cover=(bool(frame.cover) or frame.employer) and not colleague,
        office=frame.office,
        # (Nor, of a records clerk, talks and articles: read 477, "a branch records clerk is
        # credited with an industry talk".)
        profile=frame.public_profile,
        # (Nor, of someone who runs their own business, desk work's projects, papers and talks:
        # read 437, "a paper they have published" sent to an izakaya owner.)
        business=frame.business,
        benign=benign,
        # Nothing about "your job" for someone who studies (read 112).
        about_job=not frame.studies,
        # (Nor where the person answered the contact's advertisement: "The contact writes to
        # your work address, which your organisation lists on its public website" after "You
        # answer an online advertisement", read 298.)
        # (Nor where the contact wrote on a networking site or an app, not to a work address:
        # read 312, "arrives on a professional networking site" then "writes to your work
        # address".)
        arranged=bool(contact)
        and (
            contact == frame.material.channels[frame.channel].arranged
            or (frame.sought and contact == frame.approach)
            or (contact == frame.approach and _NOT_BY_EMAIL.search(contact) is not None)
        ),
        # (Nor, after a stranger's unannounced approach, what is ordinary only from a contact
        # met in an ordinary way: read 404.)
        unannounced=bool(contact)
        and (
            contact == frame.material.channels[frame.channel].approach
            or (contact == frame.approach and (frame.unannounced or not frame.familiar))
        ),
        said=ctx.case_text(frame.case),
        shown=frozenset(frame.case.tag_ids),
    )
    if not frame.studies and not frame.business:
        return details
    return [
        attrs.evolve(d, story=frame.told(d.story), choice=frame.told(d.choice)) for d in details
    ]


def near_miss(
    frame: CaseFrame,
    sign: Sign,
    rng: random.Random,
    offered: Counter[str] | None = None,
    already: Collection[str] = (),
    *,
    private: bool | None = None,
) -> Ordinary | None:
    """Another sign's harmless counterpart, told as an ordinary detail of this sign's situation
    and offered as a tempting wrong choice (a colleague opening a restricted folder because the
    help desk asked, beside one who copies files); ``None`` where none fits. With ``offered``
    (how often each choice was offered so far), one of the least offered; never one of the
    signs in ``already``, whose own harmless situation the case already tells (read 222: the
    approved copy beside the car bought after a promotion, and the car beside the copy, two
    questions of one set telling one situation). ``private``: whether the situation opens on
    the case's own way in made in private life (by default, whether the case's was): only
    there is a private-life counterpart told (read 238: "for your birthday the contact gives
    you a paperback" told of a business visitor just met)."""
    colleague = sign.perspective == "colleague"
    if private is None:
        private = frame.personal
    private = private and not colleague
    pool: list[Ordinary] = []
    for other in frame.material.signs.values():
        if (
            other.perspective != sign.perspective
            or other.tag in already
            or set(other.tags) & set(sign.tags)
            or sign.tag in other.not_beside
            or other.tag in sign.not_beside
        ):
            continue
        # As the case tells it (its own request for public material), where it does.
        if frame.public:
            other = other.with_public(frame.public)
        # Its private-life counterpart where the contact was made in private life.
        told = other.privately(frame.channel) if private else other
        if private and not (other.near_miss_private and told.benign_opening):
            continue
        if not private and not (other.near_miss and frame.has_benign(other)):
            continue
        pool.append(
            Ordinary(
                story=frame.fill(told.benign),
                choice=cap(frame.fill(told.benign_misread)),
                job=True,
                # (Said as the case's person would meet it: no employer's approval for the
                # owner of a holiday rental, read 452.)
                reason=frame.fill(told.benign_reason),
                of=other.tag,
            )
        )
    if not pool:
        return None
    if offered is not None:
        least = min(offered[d.choice] for d in pool)
        pool = [d for d in pool if offered[d.choice] == least]
    chosen = rng.choice(pool)
    if offered is not None:
        offered[chosen.choice] += 1
    return chosen


def own_twin(frame: CaseFrame, sign: Sign, contact: str, private: bool) -> Ordinary | None:
    """The sign's own harmless counterpart, told beside it as the tempting wrong choice of the
    same kind, where it can stand there (``Sign.twin_beside``); ``contact``: how the situation
    opens, for twins ordinary only after a contact the organisation arranged; ``private``: the
    situation opens on a way in made in private life, where no twin of work is told. ``None``
    where it cannot."""
    base = frame.material.signs.get(sign.tag)
    private = private and sign.perspective != "colleague"
    if base is None or private or not frame.has_benign(base):
        return None
    arranged = bool(contact) and contact == frame.material.channels[frame.channel].arranged
    # (As the sign is told: a variant may tell no twin beside it, read 372.)
    if sign.twin_beside != "always" and not (arranged and sign.twin_beside == "arranged"):
        return None
    if base.perspective == "target" and frame.sought:
        # Nor after a way in that is an offer the person sought ("a client on a freelancing
        # platform offers you a job"): a talk "under an agreement your employer approves"
        # beside it reads as nonsense (read 344).
        return None
    if frame.public and base.benign_public:
        # The case's own first request for what is public is its twin, which the sign's
        # story ("has so far asked only general questions") would contradict.
        return None
    if sign.story.startswith("Early on"):
        # Nor beside a sign told as the first thing asked ("Early on, the contact asks you for
        # internal documents"): general questions "at first" would contradict it (read 444).
        return None
    return Ordinary(
        # (In the words of the sign as told, where a variant has its own: "A talk at their
        # organisation's usual speaker's fee" beside a fee for a talk, read 370.)
        story=frame.fill(base.benign_beside or sign.benign),
        choice=cap(frame.fill(base.benign_beside_misread or sign.benign_misread)),
        # Told before the sign, which then goes beyond it ("after you send a brochure, the
        # contact asks for the annual report", then for internal documents), never after an
        # "early on" the sign's story opens with.
        before=True,
        job=True,
        reason=frame.fill(base.benign_beside_reason or base.benign_reason),
        of=base.tag,
    )


def situation(
    ctx: Context,
    frame: CaseFrame,
    sign: Sign,
    *,
    benign: bool,
    rng: random.Random,
    details: int = 2,
    act: bool = False,
    near: bool = False,
    already: Collection[str] = (),
    arranged: bool = False,
    twin: bool = False,
) -> tuple[str, list[Ordinary]]:
    """A situation from the case's frame: the opening, a few ordinary details and the sign's
    story, or for a benign look-alike the same frame with an arranged or unremarkable contact
    and the sign's ordinary counterpart (``act``: the situation asks what to do; ``near``: one
    of the details is another sign's harmless counterpart where one fits, never one of the signs
    in ``already``, see `near_miss`; ``twin``: a suspicious situation tells its sign's own
    harmless counterpart beside it where one can stand there, see `own_twin`).
    Returns the text and the ordinary details it contains."""
    colleague = sign.perspective == "colleague"
    contact, private = contact_opening(frame, sign, benign, rng, act=act, arranged=arranged)
    ordinary = case_details(
        ctx, frame, sign, rng, details, benign=benign, private=private, contact=contact
    )
    tempting = own_twin(frame, sign, contact, private) if twin and not benign else None
    if tempting is None and near:
        tempting = near_miss(frame, sign, rng, ctx.offered, already, private=private)
    if tempting is not None:
        # In place of the first ordinary detail, never beside one that cannot be true with it.
        fitting = [d for d in ordinary if tempting.of not in d.not_with]
        ordinary = [tempting, *fitting[: details - 1]]
    if colleague:
        lead = [frame.colleague_setting]
    else:
        channel = frame.material.channels[frame.channel]
        lead = [frame.fill(channel.setting), frame.fill(contact)]
    met = False
    if benign:
        met = bool(sign.benign_met) and contact != frame.material.channels[frame.channel].arranged
        core = frame.fill(sign.benign_met if met else sign.benign)
    else:
        core = after_twin(sign, frame.story(sign), ordinary)
    # Asked what to do, the situation ends on what decides it, never on a detail after it
    # (reads 229-235: "What should you do?" after a group reception read as being about the
    # reception); work agreed "later" comes after the first impressions, not among them.
    last = sign.last or act or met
    return story([*lead, *around(core, ordinary, rng, last=last)]), ordinary


def first_contact(
    frame: CaseFrame,
    sign: Sign,
    benign: bool,
    rng: random.Random,
    *,
    act: bool = False,
    arranged: bool = False,
) -> str:
    """How a situation's contact began: a harmless one with an arranged or a new but
    unremarkable contact; a suspicious one with the case's own way in where its passages tell
    it, else with any of those or the channel's stranger, so that a generic opening never
    gives the answer away."""
    channel = frame.material.channels[frame.channel]
    if sign.met_through_work:
        # "Official contact turning private" needs the official contact told first.
        return channel.arranged
    if benign and frame.strangers_ruled:
        # Where the documents' rule makes any stranger asking about the work reportable, a
        # harmless situation opens arranged (read 489).
        return channel.arranged
    if benign and frame.loaded:
        # A way in that is itself a sign ("a message ... from a number you do not know", read
        # 435: "carry on" keyed after it, debatable) never opens a harmless situation.
        return channel.arranged if sign.benign_arranged or act else channel.neutral
    if benign and frame.cover_press and not sign.benign_opening:
        # Nor with a stranger from the press asking about one's work, which goes through the
        # press office (read 513: "nothing suspicious" keyed for "someone ... who says they are
        # a journalist", debatable): a new but unremarkable contact.
        return channel.arranged if sign.benign_arranged else channel.neutral
    if benign and sign.benign_opening:
        # A contact made in private life, told with its ordinary private-life counterpart:
        # the case's own way in, as its suspicious twin opens.
        return frame.stranger_approach
    if benign:
        # A harmless one asking what to do opens as its suspicious twin does, its story
        # telling what makes carrying on beyond dispute (the employer's agreement, the work
        # agreed together), not its opening: a stranger at a public event asking a military
        # institute's network administrator what it does made "tell security" defensible
        # (read 166), and opened arranged alone it was told by its first sentence (read 366).
        # One asking whether anything is a sign opens as suspicious ones may (new but
        # unremarkable), so that its opening does not tell it (read 164).
        if sign.benign_arranged and not sign.benign_met:
            return channel.arranged
        if sign.benign_met and (frame.sought or frame.cover_alone):
            # Not after an offer the person sought ("a client on a freelancing platform
            # offers you a job", read 344), nor a cover of someone working alone ("a freelance
            # journalist", read 378): a new but unremarkable contact, whose work with your
            # organisation its story tells.
            return channel.neutral
        if sign.benign_met or (act and not frame.sought):
            # Opened as its suspicious twin opens (the case's own way in, a stranger's, or
            # arranged where the twin is), what makes it ordinary told in its story: the
            # employer's agreement, the work done together (read 366: 15 of 15 "your manager
            # introduces you" were harmless, so the first sentence told the pair apart).
            return uncovered(
                frame, first_contact(frame, sign, False, rng, act=act, arranged=arranged)
            )
        if act:
            return channel.arranged
        # One asking whether anything is a sign opens, half the time, as the case's stranger
        # did: a contact out of the blue is how ordinary contacts begin too, and a set whose
        # harmless situations never open so told them apart by the opening alone (reads 330,
        # 332, 333: "an unexpected approach is never harmless").
        # (Not a way in that already makes an offer the person sought, "a client on a
        # freelancing platform offers you a job": a harmless story of a talk "under an
        # agreement your employer approves" after it reads as nonsense, read 344.)
        if sign.perspective == "target" and not frame.sought and rng.random() < 0.5:
            return uncovered(frame, frame.stranger_approach)
        return channel.neutral
    if (
        sign.opening_bound
        or (frame.approach and not frame.generic and (frame.personal or frame.familiar))
        or not frame.office
    ):
        # The case's own way in, where its passages tell it in private life (a game, a
        # language class, a relative): a suspicious situation told another way would not be
        # the case's.
        return frame.stranger_approach
    # At work, the case's way in or the channel's stranger is one opening among those a
    # harmless situation has too (new but unremarkable; arranged, as often as a stranger, for
    # a sign whose story fits one): else the opening alone tells them apart (read 164: every
    # harmless situation of a set began "Your manager asks you to help a partner
    # organisation", no suspicious one did).
    # (Arranged half the time: harmless situations asking what to do open arranged, and a set
    # with them and no suspicious one opened so read as telling them apart, read 326.)
    approach = frame.stranger_approach
    if frame.approach:
        # The case's own way in, told at work ("a message on a professional networking site",
        # "at an event in your field"): a manager's introduction would tell the case wrong, a
        # stranger vouched for by the employer (reads 337, 343), and harmless situations open
        # that way too (see above).
        return approach
    # (Never arranged by the manager: a situation modelled on a case whose contact was a
    # stranger ("Peter ... at the door of the company", a cousin's "business partner") told as
    # introduced at a scheduled meeting changes who approached, reads 359 and 360; a twin whose
    # harmless half opens arranged opens new but unremarkable, which a stranger's way in fits.
    # Abroad, the arranged contact is a counterpart at a host institution, as the cases' own
    # hosts were, and no manager's: it stays one of the openings, read 362.)
    if frame.channel == "abroad" and sign.arranged_ok:
        if arranged:
            return channel.arranged
        return rng.choice((approach, channel.neutral, channel.arranged, channel.arranged))
    if sign.arranged_ok and arranged:
        # The twin of a harmless situation that opens arranged opens so too, where the sign's
        # story fits an arranged contact and the case tells no way in of its own: a pair whose
        # harmless half alone opened "your manager introduces you" was told apart by its first
        # sentence (reads 365, 366).
        return channel.arranged
    return rng.choice((approach, approach, channel.neutral))


def uncovered(frame: CaseFrame, opening: str) -> str:
    """A harmless situation's opening as the case's stranger's, without the cover the case's
    recruiter claimed: the recruiter's own identity told as harmless is the case itself (reads
    515 and 516: "a historian at a European university", "a timber exporter, out of the blue",
    keyed "carry on" in the sets about whom they approached)."""
    if not frame.cover or frame.known_as or "{contact}" not in opening:
        return opening
    return opening.replace("{contact}", frame.material.channels[frame.channel].stranger)


def opens_as_arranged_twin(frame: CaseFrame, sign: Sign) -> bool:
    """Whether a suspicious situation opens arranged, as its harmless twin does: the twin is
    harmless because the contact was arranged (reads 330, 332), and the case tells no way in of
    its own, which its suspicious situations tell instead (read 337: strangers told as
    introduced by the manager)."""
    return (
        sign.benign_arranged
        and not sign.benign_met
        and not sign.benign_opening
        and not frame.approach
    )


def contact_opening(
    frame: CaseFrame,
    sign: Sign,
    benign: bool,
    rng: random.Random,
    *,
    act: bool = False,
    arranged: bool = False,
) -> tuple[str, bool]:
    """How a situation's contact began, chosen before its details, which must fit it: details
    of private life fit only a contact made in private life (a dating app, a club), details of
    work do not, and how an unannounced contact found you is no detail of an arranged one.
    Returns the opening (``""`` for a colleague's situation) and whether it is the case's own
    way in made in private life."""
    if sign.perspective == "colleague":
        return "", False
    contact = first_contact(frame, sign, benign, rng, act=act, arranged=arranged)
    return contact, frame.personal and contact == frame.stranger_approach


def opened_by_stranger(prompt: str, frame: CaseFrame) -> bool:
    """Whether a situation opens with the case's stranger (its opening patterns apply)."""
    return frame.fill(frame.stranger_approach) in prompt


def after_twin(sign: Sign, story: str, details: Sequence[Ordinary]) -> str:
    """The sign's story as told after its own harmless twin, where the twin is among the
    details: without saying again what the twin told (``Sign.story_beside``)."""
    if any(d.before and d.of == sign.tag for d in details):
        pairs = sign.story_beside
        for old, new in zip(pairs[::2], pairs[1::2], strict=True):
            story = story.replace(old, new)
    return story


_STEP_UP = re.compile(r"\bhas so far asked only\b")
"""A sign's story that says what came before it: the details it goes beyond are told first."""


def around(
    core: str, details: Sequence[Ordinary], rng: random.Random, *, last: bool = False
) -> list[str]:
    """The sign's story among ordinary details: first impressions before it, the rest on
    either side (an ending, such as leaving the country, after them all)."""
    first = [d.story for d in details if d.first]
    rest = [d.story for d in details if not d.first and not d.before]
    at = len(rest) if last else rng.randrange(len(rest) + 1)
    if _STEP_UP.search(core):
        # A sign told as a step up from general questions ("The contact, who has so far asked
        # only general questions, now asks ..."): the questions it goes beyond come before it,
        # never after (read 444).
        at = len(rest)
    told = rest[:at]
    for d in details:
        if d.before and not d.first:
            told.insert(rng.randrange(len(told) + 1), d.story)
    return [*first, *told, core, *rest[at:]]
