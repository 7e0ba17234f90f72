"""The awareness taxonomy: tag ids (a contract, see shared/TAXONOMY.md), what trainees read about
them, and the cue patterns that find them in case material.

The ids and topics are fixed; everything else here belongs to the project. Cue patterns describe a
concept broadly (the many ways a news report can say it), never the seed texts' exact wording:
extraction is judged on documents it has never seen.
"""

from __future__ import annotations

import functools
import re

import attrs

# The topics live in quiz.topics (the app's first screen needs them, not the cues below).
from quiz.topics import TOPIC_TITLES as TOPIC_TITLES
from quiz.topics import TOPICS as TOPICS


@attrs.frozen
class Tag:
    """One taxonomy entry."""

    id: str
    """The contract id, e.g. ``false-persona``."""
    topic: str
    """One of :data:`TOPICS`."""
    label: str
    """A short name a trainee reads as an answer choice."""
    definition: str
    """One sentence that explains the concept."""
    stage: int = 50
    """Where the step usually falls in an approach (for ordering questions); lower is earlier."""

    @property
    def cues(self) -> tuple[str, ...]:
        """Regular expressions, in lower case, whose match in a lower-cased sentence is evidence
        of the tag (read from the cues file when first asked for)."""
        return _shipped_cues()[self.id]

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.id)


TAGS_FILE = "data/tags.toml"
"""The tags' ids, topics, labels, definitions and stages: what the app shows."""
CUES_FILE = "data/cues.toml"
"""The tags' cue patterns: data an author can extend, read only by extraction."""

_TAG_KEYS = ("id", "topic", "label", "definition", "stage")
_PART = re.compile(r"<<(\w+)>>")


def _line_of(text: str, needle: str) -> int | None:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def parse_tags(text: str, name: str) -> tuple[Tag, ...]:
    """The tags of a tags file; raises :class:`~quiz.errors.InputError` naming the line of an
    unknown or missing key, a value of the wrong type, a topic that is not one of
    :data:`TOPICS` or a repeated id. Plain code, not the set format's converter: the app's
    first screen needs these and nothing of the rest."""
    from quiz.errors import InputError
    from quiz.files import parse_toml

    data, text = parse_toml(text.encode("utf-8"), name)
    extra = set(data) - {"tags"}
    if extra:
        key = sorted(extra)[0]
        raise InputError(name, f"unknown key {key!r}", _line_of(text, key))
    entries = data.get("tags", [])
    if not isinstance(entries, list):
        raise InputError(name, "tags: expected an array of tables [[tags]]")
    tags: list[Tag] = []
    for number, entry in enumerate(entries):
        where = f"tags[{number}]"
        if not isinstance(entry, dict):
            raise InputError(name, f"{where}: expected a table")
        line = _line_of(text, f'"{entry.get("id")}"') if isinstance(entry.get("id"), str) else None
        unknown = [key for key in entry if key not in _TAG_KEYS]
        if unknown:
            raise InputError(name, f"{where}: unknown key {unknown[0]!r}", line)
        missing = [key for key in _TAG_KEYS if key not in entry]
        if missing:
            raise InputError(name, f"{where}: missing key {missing[0]!r}", line)
        for key in _TAG_KEYS:
            want = int if key == "stage" else str
            value = entry[key]
            if not isinstance(value, want) or isinstance(value, bool):
                kind = "an integer" if want is int else "a string"
                raise InputError(name, f"{where}.{key}: expected {kind}", line)
        if entry["topic"] not in TOPICS:
            raise InputError(
                name,
                f"tags {entry['id']}: unknown topic {entry['topic']!r}",
                _line_of(text, f'"{entry["topic"]}"'),
            )
        if any(tag.id == entry["id"] for tag in tags):
            raise InputError(name, f"tags: {entry['id']!r} twice", line)
        tags.append(Tag(*(entry[key] for key in _TAG_KEYS)))
    return tuple(tags)


@attrs.frozen
class _CueEntry:
    id: str
    cues: tuple[str, ...]
    cues_of: tuple[str, ...] = ()
    """Tags whose cues show this tag too: one concept seen from two sides (a threat to expose
    the recruit is both the recruiter's coercion and the warning sign of threats)."""


@attrs.frozen
class _CuesFile:
    parts: dict[str, str]
    tags: tuple[_CueEntry, ...]


def parse_cues(text: str, name: str, *, check_patterns: bool = True) -> dict[str, tuple[str, ...]]:
    """The cue patterns of a cues file, by tag id, with the shared parts written out; raises
    :class:`~quiz.errors.InputError` naming the line of an unknown key, an unknown part, an id
    that is not a tag of the taxonomy or is given twice, or (with ``check_patterns``) a cue
    that is not a valid regular expression."""
    from quiz.errors import InputError
    from quiz.files import parse_toml
    from quiz.qformat import structure

    data, text = parse_toml(text.encode("utf-8"), name)
    parsed = structure(data, _CuesFile, name, text)
    cues: dict[str, tuple[str, ...]] = {}
    for entry in parsed.tags:
        if entry.id not in TAGS:
            raise InputError(
                name, f"tags: {entry.id!r} is not a taxonomy tag", _line_of(text, entry.id)
            )
        if entry.id in cues:
            raise InputError(name, f"tags: {entry.id!r} twice", _line_of(text, entry.id))
        written = []
        for cue in entry.cues:
            unknown = [p for p in _PART.findall(cue) if p not in parsed.parts]
            if unknown:
                raise InputError(name, f"unknown part <<{unknown[0]}>>", _line_of(text, cue))
            full = _PART.sub(lambda m: parsed.parts[m.group(1)], cue)
            try:
                if check_patterns:
                    re.compile(full)
            except re.error as err:
                raise InputError(
                    name, f"tags {entry.id}: bad cue: {err}", _line_of(text, cue)
                ) from None
            written.append(full)
        cues[entry.id] = tuple(written)
    own = dict(cues)
    for entry in parsed.tags:
        for other in entry.cues_of:
            if other not in TAGS or other == entry.id:
                raise InputError(
                    name,
                    f"tags {entry.id}: cues_of {other!r} is not another tag",
                    _line_of(text, other),
                )
        # (The other tag's own cues, not those it takes in turn from a third.)
        taken = (c for o in entry.cues_of for c in own.get(o, ()) if c not in cues[entry.id])
        cues[entry.id] += tuple(taken)
    return {tag_id: cues.get(tag_id, ()) for tag_id in TAGS}


def _data_file(path: str) -> str:
    from importlib import resources

    return resources.files("quiz").joinpath(path).read_text(encoding="utf-8")


@functools.cache
def _shipped_cues() -> dict[str, tuple[str, ...]]:
    # The shipped file's patterns are checked by the tests (tests/test_cues_file.py) and compiled
    # when first used.
    return parse_cues(_data_file(CUES_FILE), f"quiz/{CUES_FILE}", check_patterns=False)


_TAGS: tuple[Tag, ...] = parse_tags(_data_file(TAGS_FILE), f"quiz/{TAGS_FILE}")
"""Every tag, in the order of TAXONOMY.md (the order of the data file). Only the small tags
file is read on import: the app's first screen needs the ids and labels, and parsing the cue
patterns with them cost its start-up about 30 ms."""

TAGS: dict[str, Tag] = {tag.id: tag for tag in _TAGS}
"""Every tag by id, in the order of TAXONOMY.md."""

_PATTERNS: dict[str, re.Pattern[str]] = {}

# Cues are written in lower case and matched against lower-cased text: case-insensitive
# matching in Python's re engine is about three times slower.


def _compiled(tag_id: str) -> re.Pattern[str]:
    pattern = _PATTERNS.get(tag_id)
    if pattern is None:
        cues = TAGS[tag_id].cues
        pattern = re.compile("|".join(f"(?:{cue})" for cue in cues))
        _PATTERNS[tag_id] = pattern
    return pattern


def tags_of(topic: str) -> list[Tag]:
    """The tags of one topic, in taxonomy order."""
    return [tag for tag in _TAGS if tag.topic == topic]


_SECOND_PERSON_WORD = re.compile(r"\b(?:you|your|yours|yourself)\b")
_CLAUSE_OPENERS = frozenset(
    "and but or that if when whether as because so since until while unless after before "
    "though although where which who".split()
)


_TITLE_STOP = re.compile(
    r"\b(Mr|Mrs|Ms|Dr|Prof|Capt|Lt|Col|Gen|Sgt|Rev|Hon|Jr|Sr|Engr|Atty)\.(?=\s+[A-Z])"
)
"""A title's full stop before a name ("Ms. Reyes"), which no clause ends at."""


def past_titles(text: str) -> str:
    """The text with the full stop of each title before a name left out, so that patterns
    reading up to a full stop read on past it: "when Ms. Reyes first asked" is read as "when
    Ms Reyes first asked" (corpus 135)."""
    return _TITLE_STOP.sub(r"\1", text)


def told_of_addressee(text: str) -> str:
    """Lower-cased text told of "him" rather than "you", as a letter to the person it tells of
    says it ("twice sent you seedlings", "told you not to mention it", corpus 93): the cues and
    the grounds are written for reports about someone. "You" after a verb or a preposition is
    "him", opening a clause "he"."""
    return _SECOND_PERSON_WORD.sub(_third_for_second, text.lower())


def _third_for_second(match: re.Match[str]) -> str:
    word = match.group(0)
    if word != "you":
        return {"your": "his", "yours": "his", "yourself": "himself"}[word]
    # (The few words before it are enough: not the whole text before each "you".)
    before = match.string[max(0, match.start() - 40) : match.start()].rstrip()
    previous = re.search(r"(\w+)\W*$", before)
    opens = (
        not before
        or before[-1] in ',;:("“'
        or (previous is not None and previous.group(1) in _CLAUSE_OPENERS)
    )
    return "he" if opens else "him"


def find_cues(sentence: str) -> list[str]:
    """The ids of every tag whose cues occur in ``sentence``, in taxonomy order."""
    return list(_cues_of(sentence))


@functools.lru_cache(maxsize=65536)
def _cues_of(sentence: str) -> tuple[str, ...]:
    """:func:`find_cues`, remembered: the quality gate asks about the same story and choice
    texts for every case."""
    return tuple(cue_matches(sentence))


GENERAL_ADVICE_TAGS = frozenset(
    {"security-office", "hotline", "online-report", "report-early", "self-surrender"}
)
"""What a document's own advice to everyone shows of itself: where to report, how soon, and
that coming forward helps (the document's tags, never a case's)."""


def cue_matches(sentence: str, *, general: bool = False) -> dict[str, int]:
    """Every tag whose cues occur in ``sentence`` (in taxonomy order), with how plainly: the
    earlier (more telling) the first cue that matched, the plainer; then the more cues. A tag
    the sentence shows from the wrong actor (``quiz/data/actors.toml``) is left out.
    ``general``: the sentence is the document's own, about no case: its advice to everyone
    ("must be reported the same day to the Proviseur or the lycée's security focal point")
    shows the document's channels (:data:`GENERAL_ADVICE_TAGS`)."""
    text = sentence.lower()
    found = _cue_set().match(text)
    if found:
        quoted = _QUOTATION_AFTER_COLON.search(text)
        for rule in wrong_actors():
            if rule.tags & found.keys() and (said := rule.pattern.search(text)):
                dropped = rule.tags - GENERAL_ADVICE_TAGS if general and rule.advice else rule.tags
                if (
                    quoted is not None
                    and said.end() <= quoted.start()
                    and not rule.pattern.search(text, quoted.start())
                ):
                    # A reading of the words before a quotation does not speak for the
                    # quotation: "His company's rules say that any approach of this kind must be
                    # reported ..., and Curro asked us to print this: "If I had told my encargado
                    # the first night ..."" (corpus 143) is advice, then his own words.
                    dropped = dropped - _cue_set().match(text[quoted.start() :]).keys()
                found = {tag: n for tag, n in found.items() if tag not in dropped}
    return found


_QUOTATION_AFTER_COLON = re.compile(r":\s*[\"“]")
"""Where someone's own words begin, after a colon."""


@attrs.frozen
class WrongActor:
    """A reading of a sentence in which a concept's words are there but the wrong actor
    does it: the concept is not shown."""

    tags: frozenset[str]
    why: str
    pattern: re.Pattern[str]
    advice: bool = False
    """The rule is about advice to everyone, not an actor in the story: a document's own
    advice still shows its channels (see :func:`cue_matches`)."""


@functools.cache
def wrong_actors() -> tuple[WrongActor, ...]:
    """The rules of ``quiz/data/actors.toml``, checked when first read."""
    import tomllib
    from importlib import resources

    from quiz.errors import InputError

    name = "quiz/data/actors.toml"
    text = resources.files("quiz").joinpath("data/actors.toml").read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InputError(name, f"TOML syntax error: {err}") from None
    rules = []
    for number, entry in enumerate(data.get("wrong_actor", [])):
        where = f"wrong_actor[{number}]"
        if not {"tags", "why", "pattern"} <= set(entry) <= {"tags", "why", "pattern", "advice"}:
            raise InputError(name, f"{where}: needs exactly tags, why, pattern (and advice)")
        if not isinstance(entry.get("advice", False), bool):
            raise InputError(name, f"{where}.advice: must be true or false")
        unknown = [tag for tag in entry["tags"] if tag not in TAGS]
        if unknown:
            raise InputError(name, f"{where}.tags: unknown tag {unknown[0]!r}")
        try:
            pattern = re.compile(entry["pattern"])
        except re.error as err:
            raise InputError(name, f"{where}.pattern: {err}") from None
        rules.append(
            WrongActor(frozenset(entry["tags"]), entry["why"], pattern, entry.get("advice", False))
        )
    return tuple(rules)


def find_cues_slowly(sentence: str) -> list[str]:
    """The same as :func:`find_cues` with Python's ``re`` alone: the reference it is tested
    against."""
    text = sentence.lower()
    found = [tag.id for tag in _TAGS if tag.pattern.search(text) is not None]
    for rule in wrong_actors():
        if rule.tags & set(found) and rule.pattern.search(text):
            found = [tag for tag in found if tag not in rule.tags]
    return found


class _CueSet:
    """All cues of all tags matched by RE2's filtered multi-pattern matcher, then confirmed.

    Python's ``re`` tries each of some 1,800 cue patterns at every position of a sentence.
    RE2's ``FilteredRE2`` takes from each pattern the words it cannot match without ("paid",
    "embassy"), finds those words in a sentence in one pass, and runs only the patterns whose
    words are all there. (One ``RE2::Set`` of all the cues matched a sentence in about a
    millisecond: its automaton outgrew RE2's cache of states and was rebuilt at every byte;
    the filter matches the same cues ten times faster, ``bench/cues.py``.) RE2 lacks
    look-around and treats ``\\b``, ``\\w``, ``\\s``, ``\\d`` as ASCII, so the filter holds each
    cue without its look-arounds (:func:`relax`) and sees the text in an ASCII form
    (:func:`ascii_form`): it then matches wherever the cue does, and sometimes where it does
    not; each candidate is confirmed with the exact pattern in ``re``. The result is exactly
    ``re``'s, much faster.
    """

    def __init__(self) -> None:
        import re2  # only extraction needs it: the app starts without

        self.cues: list[tuple[str, int, str]] = []
        self.patterns: list[re.Pattern[str] | None] = []
        """Each cue's exact pattern, compiled when RE2 first names it as a candidate: most
        cues never are in a given body of material, and compiling all of them in ``re`` took
        most of the set's start-up."""
        options = re2.Options()
        options.never_capture = True
        self.filter = re2.Filter()
        for tag in _TAGS:
            for number, cue in enumerate(tag.cues):
                index = self.filter.Add(relax(cue), options)
                assert index == len(self.cues)
                self.cues.append((tag.id, number, cue))
                self.patterns.append(None)
        self.filter.Compile()

    def candidates(self, text: str) -> list[int]:
        """The cues RE2 finds in ``text`` (lower case), in order: each still to confirm."""
        return sorted(self.filter.Match(ascii_form(text).encode()) or ())

    def match(self, text: str) -> dict[str, int]:
        confirmed: dict[str, list[int]] = {}
        for index in self.candidates(text):
            tag_id, number, cue = self.cues[index]
            pattern = self.patterns[index]
            if pattern is None:
                pattern = self.patterns[index] = re.compile(cue)
            if pattern.search(text) is not None:
                confirmed.setdefault(tag_id, []).append(number)
        # The earliest cue that matched counts most (a tag's cues run from the most telling
        # to the most general, such as a bare sum of money); then how many matched.
        return {
            tag_id: (100 - confirmed[tag_id][0]) * 100 + len(confirmed[tag_id])
            for tag_id in TAGS
            if tag_id in confirmed
        }


@functools.cache
def _cue_set() -> _CueSet:
    return _CueSet()


def compile_cues() -> None:
    """Compile the cue set now, if not yet: worker processes forked after this inherit it
    instead of each compiling its own (the process needs it for generation anyway)."""
    _cue_set()


def relax(pattern: str) -> str:
    """A form of a Python regular expression that RE2 accepts: look-arounds dropped, so it
    matches at least wherever the original does."""
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # a literal ] first in a class
                out.append("[]")
                i += 2
                continue
        elif pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            depth = 0
            while i < len(pattern):
                if pattern[i] == "\\":
                    i += 2
                    continue
                depth += {"(": 1, ")": -1}.get(pattern[i], 0)
                i += 1
                if depth == 0:
                    break
            continue
        # A letter beyond ASCII ("attaché") as the text's ASCII form has it: named as itself,
        # it would be kept in every text, and RE2's ASCII \w would no longer match the words
        # that hold it ("Montréal-Trudeau airport" lost its arrest at an airport).
        out.append(_ascii_char(char) if not char.isascii() and _wordy(char) else char)
        i += 1
    return "".join(out)


def _wordy(char: str) -> bool:
    return char.isalnum() or char == "_" or char.isspace()


@functools.cache
def _keep() -> frozenset[str]:
    """The characters cues name (``€``, ``“``), other than letters, digits and spaces (which
    the ASCII form writes as RE2's word, digit and space classes see them): worked out on first
    use, not at import (the app's first screen imports the taxonomy for the tags' labels
    only)."""
    return frozenset(
        char
        for tag in _TAGS
        for cue in tag.cues
        for char in cue
        if not char.isascii() and not _wordy(char)
    )


@functools.lru_cache(maxsize=1024)
def _ascii_char(char: str) -> str:
    if char in _keep():
        return char
    if char.isspace():
        return " "
    if char.isdigit():
        return "0"
    if char.isalnum() or char == "_":
        return "x"
    return "#"


def ascii_form(text: str) -> str:
    """The text as RE2 sees it: ASCII, with every other character replaced by one of the same
    class for Python's ``re`` (a word character by ``x``, a digit by ``0``, white space by a
    space, anything else by ``#``), except characters that cues name (``€``, ``“``). RE2
    treats ``\\w``, ``\\s``, ``\\d`` and ``\\b`` as ASCII; on this form they agree with Python's."""
    if text.isascii():
        return text
    return "".join(char if char.isascii() else _ascii_char(char) for char in text)


def topic_of(tag_id: str) -> str:
    """The topic of a tag id; raises ``KeyError`` for an unknown id."""
    return TAGS[tag_id].topic
