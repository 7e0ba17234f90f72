"""A situation tells the case's own request in the case's own words (read 456: a harbour clerk
asked for "the arrival notices for coast guard vessels and visiting foreign naval ships, which
are not public" was told "the contact now asks for internal documents of your council", and so
were nine other cases whose requests named patrol times, indebted soldiers and patients' names).
Where the working material a request names is one of ``[asked]``'s nouns it is the trainee's
own unit's ("your station's duty roster"); else the request is told whole, said of "you", and a
choice names its head."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quiz.frames import requested
from quiz.generate import generate
from quiz.material import load_material
from quiz.models import Case, Evidence
from quiz.scenario_material import scenario_material

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _case(name: str = "Jelena Strand") -> Case:
    return Case(id="c", name=name, sources=("d.txt",), tags=(), facts=())


def _told(quote: str, name: str = "Jelena Strand") -> tuple[str, str] | None:
    evidence = Evidence("d.txt", 0, len(quote), quote)
    return requested(evidence, scenario_material(), _case(name))


@pytest.mark.parametrize(
    ("quote", "story", "head"),
    [
        # The request to where its words end: a clause saying it is not public, a price.
        (
            "A few weeks later he asked for the arrival notices for coast guard vessels and "
            "visiting foreign naval ships, which are not public, and for the dates when the "
            "harbour's security level is raised.",
            "the arrival notices for coast guard vessels and visiting foreign naval ships",
            "the arrival notices",
        ),
        (
            "From August she was asked for lists of members who are active soldiers or police "
            "officers and behind on their payments, with names, ID numbers, units, telephones "
            "and amounts owed, at USD 250 a list.",
            "lists of members who are active soldiers or police officers and behind on their "
            "payments",
            "lists of members",
        ),
        # A list keeps its commas; the head its list of nouns.
        (
            "Then she asked for the names, ranks and addresses of customers from the military "
            "housing area who buy psychiatric, heart and diabetes medicines, and which doctors at "
            "the military hospital prescribe them.",
            "the names, ranks and addresses of customers from the military housing area who buy "
            "psychiatric, heart and diabetes medicines",
            "the names, ranks and addresses of customers",
        ),
        # Requests that step up: the last one told, not the first, public one.
        (
            "She paid his daughter's school fees, gave him a new phone, and asked him first for "
            'photos of the market and the town "for a tourist guide", then for pictures of the '
            "quay and the ships when he delivered.",
            "pictures of the quay and the ships",
            "pictures of the quay",
        ),
        (
            "In the following weeks the requests moved on to lists of ministry staff and the "
            "structure of the internal network.",
            "lists of ministry staff and the structure of the internal network",
            "lists of ministry staff",
        ),
        # The person's own, said of the trainee; the person named by their own name too.
        (
            "Viktor then asked for details of how her algorithms performed against radio jamming.",
            "details of how your algorithms performed against radio jamming",
            "details of how your algorithms",
        ),
        (
            "Later the handler asked for Strand's own login credentials and a full export of the "
            "database.",
            "your own login credentials and a full export of the database",
            "your own login credentials",
        ),
        # Working material `[asked]` names: the trainee's own unit's, as before.
        (
            "He then asked Pheng to photograph the duty roster.",
            "your {unit}'s duty roster",
            "your {unit}'s duty roster",
        ),
    ],
)
def test_a_request_is_told_in_the_cases_words(quote: str, story: str, head: str) -> None:
    assert _told(quote) == (story, head)


@pytest.mark.parametrize(
    "quote",
    [
        # What the passage calls public is no request beyond it.
        "First Marcelo asked for price lists of welding consumables, which anyone can get from "
        "a supplier.",
        "Her first requests were for photographs of letters and treaties from the 1960s that "
        "are open to researchers.",
        # The first request alone, which an approach that steps up starts from.
        "At first he asked for a list of the laboratory's staff.",
        # Words that are someone else's deeds, the writer's voice, or refer back.
        "Later he asked him to photograph documents left in the vehicles he drove.",
        "Then he asked for the documents themselves, including draft annexes.",
        "Steven asked for copies of Jonnie's workbook pages for the trip.",
        # A noun alone: what it was is told elsewhere.
        "Then he asked for the plans.",
        # No information asked for.
        "He asked for a meeting at the harbour café and for her private number.",
    ],
)
def test_no_request_is_told_where_the_words_do_not_say_one(quote: str) -> None:
    assert _told(quote) is None


CLERK = (
    "A harbour-office clerk in a northern port town reported an approach to the police in "
    "March.\n\n"
    "Maren Solberg, 41, a clerk at the municipal harbour office, was contacted on LinkedIn by "
    "a man who said he was a shipping consultant. At first he asked general questions about "
    "the port. A few weeks later he asked for the arrival notices for coast guard vessels and "
    "visiting foreign naval ships, which are not public, and offered 500 euros for each list. "
    "Solberg refused and told the harbour master, who reported it to the police.\n"
)


def test_the_situation_and_its_choice_name_the_cases_request(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "clerk.txt").write_text(CLERK, encoding="utf-8")
    shutil.copy(SEEDS / "channels.toml", seeds / "channels.toml")
    questions = [q for s in generate(load_material(seeds)) for q in s.questions]
    named = [
        q
        for q in questions
        if "the arrival notices for coast guard vessels and visiting foreign naval ships"
        in q.prompt
    ]
    assert named
    assert not any("internal documents" in q.prompt for q in questions)
    for question in named:
        texts = [c.text for c in question.choices]
        if "Which of these details is a warning sign?" in question.prompt:
            assert "A request for the arrival notices" in texts, texts


@pytest.mark.parametrize(
    ("quote", "story"),
    [
        # The accused's own, in a ruling, is the trainee's.
        (
            "He then asked for a list of all the accused's sites with the model and firmware of "
            "each recorder.",
            "a list of all your sites with the model and firmware of each recorder",
        ),
        # What she could open through her work is no public material.
        (
            "Then he asked for confidential scrutiny-panel papers on the island's financial "
            "registers, which she could open through the Greffe's document system.",
            "confidential scrutiny-panel papers on the island's financial registers",
        ),
    ],
)
def test_a_request_is_said_of_the_trainee(quote: str, story: str) -> None:
    told = _told(quote)
    assert told is not None and told[0] == story


def test_words_cut_inside_a_clause_are_not_told() -> None:
    assert (
        _told(
            'Then she asked for the days and hours when "the military closes the water", so that '
            "she could leave the noisy days out."
        )
        is None
    )
