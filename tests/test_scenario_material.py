"""The scenario material is data an author edits: its mistakes are one clear line each, and
the shipped file holds together."""

from __future__ import annotations

from importlib import resources

import pytest

from quiz.errors import InputError
from quiz.scenario_material import DATA_FILE, parse, scenario_material
from quiz.taxonomy import TAGS, find_cues

SHIPPED = resources.files("quiz").joinpath(DATA_FILE).read_text(encoding="utf-8")


def broken(old: str, new: str) -> str:
    assert old in SHIPPED
    return SHIPPED.replace(old, new, 1)


def error(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        parse(text, "scenarios.toml")
    return caught.value


def test_the_shipped_material_reads() -> None:
    material = scenario_material()
    assert {"online", "in-person", "abroad"} <= set(material.channels)
    assert all(sign.tag in TAGS for sign in material.signs.values())


def test_a_misspelt_key_names_the_table_and_its_line() -> None:
    text = broken('perspective = "target"', 'perspectiv = "target"')
    found = error(text)
    table = text[: text.index("[signs.unsolicited-offer]")].count("\n") + 1
    assert found.line == table
    assert "signs['unsolicited-offer'].perspective: missing field" in str(found)


def test_an_unknown_slot_names_its_line() -> None:
    text = broken("{unit}", "{department}")
    found = error(text)
    assert "unknown slot {department}" in found.message
    assert found.line == text[: text.index("{department}")].count("\n") + 1


def test_an_ordinary_detail_that_shows_a_warning_sign_is_refused() -> None:
    text = broken(
        'story = "The contact says they are based in another country."',
        'story = "The sender offers a generous fee and asks you to keep it secret from your '
        'employer."',
    )
    found = error(text)
    assert "ordinary detail shows a warning sign" in found.message and found.line


def test_a_benign_look_alike_that_shows_a_warning_sign_is_refused() -> None:
    text = broken(
        'benign = "The contact asks for a copy of the brochure your {unit} publishes."',
        'benign = "The contact asks for classified documents of your {unit}."',
    )
    assert "benign shows a warning sign" in error(text).message


def test_an_unknown_tag_is_refused() -> None:
    text = broken('tags = ["sudden-exit"]', 'tags = ["sudden-exit", "spying"]')
    assert "unknown tag 'spying'" in error(text).message


def test_every_benign_story_and_ordinary_detail_is_free_of_warning_signs() -> None:
    material = scenario_material()
    stories = [d.story for group in material.ordinary.values() for d in group]
    stories += [s.benign for s in material.signs.values() if s.benign]
    for story in stories:
        shown = [t for t in find_cues(story) if TAGS[t].topic == "warning-signs"]
        assert shown == [], story


def test_no_harmless_key_repeats_the_words_of_its_story() -> None:
    # Read 216: "No: a standard fee, approved by your employer", after a story that said "under
    # an agreement your employer approves", was picked by its words. Every way a harmless twin
    # is told (at work, in private life, with the case's own public request) says its "No"
    # in words its story does not use.
    from quiz.lint import distinctive

    material = scenario_material()
    echoes = []
    told = 0
    for sign in material.signs.values():
        public = sign.with_public("the published tariff notices")
        for twin in (
            sign,
            sign.privately(),
            sign.privately("online"),
            public,
            public.privately(),
        ):
            if not twin.benign:
                continue
            told += 1
            no = twin.benign_no or twin.benign_reason
            if shared := distinctive(no) & distinctive(twin.benign):
                echoes.append((sign.tag, no, sorted(shared)))
    assert told > 40
    assert echoes == []


def test_no_ordinary_choice_excuses_itself() -> None:
    # Read 133: "A trip to a conference abroad, approved by their manager" and "Holidays
    # abroad every summer, declared as required" ruled themselves out: a wrong choice that
    # carries its own reassurance is a tell, however the stem tells it.
    import re

    excuse = re.compile(
        r"\b(?:approved|declared|as\s+required|authori[sz]ed|with\s+permission|as\s+the\s+rules|"
        r"cleared\s+by|signed\s+off)\b",
        re.IGNORECASE,
    )
    material = scenario_material()
    choices = [d.choice for group in material.ordinary.values() for d in group if d.choice]
    assert choices
    assert [c for c in choices if excuse.search(c)] == []


def test_a_job_that_names_the_forces_is_done_there() -> None:
    # Read 133: "a defence forces satellite ground-station operator" told as working at "a
    # satellite company" (the recruiter's cover).
    material = scenario_material()
    words = "defence forces satellite ground-station operator".split()
    place = next(p for w, p in material.roles_places.items() if w in words)
    assert material.workplaces[place].place == "a defence organisation"
    # Read 136: "a tax inspector" told as working at a defence organisation.
    words = "tax inspector".split()
    place = next(p for w, p in material.roles_places.items() if w in words)
    assert material.workplaces[place].place == "a tax authority"


def test_a_private_life_counterpart_needs_its_reason_and_shows_no_sign() -> None:
    old = 'benign_private_reason = "A joke between friends, and the contact accepts your no"\n'
    assert "private benign story needs" in str(error(broken(old, "")))
    story = "and lets it drop."
    text = broken(story, "and lets it drop, and asks you to keep it secret.")
    assert "benign_private shows a warning sign" in str(error(text))


def test_private_life_counterparts_are_ordinary_and_never_follow_a_loaded_way_in() -> None:
    material = scenario_material()
    private = [s for s in material.signs.values() if s.benign_private]
    assert len(private) >= 5
    for sign in private:
        assert not [t for t in find_cues(sign.benign_private) if TAGS[t].topic == "warning-signs"]
    # A way in that is itself an offer of money or help, or a request, is marked loaded.
    loans = next(o for o in material.openings if "loans" in o.approach)
    assert loans.loaded
    # So is one that tells a contact writing every day (read 118); a club is not.
    dating = next(o for o in material.openings if "dating app" in o.approach)
    assert dating.personal and dating.loaded
    club = next(o for o in material.openings if o.approach.startswith("At your club, a friendly"))
    assert club.personal and not club.loaded


def test_a_private_mailbox_the_contact_ruled_out_is_not_the_one_told() -> None:
    # Read 134: "asked him to communicate only through it, never by his personal email" told
    # as a contact asking for a private email address.
    sign = scenario_material().signs["secrecy-pressure"]
    ruled_out = (
        "She sent him a laptop with an encrypted messaging program and asked him to communicate "
        "only through it, never by his personal email, and to tell no one at work."
    )
    assert "private email" not in sign.as_shown_by(ruled_out).story
    asked = "She asked him to write to her from his personal email, not his work account."
    assert "private email" in sign.as_shown_by(asked).story


def test_lavish_praise_alone_is_no_present() -> None:
    # Read 136: "singled out his assignments for lavish praise" told as "one favour after
    # another, sends you presents". Praise alone grounds no question about kindness.
    sign = scenario_material().signs["excessive-help-flattery"]
    assert not sign.grounded_by(
        "The instructor singled out her essays for lavish praise in the course forum."
    )
    assert sign.grounded_by("He lavished gifts on her son.")
    # Nor help the contact asked of the person.
    assert not sign.grounded_by("He proposed further fees for help with a follow-up episode.")
    assert sign.grounded_by("He helped her with the paperwork for her father's pension.")


def test_the_misconceptions_of_the_first_report_are_plain_moments() -> None:
    # Read 144: "Once money had actually changed hands", "Only if the contact asked for
    # something marked secret" beside a plain key: the key was the one choice with no hedge.
    import re

    hedge = re.compile(r"\b(?:actually|only)\b", re.IGNORECASE)
    texts = [m.text for m in scenario_material().misconceptions]
    assert texts
    assert [t for t in texts if hedge.search(t)] == []


@pytest.mark.parametrize(
    ("tag", "passage", "flag_word"),
    [
        # Corpus 62, in other words: signs a case's passages showed and no question told.
        (
            "secrecy-pressure",
            "He asked me to write to a personal Gmail account instead of my work address.",
            "mailbox",
        ),
        (
            "request-beyond-public",
            "He wanted to know what the board's draft budget was going to say before it was "
            "published.",
            "internal",
        ),
        ("disproportionate-reward", "I knew that nobody pays 2,000 euros for that.", "fee"),
        (
            "disclosed-affiliation",
            "Two men introduced themselves as officers of the state security service.",
            "intelligence",
        ),
        (
            "insider-access",
            "She used her access to the tax databases to check the addresses of journalists.",
            "Database searches",
        ),
        # A first-person account (corpus 65): told of "me", shown all the same.
        (
            "secrecy-pressure",
            "He told me never to call him from my own phone and gave me a second SIM card.",
            "separate phone",
        ),
        (
            "excessive-help-flattery",
            "In the spring he arranged an internship for my son at a friend's firm.",
            "favour",
        ),
        (
            "disproportionate-reward",
            "He began to pay me 800 dollars a month. My salary is less than that.",
            "fee",
        ),
    ],
)
def test_a_passage_in_other_words_grounds_its_sign(tag: str, passage: str, flag_word: str) -> None:
    sign = scenario_material().signs[tag]
    assert sign.grounded_by(passage)
    assert flag_word in sign.as_shown_by(passage).flag


def test_the_one_who_writes_is_the_contact_throughout() -> None:
    # Read 179: "The sender includes a link ..." beside "The contact asks ..." in one situation.
    material = scenario_material()
    stories = [d.story for details in material.ordinary.values() for d in details]
    assert stories and not [s for s in stories if "sender" in s.lower()]


def test_a_threat_held_over_the_relatives_is_their_lever_in_the_way_out() -> None:
    # Read 179: a clerk whose brother was summoned in Tehran was asked about his employer
    # finding out.
    sign = scenario_material().signs["threats-leverage"]
    relatives = (
        "A message relayed through a cousin warned that the family's problems would continue "
        "unless he kept helping."
    )
    assert "relatives" in sign.as_shown_by(relatives).lever
    exposure = "When he hesitated, the handler threatened to tell his employer about the papers."
    assert "employer" in sign.as_shown_by(exposure).lever


def test_a_way_out_sign_needs_its_lever_and_its_reason() -> None:
    # The way-out question tells the threat and why coming forward ends it from the material.
    text = broken(
        'lever = "the contact hints that your employer could find out about it unless you send '
        'more"\n',
        "",
    )
    found = error(text)
    assert "needs `lever` and `way_out_why`" in found.message


@pytest.mark.parametrize(
    "passage",
    [
        # Steered into a post by the contact, as reports tell it (corpora 37, 43, 47, 62): the
        # recruit's side of placement.
        "He urged her to apply for a vacancy in the logistics directorate's procurement office.",
        "His contacts then urged him to apply for a post at the software firm, rewrote his CV "
        "and coached him for the interview.",
        "Mavungu urged him to apply for a transfer to the protocol service.",
        "The person surnamed Li, manipulated by foreign intelligence agencies after being turned, "
        "was planted as a staff member in a key Chinese department.",
    ],
)
def test_a_recruit_steered_into_a_post_is_told_from_their_side(passage: str) -> None:
    material = scenario_material()
    steered = material.signs["placement-steered"]
    assert steered.tag == "placement" and steered.perspective == "target"
    assert steered.grounded_by(passage)
    # What a colleague could see is someone pressing for a post of their own accord: not this.
    assert not material.signs["placement"].grounded_by(passage)


@pytest.mark.parametrize(
    "passage",
    [
        "She applied for a transfer to the records section in 2019.",
        "Investigators found that a listening device was planted in the office.",
        "He helped his nephew apply to university.",
    ],
)
def test_seeking_a_post_oneself_or_a_planted_device_is_no_steering(passage: str) -> None:
    assert not scenario_material().signs["placement-steered"].grounded_by(passage)


def test_a_second_sign_of_a_tag_is_named_by_the_tag_and_a_word() -> None:
    # "placement-steered" tells placement from the recruit's side; a key that neither is nor
    # begins with its first tag is a slip, refused with its line.
    found = error(broken("[signs.placement-steered]", "[signs.steered-placement]"))
    assert "signs.steered-placement.tags: the first tag must be" in found.message


def test_a_public_request_pattern_without_its_group_is_refused() -> None:
    start = SHIPPED.index("\npublic = '") + 1
    line = SHIPPED[start : SHIPPED.index("\n", start)]
    found = error(broken(line, "public = '\\bpublished\\s+(?P<asked>\\w+)'"))
    assert "asked.public needs a group named public" in found.message and found.line
    found = error(broken(line, "public = '(?P<public>['"))
    assert found.message.startswith("asked.public:") and found.line


def test_a_broken_benign_unless_pattern_names_its_sign() -> None:
    start = SHIPPED.index("\nbenign_unless = '") + 1
    line = SHIPPED[start : SHIPPED.index("\n", start)]
    found = error(broken(line, "benign_unless = '(?:['"))
    assert ".benign_unless:" in found.message and found.line


def test_a_broken_not_grounds_pattern_names_its_sign() -> None:
    start = SHIPPED.index("\nnot_grounds = '") + 1
    line = SHIPPED[start : SHIPPED.index("\n", start)]
    found = error(broken(line, "not_grounds = '(?:['"))
    assert "signs.disproportionate-reward.not_grounds:" in found.message and found.line


def test_a_fee_out_of_proportion_is_grounded_as_the_cues_say_it() -> None:
    # Corpus 79: "more than a year's pay", "more than a month's net pay" and "more than I make in
    # a fortnight" were tagged as a fee out of proportion, but no question told it: the sign's
    # grounds did not say it so.
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["disproportionate-reward"]
    for told in (
        "For a young operator that is more than a year's pay.",
        "a bonus of EUR 2,000 for forty extracts, more than a month's net pay",
        "Two thousand dollars a manifest. That's more than I make in a fortnight.",
    ):
        assert sign.grounded_by(told), told
    # Money received for spying is not an offer out of proportion.
    assert not sign.grounded_by("He was paid for his work for the service.")


def test_a_sign_named_beside_another_must_exist() -> None:
    found = error(
        broken('not_with = ["disproportionate-reward"]', 'not_with = ["disproportionate-rewards"]')
    )
    assert found.message == "signs.paid-tasks: unknown sign 'disproportionate-rewards'"
    assert found.line
