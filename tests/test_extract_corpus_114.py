"""What corpus 114 (five documents, read once: 6 of 10 cases found on arrival, tag recall 0.36 at
precision 0.76; an apprenticeship board's warning letter from Puerto Williams, a radio amateur
club's newsletter from Kisumu, a translated disciplinary ruling from Chania, a ferry company's
crew notice from Wakkanai and a water utility's incident log from Salalah; read 340 on the
questions) showed that extraction did not read, fixed by concept: a log's or a crew list's job
before a name ("Purser Hasegawa Yui", "Operator P. Anil Kumar") is a title; a recruitment firm
("Gulf Careers") is nobody; "The second case began in Punta Arenas and ended badly" announces
whom the next sentence names; a ruling's caption ("In the matter of the employee: / KALAITZAKIS
Emmanouil of Georgios, born 1987 ...") names the party it then calls "the accused"."""

from __future__ import annotations

from .conftest import corpus_cases

_LETTER = "01_puerto-williams_apprenticeship-board-warning-letter_marine-diesel-apprentice.txt"
_NOTICE = "04_wakkanai_ferry-crew-notice_ferry-purser.txt"
_LOG = "05_salalah_water-utility-incident-log_pumping-station-operator.txt"


def test_a_case_announced_the_sentence_before() -> None:
    cases = corpus_cases("corpus114", _LETTER)
    assert set(cases) == {"Matías Ignacio Calderón Yefi", "Bastián Andrés Ojeda Paillacar"}, cases


def test_a_job_written_before_a_name_is_its_title() -> None:
    assert set(corpus_cases("corpus114", _NOTICE)) == {"Hasegawa Yui", "Kudo Takumi"}
    # (Not "Gulf Careers", the recruiter's firm.)
    assert set(corpus_cases("corpus114", _LOG)) == {
        "Salim bin Said bin Ali Al-Mashani",
        "P. Anil Kumar",
    }


def test_a_rulings_party_named_under_its_caption() -> None:
    cases = corpus_cases(
        "corpus114", "03_chania_translated-disciplinary-ruling_cadastral-mapping-technician.txt"
    )
    assert set(cases) == {"KALAITZAKIS Emmanouil", "Eleni Vlachou-Daskalaki"}, cases
    # (The accused's months of favours and escalating requests are his, not hers.)
    assert "escalation" not in cases["Eleni Vlachou-Daskalaki"]
