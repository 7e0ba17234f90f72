"""What blind reads 199 and 200 (corpus 69: first reading 28% of entries usable with one wrong
key, then 70% with none) found in the situations and keys of its sets, fixed by concept."""

from __future__ import annotations

import pytest

from quiz.generate import all_drafts
from quiz.material import Material
from quiz.scenario_material import scenario_material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus69", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material):  # type: ignore[no-untyped-def]
    return all_drafts(material)


@pytest.mark.parametrize(
    ("name", "cover"),
    [
        # "who described himself as a buyer for a private museum of security history": not
        # "someone who says they are a buyer" (of what?).
        ("Ruaraidh Mac an t-Saoir", "a buyer for a private museum of security history"),
        # 'a "Captain Marcus Dale" who said he was the academy's director of training'.
        ("Reynaldo Bautista Jr.", "a director at an academy"),
        # "He introduced himself as Ignacio Ferrándiz, a marine insurance surveyor".
        ("Rubén Darío Almengor", "a marine insurance surveyor"),
    ],
)
def test_a_cover_says_of_what(material: Material, name: str, cover: str) -> None:
    assert case_frame(material, name).cover == cover


def test_a_forum_member_under_a_handle_and_a_jobs_page_are_online(material: Material) -> None:
    # The collector "using the handle "Tobias_K"" and the advert "on a jobs page": read 199
    # found both approaches told as made in person or abroad.
    assert case_frame(material, "Ruaraidh Mac an t-Saoir").channel == "online"
    assert case_frame(material, "Reynaldo Bautista Jr.").channel == "online"


def test_no_first_unexpected_message_for_someone_who_applied(drafts) -> None:  # type: ignore[no-untyped-def]
    # "He found the advert himself ... He applied": read 199 keyed "as soon as the unexpected
    # message asked for material" for the mechanic, who wrote first.
    assert any(d.case == "reynaldo-bautista-jr" for d in drafts)
    assert not [
        d for d in drafts if d.case == "reynaldo-bautista-jr" and d.family == "earliest-report"
    ]


def test_the_signs_a_case_shows_in_its_own_words_are_asked(material: Material, drafts) -> None:  # type: ignore[no-untyped-def]
    # "He put the figure at ... close to a month's pay", "the arrangement should stay between
    # the two of them", "the only man in Colón who really understood the locks": read 199 had
    # two questions for the lock operator, none of these.
    signs = {s.sign.tag: s.sign for s in case_frame(material, "Rubén Darío Almengor").signs}
    assert {"disproportionate-reward", "secrecy-pressure", "excessive-help-flattery"} <= set(signs)
    # Praise told as praise, not as presents the case never mentions.
    assert "praising your expertise" in signs["excessive-help-flattery"].story
    assert "presents" not in signs["excessive-help-flattery"].story
    assert len([d for d in drafts if d.case == "ruben-dario-almengor"]) >= 5


def test_a_job_away_from_a_desk_still_gets_its_red_flag(drafts) -> None:  # type: ignore[no-untyped-def]
    # A mechanic approached online: no articles or annual reports to mention, but details of a
    # contact about his trade to tell (read 199: no situation could be told).
    flags = [d for d in drafts if d.case == "reynaldo-bautista-jr" and d.family == "red-flag"]
    assert flags
    assert all("article" not in d.prompt for d in flags)


# Read 200 (corpus 69, after the first round: 70% usable, one debatable key).


def test_no_quote_opens_on_a_word_pointing_back(drafts) -> None:  # type: ignore[no-untyped-def]
    # "Neither is published.", "None of this had anything to do with archaeology.": the
    # sentence before says what they are about.
    openings = ("Neither", "None of this")
    assert not [s.quote for d in drafts for s in d.sources if s.quote.startswith(openings)]
    quotes = [s.quote for d in drafts for s in d.sources]
    assert any(q.startswith("The foundation") and "Neither is published." in q for q in quotes)
    assert all(q.startswith("Then she asked") for q in quotes if "None of this had" in q)
    # (The request for secrecy says who asked on its own: "Lowell suggested they keep the
    # request "between colleagues" until the grant was signed", read 384's short quote.)
    assert any(q.startswith("Lowell suggested they keep the request") for q in quotes)


def test_one_contact_works_for_one_company(drafts) -> None:  # type: ignore[no-untyped-def]
    # Read 200: "The contact works for a company that has just opened an office in your city.
    # The contact works for a foreign company and says so at once."
    details = {d.story: d.group for d in scenario_material().ordinary["in-person"]}
    opened = "The contact works for a company that has just opened an office in your city."
    foreign = "The contact works for a foreign company and says so at once."
    assert details[opened] and details[opened] == details[foreign]
    assert not [
        d
        for d in drafts
        if "works for a foreign company" in d.prompt and "has just opened an office" in d.prompt
    ]


def test_hiding_from_work_is_the_secrecy_sign(material: Material) -> None:
    # Read 200 found "moving a hobby-forum chat off work accounts to an encrypted app" keyed as
    # the sign: the sign is hiding it from work.
    signs = {s.sign.tag: s.sign for s in case_frame(material, "Ruaraidh Mac an t-Saoir").signs}
    assert signs["secrecy-pressure"].flag == (
        "A request to hide your exchanges from work on an encrypted app"
    )


# Read 201 (corpus 70, first reading: 24% of entries usable, one debatable key).


@pytest.fixture(scope="module")
def material70(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus70", tmp_path_factory)


@pytest.mark.parametrize(
    ("name", "role", "place"),
    [
        # "a dispatcher with a yacht charter company in Bequia": not a railway's dispatcher.
        ("Shernelle Cupid", "a dispatcher", "a shipping company"),
        # "Councilmember Kvasnikoff": not "a member of staff at a coast guard station".
        ("Councilmember Kvasnikoff", "a councilmember", "a city council"),
        # "a former document controller at a naval shipyard": not "a controller".
        ("Xosé Ramón Outeiral da Veiga", "a document controller", None),
        # "a young draughtswoman from my section": the job, not how the writer saw her.
        ("a young draughtswoman", "a draughtswoman", None),
    ],
)
def test_the_job_and_place_the_report_gives(
    material70: Material, name: str, role: str, place: str | None
) -> None:
    frame = case_frame(material70, name)
    assert frame.role == role
    if place is not None:
        assert frame.workplace.place == place


def test_a_declared_trip_is_no_suspicious_case(material70: Material) -> None:
    # "Not every foreign contact is a trap ... She declared the invitation on the office form,
    # received a short briefing, went": read 201 found that trip cited as the suspicious one.
    (case,) = [
        c for c in material70.extraction.cases if c.name == "Johanna Katharina Elisabeth Brunnhuber"
    ]
    assert "invitation-travel" not in case.tag_ids


def test_a_state_hotline_is_not_called_the_organisations_own_channel() -> None:
    # Read 203: "use another of your organisation's channels: call the national security
    # reporting hotline on 12339".
    from pathlib import Path

    shipped = Path(__file__).parent.parent / "questions"
    text = "".join(p.read_text(encoding="utf-8") for p in shipped.glob("*.toml"))
    assert "12339" in text
    assert "another of your organisation's channels" not in text
    assert "another of the reporting channels your organisation lists" in text


def test_the_request_is_told_as_the_case_made_it(material: Material) -> None:
    # Reads 200-202: stock situations leave out what the case was asked for. "they wanted the
    # internal maintenance calendar for the chamber gates": told as that.
    signs = {s.sign.tag: s.sign for s in case_frame(material, "Rubén Darío Almengor").signs}
    assert "internal maintenance calendar" in signs["request-beyond-public"].story


def test_no_first_report_question_where_kindness_came_first(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    # Read 205: "when should the first report have been made?" for the stamp collector keyed
    # the first paid task, though the buyer had overpaid for his stamps and paid his dinners
    # first: the first reportable moment is arguable, so it is not asked.
    drafts = all_drafts(corpus_material("corpus71", tmp_path_factory))
    assert any(d.case == "urs-von-allmen" for d in drafts)
    assert not [d for d in drafts if d.case == "urs-von-allmen" and d.family == "earliest-report"]
