"""What corpus 173 (five texts people write to and for each other outside work, read once on
c535204: 2 of 10 cases found, tag recall 0.08 at precision 0.92; a Hualien family's LINE chat, an
Orzysz residents' forum thread, a Resende birthday toast, an Arusha school reunion booklet and a
Nowra beach house's visitors' book) showed: a note headed by its writer's name ("1. From Neema")
is the writer's own story; the Maasai "ole" is part of a name ("Lemayian ole Saitoti"); the
family's name for someone with a kinship title, then the name in full apposed ("Tio Zezinho,
José Carlos Fagundes,"), and the parent the writer names ("My father is Ademar Batista da
Silveira", then "Dad"), are the same person; a present handed back ("Dad gave him back the
reel") is no recruiter's act; an "O'" surname joins a "Mac" one ("O'Brien-McAllister"); a chat
exported with tabs between time, author and message has authors, and a name never runs across a
tab; a Hokkien familiar "A-" before a syllable of the given name ("A-Hao") is the name in full;
someone asked to pass advice on ("A-Hao asked me to add this") is no recruiter."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_document

_CHAT = "01_hualien_family-line-chat-export_aircraft-hydraulics-mechanic-and-village-chief.txt"
_TOAST = "03_resende_seventieth-birthday-toast_enrichment-cascade-operator-and-fuel-rod-welder.txt"
_BOOKLET = (
    "04_arusha_school-reunion-booklet_conference-documents-officer-and-border-immigration-"
    "officer.txt"
)
_VISITORS = (
    "05_nowra_beach-house-visitors-book_surf-school-instructor-and-helicopter-flying-instructor.txt"
)


def test_the_notes_headed_by_their_writers() -> None:
    cases = corpus_cases("corpus173", _BOOKLET)
    assert set(cases) == {"Neema Joseph Mollel", "Lemayian ole Saitoti"}, cases
    assert {"online-approach", "security-office", "report-early"} <= cases["Neema Joseph Mollel"]
    assert {"covert-tradecraft", "bulk-collection"} <= cases["Lemayian ole Saitoti"]


def test_the_toast_to_dad_and_to_tio_zezinho() -> None:
    cases = corpus_cases("corpus173", _TOAST)
    assert set(cases) == {"Ademar Batista da Silveira", "José Carlos Fagundes"}, cases
    assert {"coercion", "security-office"} <= cases["José Carlos Fagundes"]


def test_a_visitors_book_surname_joined_to_a_mac_one() -> None:
    assert "Liam O'Brien-McAllister" in corpus_cases("corpus173", _VISITORS)


def test_a_tabbed_chat_export_names_its_authors_and_no_name_crosses_a_tab() -> None:
    from quiz.extract import _read_people

    people = _read_people(corpus_document("corpus173", _CHAT)).people
    assert "Chen Chih-hao" in people  # "A-Hao", the author of his own messages
    assert not people["Chen Chih-hao"].contact
    assert not [n for n in people if n.startswith("A-Hao ")], sorted(people)
