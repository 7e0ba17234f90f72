"""What corpus 153 (five documents, read once on 8034bf3: 3 of 10 cases found on arrival, 2 by
exact name, tag recall 0.18 at precision 0.79; a lighthouse sector's keeper rota notes from
Lastovo, an oyster cooperative's work log from Zhanjiang, a golf club's committee minutes from
Nanyuki, a secure-shredding company's chain-of-custody exceptions report from Canberra and a
fish plant's weekly report from Mar del Plata) showed that extraction did not read, fixed by
concept: a degree apposed to a name ends no sentence and hides no job ("Ivana Šimunović-Kraljev,
dipl. ing., our AIS base-station technician"); a job at a club after a name is no club ("Mrs
Wanjiru Kamau-Ndegwa, the Club Starter, now suspended"), and "now suspended" is an outcome; a
nickname of two words that shares the person's name, read before the name it stands for, is
that person ("Lao Chen's team" before "Chen Guoliang, known to everyone as Lao Chen"); a name
only ever in quotation marks that nothing shows to be a person's owns no sentence (a fake
agency, "Galicia Mar Empleo", took the filleter's "She has been charged"); a visitor who "signed
in as" a name is a cover; telling the Caddie Master is a report; what the person was asked to
keep or moor near ("every naval vessel passing", "nearest the naval anchorage"), a police officer
who came along and a reward's giver are no workplace; and the cues of tips far beyond the fee
and debts paid "as a friend"."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_ROTA = "01_lastovo_keeper-rota-notes_lighthouse-keeper-and-ais-base-station-technician.txt"
_LOG = "02_zhanjiang_oyster-farm-work-log_oyster-farmer-and-livestream-seller.txt"
_MINUTES = "03_nanyuki_golf-club-committee-minutes_caddie-and-club-starter.txt"
_PLANT = (
    "05_mar-del-plata_weekly-plant-report_provisioning-sales-representative-and-fish-filleter.txt"
)


def _facts(file: str, kind: str) -> dict[str, list[str]]:
    return corpus_facts("corpus153", file, kind)


def test_a_degree_after_the_name() -> None:
    cases = corpus_cases("corpus153", _ROTA)
    assert set(cases) == {"Tonći Marinović", "Ivana Šimunović-Kraljev"}, cases
    assert "AIS base-station technician" in _facts(_ROTA, "role")["Ivana Šimunović-Kraljev"]
    # (Asked to keep a notebook of naval vessels: no navy of his.)
    assert "navy" not in _facts(_ROTA, "sector")["Tonći Marinović"]


def test_the_nickname_read_first_is_the_named_person() -> None:
    assert "Chen Guoliang" in corpus_cases("corpus153", _LOG)
    sectors = _facts(_LOG, "sector")["Chen Guoliang"]
    assert not {"police", "navy", "local government"} & set(sectors), sectors


def test_a_club_starter_and_a_caddie() -> None:
    cases = corpus_cases("corpus153", _MINUTES)
    assert set(cases) == {"Boniface Lekaada", "Wanjiru Kamau-Ndegwa"}, cases
    assert {"excessive-help-flattery", "disproportionate-reward"} <= cases["Boniface Lekaada"]


def test_a_fake_agency_in_quotes_owns_no_sentence() -> None:
    cases = corpus_cases("corpus153", _PLANT)
    assert set(cases) == {"Gustavo Adrián Ferreyra Olmos", "Rosa Elena Quiroga"}, cases
    roles = _facts(_PLANT, "role")
    assert "fish filleter" in roles["Rosa Elena Quiroga"], roles
    assert "provisioning sales representative" in roles["Gustavo Adrián Ferreyra Olmos"], roles
