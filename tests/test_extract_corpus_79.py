"""What corpus 79 (six reports, read once: 4 of 12 cases found on arrival, tag recall 0.25 at
precision 0.88, two reports with no case, a contact-centre supervisor taken for the case) showed
that extraction did not read, fixed by concept: people a speech tells of in turn ("The first is
Nl. Lalrinpuii"), with an honorific of consonants only that ends no sentence; a relative named
in passing ("her father, Pu Lalngaia") who does not take the story over; a nickname apposed at
the end of a line ("Roderick Quintal, known as Dodger"); a transcript's speaker who tells of
themselves ("DODGER: ... I went straight to my boss and we rang the police station"), and the
relative whose story they tell ("My cousin Loretta Christian"); a Japanese honorific joined to
a surname ("Arakaki-san"); a cover name someone "signed as"; and reports by telephone and
records never opened."""

from __future__ import annotations

from pathlib import Path

from .test_extract_corpus_76 import _found
from .test_extract_corpus_77 import _all_cases, _sentences


def test_the_people_a_speech_tells_of_in_turn_are_its_cases(tmp_path: Path) -> None:
    # Corpus 79: a retiring officer's farewell speech telling two young people's stories, each
    # opened by "The first is" / "The second is" and a Mizo honorific: no case was found.
    cases = _found(
        tmp_path,
        "I want to talk about two ordinary young people.\n\n"
        "The first is Nl. Lalrinpuii. Many of you know her. She was a clerk in the district "
        "office. Four years ago her father, Pu Lalngaia, was diagnosed with cancer. A man who "
        "called himself Brother Samuel came to her church and paid all the bills. Then he asked "
        "for the lists of permit holders. He paid ten thousand rupees for each list. She sent "
        "six lists. Then she refused to send any more. One morning she walked into my office "
        "and told us everything, before anyone suspected anything. Because she came forward "
        "herself, the prosecution was not pursued.\n\n"
        "The second is Tv. Lalrinawma. He is an operator on the night shift at a power station. "
        "A man from something called Skylight Records wrote to him and offered a contract, then "
        "asked for the shift rosters of the power station. Tv. Lalrinawma did not reply to the "
        "man. He reported the message to his engineer that same afternoon.\n",
    )
    assert {"Lalrinpuii", "Lalrinawma"} <= set(cases), cases
    # Her father, named in passing, is not whom her story is about.
    assert "Pu Lalngaia" not in cases


def test_an_honorific_of_consonants_ends_no_sentence(tmp_path: Path) -> None:
    said = _sentences(tmp_path, "The first is Nl. Lalrinpuii. Many of you know her.")
    assert said == ["The first is Nl. Lalrinpuii.", "Many of you know her."]
    # Not a company's "Ltd.", nor the surname Ng.
    assert len(_sentences(tmp_path, "It was sold to Acme Ltd. The firm paid.")) == 2
    assert len(_sentences(tmp_path, "He told Mr Ng. The manager called the police.")) == 2


def test_a_transcript_speaker_tells_of_themselves_and_of_a_relative(tmp_path: Path) -> None:
    # An oral-history transcript: the interviewee, known by a nickname, speaks in the first
    # person; his cousin's story is told in his lines (corpus 79: no case was found).
    cases = _found(
        tmp_path,
        "ORAL HISTORY PROJECT - TRANSCRIPT\n"
        "Interviewee: Roderick Quintal, known as Dodger\n"
        "Interviewer: Tania Adams\n\n"
        "ADAMS: You said there was a visitor who got too friendly.\n"
        "DODGER: Yeah. I'm foreman on the lighterage. A fella called Piers Tallon books my boat "
        "for fishing and pays three times the rate.\n"
        "ADAMS: What did he want?\n"
        "DODGER: Second trip out, he wants the cargo manifests for the defence containers. Two "
        'thousand dollars a manifest. He says, "No need to bother your office."\n'
        "DODGER: Told him I'd think about it. Next morning I went straight to my boss and we "
        "rang the police station. I never gave him a single page.\n"
        "ADAMS: You mentioned your cousin.\n"
        "DODGER: My cousin Loretta Christian. She's at the airport, customs. She answered an ad "
        "online and was paid for every list of passengers. Then they threatened to tell her "
        "boss.\n"
        "DODGER: She got scared. So she went to her manager, and she rang the hotline herself "
        "and told them everything she'd sent.\n"
        "ADAMS: Thank you, Dodger.\n",
    )
    assert {"Roderick Quintal", "Loretta Christian"} <= set(cases), cases
    assert "Dodger" not in cases and "Tania Adams" not in cases


def test_a_reporter_in_a_radio_transcript_is_no_case() -> None:
    # Corpus 17: a justice reporter tells the accused's story in her own lines, never of
    # herself; the speaker who tells of themselves is someone else.
    assert "Ines Valadares" not in _all_cases("corpus17")
    assert "Rui de Sousa" in _all_cases("corpus17")


def test_a_japanese_honorific_joined_to_a_surname_is_the_person(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Data loss alert. User arakaki.m (Arakaki Mio, Customer Contact Centre) opened 1,140 "
        "customer account records in nine days. Escalated to the contact centre supervisor, "
        "Nakasone Ryo.\n\n"
        "Arakaki-san sent a resignation e-mail overnight saying she is leaving tomorrow. She was "
        "met at the airport. She had answered a side-job advertisement; she was paid JPY 3,000 "
        "per lookup and was told not to tell anyone at work. She was arrested.\n",
    )
    assert "Arakaki Mio" in cases, cases
    assert "Nakasone Ryo" not in cases


def test_who_signed_as_is_a_cover_and_a_call_to_a_line_is_a_report(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Madlena Kralec, 29, is a clerk in the land registry of the local court.\n\n"
        "In January she answered an online advertisement placed by a firm calling itself "
        "Flurstück Consult. The contact, a woman who signed as Lisbeth Arndt, first asked for "
        "average land prices from public sources, then for owners' names and mortgage entries "
        "that are not open to the public. She was offered EUR 80 per extract.\n\n"
        "Ms Kralec did not open a single record. She took the e-mail to the court's director "
        "the same day, and that week she rang the confidential telephone line of the State "
        "Office for the Protection of the Constitution.\n",
    )
    assert "Madlena Kralec" in cases, cases
    assert "Lisbeth Arndt" not in cases


def test_corpus_79_gives_ten_of_its_twelve_cases() -> None:
    found = _all_cases("corpus79")
    assert {
        "Lalrinpuii",
        "Lalrinawma",
        "Roderick Quintal",
        "Loretta Christian",
        "Arakaki Mio",
        "Madlena Kralec",
    } <= found, found
    # The supervisor who passed the alert on is no case.
    assert "Nakasone Ryo" not in found
