"""What corpus 78 (six reports, read once: 5 of 12 cases found on arrival, tag recall 0.29 at
precision 0.90, two reports with no case) showed that extraction did not read, fixed by concept:
a thread of posts and comments, each shown under its author's name, whose "I" is that author;
Batak "br." (boru) inside a woman's name, which ends no sentence; Gaelic "Mac" surnames; a name of
several words someone goes by ("whom you all know as Amani Tigor"); a surname shared with a
relative named beside the case ("her sister, Ealasaid MacDonald") meaning the case; someone
introduced as another's colleague ("Boy's colleague Tomke Ketelsen") being whom the next
sentences are about; a lawyer with a title the name reader does not know ("RA Momme
Feddersen"); and taking "the whole thing" to the security officer, or being told one did the
right thing, as reporting. Also what the situations are told from: a quantity surveyor works
for a builder, a soldier in the armed forces, and a colleague who works away from a desk has
tempting details of such work."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.extract import _name_runs

from .test_extract_corpus_76 import _found
from .test_extract_corpus_77 import _all_cases, _frame, _sentences
from .test_extract_named_later import _cases


def _of(name: str) -> dict[str, frozenset[str]]:
    return _cases(name, "corpus78")


def _doc(prefix: str) -> str:
    return next((Path(__file__).parent / "corpus78").glob(f"{prefix}*.txt")).name


def test_a_threads_posts_are_their_authors_words(tmp_path: Path) -> None:
    # Corpus 78: a community group's thread, each post and comment under its author's name on
    # a line of its own, told in the first person: no case was found.
    cases = _found(
        tmp_path,
        "Nadia Fontaine\n3 March at 20:12 · Group member\n\n"
        "I work at the port authority, so the berth plans go through my mailbox. A man from my "
        "gym offered me 500 euros for next month's berth plan and told me to keep it between "
        "us. I refused. The next morning I reported it to the security officer.\n\n"
        "Paul Hoarau\nDon't get in his car again.\n\n"
        "Line Boyer\nWell done Nadia.\n\n"
        "Marc Técher\nI declared my foreign clients to our security office, that is normal.\n",
    )
    assert set(cases) == {"Nadia Fontaine"}
    assert "security-office" in cases["Nadia Fontaine"]


def test_the_thread_of_corpus_78_gives_both_its_stories() -> None:
    cases = _of(_doc("02_"))
    assert set(cases) == {"Vanessa Ramassamy", "Annick Grondin"}
    assert "paid-tasks" in cases["Vanessa Ramassamy"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("our boru Rospita br. Tambunan, daughter of the late Ompu Sahala", "Rospita br. Tambunan"),
        ("a statement of Kirsty MacLellan, known locally as", "Kirsty MacLellan"),
        ("told the officer that Miss MacDonald received envelopes", "MacDonald"),
    ],
)
def test_names_of_the_western_isles_and_of_batak_clans(text: str, name: str) -> None:
    assert name in [n for n, *_ in _name_runs(text, 0, len(text))]


def test_batak_br_ends_no_sentence(tmp_path: Path) -> None:
    assert _sentences(
        tmp_path, "You all know our boru Rospita br. Tambunan, a supervisor. She reported it.\n"
    ) == [
        "You all know our boru Rospita br. Tambunan, a supervisor.",
        "She reported it.",
    ]


def test_a_name_of_several_words_someone_goes_by_is_theirs() -> None:
    # Corpus 78: "Parlindungan Simatupang, whom you all know as Amani Tigor", then "Amani
    # Tigor" in every sentence: no case.
    cases = _of(_doc("01_"))
    assert set(cases) == {"Rospita br. Tambunan", "Parlindungan Simatupang"}
    assert {"paid-tasks", "covert-tradecraft"} <= cases["Parlindungan Simatupang"]


def test_a_surname_shared_with_a_relative_means_the_case() -> None:
    # Corpus 78: "Margaret MacDonald ... travelled with her sister, Ealasaid (Elizabeth)
    # MacDonald", then "Miss MacDonald" was taken for the sister.
    cases = _of(_doc("03_"))
    assert set(cases) == {"Kirsty MacLellan", "Margaret MacDonald"}


def test_someone_introduced_as_anothers_colleague_is_whom_the_story_goes_on_about() -> None:
    # Corpus 78: "Boy's colleague Tomke Ketelsen, who runs the library ... Last winter she got
    # an email": her story was Boy's, and Boy's lawyer, "RA Momme Feddersen", was a case.
    cases = _of(_doc("05_"))
    assert set(cases) == {"Boy Carstensen", "Tomke Ketelsen"}
    assert "security-office" in cases["Tomke Ketelsen"]


def test_what_the_corpus_gives_on_the_whole() -> None:
    assert _all_cases("corpus78") == {
        "Rospita br. Tambunan",
        "Parlindungan Simatupang",
        "Vanessa Ramassamy",
        "Annick Grondin",
        "Kirsty MacLellan",
        "Margaret MacDonald",
        "Francine Taitague Mesa",
        "Raymond Cruz Quitugua",
        "Boy Carstensen",
        "Tomke Ketelsen",
        "Hamido Mohamed Mohamed",
        "Soraya Abdeselam Haddu",
    }


@pytest.mark.parametrize(
    ("doc", "name", "role", "place"),
    [
        ("04_", "Raymond Cruz Quitugua", "a quantity surveyor", "a construction contractor"),
    ],
)
def test_the_frame_of_a_case_is_its_own(doc, name, role, place) -> None:
    # Read 240: "a quantity surveyor for a firm building on the base" was told as "a surveyor at
    # a land registry office".
    frame = _frame("corpus78", doc, name)
    assert (frame.role, frame.workplace.place) == (role, place)


def test_a_colleague_away_from_a_desk_has_tempting_details_of_such_work() -> None:
    # Read 240: "asked the supervisor for extra hours before the holidays" was the only detail
    # about such work, and nobody picks it.
    from quiz.scenario_material import scenario_material

    away = [
        d for d in scenario_material().ordinary["colleague"] if d.away and d.job and not d.filler
    ]
    assert len(away) >= 2
    assert all("extra hours" not in d.choice for d in away)


def test_a_lawyer_apposed_is_no_case_but_what_a_lawyer_says_of_the_case_is() -> None:
    # Corpus 78: "Boy's lawyer, RA Momme Feddersen from Kiel, saw him" is counsel; corpus 20:
    # "By then, according to his lawyer, Wijesinghe was trying to get out" is the case.
    assert "Momme Feddersen" not in _of(_doc("05_"))
    assert "Wijesinghe" in _cases("04.txt", "corpus20")


def test_a_ferry_taken_is_no_workplace_and_a_rocket_range_is_a_military_one() -> None:
    # Read 242: both typists of a rocket range's headquarters were told as staff of "a ferry
    # company", from "left on the next morning's ferry".
    for name in ("Kirsty MacLellan", "Margaret MacDonald"):
        frame = _frame("corpus78", "03_", name)
        assert frame.workplace.place == "a defence organisation", name


def test_working_from_home_on_the_organisations_laptop_is_offered_only_to_fill() -> None:
    # Read 242: "working from home on the organisation's laptop" was a wrong choice nobody
    # picks, in six entries.
    from quiz.scenario_material import scenario_material

    (laptop,) = [
        d for d in scenario_material().ordinary["colleague"] if "laptop" in d.choice.lower()
    ]
    assert laptop.filler
