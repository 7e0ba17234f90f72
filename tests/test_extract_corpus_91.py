"""What corpus 91 (five documents, read once: no case of 10 found on arrival, tag recall 0.00;
a national-security investigator's ruling declining to prosecute, a plane-spotters' club's
ethics committee decision, an airport handler's nonconformity report, a savings mutual's note to
a credit file and an exported e-mail thread; read 281: 3 questions in all, none usable as it
stood, no wrong key, the recruiter taken for the case) showed that extraction did not read, fixed
by concept: a text hard-wrapped at a fixed width, each line end inside a paragraph read as the
space it stands for (every document was); a name written surname first in capitals with the
given name and patronymic ("NAZAROV Farrukh Ilhomovich"), whose given names are no one else's
name, and whose initials and surname ("F. I. Nazarov", "Mirzoev A. B.") are that person; a
patronymic says a person; the subject after a clause that tells of a report is not whom it went
to; a nickname in brackets after a name never runs over a line break; evidence passed on
("sent screenshots to", "showed the message to") is a report; a load control agent is a trade,
not an investigator, and "Sr." a personal title; a name in a bracketed aside is not whom the
sentence and its "he" are about; a given name joined by a hyphen ("Jean-Claude") in a name in
capitals; who introduced himself "as representing" a company, who "said she worked as an
assistant" in quotes, and a role apposed in quotes are covers; stopped near a quay with the
photographs, a pass withdrawn and a written warning are outcomes; a register's surname-first
form of a name in another spelling ("Məmmədov Elvin Rasim oğlu") is the e-mails' "Elvin
Mammadov". After read 282: another employee's offer and report are not the case's; a forum's
private message and a first message on a social network (with a move to a messenger after it)
are an online approach; a "trust line" is a hotline, coming "of his own will" is coming forward,
"more than Nazarov's monthly pay" is a reward out of proportion, "your chief would find it
interesting" a threat; the law's offer to "a person drawn into cooperation ... who voluntarily
reports" is no one's coming forward; a rule of dashes is never joined to a line."""

from __future__ import annotations

from pathlib import Path

from quiz.documents import Document, unwrapped

from .test_extract_corpus_76 import _found
from .test_extract_corpus_89 import _people


def _wrap(paragraphs: list[str], width: int = 72) -> str:
    """Paragraphs broken into lines of at most ``width`` characters, as a fixed-width export
    writes them."""
    import textwrap

    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def test_a_hard_wrapped_texts_line_ends_are_spaces_at_the_same_offsets() -> None:
    text = _wrap(
        [
            "1. In October a cousin working abroad sent money for the baby and said a friend "
            "with a freight firm would pay well for advice about the border post.",
            "2. The friend at first asked only what the post's notice board shows, then for "
            "the weekly shift rota and a couple of pictures from the scanner.",
        ]
    )
    assert text.count("\n") > 4
    read = unwrapped(text)
    assert len(read) == len(text)
    # Paragraphs stay apart; the lines of each are one run of text.
    assert read.count("\n\n") == 1 and read.rstrip("\n").count("\n") == 2
    document = Document.from_bytes("ruling.txt", text.encode())
    sentences = [document.sentence_text(s) for s in document.sentences]
    assert any(s.startswith("The friend at first asked only") for s in sentences), sentences
    assert any(s.endswith("pictures from the scanner.") for s in sentences), sentences


def test_a_text_written_a_paragraph_to_a_line_is_read_as_it_is() -> None:
    text = (
        "NCR No.:            SID-2024-031\n"
        "Raised by:          Ivone da Cruz Semedo, Quality Manager\n\n"
        "The export was done with the user account of a load control agent, who was not on "
        "shift that night and whose exports were forty times the average of his colleagues.\n"
        "- export limited to the duty supervisor\n"
        "- an alert when anyone exports more than fifteen documents\n"
    )
    assert unwrapped(text) == text


def test_list_items_fields_and_messages_keep_their_own_lines() -> None:
    lines = [
        "Please watch for the following, which our members have seen this spring and which",
        "you should tell the committee chair about on the same day that they happen to you:",
        " - a new contact who writes to you privately soon after joining, with a lot of",
        "   praise and a generous offer for photographs of what is inside the fence lines;",
        " - prices far above what any magazine pays, expensive gifts and advances paid to",
        "   you before you have sent anything at all, which no honest buyer ever offers;",
        "Date raised:        5 July 2024, by the quality manager of the station at Sal,",
        "[27/01/2025, 21:58] Umm Yazan: Two weeks ago I saw a page that offered money for",
        "a survey of cleaners' pay, and I answered it because the money was good for us.",
    ]
    read = unwrapped("\n".join(lines) + "\n").split("\n")
    assert any(line.startswith(" - prices far above") for line in read), read
    assert any(line.startswith("Date raised:") for line in read), read
    assert any(line.startswith("[27/01/2025, 21:58]") for line in read), read
    # A wrapped item's second line is the item's.
    assert any(line.endswith("what is inside the fence lines;") for line in read), read


_RULING = _wrap(
    [
        "Senior Investigator, Major of Justice SHARIPOV Umed Rustamovich, having examined the "
        "statement of the citizen NAZAROV Farrukh Ilhomovich,",
        "1. NAZAROV Farrukh Ilhomovich, born 1991, has served since 2016 as an inspector of a "
        "road customs post. In that post F. I. Nazarov sees the weekly shift rota.",
        "3. A contact of his wife's cousin asked Nazarov at first only what any carrier may read "
        "on the notice board, then for the weekly shift rota. On 28 December Nazarov "
        "photographed the rota and sent it. He was paid USD 300, more than his monthly pay.",
        "5. On 18 February Nazarov telephoned the trust line of the State Committee, and on 19 "
        "February he came to the Directorate of his own will and handed over his phone.",
        "4. Later the contact told Nazarov to say nothing to his chief. When Nazarov refused to "
        'go on, the contact answered that "the rota with your handwriting is already with us, '
        'and your chief would find it interesting".',
        "7. Inspector RAHIMOVA Dilnoza Saidovna, of the same post, explained that she received "
        "on the social network Odnoklassniki a message from an unknown account offering USD 500 "
        "a month, asking her to move to a private messenger. She did not reply. The "
        "same day she showed the message to the chief of the post, Mirzoev A. B., who passed "
        "it to the Directorate.",
    ],
    width=90,
)


def test_a_name_in_capitals_with_its_patronymic_is_one_person_however_shortened(
    tmp_path: Path,
) -> None:
    people = _people(tmp_path, _RULING)
    assert "NAZAROV Farrukh Ilhomovich" in people, sorted(people)
    # Neither its given names nor its initials are someone else.
    assert "Farrukh Ilhomovich" not in people and "F. I. Nazarov" not in people, sorted(people)
    cases = _found(tmp_path, _RULING)
    assert "NAZAROV Farrukh Ilhomovich" in cases, cases
    # Paid more than his monthly pay, threatened with his chief, rang the service's trust line
    # and came to it of his own will.
    for tag in ("disproportionate-reward", "threats-leverage", "hotline", "self-surrender"):
        assert tag in cases["NAZAROV Farrukh Ilhomovich"], tag


def test_a_patronymic_says_a_person(tmp_path: Path) -> None:
    # Named once, then "she": the name with a patronymic is a person, who was approached and
    # reported.
    cases = _found(tmp_path, _RULING)
    assert "RAHIMOVA Dilnoza Saidovna" in cases, cases
    # The first message came on a social network; the move to a private messenger came with it.
    assert "online-approach" in cases["RAHIMOVA Dilnoza Saidovna"]
    assert not any("SHARIPOV" in name or "Mirzoev" in name for name in cases), cases


_CLUB = (
    "Present: Ing. Pavol Šimko (chair of the committee), Mgr. Jana Kováčová (secretary).\n\n"
    "2. Complaint concerning member Rudolf Kmeť\n"
    "Rudolf Kmeť has been a member since 2015. He works for a vending company that services "
    "the machines at the air base, which gives him a pass to the hangars.\n\n"
    'A forum user who called himself "Jens" bought his fence photos at 40 euros each, then '
    "asked for photos of the maintenance board inside the hangar and paid 250 euros a set. "
    "Rudo took about 160 photographs inside the base buildings.\n\n"
    "On 23 May, two days after the club passed the report described under item 3 to the base, "
    "Rudo was stopped at the base gate; his phone was taken. Criminal proceedings are under "
    "way.\n\n"
    "3. Report of member Tomáš Baláž\n"
    'Tomáš Baláž ("Tomi"), a student and a member since 2022, received a private message '
    "from the same user, who offered 300 euros per order for photos from inside the fence. "
    "Tomi found three things wrong. He sent screenshots to Ing. Šimko the same evening. "
    "Ing. Šimko passed them the next morning to the base security section.\n"
)


def test_the_subject_after_a_clause_that_tells_of_a_report_is_not_whom_it_went_to(
    tmp_path: Path,
) -> None:
    # "two days after the club passed the report ... to the base, Rudo was stopped at the base
    # gate": Rudo was the one stopped, not the one the report went to.
    people = _people(tmp_path, _CLUB)
    assert not people["Rudolf Kmeť"].bench
    assert "Rudolf Kmeť" in _found(tmp_path, _CLUB)


def test_a_nickname_in_brackets_never_runs_over_a_line_break_and_screenshots_sent_are_a_report(
    tmp_path: Path,
) -> None:
    cases = _found(tmp_path, _CLUB)
    assert "Tomáš Baláž" in cases, cases
    # A forum's private message is a first contact made online.
    assert "online-approach" in cases["Tomáš Baláž"]
    assert "security-office" in cases["Tomáš Baláž"] or "report-early" in cases["Tomáš Baláž"]
    # The chair who passed the screenshots on reported nothing of his own.
    assert "Pavol Šimko" not in cases, cases


def test_a_load_control_agent_is_no_investigator_and_an_aside_is_not_the_subject(
    tmp_path: Path,
) -> None:
    cases = _found(
        tmp_path,
        "1. DESCRIPTION\n\n"
        "Flight documents were exported from the DCS and passed to an outside party. The "
        "export was done with the user account of a load control agent, Edmilson Fortes "
        'Tavares, known at the station as "Mizé".\n\n'
        "3.1 What happened. On the interview of 8 July (present: N. Delgado Rocha, HR officer "
        "Keila Mendes, and the agent's union delegate), Sr. Fortes Tavares stated the "
        "following.\n\n"
        "In March he answered an advertisement on a freelance website. A project lead offered "
        "him USD 40 per load sheet. He was told not to discuss the work with his employer. "
        "Between April and June he exported about 230 documents and was paid USD 8,000. He "
        "did not tell his supervisor. He now faces dismissal proceedings and was dismissed on "
        "1 August.\n",
    )
    assert "Edmilson Fortes Tavares" in cases, cases
    assert not any("Delgado" in name for name in cases), cases


def test_covers_in_a_credit_note_and_a_hyphenated_given_name_in_capitals(tmp_path: Path) -> None:
    text = (
        "Member:      ANDRIANARISOA Jean-Claude, sole proprietor, bakery\n\n"
        "At the trade fair M. Andrianarisoa was approached at his stand by a M. Lionel "
        'Mercier, who introduced himself as representing "Océan Indien Agro Partners Ltd". '
        "He offered to buy 40 % of the bakery. M. Mercier then asked for the daily loaf "
        "quantities delivered to the naval base.\n\n"
        "On 16 May the base security officer informed M. Andrianarisoa that the bakery's "
        'delivery driver, RAKOTOMALALA Fidy Herizo, known as "Fidy", had been stopped on 10 '
        "May near the quay with a phone holding three hundred photographs of the ships.\n\n"
        'Fidy had been befriended since March by a young woman, "Mlle Nirina", who said she '
        "worked as an assistant for M. Mercier's company. She paid his daughter's school fees "
        "and asked him for pictures of the quay. He was told to delete the chat after each "
        "sending. His pass has been withdrawn.\n"
    )
    people = _people(tmp_path, text)
    assert "ANDRIANARISOA Jean-Claude" in people, sorted(people)
    assert people["Lionel Mercier"].contact and people["Nirina"].contact
    cases = _found(tmp_path, text)
    assert "RAKOTOMALALA Fidy Herizo" in cases, cases
    assert "Lionel Mercier" not in cases and "Nirina" not in cases, cases


def test_a_registers_surname_first_spelling_is_the_e_mails_name(tmp_path: Path) -> None:
    text = (
        "From:    Farid Guliyev (Corporate Security Adviser)\n"
        "To:      Tural Aliyev\n"
        "Subject: summary of interview\n\n"
        "I met Elvin on 14 March (HR record: Məmmədov Elvin Rasim oğlu). He was open.\n\n"
        "- In Dubai, Dr Hale took him to dinner with a colleague, Mr Adrian Coyle, "
        '"head of benchmarking". They offered an "advisory retainer" of USD 3,000 a month.\n'
        "- Mr Coyle asked for inspection results and asked Elvin to write to him from his "
        "personal Gmail.\n"
        "- On 27 February Elvin exported one chart from our integrity database and sent it to "
        "Mr Coyle. He told nobody.\n\n"
        "Recommendation for HR: written warning, no dismissal.\n\n"
        "Elvin Mammadov answered the expense query himself.\n"
    )
    people = _people(tmp_path, text)
    assert people["Adrian Coyle"].contact
    elvins = [name for name in people if "Elvin" in name]
    assert elvins == ["Elvin Mammadov"], elvins


def test_another_employees_offer_and_report_are_not_the_cases(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "The export was done with the user account of a load control agent, Edmilson Fortes "
        "Tavares. Our procedures did not detect it; it came to light only because another "
        "employee reported a suspicious job offer.\n\n"
        "In March he answered an advertisement on an international freelance micro-task "
        "website. A project lead asked him for load sheets at USD 40 each. He exported about "
        "230 documents and was paid USD 8,000. He was dismissed on 1 August.\n",
    )
    tags = cases["Edmilson Fortes Tavares"]
    assert "online-approach" in tags
    assert not tags & {"unsolicited-offer", "security-office"}, tags


def test_the_laws_offer_to_anyone_drawn_in_is_not_this_persons_coming_forward(
    tmp_path: Path,
) -> None:
    cases = _found(
        tmp_path,
        "Inspector RAHIMOVA Dilnoza Saidovna received a message from an unknown account "
        "offering USD 500 a month. She did not reply. The same day she showed the message to "
        "the chief of the post.\n\n"
        "Under the note to the article on high treason, a person drawn into cooperation with a "
        "foreign special service who voluntarily reports it is released from liability.\n",
    )
    assert "self-surrender" not in cases["RAHIMOVA Dilnoza Saidovna"]


def test_a_rule_of_dashes_is_never_joined_to_a_line() -> None:
    rule = "-" * 72
    text = "\n".join(
        [
            _wrap(
                [
                    "Farid, please see below. I approved the trip because Elvin said it was a "
                    "known industry forum and his slides were the public poster, which anyone "
                    "could have read on the web. I had never heard of this Institute, and the "
                    "fee for a short talk is more than his monthly salary."
                ]
            ).rstrip("\n"),
            rule,
            "ANNEX FOR STAFF (added to the training copy by the internal security department",
            "of the Customs Service)",
        ]
    )
    read = unwrapped(text).split("\n")
    assert rule in read, read
    assert read[-1].startswith("ANNEX FOR STAFF") and read[-1].endswith("Customs Service)")
