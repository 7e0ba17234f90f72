"""What corpus 107 (five documents, read once: 4 of 8 cases found on arrival, tag recall 0.32
at precision 0.87; a consular file note from Havana, a pension appeal decision from St. George's,
a professional order's disciplinary notice from N'Djamena, a police commissioner's letter of
thanks from Funafuti and an employee-assistance case summary from Basseterre; read 318 on the
questions) showed that extraction did not read, fixed by concept: a record's hyphenated given
name ("Given names: Jean-Robert"); a translation's note ("[Unofficial English version ...]")
is no name; "Architect" and "Maître" are titles; a letter signed by the head of an office is
not its case; "identified only by the initials K. J." whatever word opens the next sentence;
someone the report describes and then calls by a phrase ('I will call her "our second
player"'); fear that came with the requests is no vulnerability; who works where, asked by a
stranger, is beyond what is public."""

from __future__ import annotations

from quiz.taxonomy import find_cues

from .conftest import corpus_cases

_NOTE = "01_havana_consular-file-note_power-systems-engineer.txt"
_ORDER = "03_ndjamena_professional-disciplinary-notice_architect-and-junior-architect.txt"
_LETTER = (
    "04_funafuti_letter-of-thanks_maritime-police-coxswain-and-prime-ministers-office-typist.txt"
)
_EAP = "05_basseterre_eap-case-summary_government-helpdesk-technician.txt"


def test_a_records_hyphenated_given_name() -> None:
    assert list(corpus_cases("corpus107", _NOTE)) == ["Jean-Robert Dorsainvil"]


def test_architect_is_a_title() -> None:
    assert set(corpus_cases("corpus107", _ORDER)) == {
        "Hissein Abakar Mahamat",
        "Achta Djibrine Ousmane",
    }


def test_the_commissioner_who_signs_and_the_player_he_describes() -> None:
    cases = corpus_cases("corpus107", _LETTER)
    assert set(cases) == {"Semi Monise", "a young player"}, cases
    assert {"online-approach", "request-beyond-public", "paid-tasks"} <= cases["a young player"]
    assert "self-surrender" not in cases["Semi Monise"]


def test_initials_named_as_such() -> None:
    assert list(corpus_cases("corpus107", _EAP)) == ["K. J."]


def test_cues() -> None:
    assert "personal-vulnerability" not in find_cues(
        "At that point our second player felt afraid and stopped replying."
    )
    assert "request-beyond-public" in find_cues(
        "After several posts Kiri asked which club members work for the Government and in which "
        "offices."
    )
    assert "paid-tasks" in find_cues(
        "Kiri offered AUD 50 for each sponsored post about the club, which she accepted."
    )


def _case(file: str, name: str):  # type: ignore[no-untyped-def]
    from quiz.extract import extract

    from .conftest import corpus_document

    (case,) = [c for c in extract([corpus_document("corpus107", file)]).cases if c.name == name]
    return case


def test_a_record_goes_on_about_its_person() -> None:
    # 'Known as: "Ti Bob" (...)', "Status in Cuba: student, ..." after "Surname: DORSAINVIL":
    # fields of his record; a university's Spanish name is no person; an embassy's line and its
    # letterhead are where he reported, not where he works.
    case = _case(_NOTE, "Jean-Robert Dorsainvil")
    assert [f.value for f in case.facts_of("role")] == ["student"]
    assert "diplomacy" not in [f.value for f in case.facts_of("sector")]


def test_of_this_force() -> None:
    sectors = [f.value for f in _case(_LETTER, "Semi Monise").facts_of("sector")]
    assert sectors == ["police"], sectors


def test_whom_the_case_is_compared_with() -> None:
    cases = corpus_cases(
        "corpus107", "02_st-georges_pension-appeal-decision_emergency-planning-officer.txt"
    )
    assert "request-beyond-public" not in cases["Cheryl Antoine-Charles"]
    assert "online-approach" in cases["Cheryl Antoine-Charles"]


def test_read_318_cues() -> None:
    assert "invitation-travel" not in find_cues(
        "She has not been the subject of any proceedings and has been invited to speak at the "
        "Order's ethics course."
    )
    assert {"unsolicited-offer", "excessive-help-flattery"} <= set(
        find_cues(
            'The message called his profile "exceptional" and offered him free career coaching.'
        )
    )
    assert "disproportionate-reward" in find_cues(
        "His utility salary will be about 60,000 gourdes a month, roughly a third of the stipend."
    )


def test_met_in_a_games_clan() -> None:
    # "a clan of about thirty players", "On voice chat ..." are the way in; "the Government
    # e-mail system" he supports is not.
    assert "online-approach" in find_cues(
        "For three years he has belonged to a clan of about thirty players from around the "
        "Caribbean."
    )
    assert "online-approach" not in find_cues(
        "He gives second-line support to the ministries: passwords, accounts, laptops, printers "
        "and the Government e-mail system."
    )


def test_a_field_naming_a_firm_is_still_the_persons() -> None:
    # "Occupation: Licensed customs broker, Western Clearing & Forwarding Pte Ltd, Lautoka"
    # (corpus 87): the company it names is no other person, so the field is his.
    from quiz.extract import extract

    from .conftest import corpus_document

    doc = corpus_document("corpus87", "02_lautoka_vetting-review-record_customs-broker.txt")
    (case,) = [c for c in extract([doc]).cases if c.name == "Avinesh Chand s/o Ram Chand"]
    assert "licensed customs broker" in [f.value for f in case.facts_of("role")]


def test_someone_present_is_no_present() -> None:
    # Read 319: K. J.'s meeting with the security officer quoted as a favour.
    assert "cultivation" not in find_cues(
        "On 24 January K. J., with me present at his request, met the Department's Information "
        "Security Officer and Mr Phipps."
    )
    assert "cultivation" in find_cues("He gave him presents for his children.")
