"""What corpus 83 (six documents, read once: 4 of 10 cases found on arrival, tag recall 0.19 at
precision 0.96; a crossword club's bulletin, a freedom-of-information reply, an auction
catalogue's lot, a pre-departure handout for migrant workers, a genealogy journal and a tenancy
tribunal's decision) showed that extraction did not read, fixed by concept: a name the person
goes by given after the dates of a life ("b. 3 March 1931 ..., d. ...; known all his life as
..."), and the Faroese by-names it uses ("á", "í"); a surname said with a title before the full
name is read, and a person's first names said alone after it, as the same person; a surname
written as its initials ("B.K."); a contact declared and approved, named in passing elsewhere,
is the report's harmless contrast, no case; "the present owner" is no present; secret writing,
"became lovers", copies to be posted to the spouse. The corpus is
kept here unscored by the held-out bars: on 2026-12-02 it gives 8 of its 10 cases, at tag
recall 0.46 (a crossword setter known by his pseudonym until the charge names him is not read
yet)."""

from __future__ import annotations

from pathlib import Path

from quiz.documents import Document
from quiz.extract import extract
from quiz.garbled import garble
from quiz.taxonomy import cue_matches

from .test_extract_corpus_76 import _found
from .test_extract_named_later import _corpus_cases


def _roles(tmp_path: Path, text: str) -> dict[str, list[str]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return {
        c.name: [f.value for f in c.facts_of("role")]
        for c in extract([Document.read(path, path.name)]).cases
    }


def test_a_nickname_given_after_the_dates_of_a_life(tmp_path: Path) -> None:
    from quiz.extract import _NICKNAME_APPOSED

    told = _NICKNAME_APPOSED.search(
        "Jákup Pauli Joensen, b. 3 March 1931 in Kollafjørður, d. 11 November 2004 in "
        "Tórshavn; known all his life as Kobba á Hamri, after the holding."
    )
    assert told is not None
    assert (told.group("full"), told.group("known")) == ("Jákup Pauli Joensen", "Kobba á Hamri")
    cases = _found(
        tmp_path,
        "Hallvard Óli Petersen, b. 4 May 1940 in Vágur, d. 2 June 2010 in Tórshavn; known to "
        "everyone as Halli á Bakka.\n\n"
        "Halli worked as a caretaker at the radar station for twenty years. In 1975 Halli was "
        "approached by a man who called himself Jan, who offered him money for the duty rota "
        "and told him to keep it from the station chief. Halli refused, and the next morning "
        "he went to the station chief and told him everything.\n",
    )
    assert set(cases) == {"Hallvard Óli Petersen"}, cases
    assert "security-office" in cases["Hallvard Óli Petersen"]


def test_a_surname_said_before_the_full_name_is_the_same_person(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "The court's remarks in the case of Ms Okonkwo-Bell are summarised below.\n\n"
        "Chidinma Ruth Okonkwo-Bell was employed as an analyst at the revenue service. A man who "
        "called himself Viktor paid her for lists of companies under investigation and told her "
        "to keep it from her manager. Ms Okonkwo-Bell copied the lists onto a second phone he "
        "had given her. She was arrested at the airport and sentenced to three years.\n",
    )
    assert set(cases) == {"Chidinma Ruth Okonkwo-Bell"}, cases


def test_first_names_said_alone_are_the_full_name(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Ram Bahadur Gurung Thapa went to Qatar in 2018 as a security guard at a data centre. "
        "A friendly compatriot lent Ram Bahadur money for his family's loan. Then he asked Ram "
        "Bahadur for photographs of the visitors' logbook. Ram Bahadur photographed the "
        "logbook and sent the pictures, and was paid for the night-shift roster. Ram Bahadur "
        "was arrested and spent two years in prison.\n",
    )
    assert set(cases) == {"Ram Bahadur Gurung Thapa"}, cases


def test_a_surname_written_as_its_initials(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Sunita B.K., from Dang, worked as a nanny in a diplomat's household in Kuwait. A man "
        "she met online sent her a phone charger and asked her to leave it plugged in behind "
        "the desk in the study, and not to tell anyone in the house. The next morning Sunita "
        "took the charger to the house manager and told her everything.\n",
    )
    assert set(cases) == {"Sunita B.K."}, cases


def test_a_contact_declared_and_approved_is_no_case(tmp_path: Path) -> None:
    # The harmless contrast: named once among the club's members, then told as declared and
    # approved (corpora 82 and 83 took both for cases).
    cases = _found(
        tmp_path,
        "Our members this year are Teodor Vlase, who sets the cryptic, and Irina Calotă, who "
        "sets the quick crossword.\n\n"
        "Teodor Vlase, a proofreader at the state printing house, was approached on the club's "
        "forum by a man who called himself an editor. He paid Teodor for puzzles, then asked "
        "for photographs of restricted proofs, and told him to keep it from his section head. "
        "Teodor photographed the proofs and was arrested in November.\n\n"
        "Irina Calotă was approached by a cultural institute's librarian at an open evening. "
        "She was offered a fee to set a monthly puzzle for its newsletter. She declared the "
        "arrangement in writing to her employer's compliance office, which approved it.\n",
    )
    assert "Teodor Vlase" in cases, cases
    assert "Irina Calotă" not in cases


def test_the_present_owner_is_no_present() -> None:
    provenance = (
        "Provenance: returned to him by the Defence Force in 1995 with a letter of release; "
        "by descent to the present owner, his granddaughter."
    )
    assert not {"cultivation", "excessive-help-flattery"} & set(cue_matches(provenance))
    assert "excessive-help-flattery" in cue_matches("He brought her a present from every trip.")


def test_the_patterns_the_corpus_told_in_its_own_way() -> None:
    assert "covert-tradecraft" in cue_matches(
        "He was given a special pencil and shown how to write with it between the lines of an "
        "ordinary letter."
    )
    assert "compromising-relationship" in cue_matches("After a month they became lovers.")
    assert "threats-leverage" in cue_matches(
        'He said that copies could be posted to "Mrs Hansen in Klaksvík" within the week.'
    )
    assert "threats-leverage" in cue_matches(
        'He replied that her director "might like to see" what she had already sent.'
    )
    assert "unexplained-money" in cue_matches(
        "£18,400 in cash was deposited into her accounts in two years."
    )
    assert "report-early" in cue_matches(
        "In the second case, a report made at the first request meant that nothing was lost."
    )
    assert "report-early" in cue_matches(
        "Had Hansen gone to the station chief on the first day he was home, the matter would "
        "have been simpler."
    )


def test_jobs_told_past_what_stands_between_them_and_the_name(tmp_path: Path) -> None:
    roles = _roles(
        tmp_path,
        "R. Kumaravel (the initial stands for his father's name, Ramasamy), aged 40, is an "
        "air-conditioning and ventilation (HVAC) technician at a naval headquarters. A man who "
        "called himself Daniel offered him a post in the Gulf, paid him for a report and asked "
        "for the building's ducting layout. Kumaravel was arrested and sentenced to five "
        "years.\n\n"
        "Naw Paw Htoo, aged 33, belongs to the Karen community of the town and works as a "
        "fibreglass boatbuilder at a yard that repairs patrol boats. A woman who called herself "
        "a buyer offered her money for photographs of the engine rooms and told her to keep it "
        "from the yard. She photographed the engine rooms and sent the pictures. She was "
        "arrested in May.\n\n"
        "Oxana Petrovna Rusu (Oxana Rusu in her passport) worked in my section from 2019 until "
        "June as a military registration specialist. A man from an institute offered her money "
        "for named lists of reservists and said there was no need to involve her chief. She "
        "came to me that afternoon and we rang the Service's line together.\n",
    )
    assert any("technician" in r for r in roles["R. Kumaravel"]), roles
    assert "fibreglass boatbuilder" in roles["Naw Paw Htoo"], roles
    assert "military registration specialist" in roles["Oxana Petrovna Rusu"], roles


def test_a_job_told_after_a_pronoun_says_where_it_is_done(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "His name is Kelvin Martina, but everyone calls him Kel. For eleven years he was a "
        "rescue firefighter at Hato Airport. In 2023 Kelvin was approached by a woman who "
        "called herself a consultant, who offered him money for the airport emergency plan and "
        "told him not to mention it to his chief. He sent her nothing and went to the fire "
        "chief the next morning.\n",
        encoding="utf-8",
    )
    case = next(c for c in extract([Document.read(path, path.name)]).cases)
    assert [f.value for f in case.facts_of("role")] == ["rescue firefighter"]
    assert [f.value for f in case.facts_of("sector")] == ["aviation"]


def test_a_letters_greeting_is_not_its_title() -> None:
    doc = Document.from_bytes(
        "letter.txt",
        b"Government Office\n\nOur ref: FOI/2024/17\n\nDear Mr Kewley\n\nThank you for your "
        b"request, which we received on 2 May.\n",
    )
    assert doc.headline is None


def test_a_redaction_mark_is_never_quoted() -> None:
    assert garble("She ran 212 searches on [REDACTED — s.30] that were unconnected with her work.")
    assert not garble("She ran 212 searches that were unconnected with her work.")


def test_corpus_83_cases_found_today() -> None:
    found = _corpus_cases("corpus83")
    assert {
        "Breesha Margaret Quayle-Kinvig",
        "Orry Kermode",
        "Mogamat Shafiek Isaacs",
        "Elsabé Fourie-Naudé",
        "Dil Bahadur Thapa Magar",
        "Sarita B.K.",
        "Jákup Pauli Joensen",
        "Ngaire Hinemoa Te Rito",
    } <= found
    # The harmless contrast the bulletin sets beside its case, and the officer who took the
    # journal's confession (each taken for a case on arrival).
    assert not {"Josephine Azzopardi Fenech", "Henning Riis"} & found
