"""What corpus 84 (six documents, read once: 4 of 9 cases found on arrival, tag recall 0.23 at
precision 0.96; a father-of-the-bride speech, a translated police blotter, a football matchday
programme, a gaming guild's Discord post, a lawyer's advice letter and a crew newsletter)
showed that extraction did not read, fixed by concept so far: a given name shortened as family
and friends say it ("Sefa" of Iosefa), and the Polynesian glottal stop (the okina, U+02BB)
inside a name. The corpus is kept here unscored by the held-out bars: on 2026-12-02 it gives 5 of
its 9 cases (a letter told to "you", its addressee, a blotter's entries and a nickname named in
full only in the last line are not read yet)."""

from __future__ import annotations

from pathlib import Path

from quiz.extract import _Person, _short_given

from .test_extract_corpus_76 import _found
from .test_extract_named_later import _corpus_cases


def test_a_given_name_shortened_is_the_person(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Wedding of Tina Leota and Iosefa Faʻamanu Pouono\n\n"
        "Two years ago Sefa was playing rugby for his village club. A man who said he ran a "
        "sports company overseas bought the team new jerseys and paid for a tour to Suva. In "
        "the hotel he asked Sefa for the hotel list of every delegation to the summit, for "
        "twenty thousand dollars, and said there was no need to tell his boss. Sefa said no. "
        "On the first morning back he went to his chief and to the ministry's security "
        "officer and told them everything.\n",
    )
    assert "Iosefa Faʻamanu Pouono" in cases, cases
    assert "Sefa" not in cases
    assert "security-office" in cases["Iosefa Faʻamanu Pouono"]


def _person(name: str) -> _Person:
    return _Person(name, tokens=tuple(name.split()))


def test_a_short_form_fits_one_person_or_none() -> None:
    people = {n: _person(n) for n in ("Kyriakos P. Hadjipetrou", "Iosefa Pouono", "Ana Lima")}
    assert _short_given("Kyriako", people) == ["Kyriakos P. Hadjipetrou"]  # a greeting's form
    assert _short_given("Sefa", people) == ["Iosefa Pouono"]
    assert _short_given("An", people) == []  # too short to say
    people["Alexandra Ruiz"] = _person("Alexandra Ruiz")
    people["Alexander Kim"] = _person("Alexander Kim")
    assert _short_given("Alex", people) == []  # two people it could be


def test_corpus_84_cases_found_today() -> None:
    found = _corpus_cases("corpus84")
    assert {
        "Iosefa Faʻamanu Pouono",
        "Darren Ng Wei Jie",
        "S. Kavitha",
        "Malik Kaalaaraq Heilmann",
        "Pipaluk Nielsen-Motzfeldt",
    } <= found
    # The bride, whose approved exchange the speech sets beside the groom's story.
    assert "Malia Lagi Fuimaono" not in found
