"""Scenario material: the data file (``quiz/data/scenarios.toml``) the question families use to
turn a case's own facts into situations a trainee could meet. See ``docs/scenarios.md``.

The file is read once, checked against the schema below (unknown keys are errors naming the
line), and each situation is checked with the extraction's cue patterns: a story shows its own
warning sign and no other, an ordinary detail or a benign look-alike shows none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import attrs

from quiz.errors import InputError
from quiz.qformat import parse_toml, structure
from quiz.taxonomy import TAGS, find_cues, told_of_addressee

DATA_FILE = "data/scenarios.toml"


@attrs.frozen
class Workplace:
    place: str
    """Where the work is done, with its article: ``a military research institute``."""
    unit: str
    """A short word for it: ``institute``."""


@attrs.frozen
class Roles:
    nouns: tuple[str, ...]
    """Job nouns; the last one in a role fact names the job."""
    modifiers: tuple[str, ...]
    """Words a job may keep before its noun."""
    not_modifiers: tuple[str, ...] = ()
    """Plain words never kept before a job's noun, though a job keeps the plain words the
    report puts there ("development control inspector"): how the person was seen, not their
    work ("a young nurse", "an experienced engineer")."""
    rename: dict[str, str] = attrs.Factory(dict)
    need_modifier: tuple[str, ...] = ()
    """Nouns that name a job only with a modifier before them ("a shipping agent")."""
    need_place: tuple[str, ...] = ()
    """Nouns that say little alone: the place the role says they work in, one of ``places``,
    becomes their modifier ("an assistant in the technical library": "a library assistant")."""
    places: tuple[str, ...] = ()
    away_from_desk: tuple[str, ...] = ()
    """Jobs done away from a desk (a cleaner, a cook): no office details, no business visitors."""
    no_profile: tuple[str, ...] = ()
    """Desk jobs with no public profile in the field (a records clerk, a typist): no talks,
    articles or awards in the news."""
    job_endings: tuple[str, ...] = ()
    """Endings of a word that has the form of a job ("hydrographer"): a role fact whose last
    word ends so is a job even where ``nouns`` does not list it."""
    not_jobs: tuple[str, ...] = ()
    """Words with such an ending that are no job ("member", "partner", "Brazilian")."""
    studying: tuple[str, ...] = ()
    """Last words of a role whose person studies rather than works ("a third-year cadet")."""
    businesses: tuple[str, ...] = ()
    """Last words of a business someone runs ("studio", "hall"): a role "photo studio owner"
    is someone who runs a photo studio (``ScenarioMaterial.own_business``)."""


@attrs.frozen
class Channel:
    """How a first contact reads, for one channel of approach."""

    setting: str
    approach: str
    """A stranger's first contact; ``{contact}`` is who it is."""
    arranged: str
    """An ordinary first contact, arranged through the organisation (for look-alikes)."""
    neutral: str
    """A new but unremarkable first contact (either kind of situation may open with it)."""
    stranger: str
    unannounced: bool = True
    """Its stranger's opening is a contact getting in touch unannounced (a message, a stranger
    striking up a conversation), which the explanation of a harmless situation opened so
    answers; not getting to know people while abroad (read 342)."""
    brief: str = ""
    """How the approach began, after the person's job, in a question looking back at a case
    ("first contacted over the internet"). Not in the words of any key, or the quality gate
    reads it as a clang."""


@attrs.frozen
class Opening:
    """How a case's stranger made contact, when the case's passages say so."""

    channel: str
    pattern: str
    approach: str
    familiar: bool = False
    """The contact is someone already known: no first-impression details are told."""
    unannounced: bool = False
    """A stranger's approach out of the blue although no first impressions are told (a phone
    call: heard, not seen): nothing ordinary only from a contact met in an ordinary way ("takes
    notes while you talk", read 512 of a call nobody expected)."""
    introduced: bool = False
    """The contact was introduced by someone known ("An acquaintance introduces you to ..."): no
    contact out of the blue, whose ordinariness an explanation would answer."""
    personal: bool = False
    """Contact made in private life (a dating app, a club): no details about one's work."""
    employer: bool = False
    """The opening says whom the contact works for (a charity): no details of another
    employer."""
    local: bool = False
    """No details of a contact far away (``remote``): the contact lives nearby (another parent
    at the school, a neighbour, a club member), or on this way in a contact far away is itself a
    sign (a dating-app match who lives abroad and travels for work)."""
    contact: str = ""
    """How later situations name this contact ("an old comrade from your years in the
    forces"), where the approach does not use the channel's stranger (``{contact}``)."""
    sought: bool = False
    """The person sought the contact (answered an advertisement, offered work on a platform
    for it): an offer of paid work is what they asked for, so no situation tells it as an
    unprompted offer (read 121)."""
    courtship: bool = False
    """The way in is a romance (a dating app): presents, favours and praise are its ordinary
    part, so no situation tells them as the sign (read 191 found that key debatable), unless
    the case names a present out of the ordinary ("an expensive watch")."""
    loaded: bool = False
    """The way in itself carries a sign (a loan offered to someone in debt, a relative's
    request for material from work): never told before a harmless twin."""
    generic: bool = False
    """The channel's own ways in tell it as well (an event in one's field, an email from a
    stranger): a suspicious situation may open with them too, so that its opening never tells it
    from a harmless one (read 112 picked every harmless one by its opening)."""
    colleague: bool = False
    """The contact works where the person does ("the coordinator began to treat her with unusual
    favour"): none of the details only someone from outside would tell (``Ordinary.outsider``)."""
    anywhere: bool = False
    """The pattern is read over every passage of the case, not only its opening steps', where
    no opening matched those: a relative's own requests ("her brother first asked her for
    copies of published bulletins") are told as requests, not as an approach."""


@attrs.frozen
class Ordinary:
    """A harmless detail a trainee may wrongly fixate on."""

    story: str
    choice: str
    first: bool = False
    """A first impression: told before the sign's story, never after it."""
    before: bool = False
    """Told before the sign's story, after the first impressions: a step the sign goes beyond
    (the annual report asked for, then internal documents; a farewell lunch's postcard, never
    before "early in your stay")."""
    when: str = ""
    """The detail as a moment looking back (about a colleague): ``they asked to swap ...``."""
    work: bool = False
    """About the trainee's work ("an article of yours"): out of place where the contact was
    made in private life."""
    private: bool = False
    """About private life ("photos of their dog"): told only where the contact was made in
    private life."""
    employer: bool = False
    """Says who the contact works for ("a foreign company"): left out where the case gives the
    contact a cover of its own ("a coordinator for a humanitarian foundation")."""
    group: str = ""
    """Details that cannot all be true of one contact ("in town for a few days", "moved to the
    city last year") share a group: a situation tells at most one of them."""
    job: bool = False
    """Touches the job or its information and is still plainly harmless ("asks the IT desk for
    access to a folder their new project needs"): offered as a choice beside a warning sign, so
    that the sign is never the only choice about work."""
    office: bool = False
    """Office work (projects, deadlines, a desk): not told of someone whose work is away from a
    desk (a cleaner, a cook, a musician)."""
    away: bool = False
    """Work away from a desk (shifts, extra hours): told only of such a job."""
    profile: bool = False
    """A public profile in the field (a talk given, an article published, a team's award in
    the news): not told of a clerk or a typist (``Roles.no_profile``)."""
    foreign: bool = False
    """Says the contact is foreign ("works for a foreign company"): never in a situation whose
    answer is that nothing calls for a report, since many organisations ask for every foreign
    contact about work to be reported."""
    not_with: tuple[str, ...] = ()
    """Signs it cannot be told beside (saving on the fare beside lavish spending): their tags."""
    not_in_case: tuple[str, ...] = ()
    """Tags of a pattern the detail is a step of: not told as ordinary in a case that shows it
    (asking about vacancies, in the case of a recruit planted as a member of staff: read 342)."""
    outsider: bool = False
    """Only someone from outside the trainee's workplace would do it ("asks whether your
    organisation is taking on new staff"): not told of a colleague (``Opening.colleague``)."""
    remote: bool = False
    """About a contact far away ("based in another country", "apologises for writing in
    English"): not told where the case's opening places the contact nearby (``local``)."""
    reason: str = ""
    """Why it is ordinary, where a family says so: set on a near miss (another sign's harmless
    counterpart told as a detail)."""
    of: str = ""
    """The sign whose harmless counterpart a near miss is: details whose ``not_with`` names it
    are not told beside it (a colleague saving on the bus fare beside one buying a car)."""
    announced: bool = False
    """Ordinary only where the contact came about in an ordinary way (arranged, or met at an event
    or a meeting): not told after a stranger's unannounced approach, where it reads as a sign
    ("takes notes while you talk", after "Out of the blue, someone ... strikes up a
    conversation": drawing the trainee out, read 404)."""
    unexpected: bool = False
    """How a contact nobody announced found the trainee ("already knows your work email, which
    the public website lists"): not told where the contact was arranged through the
    organisation, which gave it all that (read 236: "knowing your work email address" offered
    for a partner your manager told you to expect, a choice nobody picks)."""
    filler: bool = False
    """Small talk no trainee would take for a sign ("two children at school", a colleague now
    taking the bus or asking for a four-day week: read 216): told in a story, but offered as a
    choice only where nothing more tempting is left."""
    unless: str = ""
    """A regular expression over the case's documents (lower case): where they match, the
    report itself calls the detail a warning sign, and it is not told as ordinary there ("being
    told to ... use a foreign number" listed as not normal, read 324)."""


_REFUSED_BEFORE = re.compile(
    r"\b(?:refused|declined|would\s+not|wouldn[’']t|did\s+not|didn[’']t|never|no\s+longer)"
    r"\s+(?:to\s+)?(?:[\w-]+\s+){0,2}$"
)
"""Just before an act: the act was refused or not done."""


@attrs.frozen
class SignVariant:
    """A sign told another way, where a case's passage shows the same concept by another act
    ("used his own access to copy his unit's files" rather than "asked for files of projects
    not his own"): the story, its name as a choice and the moment, with the act they need."""

    grounds: str
    story: str
    flag: str
    label: str = ""
    """The detail as a choice, in words as plain as the ordinary details' (see ``Sign.label``)."""
    ordinary_for: str = ""
    """A pattern over the case's job: whose everyday work this act is (a grant offered to a
    research grants officer, corpus 152, read 481), so that no question keys it alone."""
    when: str = ""
    excuse: str = ""
    """What someone tells themselves about this act, where the sign's own excuse is about
    another ("many people write from a private address" does not excuse an encrypted app)."""
    plain: bool = False
    """Told this way the sign is said outright (a threat to send intimate photographs to one's
    family): nothing to recognise, only to act on, so no "which detail is a warning sign?"."""
    soft: bool = False
    """Told this way the sign alone has a fair innocent reading (praise of the person's
    expertise, nothing asked or given: "it is pleasant to have one's work appreciated", reads
    457 to 459; with casual questions about the work after it, read 460): no question keys it;
    the case is asked about its other signs."""
    soft_personal: bool = False
    """The same only where the contact was made in private life (``CaseFrame.personal``: a
    dating app, a neighbour): see ``Sign.soft_personal``."""
    whole_asked: bool = False
    """Told, where its passage names the case's own request in words (``[asked].whole``), as
    the sign's own story of that request: questions that "narrowed to the base: the monthly
    quantities ordered by each mess" are that request (corpus 148, read 463: "details of your
    butchery's work that it does not publish", ordinary trade between a buyer and a butcher)."""
    before: bool = False
    """More specific than the sign's own story, so tried before it: a grant offered, which the
    sign's own words (an offer of research work) would tell as side work."""
    lever: str = ""
    """How a threat told this way is held over someone who wants to stop (the way-out
    question): "the contact hints that things could get difficult for your relatives abroad
    unless you send more"."""
    why: str = ""
    """Why the act told this way is a sign, where the sign's own reason is about another act
    (a threat against relatives is no "threat of exposure", read 180)."""
    way_out_why: str = ""
    """Why coming forward is the way out of a threat told this way, where the way-out
    question's own reason (the threat loses its hold) does not hold (relatives abroad)."""
    benign: str = ""
    """The ordinary counterpart of the act told this way, where the sign's own is about another
    act (kindness to the family, beside meetings kept at the office: read 273)."""
    benign_reason: str = ""
    benign_no: str = ""
    benign_misread: str = ""
    story_worth: str = ""
    """The story told with what the case's passage says the sum was worth (``{worth}``), in
    place of the sign's own: a fee for a talk stays a fee for a talk (read 368)."""
    flag_worth: str = ""
    no_twin_beside: bool = False
    """Its harmless counterpart is never told beside it, whatever the sign's ``twin_beside``:
    a talk at the usual fee beside a fee for a talk read as one talk with two fees (read 372)."""
    then_asks: str = ""
    """What the contact asks next, told after the situation when it asks "what should you
    do?", where the act told this way has a fair innocent reading alone (a well-paid post
    offered by a headhunter: read 501 found "report now" debatable on the offer alone)."""
    then_asks_flag: str = ""
    """How an explanation names what ``then_asks`` adds."""


_FIRST_TO_THIRD = {"i": "he", "me": "him", "my": "his", "mine": "his", "myself": "himself"}
_FIRST_PERSON_WORD = re.compile(r"\b(?:i|me|my|mine|myself)\b")


_DOCUMENT_BY_EMAIL = re.compile(
    r"\b(?:an?|the|his|her|their)\s+(?:cv|résumé|resume|invoice|form|file|document|application|"
    r"letter|contract|quotation|quote)\b[^.;]{0,60}?\b(?:arrived|came|was\s+sent)\s+(?:by|through|via)"
    r"\s+e-?mail\b"
)
"""A document that came by e-mail: no message from someone unknown."""


@functools.lru_cache(maxsize=16384)
@functools.lru_cache(maxsize=65536)
def _grounded(
    grounds: str, variants: tuple[str, ...], not_grounds: str, colleague: bool, quote: str
) -> bool:
    """:meth:`Sign.grounded_by`, remembered: a frame asks it of the same sign and passage
    several times (to order a sign's tags, then to pick its passages)."""
    low = told_of_them(quote)
    if not_grounds and re.search(not_grounds, low) is not None:
        return False
    return not grounds or any(_shown(pattern, colleague, low) for pattern in (grounds, *variants))


def _shown(pattern: str, colleague: bool, low: str) -> bool:
    """Whether the passage shows the act. What a colleague sees is an act done: one the person
    refused ("refused to photograph the documents", read 160) was never there to see; a request
    refused is still a request, so the target's signs count it."""
    return any(
        not colleague or not _REFUSED_BEFORE.search(low[: m.start()])
        for m in re.finditer(pattern, low)
    )


def told_of_them(quote: str) -> str:
    """A passage lower-cased and told of "him" rather than "me": the grounds of the material
    are written for reports about someone, and a first-person account ("He told me never to
    talk about these things on the phone", corpus 65) shows the same acts."""
    low = _FIRST_PERSON_WORD.sub(lambda m: _FIRST_TO_THIRD[m.group(0)], quote.lower())
    # And of "him" rather than "you", in a letter to the person it tells of ("she ... twice sent
    # you seedlings", corpus 93).
    return told_of_addressee(low)


@attrs.frozen
class Sign:
    """A warning sign as a situation shows it."""

    perspective: str
    """``target`` (the person approached notices it) or ``colleague``."""
    tags: tuple[str, ...]
    """The taxonomy tags it stands for; the first is the one a question about it is tagged
    with."""
    story: str
    flag: str
    why: str
    label: str = ""
    """The story's detail as a choice among the ordinary details, in words as plain as theirs:
    the fact the story tells, not a verdict on it ("A trip abroad the colleague never declared"
    beside "A work trip to a conference abroad", where ``flag`` says "A sudden, undeclared trip
    abroad"; read 351: the key was the only choice worded as a breach; read 352: a label with
    the fact left out, "A trip abroad", named nothing wrong). ``flag`` names the sign in the
    explanation. Empty: ``flag``. ``label_asked``, ``label_direct``, ``label_asked_direct`` and
    ``label_away`` for the stories told so."""
    label_asked: str = ""
    label_direct: str = ""
    label_asked_direct: str = ""
    label_away: str = ""
    benign: str = ""
    benign_reason: str = ""
    benign_misread: str = ""
    benign_private: str = ""
    """The ordinary counterpart between people who met in private life (a club, an app, a
    neighbour), told after the case's own way in: a harmless situation then opens as its
    suspicious twin does, and only the facts tell them apart (read 112 picked every harmless
    one by its arranged opening). With ``benign_private_reason`` and ``benign_private_misread``."""
    benign_private_reason: str = ""
    benign_private_misread: str = ""
    ordinary_for: str = ""
    """A variant's ``SignVariant.ordinary_for``, once the sign is told by it."""
    benign_ruled: str = ""
    """A pattern over a rule of the case's documents ("If anyone is approached with money, gifts
    or threats, ... tell the Ethics Office"): where the documents tell staff to report what it
    names, its harmless twin is never keyed "carry on" (corpus 152, read 481: a birthday
    present from a relative's friend, beside a shipyard's rule on gifts)."""
    benign_ends: bool = False
    """The harmless twin ends the contact (the trainee stops and the contact accepts): nothing is
    left to carry on with or to drop, so no "What should you do?" asks about it (read 486: "Carry
    on with the contact as normal" keyed after "the contact ... wishes you well", beside "quietly
    drop the contact", which is what had happened). Not its private-life counterpart's."""
    benign_unless: str = ""
    """A pattern over the case's passages: where one shows it (the person went "with his
    manager's permission"), the harmless twin would teach that what the case shows is safe
    (approval): none is told for that case."""
    benign_public: str = ""
    """The harmless twin told with the case's own first request for what is public
    (``{public}``: "the published tariff notices"), where a passage of the case names one."""
    benign_public_misread: str = ""
    """The tempting detail told so."""
    benign_public_reason: str = ""
    """Why it is ordinary, told so (in private life as at work)."""
    benign_no: str = ""
    """The harmless twin's "No: ..." when it is the key, in words its story does not use:
    a key that repeats the story's reassurance ("No: a standard fee, approved by your
    employer" after "under an agreement your employer approves") is picked by its words, not
    by judgement (read 216). Empty: ``benign_reason``. ``benign_private_no`` and
    ``benign_public_no`` for the counterparts told so."""
    benign_private_no: str = ""
    benign_public_no: str = ""
    benign_private_in_person: bool = False
    """The private-life counterpart happens face to face (a job hunt confided, a hike): not told
    of a contact known only online (read 118)."""
    benign_opening: bool = False
    """The harmless twin opens with the case's own way in (its private-life counterpart is
    told): set by :meth:`privately`."""
    also: tuple[str, ...] = ()
    """Tags the story shows as well; a question is tagged with those the case shows."""
    prefer: str = ""
    """The tag whose passage grounds the sign best, when a case shows it."""
    plain: bool = False
    """Too plain to recognise (the contact says it outright): asked about only for what to do."""
    soft: bool = False
    """A variant's story with a fair innocent reading alone (``SignVariant.soft``)."""
    soft_own_work: bool = False
    """A story with a fair innocent reading for someone who works for themselves or runs a
    business (``CaseFrame.self_employed``, ``CaseFrame.business``): paid work offered is their
    trade (reads 465 and 466: "well-paid work on the side that draws on what you know from your
    business", told to a farmer, "None" a fair answer). Not keyed there, nor asked "what should
    you do?" about; the case's other signs are asked."""
    soft_personal: bool = False
    """A story with a fair innocent reading alone between people who met in private life: a
    present from someone met on a dating app (read 463: "a present from a partner is ordinary
    courtship", the key debatable). In a situation that opens so, no question keys it alone;
    "what should you do?" tells ``then_asks_private`` after it."""
    story_with_gift: str = ""
    """The story told with the case's own present (``{gift}``: "an expensive watch"), where
    the case's passage names one."""
    last: bool = False
    """An ending (leaving the country): told after the ordinary details, never before."""
    urgent: str = ""
    """A version of the story that cannot wait for the usual channel (for "which channel,
    now?")."""
    near_miss: bool = False
    """Its harmless counterpart (``benign``) may be told as a detail of another sign's
    situation, offered as a tempting wrong choice: a colleague who opens a restricted folder
    because the help desk asked, beside one who copies files (read 111 found the stock details
    beside a sign tempted nobody)."""
    near_miss_private: bool = False
    """The same for its private-life counterpart (``benign_private``), in a case met in
    private life."""
    twin_beside: str = ""
    """Its own harmless counterpart (``benign``) can be told in the same situation as its story,
    and is: the tempting wrong choice beside the warning sign is then the same kind of thing
    done in the open (files copied for a handover the manager asked for, beside files copied
    in batches), so that the sign is told from its twin by the facts, not picked as the only
    detail that sounds like a breach (reads 344 to 350). ``"always"``; ``"arranged"``: only
    in a situation that opens with a contact the organisation arranged (a paid newsletter
    article is ordinary from a partner, not from a stranger who wrote out of the blue); empty:
    never (the twin cannot be true beside the sign: a resignation with a handover beside a
    sudden flight)."""
    benign_beside: str = ""
    """The harmless counterpart as told beside the sign, where ``benign`` would repeat the
    story's own words ("As your stay nears its end ..." twice). Empty: ``benign``."""
    story_beside: tuple[str, ...] = ()
    """Where the story, told after its harmless twin, would say again what the twin said: the
    words to replace and their replacement, in pairs ("The contact, who has so far asked only
    general questions about your field, now asks" -> "Then the contact asks")."""
    benign_beside_misread: str = ""
    """The counterpart told so, as a choice. Empty: ``benign_misread``."""
    benign_beside_reason: str = ""
    """Why the counterpart told beside the sign is ordinary, where ``benign_reason`` says what
    only its own situation tells ("an arranged contact ..." said of a stranger's email, read
    351). Empty: ``benign_reason``."""
    not_beside: tuple[str, ...] = ()
    """Signs whose situation it is never a near miss in (leaving the job beside copying files
    would read as a sign itself)."""
    not_with: tuple[str, ...] = ()
    """Signs that, when a case grounds them, leave this one untold for the case: they teach
    the same lesson from another side (a fee out of proportion, and pay for each short note),
    and one case's set would ask about the same payment twice."""
    arranged_ok: bool = False
    """The sign's story fits a contact one's manager arranged (a partner's visitor who later
    asks for internal documents): a suspicious situation may open that way too, as harmless
    ones do, so that an arranged contact never tells the answer; not a request to hide the
    contact from work, which makes no sense of a visitor the manager introduced (read 111)."""
    benign_arranged: bool = False
    """Its harmless twin is harmless because the contact is arranged: it always opens so,
    unless it has ``benign_met``."""
    benign_met: str = ""
    """The harmless twin told after any way in at work, as its suspicious twin opens (the case's
    own, or a stranger's): the contact's organisation and yours then work together through the
    usual channels, which makes the counterpart ordinary as an arranged contact does. Empty:
    the twin opens arranged (``benign_arranged``), and only that opening told it apart from
    its suspicious twin (read 366: 15 of 15 "your manager introduces you" were harmless)."""
    met_through_work: bool = False
    """The story's contact is someone met through work (official contact that turns private):
    its situations, suspicious or not, always open with the arranged contact."""
    opening_bound: bool = False
    """The sign is the stranger's approach itself: its situation always opens with it."""
    action: str = ""
    """The family that asks "what should you do?" about this sign, when it is not the plain
    report (``way-out``: come forward)."""
    wrong_actions: tuple[str, ...] = ()
    """Wrong answers to "what should you do?" that fit this sign's situation, used instead of
    the general ones."""
    then_asks: str = ""
    """Told after the situation when it asks "what should you do?": the interest in the
    person's work that makes kindness or money a matter to report (help with the bills alone,
    from a neighbour, is no report yet: reads 100, 101)."""
    then_asks_private: str = ""
    """The same, only where the contact was made in private life (a dating app, a neighbour):
    there the sign alone has an innocent reading (a partner who wants the relationship kept
    quiet, read 395), and the interest in the person's work is what makes it a report."""
    then_asks_flag: str = "followed by questions about your work"
    """How an explanation names what ``then_asks`` adds: with it, the sign alone is not what
    makes the situation reportable (read 192: "the warning sign here is the gifts")."""
    excuse: str = ""
    """What someone tells themselves to wave the sign away: the wrong "No: ..." choice."""
    when: str = ""
    """A colleague sign as a moment looking back: ``they resigned without notice, ...``."""
    grounds: str = ""
    """A regular expression (over the lower-cased passage) that a case's passage must match
    to ground the story: the act the story tells. Empty: any passage of the tag."""
    not_grounds: str = ""
    """A regular expression (over the lower-cased passage): where it matches, the passage tells
    something that only looks like the act, and grounds nothing (a post offered at "about four
    times her salary" is a wage, not a fee for a task: read 262)."""
    variants: tuple[SignVariant, ...] = ()
    """The sign told otherwise, for a passage that shows the concept by another act."""
    benign_office: bool = False
    """Its harmless twin is office work (a project folder, a handover): not told of a job away
    from a desk."""
    story_asked: str = ""
    """The story told with the material the case's own request named (``{asked}``: "duty
    roster"), where its passage names it."""
    flag_asked: str = ""
    """The flag told so."""
    whole_asked: bool = True
    """Whether the story may tell a request in its passage's own words (``[asked] whole``): the
    sign's own story, not a variant's, whose words tell what its grounds found (the military's
    roads and gates)."""
    asked_pattern: str = ""
    """Where this sign names something else than the material asked for (what a fee was paid
    for): its own pattern with an ``asked`` group, instead of ``[asked]``'s."""
    worth_pattern: str = ""
    """Where a case's passage says what a sum was worth to the person ("more than four months
    of her salary"): a pattern (over the lower-cased passage) with a ``worth`` group, told in
    ``story_worth`` (``{worth}``, said of "you") instead of the story's general words (read 254:
    "a fee several times what such work is normally worth" names the sign for the trainee)."""
    story_worth: str = ""
    story_asked_worth: str = ""
    story_away_worth: str = ""
    flag_worth: str = ""
    flag_asked_worth: str = ""
    """The flag told with the worth (``{worth}``), so that the key says what the stem says
    ("A fee of more than your whole salary for a short monthly note", not "several times the
    usual fee", which the stem never said: read 291)."""
    worth: str = ""
    """What the case's passage said the sum was worth, said of "you" (set from the passage)."""
    story_away: str = ""
    """The story for a job done away from a desk (a driver, a cleaner), where the default
    tells desk work ("a short summary of trends in your field", read 188)."""
    flag_away: str = ""
    """The flag told so (empty: the sign's own)."""
    story_direct: str = ""
    """The story for a case that shows no build-up (no ``escalation``): the request came first,
    so no earlier general questions are told ("{asked}" filled as in ``story_asked``)."""
    flag_direct: str = ""
    why_direct: str = ""
    """Why the direct story is a sign (no step up told, read 152)."""
    story_asked_direct: str = ""
    flag_asked_direct: str = ""
    lever: str = ""
    """How the threat is held over someone who wants to stop, in the way-out question (a
    variant may tell its own)."""
    way_out_why: str = ""
    """Why coming forward is the way out, in the way-out question (a variant may tell its own);
    empty: the family's own words."""
    span_next: bool = False
    """The story may be grounded by a passage with the case's next sentence in its paragraph,
    where the concept takes both ("... who had lost his savings. The mentor lent him
    S$22,000"): ``grounds`` then matches across the full stop."""

    def grounded_by(self, quote: str) -> bool:
        return _grounded(
            self.grounds,
            tuple(v.grounds for v in self.variants),
            self.not_grounds,
            self.perspective == "colleague",
            quote,
        )

    def grounds_count(self, quote: str) -> int:
        """How many times a passage shows the act (0 without grounds)."""
        if not self.grounds:
            return 0
        return len(re.findall(self.grounds, told_of_them(quote))) + sum(
            len(re.findall(v.grounds, told_of_them(quote))) for v in self.variants
        )

    def away_from_desk(self) -> Sign:
        """The sign told of a job done away from a desk, where it has words for one."""
        if not self.story_away:
            return self
        story = self.story_away
        if self.worth and self.story_away_worth:
            story = self.story_away_worth.replace("{worth}", self.worth)
        return attrs.evolve(
            self,
            story=story,
            flag=self.flag_away or self.flag,
            label=self.label_away or ("" if self.flag_away else self.label),
            story_asked="",
        )

    @property
    def choice(self) -> str:
        """The sign as a choice beside ordinary details (see ``label``)."""
        return self.label or self.flag

    def privately(self, channel: str = "in-person") -> Sign:
        """The sign whose harmless twin is its private-life counterpart, for a case whose
        contact was made in private life (by ``channel``); itself where it has none."""
        if not self.benign_private or (self.benign_private_in_person and channel != "in-person"):
            return self
        return attrs.evolve(
            self,
            benign=self.benign_private,
            benign_reason=self.benign_private_reason,
            benign_no=self.benign_private_no,
            benign_misread=self.benign_private_misread,
            benign_ends=False,
            benign_arranged=False,
            benign_met="",
            benign_office=False,
            benign_opening=True,
        )

    def with_public(self, public: str) -> Sign:
        """The sign whose harmless twin is the case's own request for public material
        (``public``: "the published tariff notices"), where it has words for one."""
        if not self.benign_public:
            return self
        story = self.benign_public.replace("{public}", public)
        misread = self.benign_public_misread.replace("{public}", public)
        reason = self.benign_public_reason or self.benign_reason
        # (Its own "No" key, else the sign's where the reason is the sign's too.)
        no = self.benign_public_no or (self.benign_no if not self.benign_public_reason else "")
        told = attrs.evolve(
            self,
            benign=story,
            # (The case's own first request, asked by its own stranger, may be where the case
            # says a report was due: only an arranged contact makes it plainly ordinary.)
            benign_met="",
            benign_misread=misread,
            benign_reason=reason,
            benign_no=no,
        )
        if not self.benign_private:
            return told
        # (Told so between people who met in private life too: "He first asked for the
        # published tariff notices" came from a member of her savings group, corpus 72.)
        return attrs.evolve(
            told,
            benign_private=story,
            benign_private_misread=misread,
            benign_private_reason=reason,
            benign_private_no=no,
        )

    def as_shown_by(self, quote: str) -> Sign:
        """The sign as the passage shows it: a variant more specific than the sign's own story
        whose act it shows (``before``), else its own story where the passage shows that act,
        else the first variant whose act it shows."""
        ahead = self._ahead(quote)
        if ahead is not None:
            return self._told_as(ahead)
        behind = [v for v in self.variants if not v.before]
        if not self.grounds or re.search(self.grounds, told_of_them(quote)) is not None:
            return self
        for variant in behind:
            if re.search(variant.grounds, told_of_them(quote)) is not None:
                return self._told_as(variant)
        return self

    def shown_ahead(self, quote: str) -> bool:
        """Whether the passage shows one of the variants more specific than the sign's own
        story (``before``): a resignation by text message, where another passage tells only
        the departure abroad."""
        return self._ahead(quote) is not None

    def _ahead(self, quote: str) -> SignVariant | None:
        """The first variant tried before the sign's own story (``before``) whose act the
        passage shows."""
        return next(
            (
                v
                for v in self.variants
                if v.before and re.search(v.grounds, told_of_them(quote)) is not None
            ),
            None,
        )

    def _told_as(self, variant: SignVariant) -> Sign:
        """The sign told by one of its variants."""
        return attrs.evolve(
            self,
            story=variant.story,
            flag=variant.flag,
            label=variant.label,
            label_asked=self.label_asked if variant.whole_asked else "",
            label_direct="",
            label_asked_direct="",
            when=variant.when or self.when,
            excuse=variant.excuse or self.excuse,
            lever=variant.lever or self.lever,
            why=variant.why or self.why,
            way_out_why=variant.way_out_why or self.way_out_why,
            plain=variant.plain or self.plain,
            soft=variant.soft,
            soft_personal=variant.soft_personal,
            benign=variant.benign or self.benign,
            benign_reason=variant.benign_reason if variant.benign else self.benign_reason,
            benign_no=variant.benign_no if variant.benign else self.benign_no,
            benign_misread=variant.benign_misread if variant.benign else self.benign_misread,
            grounds=variant.grounds,
            variants=(),
            story_with_gift="",
            urgent="",
            # (Its own words with the sum's worth, never the sign's story about another act:
            # "For a short summary" said of a fee for a two-hour talk, read 368.)
            story_worth=variant.story_worth,
            flag_worth=variant.flag_worth,
            twin_beside="" if variant.no_twin_beside else self.twin_beside,
            story_asked_worth="" if variant.story_worth else self.story_asked_worth,
            story_asked="" if variant.story_worth else self.story_asked,
            whole_asked=variant.whole_asked,
            ordinary_for=variant.ordinary_for,
            then_asks=variant.then_asks or self.then_asks,
            then_asks_flag=variant.then_asks_flag or self.then_asks_flag,
        )

    @property
    def tag(self) -> str:
        return self.tags[0]


@attrs.frozen
class Actions:
    report: tuple[str, ...]
    report_colleague: tuple[str, ...]
    report_later: tuple[str, ...]
    report_later_colleague: tuple[str, ...]
    report_later_plain: tuple[str, ...]
    report_flawed: tuple[str, ...]
    """Reporting in a way that undoes it (keeping the contact going, leaving things out)."""
    report_flawed_colleague: tuple[str, ...]
    """The tempting wait where the contact has said outright who they are."""
    none_of_these: str
    nothing_here: str
    """"No" in general words, for a harmless or a suspicious situation alike."""
    nothing_here_colleague: str
    carry_on: tuple[str, ...]
    way_out: tuple[str, ...]
    wrong_ways_out: tuple[str, ...]
    wrong_channels: tuple[str, ...]
    keep_evidence: tuple[str, ...]
    wrong_keep_evidence: tuple[str, ...]
    keep_evidence_grounds: str
    after_reply: tuple[str, ...]
    wrong_after_reply: tuple[str, ...]
    colleague_too_late: tuple[str, ...]
    urgent_wrong: tuple[str, ...]
    record_and_report: tuple[str, ...]
    wrong_record: tuple[str, ...]
    carry_on_colleague: tuple[str, ...] = ()
    """Carrying on as normal, said of a colleague's situation (no contact in it): read 276."""
    careless: tuple[str, ...] = ()
    """A harmless situation's wrong "carry on" that goes too far the other way (telling a
    friendly contact more about one's work): so that "carry on" is not the one calm choice
    among over-reactions (read 113)."""
    careless_colleague: tuple[str, ...] = ()
    foreign_ordinary: str = ""
    """Said in the explanation of a "which detail?" or "is there a warning sign?" that offers an
    ordinary detail about someone foreign or with ties abroad (``foreign_words`` in its text):
    the stereotype answered (read 173)."""
    foreign_words: str = ""
    travel_abroad: str = r"(?!)"
    """A trip abroad ("every summer holiday abroad", "a conference abroad for work"): no tie
    abroad, whatever ``foreign_words`` it says."""
    strangers_ruled: str = r"(?!)"
    """A rule of the documents telling staff to report strangers who ask about their work, or
    any approach from outside ("staff approached by strangers about yard work, online or in
    person, should come to him the same day"; "any approach, offer or question about the station
    from outside goes to the site supervisor"), over a lower-cased sentence: harmless situations
    then open arranged, never with a stranger."""
    unexpected_ordinary: str = ""
    """Said in the explanation of a harmless situation that opens with a stranger out of the
    blue: such a contact is no sign on its own."""
    flawed_after_reply: tuple[str, ...] = ()
    """A report, after replying, that undoes itself (leaving things out, waiting): offered in
    every such question, so that the key is never the only choice that reports (read 143)."""
    flawed_ways_out: tuple[str, ...] = ()
    """Coming forward in a way that undoes it (``{surrender}`` is the channel's action)."""
    unpressed_lever: str = ""
    """The way out where nothing is held over the person: why it is asked now (nobody has
    noticed, the contact asks for more). Empty: that question is not asked."""
    unpressed_paid: str = ""
    """Said after what was sent, where the case shows the person paid for it."""
    unpressed_why: str = ""
    """Why coming forward is the way out where nothing is held over the person."""
    wrong_ways_out_unpressed: tuple[str, ...] = ()
    """The quiet stop, one of them offered in every such question."""
    hand_in: tuple[str, ...] = ()
    """Keeping what a contact handed over as it was, and handing it in (the key)."""
    hand_in_grounds: str = r"(?!)"
    """A case's passage of handing in what the contact gave: its ``object`` group names it."""
    wrong_hand_in: tuple[str, ...] = ()
    wrong_hand_in_card: str = ""
    wrong_hand_in_device: str = ""
    handed_over_grounds: str = r"(?!)"
    """A passage that shows the person handing material over or paid for it."""
    pressed_grounds: str = r"(?!)"
    """A passage that tells a threat, tagged or not: no way out "with nobody having noticed"."""
    paid_grounds: str = r"(?!)"
    """A passage that shows the person paid."""
    come_forward_grounds: str = r"(?!)"
    """A sentence of the report that tells coming forward (leniency for those who confess)."""
    sent_public_grounds: str = r"(?!)"
    """A passage of the case that tells the first things asked for or sent were public ("a
    summary of articles that had already been published"): the story of "report after
    replying", which says so, is asked only of such a case (read 309)."""
    demand_grounds: str = r"(?!)"
    """A heading over demands or wishes ("4. Our demands"), or a sentence that makes one ("We
    call for ..."): what a letter asks for is not what holds, and is never quoted as what a
    report says of anyone (read 309: a union's demanded guarantee quoted as an assurance)."""
    done_nothing_grounds: str = r"(?!)"
    """A sentence on coming forward said of those who have done nothing yet ("received a task
    ... but did nothing, and voluntarily reported it"): not quoted to someone who has already
    sent material (read 309)."""
    fled_grounds: str = r"(?!)"
    """A passage of the case's flight (fled, tried to cross the border illegally, a one-way
    ticket out): the way out the person took, offered as a wrong one."""
    fled_ways_out: tuple[str, ...] = ()
    """Running away, offered in every way-out question of a case whose person fled."""
    fled_why: str = ""
    """Why running is no way out; ``{outcome}`` is how the case's own flight ended."""
    turned_grounds: str = r"(?!)"
    """A passage that tells the person drawn into working for the other side ("after being
    turned", "agreed to work for"), where the case shows no material handed over."""
    turned_lever: str = ""
    """The way out of a case told only by its recruitment and its flight: what the person has
    done, and why it is asked now."""
    turned_why: str = ""
    before_travel: tuple[str, ...] = ()
    """The key of "what should you do before you go abroad?" (``{report}``: the security
    office's action). Empty: that question is not asked."""
    flawed_before_travel: tuple[str, ...] = ()
    """Telling only once approached: offered in every such question."""
    wrong_before_travel: tuple[str, ...] = ()
    before_travel_why: str = ""
    stay_abroad_grounds: str = r"(?!)"
    """A passage that tells the case's person staying abroad (not a foreign visitor at home)."""
    before_travel_grounds: str = r"(?!)"
    """A sentence of the report that says people abroad are targeted."""
    report_flawed_harmless: tuple[str, ...] = ()
    """The reports that undo themselves which make sense in a harmless situation too: not
    "leave out what you have already told the contact" where nothing was told (read 169)."""
    carry_on_routine: tuple[str, ...] = ()
    """About a contact, carrying on with the routine mention of contacts an organisation may ask
    for: the key of a harmless situation, the wrong choice of a suspicious one."""
    overreactions_foreign: tuple[str, ...] = ()
    """The over-reaction where a harmless situation tells someone with ties abroad: a report for
    that alone (``{report}`` is the channel's action), wrong for its reason."""
    overreactions_foreign_colleague: tuple[str, ...] = ()
    carry_on_plain: tuple[str, ...] = ()
    """Where the contact has said outright who they are, the wrong choice instead of carrying
    on as normal, which nobody would pick there: turning them down and telling no one."""
    rebuttals: dict[str, str] = attrs.Factory(dict)
    """Why a wrong choice is wrong, by its text (``{report}`` standing for the channel's
    action, as in the lists above): said in the explanation of a question that offers it."""
    first_request: str = ""
    """The earliest point to report where the report itself names the first request."""
    rebuttals_harmless: dict[str, str] = attrs.Factory(dict)
    """Why a report that waits or undoes itself is wrong in a situation that shows no warning
    sign: said there instead of ``rebuttals``, whose reasons presume a sign."""

    def rebut(self, wrong: Sequence[str], report: str = "", *, harmless: bool = False) -> str:
        """The reasons the offered wrong choices are wrong, one sentence each, or ``""``.
        ``report`` is the channel's action the choices were written with; ``harmless``, that
        the situation shows no warning sign (a report's reasons are then those of
        ``rebuttals_harmless``, and a report without one there is not rebutted)."""
        table = {t: r for t, r in self.rebuttals.items() if not (harmless and "{report}" in t)}
        templates = self.rebuttals_harmless if harmless else self.rebuttals
        if harmless:
            table.update({t: r for t, r in templates.items() if "{report}" not in t})
        if report:
            for text, reason in templates.items():
                if "{report}" in text:
                    for said in (report, report[:1].lower() + report[1:]):
                        told = text.format(report=said)
                        table.setdefault(told[:1].upper() + told[1:], reason)
        reasons = [table[w] for w in wrong if w in table]
        # One sentence each: joined, three reasons made a run-on (read 107).
        return " ".join(f"{r[:1].upper()}{r[1:]}." for r in reasons)


@attrs.frozen
class Gifts:
    """How a report tells a present given to the person ("presented her with a watch"): the
    pattern's ``gift`` group, kept when its last word is one of ``nouns``."""

    pattern: str
    nouns: tuple[str, ...]
    not_after: str = ""
    """After the present: it was handed over for contact, not given (tradecraft)."""
    valued: str = ""
    """A present told with its worth, whatever it is: the ``gift`` group, kept whole with the
    sum ("a pair of binoculars worth around £900")."""


@attrs.frozen
class Asked:
    """How a report names the internal material a request was for ("asked Pheng to photograph
    the duty roster"): the pattern's ``asked`` group, told in a sign's ``story_asked``."""

    pattern: str = ""
    public: str = ""
    """How a report names a request for what is public ("He first asked for the published
    tariff notices"): the pattern's ``public`` group, told in a sign's ``benign_public``."""
    whole: str = ""
    """Where ``pattern`` names nothing, the request in its passage's own words ("the arrival
    notices for coast guard vessels and visiting foreign naval ships"): the ``whole`` group,
    matched over the passage as written, ignoring case."""
    head: str = ""
    """Where a choice cuts a ``whole`` request to its head ("lists of members"): before the
    first match."""
    told: str = "{asked}"
    """How a ``pattern`` noun is told in a story (``your {unit}'s {asked}``)."""


@attrs.frozen
class FirstStep:
    """A step that can open an approach, and how the right answer to "when should the first
    report have been made?" names it."""

    tag: str
    key: str
    unclear: bool = False
    """A step readers disagree is reportable on its own (a friendliness to the family that the
    person may have sought): where it comes first, nothing is asked (reads 304, 314)."""
    paid: str = ""
    """Said instead of ``key`` when the case shows an offer of money."""
    grounds: str = ""
    """A pattern (over the lower-cased passage) the grounding passage must match."""
    needs: str = ""
    """A second pattern the passage must also match (what the step must show)."""
    personal: str = ""
    """Said instead of ``key`` where the contact was made in private life (a game, a dating
    app), not by a message out of the blue."""
    personal_paid: str = ""
    """Said instead of ``paid`` there."""
    familiar: str = ""
    """Said instead of ``key`` where the contact was someone from the person's past who got
    back in touch (a relative, an old classmate)."""
    familiar_paid: str = ""
    """Said instead of ``paid`` there."""
    asks: str = ""
    """A pattern (over the lower-cased passage) that shows the first contact asking for
    something; where it does not match and no money was offered, ``offer`` is said instead
    ("offering a heavily discounted treatment package" asked for nothing)."""
    offer: str = ""
    personal_offer: str = ""
    """Said instead of ``offer`` where the contact was made in private life."""
    called_normal: str = ""
    """A pattern (over a lower-cased sentence of the case's documents) that calls this kind
    of step ordinary: where one does, the key would be debatable and nothing is asked."""

    def grounded_by(self, quote: str) -> bool:
        low = told_of_them(quote)
        return (not self.grounds or re.search(self.grounds, low) is not None) and (
            not self.needs or re.search(self.needs, low) is not None
        )


@attrs.frozen
class Misconception:
    text: str
    tags: tuple[str, ...]
    group: str = ""
    """Misconceptions of one group say the same thing: a question offers at most one."""
    unless: tuple[str, ...] = ()
    """First steps for which this is no misconception (it names the very step)."""
    not_in_case: tuple[str, ...] = ()
    """Tags of a case in which this names a real moment of the case, whenever it came: where
    the contact said outright that they worked for an intelligence service, "once it was
    certain" is that moment, and a trainer could argue for it (read 283, Zhao)."""
    waited: str = ""
    """What someone who believes it waits for ("money"), named in the explanation."""
    answer: str = ""
    """A sentence answering it, where it is no wait ("Never: ... public information")."""
    handed_over: bool = False
    """It says something was handed over: offered only of a case whose passages show its person
    handing material over (``actions.handed_over_grounds``), never of one who sent nothing
    (read 341)."""
    handing: bool = False
    """It names the moment something was handed over: never offered beside a report's own later
    moment (the first request for something in the system) in a case that handed something
    over, which may have come before it (read 365: paid public checks sent before that
    request)."""


@attrs.frozen
class Personas:
    nouns: tuple[str, ...]
    """A cover is used only when it ends in one of these (or their plural)."""
    said: tuple[str, ...] = ()
    """What comes just before a claimed cover in a passage ("presented herself as", "a
    supposed"): the cover follows, with or without its article."""
    not_words: tuple[str, ...] = ()
    """Words that make a phrase no cover ("an intelligence officer" is what the contact was)."""
    alone: tuple[str, ...] = ()
    """Words of a cover that works for no organisation ("a freelance journalist"): no work is
    agreed later with the contact's organisation."""
    press: tuple[str, ...] = ()
    """Nouns of a cover from the press ("a journalist"): no harmless situation opens with such
    a stranger asking about one's work, which goes through the press office."""


@attrs.frozen
class Colleague:
    setting: str
    """The opening of a situation about a colleague."""
    setting_no_role: str
    """The same, when the case names no job."""


@attrs.frozen
class Recruiter:
    patterns: tuple[str, ...]
    """A case passage matching one of these shows the case's person recruiting others."""
    earliest_prompt: str
    """"When should the first report have been made?" for such a case (``{name}``)."""
    fronts: tuple[str, ...] = ()
    """Sectors that are the recruiter's own front (a think tank), not where the people they
    approach work: left out of such a case's workplace."""


@attrs.frozen
class Rewording:
    """One phrase of a situation said another way (``said`` becomes ``told``)."""

    said: str
    told: str


@attrs.frozen
class Retelling:
    """How a situation is told for a case whose person is not at work where it happens: the
    trainee's work said another way in the templates (``phrases``), and the security office to
    tell said another way in the organisation's channels (``channels``); each list applied in
    order."""

    phrases: tuple[Rewording, ...] = ()
    """In the material's templates, before their slots are filled (and, for someone who
    studies, in ordinary details)."""
    channels: tuple[Rewording, ...] = ()
    """In the organisation's channels' words."""
    pattern: str = ""
    """Where the retelling is chosen by what the case's passages say: a pattern over them,
    lower-cased."""


@attrs.frozen
class ScenarioMaterial:
    workplaces: dict[str, Workplace]
    roles_places: dict[str, str]
    """A word of the job to the workplace (a key of ``workplaces``) it implies, over any
    sector the report mentions."""
    roles_places_default: dict[str, str]
    """The same, only when the report names no listed sector."""
    roles: Roles
    personas: Personas
    channels: dict[str, Channel]
    openings: tuple[Opening, ...]
    colleague: Colleague
    ordinary: dict[str, tuple[Ordinary, ...]]
    signs: dict[str, Sign]
    actions: Actions
    first_steps: tuple[FirstStep, ...]
    misconceptions: tuple[Misconception, ...]
    recruiter: Recruiter
    gifts: Gifts
    asked: Asked = Asked()
    kin: Retelling = Retelling()
    """For a case approached for a relative's access ("a tuition teacher whose husband is a
    senior procurement officer at the Ministry of Defence"): what the contact is after is the
    relative's work, and the security office to tell the relative's; ``{kin}`` is the
    relative."""
    own_employer: Retelling = Retelling()
    """For a case whose own employer made the request ("instructed by her own employer"): the
    superiors are who asked, so the channel to tell is the security office where the work is
    done, or the authorities (read 353)."""
    studies: Retelling = Retelling()
    """For a case whose person studies rather than works (a student, a cadet): no manager, team
    or colleagues at work, and the school's security office to tell; ``{school}`` is the kind
    of school ("university")."""
    own_business: Retelling = Retelling()
    """For a case whose person runs their own business (a photo studio): no manager, team or
    organisation of theirs, and the authorities to tell rather than a security office."""
    roles_settings: dict[str, dict[str, str]] = attrs.Factory(dict)
    """A word of ``roles_places`` whose job is done in more than one setting (a purser on a ship
    or an aircraft): each workplace with a pattern over the case's passages that sets the job
    there, the first that matches taken over the table's place."""

    def first_contact_online(self, quote: str) -> bool:
        """Whether a passage shows the first contact arriving online (the online-approach
        first step's grounds); not a document that came by e-mail ("a CV in the name of Yassine
        arrived by email", corpus 108: what the contact sent on, after meeting in person)."""
        told = _DOCUMENT_BY_EMAIL.sub(" ", told_of_them(quote))
        return any(
            step.tag == "online-approach" and re.search(step.grounds, told) is not None
            for step in self.first_steps
        )

    def signs_of(self, perspective: str) -> list[Sign]:
        return [sign for sign in self.signs.values() if sign.perspective == perspective]


SLOT = re.compile(r"\{(\w+)\}")
"""A slot of the material's templates ("{unit}"), filled from the case."""
_SLOTS = frozenset(
    {
        "role",
        "workplace",
        "unit",
        "outcome",
        "contact",
        "report",
        "surrender",
        "office",
        "name",
        "gift",
        "asked",
        "public",
        "kin",
        "request",
        "worth",
        "school",
    }
)


def parse(text: str, name: str) -> ScenarioMaterial:
    """Read and check scenario material; raises :class:`InputError` naming the line."""
    data, text = parse_toml(text.encode("utf-8"), name)
    try:
        material = structure(data, ScenarioMaterial, name, text)
    except InputError as err:
        if err.line is None:
            err.line = _line_of_path(text, err.message)
        raise
    _check(material, name, text)
    return material


def _line_of_path(text: str, message: str) -> int | None:
    """The line of a problem reported at a path like ``signs['x'].perspective``: the table
    ``[signs.x]``, then the key in it (the schema's keys are tables named by their key)."""
    found = re.match(r"(\w+)\['([^']+)'\](?:\.(\w+))?", message)
    if not found:
        return None
    table, key, field = found.groups()
    header = re.search(rf"^\[{re.escape(table)}\.\"?{re.escape(key)}\"?\]\s*$", text, re.M)
    if header is None:
        return None
    line = text.count("\n", 0, header.start()) + 1
    if field:
        below = text[header.end() :]
        nxt = re.search(r"^\[", below, re.M)
        scope = below[: nxt.start()] if nxt else below
        at = re.search(rf"^{re.escape(field)}\s*=", scope, re.M)
        if at:
            return line + scope.count("\n", 0, at.start())
    return line


def _line(text: str, needle: str) -> int | None:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _check(material: ScenarioMaterial, name: str, text: str) -> None:
    for match in SLOT.finditer(text):
        if match.group(1) not in _SLOTS:
            raise InputError(
                name,
                f"unknown slot {{{match.group(1)}}} (known: {', '.join(sorted(_SLOTS))})",
                text.count("\n", 0, match.start()) + 1,
            )
    _compiles(material.gifts.pattern, "gifts.pattern", name, text)
    _compiles(material.gifts.not_after, "gifts.not_after", name, text)
    _compiles(material.gifts.valued, "gifts.valued", name, text)
    _compiles(material.asked.public, "asked.public", name, text)
    _compiles(material.asked.whole, "asked.whole", name, text)
    _compiles(material.asked.head, "asked.head", name, text)
    _compiles(material.actions.travel_abroad, "actions.travel_abroad", name, text)
    _compiles(material.actions.strangers_ruled, "actions.strangers_ruled", name, text)
    _compiles(material.actions.hand_in_grounds, "actions.hand_in_grounds", name, text)
    for word, settings in material.roles_settings.items():
        for place, setting in settings.items():
            _compiles(setting, f"roles_settings.{word}.{place}", name, text)
            if place not in material.workplaces:
                raise InputError(
                    name,
                    f"roles_settings.{word}: {place!r} is not one of the workplaces",
                    _line(text, f"[roles_settings.{word}]"),
                )
    for key, told in material.signs.items():
        _compiles(told.benign_unless, f"signs.{key}.benign_unless", name, text)
        _compiles(told.benign_ruled, f"signs.{key}.benign_ruled", name, text)
        for variant in told.variants:
            _compiles(variant.ordinary_for, f"signs.{key}.variants.ordinary_for", name, text)
        _compiles(told.worth_pattern, f"signs.{key}.worth_pattern", name, text)
        if told.worth_pattern and "(?P<worth>" not in told.worth_pattern:
            raise InputError(
                name, f"signs.{key}.worth_pattern needs a group named worth", _line(text, key)
            )
    if material.asked.public and "(?P<public>" not in material.asked.public:
        raise InputError(name, "asked.public needs a group named public", _line(text, "[asked]"))
    if material.asked.whole and "(?P<whole>" not in material.asked.whole:
        raise InputError(name, "asked.whole needs a group named whole", _line(text, "[asked]"))
    if "{asked}" not in material.asked.told:
        raise InputError(name, "asked.told needs {asked}", _line(text, "[asked]"))
    for key in ("pattern", "valued"):
        told = getattr(material.gifts, key)
        if told and "(?P<gift>" not in told:
            raise InputError(name, f"gifts.{key} needs a group named gift", _line(text, "[gifts]"))
    for pattern in material.recruiter.patterns:
        try:
            re.compile(pattern)
        except re.error as err:
            raise InputError(name, f"recruiter.patterns: {err}", _line(text, pattern)) from None
    for opening in material.openings:
        if opening.channel not in material.channels:
            raise InputError(
                name, f"openings: unknown channel {opening.channel!r}", _line(text, opening.pattern)
            )
        _compiles(opening.pattern, "openings", name, text)
        if "{contact}" not in opening.approach and not opening.contact:
            # Later situations ("when ... approached you") would call an old comrade a
            # stranger.
            raise InputError(
                name,
                "openings: an approach without {contact} needs a `contact` naming who it is",
                _line(text, opening.pattern),
            )
    for said in material.personas.said:
        _compiles(said, "personas.said", name, text)
    for step in material.first_steps:
        if step.tag not in TAGS:
            raise InputError(name, f"first_steps: unknown tag {step.tag!r}", _line(text, step.tag))
        _compiles(step.grounds, f"first_steps.{step.tag}.grounds", name, text)
        _compiles(step.needs, f"first_steps.{step.tag}.needs", name, text)
    for key, sign in material.signs.items():
        if sign.perspective not in ("target", "colleague"):
            raise InputError(name, f"signs.{key}.perspective: 'target' or 'colleague'")
        for tag in (*sign.tags, *sign.also):
            if tag not in TAGS:
                raise InputError(name, f"signs.{key}.tags: unknown tag {tag!r}", _line(text, tag))
        # A sign is named by its first tag; a second sign of the same tag, told from the other
        # side (the recruit steered into a post, beside a colleague pressing for one), by the
        # tag and a word for it: ``placement-steered``.
        if key != sign.tag and not key.startswith(f"{sign.tag}-"):
            raise InputError(
                name, f"signs.{key}.tags: the first tag must be {key!r} (or begin its name)"
            )
        for other in (*sign.not_beside, *sign.not_with):
            if other not in material.signs:
                raise InputError(name, f"signs.{key}: unknown sign {other!r}", _line(text, other))
        _compiles(sign.grounds, f"signs.{key}.grounds", name, text)
        _compiles(sign.not_grounds, f"signs.{key}.not_grounds", name, text)
        for variant in sign.variants:
            _compiles(variant.grounds, f"signs.{key}.variants.grounds", name, text)
            if sign.perspective == "colleague" and not variant.when:
                raise InputError(
                    name,
                    f"signs.{key}.variants: a colleague sign needs `when`",
                    _line(text, variant.story),
                )
        if sign.perspective == "colleague" and not sign.when:
            raise InputError(name, f"signs.{key}: a colleague sign needs `when`")
        if sign.action == "way-out" and not (sign.lever and sign.way_out_why):
            raise InputError(name, f"signs.{key}: a way-out sign needs `lever` and `way_out_why`")
        if sign.story_with_gift and "{gift}" not in sign.story_with_gift:
            raise InputError(
                name,
                f"signs.{key}.story_with_gift needs {{gift}}",
                _line(text, sign.story_with_gift),
            )
        if sign.benign and not (sign.benign_reason and sign.benign_misread and sign.excuse):
            raise InputError(
                name, f"signs.{key}: a benign story needs benign_reason, benign_misread and excuse"
            )
        if sign.benign_private and not (
            sign.benign_private_reason and sign.benign_private_misread and sign.excuse
        ):
            raise InputError(
                name,
                f"signs.{key}: a private benign story needs benign_private_reason, "
                "benign_private_misread and excuse",
            )
    for group_name, group in material.ordinary.items():
        for detail in group:
            if group_name == "colleague" and not detail.when:
                raise InputError(
                    name,
                    "an ordinary detail about a colleague needs `when`",
                    _line(text, detail.story),
                )
            _compiles(detail.unless, "ordinary.unless", name, text)
            for tag in (*detail.not_with, *detail.not_in_case):
                if tag not in TAGS:
                    raise InputError(
                        name, f"ordinary.not_with: unknown tag {tag!r}", _line(text, detail.story)
                    )
            shown = _warning_signs(detail.story)
            if shown:
                raise InputError(
                    name,
                    f"ordinary detail shows a warning sign ({', '.join(shown)})",
                    _line(text, detail.story),
                )
    for key, sign in material.signs.items():
        for field, story in (("benign", sign.benign), ("benign_private", sign.benign_private)):
            shown = _warning_signs(story) if story else []
            if shown:
                raise InputError(
                    name,
                    f"signs.{key}.{field} shows a warning sign ({', '.join(shown)})",
                    _line(text, story),
                )


def _compiles(pattern: str, where: str, name: str, text: str) -> None:
    """A pattern of the file must be a valid regular expression: else one line naming it."""
    try:
        re.compile(pattern)
    except re.error as err:
        raise InputError(name, f"{where}: {err}", _line(text, pattern)) from None


def _warning_signs(story: str) -> list[str]:
    filled = SLOT.sub("office", story)
    return [t for t in find_cues(filled) if TAGS[t].topic == "warning-signs"]


@functools.cache
def scenario_material() -> ScenarioMaterial:
    """The bundled scenario material (read once)."""
    text = resources.files("quiz").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse(text, str(Path("quiz") / DATA_FILE))
