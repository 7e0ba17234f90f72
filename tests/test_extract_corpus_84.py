"""What corpus 84 (six documents, read once: 4 of 9 cases found on arrival, tag recall 0.23 at
precision 0.96; a father-of-the-bride speech, a translated police blotter, a football matchday
programme, a gaming guild's Discord post, a lawyer's advice letter and a crew newsletter)
showed that extraction did not read, fixed by concept so far: a given name shortened as family
and friends say it ("Sefa" of Iosefa), and the Polynesian glottal stop (the okina, U+02BB)
inside a name; then (read 261, which found the blotter's recruiter on a set of questions) a
police entry's complainant, named once with an age in brackets; a man "introduced as" a name,
the recruiter; and a nickname in quotes in a bracket after a name (corpus 85). The corpus is kept
here unscored by the held-out bars: on 2026-12-02 it gives 6 of its 9 cases (a letter told to
"you", its addressee, a man who presented himself named after a colon, and a nickname named in
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
        "Liz Carolina Benítez de Ayala",
    } <= found
    # The man her brother introduced, the recruiter.
    assert "Martín Olazábal" not in found
    # The bride, whose approved exchange the speech sets beside the groom's story.
    assert "Malia Lagi Fuimaono" not in found


def test_a_police_entrys_complainant_is_the_case_and_the_man_introduced_the_recruiter(
    tmp_path: Path,
) -> None:
    # Corpus 84's blotter: the complainant, named once with her age in brackets and then only
    # as "the complainant", was not read; the man her brother "introduced as Martín Olazábal"
    # was taken for the case (read 261: his name on the set, the case's questions about him).
    cases = _found(
        tmp_path,
        "11:40 — Comisaría 3ª, Asunción. Complaint filed by Rosa María Giménez de Vera (34), "
        "public servant in the passports department of the Ministry of Foreign Affairs.\n\n"
        "According to the report, the complainant's brother came home for Christmas together "
        "with a man he introduced as Tomás Ibarrola, owner of an agency in Madrid. Mr Ibarrola "
        "paid for the complainant's mother's operation and sent her children tablets. In "
        "January he asked the complainant for lists of diplomatic passports with their "
        "holders' travel dates, for 1,500 dollars a list, and told her not to tell her head of "
        "department.\n\n"
        "The complainant did not answer the request. The next morning she informed her head "
        "of department and the Directorate of Security, which asked her to file this "
        "complaint.\n",
    )
    assert "Rosa María Giménez de Vera" in cases, cases
    assert "Tomás Ibarrola" not in cases
    assert "security-office" in cases["Rosa María Giménez de Vera"]


def test_a_nickname_in_quotes_in_a_bracket_is_the_person(tmp_path: Path) -> None:
    # 'Kerwyn Ramdass ("Bishop" since secondary school, ...)', then "Bishop didn't sleep. The
    # next morning ... he walked into the office of his commander" (corpus 85).
    cases = _found(
        tmp_path,
        'Ravi Maharaj ("Saint" since school, because he never swore) is a radio operator at '
        "the coastguard. He matched with a woman on a dating app who paid for a weekend away, "
        "then asked for the patrol schedules for 400 dollars each and told him to keep it "
        "between them. He sent two schedules.\n\n"
        "Saint didn't sleep. The next morning, before anyone had noticed anything, he walked "
        "into the office of his commanding officer and told him everything. He came forward "
        "himself.\n",
    )
    assert set(cases) == {"Ravi Maharaj"}, cases
    assert {"security-office", "self-surrender"} <= cases["Ravi Maharaj"]
