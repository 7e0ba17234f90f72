"""A case as scenario material: its job, workplace, channel of approach, the cover the recruiter
claimed, and the warning signs it shows with the passages that show them.

Families write situations from a frame, so a question about Chen Wei's case starts from a
network administrator at a military research institute approached at the door by someone who
says they are a technical expert, not from a fixed bank of stories.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from quiz.documents import YEARS_OLD
from quiz.garbled import garble
from quiz.models import Case, Evidence, Fact
from quiz.scenario_material import Rewording, Roles, ScenarioMaterial, Sign, Workplace
from quiz.taxonomy import TAGS, find_cues

if TYPE_CHECKING:
    from quiz.material import Channel

_COVER_BODY = (
    # (After the name given: "introduced himself as Ignacio Ferrándiz, a marine insurance
    # surveyor", corpus 69.)
    r"\s*(?:(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+(?=an?\s))?"
    r"(?:an?\s+|the\s+)?(?P<cover>[^\W\d_][\w'’ -]{2,40}?)"
    r"(?=\s*[,.;:\"”)]|\s+(?:and|or|who|whom|from|of|at|in|on|with|for|to|named|called|that|"
    r"which|whose|\w+ing|\w+ed)\b|$)"
)
"""What follows a persona's lead-in (``[personas].said``): the cover, up to a comma or a
clause."""


@attrs.frozen
class SignInCase:
    """A warning sign a case shows, with the passage that shows it."""

    sign: Sign
    tag: str
    """The case's tag the sign was found through (one of ``sign.tags``)."""
    evidence: Evidence
    tags: tuple[str, ...] = ()
    """Every tag of the case the sign's story shows: ``tag`` first."""


@attrs.frozen
class CaseFrame:
    case: Case
    role: str
    """The job with its article: ``a network administrator``."""
    workplace: Workplace
    channel: str
    """``online``, ``in-person`` or ``abroad``."""
    cover: str
    """The claimed cover with its article (``a technical expert``), or ``""``."""
    signs: tuple[SignInCase, ...]
    """Target and colleague signs, in the order an approach usually runs."""
    material: ScenarioMaterial
    recruiter: bool = False
    """The case's person is the recruiter: the trainee is cast as the people approached."""
    cover_told: Evidence | None = None
    """The passage the cover was read from, which a question telling the cover cites."""
    approach: str = ""
    """How this case's stranger made contact (a template), when its passages say so; else the
    channel's generic approach."""
    familiar: bool = False
    """The contact is someone already known (a club member, a neighbour, an old classmate)."""
    unannounced: bool = False
    """The case's way in was a stranger's approach out of the blue (``Opening.unannounced``)."""
    introduced: bool = False
    """The case's way in was an introduction by someone known (``Opening.introduced``)."""
    sought: bool = False
    """The person sought the contact (answered an advertisement): nothing of how an unannounced
    contact found them fits the case's own way in (read 298)."""
    personal: bool = False
    """The case's contact was made in private life (a dating app, a club, a neighbour)."""
    employer: bool = False
    """The opening says whom the contact works for (a charity)."""
    local: bool = False
    """The case's opening places the contact nearby (another parent at the school)."""
    colleague: bool = False
    """The case's contact works where the person does (:attr:`Opening.colleague`)."""
    generic: bool = False
    """The case's opening is one the channel's own ways in tell as well (see
    :attr:`Opening.generic`)."""
    channel_told: bool = True
    """The case's passages tell how the contact began (online, abroad, a meeting or an opening
    of its own); not only the in-person channel every case falls back to, which a question
    looking back must not assert ("first approached in person" of a man the organisers wrote
    to, read 504)."""
    known_as: str = ""
    """How the case's opening names its contact ("an old comrade from your years in the
    forces"), where it is not the channel's stranger."""
    gift: str = ""
    """The present the case's passages name, with its article ("an expensive watch"), or ``""``."""
    kin: str = ""
    """Whose access the contact was after, where it is a relative's (``husband``: "a tuition
    teacher whose husband is a senior procurement officer at the Ministry of Defence"), or
    ``""``; the workplace is then the relative's."""
    kin_job: str = ""
    """That relative's job, with its article (``a senior procurement officer``)."""
    own_employer: bool = False
    """The case's own employer made the request (``ScenarioMaterial.own_employer``): the
    superiors are no channel to tell."""
    loaded: bool = False
    """The case's way in itself carries a sign (``Opening.loaded``: a message from a number the
    person did not know): a harmless situation never opens with it."""
    strangers_ruled: bool = False
    """The case's documents tell staff to report any stranger who asks about their work
    (``Actions.strangers_ruled``): a harmless situation never opens with a stranger, who would
    be reportable there (read 489: "No warning sign" keyed after "someone who says they are a
    yacht broker" asked about the yard, where the yard's minutes say to report that)."""
    business: bool = False
    """The case's person runs their own business (``ScenarioMaterial.own_business``): "You run
    a photo studio", with no manager, colleagues or security office of their own."""
    self_employed: bool = False
    """The case's person works for themselves at a trade (``own_business.pattern``: "sells his
    work through an online marketplace"): "You work for yourself as a soapstone carver", told
    as ``business`` is, with no business of a kind to name."""
    no_twin: frozenset[str] = frozenset()
    """The signs whose harmless twin the case itself contradicts (``Sign.benign_unless``: an
    invitation the person took up with the manager's permission, read 212)."""
    cleared: frozenset[str] = frozenset()
    """Of those, the signs the case's own passage for them shows cleared with the employer:
    "She registered the trip with her institute, as its rules require, and the institute
    approved it" (corpus 149, read 469: her invitation keyed as the warning sign, where she
    said "The invitation was not the problem. The question at dinner was")."""
    public: str = ""
    """What the case's first request for public material named ("the published tariff
    notices"), told as the harmless counterpart of a request, or ``""``."""

    @property
    def works_for_themself(self) -> bool:
        """Whether the case's person works for themselves or runs a business: paid work
        offered is their trade (``Sign.soft_own_work``)."""
        return self.business or self.self_employed

    def fair_alone(self, sign: Sign) -> bool:
        """Whether the sign, told alone in this frame, has a fair innocent reading, so that no
        question keys it: praise (``Sign.soft``), a present between people who met in private
        life (``soft_personal``), paid work offered to someone who works for themselves
        (``soft_own_work``), or what the case itself shows cleared with the employer
        (``cleared``)."""
        return (
            sign.soft
            or (sign.soft_personal and self.personal)
            or (sign.soft_own_work and self.works_for_themself)
            or sign.tag in self.cleared
            or self.ordinary_work(sign)
        )

    def ordinary_work(self, sign: Sign) -> bool:
        """Whether the sign, as told, is this person's everyday work (``Sign.ordinary_for``): a
        grant offered to a research grants officer."""
        return (
            bool(sign.ordinary_for) and re.search(sign.ordinary_for, self.role.lower()) is not None
        )

    @property
    def office(self) -> bool:
        """Whether the job is done at a desk, among projects and visitors (not a cleaner's)."""
        words = self.role.lower().split()
        # (By its last word, or its last two: "a security supervisor" at a housing society's
        # gate, corpus 143, read 449: offered "a short summary of trends in your field".)
        away = self.material.roles.away_from_desk
        return words[-1] not in away and " ".join(words[-2:]) not in away

    @property
    def public_profile(self) -> bool:
        """Whether the job may have a public profile in its field (talks, articles, a team's
        award in the news): not a records clerk's (read 477)."""
        words = self.role.lower().split()
        return bool(words) and words[-1] not in self.material.roles.no_profile

    def has_benign(self, sign: Sign) -> bool:
        """Whether the sign's harmless twin can be told of this case's job: a job away from a
        desk has no business visitors, and no project folders or handovers (a private-life
        counterpart is about neither); nor where the case itself shows what the twin calls
        safe (``no_twin``)."""
        if not sign.benign or sign.tag in self.no_twin:
            return False
        if sign.benign_opening:
            return True
        if (
            sign.perspective == "target"
            and not sign.met_through_work
            and self.approach
            and not self.generic
            and (self.personal or self.familiar)
        ):
            # Every suspicious situation of a case met in private life opens with its own way
            # in (a landlord, a hobby forum): a harmless twin that must open otherwise ("your
            # manager introduces you to a visitor") is told apart by its opening alone (read
            # 326: every such opening in a case's set was keyed "nothing suspicious").
            return False
        if self.office:
            return True
        return sign.perspective == "colleague" and not sign.benign_office

    @property
    def contact(self) -> str:
        if self.known_as:
            return self.known_as
        stranger = self.material.channels[self.channel].stranger
        return f"{stranger} who says they are {self.cover}" if self.cover else stranger

    def _cover_says(self, words: tuple[str, ...]) -> bool:
        """Whether the contact's cover holds one of ``words``."""
        said = set(words)
        return any(w.strip(".,;:") in said for w in self.cover.lower().split())

    @property
    def cover_press(self) -> bool:
        """The contact's cover is the press's ("a journalist")."""
        return self._cover_says(self.material.personas.press)

    @property
    def cover_alone(self) -> bool:
        """The contact's cover is someone working on their own ("a freelance journalist"),
        with no organisation to agree work with."""
        return self._cover_says(self.material.personas.alone)

    @property
    def stranger_approach(self) -> str:
        return self.approach or self.material.channels[self.channel].approach

    def fill(self, template: str, **extra: str) -> str:
        if self.studies:
            # "You are a graduate student at a university", not "You work as" one (read 112);
            # no manager, team or colleagues at work (read 294).
            template = template.replace("You work as {role}", "You are {role}")
            template = _reworded(template, self.material.studies.phrases)
        if self.business:
            # "You run a photo studio", not "You work as a member of staff at an organisation
            # that handles sensitive work" (corpus 137, read 432); nobody at work above or
            # beside the owner.
            run = "You run {workplace}"
            if self.self_employed:
                # (Corpus 139, read 438: "a soapstone carver for an organisation that handles
                # sensitive work", of a carver who sells his own work online.)
                # (Not "as a manager": the owner and general manager of a workshop runs it,
                # corpus 140.)
                run = (
                    "You work for yourself as {role}"
                    if self.role != UNNAMED_ROLE and self.role.split()[-1] not in _RUNNING_POSTS
                    else "You run a small business of your own"
                )
            for said in ("You work as {role} at {workplace}", "You are {role} at {workplace}"):
                template = template.replace(said, run)
            template = _reworded(template, self.material.own_business.phrases)
        elif self.role == "the manager":
            # The manager of a business the report names: "You manage a sheep and wheat farm",
            # not "You work as the manager at a sheep and wheat farm" (corpus 141).
            for said in ("You work as {role} at {workplace}", "You are {role} at {workplace}"):
                template = template.replace(said, "You manage {workplace}")
        if self.kin:
            # The access is the relative's: the setting says so, and where the relative works;
            # what the contact is after is the relative's work, not the trainee's (read 161).
            for said in ("You work as {role} at {workplace}", "You are {role} at {workplace}"):
                # (The relative's job is a value, not template text: words from a report are
                # data, whatever braces they hold.)
                template = template.replace(
                    said, "Your {kin} works as {kin_job} at {workplace}; you work as {role}"
                )
            template = _reworded(template, self.material.kin.phrases)
        elif self.workplace == self.material.workplaces["default"] and self.role != UNNAMED_ROLE:
            # A job the report names at a place it does not: "a warden for an organisation that
            # handles sensitive work", not "at" one (corpus 73).
            template = template.replace("{role} at {workplace}", "{role} for {workplace}")
        values = {
            "role": self.role,
            "workplace": self.workplace.place,
            "unit": self.workplace.unit,
            "contact": self.contact,
            "kin": self.kin,
            "kin_job": self.kin_job,
            "school": self.school,
            **extra,
        }
        return template.format(**values)

    @property
    def school(self) -> str:
        """The kind of place the workplace is ("university", "academy"), for someone who
        studies there."""
        return self.workplace.place.split()[-1]

    def told(self, text: str) -> str:
        """An ordinary detail's words as this case's person would meet them: for someone who
        studies, without a workplace ("your contact details", not "your business card")."""
        if self.business:
            # (Or someone who runs their own business: "how things are going at your studio".)
            return _reworded(
                text,
                [
                    Rewording(r.said, r.told.replace("{unit}", self.workplace.unit))
                    for r in self.material.own_business.phrases
                ],
            )
        if not self.studies:
            return text
        phrases = self.material.studies.phrases
        return _reworded(
            text, [Rewording(r.said, r.told.replace("{school}", self.school)) for r in phrases]
        )

    def reporting(self, channel: Channel) -> Channel:
        """The organisation's reporting channel as this case's person would use it: for a case
        approached for a relative's access, the security office is the relative's; for someone
        who studies, their school's."""
        if self.kin:
            rewordings = self.material.kin.channels
        elif self.own_employer:
            rewordings = self.material.own_employer.channels
        elif self.business:
            rewordings = self.material.own_business.channels
        elif self.studies:
            rewordings = self.material.studies.channels
        else:
            return channel
        phrases = [
            Rewording(
                r.said, r.told.format(kin=self.kin, unit=self.workplace.unit, school=self.school)
            )
            for r in rewordings
        ]
        return attrs.evolve(
            channel,
            name=_reworded(channel.name, phrases),
            action=_reworded(channel.action, phrases),
        )

    @property
    def studies(self) -> bool:
        """The case's person studies rather than works (a graduate student)."""
        return self.role.split()[-1] in self.material.roles.studying

    def story(self, sign: Sign) -> str:
        """A sign's story for this case: with the case's own present where it names one."""
        if self.gift and sign.story_with_gift:
            return self.fill(sign.story_with_gift, gift=self.gift)
        return self.fill(sign.story)

    @property
    def colleague_setting(self) -> str:
        colleague = self.material.colleague
        if self.role == UNNAMED_ROLE:
            return self.fill(colleague.setting_no_role)
        return self.fill(colleague.setting)

    def opening_tags(self) -> list[tuple[str, Evidence]]:
        """The patterns a stranger's approach in this frame shows (online, abroad, a cover),
        each with the case's passage that shows it."""
        shown = []
        wanted = {"online": "online-approach", "abroad": "abroad-targeting"}.get(self.channel)
        for tag_id in (wanted, "false-persona" if self.cover else None):
            hit = self.case.tag(tag_id) if tag_id else None
            if hit is not None and tag_id is not None:
                # The cover's own passage, where it shows the persona ("who described himself
                # as a retired sound engineer"), not the first that names it ("the man who
                # called himself "Carl Weber" left The Bahamas ...", read 287).
                told = self.cover_told if tag_id == "false-persona" else None
                shown.append((tag_id, told if told in hit.evidence else hit.evidence[0]))
        return shown

    def signs_seen_by(self, perspective: str) -> list[SignInCase]:
        return [s for s in self.signs if s.sign.perspective == perspective]


_CONTACT_UNDER_WAY = ("escalation", "unsolicited-offer")
"""Tags whose passages tell a contact already under way (its first questions, an offer): a message
online told after one of them is no first contact. (Not payment: a report's lead may sum up "he
sold the classified materials" before it tells the first e-mail, as the seeds' Qiu Degui's does.)"""
_CONTACT_ACTS = re.compile(r"\b(?:offer\w*|ask\w*|questions?|requests?|wanted|invit\w*)\b")
"""What such a passage tells the contact doing (not "The first case involves an IT contractor",
corpus 54, a report's lead read as a first step)."""
_ASKS_FOR = re.compile(
    r"\b(?:asking|asked|requesting|requested|wanting)\s+(?:(?:him|her|them)\s+)?for\b"
)
"""A message online that asks for something: a later step where the contact was under way."""


def build_frame(
    case: Case,
    material: ScenarioMaterial,
    garbled: Iterable[Evidence] = (),
    before: Callable[[Evidence], str] | None = None,
    with_next: Callable[[Evidence], tuple[Evidence, Evidence] | None] | None = None,
    in_lead: Callable[[Evidence], bool] | None = None,
) -> CaseFrame:
    """The case's situations' frame. ``before`` gives the sentence before a passage in its
    paragraph ("... at a private language school ... One of his students, a man who introduced
    himself as Oleg"): where the contact was made is often told just before who made it.
    ``with_next`` joins a passage with the sentence after it, for a sign whose concept takes
    two sentences (``span_next``)."""
    blocked = tuple(garbled)
    tags = case.tag_ids
    online = case.tag("online-approach")
    # Online only when a passage shows the first contact arriving online: a later move to an
    # encrypted app, or emails after a meeting in person ("approached at a conference ...
    # Back home, she received emails"), is not how the approach began.
    met = [
        e
        for tag_id in _OPENING_TAGS
        if (hit := case.tag(tag_id)) is not None
        for e in hit.evidence
        if _MET.search(e.quote.lower()) is not None
        and any(
            re.search(o.pattern, e.quote.lower())
            for o in material.openings
            if o.channel == "in-person"
        )
    ]
    # What the contact did before a message online says the contact began before it: "He
    # offered her a "market consultancy" ... His first questions were about our published
    # timetable ... On 4 August he wrote to her on WhatsApp asking for the crew rosters" (corpus
    # 120, read 378: told as "An email you did not expect arrives").
    before_online = [
        e
        for tag_id in _CONTACT_UNDER_WAY
        if (hit := case.tag(tag_id)) is not None
        for e in hit.evidence
    ]
    first_online = online is not None and any(
        material.first_contact_online(e.quote)
        and not any(m.doc == e.doc and m.start < e.start for m in met)
        and not (
            _ASKS_FOR.search(e.quote.lower())
            and any(
                b.doc == e.doc and b.end <= e.start and _CONTACT_ACTS.search(b.quote.lower())
                for b in before_online
            )
        )
        for e in online.evidence
    )
    # Abroad only for a stay away from home: someone who moved to where they were approached
    # ("a relay protection technician who moved to Åland from Oulu last year to work with us",
    # corpus 112, read 334: told as "spending some time abroad") lives there.
    abroad = case.tag("abroad-targeting")
    stays_abroad = abroad is not None and any(
        _MOVED_HERE.search(e.quote.lower()) is None for e in abroad.evidence
    )
    channel = "online" if first_online else "abroad" if stays_abroad else "in-person"
    signs: list[SignInCase] = []
    own = {(e.doc, e.start) for hit in case.tags for e in hit.evidence}
    """The case's own sentences: where a sign may continue into the next one."""
    grounding: dict[Evidence, int] = {}
    """How many signs each passage grounds already: a passage grounds at most two, so that a
    case's questions do not all lean on one sentence."""
    # A sign that tells more (money trouble relieved by favours) claims its passage before the
    # sign it includes (the favours alone).
    for sign in sorted(material.signs.values(), key=lambda s: not s.also):
        if any(s.sign.tag == sign.tag for s in signs):
            # One sign per tag: a tag told from two sides (a colleague pressing for a post, the
            # recruit steered into one) is told from the first that the case grounds.
            continue
        if any(s.sign.tag in sign.not_with for s in signs):
            # The same lesson, told already by a sign the case grounds.
            continue
        # (A tag whose passages all tell the lesson drawn from the act, "because she reported at
        # the first request for non-public data", after one that tells the act itself, read 378.)
        order = sorted(
            sign.tags,
            key=lambda tag_id: (
                (hit := case.tag(tag_id)) is not None
                and all(
                    "report-early" in find_cues(e.quote)
                    for e in hit.evidence
                    if sign.grounded_by(e.quote)
                ),
                tag_id != sign.prefer,
            ),
        )
        for tag_id in order:
            hit = case.tag(tag_id)
            usable = (
                [
                    e
                    for e in hit.evidence
                    if not is_garbled(e, blocked)
                    and sign.grounded_by(e.quote)
                    and not presses_another(case, e.quote)
                    # (Never the things the police found: "The second phone, the flash disk,
                    # USD 1,800 in cash and the delivery notes ... were recovered" shows the
                    # phone, not who gave it or what was asked with it, read 356.)
                    and _SEIZED.search(e.quote) is None
                    # (Nor what the report itself calls ordinary: "Ashby took him to dinner twice
                    # and asked for our published rescue statistics and a copy of Xolani's
                    # slides, which was all reasonable", corpus 165, read 511.)
                    and not _called_ordinary(e.quote)
                    and not (
                        sign.perspective == "colleague"
                        and with_next is not None
                        and _refused_next(e, with_next)
                    )
                    # (Nor, for what a colleague sees, an act told only inside the other side's
                    # threat: read 334 found the blackmail passage quoted for "photographing
                    # papers with their own phone".)
                    and not (
                        sign.perspective == "colleague"
                        and not {"coercion", "threats-leverage"} & set(sign.tags)
                        and _PRESSURE_TOLD.search(e.quote.lower()) is not None
                    )
                ]
                if hit
                else []
            )
            if not usable and hit and sign.span_next and with_next is not None:
                # The concept told over two sentences of the case's own: a passage and the
                # next one in its paragraph, when that sentence is told of this case too.
                for e in hit.evidence:
                    pair = with_next(e) if not is_garbled(e, blocked) else None
                    if (
                        pair is not None
                        and (pair[1].doc, pair[1].start) in own
                        and not is_garbled(pair[0], blocked)
                        and sign.grounded_by(pair[0].quote)
                    ):
                        usable.append(pair[0])
            # A passage used by fewer signs first, then the one that shows the act most often
            # (the mailbox passage for secrecy, not the payment that mentions a private bank).
            # A passage that tells the act under pressure ("under the pressure of Peter ...
            # continued to steal") after one that tells it freely, for a sign that is not the
            # pressure itself: it is what a colleague would have seen first.
            # A passage that tells what a party argued in court or a judge reasoned ("his lawyer
            # said he had been deceived and then blackmailed", "refused bail, saying he might
            # flee") after one that tells what happened (reads 100, 101).
            pressure_sign = bool({"coercion", "threats-leverage"} & set(sign.tags))
            usable.sort(
                key=lambda e: (
                    # A register's row, its columns between bars, after any passage that can
                    # still ground a sign: "TR-24-074 | Sigríður Hrönn Jóhannesdóttir | Singapore
                    # | ... | Host (flights, hotel, honorarium) | FC Y" was shown to trainees for
                    # the invitation the remark below it tells in words (read 494).
                    grounding.get(e, 0) >= 2,
                    e.quote.count("|") >= 3,
                    grounding.get(e, 0),
                    # A passage that tells the case before the headline and lead that sum it
                    # up (for a report of two cases, both: read 125).
                    in_lead is not None and in_lead(e),
                    # A form's field on a line of its own after any sentence that tells it:
                    # "Purpose: Invited speaker, ..., Lisbon" shows nothing out of the ordinary
                    # beside the invitation's own words (read 290).
                    _FIELD_LINE.fullmatch(e.quote) is not None,
                    argued(e.quote),
                    # A passage that tells what was decided about the person after one that
                    # tells what happened: "Art. 3. To issue Ing. Vargas Rocha de Orellana a
                    # written reprimand ... for the undeclared gift and travel", a board's
                    # resolution before its annex tells the lunches and the tablet (read 476).
                    _DECIDED.search(e.quote) is not None,
                    # A passage that tells the act before one that tells the lesson drawn from
                    # it: "asking for the crew rosters", not "because she called at the first
                    # request for something that was not public" (read 378).
                    "report-early" in find_cues(e.quote),
                    not pressure_sign and _PRESSURE_TOLD.search(e.quote.lower()) is not None,
                    # A passage that says what the sum was worth to the person, for a sign that
                    # tells it ("more than six months of his wages", not the job offer before
                    # it: read 258).
                    bool(sign.worth_pattern)
                    and re.search(sign.worth_pattern, e.quote.lower()) is None,
                    -sign.grounds_count(e.quote),
                    # Then the passage about this sign rather than one that tells several
                    # others too: "He sent flowers to the lounge" for presents, before the rent
                    # paid "when she mentioned that she was struggling with her younger
                    # brothers' school fees" (corpus 98).
                    len(tags & set(find_cues(e.quote)) - {tag_id}),
                )
            )
            # One passage never grounds two signs that tell the same lesson (money trouble
            # relieved, and the favours that relieved it).
            usable = [
                e
                for e in usable
                if not any(
                    s.evidence == e and (tag_id in s.sign.also or s.tag in sign.also) for s in signs
                )
            ]
            if usable and not sign.shown_ahead(usable[0].quote):
                # A passage that shows the sign as one of its more specific variants tells it
                # best: "The following day he resigned by WhatsApp message to the Head of Unit",
                # before "he left the country through the Aflao border post" told as a trip
                # he never declared (corpus 149, reads 470 and 471: a duty the case never names).
                ahead = next((e for e in usable[1:] if sign.shown_ahead(e.quote)), None)
                if ahead is not None and grounding.get(ahead, 0) < 2:
                    usable = [ahead, *(e for e in usable if e != ahead)]
            if usable and grounding.get(usable[0], 0) < 2:
                grounding[usable[0]] = grounding.get(usable[0], 0) + 1
                shown = [t for t in (*sign.tags, *sign.also) if t != tag_id and t in tags]
                shown_by = sign.as_shown_by(usable[0].quote)
                if shown_by.story == sign.story and sign.story_direct and "escalation" not in tags:
                    # The case's first request already asked for more: no build-up is told.
                    shown_by = attrs.evolve(
                        shown_by,
                        story=sign.story_direct,
                        flag=sign.flag_direct,
                        label=sign.label_direct,
                        why=sign.why_direct or sign.why,
                        story_asked=sign.story_asked_direct,
                        flag_asked=sign.flag_asked_direct,
                        label_asked=sign.label_asked_direct,
                    )
                told = _with_asked(shown_by, usable[0], material, case)
                signs.append(SignInCase(told, tag_id, usable[0], (tag_id, *shown)))
                break
    signs.sort(key=lambda s: (TAGS[s.sign.tag].stage, s.sign.tag))
    public = _public_request(case, material)
    no_twin = _no_twin(case, material, before, with_next)
    cleared = _no_twin(case, material, before, with_next, own=True)
    if public:
        signs = [attrs.evolve(s, sign=s.sign.with_public(public)) for s in signs]
    # "... a network of accounts that had approached staff at other institutions": a relative
    # clause about someone else, not the case's person recruiting.
    # 'Investigators believe "Patrick" approached other Burundian students': someone else
    # named as the one who did it (read 112), not the case's person.
    own_names = {w.lower() for w in re.findall(r"[\w'’-]+", case.name)}
    recruiter = any(
        not _ABOUT_OTHERS.search(e.quote.lower(), max(0, m.start() - 40), m.start())
        and not _named_other(e.quote, m.start(), own_names)
        for hit in case.tags
        for e in hit.evidence
        for p in material.recruiter.patterns
        for m in re.finditer(p, e.quote.lower())
    )
    # How the stranger made contact, from the passages of the case's opening steps, in the
    # order the report tells them: the first way in told is how it began ("'Ramiro' put Marín
    # in touch with a woman ... She invited him to a regional seminar": an introduction, not a
    # meeting at a seminar).
    opening_passages = sorted(
        {
            e
            for tag_id in _OPENING_TAGS
            if (hit := case.tag(tag_id)) is not None
            for e in hit.evidence
        },
        key=lambda e: (e.doc, e.start),
    )
    candidates = [o for o in material.openings if o.channel == channel]
    # (Each passage read once, whatever the number of openings tried on it.)
    opening_texts = [
        _REQUEST_OBJECT.sub(" ", f"{before(e) if before else ''} {e.quote}".lower())
        for e in opening_passages
    ]
    opening = next(
        (o for text in opening_texts for o in candidates if re.search(o.pattern, text)),
        None,
    )
    if opening is None:
        every_passage = sorted(
            {e for hit in case.tags for e in hit.evidence} | {f.evidence for f in case.facts},
            key=lambda e: (e.doc, e.start),
        )
        opening = next(
            (
                o
                for e in every_passage
                for o in candidates
                if o.anywhere and re.search(o.pattern, e.quote.lower())
            ),
            None,
        )
    if opening is not None and opening.sought:
        # An offer of work is what someone who answered an advertisement asked for.
        signs = [s for s in signs if s.sign.tag != "unsolicited-offer"]
    gift = _gift(case, material)
    if opening is not None and opening.courtship and not gift:
        # Presents and praise are what a romance is made of: not the sign on a dating app,
        # unless the case names a present out of the ordinary ("an expensive watch").
        signs = [s for s in signs if s.sign.tag != "excessive-help-flattery"]
    if refused_and_spared(case) or reported_without_consequence(case):
        # Someone who said no and lost nothing never did what a colleague would notice
        # (copying, spending, leaving): a colleague situation would cast them as the suspect
        # (read 114: a clerk who refused told as a colleague copying files).
        signs = [s for s in signs if s.sign.perspective != "colleague"]
    if opening is not None and opening.personal and not opening.loaded:
        # Met in private life: a harmless twin is its private-life counterpart, told after the
        # same way in as the suspicious situation.
        signs = [
            attrs.evolve(s, sign=s.sign.privately(channel)) if s.sign.perspective == "target" else s
            for s in signs
        ]
    role = UNNAMED_ROLE if recruiter else _role(case, material)
    cover, cover_told = _cover(case, material)
    if cover_told is not None and is_garbled(cover_told, blocked):
        cover_told = None  # quoted from the first usable passage of the cover instead
    workplace = _workplace(case, material, recruiter, cover)
    if (
        workplace == material.workplaces["default"]
        and role != UNNAMED_ROLE
        and role.split()[-1].lower() not in material.roles.nouns
        and any(_SELF_EMPLOYED.search(e.quote) for e in _case_passages(case))
    ):
        # Someone who works for themselves ("the freelancer", "runs a small dive centre"),
        # their trade not one of an organisation's jobs: told as a member of its staff, not
        # as "a wedding and event drone videographer for an organisation that handles
        # sensitive work" (read 269).
        role = UNNAMED_ROLE
    kin, kin_job, kin_place = ("", "", None) if recruiter else _kin_access(case, material)
    if kin:
        # Nobody at the relative's workplace works beside the case's person: no colleague saw
        # what they did (read 160: a teacher told as a colleague photographing papers).
        signs = [s for s in signs if s.sign.perspective != "colleague"]
    # The job's own words say where the work is done, more surely than the sectors a report
    # mentions anywhere about the case.
    noun = role.split()[-1].lower()
    source = next((f.value.lower() for f in case.facts_of("role") if noun in f.value.lower()), "")
    job_text = " ".join(f"{role} {source}".lower().replace("-", " ").split())
    job_words = set(job_text.split())
    # (A key of two words is a phrase of the job: "air traffic" controller, read 192.)
    implied_by = next(
        (
            (word, place)
            for word, place in material.roles_places.items()
            if word in job_words or (" " in word and f" {word} " in f" {job_text} ")
        ),
        None,
    )
    if implied_by is None and workplace == material.workplaces["default"]:
        implied_by = next(
            ((w, p) for w, p in material.roles_places_default.items() if w in job_words), None
        )
    implied = implied_by[1] if implied_by else None
    if implied_by and implied_by[0] in material.roles_settings:
        # A job done in more than one setting (a purser on ships and on aircraft, a surveyor of
        # land or of ships): where the case's passages set it ("a purser on the Rishiri
        # route", "her sailings", read 341: told at an airline; "class entries", read 344:
        # told at a land registry office), else the table's place.
        passages = " ".join(e.quote.lower() for e in _case_passages(case))
        implied = next(
            (
                place
                for place, pattern in material.roles_settings[implied_by[0]].items()
                if re.search(pattern, passages)
            ),
            implied,
        )
    # (Unless the job's own words name the place the sectors found: "an air-traffic controller
    # at the Cazaux air base" works at the base.)
    if implied is not None and not _tells_place(case, noun, job_text, workplace):
        workplace = material.workplaces[implied]
    if kin_place is not None:
        workplace = kin_place
    business = None if recruiter or kin else _business(case, material)
    if business is not None:
        # The business the person runs is where they work: "has run his photo studio in
        # Kuçovë", "manages the Ylli banquet hall" (corpus 137); its owner runs it, with nobody
        # above (``CaseFrame.business``), its manager works there.
        kind, post = business
        workplace = Workplace(place=_article(kind), unit=kind.split()[-1])
        role = "the owner" if post == "owner" else "the manager"
        if post == "owner":
            # (Nobody works beside the owner of a one-person business to see what they do.)
            signs = [s for s in signs if s.sign.perspective != "colleague"]
    self_employed = (
        business is None
        and not recruiter
        and not kin
        and role.split()[-1].lower() not in material.roles.studying
        and bool(material.own_business.pattern)
        # (In the passage that tells the person's own job: not "his cousin, Fekete Ferenc, who
        # ... runs a small building firm", corpus 128, nor a stranger presenting himself as "the
        # founder of a foreign health-technology start-up", corpus 68.)
        and any(
            re.search(material.own_business.pattern, f.evidence.quote.lower())
            for f in case.facts_of("role")
        )
    )
    if self_employed:
        # Someone who works for themselves at a trade: their work is their own business, with
        # nobody above or beside them (``CaseFrame.self_employed``).
        workplace = Workplace(place="a business of your own", unit="business")
        signs = [s for s in signs if s.sign.perspective != "colleague"]
    # "a shipyard welder at a shipyard": the job's word for the place is said once, by the
    # workplace.
    words = role.split()
    if (
        len(words) > 2
        and words[1].lower() == workplace.place.split()[-1].lower()
        and words[-1].lower() not in _GENERIC_JOBS
    ):
        role = _article(" ".join(words[2:]))
    frame = CaseFrame(
        approach=opening.approach if opening else "",
        familiar=bool(opening and opening.familiar),
        unannounced=bool(opening and opening.unannounced),
        introduced=bool(opening and opening.introduced),
        sought=bool(opening and opening.sought),
        personal=bool(opening and opening.personal),
        employer=bool(opening and opening.employer),
        known_as=opening.contact if opening else "",
        generic=bool(opening and opening.generic),
        local=bool(opening and opening.local),
        colleague=bool(opening and opening.colleague),
        gift=gift,
        kin=kin,
        kin_job=kin_job,
        own_employer=bool(material.own_employer.pattern)
        and any(
            re.search(material.own_employer.pattern, e.quote.lower()) for e in _case_passages(case)
        ),
        public=public,
        no_twin=no_twin,
        cleared=cleared,
        business=(business is not None and business[1] == "owner") or self_employed,
        self_employed=self_employed,
        loaded=bool(opening and opening.loaded),
        channel_told=channel != "in-person"
        or opening is not None
        or any(_MET.search(e.quote.lower()) for e in opening_passages),
        case=case,
        role=role,
        workplace=workplace,
        channel=channel,
        cover=cover,
        cover_told=cover_told,
        signs=tuple(signs),
        material=material,
        recruiter=recruiter,
    )
    if not frame.office:
        # A driver is paid for answers, not for "a short summary of trends" (read 188).
        away = tuple(attrs.evolve(s, sign=s.sign.away_from_desk()) for s in frame.signs)
        frame = attrs.evolve(frame, signs=away)
    if frame.studies:
        # Every word a sign gives, told of someone who studies: its name as a choice and its
        # harmless twin's reason too, not only its story (read 299: "A request to hide your
        # exchanges from work", "with your manager told", of a student).
        phrases = [
            Rewording(r.said, r.told.replace("{school}", frame.school))
            for r in material.studies.phrases
        ]
        # (No colleague's situation: a fellow student has no manager, project files or
        # department, read 381: "One of your fellow students there is a student. The
        # colleague ...".)
        studied = tuple(
            attrs.evolve(s, sign=_studied(s.sign, phrases))
            for s in frame.signs
            if s.sign.perspective != "colleague"
        )
        frame = attrs.evolve(frame, signs=studied)
    if frame.business:
        # The same for someone who runs their own business: "a request to hide your exchanges
        # from your studio" is no sign of anything; "from anyone you work with" is.
        phrases = [
            Rewording(r.said, r.told.replace("{unit}", workplace.unit))
            for r in material.own_business.phrases
        ]
        frame = attrs.evolve(
            frame, signs=tuple(attrs.evolve(s, sign=_studied(s.sign, phrases)) for s in frame.signs)
        )
    return frame


def _business(case: Case, material: ScenarioMaterial) -> tuple[str, str] | None:
    """The business the case's person runs and whether they own or manage it ("photo studio",
    "owner"), from a role fact that says so ("photo studio owner"); ``None`` for anyone else."""
    kinds = material.roles.businesses
    for fact in case.facts_of("role"):
        words = fact.value.lower().split()
        # (A hyphened kind by its last part: "tuck-shop owner", corpus 158.)
        if (
            len(words) >= 2
            and words[-1] in ("owner", "manager")
            and words[-2].split("-")[-1] in kinds
        ):
            return " ".join(words[:-1]), words[-1]
    return None


def _studied(sign: Sign, phrases: Sequence[Rewording]) -> Sign:
    """A sign's words that a situation or its explanation tells, said of someone who studies
    (``studies.phrases``)."""

    def said(text: str) -> str:
        return _reworded(text, phrases)

    return attrs.evolve(
        sign,
        story=said(sign.story),
        flag=said(sign.flag),
        label=said(sign.label),
        label_asked=said(sign.label_asked),
        label_direct=said(sign.label_direct),
        label_asked_direct=said(sign.label_asked_direct),
        label_away=said(sign.label_away),
        benign=said(sign.benign),
        benign_reason=said(sign.benign_reason),
        benign_no=said(sign.benign_no),
        benign_misread=said(sign.benign_misread),
        why=said(sign.why),
        excuse=said(sign.excuse),
        story_asked=said(sign.story_asked),
        flag_asked=said(sign.flag_asked),
        story_direct=said(sign.story_direct),
        flag_direct=said(sign.flag_direct),
        why_direct=said(sign.why_direct),
    )


_OPENING_TAGS = (
    "online-approach",
    "unsolicited-offer",
    "false-persona",
    "cultivation",
    "excessive-help-flattery",
    "invitation-travel",
    "abroad-targeting",
)
"""The tags of a case's opening steps: their passages tell how the stranger made contact."""
_MET = re.compile(
    r"\b(?:met|meets|approached|introduced|ran\s+into|befriended|got\s+talking|struck\s+up|"
    r"joined)\b"
)
"""A meeting in a passage: with an in-person opening's place, the contact began face to face."""


_REFUSED = re.compile(
    # The person's own refusal, not an institution's ("the court rejected the argument", "the
    # ministry declined to name his country").
    r"(?<!court\s)(?<!ministry\s)(?<!police\s)(?<!judge\s)(?<!government\s)(?<!prosecution\s)"
    r"\b(?:refused|declined|turned\s+(?:it|him|her|them|the\s+\w+|\w+)\s+down|turned\s+down|"
    r"said\s+no|rejected|broke\s+off|handed\s+over\s+nothing|gave\s+(?:\w+\s+)?nothing|"
    # ("because he reported of his own will, within days, and before handing anything over",
    # corpus 116, read 354: told as someone who had sent material.)
    r"before\s+(?:handing|passing|giving|sending)\s+anything\s+(?:over|on)\b|"
    # Nothing passed on, in the report's words: "not one photograph of a train left that yard
    # through her", "I did not send anything" (read 308: told as someone who had sent material).
    r"not\s+(?:one|a\s+single)\s+[\w-]+\b[^.;]{0,60}?\bleft\b[^.;]{0,40}?\bthrough\s+(?:her|him|them)|"
    r"nothing\s+(?:\w+\s+){0,4}?left\b[^.;]{0,40}?\bthrough\s+(?:her|him|them)|"
    r"did\s+not\s+send\s+anything|sent\s+nothing|"
    r"went\s+straight\s+to|"
    # In the person's own words: "When I said I could not do it, his face changed".
    r"said\s+(?:i|he|she|they)\s+(?:could\s+not|couldn\S?t|would\s+not|wouldn\S?t|will\s+not|"
    r"won\S?t)\s+(?:do|help|give|send|bring))\b"
)


_HAD_THEY = re.compile(
    r"\b(?:if\s+(?:he|she|they|[a-z]+)\s+had|had\s+(?:he|she|they|[a-z][\w-]*)\s+(?:come|gone|"
    r"reported|told|spoken|asked)|would\s+(?:have|probably|still|not\s+have))\b"
)
"""What the report says would have followed a report never made ("if he had come to his
supervisor ... he would probably still have his job")."""
_OFFICIAL_REPORTED = re.compile(
    r"^\W*(?:[\w.,:]+\s+){0,4}?(?:the\s+)?(?:fso|pfso|cso|dso|security\s+(?:officer|manager|office|"
    r"team|department|section)|facility\s+security\s+officer|team\s+leader|line\s+manager|manager|"
    r"supervisor|director|warden|hr|police|ethics\s+officer)\s+(?:then\s+|also\s+|at\s+once\s+)?"
    r"(?:reported|told|informed|alerted|notified|called|phoned|rang|passed)\b"
)
"""A passage whose report is an official's, about the person: "The FSO reported to station
security and the police the same morning", "FSO told me Lachie flew out" (a roster's notes of
someone who fled, corpus 157), not the person's own report."""
_OWN_REPORT_TOO = re.compile(
    r"(?:['’]s|\bher|\bhis|\btheir)\s+(?:own\s+)?report\b|\bdone\s+(?:exactly\s+)?the\s+right\s+thing\b"
)
"""What the official says of the person's own report: "The Compliance and Security Manager told
us ... that Miss Ocran's report on the day of the approach is why the leak was found" (corpus
110), "the security officer told her she had done exactly the right thing" (corpus 78)."""
_REPORT_ACT = re.compile(
    r"\b(?:report\w*|told|tell\w*|inform\w*|(?:came|went)\s+(?:[\w'’-]+\s+){0,4}?(?:forward|to|straight)|"
    # ("The same afternoon she took her phone to the security office", corpus 138, read 436:
    # asked when she should have reported.)
    r"showed|alerted|handed|brought|took\s+(?:it|them|(?:the|his|her|their)\s+\w+|screenshots)\s+to|"
    r"contacted|called|rang|"
    r"phoned|telephoned|forwarded|notified|flagged|raised|declared|walked\s+into|asked\s+(?:his|her|their)|"
    r"turned\s+(?:to|in)|sought|spoke|consulted|knocked\s+on|walked\s+(?:me|him|her|them|straight)|"
    r"gave\s+(?:it|them|(?:the|all\s+the|his|her|their)\s+[\w-]+)\s+to|did\s+the\s+right\s+thing)\b|"
    # "sent the e-mail with a written note to the head of service" (corpus 81).
    r"\bsent\b[^.;]{0,80}?\bto\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:head|manager|"
    r"officer|supervisor|superior|security|office|chief|director)\b"
    # ("the same evening he sent a tip through PST's online tip form", corpus 146, read 455:
    # asked when he should have reported, keyed at the present before the first odd question.)
    r"|\b(?:sent|submitted|filed|filled\s+in)\s+(?:a|an|the)\s+(?:tip|report|notice)\s+"
    r"(?:through|via|using|on|with)\b"
)
"""A passage that tells a report made: not only the office named ("at the request of the
Security Office", corpus 87)."""


def reported_without_consequence(case: Case) -> bool:
    """The case's person reported the approach and was never arrested, charged or convicted.
    Not a report the case only says would have helped (corpus 87: "if he had come to his
    supervisor ... the first time", of a technician who then fled)."""
    # (Or a hotline or an online form: "The same evening he telephoned the National Security
    # Service hotline", corpus 117, read 359: asked when he should have reported.)
    reported = any(
        _REPORT_ACT.search(e.quote.lower())
        and not _HAD_THEY.search(e.quote.lower())
        and not (
            _OFFICIAL_REPORTED.search(e.quote.lower())
            and not _OWN_REPORT_TOO.search(e.quote.lower())
        )
        for tag_id in ("report-early", "security-office", "hotline", "online-report")
        if (hit := case.tag(tag_id)) is not None
        for e in hit.evidence
    )
    caught = any(
        f.event in ("arrested", "charged", "convicted", "sentenced", "detained")
        for f in case.facts_of("outcome")
    )
    return reported and not caught


def presses_another(case: Case, text: str) -> bool:
    """Whether a passage tells the case's own person pressing someone else, as a recruiter's
    go-between: "the company's sole director, Mr Jon Mikel Arregi Zabaleta, told her to send the
    same backups ... from her personal email account" is no pressure on him (read 217)."""
    if _ACCUSED_PRESSES.search(text):
        # "the accused showed her how to connect handsets ... and offered her P200 extra ...,
        # telling her to keep it between the two of them" (read 277): the case's own person,
        # by the report's term for them, pressing someone else.
        return True
    surname = case.name.split()[-1] if case.name[:1].isupper() else ""
    if not surname:
        return False
    return (
        re.search(
            rf"\b{re.escape(surname)},?\s+(?:then\s+|also\s+|later\s+)?(?:told|asked|instructed|"
            r"ordered|pressed|urged|pushed)\s+(?:her|him|them)\s+to\b",
            text,
        )
        is not None
    )


_ACCUSED_PRESSES = re.compile(
    r"\b[Tt]he\s+(?:accused|defendant|applicant|appellant|convicted\s+man|convicted\s+woman)\b"
    # (Not "the accused said the man told her to": someone else between.)
    r"(?:(?!\b(?:the\s+(?:man|woman|handler|contact|recruiter|agent|officer)|"
    r"[A-Z][a-z]+)\b)[^.;]){0,200}?\b(?:told|telling|asked|asking|instructed|instructing|urged|urging|ordered|"
    r"ordering|pressed|pressing)\s+(?:her|him|them)\s+(?:not\s+)?to\b"
)
"""A passage that tells the case's person, by a court's term for them, pressing another."""
_SUBJECT = re.compile(
    r"\b(?:he|she|they|i|we)\b|\bthe\s+(?:[\w-]+\s+)?(?:man|woman|contact|handler|recruiter|"
    r"officer|agent|stranger|foreigner|company|firm|buyer|friend|cousin|other\s+party)\b"
    # A relative: "when he heard that Harry's son wanted to study abroad" (read 276).
    r"|\b(?:his|her|their|my|[\w-]+['’]s)\s+(?:(?:eldest|youngest|elder|younger|older)\s+)?"
    r"(?:son|daughter|child|children|wife|husband|brother|sister|mother|father|parents|cousin|"
    r"nephew|niece|friend)\b"
)
"""Who does what a clause goes on to tell: the case's person (a pronoun) or someone else."""


_NOT_THEIRS = re.compile(
    r"\b(?:that|which|who)\s+$|\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$"
    r"|\b(?:not|never|no\s+evidence|failed\s+to\s+(?:show|prove)|without)\b[^.;]*$"
)
"""Before an act: a relative clause (someone else's act), the passive (done to the person), or
a denial."""


_POSSESSIVE = re.compile(r"['’]s?\b")


def done_by_them(case: Case, quote: str, act: re.Pattern[str]) -> bool:
    """Whether a passage tells the case's own person doing ``act`` (handing material over, paid
    for it, staying abroad): the last one named before the act, or within its words, is the
    person, by their name or a pronoun; not the contact who "handed over cash", nor "a naval
    officer accused of selling information", nor "the friend" who "now lived abroad"."""
    lower = quote.lower()
    names = [w.lower() for w in re.findall(r"[\w'’-]+", case.name) if len(w) > 2]
    # (The whole name too: "E.W." has no word of three letters.)
    names.append(case.name.lower())
    own = re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, names))})(?![\w])")
    for found in act.finditer(lower):
        before = lower[max(0, found.start() - 90) : found.start()]
        if _NOT_THEIRS.search(before):
            # "a firm that sold analysis", "he was allegedly sent photographs", "did not show
            # that he had handed over" (corpora 57, 14, 25).
            continue
        # Whoever is named last before the act's own verb, or within its words ("while Tovue
        # was abroad"): the act's words count, the text after them does not.
        upto = lower[max(0, found.start() - 90) : found.end()]
        last = max(
            (
                # (The person's own name in a possessive names someone else: "Harry's son
                # wanted to study abroad", read 276.)
                (m.end(), "other" if kind == "own" and _POSSESSIVE.match(upto, m.end()) else kind)
                for kind, pattern in (("other", _SUBJECT), ("own", own))
                for m in pattern.finditer(upto)
            ),
            default=None,
        )
        if last is None:
            # No one named close before it: whoever the sentence named last before it ("a
            # former stock control clerk, referred to here as N. H., who left the company in
            # June, had run 214 full exports ... and had forwarded at least 60 of them ... to an
            # external webmail address", corpus 118).
            # (Not someone in an object's place: "who left the company in June".)
            whole = lower[: found.end()]
            last = max(
                (
                    (m.end(), kind)
                    for kind, pattern in (("other", _SUBJECT), ("own", own))
                    for m in pattern.finditer(whole)
                    if kind == "own" or not _OBJECT_BEFORE.search(whole, 0, m.start())
                ),
                default=None,
            )
            if last is None or last[1] != "own" or _NOT_THEIRS.search(whole):
                continue
        if last[1] == "own":
            return True
        if re.fullmatch(r"he|she|they|i|we", upto[: last[0]].split()[-1]) and not own.search(
            lower, found.end()
        ):
            # (A pronoun, unless the person is named after the act: "he handed over a small
            # USB stick and asked the engineer to plug it in", corpus 14, is someone else.)
            return True
    return False


_OBJECT_BEFORE = re.compile(
    r"\b(?:left|joined|at|in|for|to|of|from|by|with|into|than|on|about|over)\s+$"
)
"""Before a noun: a verb or a preposition whose object it is, never the sentence's subject."""


_REFUSES = re.compile(
    r"^\W*(?:(?:[A-Z][\w'’.-]*\s+){1,4}|(?:She|He|They)\s+)(?:flatly\s+|firmly\s+)?"
    r"(?:refused|declined|said\s+no|turned\s+(?:it|him|her|them)\s+down)\b"
)
"""A sentence that opens on its subject refusing: "Niña Marta refused, took him out ..."."""


_MOVED_HERE = re.compile(
    r"\bmoved\s+(?:to\s+[\w-]+\s+)?from\s+[\w-]+\s+(?:[\w-]+\s+){0,4}?to\s+(?:work|study|take\s+up|"
    r"teach|do\s+research)\b"
)
"""A passage that tells the person moving to where they live now, to work or study there."""


def _refused_next(
    evidence: Evidence, with_next: Callable[[Evidence], tuple[Evidence, Evidence] | None]
) -> bool:
    """Whether the sentence after a passage tells the request in it refused ("he offered Niña
    Marta USD 200 to photograph the pages of the numbering control log ... Niña Marta
    refused", read 291): an act a colleague was never there to see."""
    pair = with_next(evidence)
    return pair is not None and _REFUSES.match(pair[1].quote) is not None


def refused(text: str) -> bool:
    """Whether a passage tells the person saying no ("When the man refused, her messages
    changed")."""
    return _REFUSED.search(text.lower()) is not None


HANDED_OVER_TAGS = frozenset({"paid-tasks", "bulk-collection", "insider-access"})
"""Tags that show material passed to the other side: the lever a threat uses, and a way out is for
them; a threat to someone who handed nothing over is a situation to report (``right_action``).
(Not requests that stepped up, which may have been refused: read 187 told a dockyard planner who
sent only the Navy's public newsletter that he had leaked work photographs.)"""


def refused_and_spared(case: Case) -> bool:
    """The case's person said no (refused, declined, turned it down), reported, and was never
    arrested, charged or convicted."""
    said_no = any(_REFUSED.search(e.quote.lower()) for hit in case.tags for e in hit.evidence)
    return said_no and reported_without_consequence(case)


def _named_other(quote: str, at: int, own_names: set[str]) -> bool:
    """Whether the act at ``at`` has someone named just before it who is not the case's person
    ('"Patrick" approached', 'Lee recruited')."""
    found = _NAME_BEFORE_ACT.search(quote, max(0, at - 40), at)
    if found is None:
        return False
    name = (found.group(1) or found.group(2)).lower()
    return name not in own_names and name not in _NOT_ACTORS


_NAME_BEFORE_ACT = re.compile(
    r"(?:[\"“]([A-Z][\w'’-]+)[\"”]|\b([A-Z][a-z][\w'’-]*))\s+(?:also\s+|had\s+|has\s+)?$"
)
_NOT_ACTORS = frozenset({"he", "she", "they", "the", "it", "who", "which", "that"})

_ABOUT_OTHERS = re.compile(
    r"\b(?:accounts?|profiles?|networks?|services?|agents?|officers?|they|which|that)\s+"
    r"(?:had\s+|have\s+|has\s+)?$|"
    # (Or the authorities who acted on a report: "the Navy was able to identify the same people
    # when they contacted a guide from another company", corpus 164.)
    r"\b(?:was|were)\s+able\s+to\s+$"
)
"""Just before a recruiter's word in a case's passage: someone else did it, not the case's
person."""


def is_garbled(evidence: Evidence, garbled: Iterable[Evidence]) -> bool:
    """Whether a passage contains (or overlaps) a span an author marked as garbled, or looks
    garbled by one of the patterns of ``quiz/data/garbled.toml``."""
    return garble(evidence.quote) is not None or any(
        g.doc == evidence.doc and g.start < evidence.end and evidence.start < g.end for g in garbled
    )


def _article(phrase: str) -> str:
    # "an IT ..." is said "an eye-tee": an initialism that starts with a vowel sound.
    first = phrase.split(" ", 1)[0]
    vowel = phrase[:1].lower() in "aeiou" or (first.isupper() and first[:1] in "AEFHILMNORSX")
    if _SAID_YOU.match(first.lower()):
        vowel = False  # "a used-car business", "a university" (corpus 138: "an used-car")
    return f"{'an' if vowel else 'a'} {phrase}"


_SAID_YOU = re.compile(r"(?:us(?:ed|er|ual)|uni(?!nt|mp|nd|nl)|euro|one\b|once\b|ut[ie])")
"""Words that start with a vowel letter said as a consonant: "used", "university", "one"."""


_REQUEST_OBJECT = re.compile(
    # (Not the person's own asking for help: "He asked for help at a charity attached to his
    # church", where the contact was met, corpus 37.)
    r"\b(?:asked|asking|asks)\s+(?:(?:him|her|them|me)\s+)?for\b(?!\s+(?:help|advice|support|"
    r"assistance|a\s+loan|money)\b)[^.;]*|\b(?:wanted|requested|demanded|"
    r"sought)\s+(?:the|a|an|copies|names|details|lists?)\b[^.;]*|"
    # (Or the steps of the requests: "moved from published material to the visitor register,
    # the foreign delegations and the staff entrance".)
    r"\b(?:moved|went|progressed|escalated)\s+(?:on\s+)?from\b[^.;]*?\bto\b[^.;]*|"
    # (Nor what a relative posted: "his cousin Nadège ... posted a photograph of his thesis
    # defence on Facebook", before the stranger's LinkedIn message, corpus 107.)
    r"\b(?:his|her|their|my)\s+(?:cousin|brother|sister|mother|father|wife|husband|son|"
    r"daughter|friend|uncle|aunt|niece|nephew|partner)\b[^.;]{0,80}?\bposted\b[^.;]*"
)
"""What the contact asked for, not how they made contact: "He then asked for the names of the
foreign delegations expected in April" (read 310: told as a delegation's visit)."""
_STUDIES_AND_WORKS = re.compile(
    r"\bstud(?:ies|ied|ying)\b[^.;]{0,80}?\band\s+(?:also\s+)?works?\s+as\b", re.IGNORECASE
)
"""One sentence that tells someone studies and works: the work is the job."""
_I_HAD_THE_JOB = re.compile(r"\bI\s+(?:was|am|worked|work)\b")


def _role(case: Case, material: ScenarioMaterial) -> str:
    role = _role_told(case, material)
    if _SPY_WORD_ALONE.fullmatch(role):
        # "You work as a sub-agent at ..." (a mobile-money sub-agent, read 359): in a course
        # about recruitment, the bare word reads as a spy's.
        return UNNAMED_ROLE
    return role


_HEADS_A_COMPANY = re.compile(
    r"(?:managing\s+|executive\s+|sole\s+)?(?:director|chief\s+executive|ceo|chairman|chairwoman|"
    r"chairperson|proprietor)"
)
"""A role that only says the person heads a company (``managing director``), not their trade."""
_DAY_JOB = re.compile(r"\b(?:by\s+day|(?:his|her|my|their)\s+day\s+job)\b", re.IGNORECASE)
"""A passage that tells the person's day job, beside a volunteer's post."""
_JOINED_AS = re.compile(r"\bjoined\s+(?:us|the\s+[\w-]+|our\s+[\w-]+|the\s+club)\s+as\s+an?\s")
"""Before a job: what the person was when they joined a club or a group ("joined us as a
student"), not their work."""
_SPY_WORD_ALONE = re.compile(
    r"an?\s+(?:(?:sub|double|field|secret)[- ])?(?:agent|operative|handler|asset|informant|source)"
)
"""A job that is only a word the course uses of spies ("a sub-agent", "an agent")."""


def _role_told(case: Case, material: ScenarioMaterial) -> str:
    job = ""
    if case.name[:2] in ("a ", "an"):
        # Known only by a description ("a 52-year-old harbour pilot"): that is the job, unless
        # it is only a plain word for someone at work ("a civil servant") and the story says
        # more precisely what they did ("The official, a 42-year-old press officer").
        job = re.sub(YEARS_OLD + r"\s+", "", case.name.split(" ", 1)[1])
        # "a young draughtswoman": the job, not how the story saw the person (corpus 70).
        job = re.sub(r"^(?:young|older|elderly|middle-aged)\s+", "", job)
        # "a former de-icing operator": the job, which the trainee holds now (corpus 125, read
        # 397: "You work as a former de-icing operator").
        job = re.sub(r"^(?:former|ex-|one-time|onetime)\s*", "", job)
        # "a younger man from Glozhene": where the person is from says no job (corpus 129,
        # read 410: "You work as a younger man from Glozhene").
        job = re.sub(r"\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$", "", job)
        # (Its head, before whom they work for: "a young woman employed by a contractor at the
        # range camp" says no job, corpus 93.)
        # (Nor what the person belongs to: "a member of the second violins" is a seat in an
        # orchestra, corpus 130, read 414: "You work as a member of the second violins".)
        head = re.sub(r"\s+(?:employed|working|of)\s.*$", "", job).split()[-1]
        if head in _NOT_AT_WORK:
            job = ""
        elif job.split()[-1] not in _PLAIN_JOBS:
            return _article(job)
    roles = material.roles
    # A plain word for someone at work ("an employee of the ministry") only when the story
    # says nothing more precise; a rank alone ("Leading Seaman") only when it says no job,
    # not even one the list of job nouns does not know ("a dog handler").
    # A job told as someone else's ("The security officer listened for two hours", in a
    # driver's own account: corpus 65), where the sentence does not name the person, after one
    # told of them.
    own = {w.lower() for w in re.findall(r"[\w'’-]+", case.name) if len(w) > 1}
    facts = sorted(
        case.facts_of("role"),
        key=lambda f: (
            _anothers_job(f, own),
            # The job a report calls the person's day job, over a post they hold beside it
            # ("Capt. Xolani Mgcina is one of our senior coxswains. By day he is a tug master at
            # the port", a sea-rescue station's log, corpus 165, read 511).
            _DAY_JOB.search(f.evidence.quote) is None,
            # The fuller of two readings of one job: "assistant lecturer" over "assistant"
            # (corpus 137: "You work as an assistant").
            any(
                o.value.lower().startswith(f"{f.value.lower()} ")
                for o in case.facts_of("role")
                if o.evidence == f.evidence
            ),
            # What the person was when they joined a club, not their work now ("Rocío joined us as
            # a student ... She works as a radiation protection technician", corpus 131, read
            # 415: "You are a student at a university").
            _JOINED_AS.search(f.evidence.quote) is not None,
            f.value.lower().split()[-1:] in ([p] for p in _PLAIN_JOBS),
            # Studying says less than the work the person does besides, which the approach is
            # after, where one sentence tells both ("3. Report concerning evening student Nelson
            # Sakaita Chimuco" over "studies Electromechanics in the evening course and works as
            # a shunter in the railway's Lobito yard", corpus 161, read 502).
            f.value.lower().split()[-1:] == ["student"]
            and any(
                o.value.lower().split()[-1:] != ["student"]
                and _STUDIES_AND_WORKS.search(o.evidence.quote) is not None
                for o in case.facts_of("role")
            ),
            # A job the person does now before one left ("a harvester operator" over "a retired
            # senior warrant officer", corpus 109).
            re.match(r"(?:retired|former|ex-)", f.value.lower()) is not None,
            # The job the "I" of the story says they had, over the title a byline gives them
            # today ("by Nooroa Tuteru-Marsters, Director of Data and Licensing" over "I was
            # twenty-seven and a data officer", corpus 103).
            _I_HAD_THE_JOB.search(f.evidence.quote) is None,
        ),
    )
    # A job a headline names that no sentence about the person repeats is most often another's
    # ("The engineer who never existed": the recruiter's cover, corpus 61); the headline's job
    # stays where the story names the same job again ("air-traffic controller" ... "a senior
    # controller").
    told = {f.value.lower().split()[-1] for f in facts if not _headline(f.evidence)}
    facts = [
        f
        for f in facts
        if not _headline(f.evidence) or not told or f.value.lower().split()[-1] in told
    ]
    ranks = [f for f in facts if _RANK_ONLY.fullmatch(f.value.lower())]
    # Where the story only says where they work ("staff member at the airport for ten
    # years"), any job it tells, even one the list does not know ("dog handler"), says more.
    placed = [f for f in facts if f.value.lower().startswith("staff member at ")]
    others = [f for f in facts if f not in ranks and f not in placed]
    # Heading a company says less than the trade the story gives besides ("butcher" over "the
    # complainant's managing director", corpus 148): told only where no other job is.
    heads = [f for f in others if _HEADS_A_COMPANY.fullmatch(f.value.lower())]
    if len(heads) < len(others):
        others = [f for f in others if f not in heads]
    found = (
        _known_job(others, roles, job)
        or _job_shaped(others, roles)
        or _known_job(placed, roles, job)
        or _known_job(heads, roles, job)
    )
    if f"a {found}" in ("a ", UNNAMED_ROLE):
        # "a staff member at the fuel section" says less than "Sergeant".
        found = _known_job(ranks, roles, job) or found
    if found and found not in _NO_JOB_SAID:
        return _article(found)
    if found:
        # "The employee Ana Lucía Tzul Xiloj came forward" (corpus 94): no job said, and "an
        # employee for an organisation" reads worse than a member of its staff.
        return UNNAMED_ROLE
    if (
        not job
        and case.name.split()[0].lower() in roles.nouns
        # (Not a code's word: "Employee B" says no job, corpus 128, read 406.)
        and case.name.split()[0].lower() not in _NO_JOB_SAID
    ):
        # Known by the office the story names as a title ("Councilmember Kvasnikoff").
        job = case.name.split()[0].lower()
    if job.split()[-1:] in ([w] for w in _NOT_AT_WORK):
        # "a resident citizen" (a cable's label for a man who runs a dive centre, corpus 86):
        # no job at all.
        return UNNAMED_ROLE
    return _article(roles.rename.get(job, job)) if job else UNNAMED_ROLE


_GRADE_NOUNS = frozenset(
    {"assistant", "deputy", "lieutenant", "trainee", "apprentice", "associate", "vice"}
)
"""Job nouns that are a grade when another job noun follows them ("assistant manager",
"lieutenant commander")."""
_NOT_A_JOB_WORD = frozenset(
    {"to", "of", "in", "at", "for", "the", "a", "an", "and", "or", "with", "on", "by", "from"}
)
"""Words that never join a grade to its job: "an assistant to the chief engineer"."""
_NO_JOB_SAID = frozenset({"employee", "staffer", "worker"})
"""Words a report uses for anyone at work: told as "a member of staff"."""
_NOT_AT_WORK = frozenset(
    # (Nor a team's: "a young player from your women's team, who works as a typist", corpus 107.)
    {"citizen", "national", "resident", "man", "woman", "person", "player", "member", "volunteer"}
    # (Nor what someone is in their family: "a forty-six-year-old mother from Aua, who cleans at
    # the Army Reserve Center", corpus 121, read 381: "You work as a mother".)
    | {"mother", "father", "parent", "wife", "husband", "son", "daughter", "grandmother"}
    | {"grandfather", "widow", "widower", "sister", "brother", "aunt", "uncle"}
    # (Nor what someone is to the writer: "a senior colleague in the RF verification team", a
    # resignation statement, corpus 179: "You work as a senior colleague".)
    | {"colleague", "friend", "acquaintance", "neighbour"}
)
"""Words a description may end in that say nothing of any work."""


def _anothers_job(fact: Fact, own: set[str]) -> bool:
    """Whether a role is told only as another person's: after "the" or a possessive ("told
    the security officer", "his manager") in a sentence that does not name the case."""
    quote = fact.evidence.quote.lower()
    value = re.escape(fact.value.lower())
    if re.search(
        rf"\b(?:called|calling|named|naming)\s+(?:him|her|them)sel(?:f|ves)\b[^.;]{{0,80}}?"
        rf"\b(?:said|says|claimed|claiming)\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were|is|are)\s+"
        rf"(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{value}\b",
        quote,
    ):
        # The cover of whoever "called herself Elena and said she was a Cypriot teacher",
        # however the sentence names the case (corpus 119: told "You work as a teacher").
        return True
    if own & set(re.findall(r"[\w'’-]+", quote)):
        return False
    return (
        re.search(rf"\b(?:the|his|her|their|its|my|our)\s+{value}\b", quote) is not None
        and re.search(rf"\b(?:an?|as)\s+(?:[\w-]+\s+){{0,2}}?{value}\b", quote) is None
    )


_CALLED_ORDINARY = re.compile(
    r"\b(?:which|that|this|all\s+of\s+which|both\s+of\s+which)\s+(?:was|were|is|are|seemed)\s+"
    r"(?:all\s+|entirely\s+|perfectly\s+|quite\s+)?(?:reasonable|normal|ordinary|harmless|"
    r"innocent|legitimate|unremarkable)\b",
    re.IGNORECASE,
)
"""A passage that says what it tells was ordinary: no ground for a warning sign."""


def _called_ordinary(quote: str) -> bool:
    """Whether the report itself calls what a passage tells ordinary; not the contact's words
    in quotation marks ("to keep the whole process confidential, "including from your current
    employer, which is normal in recruitment"", corpus 133: the pressure itself)."""
    return any(
        quote.count('"', 0, m.start()) % 2 == 0
        and quote.count("“", 0, m.start()) <= quote.count("”", 0, m.start())
        for m in _CALLED_ORDINARY.finditer(quote)
    )


_SEIZED = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been)\s+(?:all\s+|also\s+)?(?:recovered|seized|confiscated|"
    r"impounded)\b"
    # (Or what a review found nothing of: "Kori Money found no misuse of accounts linked to the
    # photographed pages", quoted for photographing papers, corpus 117.)
    r"|\bfound\s+no\s+(?:[\w-]+\s+)?(?:misuse|evidence|trace|sign|record|loss|breach)\b"
    # (Or what the person handed over when questioned: "On interview he admitted what had
    # happened and handed over the second phone", quoted for a phone kept secret, corpus 151,
    # read 479.)
    r"|\b(?:on|at|during|after)\s+(?:(?:his|her|their|the)\s+)?(?:interview|questioning|"
    r"arrest)\b[^.;]{0,80}?\b(?:handed|gave|surrendered)\s+(?:over|up|in)\b"
    # (Or a measure's list: "Measures: access card withdrawn ...; suspended on full pay; private
    # phone handed over voluntarily", quoted for a phone kept secret, corpus 155, read 489.)
    r"|\b(?:phone|handset|laptop|device|computer|sim(?:\s+card)?)\s+(?:was\s+|were\s+)?"
    r"(?:handed\s+over|surrendered)\b",
    re.IGNORECASE,
)
"""An inventory of what the authorities took, or what a review found nothing of: the case's
aftermath, not its approach."""
_DECIDED = re.compile(
    r"^\s*(?:Art(?:icle)?\.?\s*\d+|Resolution\b|RESOLVES?\b)|"
    r"\b(?:written\s+reprimand|disciplinary\s+(?:sanction|measure|penalty)|(?:to\s+)?issue\s+"
    r"(?:(?:him|her|them|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})\s+)?an?\s+(?:written\s+)?"
    r"(?:reprimand|warning))\b"
)
"""A passage that tells what a board, a panel or a court decided about the person (a
resolution's article, a reprimand), not what happened."""
_FIELD_LINE = re.compile(r"\s*[A-Z][a-z]+\.?(?:\s+[a-z]+\.?){0,3}\s*:\s+[^\n]{1,100}")
"""A form's field on a line of its own: "Purpose: Invited speaker, ...", "Funding: ..."."""


def _headline(evidence: Evidence) -> bool:
    """Whether a passage is the report's headline: its first line, with no full stop (a lead
    that opens the text ends with one)."""
    return evidence.start == 0 and not evidence.quote.rstrip().endswith(
        (".", "!", "?", '"', "”", "'", "’")
    )


def _known_job(facts: Sequence[Fact], roles: Roles, job: str) -> str:
    """The first job the list of job nouns knows in the role facts, with the words before it
    that a job may keep (``job``: the case's own description, already found wanting)."""
    nouns = sorted(roles.nouns, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in nouns) + r")\b", re.IGNORECASE)
    for fact in facts:
        # A post written as a title keeps its own words, less its grade: "Processing Officer
        # I", "Records Officer" (corpus 104; read 311 found "an officer").
        titled = re.fullmatch(
            r"(?:[A-Z][\w-]*\s+){1,3}[A-Z][\w-]*(?:\s+(?:[IVX]{1,4}|\d))?", fact.value
        )
        said = re.sub(r"\s+(?:[IVX]{1,4}|\d)$", "", fact.value) if titled else fact.value
        # "air force" is one modifier ("an air force maintenance technician").
        value = said.lower().replace("air force", "air-force")
        if value == job:
            continue
        found = list(pattern.finditer(value))
        if not found:
            continue
        first = found[0]
        noun = first.group(1)
        between = value[first.end() : found[1].start()].split() if len(found) > 1 else []
        if (
            noun in _GRADE_NOUNS
            and len(found) > 1
            # (Or with the job's own words between: "Assistant Town Planner" is an assistant
            # town planner, not "an assistant", corpus 124, read 394.)
            and len(between) <= 2
            and not set(between) & _NOT_A_JOB_WORD
        ):
            # A grade before the job is one job with it: "Assistant Manager (Official
            # Language)" is an assistant manager, not "an assistant" (corpus 109); not "coast
            # guard mechanic", a guard's (corpus 35).
            noun = value[first.start() : found[1].end()]
        words = value[: first.start()].split()
        # (As the report writes them: "Australian", "Canberra" are no job's words.)
        # (Lower case may change a word's length, rarely: then the words left over are unpaired.)
        written = dict(
            zip(
                words, said.replace("air force", "air-force")[: first.start()].split(), strict=False
            )
        )
        kept: list[str] = []
        for word in reversed(words[-2:]):
            if (
                word not in roles.modifiers
                and not titled
                and not _plain_modifier(written.get(word, word), roles)
            ):
                break
            kept.insert(0, word)
        if kept and len(kept) == 1 and len(words) >= 3 and words[-2] == "and":
            # Two trades joined: "a welding and inspection technician", not "an inspection
            # technician" (a job cut short, read 470's "control inspector").
            joined = words[-3]
            if joined in roles.modifiers or _plain_modifier(written.get(joined, joined), roles):
                kept = [joined, "and", *kept]
        if (
            not kept
            and noun in _GENERIC_JOBS
            and words
            and _WHAT_OF.fullmatch(words[-1])
            and words[-1] not in roles.not_jobs
        ):
            # What the officer deals with, a noun of its own: "a resettlement officer in the
            # state office" (corpus 136: told "an officer"), "a permits officer".
            kept = [words[-1]]
        if noun in roles.need_modifier and not set(kept) - _SENIORITY:
            # "an agent" alone is no job, nor with only its grade: "a senior agent at the Orikum
            # branch" (an estate agent, corpus 148, read 462: a spy's word in this training).
            continue
        if not kept and noun in roles.need_place and roles.places:
            # "an assistant in the Navy's technical library": a library assistant.
            quote = fact.evidence.quote.lower()
            at = quote.find(fact.value.lower())
            place = (
                re.match(
                    r"\s+(?:in|at|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+['’]s\s+)?"
                    rf"(?:[\w-]+\s+){{0,2}}?({'|'.join(map(re.escape, roles.places))})\b",
                    quote[at + len(fact.value) :],
                )
                if at >= 0
                else None
            )
            if place is not None:
                kept = [place.group(1)]
        job = " ".join([*kept, noun])
        job = roles.rename.get(job, roles.rename.get(noun, job) if not kept else job)
        job = job.replace("air-force", "air force")
        # Initialisms as the report writes them: "an IT systems administrator".
        upper = {w.lower(): w for w in fact.value.split() if w.isupper() and len(w) > 1}
        job = " ".join(upper.get(w, w) for w in job.split())
        return job
    return ""


def _plain_modifier(word: str, roles: Roles) -> bool:
    """Whether a plain word before a job's noun, as the report writes it, is kept with it
    ("development" of "a development control inspector"): a word of letters in lower case (or
    an initialism, "GIS"), not a nationality or a place ("Australian"), an age ("year-old") or
    a word that says how the person was seen."""
    if word.isupper() and word.isalpha() and len(word) > 1:
        return True
    return (
        _PLAIN_WORD.fullmatch(word) is not None
        and len(word) > 2
        and not word.endswith(("-", "-old", "-born"))
        and word not in roles.not_modifiers
        and word not in _NOT_FIRST
        and word not in _NOT_A_JOB_WORD
        and not word.endswith(("ly", "ed"))
    )


def _job_shaped(facts: Sequence[Fact], roles: Roles) -> str:
    """A job the list of job nouns does not know, said in a role fact of one or two plain
    words the last of which has the form of a job ("statistician", "fire controlman"); not a
    place, a nationality or a relation ("from Domžale", "Portuguese national", "member")."""
    for fact in facts:
        words = fact.value.split()
        if len(words) > 3 and all(_PLAIN_WORD.fullmatch(w) for w in words):
            # The job's head and the word it is of: "aircraft electrical harness assembler"
            # is a harness assembler (corpus 104: told "a member of staff").
            words = words[-2:]
        if not 1 <= len(words) <= 3 or not all(_PLAIN_WORD.fullmatch(w) for w in words):
            continue
        last = words[-1]
        if (
            len(last) >= 5
            and last.endswith(tuple(roles.job_endings))
            and last not in roles.not_jobs
            and words[0] not in _NOT_FIRST
        ):
            if (
                len(words) == 3
                and words[1] == "and"
                and words[0].endswith(tuple(roles.job_endings))
            ):
                # Two trades, as one person plies them: "shepherd and cheesemaker" (corpus 136).
                return " ".join(words)
            if len(words) == 3 and not all(w in roles.modifiers for w in words[:-1]):
                # Three words only where the two before are words a job may keep ("senior
                # laboratory technologist", corpus 92), not how someone spends weekends ("a
                # keen wildlife photographer", corpus 81); the job and the word a job may keep
                # before it where only that one is ("a caribou research biologist" is a
                # research biologist, corpus 170, read 520: "a member of staff").
                if words[1] not in roles.modifiers:
                    continue
                words = words[1:]
            return " ".join(words)
    return ""


_PLAIN_WORD = re.compile(r"[a-z][a-z-]*")
_NOT_FIRST = frozenset(
    {"from", "of", "in", "at", "on", "with", "for", "by", "to", "the", "his", "her"}
)


_RANK_ONLY = re.compile(
    r"(?:(?:leading|able|staff|senior|master|first|petty|chief|warrant|flight|lance)\s+)?"
    r"(?:seaman|sergeant|corporal|lieutenant|captain|private|constable|airman|ensign)"
)
"""A rank and nothing more ("leading seaman"): a job only where the story says no other."""
_PLAIN_JOBS = frozenset(
    {"official", "servant", "employee", "staffer", "worker", "citizen", "man", "woman"}
)
"""Words for someone at work that say nothing of the job."""


_KIN_ACCESS = re.compile(
    r"\bwhose\s+(husband|wife|spouse|partner|father|mother|son|daughter|brother|sister)\s+"
    r"(?:is|was|works|worked|serves|served)\s+(?:as\s+)?(an?\s+[^,;.]{3,90}?)"
    r"(?=\s*[,;.]|\s+(?:and|who|when|will|has|had|was|is|said)\b)|"
    # (Not a business's partner: "Thomas Reinholt, partner of a consultancy that \"helps
    # cooperatives modernise\"", corpus 146, read 455: "Your partner works as a consultancy".)
    r"\b(wife|husband|spouse|partner(?!\s+of\s+an?\s+(?:[\w-]+\s+){0,2}?(?:consultancy|firm|company|"
    r"business|practice|agency|fund|bank|group|venture|partnership|start-?up|studio)\b)|daughter|"
    r"son)\s+of\s+(an?\s+[^,;.]{3,90}?)"
    r"(?=\s*[,;.]|\s+(?:and|who|when|will|has|had|was|is|said)\b)"
)
"""The case's person told by a relative's post: the contact was after the relative's access."""
_AT_PLACE = re.compile(r"\s+(?:at|in|with|for|of)\s+(?:the\s+|an?\s+)?")


def _kin_access(case: Case, material: ScenarioMaterial) -> tuple[str, str, Workplace | None]:
    """(relative, their job, where they work) where the passage that gives the case's job
    tells it by a relative's post; else ``("", "", None)``."""
    for fact in case.facts_of("role"):
        found = _KIN_ACCESS.search(fact.evidence.quote)
        if found is None:
            continue
        kin = (found.group(1) or found.group(3)).lower()
        told = found.group(2) or found.group(4)
        parts = _AT_PLACE.split(told, maxsplit=1)
        job, place = parts[0], parts[1] if len(parts) > 1 else ""
        words = set(re.findall(r"[a-z]+", f"{job} {place}".lower()))
        # A workplace the post names, else the one its words imply (as for the case's own job).
        key = next(
            (k for k in material.workplaces if k != "default" and set(k.split()) <= words), None
        ) or next(
            (
                place
                for table in (material.roles_places, material.roles_places_default)
                for word, place in table.items()
                if word in words
            ),
            None,
        )
        return kin, job, material.workplaces[key or "default"]
    return "", "", None


def _reworded(text: str, rewordings: Iterable[Rewording]) -> str:
    """``text`` with each rewording's phrase said its other way, in order."""
    for rewording in rewordings:
        text = text.replace(rewording.said, rewording.told)
    return text


UNNAMED_ROLE = "a member of staff"
"""The job of a case whose material names none."""
_RUNNING_POSTS = frozenset(
    {"manager", "owner", "director", "founder", "co-founder", "ceo", "proprietor", "partner"}
)
"""Posts of whoever runs a business, which say nothing of the trade it is in."""

_SELF_EMPLOYED = re.compile(
    r"\bfreelanc\w*|\bself-employed\b|\bruns?\s+(?:a|an|his|her|their)\s+(?:own\s+)?(?:small\s+)?"
    r"(?:[\w-]+\s+)?(?:business|shop|company|firm|centre|center|studio|agency|farm|restaurant|"
    r"caf[eé])\b",
    re.IGNORECASE,
)
"""A passage that tells someone works for themselves."""


def _case_passages(case: Case) -> list[Evidence]:
    """Every passage the case's tags and facts quote."""
    return [
        *(e for hit in case.tags for e in hit.evidence),
        *(f.evidence for f in case.facts),
    ]


_SENIORITY = frozenset({"senior", "junior", "chief", "principal", "lead", "managing", "associate"})
"""Words of a cover's rank, which say no more of whom it was for: "a Senior Partner" is a
partner of nothing named (read 292)."""
_WHAT_OF = re.compile(r"[a-z]{3,}(?:ment|tion|sion|ance|ence|ity|ure|ing|its|ses|ries|fare)")
"""A noun that says what an officer or a clerk deals with ("resettlement", "permits",
"licensing", "welfare"), by its form: not an adjective of rank or age."""
_GENERIC_JOBS = frozenset(
    {"officer", "official", "clerk", "employee", "worker", "staffer", "agent"}
)
"""Jobs that say little without the word for where they are done ("a customs officer")."""
_OF_KIND = frozenset({"business", "trading", "commercial", "local", "foreign", "new"})
"""Words that say what kind of partner or founder, not of what: "a "business partner" who
introduced himself as Anton" is no cover without whose (read 358: "who says they are a
business partner")."""
_OF_SOMETHING = frozenset(
    {
        "founder",
        "co-founder",
        "partner",
        "member",
        "head",
        "owner",
        # (Read 199: "says they are a buyer", "an editor": of what?)
        "buyer",
        "editor",
        "director",
        "representative",
        "coordinator",
        "manager",
        # (Read 378: "a local contact who says they are a senior fellow".)
        "fellow",
    }
)
"""Covers that are only ever someone's of something: "a founder" alone says nothing (read 197:
"someone ... who says they are a founder")."""


def _tells_place(case: Case, noun: str, job_text: str, workplace: Workplace) -> bool:
    """Whether the job's own words, or the sentence that gives the job, name the place the
    sectors found ("an air-traffic controller at the Cazaux air base")."""
    place = " ".join(workplace.place.split()[1:])
    role_told = " ".join(
        fact.evidence.quote.lower().replace("-", " ")
        for fact in case.facts_of("role")
        if noun in fact.value.lower()
    )
    return f" {place} " in f" {job_text} {role_told} "


def _workplace(
    case: Case, material: ScenarioMaterial, recruiter: bool = False, cover: str = ""
) -> Workplace:
    """Where the case's person works; for a case told from the recruiter's side, where the
    people approached work, so never the recruiter's own front; nor the organisation the
    contact's cover claims ("a research fellow at a policy think tank")."""
    skip = {"intelligence", *(material.recruiter.fronts if recruiter else ())}
    skip |= {sector for sector in material.workplaces if cover and sector in cover.lower()}
    # The sector told in the sentence that gives the job first ("a technician of a regional
    # police communications unit"), then the others the report mentions about the case.
    # (Not a rank before the name: "The doctors had told Corporal Wijesinghe ...".)
    told_with_job = {
        f.evidence for f in case.facts_of("role") if not _RANK_ONLY.fullmatch(f.value.lower())
    }
    if case.name.split()[0].lower() in ("a", "an", "the"):
        # Someone known by a description: the sentences that give it ("a 44-year-old IT
        # administrator at a hospital in Celje") tell the job (read 197: the hospital skipped
        # for the cover's "health-technology start-up").
        head = case.name.split()[-1].lower()
        told_with_job |= {
            f.evidence for f in case.facts_of("sector") if head in f.evidence.quote.lower()
        }
    sectors = sorted(case.facts_of("sector"), key=lambda f: f.evidence not in told_with_job)
    for fact in sectors:
        # A sector told with the person's own job is theirs, whatever the cover's words share
        # with it ("a dispatcher's assistant at the state's main grid operator", approached by
        # "an energy-market consultant": read 137).
        if fact.value in material.workplaces and (
            fact.value not in skip or (fact.evidence in told_with_job and not recruiter)
        ):
            return material.workplaces[fact.value]
    return material.workplaces["default"]


def _with_asked(sign: Sign, evidence: Evidence, material: ScenarioMaterial, case: Case) -> Sign:
    """The sign told with what the case's own request named ("your base's duty roster", or the
    passage's own words for it), where its passage names it and the sign has words for it; else
    as it is."""
    # A sign may name what its passages tell in its own way (what a fee was paid for).
    sign = _with_worth(sign, evidence)
    if not (sign.story_asked and (sign.asked_pattern or material.asked.pattern)):
        return sign
    if sign.asked_pattern:
        found = _named(sign.asked_pattern, evidence)
        told = (found, found) if found else None
    else:
        told = requested(evidence, material, case, whole=sign.whole_asked)
    if told is None:
        return sign
    asked, head = told
    story_asked = (sign.worth and sign.story_asked_worth) or sign.story_asked
    # Not the template's own word again: "a short {asked}" with "short technical report" read
    # "a short short technical report" (read 354).
    before = re.search(r"(\w+)\s+\{asked\}", story_asked)
    if before is not None and asked.lower().startswith(before.group(1).lower() + " "):
        asked = head = asked[len(before.group(1)) + 1 :]
    return attrs.evolve(
        sign,
        story=story_asked.replace("{asked}", asked).replace("{worth}", sign.worth),
        flag=((sign.worth and sign.flag_asked_worth) or sign.flag_asked)
        .replace("{asked}", asked)
        .replace("{worth}", sign.worth),
        label=sign.label_asked.replace("{asked}", head),
        story_asked="",
        flag_asked="",
        label_asked="",
    )


def requested(
    evidence: Evidence, material: ScenarioMaterial, case: Case, *, whole: bool = True
) -> tuple[str, str] | None:
    """What the case's own request in a passage asked for, as a story tells it and as a choice
    does: the working material it names, as the trainee's unit's ("your {unit}'s duty roster",
    both); else the request in the passage's own words and their head ("lists of members who
    are active soldiers ...", "lists of members"), unless not ``whole``; ``None`` where the
    passage names neither."""
    found = _named(material.asked.pattern, evidence)
    if found:
        told = material.asked.told.replace("{asked}", found)
        return told, told
    return _whole_request(evidence.quote, material, case) if whole else None


def _named(pattern: str, evidence: Evidence) -> str:
    """The last material a passage's requests name (they step up: "first asked for unclassified
    user manuals ..., and then for network diagrams"), or ``""``."""
    if not pattern:
        return ""
    found = [
        m
        for m in re.finditer(pattern, evidence.quote.lower())
        if not _PUBLIC_WORDS.search(m.group("asked"))
    ]
    if not found:
        return ""
    # Not which of the case's own it was: "For a short third brief" where the situation tells
    # no first or second (read 368).
    return _ORDINAL.sub("", " ".join(found[-1].group("asked").split()))


def _whole_request(quote: str, material: ScenarioMaterial, case: Case) -> tuple[str, str] | None:
    """The last request a passage tells that a story can say in its words (``[asked] whole``),
    said of "you", with its head (``[asked] head``); ``None`` where there is none."""
    if not material.asked.whole:
        return None
    told: list[str] = []
    for m in re.finditer(material.asked.whole, quote, re.IGNORECASE):
        # Not the first request, which an approach that steps up makes for what is public ("asked
        # him first for photos of the market and the town", read before telling), nor one the
        # passage goes on to call public (", which anyone can get from a supplier").
        if _FIRST_ASKED.search(quote[max(0, m.start("whole") - 40) : m.start("whole")]):
            continue
        if _CALLED_PUBLIC.match(quote, m.end("whole")):
            continue
        # Nor words cut at an abbreviation's full stop ("where kol. Nowak ...").
        if (
            _ABBREVIATION.search(quote[: m.end("whole") + 1])
            and quote[m.end("whole") + 1 :].strip()
        ):
            continue
        whole = m.group("whole")
        quoted_on = _QUOTED_ON.match(quote, m.end("whole"))
        if quoted_on is not None and _ENDS_ON_OF.search(whole):
            # What the request was of, in the contact's quoted words: 'the full claim files of
            # "four or five officers, to illustrate typical cases"', corpus 158, read 497: "the
            # full claim files", with nothing to say whose.
            whole = f"{whole.rstrip()} {quoted_on.group(1)}"
        words = _ADVERB.sub("", " ".join(whole.split()))
        # A long list told up to an item's end ("the pilotage roster ..., the berthing plans
        # ... and the departure times of submarines, information that is not published").
        while len(words) > _LONGEST_REQUEST and ", " in words:
            words = words[: words.rindex(", ")]
        words = _LOOSE_END.sub("", _LOOSE_VERB.sub("", words))
        if (
            len(words) > _LONGEST_REQUEST
            or _NOT_SAID_OF_YOU.search(words)
            or _BARE.match(words)
            or _CUT_CLAUSE.search(words)
            or (_PUBLIC.search(words.lower()) and not _NOT_PUBLIC.search(words.lower()))
        ):
            continue
        yours = _of_you(words, case)
        if yours:
            told.append(yours)
    if not told:
        return None
    words = told[-1]
    if len(words) > 1 and words[0].isupper() and words[1].islower():
        words = words[0].lower() + words[1:]
    cut = re.compile(material.asked.head).search(words, 4) if material.asked.head else None
    head = words[: cut.start()] if cut else words
    # One word says too little ("A request for data"): the request whole.
    return words, head if len(head.split()) > 1 else words


def _of_you(words: str, case: Case) -> str:
    """A request's words said of the trainee ("the names of his colleagues" -> "your
    colleagues", "Silva Neto's own login" -> "your own login"); ``""`` where they name someone
    else's ("Jonnie's workbook pages")."""
    words = _THIRD_PERSON.sub("your", words)
    own = {part for part in case.name.split() if len(part) > 2}
    for m in reversed(list(_NAMED_OWNER.finditer(words))):
        if not set(m.group("who").split()) <= own:
            return ""
        words = words[: m.start()] + "your" + words[m.end() :]
    return words


_QUOTED_ON = re.compile(r"\s*[\"“]([^\"”,;.:!?]{3,60})")
"""A request's words going on in quotation marks, to the quotation's first comma."""
_ENDS_ON_OF = re.compile(r"\sof\s*$", re.IGNORECASE)
"""A request's words cut at "of", whose object follows in quotation marks ("files of"); not
"ordered for", whose request is whole without what follows ('the list of vaccines and
anti-malaria drugs ordered for "your upcoming deployment"', corpus 85)."""
_LONGEST_REQUEST = 130
"""The longest request a story tells in the passage's own words."""

_LOOSE_VERB = re.compile(r"\s+\w+ed\s+(?:for|of|to|in|on|at|by|with|from|about)$")
"""A request's words cut before what they were done for ("drugs ordered for"): the verb too."""

_LOOSE_END = re.compile(
    r"(?:,|\s+(?:and|or|marked|labelled|stamped|called|named|titled|for|of|to|in|on|at|by|with|"
    r"from|about))+$"
)
"""What a request's words cannot end on once cut: a conjunction, a comma, a preposition, a
label whose words were quoted ("logs marked")."""

_NOT_SAID_OF_YOU = re.compile(
    r"\b(?:he|she|him|himself|herself|they|them|themselves|would|could|my|me|I|we|us|itself|"
    r"these|those|such|this)\b|[{}]",
    re.IGNORECASE,
)
"""Words that a story cannot say to the trainee as they stand: someone's deeds ("documents left
in the vehicles he drove"), the writer's voice, what it refers back to ("the documents
themselves"), a what-if ("would")."""

_BARE = re.compile(r"^(?:(?:the|a|an|its|their|your|his|her|our)\s+)?[\w-]+$", re.IGNORECASE)
"""A noun alone ("the plans"): what it was is said elsewhere."""

_CUT_CLAUSE = re.compile(r"\s(?:when|where|which|who|whom|whose|that|whether|if|how|what)$")
"""Words cut inside a clause ("the days and hours when" before a quotation)."""

_PUBLIC = re.compile(r"(?<![\w-])(?:unclassified|public|publicly|published|open\s+to)\b")
_NOT_PUBLIC = re.compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:made\s+)?(?:public|published)\b")

_FIRST_ASKED = re.compile(r"\b(?:first|initially|at\s+the\s+start|to\s+begin\s+with)\b")
"""A request told as the first (what an approach that steps up starts from)."""

_CALLED_PUBLIC = re.compile(
    r"[\x22”’\s]*,?\s*(?:which|that)\s+(?![^.;,]{0,40}?\bnot\b)(?:\w+\s+){0,4}?"
    r"(?:public|published|posted|online|freely|available\s+to|open\s+to|anyone\s+(?:can|could|may))\b",
    re.IGNORECASE,
)
"""A passage calling what was asked for public, right after it (", which anyone can get")."""

_ABBREVIATION = re.compile(r"\b(?:[a-z]{1,3}|[A-Z][a-z]{0,2})\.$")
"""Words cut at a short word's full stop inside a passage: an abbreviation ("kol.", "Lt."), not
the sentence's end."""

_ADVERB = re.compile(r"^(?:just|only|even|also|simply|then)\s+", re.IGNORECASE)
"""An adverb before what was asked for ("just the dates")."""

_THIRD_PERSON = re.compile(
    r"\b(?:his|her|our|the\s+(?:accused|defendant|applicant|appellant|employee|worker|"
    r"grievant|claimant|respondent)['’]s)\b"
)
"""The person's own (and the writers' own, in a letter of the case's workplace; the accused's
own, in a ruling), said of the trainee."""

_NAMED_OWNER = re.compile(r"(?<!\bthe\s)\b(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\b")
"""A named person's possession ("Silva Neto's own login"), not an organisation's ("the URA's")."""


_ORDINAL = re.compile(
    r"^(?:first|second|third|fourth|fifth|sixth|next|last|another|further|new|latest)\s+(?=\S)",
    re.IGNORECASE,
)
"""Which of the case's own requests a noun was ("third brief"), said before it."""


_YOURS = re.compile(
    r"\b(?:his|her|their|my|(?!(?:day|week|fortnight|month|year)s?['’])[a-z][\w-]*['’]s|"
    r"the\s+[a-z][\w-]*['’]s)\s+(?=(?:[a-z-]+\s+){0,2}(?:salary|wages?|pay|earnings|income)\b)"
)
"""Whose pay a passage compares a sum with ("four months of her salary", "the accused's annual
salary"): told of the trainee as "your"."""


_THEY_EARN = re.compile(
    r"\bthan\s+(?:i|he|she|they|we)\s+(?:make|makes|made|earn|earns|earned|clear|clears|"
    r"cleared|take\s+home|takes\s+home|took\s+home)\s+in\b"
)
"""Whose earnings a passage compares a sum with, said of someone ("more than she clears in two
weeks"): told of the trainee as "than you earn in"."""


_ACCUMULATED = re.compile(
    r"\b(?:in|over|within|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:months|years|weeks)\b"
    r"[^.;]{0,40}?\b(?:received|earned|was\s+paid|were\s+paid|got|made|took\s+in)\b|"
    r"\b(?:in\s+total|in\s+all|altogether|totall?ing|a\s+total\s+of)\b",
    re.IGNORECASE,
)
"""A sum received over a stretch of time, or a total: no single fee."""


def _with_worth(sign: Sign, evidence: Evidence) -> Sign:
    """The sign told with what its case's passage says the sum was worth to the person ("more
    than four months of your salary"), where the sign has words for it and the passage says it."""
    if not (sign.worth_pattern and sign.story_worth):
        return sign
    found = re.search(sign.worth_pattern, evidence.quote.lower())
    if found is None:
        return sign
    if _ACCUMULATED.search(evidence.quote):
        # What the person received over months, set beside a salary ("In nine months she
        # received about Rs 7.4 lakh, more than her annual salary", read 323): no single fee
        # was worth that; the sign's own story says the fee is several times the usual.
        return sign
    if not re.search(
        r"\b(?:weeks?|fortnight|months?|years?|annual|monthly|yearly|weekly|hourly|times|twice|"
        r"double|half)\b",
        found.group("worth"),
    ) and not re.search(r"\b(?:for\s+(?:each|every)|per|a\s+time|each)\b", evidence.quote.lower()):
        # "more than her salary", with no time and no multiple, said of what an activity earned
        # rather than of a fee for one piece of work, says little of the fee (read 323: "a fee
        # of more than your salary" for a short summary; not "For each monthly note he offered
        # 250,000 FCFA, which GT said is more than his whole salary", corpus 95).
        return sign
    if re.search(r"\bdays?\W", found.group("worth")):
        # A day's pay is not out of proportion to a piece of writing: the sign's own story says
        # the fee is several times the usual (read 287: "a fee of more than a day's pay" for a
        # short summary, which the case paid "for a minute's work").
        return sign
    worth = _YOURS.sub("your ", " ".join(found.group("worth").split()))
    worth = _THEY_EARN.sub("than you earn in", worth)
    return attrs.evolve(
        sign,
        story=sign.story_worth.replace("{worth}", worth),
        flag=sign.flag_worth.replace("{worth}", worth) if sign.flag_worth else sign.flag,
        worth=worth,
    )


_INVITED = re.compile(r"\binvit(?:ed|ing|ation|es)\b", re.IGNORECASE)
"""A passage that tells an invitation."""


def _no_twin(
    case: Case,
    material: ScenarioMaterial,
    before: Callable[[Evidence], str] | None,
    with_next: Callable[[Evidence], tuple[Evidence, Evidence] | None] | None = None,
    *,
    own: bool = False,
) -> frozenset[str]:
    """The signs whose harmless twin the case's passages contradict (``Sign.benign_unless``),
    read with the sentence before each passage: "Eng. Abdulhamid attended with his manager's
    permission. On the second evening, over dinner, Mr Behle gave him an expensive watch"; and
    with the sentence after it: "... on an invitation ..., which paid the flight, hotel and
    registration. The trip was approved by the administration as a commercial visit" (corpus 148,
    read 464: "a public talk ... under an agreement your employer approves" keyed "carry on").
    ``own``: only where the sign's own passage is an invitation and it or a sentence beside it
    says so (the sign cleared, see ``CaseFrame.cleared``): what the approval covers is the
    invitation, its trip and its fee, not a fee offered later on that trip ("proposed paid
    consulting notes, at 500 US dollars per note", corpus 148)."""
    checked = [sign for sign in material.signs.values() if sign.benign_unless]
    if not checked:
        return frozenset()

    def after(evidence: Evidence) -> str:
        joined = with_next(evidence) if with_next is not None else None
        return joined[1].quote if joined is not None else ""

    def quotes(tag: str | None) -> list[str]:
        return [
            told.lower()
            for hit in case.tags
            if tag is None or hit.id == tag
            for e in hit.evidence
            if tag is None or _INVITED.search(e.quote) is not None
            for told in (e.quote, before(e) if before is not None else "", after(e))
        ]

    every = quotes(None)
    return frozenset(
        sign.tag
        for sign in checked
        if any(re.search(sign.benign_unless, q) for q in (quotes(sign.tag) if own else every))
    )


_WORK_ASKED = re.compile(
    r"\b(?:reports?|notes?|summar(?:y|ies)|analys[ie]s|articles?|essays?|papers?|surveys?|"
    r"questionnaires?|photo\w*|pictures?)\b",
    re.IGNORECASE,
)
"""A request for work to be done, not for material already published."""


def _public_request(case: Case, material: ScenarioMaterial) -> str:
    """What the case's first request for public material named, in the report's words ("the
    published tariff notices"), from the passages that show a build-up or a request; or ``""``."""
    if not material.asked.public:
        return ""
    # The passages of a build-up or a request first, then any of the case's.
    ordered = sorted(
        case.tags, key=lambda hit: hit.id not in ("escalation", "request-beyond-public")
    )
    for hit in ordered:
        for evidence in hit.evidence:
            found = re.search(material.asked.public, evidence.quote, re.IGNORECASE)
            if found is None:
                continue
            named = found.group("public") or found.group("said") + (found.group("about") or "")
            # ("her published maps": whose they were is the report's, not the trainee's.)
            named = re.sub(r"^(?:his|her|their|its)\s+", "", " ".join(named.split()))
            # (Not work to do: "small reports on the arrival of fuel tankers, which anyone
            # watching the shipping could see" were paid for, corpus 72.)
            if 2 <= len(named.split()) <= 12 and not _WORK_ASKED.search(named):
                return named
    return ""


_PRESSURE_TOLD = re.compile(
    r"\b(?:under\s+(?:the\s+)?pressure|threat\w*|blackmail\w*|coerc\w*)\b"
    # (Or the exposure itself: "copies of the log pages ... would be sent to SORACAL and to the
    # gendarmerie", read 303, quoted for copying in batches.)
    r"|\b(?:would|will|could)\s+be\s+(?:sent|shown|passed|handed|leaked|published)\s+to\b"
    # (Or a reminder of what the other side holds: "Galli reminded him that ... photographs of
    # RESERVADO documents taken with QUIROGA's own telephone "could reach the company"",
    # corpus 112.)
    r"|\breminded\s+(?:him|her|them)\s+that\b|\b(?:could|would|will)\s+reach\s+(?:the|his|her|their)\b"
)
"""A passage told in the pressure phase of a case."""
_ARGUED_IN_COURT = re.compile(
    r"\b(?:defen[cs]e|counsel|lawyers?|attorneys?|advocates?|judges?|magistrates?)\b[^.;]{0,80}?"
    r"\b(?:said|says|argued|argues|claimed|claims|told|contended|submitted|submits|insisted|"
    # (What a party relied on: "The threat made to him in August, on which his counsel relied,
    # does not change the classification of the goods", read 321.)
    r"maintained|refus\w*|rul\w*|denied|accepts|concedes|conceded|asks|asked|relied|relies|"
    r"invoked|pleaded)\b|\bbail\b"
    # A plea's own sums: "after the one-third discount for the early plea, and giving weight to
    # the coercion ... the sentence should be at the lower end of that range" (read 299).
    r"|\bsentence\s+should\s+be\b|\bgiving\s+weight\s+to\b"
    # The charges listed: "He is charged under the Association's Integrity Code with (a)
    # disclosing inside information for reward ...; (b) failing to disclose a gift" (read 221:
    # quoted for the gifts the facts tell), "pleaded guilty to two counts of disclosing".
    r"|\bcharged\s+(?:under\b[^.;]{0,80}?\s)?with\s+\(?a\)|\bcounts?\s+of\b"
    # A court's weighing for sentence: "Aggravating: the accused abused the trust of clients ...;
    # he was paid for it" (read 356: quoted as what the person did, for the way out).
    r"|^\W*(?:aggravating|mitigating)\b|\b(?:aggravating|mitigating)\s+(?:factors?|"
    r"circumstances?|features?)\b|\bin\s+mitigation\b"
)
"""A passage that tells what someone argued in court, a judge's reasons, or the charges."""


def argued(quote: str) -> bool:
    """Whether a passage tells what someone argued or said of the case (a lawyer's plea, a
    judge's reasons, a quoted speaker's view: '"He was manipulated, then blackmailed," he
    said.') rather than what happened."""
    return (
        _ARGUED_IN_COURT.search(quote.lower()) is not None
        or re.match(r"\s*[\"“]", quote) is not None
    )


_PUBLIC_WORDS = re.compile(r"\b(?:unclassified|public|published|open)\b")
"""Material the report says was public: never what a request "now" asks for."""


def _gift(case: Case, material: ScenarioMaterial) -> str:
    """The first present a passage of the case's kindness or money names ("presented her with
    a watch" -> "a watch"), or ``""``."""
    pattern = re.compile(material.gifts.pattern)
    valued = re.compile(material.gifts.valued, re.IGNORECASE) if material.gifts.valued else None
    for tag_id in (
        "excessive-help-flattery",
        "cultivation",
        "paid-tasks",
        "compromising-relationship",
    ):
        hit = case.tag(tag_id)
        for evidence in hit.evidence if hit is not None else ():
            # A present with its worth, in the report's own words, before a named kind of one.
            worth = valued.search(evidence.quote) if valued is not None else None
            if worth is not None:
                gift = " ".join(worth.group("gift").split())
                first, _, rest = gift.partition(" ")
                return f"{first.lower()} {rest}" if first.lower() in ("a", "an") else gift
            quote = evidence.quote.lower()
            for match in pattern.finditer(quote):
                if material.gifts.not_after and re.match(
                    material.gifts.not_after, quote[match.end() :]
                ):
                    continue  # "a mobile phone with a messaging app": for contact, not a gift
                gift = " ".join(match.group("gift").split())
                noun = gift.split()[-1]
                if noun in material.gifts.nouns:
                    plural = noun.endswith("s") and not noun.endswith("ss")
                    return gift if plural or gift.split()[0] in ("a", "an") else _article(gift)
    return ""


_IF_BEFORE = re.compile(r"\b(?:if|whether|should)\b[^.;:]{0,80}$", re.IGNORECASE)
"""Before a cover: a supposition it is part of."""


_BROUGHT_IN_BEFORE = re.compile(
    r"\b(?:she|he|they)\s+(?:then\s+|later\s+)?introduced\s+(?:her|his|their)\s+"
    r"[\"“]?(?:uncle|aunt|brother|sister|cousin|friend|boss|colleague|partner|employer|manager)\b"
)
"""Before a cover: the contact bringing in someone else, whose cover it is."""


def _cover(case: Case, material: ScenarioMaterial) -> tuple[str, Evidence | None]:
    """The cover the case's contact claimed, with its article ("a curator for a European
    cultural foundation"), from the case's false-persona passages, then those of its opening
    steps, then its others, with the passage it was read from; ``("", None)`` where none names
    one."""
    personas = material.personas
    hit = case.tag("false-persona")
    first = list(hit.evidence) if hit else []
    opening = sorted(
        {e for t in _OPENING_TAGS if (h := case.tag(t)) is not None for e in h.evidence},
        key=lambda e: (e.doc, e.start),
    )
    rest = sorted({e for h in case.tags for e in h.evidence}, key=lambda e: (e.doc, e.start))
    seen: set[Evidence] = set()
    for evidence in (*first, *opening, *rest):
        if evidence in seen:
            continue
        seen.add(evidence)
        for pattern in _said(personas.said):
            for match in pattern.finditer(evidence.quote):
                cover = " ".join(match.group("cover").split())
                words = cover.lower().split()
                noun = words[-1]
                if noun not in personas.nouns and noun[:-1] in personas.nouns and noun[-1] == "s":
                    # "posing as consultants": one of them.
                    words[-1] = noun = noun[:-1]
                    cover = " ".join([*cover.split()[:-1], noun])
                if noun not in personas.nouns or len(words) > 4:
                    continue
                after = evidence.quote[match.end() :].lower().split()[:8]
                if any(w.strip(".,;:'’\"") in personas.not_words for w in (*words, *after)):
                    continue
                if _BROUGHT_IN_BEFORE.search(evidence.quote, 0, match.start()):
                    # (Not a second contact the first brought in: 'In the spring she introduced
                    # her "uncle", Mr Viktor, a "security consultant"', corpus 166, read 512: the
                    # gifts of the woman who made the approach told of "a security consultant".)
                    continue
                if _IF_BEFORE.search(evidence.quote, 0, match.start()):
                    # (Not a cover in a supposition: "what they should do if a lender, a
                    # "recruiter" or a "consultant" offers them money", corpus 129, read 410:
                    # "someone ... who says they are a recruiter" for a loan consultant.)
                    continue
                # Whom the cover says they work for, where the passage says it: "a coordinator
                # for a humanitarian foundation", not "a coordinator".
                employer = _COVER_EMPLOYER.match(evidence.quote, match.end())
                # (Never half of one: "for a group" of "for a group of foreign donors", "for a
                # private museum" of "... museum of security history": the whole, corpus 69.)
                whole = (
                    None
                    if employer is None
                    else _COVER_EMPLOYER_OF.match(evidence.quote, employer.end())
                )
                if (
                    employer is not None
                    and re.fullmatch(
                        r"(?:for|with|at|of)\s+an?\s+(?:company|firm|business)", employer.group(1)
                    )
                    and re.match(r",?\s+(?:called|named)\b", evidence.quote[employer.end() :])
                ):
                    # "a broker with a company called Atlantic Fast Freight": a company with no
                    # kind said is no more than the broker (read 300: "someone ... who says they
                    # are a broker with a company").
                    employer = None
                if employer is not None and (
                    whole is not None
                    or not re.match(r"\s+(?:of|from)\b", evidence.quote[employer.end() :])
                ):
                    cover += " " + " ".join(employer.group(1).split())
                    if whole is not None:
                        cover += " " + " ".join(whole.group(1).split())
                elif (
                    len([w for w in words if w not in _SENIORITY | _OF_KIND]) == 1
                    and noun in _GENERIC_JOBS | _OF_SOMETHING
                ):
                    # A bare "officer" says nothing of whom they claimed to be ("introduced
                    # himself as an officer of that country's migration police"): a stranger
                    # "who says they are an officer" and mentions an article of yours makes no
                    # sense (read 164).
                    continue
                owned = _POSSESSED.fullmatch(cover)
                if owned is not None:
                    # "the academy's director of training": "a director at an academy", not "an
                    # academy's director" (read 199).
                    return f"{_article(owned.group(2))} at {_article(owned.group(1))}", evidence
                # As written: "a Belgian art dealer" keeps its capital.
                return _article(cover), evidence
    return "", None


@functools.cache
def _said(leads: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(f"(?:{lead}){_COVER_BODY}") for lead in leads)


_POSSESSED = re.compile(r"([\w-]+)['’]s\s+([\w -]+)")
"""A cover said with its employer's possessive: "academy's director"."""
_COVER_EMPLOYER_OF = re.compile(
    r"\s+((?:of|from)\s+(?:(?!who\b|which\b|that\b|and\b|whose\b)[\w'’-]+\s+){0,2}?"
    r"(?!who\b|which\b|that\b|and\b|whose\b)[\w'’-]+)(?=\s*[,.;:\"”)]|$)"
)
"""After a cover's employer, the rest of its name: "of security history", "of foreign donors"."""
_COVER_EMPLOYER = re.compile(
    r"[\"”]?\s+((?:for|of|at|with|in)\s+an?\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:foundation|charity|company|firm|"
    r"institute|consultancy|agency|studio|fund|organi[sz]ation|think[- ]tank|university|ngo|"
    r"podcast|magazine|newspaper|journal|website|group|association|network|bank|trust|"
    r"start-?up|business|venture|museum|gallery|publisher|academy|school|college|laboratory|"
    # (The whole kind, of two words: "for a Bucharest production company", not "for a Bucharest
    # production", corpus 155, read 490.)
    r"centre|center|council|club|production|broker|exchange|platform)\b"
    r"(?:\s+(?:company|firm|house|studio|agency|group|network|trust)\b)?|"
    # (Or the ship a crew's cover serves on: "first officer on a 60-metre motor yacht", not
    # "someone ... who says they are a first officer", corpus 122, read 385.)
    r"on\s+an?\s+(?:[\w-]+\s+){0,3}?(?:yacht|superyacht|ship|vessel|boat|tanker|freighter|"
    r"trawler|liner|ferry|tug)\b)"
)
"""After a cover: the kind of organisation it claims, without its name."""
