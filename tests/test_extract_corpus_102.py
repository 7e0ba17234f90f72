"""What corpus 102 (five documents, read once: 4 of 9 cases found on arrival, tag recall 0.28
at precision 0.83; a libel judgment from Banjul, a television talk show from Lviv, a
prosecutor's closing speech from Uyuni, a union's open letter from Pointe-Noire and a
resignation letter from Escaldes-Engordany; read 307: 41.5% of its questions usable as they
stood, no wrong key, one debatable, two case sets told of people the approaches were reported
to or who were sued) showed that extraction did not read, fixed by concept: in a civil suit
the plaintiff is the party and those sued are beside the case; a letter signed as names are
written after "With respect,"; a name without the father's name between is the same person;
"Comrade" and "Monsieur" are titles before a surname in capitals; whom a report was shown or
forwarded to is beside the case; and whom a stranger impersonated is no case."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import _read_people
from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document


def _doc(file: str) -> Document:
    return corpus_document("corpus102", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus102", file)


_LIBEL = "01_banjul_defamation-judgment_state-house-cook.txt"
_TALK_SHOW = "02_lviv_tv-talk-show-transcript_wagon-inspector.txt"
_CLOSING = "03_uyuni_prosecution-closing-argument_brine-laboratory-analyst.txt"
_UNION = "04_pointe-noire_union-open-letter_mud-logger.txt"
_RESIGNATION = "05_escaldes-engordany_resignation-letter_kyc-analyst.txt"


def test_a_libel_suit_is_the_plaintiffs() -> None:
    # "MOMODOU LAMIN JOBE ... PLAINTIFF" against the paper, its editor and its reporter ("The
    # 2nd defendant, Pa Ousman Saine"): the cook is the party, those sued are not cases; the
    # head chef he "showed the messages to" is beside him.
    people = _read_people(_doc(_LIBEL)).people
    assert people["Momodou Lamin Jobe"].defendant
    assert people["Ousman Saine"].bench
    assert people["Yusupha Bah"].bench
    cases = _cases_of(_LIBEL)
    assert set(cases) == {"Momodou Lamin Jobe", "Ousman Darboe"}, cases
    # "in January 2023 he posted photographs" is no bulk of 2,023 photographs.
    assert "bulk-collection" not in cases["Momodou Lamin Jobe"]
    assert {"unexplained-money", "excessive-help-flattery"} <= cases["Ousman Darboe"]


def test_a_talk_show_guest_under_two_labels() -> None:
    # "Halyna Mykolaivna Savchuk" in the list of guests, then "HALYNA SAVCHUK:" and
    # "SAVCHUK:": one woman, the guest who reported.
    people = _read_people(_doc(_TALK_SHOW)).people
    assert "Halyna Savchuk" not in people
    cases = _cases_of(_TALK_SHOW)
    assert "Halyna Mykolaivna Savchuk" in cases, cases
    assert {"paid-tasks", "threats-leverage", "report-early", "request-beyond-public"} <= cases[
        "Halyna Mykolaivna Savchuk"
    ]


def test_a_closing_speech_and_the_superior_who_was_told() -> None:
    # "She forwarded the email that same afternoon to her superior, Ing. Choque": he is no case;
    # she is.
    cases = _cases_of(_CLOSING)
    assert set(cases) == {"Édgar Wilson Mamani Huanca", "María Renée Flores Apaza"}, cases
    assert {"paid-tasks", "invitation-travel"} <= cases["María Renée Flores Apaza"]


def test_a_comrade_written_surname_first() -> None:
    # "Comrade MAKOSSO Ghislain Rodrigue": "Comrade" is a title, not a given name.
    people = _read_people(_doc(_UNION)).people
    assert "Comrade Makosso" not in people
    assert len(_cases_of(_UNION)) == 2


def test_a_resignation_letter_signed_as_names_are_written() -> None:
    # "With respect," / "Meritxell Puig i Casals ("Txell")": the writer, the "I" of the letter;
    # "I am writing to resign ..., with effect at the end of my notice period" is no flight.
    cases = _cases_of(_RESIGNATION)
    assert set(cases) == {"Meritxell Puig i Casals"}, cases
    meritxell = cases["Meritxell Puig i Casals"]
    assert {"compromising-relationship", "insider-access", "threats-leverage"} <= meritxell
    assert "sudden-exit" not in meritxell
    # "he bought himself a new phone and a scooter": his own spending, no present (the track
    # fitter of the talk show).
    fitter = next(v for k, v in _cases_of(_TALK_SHOW).items() if "track fitter" in k)
    assert "excessive-help-flattery" not in fitter
    assert "compromising-relationship" in find_cues(
        "After the outing in November we began a relationship."
    )


def test_an_impersonated_consultant_is_no_case() -> None:
    # Corpus 85: "contacted by someone using the name and photograph of our senior consultant
    # Radostina Georgieva Marinova", whose name "Radostina Marinova" the messages then bore.
    cases = corpus_cases(
        "corpus85",
        "05_varna_recruitment-agency-candidate-alert_naval-academy-librarian-and-ship-repair-"
        "estimator.txt",
    )
    assert "Radostina Georgieva Marinova" not in cases, cases


def test_a_report_by_a_woman_is_not_the_accuseds() -> None:
    # Read 309: "Ing. Vania Rocha Saucedo of the company's systems department detected an export
    # ... She reported it the next morning" was quoted as the accused's own report: the story
    # has said only "he" of him.
    from quiz.extract import extract

    (edgar,) = [c for c in extract([_doc(_CLOSING)]).cases if c.name.startswith("Édgar")]
    quotes = {e.quote for hit in edgar.tags for e in hit.evidence}
    assert "She reported it the next morning." not in quotes
    assert "report-early" not in edgar.tag_ids


def test_a_job_said_with_works_as_whatever_its_noun() -> None:
    # "Comrade MAKOSSO Ghislain Rodrigue, known to the younger ones as "Ya Ghis", has worked as a
    # mud logger for Atlantique Géoservices for eleven years" (read 309: no job at all).
    from quiz.extract import extract

    roles = {
        c.name: [f.value for f in c.facts if f.kind == "role"]
        for c in extract([_doc(_UNION)]).cases
    }
    assert roles["MAKOSSO Ghislain Rodrigue"] == ["mud logger"], roles
