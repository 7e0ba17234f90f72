"""The command line, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import CORPUS, QUESTIONS, ROOT, SEEDS
from .test_validate import run

DOCS = sorted(str(p) for p in SEEDS.glob("*.txt"))


def test_extract_json_has_documents_cases_tags_and_evidence() -> None:
    result = run("extract", "--json", *DOCS)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    texts = {d["path"]: Path(d["path"]).read_text(encoding="utf-8-sig") for d in data["documents"]}
    assert [d["path"] for d in data["documents"]] == DOCS
    assert all(len(d["sha256"]) == 64 for d in data["documents"])
    names = {c["name"] for c in data["cases"]}
    assert names == {"Chen Wei", "Zhao Xuejun", "Li", "Zhang Xiangbin", "Qiu Degui"}
    chen = next(c for c in data["cases"] if c["name"] == "Chen Wei")
    assert chen["sources"] == DOCS and chen["id"] == "chen-wei"
    evidence = [e for c in data["cases"] for t in c["tags"] for e in t["evidence"]]
    evidence += [e for d in data["documents"] for t in d["tags"] for e in t["evidence"]]
    evidence += [e for c in data["cases"] for f in c["facts"] for e in f["evidence"]]
    for item in evidence:
        assert texts[item["doc"]][item["start"] : item["end"]] == item["quote"]
    for case in data["cases"]:
        for tag in case["tags"]:
            assert set(tag) == {"id", "topic", "evidence"}


def test_extract_summary_is_readable() -> None:
    result = run("extract", *DOCS)
    assert result.returncode == 0
    assert "case chen-wei: Chen Wei" in result.stdout
    assert "outcome: life imprisonment (sentenced)" in result.stdout
    assert "5 case(s) in 2 document(s)" in result.stdout


def test_extract_on_an_unseen_document() -> None:
    result = run("extract", "--json", str(CORPUS / "latvia_energy.txt"))
    data = json.loads(result.stdout)
    assert [c["name"] for c in data["cases"]] == ["Andris Ozols"]


def test_extract_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Line one\nLine \xff two\n")
    result = run("extract", str(bad))
    assert result.returncode == 2
    assert result.stderr == f"quiz: {bad}:2: not UTF-8 text (byte 14)\n"
    missing = run("extract", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert missing.stderr == f"quiz: {tmp_path / 'nope.txt'}: No such file or directory\n"


def test_generate_check_passes_on_the_repository_and_fails_when_a_set_is_edited(
    tmp_path: Path,
) -> None:
    assert run("generate", "--check").returncode == 0
    out = tmp_path / "questions"
    shutil.copytree(QUESTIONS, out)
    assert run("generate", "--check", "--out", str(out)).returncode == 0
    edited = out / "reporting.toml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("12339", "12345"), "utf-8")
    result = run("generate", "--check", "--out", str(out))
    assert result.returncode == 1
    assert f"{edited}: differs from what would be generated" in result.stderr
    # A set quiz wrote that it would no longer write is a left-over ...
    (out / "old-set.toml").write_text(edited.read_text(encoding="utf-8"), "utf-8")
    assert (
        "old-set.toml: would not be generated"
        in run("generate", "--check", "--out", str(out)).stderr
    )
    # ... and a file quiz never wrote is not its business: refused, named, left alone.
    (out / "stray.toml").write_text("", encoding="utf-8")
    stray = run("generate", "--check", "--out", str(out))
    assert stray.returncode == 2 and "(stray.toml)" in stray.stderr


def test_generate_writes_the_sets_and_is_deterministic(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert run("generate", "--out", str(one), "--seed", "3").returncode == 0
    assert run("generate", "--out", str(two), "--seed", "3").returncode == 0
    files = sorted(p.name for p in one.glob("*.toml"))
    assert files == sorted(p.name for p in two.glob("*.toml"))
    assert "essentials.toml" in files and "case-chen-wei.toml" in files
    for name in files:
        assert (one / name).read_bytes() == (two / name).read_bytes()


def test_coverage_lists_uncovered_tags_honestly() -> None:
    result = run("coverage", "--json")
    assert result.returncode == 0
    table = json.loads(result.stdout)
    rows = {row["tag"]: row for row in table["tags"]}
    assert len(rows) == 28
    # Chen's weak will is no money trouble a contact relieved; the one passage that shows a
    # compromising relationship is garbled in translation; Zhao's contact abroad was only
    # "very friendly", no favour or present (his approach before returning home is asked).
    # (Li's placement, "planted as a staff member", is asked from the recruit's side.)
    assert table["untested"] == [
        "compromising-relationship",
        "excessive-help-flattery",
        "personal-vulnerability",
    ]
    assert rows["placement"]["questions"] > 0
    # The seed material shows no paid conference invitations and no covert devices; the case
    # files drop a recruit's own mailbox offer (secrecy pressure) and a court's confiscation
    # (unexplained money), read there by extraction from the wrong actor.
    assert set(table["uncovered"]) == {
        "invitation-travel",
        "covert-tradecraft",
        "secrecy-pressure",
        "unexplained-money",
    }
    assert rows["coercion"]["cases"] == ["chen-wei"] and rows["coercion"]["questions"] > 0
    text = run("coverage").stdout
    assert (
        "uncovered (the material does not show them): invitation-travel, covert-tradecraft, "
        "secrecy-pressure, unexplained-money" in text
    )


def test_the_app_refuses_a_bad_question_folder_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text("[set]\nid = \n", encoding="utf-8")
    result = run("--questions", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"quiz: {tmp_path / 'bad.toml'}:2: TOML syntax error")
    assert "Traceback" not in result.stderr


def test_history_on_the_command_line(tmp_path: Path) -> None:
    from quiz.session import Session
    from quiz.store import ScoreStore
    from quiz.validate import load_sets

    db = tmp_path / "scores.sqlite3"
    sets = load_sets(QUESTIONS)
    session = Session(sets, ScoreStore.open(db), trainee="Ada")
    session.remember("Ada")
    question_set = next(s for s in sets if s.id == "case-li")
    attempt_run = session.start(question_set)
    while not attempt_run.done:
        session.answer(attempt_run, list(attempt_run.question.answer), elapsed_ms=10)
        session.advance(attempt_run)
    result = run("history", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Ada: 1 attempt(s)" in result.stdout and "100%  pass" in result.stdout
    assert "trend: █" in result.stdout
    data = json.loads(run("history", "--db", str(db), "--trainee", "Ada", "--json").stdout)
    attempt = data["attempts"][0]
    assert attempt["set"] == "case-li" and attempt["percent"] == 100
    assert len(attempt["answers"]) == len(question_set.questions)
    assert attempt["answers"][0]["question"] == question_set.questions[0].id
    missing = run("history", "--db", str(tmp_path / "none.sqlite3"))
    assert missing.returncode == 2
    assert "no score store here yet" in missing.stderr


def test_generate_names_a_document_without_a_case_and_a_thin_case(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "advice.txt").write_text(
        "Officials urged staff to report suspicious contacts to their security office. "
        "A spokesman said vigilance was everyone's duty.\n",
        encoding="utf-8",
    )
    # A case with one fact: convicted, and nothing about how he was approached.
    (seeds / "thin.txt").write_text(
        "Clerk jailed\n\nMarek Tanski, a port clerk, was arrested in 2021. Tanski was convicted "
        "of espionage and sentenced to four years in prison.\n",
        encoding="utf-8",
    )
    result = run("generate", "--seeds", str(seeds), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert any(line.startswith("quiz: advice.txt: no case, so no questions: ") for line in lines), (
        lines
    )
    assert any(
        re.search(r"the case of Marek Tanski gives \d questions? \(fewer than 8\)", line)
        for line in lines
    ), lines


def test_generate_never_overwrites_or_deletes_what_it_did_not_write(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text('[project]\nname = "mine"\n', encoding="utf-8")
    result = run("generate", "--seeds", str(SEEDS), "--out", str(project))
    assert result.returncode == 2
    assert "not generated question sets (pyproject.toml)" in result.stderr
    assert (project / "pyproject.toml").read_text(encoding="utf-8") == '[project]\nname = "mine"\n'
    assert sorted(p.name for p in project.iterdir()) == ["pyproject.toml"]
    # A folder of generated sets: a set it no longer writes is removed, nothing else.
    out = tmp_path / "sets"
    assert run("generate", "--seeds", str(SEEDS), "--out", str(out)).returncode == 0
    stale = out / "case-old.toml"
    stale.write_text(
        (out / "case-li.toml").read_text(encoding="utf-8").replace('id = "case-li"', 'id = "x"'),
        encoding="utf-8",
    )
    assert run("generate", "--seeds", str(SEEDS), "--out", str(out)).returncode == 0
    assert not stale.exists()


def test_an_output_that_is_an_input_or_not_a_plain_file_is_refused(tmp_path: Path) -> None:
    import os

    sets = tmp_path / "questions"
    shutil.copytree(QUESTIONS, sets)
    before = (sets / "essentials.toml").read_bytes()
    # -o naming one of the inputs: the set being exported.
    result = run(
        "bank",
        "export",
        "essentials",
        "--questions",
        str(sets),
        "--format",
        "gift",
        "-o",
        str(sets / "essentials.toml"),
    )
    assert result.returncode == 2 and "is an input of this command" in result.stderr
    assert (sets / "essentials.toml").read_bytes() == before
    # A symbolic link, and something that is not a regular file.
    target = tmp_path / "kept.txt"
    target.write_text("mine", encoding="utf-8")
    link = tmp_path / "link.gift"
    os.symlink(target, link)
    linked = run("bank", "export", "essentials", "--format", "gift", "-o", str(link))
    assert linked.returncode == 2 and "symbolic link" in linked.stderr
    assert target.read_text(encoding="utf-8") == "mine" and link.is_symlink()
    fifo = tmp_path / "pipe.gift"
    os.mkfifo(fifo)
    special = run("bank", "export", "essentials", "--format", "gift", "-o", str(fifo))
    assert special.returncode == 2 and "not a regular file" in special.stderr
    assert fifo.exists() and not fifo.is_file()


def test_a_report_written_over_the_drill_key_is_refused(tmp_path: Path) -> None:
    drill = tmp_path / "d.toml"
    made = run(
        "drill", "new", "--set", "essentials", "--count", "3", "--seed", "1", "-o", str(drill)
    )
    assert made.returncode == 0, made.stderr
    key = tmp_path / "d.key.toml"
    before = key.read_bytes()
    result = run("report", "--drill", str(drill), "--format", "csv", "-o", str(key))
    assert result.returncode == 2 and "is an input of this command" in result.stderr
    assert key.read_bytes() == before


def test_a_case_id_that_is_not_a_slug_is_refused(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "cases" / "evil.toml").write_text('[case]\nid = "../../../../x"\nname = "X"\n')
    result = run("generate", "--seeds", str(seeds), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "is not an id" in result.stderr
    assert "cases/evil.toml:2:" in result.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "x").exists()


def test_a_new_drill_never_replaces_an_existing_one_without_force(tmp_path: Path) -> None:
    drill = tmp_path / "d.toml"
    args = ("drill", "new", "--set", "essentials", "--count", "3", "--seed", "1", "-o", str(drill))
    assert run(*args).returncode == 0
    before = (drill.read_bytes(), (tmp_path / "d.key.toml").read_bytes())
    again = run(*args)
    assert again.returncode == 2 and "exists" in again.stderr and "--force" in again.stderr
    assert (drill.read_bytes(), (tmp_path / "d.key.toml").read_bytes()) == before
    assert run(*args, "--force").returncode == 0


def test_a_fifo_or_a_symlink_loop_named_toml_is_an_error_in_every_command(tmp_path: Path) -> None:
    import os

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    sets = tmp_path / "questions"
    shutil.copytree(QUESTIONS, sets)
    os.mkfifo(sets / "pipe.toml")
    for args in (
        ("validate", str(sets)),
        ("lint", str(sets)),
        (
            "bank",
            "export",
            "essentials",
            "--questions",
            str(sets),
            "--format",
            "gift",
            "-o",
            str(tmp_path / "e.gift"),
        ),
    ):
        result = run(*args, "--seeds", str(seeds)) if args[0] != "bank" else run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert (
            "pipe.toml: is not a regular file" in result.stderr and "Traceback" not in result.stderr
        )
    loop = seeds / "cases" / "loop.toml"
    os.symlink(loop, loop)
    for args in (("generate", "--out", str(tmp_path / "out")), ("coverage",), ("validate",)):
        result = run(*args, "--seeds", str(seeds))
        assert result.returncode == 2, (args, result.stderr)
        assert "loop.toml: cannot be read" in result.stderr
    assert not (tmp_path / "out").exists()


def test_history_and_reports_never_create_or_migrate_a_store(tmp_path: Path) -> None:
    typo = tmp_path / "scors.sqlite3"
    result = run("history", "--db", str(typo), "--trainee", "Ana")
    assert result.returncode == 2 and not typo.exists()
    drill = tmp_path / "d.toml"
    assert (
        run("drill", "new", "--set", "essentials", "--count", "3", "-o", str(drill)).returncode == 0
    )
    report = run(
        "report",
        "--drill",
        str(drill),
        "--db",
        str(typo),
        "--format",
        "csv",
        "-o",
        str(tmp_path / "r.csv"),
    )
    assert report.returncode == 2 and "no score store here" in report.stderr
    assert not typo.exists()


def test_generate_cleans_up_what_a_killed_run_left(tmp_path: Path) -> None:
    out = tmp_path / "sets"
    assert run("generate", "--seeds", str(SEEDS), "--out", str(out)).returncode == 0
    leftover = out / ".essentials.toml.abc123.tmp"
    leftover.write_text("half a set", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.glob("*.toml")}
    assert run("generate", "--seeds", str(SEEDS), "--out", str(out)).returncode == 0
    assert not leftover.exists()
    assert {p.name: p.read_bytes() for p in out.glob("*.toml")} == before


def test_a_device_given_as_an_input_is_refused_not_read_for_ever(tmp_path: Path) -> None:
    for args in (("extract", "/dev/zero"), ("validate", "/dev/zero")):
        result = run(*args)
        assert result.returncode == 2, args
        assert "/dev/zero: is not a regular file" in result.stderr
    drill = tmp_path / "d.toml"
    assert (
        run("drill", "new", "--set", "essentials", "--count", "3", "-o", str(drill)).returncode == 0
    )
    report = run(
        "report",
        "/dev/zero",
        "--drill",
        str(drill),
        "--format",
        "csv",
        "-o",
        str(tmp_path / "r.csv"),
    )
    assert "/dev/zero" in report.stderr and "Traceback" not in report.stderr


def test_output_into_a_pipe_closed_early_stops_quietly() -> None:
    # `quiz extract --json ... | head -1`: the reader goes away after one line, while the
    # output (over 64 KB, more than a pipe holds) is still being written.
    documents = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    process = subprocess.Popen(
        [sys.executable, "-m", "quiz", "extract", "--json", *documents],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(1)
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) in (0, 141)
    assert error == "", error
