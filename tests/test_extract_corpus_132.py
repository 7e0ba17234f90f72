"""What corpus 132 (five documents, read once on 79a1baa: 6 of 9 cases found on arrival, tag recall
0.43 at precision 0.89, read 419 46.3% usable; a satellite ground station's new-starter pack
from Kiruna, a pilgrim hostel's shift book from Ipiales, a year group secretary's letter from
Cape Coast, an exchange programme's evaluation from Doboj and a storytelling night's transcript
from Bengaluru) showed that extraction did not read, fixed so far: letters in quotes that
everyone calls the person ('Hanna-Kaisa Rensberg, "HK" to everyone on the second floor'). Not
yet: a shift book's entries each signed by their writer ("— Martha Lucía Guerrero Bastidas"
under her own "I"), and a storyteller known by her label in capitals ("FATHIMA ZEHRA: Hi. I'm
Fathima Zehra")."""

from __future__ import annotations

from .conftest import corpus_cases

_PACK = (
    "01_kiruna_new-starter-welcome-pack_pass-planning-engineer-and-antenna-field-electrician.txt"
)


def test_letters_everyone_calls_the_person() -> None:
    cases = corpus_cases("corpus132", _PACK)
    assert set(cases) == {"Hanna-Kaisa Rensberg", "Jouni Kalevi Pokka"}, cases
    assert {"covert-tradecraft", "threats-leverage", "self-surrender", "escalation"} <= cases[
        "Hanna-Kaisa Rensberg"
    ]
