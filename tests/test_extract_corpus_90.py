"""What corpus 90 (five documents, read once: 3 of 9 cases found on arrival, tag recall 0.18 at
precision 0.67, two officials taken for cases; a nursing council's fitness-to-practise
decision, a cleaning crew's exported WhatsApp group, a university mentoring note, a ministry's
performance review and a customs broker's compliance audit; read 278: 18% of its questions
usable as they stood, no wrong key, the wrong person as the case in 25 of 34) showed that
extraction did not read, fixed by concept: a regulator's party ("Registrant: Mrs Mutinta
Hamoonga", then "the Registrant"); a surname in capitals with two given names apposed ("a
declarant, HOUNKPATIN Codjo Euloge, employed since 2018") and the French "M." before it; who
sat in ("in the presence of the compliance officer") is no one the story tells of; a form's
field that holds initials ("Mentee: K.T."); an exported chat, whose messages are their
authors', and whose authors shown with a post ("Abu Khaled (Supervisor)") speak for the
organisation; "she sent me" told in the first person; "Ok" opening a message is no name."""

from __future__ import annotations

from pathlib import Path

from .test_extract_corpus_76 import _found
from .test_extract_corpus_89 import _people


def test_a_regulators_party_is_whom_the_registrant_means(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "DECISION ON FITNESS TO PRACTISE\n\n"
        "Registrant: Mrs Mutinta Hamoonga, Registered Nurse (Renal)\n"
        "Presenting Officer: Mr Mubanga Chilufya\n\n"
        "1.2 The Council received a referral from the Hospital's Director of Nursing Services, "
        "Mrs Esther Ng'andu, on 4 September 2024. The Registrant attended the hearing.\n\n"
        "3.2 In February a man who gave his name as Mr Stephen Lowe invited the Registrant to "
        "coffee and offered her a referral fee. He paid her K1,500 in cash.\n\n"
        "3.3 In March he offered her a place on a workshop in Chennai, flights and hotel paid. "
        "The Registrant was paid K4,000 more for her son's consultation.\n\n"
        "3.4 The Registrant photographed screens of the records system and sent the photographs "
        "to Mr Lowe. She was paid K3,000 for each update.\n\n"
        "3.7 In July she told Mr Lowe she wanted to stop. He replied that copies of her "
        'photographs "could easily reach the Hospital and the Council".\n',
    )
    assert "Mutinta Hamoonga" in cases, cases
    assert "Esther Ng'andu" not in cases


def test_a_surname_in_capitals_with_two_given_names_apposed(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Interviews were held with the Managing Director, M. Félicien HOUÉNOU, and the "
        "compliance officer, Mme Adjovi GBAGUIDI.\n\n"
        "3.1.1 The audit team found that the account of a declarant, HOUNKPATIN Codjo Euloge, "
        "employed since 2018, had exported 412 declaration files to a removable drive. M. "
        "HOUNKPATIN was interviewed the next day in the presence of the compliance officer.\n\n"
        "3.1.2 According to his statement, in February he answered an offer on an online "
        "freelance platform. In June the requests narrowed to the files of the defence forces. "
        "For these he was paid 150,000 FCFA per batch, more than his monthly salary. He was "
        "told the work must not be mentioned to his employer.\n\n"
        "3.1.5 The Company dismissed M. HOUNKPATIN on 7 October and reported the matter to the "
        "police.\n",
    )
    assert any("HOUNKPATIN" in name for name in cases), cases
    assert not any("GBAGUIDI" in name.upper() for name in cases), cases


def test_a_forms_field_that_holds_initials(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "SESSION NOTE\n\n"
        "Mentor: Dr Fiona Gallagher\n"
        "Mentee: K.T. (Master of Philosophy; international student)\n\n"
        "K.T. asked to talk about something else. In September a member of a rugby forum started "
        "private messages with him and offered A$400 a piece for short articles. He was paid "
        "twice. Before K.T. flew home, the man asked him to photograph his father's briefing "
        "papers for A$1,500. K.T. sent one itinerary. He then came forward himself and rang the "
        "National Security Hotline from my office, with Mr Hamish Doyle, the Research Security "
        "Adviser, present.\n",
    )
    assert "K.T." in cases, cases
    assert "Hamish Doyle" not in cases


_CHAT = (
    "WhatsApp Chat with Cleaning - Ministry Site\n\n"
    "[19/01/2025, 05:48] Abu Khaled (Supervisor): Good morning everyone. Bus leaves 6:15\n"
    "[19/01/2025, 05:51] Joy Night Shift: ok sir noted\n"
    "[22/01/2025, 17:03] Abu Khaled (Supervisor): Ok Rafiq, send medical report.\n"
    "[27/01/2025, 21:58] Umm Yazan: Two weeks ago I saw a page on Facebook, surveys for women, "
    "15 dinars each. I filled one. They sent 15 JD the same day.\n"
    "[27/01/2025, 21:59] Umm Yazan: Today the lady from the page, she sent me the second survey. "
    "She wants photos of the paper room on the 4th floor. She said don't tell your supervisor, "
    "and from now talk only on Telegram\n"
    "[27/01/2025, 22:00] Umm Yazan: I did not send anything. I don't like it\n"
    "[27/01/2025, 22:03] Abu Khaled (Supervisor): You did exactly right. I am sending them to "
    "Captain Omar at building security tonight\n"
)


def test_an_exported_chats_messages_are_their_authors(tmp_path: Path) -> None:
    cases = _found(tmp_path, _CHAT)
    assert "Umm Yazan" in cases, cases
    assert {"paid-tasks", "request-beyond-public"} <= cases["Umm Yazan"]
    people = _people(tmp_path, _CHAT)
    assert people["Abu Khaled"].bench  # shown with his post: he speaks for the company
    assert "Ok Rafiq" not in people
