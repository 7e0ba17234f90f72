"""What corpus 81 (six documents, read once: 4 of 11 cases found on arrival, tag recall 0.22 at
precision 1.00; a museum audio guide, a sermon, a diary and an exercise script gave a recruiter's
cover name, church titles, a nickname or nobody for the case) showed that extraction did not
read, fixed by concept: a cover someone "signs as"; a job written with where it is done before
the name; reports told as a declaration to one's chief, a call to the chief, notes written for
the security officer and "he came to us"; a congregation's titles before a name, with the gender
they give; a person described first and named only later ("That young man is ..."), and a
pronoun of the other gender that is not the last person's; a diary's writer who gives her name
in it, and her cousin known by one name; a training scenario told in the second person and said
in the notes to be someone's story; jobs said outright in the person's own sentence; a threat
that is both coercion and the warning sign of threats; and a few cues of the genre."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.errors import InputError
from quiz.taxonomy import cue_matches, parse_cues

from .test_extract_corpus_76 import _found
from .test_extract_corpus_77 import _all_cases
from .test_extract_named_later import _cases


def test_a_cover_someone_signs_as_is_no_case(tmp_path: Path) -> None:
    # Corpus 81: the recruiter's forum name was taken for the case, and the bird-control
    # officer it approached, named after where he worked, was not found.
    cases = _found(
        tmp_path,
        "Every airfield employs people to keep the runway clear of birds; at Solenzara one of "
        "them was a civilian employee of the defence ministry, Marc-Antoine de Casalta, a keen "
        "wildlife photographer.\n\n"
        "In 2021 he posted his photographs on a birding forum. Out of the blue, a member signing "
        "as Dr. Torben Laub wrote to praise them. Within a month he was offered two hundred "
        "euros for each report from the airfield. Then Dr. Laub asked for the base's daily "
        "flying programme, and he sent it. He was arrested in 2023 and charged with delivering "
        "information to a foreign power.\n",
    )
    assert "Marc-Antoine de Casalta" in cases, cases
    assert not any("Laub" in name for name in cases)


def test_reports_to_the_chief_and_to_us_are_reports(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "The man on the ladder was Ghjuvan Battista Mattei, a watchkeeper at the signal "
        "station. He gave a producer an interview on the history of the station. He declared "
        "the interview to his chief afterwards. A week later she asked for pages of the watch "
        "log and offered three thousand euros. That evening he phoned the chief of station, and "
        "the next morning he wrote down every conversation for the navy's security officer.\n\n"
        "OFFICER: He came to us before he had handed over a single page.\n",
    )
    assert "Ghjuvan Battista Mattei" in cases, cases
    assert "security-office" in cases["Ghjuvan Battista Mattei"]


def test_church_titles_and_a_person_named_late() -> None:
    # A sermon: "Sister" and "Brother" before the names, and the second story told of "a young
    # man from up the coast" named only at its end (corpus 81: his threats were taken for hers).
    cases = _cases("02_happy-valley-goose-bay_sermon_transient-quarters-clerk.txt", "corpus81")
    assert set(cases) == {"Naomi Pamak-Dyson", "Jeremias Obed"}
    assert {"threats-leverage", "coercion", "self-surrender"} <= cases["Jeremias Obed"]
    assert "threats-leverage" not in cases["Naomi Pamak-Dyson"]


def test_a_diarist_who_names_herself_and_her_cousin() -> None:
    # A diary whose writer gives her name near its end, telling of her cousin "Jun-jun"
    # (corpus 81: the recruiter's nickname "Sir Ken" was taken for the case).
    cases = _cases("05_cagayan-de-oro_diary-extracts_construction-timekeeper.txt", "corpus81")
    assert set(cases) == {"Sittie Johaira Lomondot", "Jun-jun"}
    assert {"security-office", "online-report"} <= cases["Sittie Johaira Lomondot"]


def test_a_scenario_is_the_story_of_whom_the_notes_name(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "TABLETOP EXERCISE: FACILITATOR SCRIPT\n\n"
        "SCENARIO A: THE FORUM\n\n"
        "Inject A1. You are a weather observer at the station. An email arrives inviting you to "
        "a forum abroad, all paid.\n\n"
        "Inject A2. At the forum the founder takes you to dinner twice and tells you your talk "
        "was the best of the day. Later he asks for the raw data before it is released, and "
        "says it would be simpler not to involve the Bureau.\n\n"
        "FACILITATOR NOTES\n\n"
        "Scenario A happened to Saidin, an observer at the West Island station for twenty-two "
        "years. He did not accept the camera and did not agree to anything. On the morning "
        "after he got home he told the station manager, Hazel Tregear, everything, and the "
        "same afternoon he rang the National Security Hotline.\n",
    )
    assert "Saidin" in cases, cases
    assert {"secrecy-pressure", "request-beyond-public", "hotline"} <= cases["Saidin"]


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("She was an upper division clerk in the Deputy Commissioner's office.", "clerk"),
        ("So I'm foreman on the lighterage, have been nineteen years.", "foreman"),
        ("He had a part-time contract as a range guard for the Defence Estates Agency.", "guard"),
    ],
)
def test_a_job_said_in_the_persons_own_sentence(text: str, job: str) -> None:
    from quiz.extract import _CONTRACT_AS, _OWN_ROLE

    said = _OWN_ROLE.match(text) or _CONTRACT_AS.search(text)
    assert said is not None and said.group("role").lower().endswith(job)
    # Not a friendship, nor someone else's job.
    assert _OWN_ROLE.match("She was a friend of the officer.") is None


def test_a_job_apposed_or_written_as_a_title() -> None:
    from quiz.extract import _BARE_APPOSITION, _IS_ROLE, _JOB_TITLE_BEFORE

    said = _IS_ROLE.match(", aged 36, has been the clinic's dosimetry records officer since 2015.")
    assert said is not None and said.group("role") == "dosimetry records officer"
    said = _BARE_APPOSITION.match(", fibre-optic splicer on crew B, has allowed me to tell it.")
    assert said is not None and said.group("role") == "fibre-optic splicer"
    said = _JOB_TITLE_BEFORE.search("The account is given to Senior Recruitment Consultant Hadja ")
    assert said is not None and said.group("role") == "Senior Recruitment Consultant"
    # A lone rank before a name is left to the rank rule.
    assert _JOB_TITLE_BEFORE.search("He told Officer ") is None


def test_a_threat_is_both_coercion_and_the_sign_of_threats() -> None:
    found = cue_matches(
        "When he wanted to stop, she sent him a screenshot of their video calls and wrote that "
        "his family would see it."
    )
    assert {"coercion", "threats-leverage"} <= set(found), found


def test_cues_of_must_name_another_tag() -> None:
    text = '[parts]\n\n[[tags]]\nid = "coercion"\ncues_of = ["no-such-tag"]\ncues = []\n'
    with pytest.raises(InputError, match="cues_of 'no-such-tag'"):
        parse_cues(text, "cues.toml")


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("And could she please keep all this off her work email.", "secrecy-pressure"),
        ("She had never heard of him.", "unsolicited-offer"),
        (
            "The company wanted the names and nationalities of the crews staying there.",
            "request-beyond-public",
        ),
        ("The fee was more than she clears in two weeks.", "disproportionate-reward"),
        ("The next morning she showed them to her supervisor.", "report-early"),
    ],
)
def test_cues_of_the_genre(sentence: str, tag: str) -> None:
    assert tag in cue_matches(sentence)


def test_a_personal_phone_used_against_the_rules_is_no_secrecy() -> None:
    found = cue_matches(
        "The security officer saw him photographing the stock board with a personal phone in "
        "an area where phones were not permitted."
    )
    assert "secrecy-pressure" not in found
    assert "secrecy-pressure" in cue_matches("He told her to use a personal phone for them.")


def test_corpus_81_gives_every_case() -> None:
    assert _all_cases("corpus81") >= {
        "Ghjuvan Battista Mattei",
        "Marc-Antoine de Casalta",
        "Naomi Pamak-Dyson",
        "Jeremias Obed",
        "Sittie Johaira Lomondot",
        "Jun-jun",
        "Saidin",
        "Tavish Ah-Kee",
    }
    assert not _all_cases("corpus81") & {"Torben Laub", "Ken", "Sir Ken"}


def test_a_passage_that_says_what_it_was_worth_points_back() -> None:
    # "That's more than I make in a fortnight." says nothing of what is (corpus 79): quoted with
    # the sentence before it.
    from quiz.families.base import _POINTS_BACK

    assert _POINTS_BACK.match("That's more than I make in a fortnight.")
    assert _POINTS_BACK.match("That is twice what I earn.")
    assert not _POINTS_BACK.match("That evening he phoned the chief of station.")
