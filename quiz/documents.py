"""Case documents: reading them safely, their digest, and their sentences with character offsets."""

from __future__ import annotations

import hashlib
import itertools
import re
from pathlib import Path

import attrs
from sentencex import get_sentence_boundaries

from quiz.errors import InputError, line_of_offset

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
"""A case document larger than this is refused (news reports are a few kilobytes)."""

BOM = "\ufeff"

HEADLINE_MAX = 160

YEARS_OLD = (
    r"(?:\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:-(?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|eighteen|nineteen)-year-old"
)
"""An age as reports write it before a description: "a 34-year-old", "a twenty-six-year-old"
(corpus 69: the spelled age hid the person described)."""
"""A first line longer than this is running text, not a headline."""
_TIME_MARK = re.compile(r"\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]\s+(?=\S)")
"""A transcript's time mark opening a sentence: "[07:06] "."""
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")
_ENDS_SENTENCE = re.compile(r"(?<!\.)[.:]$")
_GREETING_LINE = re.compile(r"[^\W\d_]+(?:[ ,]+[^\W\d_]+){0,2}\s*!")
"""A greeting of a word or three, said with an exclamation mark: "Välkommen!", "Hello all!"."""
_BYLINE_LINE = re.compile(r"^[Bb]y\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}(?:,[^\n]{0,80})?$")
"""A byline on its own line: "by Lo Kwok-keung", "by Nooroa Tuteru-Marsters, Director ..."."""
_CREDIT_LINE = re.compile(
    r"^\(?(?:Translated|Translation|Edited|Adapted|Abridged|Photographs?|Illustrations?)\b"
    r"[^\n]{0,80}?\b(?:by|from)\b[^\n]*$"
)
"""A credit line: "Translated from the Chinese by Natalie Wu"."""
"""A line that ends a sentence, or opens a list ("informs the public of the following:")."""
_EDITORS_NOTE = re.compile(r"^\[[^\[\]]+\]$")
"""A line in square brackets: a translator's or an editor's note."""
_SALUTATION = re.compile(
    r"(?:Dear|My\s+dear|To\s+whom\s+it\s+may\s+concern|(?:Hello|Hi|Greetings)\s+(?:all|everyone|"
    r"ladies|gentlemen|friends|members|folks|colleagues|team)\b|"
    # (Or the groups a report is read to, on a line of their own: "Members, friends and
    # sponsors," over a steelband manager's annual report, corpus 158, read 496: cited as its
    # title.)
    r"(?:members|friends|colleagues|comrades|brothers|sisters|neighbou?rs|parents|shareholders|"
    r"partners|supporters)\b[^\n.:;]{0,60},[ \t]*$|"
    # (Or the chair first: "Mr. President, officers, captains and members," over a dominoes
    # league's secretary's report, corpus 169, read 517: cited as its title.)
    r"(?:Mr|Madam|Madame|Mister)\.?[ \t]+(?:President|Chair(?:man|woman|person)?|Speaker|"
    r"Secretary|Commodore)\b[^\n.:;]{0,80},[ \t]*$)",
    re.IGNORECASE,
)
"""A letter's greeting ("Dear Mr Skillicorn", "Hello ladies (and the three gentlemen who read
this over their wives' shoulders),", corpus 138): never its title."""
_NAME_GREETING = re.compile(
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?:,[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)*,"
)
"""A note's greeting, a paragraph of names each with a comma ("Dechen,", "Goran, Marija,"): the
note is a letter, and the greeting no title (read 276: "The case of ... (Dechen,)")."""
_SUBJECT_FIELD = re.compile(
    r"(?:Subject|Subj|Re|Object|Objet|Asunto|Assunto|Betreff|Oggetto)\s*:\s*(\S.*)$", re.IGNORECASE
)
"""A memo's or a letter's subject line, whose value names the document."""
_FIELD_LABEL = re.compile(
    r"(?:Apologies|Absent|Present|Attendees|Attendance|In\s+attendance|Venue|Date|Time|Minutes|"
    r"Chair|Chaired\s+by|Secretary|Invited|Copy|Cc|Distribution|From|To|Prepared\s+by|Ref|"
    r"Reference|Classification|Quorum|Agenda)\s*:\s+\S"
)
"""A meeting's or a memo's record field opening a line ("Apologies: ...", "Present: ..."), not a
title with a colon ("Fact check: No, an Erbil laundry worker was not ...")."""
_SECTION_HEADING = re.compile(r"^(?:\(?\d{1,2}[.)]|[IVX]{1,4}\.|[A-Z]\.)\s+\S")
"""A numbered section's heading ("1. Petitioner", "II. Findings", "(3) Action")."""
_LABEL = re.compile(
    # "COURT REPORT | District Court", "TARTU LINNALEHT | City news", "FEATURE - LOCAL NEWS".
    r"^[^a-z|]*[A-Z]{2}[^a-z|]*\s[|–-]\s"
    # A byline, a dateline, a date.
    r"|^By\s+[A-Z]|^[A-Z][\w .'’-]{1,40},\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b"
    r"|^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$"
    r"|^(?i:press|media|news)\s+(?i:release|statement)(?:\s*[-–|,]\s*[^:]{0,40})?$"
    r"|^(?i:for\s+immediate\s+release)\b"
    # A part of a longer document: "Chapter 6 - Integrity, internal control ..." (corpus 72).
    r"|^(?:Chapter|Section|Part|Item|Annex|Appendix)\s+(?:\d+|[IVXLC]+)\b"
    # A numbered section's heading: "6.1 Overview", "1. The deceased".
    r"|^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.]{0,60}$"
    # A newsletter's contents, a site's path: "In this issue: ... | Obituaries", "Home >
    # Protecting yourself > Frequently asked questions" (corpus 77: the contents were taken for
    # the title every explanation cites).
    r"|^(?i:in\s+this\s+(?:issue|edition)|contents|inside(?:\s+this\s+issue)?)\s*:"
    r"|^[^|>]+(?:\s[|>]\s[^|>]+){2,}$"
    # Whom a report is addressed to or who prepared it: "To the Federal Criminal Court, Rio
    # de Janeiro", "Prepared by Nusrat Jahan, Head of Trust & Safety" (corpus 86: each was
    # cited as the report's title).
    r"|^(?:To|For)\s+the\s+[A-Z]"
    # A handling marking: "PRIVATE AND CONFIDENTIAL — PREPARED FOR INSURERS" (read 326 found it
    # cited after every case's name), "OFFICIAL - SENSITIVE", "For internal use only".
    r"|^(?i:(?:strictly\s+)?(?:private\s+and\s+confidential|confidential|restricted|"
    r"official\s*[-–—:]\s*sensitive|for\s+(?:official|internal)\s+use(?:\s+only)?|"
    r"internal\s+use\s+only|not\s+for\s+(?:publication|distribution)))\b"
    r"|^\(?(?:Prepared|Compiled|Written|Drafted|Issued|Submitted|Edited|Translated|Produced)"
    r"\s+(?:by|for)\b"
)
"""A line above the headline that labels the report rather than tells it."""
_SHORT_CAPS = 4
"""Words in a label in capitals ("THE LONG READ"); a longer line in capitals is a headline
("ARMY COOK DISMISSED, JOURNALIST ACQUITTED IN TWO ALBANIAN SPY CASES")."""
_LETTERHEAD_LINE = 80
_NOT_PLACE = r"(?!(?:AND|OR|BUT|THEN|YET|SO|THE|AN?|TO|OF|IN|ON|AT|FOR|WITH|WHO|WAS|IS)\b)"
_WITH_PLACE = re.compile(
    rf"[^a-z,:]+(?:,\s*(?:{_NOT_PLACE}[^\s,a-z:]+\s+){{0,2}}{_NOT_PLACE}[^\s,a-z:]+){{1,3}}"
)
"""A line in capitals that ends in a place of a word or three after a comma, or in a town, an
island and a country ("ATLANTIC OCEAN OBSERVATORY (OOA), MINDELO, SÃO VICENTE, CABO VERDE", an
observatory's letterhead, corpus 125, read 398: cited as the report's title), not a headline's
second clause ("..., AND WALKED FREE")."""
_INSTITUTION = re.compile(
    r"^(?:\S+\s+){0,3}?(?:COURT|MINISTRY|ASSOCIATION|PARISH|UNIVERSITY|COUNCIL|COMMITTEE|DIRECTORATE|"
    r"DEPARTMENT|AGENCY|OFFICE|REPUBLIC|GOVERNMENT|COMMISSION|TRIBUNAL|BUREAU|AUTHORITY|"
    r"EMBASSY|CLUB|CHURCH|INSTITUTE|SOCIETY|FEDERATION|UNION|CORPORATION|COMPANY)"
    r"(?:\s+(?:OF|FOR)\s.*)?$"
)
"""A line in capitals that is an institution's name ("CORONER'S COURT OF THE FALKLAND
ISLANDS", "SANTA SOLEDAD PARISH"), not a headline ("FOREIGN MINISTRY DISMISSES ...")."""


def _kicker(lines: list[str]) -> bool:
    """A paragraph above the headline that is not it: a short label in capitals, a section
    label, a byline or a dateline, or a letterhead of short lines none of which ends a
    sentence."""
    if all(_EDITORS_NOTE.match(line) for line in lines):
        # "[Working translation from Karakalpak and Russian. For internal use of the
        # Commission.]": a translator's or an editor's note, never the title (corpus 76).
        return True
    if len(lines) > 1:
        return all(len(line) <= _LETTERHEAD_LINE and not line.endswith(".") for line in lines)
    line = lines[0]
    if _LABEL.match(line) is not None:
        return True
    # An institution's name in capitals is its letterhead, however long: "CORONER'S COURT OF
    # THE FALKLAND ISLANDS" (corpus 72).
    return line.upper() == line and (
        len(line.split()) <= _SHORT_CAPS
        or _INSTITUTION.match(line) is not None
        # (Or with its town after a comma: "LICEUL TEHNOLOGIC NR. 3 MIHAIL KOGĂLNICEANU,
        # CONSTANȚA COUNTY", a school's letterhead, corpus 86.)
        or _WITH_PLACE.fullmatch(line) is not None
    )


@attrs.frozen
class Sentence:
    start: int
    end: int
    paragraph: int
    """Index of the paragraph (a run of lines without a blank line between them... or a line)."""


@attrs.frozen
class Document:
    """A case document as read from disk."""

    name: str
    """How evidence names this document (relative to the seeds folder, or the path as given)."""
    text: str
    """The decoded text, without a leading BOM; offsets count characters of this text."""
    sha256: str
    """The digest of the file's bytes, as stored."""
    sentences: tuple[Sentence, ...] = ()

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    @property
    def headline(self) -> str | None:
        """The report's headline: a first line that stands alone (a blank line after it, text
        after that), short and without a sentence's full stop; None when the document opens
        with running text. A kicker, a letterhead or a dateline above it is passed over: a
        short label in capitals ("THE LONG READ", "COURT REPORT - SOFIA CITY COURT"), a
        section label ("TARTU LINNALEHT | City news"), a block of short lines ("PROSECUTOR
        GENERAL'S OFFICE / Press release / Vilnius, 14 May"), "Press release", a byline."""
        paragraphs = _PARAGRAPH_BREAK.split(self.text.lstrip(" \t\r\n" + BOM))
        if any(
            _SALUTATION.match(p.lstrip()) or _NAME_GREETING.fullmatch(p.strip())
            for p in paragraphs[:6]
        ):
            # A letter: its letterhead, reference and greeting ("Dear Mr Skillicorn") are no
            # title (corpus 83).
            return None
        for index, paragraph in enumerate(paragraphs[:4]):
            lines = [" ".join(line.split()) for line in paragraph.splitlines() if line.strip()]
            if not lines or index + 1 >= len(paragraphs):
                return None
            if (
                len(lines) == 2
                and _BYLINE_LINE.match(lines[1])
                and len(lines[0]) <= HEADLINE_MAX
                and not _ENDS_SENTENCE.search(lines[0])
            ):
                # A title and its byline: "Thirty-Eight Floors / by Lo Kwok-keung" (corpus 104).
                return lines[0]
            if len(lines) == 1 and _CREDIT_LINE.match(lines[0]):
                # A translator's credit is no title: "Translated from the Chinese by Natalie
                # Wu" (read 313 found it cited as the document's title).
                continue
            if _kicker(lines):
                continue
            if len(lines) == 1 and (
                _GREETING_LINE.fullmatch(lines[0]) or lines[0].rstrip().endswith("!")
            ):
                # A greeting on its own line is no title: "Välkommen!" over a welcome pack
                # (read 423 found "The case of Hanna-Kaisa Rensberg (Välkommen!)"), nor a
                # festival's wishes, "Bijaya Dashami ra Shubha Deepawali ko hardik mangalmaya
                # shubhakamana!" (read 448).
                continue
            first = lines[0]
            if len(lines) > 1 or len(first) > HEADLINE_MAX or _ENDS_SENTENCE.search(first):
                return None
            if _SECTION_HEADING.match(first):
                return None  # "1. Petitioner": the body's first section, not a title (corpus 76)
            if _FIELD_LABEL.match(first) and not _SUBJECT_FIELD.match(first):
                # A record's field on a line of its own is no title: "Apologies: Finance
                # Controller (on leave; ...)" under a meeting's list of those present (corpus
                # 148: "The case of ... (Apologies: Finance Controller ...)").
                continue
            # A memo's subject line names it without its label: "Subject: Communication of
            # planning documents ..." (read 285: "The case of ... (Subject: ...)" read garbled).
            field = _SUBJECT_FIELD.match(first)
            return field.group(1) if field is not None else first
        return None

    @classmethod
    def from_bytes(cls, name: str, raw: bytes) -> Document:
        if len(raw) > MAX_DOCUMENT_BYTES:
            raise InputError(name, f"file is larger than {MAX_DOCUMENT_BYTES} bytes")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            line = raw.count(b"\n", 0, err.start) + 1
            raise InputError(name, f"not UTF-8 text (byte {err.start})", line) from None
        text = text.removeprefix(BOM)
        if "\x00" in text:
            offset = text.index("\x00")
            raise InputError(
                name, "contains a NUL byte: not a text file", line_of_offset(text, offset)
            )
        digest = hashlib.sha256(raw).hexdigest()
        text = unwrapped(text)
        return cls(name=name, text=text, sha256=digest, sentences=split_sentences(text))

    @classmethod
    def read(cls, path: Path, name: str | None = None) -> Document:
        from quiz.files import read_limited

        label = name if name is not None else str(path)
        return cls.from_bytes(label, read_limited(path, MAX_DOCUMENT_BYTES, label))


_ALIGNED = re.compile(r"\S[ \t]{4,}\S")
"""Columns set apart by a run of spaces ("NCR No.:            SID-2024-031"): a form's line,
whose length says nothing of the width the text was wrapped at."""
_WRAPPED_MARGIN = 20
"""How far short of the width a wrapped line may end: the next line's first word did not fit."""
_WRAPPED_AT_LEAST = 3
"""Lines running on in lower case after a full-width line that make a text hard-wrapped (none of
506 documents written a paragraph to a line has one; each of five wrapped at 100 columns has 35
or more, corpus 91)."""
_UNIT_START = re.compile(
    r"[ \t]*(?:[-*•–—][ \t]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)][ \t]|\[|>|"
    r"[A-Z][\w /&'’-]{0,30}:[ \t])"
)
"""A line that starts a unit of its own however long the one above: a list item ("- ", "(a) ",
"3. "), a chat's or a transcript's message ("[27/01/2025, 21:58]"), a quoted e-mail ("> "),
a form's field ("Date raised: ")."""


def unwrapped(text: str) -> str:
    """A hard-wrapped text (each paragraph broken into lines of a fixed width, as e-mail, court
    and registry exports are) with each line break inside a paragraph read as the space it
    stands for; any other text as it is. One character replaces one, so offsets into the
    result are offsets into the file: a quote is the file's words with its line ends read as
    spaces (docs/case-material.md). The width is the longest line that is not a form's
    columns; a break is a wrap where the line before reaches near that width, does not open a
    list (a colon), and the next line does not open a unit of its own."""
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip() and not _ALIGNED.search(line)]
    if not lengths:
        return text
    width = max(lengths)
    wrapped = [
        n
        for n, (line, after) in enumerate(itertools.pairwise(lines))
        # (Never a rule of dashes, nor onto one: "-----" between the messages of a thread.)
        if re.search(r"\w", line)
        and re.search(r"\w", after)
        and len(line.rstrip()) >= width - _WRAPPED_MARGIN
        # (A colon opens a list, unless the sentence runs on after it in lower case.)
        and (not line.rstrip().endswith(":") or re.match(r"\s*[a-z]", after) is not None)
        and _UNIT_START.match(after) is None
    ]
    running_on = sum(
        1
        for n in wrapped
        if re.search(r"[\w,;]$", lines[n].rstrip()) and re.match(r"\s*[a-z]", lines[n + 1])
    )
    if running_on < _WRAPPED_AT_LEAST:
        return text
    chars = list(text)
    at = 0
    ends: list[int] = []
    for line in lines[:-1]:
        at += len(line)
        ends.append(at)  # the offset of the line's "\n"
        at += 1
    for n in wrapped:
        end = ends[n]
        chars[end] = " "
        if end and chars[end - 1] == "\r":
            chars[end - 1] = " "
    return "".join(chars)


_LINE_BREAKS = re.compile(r"\n")
_ITEM_LABEL = re.compile(r"(?m)^[ \t]*\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)(?=[ \t])")
"""A list item's label at the start of a line: "(a)", "(iv)", "(3)"."""
_SPACE = " \t\r\n\u00a0\u3000"
_BULLET_MARK = re.compile(r"(?m)^[ \t]*[-*•–—](?=[ \t])")
"""A list item's mark at the start of a line: "- ", "• "."""


_CLICK_MARK = re.compile(r"(?<=\s)!(?=[A-Z][a-zA-Z])")
"""A "!" opening a word: a click consonant in a name, not an exclamation."""


_SAID_NO = re.compile(
    r"\b(?:said|say|says|saying|answered|replied|told\s+(?:him|her|them))\s+no\.(?=[ \t]+[A-Z])"
)
"""The answer "no" ending a sentence, with its full stop."""


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split text into sentences with character offsets, trimmed of surrounding white space.

    Uses sentencex (Wikimedia's rule-based segmenter, compiled; about 100x faster than pysbd)
    for sentence boundaries, then also breaks at line ends: a headline or a dateline is a sentence
    of its own even without a full stop.
    """
    sentences: list[Sentence] = []
    paragraph = 0
    last_end = 0
    # A list item's label, "(a) The accused ... in 2009. As a cipher operator ...", reads to the
    # segmenter as a bracket left open, within which it splits nothing (corpus 77): the
    # segmenter reads the text without it, and the label is no sentence's words.
    masked = _ITEM_LABEL.sub(lambda m: " " * len(m.group(0)), text)
    # The segmenter reads a list of "- " items as one unit per item, splitting none of them
    # ("- She has done the right thing ... nobody had suspected anything. This is recorded as a
    # voluntary disclosure.", corpus 97): it reads them without their marks, which stay the
    # first sentence's of each item.
    masked = _BULLET_MARK.sub(lambda m: " " * len(m.group(0)), masked)
    # A click consonant written "!" before a Khoekhoe or San name ("Albertus Johannes !Naruseb",
    # corpus 125) ends no sentence: the segmenter reads it as a letter.
    masked = _CLICK_MARK.sub("X", masked)
    # "Curro said no. Andrés then told him ..." (corpus 143): the answer "no", not the
    # abbreviation of a number, which the segmenter takes it for.
    masked = _SAID_NO.sub(lambda m: m.group(0)[:-1] + "!", masked)
    for boundary in get_sentence_boundaries("en", masked):
        start, end = boundary["start_index"], boundary["end_index"]
        piece_start = start
        for piece in _LINE_BREAKS.split(masked[start:end]):
            piece_end = piece_start + len(piece)
            trimmed_start = piece_start + (len(piece) - len(piece.lstrip(_SPACE)))
            trimmed_end = piece_end - (len(piece) - len(piece.rstrip(_SPACE)))
            # A transcript's time mark ("[07:06] Otieno said ..."): a label, not the sentence's
            # words, so never part of a quote (read 182).
            if (mark := _TIME_MARK.match(text, trimmed_start, trimmed_end)) is not None:
                trimmed_start = mark.end()
            mark = _BULLET_MARK.match(text, text.rfind("\n", 0, trimmed_start) + 1)
            if mark is not None and not text[mark.end() : trimmed_start].strip():
                trimmed_start = mark.end() - 1  # the item's mark, as before
            if trimmed_end > trimmed_start:
                if "\n" in text[last_end:trimmed_start]:
                    paragraph += 1
                sentences.append(Sentence(trimmed_start, trimmed_end, paragraph))
                last_end = trimmed_end
            piece_start = piece_end + 1
    # A title before a name the segmenter does not know ("whether Ms. Hà could"): not the end of
    # a sentence; the two pieces of one paragraph are one sentence.
    merged: list[Sentence] = []
    for sentence in sentences:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.paragraph == sentence.paragraph
            and (
                _TITLE_AT_END.search(text, previous.start, previous.end)
                or _GIVEN_ABBREVIATED_ALONE.fullmatch(text, previous.start, previous.end)
                or (
                    _INITIALS_AFTER_SURNAME.search(text, previous.start, previous.end)
                    and (
                        text[sentence.start].islower()
                        # (Or more initials first: "Kuanyshev Ye.B. came to the Regime and
                        # Security Department", cut after "Ye.", corpus 156, read 492.)
                        or _MORE_INITIALS.match(text, sentence.start) is not None
                    )
                )
            )
        ):
            merged[-1] = Sentence(previous.start, sentence.end, previous.paragraph)
            continue
        opening = (
            _OPENING_QUOTE_AT_END.search(text, previous.start, previous.end)
            if previous is not None and previous.paragraph == sentence.paragraph
            else None
        )
        if previous is not None and opening is not None:
            # '..., she said. "The difference is ...': the quotation mark that opens a
            # quotation of several sentences begins the next one, not the end of this one.
            merged[-1] = Sentence(previous.start, opening.start(), previous.paragraph)
            sentence = Sentence(opening.start("mark"), sentence.end, sentence.paragraph)
        aside = _ASIDE_FIRST.match(text, sentence.start, sentence.end)
        if aside is not None:
            # "(Answer: more than two years for a junior drafter.) He said it was ...": an
            # aside of its own, which no quote of the next sentence opens with (read 230).
            merged.append(Sentence(sentence.start, aside.end("aside"), sentence.paragraph))
            sentence = Sentence(aside.end(), sentence.end, sentence.paragraph)
        merged.append(sentence)
    return tuple(_split_block_quotes(text, merged))


_BLOCK_QUOTE = 300
"""The length from which a paragraph that is one quotation is read sentence by sentence."""


def _split_block_quotes(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A paragraph that is a quotation of its own, several sentences long (a circular quoted
    whole: '"Officers at every grade ... may be approached ... Report any such approach at
    once ... will have that taken into account."', corpus 97), which the segmenter leaves in one
    piece inside its quotation marks: read sentence by sentence, its marks read as spaces."""
    found: list[Sentence] = []
    for sentence in sentences:
        said = text[sentence.start : sentence.end]
        if (
            sentence.end - sentence.start < _BLOCK_QUOTE
            or said[:1] not in '"“'
            or said.rstrip(".")[-1:] not in '"”'
            or re.search(r"[\"“”]", said[1:-2]) is not None
        ):
            found.append(sentence)
            continue
        masked = re.sub(r"[\"“”]", " ", said)
        for boundary in get_sentence_boundaries("en", masked):
            start = sentence.start + boundary["start_index"]
            end = sentence.start + boundary["end_index"]
            while start < end and text[start] in _SPACE:
                start += 1
            while end > start and text[end - 1] in _SPACE:
                end -= 1
            if end > start:
                # (The opening and the closing mark stay the first's and the last's.)
                first = not found or found[-1].end <= sentence.start
                found.append(Sentence(sentence.start if first else start, end, sentence.paragraph))
        if found and found[-1].end < sentence.end:
            found[-1] = Sentence(found[-1].start, sentence.end, sentence.paragraph)
    return found


_ASIDE_FIRST = re.compile(r"(?P<aside>\([^()\n]{3,200}[.!?]\))[ \t]+(?=[A-Z\"“])")
"""A sentence in brackets before the next one, which the segmenter joins to it."""


_OPENING_QUOTE_AT_END = re.compile(r"(?<=[.!?])\s+(?P<mark>[\"“‘])$")


_TITLE_AT_END = re.compile(
    # Also a Mongolian patronymic initial of two letters: "Colonel Sh. Ganzorig", and a
    # counsellor-at-law: "Solicitor General Cllr. Augustine Flomo".
    r"\b(?:Mr|Ms|Mrs|Dr|Prof|Sgt|Capt|Col|Gen|Lt|Atty|Engr|Rev|St|Lic|Sh|Ch|Ts|Kh|Zh|Dz|Cllr|Hon|"
    r"Adv|Insp|Supt|Cpl|Pte|Maj|Brig|Cdr|Adm|Det|Amb|Dra|Sra|"
    # (Italian "Sig." before a surname: "handed to Sig. MURGIA in person", corpus 136.)
    r"Sig|Sigg|"
    # (A Romanian lecturer's "Conf." and a lecturer's "Lect.": "she told Conf. Giurgiu", corpus
    # 142.)
    r"Conf|Lect|"
    # (A church's "Bro." and "Sis." before a member's name: "Testimony 1: Bro. Effiong Asuquo
    # Henshaw", corpus 136.)
    r"Bro|Sis|"
    # (A captain's "Cap.", a Philippine police lieutenant's "PLt." and the like: "the next
    # morning told Cap. Sández and me", "Guests: ... PLt. Jonathan S. Balagtas", corpus 145.)
    r"Cap|PLt|PCpt|PMaj|PCol|PLtCol|PSSg|PMSg|"
    # Latin America's titles of degree and courtesy: "Licda. Ana Cecilia", "Ing. Rodrigo
    # Saldaña", "Srta.", "Mtro." (corpus 95).
    # (And a lawyer's "Abg.": "accompanied by his lawyer, Abg. Fátima Rolón Sanabria", corpus 84.)
    r"Licda|Lcdo|Lcda|Ing|Arq|Abog|Abg|Srta|Mtro|Mtra|"
    # An engineer's title in English: "his shift supervisor, Eng. Tareq Al-Zoubi" (corpus 104).
    r"Eng|"
    # A given name abbreviated: "Md. Rakibul Hasan Sarker".
    r"Md|Mohd|Muhd|Mst|"
    # Written in lower case before a name: Hungarian "ifj." (the younger) and "id.", and the
    # degrees of Central Europe, "dr. Szalai Márta" (corpus 77); Batak "br." (boru) before a
    # woman's clan name, "Rospita br. Tambunan" (corpus 78).
    # And a widow's "vda." before her late husband's name: "Marta Lidia Rivas vda. de
    # Henríquez" (corpus 95).
    # (Romanian "dl." and "dna." before a name: "security manager, dl. Radu Vasilescu", corpus
    # 96.)
    # (Italian titles in lower case: "avv. Marino Gatti", "dott.ssa", "sig. Roberto Giardi",
    # corpus 103.)
    # (Polish ones too: an association's "kol." (colleague) and the ranks of the retired and
    # reservists, "kol. płk w st. spocz. Jerzy Sadowski", "kol. kpt. rez. Anna Wiśniewska-Koc",
    # corpus 109.)
    r"(?<![\w.])(?:ifj|id|özv|dr|ing|mgr|judr|mudr|phdr|br|vda|dl|dna|avv|dott|sig|geom|rag|"
    # (An Italian widow's "ved." before her late husband's name, "LOI Maria Bonaria ved. SERRA",
    # corpus 136; Polish fire service ranks, "mł. bryg. Anna Rusin", corpus 135.)
    # (And an Italian knight of the order of merit's "cav.", "the President, cav. Nunzio
    # Barbagallo", corpus 139.)
    r"kol|płk|ppłk|kpt|rez|chor|szt|spocz|st|mjr|ppor|kmdr|inż|hab|sierż|plut|kpr|ved|mł|bryg|ép|"
    # (And a Central European engineer's "dipl. ing." after a name: "Ivana Šimunović-Kraljev,
    # dipl. ing., our AIS base-station technician", corpus 153.)
    r"cav|dipl|"
    # (And the Czech and Slovak ranks, before or after a name: "HRUBÝ Tomáš, nrtm. (staff
    # sergeant), aircraft armament technician", "kpt. Ing. Ondřej Sýkora", corpus 161.)
    r"nrtm|šrtm|rtm|prap|nprap|npor|por|pplk|plk|genmjr|stržm|čet|svob|des)"
    # An honorific of consonants only, which no word or name is: Mizo "Nl." and "Tv." before a
    # one-word name, "The first is Nl. Lalrinpuii" (corpus 79); not a company's "Ltd." or
    # "Bhd.", nor the surname Ng.
    r"|(?<![\w.])(?!(?:Ltd|Bhd|Sdn|Pvt|Ng)\.)[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{1,3}"
    # An identity card's "C.I." before its number: "Derlis Ramón Cáceres Ortiz (38), alias
    # "Pelusa", C.I. No. 3.8…, administrative assistant" (a police blotter, corpus 84).
    r"|(?<![\w.])C\.I"
    # A compound given name's initials: "J.-M. L. has been a gate clerk" (corpus 108).
    r"|(?<![\w.])[A-Z]\.-[A-Z])\.$"
)


_GIVEN_ABBREVIATED_ALONE = re.compile(r"Ma\.")
"""A Filipino "Ma." (María) that the segmenter split off as a sentence of its own, after the
one before ("SM reported. Ma. Kristina Dela Cruz, Sales Coordinator, ...", corpus 148): the
first word of the next. (Alone only: "Jack Ma." at a sentence's end is the surname.)"""


_INITIALS_AFTER_SURNAME = re.compile(r"\b[A-Z][a-z]+\s(?:[A-Z][a-z]?\.){1,3}$")
"""A surname and the initials after it, as records in Russian write a name ("Baimukhanov
D.Ye. has worked at the Centre", corpus 148): where the next piece opens in lower case, the
segmenter took the last initial for a sentence's end."""
_MORE_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.){1,2}\s+[a-z]")
"""A piece that opens on the rest of the initials, then goes on in lower case ("B. came")."""


_HEADING_MAX = 80
"""The longest paragraph read as a section's heading."""


def section_headings(doc: Document) -> dict[int, str]:
    """Each paragraph's section heading: the last paragraph before it that is a heading (short,
    with no sentence's end: "6. MATTERS THAT ARE NOT OF CONCERN", "4. Our demands"). Headings
    themselves are not keys; paragraphs before the first heading are not either."""
    told: dict[int, list[str]] = {}
    items: set[int] = set()
    for sentence in doc.sentences:
        if sentence.paragraph not in told:
            line = doc.text[doc.text.rfind("\n", 0, sentence.start) + 1 : sentence.start]
            if re.fullmatch(r"\s*(?:\(\w{1,3}\)|[-•*–])\s*", line):
                # An item of a list, a question under "Questions for discussion": "(2) Why did
                # the uncle's introduction make Mr Haines more dangerous, not less?" (corpus
                # 106), never a heading.
                items.add(sentence.paragraph)
        told.setdefault(sentence.paragraph, []).append(doc.sentence_text(sentence))
    headings: dict[int, str] = {}
    heading = ""
    for paragraph, texts in told.items():
        text = " ".join(texts)
        if (
            len(text) <= _HEADING_MAX
            and (
                not text.rstrip().endswith((".", ":", ";", ","))
                or re.match(r"\s*\d+\.\s", text) is not None
            )
            and paragraph not in items
        ):
            heading = text
        elif heading:
            headings[paragraph] = heading
    return headings
