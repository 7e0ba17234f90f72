"""The command line: ``quiz`` (the app), ``quiz extract``, ``generate``, ``validate``, ``coverage``.

Errors about input files are printed as one line each (``file:line: what is wrong``) on
standard error, with exit status 2 and no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quiz import __version__
from quiz.errors import InputError, one_line
from quiz.plaintext import count, trainee_name

if TYPE_CHECKING:
    from quiz.material import Material
    from quiz.models import QuestionSet

EXIT_PROBLEMS = 2


QUESTIONS_DEFAULT = "default: ./questions if there is one, else the bundled sets"
SEEDS_DEFAULT = "default: ./seeds if there is one, else the bundled material"


def _questions(given: Path | None) -> Path:
    from quiz.locations import questions_folder

    return questions_folder(given)


def _seeds(given: Path | None) -> Path:
    from quiz.locations import seeds_folder

    return seeds_folder(given)


def _command(commands, name: str, help: str) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    """A subcommand whose ``--help`` shows its one-line description too."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help, description=help)
    return parser


def _seeds_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--seeds", type=Path, default=None, metavar="DIR", help=f"{what} ({SEEDS_DEFAULT})"
    )


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``commands=False``: its options without the commands (the app's own,
    which are all a start of the app gives, read without building the rest)."""
    parser = argparse.ArgumentParser(
        prog="quiz",
        # (Without the commands: help is the whole parser's, and an error is left to it.)
        add_help=commands,
        exit_on_error=commands,
        description="Awareness training on espionage recruitment: grounded question sets "
        "from case material, and a terminal app to answer them. Without a command, opens the "
        "app. Question sets and case material are looked for in ./questions and ./seeds, "
        "else the bundled ones are used (docs/locations.md).",
    )
    parser.add_argument(
        "--version", action="version", version=f"quiz {__version__}", help="print the version"
    )
    parser.add_argument(
        "--questions",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"question sets to open in the app ({QUESTIONS_DEFAULT})",
    )
    parser.add_argument(
        "--seeds",
        dest="app_seeds",
        type=Path,
        default=None,
        metavar="DIR",
        help="case material for the app's case library (default: the seeds/ folder beside "
        "the question sets)",
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="score store (default: $QUIZ_DB, else scores.sqlite3 in the user data folder)",
    )
    parser.add_argument(
        "--trainee",
        default=None,
        metavar="NAME",
        help="your name for this run (default: the name remembered in the store, else asked)",
    )
    if not commands:
        return parser
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")

    extract = _command(
        subcommands, "extract", "read case documents: cases, facts and tags with their evidence"
    )
    extract.add_argument(
        "documents",
        nargs="+",
        type=Path,
        metavar="DOC",
        help="case documents (*.txt), or folders whose *.txt documents are read",
    )
    extract.add_argument(
        "--json", action="store_true", help="print JSON instead of a summary (default: summary)"
    )

    generate = _command(subcommands, "generate", "write question sets from the case material")
    _seeds_option(generate, "case material to generate from")
    generate.add_argument(
        "--out",
        type=Path,
        default=Path("questions"),
        metavar="DIR",
        help="folder to write the sets to; only sets quiz generated are replaced "
        "(default: ./questions)",
    )
    generate.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="N",
        help="random seed; same material and seed, same sets (default: 0)",
    )
    generate.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the sets in --out differ from what would be generated",
    )

    validate = _command(
        subcommands, "validate", "check question sets and case files (schema, ids, quotes, digests)"
    )
    validate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="set files, case files or folders (default: the question sets and the case "
        "files of --seeds)",
    )
    _seeds_option(validate, "case material the quotes are checked against")

    lint = _command(
        subcommands,
        "lint",
        "the quality gate: giveaways, distractors true of the case, duplicates, trivia, "
        "garbled quotes ... one line per finding",
    )
    lint.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help=f"question set files or folders ({QUESTIONS_DEFAULT})",
    )
    _seeds_option(lint, "case material, to check choices against each case")

    author = _command(
        subcommands,
        "author",
        "review the case material: accept or reject tags and questions, tag a passage, "
        "correct a fact, mark a passage garbled; decisions go to seeds/cases/",
    )
    author.add_argument(
        "case",
        nargs="?",
        default=None,
        metavar="CASE",
        help="the case to open first, by id (default: the first case)",
    )
    author.add_argument(
        "--seeds",
        type=Path,
        default=None,
        metavar="DIR",
        help="case material to review and write decisions to (default: ./seeds; the bundled "
        "material is read-only)",
    )
    author.add_argument(
        "--questions",
        dest="author_questions",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"generated question sets to review ({QUESTIONS_DEFAULT})",
    )

    coverage = _command(
        subcommands, "coverage", "per tag: how many cases show it and how many questions test it"
    )
    _seeds_option(coverage, "case material")
    coverage.add_argument(
        "--questions",
        dest="coverage_questions",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"question sets to count ({QUESTIONS_DEFAULT})",
    )
    coverage.add_argument(
        "--json", action="store_true", help="print JSON instead of a table (default: table)"
    )
    drill = _command(subcommands, "drill", "instructor-led drills: new, run, present")
    drill_commands = drill.add_subparsers(dest="drill_command", metavar="ACTION", required=True)
    new = _command(
        drill_commands,
        "new",
        "fix a drill's questions and rules; writes the drill and the instructor's key beside it",
    )
    new.add_argument(
        "--set",
        dest="set_id",
        required=True,
        metavar="SET",
        help="the question set, by id (required)",
    )
    new.add_argument(
        "--questions",
        dest="drill_questions",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"where the set is ({QUESTIONS_DEFAULT})",
    )
    new.add_argument(
        "--count",
        type=int,
        default=None,
        metavar="N",
        help="how many of the set's questions (default: all)",
    )
    new.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help="random seed for picking and ordering the questions (default: a random one, "
        "recorded in the drill)",
    )
    new.add_argument(
        "--time-limit",
        type=int,
        default=0,
        metavar="SECONDS",
        help="time allowed per question (default: 0, no limit)",
    )
    new.add_argument(
        "--pass-mark",
        type=int,
        default=None,
        metavar="PERCENT",
        help="score needed to pass (default: the set's pass mark)",
    )
    new.add_argument(
        "--feedback",
        choices=("deferred", "immediate"),
        default="deferred",
        help="show right and wrong after each question, or only at the end (default: deferred)",
    )
    new.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="DRILL.toml",
        help="the drill file to write; the key goes beside it as DRILL.key.toml (required)",
    )
    new.add_argument(
        "--force",
        action="store_true",
        help="replace an existing drill and its key (results collected for it will no longer "
        "match); default: refuse",
    )
    run = _command(drill_commands, "run", "take a drill in the app")
    run.add_argument("drill_file", type=Path, metavar="DRILL.toml", help="the drill to take")
    run.add_argument(
        "--trainee",
        dest="drill_trainee",
        default=None,
        metavar="NAME",
        help="the trainee's name (default: asked on the start screen)",
    )
    run.add_argument(
        "--results",
        type=Path,
        default=Path("results"),
        metavar="DIR",
        help="folder for the trainee's result file (default: ./results)",
    )
    present = _command(drill_commands, "present", "a large-text view for a projector")
    present.add_argument("drill_file", type=Path, metavar="DRILL.toml", help="the drill to show")
    present.add_argument(
        "--key",
        type=Path,
        default=None,
        metavar="KEY.toml",
        help="the instructor's key, to show the answers (default: none, answers hidden)",
    )

    report = _command(subcommands, "report", "grade drill results and write a report")
    report.add_argument(
        "result_files",
        nargs="*",
        type=Path,
        metavar="RESULT",
        help="trainees' result files (results/*.json); none if --db gives the answers",
    )
    report.add_argument(
        "--drill",
        dest="report_drill",
        type=Path,
        required=True,
        metavar="DRILL.toml",
        help="the drill the results are for (required)",
    )
    report.add_argument(
        "--key",
        dest="report_key",
        type=Path,
        default=None,
        metavar="KEY.toml",
        help="the instructor's key (default: DRILL.key.toml beside the drill)",
    )
    report.add_argument(
        "--db",
        dest="report_db",
        type=Path,
        default=None,
        metavar="PATH",
        help="also report the drill's answers kept in this score store (default: none)",
    )
    report.add_argument(
        "--format",
        dest="report_format",
        required=True,
        choices=("csv", "answers-csv", "json", "md", "html", "xapi"),
        help="the report's format (required; see docs/reports.md)",
    )
    report.add_argument(
        "-o",
        "--output",
        dest="report_output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the report file to write (required)",
    )

    bank = _command(subcommands, "bank", "question bank export for an LMS")
    bank_commands = bank.add_subparsers(dest="bank_command", metavar="ACTION", required=True)
    export = _command(bank_commands, "export", "export a set as GIFT or Moodle XML")
    export.add_argument("set_id", metavar="SET", help="the question set, by id")
    export.add_argument(
        "--questions",
        dest="bank_questions",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"where the set is ({QUESTIONS_DEFAULT})",
    )
    export.add_argument(
        "--format",
        dest="bank_format",
        required=True,
        choices=("gift", "moodle-xml"),
        help="the export format (required)",
    )
    export.add_argument(
        "-o",
        "--output",
        dest="bank_output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the file to write (required)",
    )

    history = _command(subcommands, "history", "a trainee's attempts, scores and trend")
    history.add_argument(
        "--trainee",
        dest="history_trainee",
        default=None,
        metavar="NAME",
        help="whose attempts (default: the trainee remembered in the store)",
    )
    history.add_argument(
        "--db",
        dest="history_db",
        type=Path,
        default=None,
        metavar="PATH",
        help="score store (default: $QUIZ_DB, else scores.sqlite3 in the user data folder)",
    )
    history.add_argument(
        "--json",
        action="store_true",
        help="every attempt with its answers, as JSON (default: a table)",
    )
    return parser


EXIT_BROKEN_PIPE = 141
"""The status a shell gives a command whose output pipe was closed (128 + SIGPIPE)."""


def _app_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments of a start of the app (no command, only the app's own options), read
    without building every command's parser: the app's start-up is measured in milliseconds.
    Anything else (a command, help, an error) is None: the whole parser reads it and says it
    as ever."""
    given = list(sys.argv[1:] if argv is None else argv)
    try:
        args, rest = build_parser(commands=False).parse_known_args(given)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    # A path or a name given in bytes that are not UTF-8 is printed escaped, never a crash.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    args = _app_arguments(argv) or build_parser().parse_args(argv)
    from quiz.errors import StoreError

    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "generate":
            return _generate(args)
        if args.command == "lint":
            return _lint(args)
        if args.command == "author":
            return _author(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "coverage":
            return _coverage(args)
        if args.command == "history":
            return _history(args)
        if args.command == "drill":
            return _drill(args)
        if args.command == "report":
            return _report(args)
        if args.command == "bank":
            return _bank(args)
        return _app(args)
    except InputError as err:
        print(f"quiz: {err}", file=sys.stderr)
        return EXIT_PROBLEMS
    except StoreError as err:
        print(f"quiz: {one_line(str(err))}", file=sys.stderr)
        return EXIT_PROBLEMS
    except BrokenPipeError:
        # The reader stopped reading (``quiz history --json | head``): stop quietly, as
        # other command-line tools do, with nothing more written to the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as err:
        # The last line of defence: every file is meant to be opened through quiz.files,
        # which names the file; an error that still gets here is said in one line too.
        from quiz.files import reason

        where = err.filename if err.filename is not None else "quiz"
        print(f"quiz: {where}: {reason(err)}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130


def _extract(args: argparse.Namespace) -> int:
    from quiz.documents import Document
    from quiz.extract import extract
    from quiz.material import document_paths
    from quiz.overview import extraction_json, extraction_summary

    paths: list[Path] = []
    for given in args.documents:
        # A path that cannot be looked up is not a folder here: reading it says what is wrong.
        if os.path.isdir(given):
            # A folder stands for its documents, as generate reads a seeds folder.
            found = document_paths(given)
            if not found:
                raise InputError(str(given), "no case documents (*.txt) in the folder")
            paths.extend(found)
        else:
            paths.append(given)
    documents = [Document.read(path) for path in paths]
    extraction = extract(documents)
    if args.json:
        json.dump(extraction_json(extraction), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(extraction_summary(extraction))
    return 0


def _generate(args: argparse.Namespace) -> int:
    from quiz.generate import generate
    from quiz.material import load_material
    from quiz.qformat import dumps_set

    material = load_material(_seeds(args.seeds))
    sets = generate(material, seed=args.seed)
    wanted = {f"{s.id}.toml": dumps_set(s) for s in sets}
    out: Path = args.out
    present, foreign = _generated_sets(out)
    if foreign:
        # Never overwrite or delete what quiz did not write: a project folder, seeds/ ...
        raise InputError(
            str(out),
            "holds TOML files that are not generated question sets ("
            + ", ".join(sorted(foreign)[:3])
            + (", ..." if len(foreign) > 3 else "")
            + "); give --out a folder of question sets or a new one",
        )
    if args.check:
        differ = sorted(
            name
            for name in wanted
            if name not in present or (out / name).read_text(encoding="utf-8") != wanted[name]
        )
        extra = sorted(present - set(wanted))
        for name in differ:
            print(f"{out / name}: differs from what would be generated", file=sys.stderr)
        for name in extra:
            print(f"{out / name}: would not be generated (left over)", file=sys.stderr)
        if differ or extra:
            print("quiz: questions are out of date; run 'quiz generate'", file=sys.stderr)
            return 1
        print(f"{len(wanted)} question sets up to date in {out}")
        return 0
    from quiz.files import make_folder, replace_all

    make_folder(out)

    changed = {
        name: text
        for name, text in wanted.items()
        if not (out / name).exists() or (out / name).read_text(encoding="utf-8") != text
    }
    replace_all(out, changed, remove=sorted(present - set(wanted)))
    for line in _document_report(material, sets):
        print(f"quiz: {line}", file=sys.stderr)
    _channels_notice(material.root)
    total = sum(len(s.questions) for s in sets)
    print(f"wrote {count(len(sets), 'question set')} ({count(total, 'question')} in all) to {out}")
    return 0


def _channels_notice(seeds: Path) -> None:
    """One line on standard error, from the commands an instructor uses to prepare training,
    as long as the questions teach the seed material's reporting channels."""
    from quiz.files import is_folder
    from quiz.locations import in_package
    from quiz.material import teaches_generic_channels, teaches_seed_channels

    try:
        if not is_folder(seeds):
            return
        if teaches_generic_channels(seeds):
            print(
                "quiz: note: the case material has no channels.toml, so the reporting channel "
                "taught is a generic one (your organisation's security office), and no hotline; "
                f"to teach yours, write them in {seeds / 'channels.toml'} and run 'quiz "
                "generate' (docs/channels.md)",
                file=sys.stderr,
            )
            return
        if not teaches_seed_channels(seeds):
            return
        bundled = in_package(seeds)
    except InputError:
        return  # a broken channels.toml is reported by the commands that read it
    how = (
        f"copy the case material ({seeds}) to a folder of yours, write your channels in its "
        "channels.toml and run 'quiz generate --seeds FOLDER'"
        if bundled
        else f"write yours in {seeds / 'channels.toml'} and run 'quiz generate'"
    )
    print(
        "quiz: note: the reporting channels taught are the seed material's (China's national "
        f"security hotline 12339 and organs), not your organisation's; to teach yours, {how} "
        "(docs/channels.md)",
        file=sys.stderr,
    )


def _generated_sets(folder: Path) -> tuple[set[str], list[str]]:
    """The ``*.toml`` files of a folder that quiz generated (a ``[set]`` table with its
    ``generator``), and the others."""
    from quiz.qformat import read_toml

    ours: set[str] = set()
    others: list[str] = []
    from quiz.files import folder_files, is_folder

    if not is_folder(folder):
        return ours, others

    for path in folder_files(folder, ".toml"):
        try:
            data, _text = read_toml(path)
        except InputError:
            others.append(path.name)
            continue
        table = data.get("set")
        generator = table.get("generator", "") if isinstance(table, dict) else ""
        if isinstance(generator, str) and generator.startswith("quiz "):
            ours.add(path.name)
        else:
            others.append(path.name)
    return ours, others


def _author(args: argparse.Namespace) -> int:
    from quiz.files import is_folder
    from quiz.locations import SEEDS, bundled_seeds
    from quiz.ui.author import build_author_app

    seeds = args.seeds if args.seeds is not None else Path(SEEDS)
    if args.seeds is None and not is_folder(seeds):
        # The author writes decisions into the material: never into the installed package.
        raise InputError(
            SEEDS,
            "no case material here to review; give --seeds DIR, or copy the bundled material "
            f"({bundled_seeds()}) to ./seeds and review your copy",
        )
    app = build_author_app(seeds, _questions(args.author_questions), args.case)
    app.run()
    return 0


def _lint(args: argparse.Namespace) -> int:
    from quiz.files import folder_files, is_folder, path_exists
    from quiz.lint import lint_paths
    from quiz.material import load_material
    from quiz.validate import check_set_file

    paths = list(args.paths) or [_questions(None)]
    for path in paths:
        if not path_exists(path):
            raise InputError(str(path), "no such file or folder")
    # A file that is not a valid set is refused as every other reader refuses it.
    for path in paths:
        for file in folder_files(path, ".toml") if is_folder(path) else [path]:
            problems = check_set_file(file, None)
            if problems:
                raise problems[0]
    seeds = _seeds(args.seeds)
    material = load_material(seeds) if is_folder(seeds) else None
    findings, checked = lint_paths(paths, material)
    for name, finding in findings:
        print(f"{name}: {finding}")
    if findings:
        print(f"quiz: {len(findings)} finding(s) in {checked} set(s)", file=sys.stderr)
        return 1
    print(f"{checked} set(s): no findings")
    return 0


def _document_report(material: Material, sets: Sequence[QuestionSet]) -> list[str]:
    """One line per document that gave no case, or cases with fewer than 8 questions."""
    from quiz.extract import why_no_case

    lines = []
    counts: dict[str, int] = {}
    for question_set in sets:
        if question_set.id.startswith("case-"):
            counts[question_set.id.removeprefix("case-")] = len(question_set.questions)
    for document in material.documents:
        cases = [c for c in material.extraction.cases if document.name in c.sources]
        if not cases:
            lines.append(f"{document.name}: no case, so no questions: {why_no_case(document)}")
            continue
        for case in cases:
            given = counts.get(case.id, 0)
            if given < MIN_QUESTIONS:
                lines.append(
                    f"{document.name}: the case of {case.name} gives {count(given, 'question')} "
                    f"(fewer than {MIN_QUESTIONS}): it shows "
                    f"{', '.join(sorted(case.tag_ids)) or 'no pattern'}"
                )
    return lines


MIN_QUESTIONS = 8
"""Fewer questions than this from a case are reported by ``quiz generate``."""


def _validate(args: argparse.Namespace) -> int:
    from quiz.files import path_exists
    from quiz.validate import validate_paths

    seeds = _seeds(args.seeds)
    paths = list(args.paths) or [p for p in (_questions(None), seeds / "cases") if path_exists(p)]
    problems, checked = validate_paths(paths, seeds)
    for problem in problems:
        print(str(problem), file=sys.stderr)
    if problems:
        print(f"quiz: {len(problems)} problem(s) in {checked} file(s)", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"{checked} file(s) valid")
    return 0


def _coverage(args: argparse.Namespace) -> int:
    from quiz.material import load_material
    from quiz.overview import coverage_table, coverage_text
    from quiz.validate import load_sets

    material = load_material(_seeds(args.seeds))
    sets = load_sets(_questions(args.coverage_questions))
    from quiz.authoring import decisions

    reviews = {c.file.case.id: decisions(c) for c in material.case_files}
    table = coverage_table(material.extraction, sets, reviews)
    if args.json:
        json.dump(table, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(coverage_text(table))
    return 0


def _history(args: argparse.Namespace) -> int:
    from quiz.files import path_exists
    from quiz.paths import default_db
    from quiz.session import TRAINEE_SETTING, spark
    from quiz.store import ScoreStore

    given = args.history_trainee or args.trainee
    if given:
        given = trainee_name(given, "--trainee")
    db = args.history_db or args.db or default_db()
    if not path_exists(db):
        raise InputError(str(db), "no score store here yet (take a quiz first, or give --db)")
    store = ScoreStore.open(db, read_only=True)
    try:
        trainee = given or store.setting(TRAINEE_SETTING)
        if not trainee:
            raise InputError(str(db), "no trainee named; give --trainee NAME")
        attempts = store.attempts(trainee)
    finally:
        store.close()
    if args.json:
        data = {"trainee": trainee, "attempts": [a.to_json() for a in attempts]}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from quiz.plaintext import printable

    print(f"{printable(trainee)}: {len(attempts)} attempt(s)")
    for attempt in attempts:
        state = ("pass" if attempt.passed else "not passed") if attempt.finished else "open"
        print(
            f"{attempt.started[:16].replace('T', ' ')}  {printable(attempt.set_title)[:40]:<40} "
            f"{attempt.right:>3}/{attempt.answered:<3} {attempt.percent:>3}%  {state}"
        )
    finished = [a.percent for a in attempts if a.finished]
    if finished:
        print(f"trend: {spark(finished)}")
    return 0


def _find_set(folder: Path, set_id: str):  # type: ignore[no-untyped-def]
    from quiz.validate import load_sets

    sets = load_sets(folder)
    found = next((s for s in sets if s.id == set_id), None)
    if found is None:
        known = ", ".join(s.id for s in sets)
        raise InputError(str(folder), f"no question set {set_id!r} (there are: {known})")
    return found


def _drill(args: argparse.Namespace) -> int:
    import secrets

    from quiz.drill import (
        MAX_SEED,
        MAX_TIME_LIMIT,
        dumps_drill,
        dumps_key,
        key_path,
        load_drill,
        new_drill,
        result_path,
        resume_point,
    )
    from quiz.files import (
        check_output,
        folder_files,
        path_exists,
        writable_folder,
        write_together,
    )

    if args.drill_command == "new":
        if args.seed is not None and not 0 <= args.seed <= MAX_SEED:
            raise InputError("--seed", f"a whole number from 0 to {MAX_SEED}")
        if not 0 <= args.time_limit <= MAX_TIME_LIMIT:
            raise InputError("--time-limit", f"from 0 (none) to {MAX_TIME_LIMIT} seconds")
        if args.count is not None and args.count < 1:
            raise InputError("--count", "must be at least 1")
        if args.pass_mark is not None and not 0 <= args.pass_mark <= 100:
            raise InputError("--pass-mark", "a percentage from 0 to 100")
        questions = _questions(args.drill_questions)
        question_set = _find_set(questions, args.set_id)
        seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
        pass_mark = args.pass_mark if args.pass_mark is not None else question_set.pass_mark
        drill, key = new_drill(
            question_set,
            count=args.count,
            seed=seed,
            time_limit=args.time_limit,
            pass_mark=pass_mark,
            feedback=args.feedback,
            secret=secrets.token_hex(16),
        )
        key_file = key_path(args.output)
        existing = [p for p in (args.output, key_file) if path_exists(p)]
        if existing and not args.force:
            raise InputError(
                str(existing[0]),
                "exists: a new drill would get a new secret and the results collected for this "
                "one would no longer match; choose another name, or --force",
            )
        sets = folder_files(questions, ".toml")
        for output in (args.output, key_file):
            check_output(output, sets)
        # Both are written before either is renamed into place, the key first: a trainee can
        # only take a drill whose key exists, and a failure leaves neither.
        write_together({key_file: dumps_key(key), args.output: dumps_drill(drill)})
        _channels_notice(questions.parent / "seeds")
        print(
            f"drill {drill.drill.id}: {count(len(drill.questions), 'question')}, {args.feedback} "
            f"feedback; give trainees {args.output}; keep {key_path(args.output)}"
        )
        return 0
    drill = load_drill(args.drill_file)
    if args.drill_command == "run":
        trainee = args.drill_trainee or args.trainee
        writable_folder(args.results)
        if trainee:
            # A finished or refused result is said before the screen is taken; one in
            # progress is taken up where the trainee stopped.
            trainee = trainee_name(trainee, "--trainee")
            resume_point(result_path(args.results, drill.drill.id, trainee), drill, trainee)
    from quiz.ui.drill import run_drill, run_presenter

    if args.drill_command == "run":
        return run_drill(drill, trainee, args.results, args.db)
    from quiz.drill import find_key, load_key

    answers = find_key(args.drill_file, args.key)  # the key beside the drill, as report does
    return run_presenter(drill, load_key(answers, drill) if answers is not None else None)


def _report(args: argparse.Namespace) -> int:
    from quiz.drill import Result, find_key, key_path, load_drill, load_key, read_result
    from quiz.files import check_output, write_atomic
    from quiz.report import (
        answers_csv,
        attempt_that_counts,
        conflict_line,
        grade,
        results_from_store,
        summary,
        to_csv,
        to_html,
        to_json,
        to_markdown,
        to_xapi,
    )

    # The output first: one that is an input, a folder or a device is refused before anything
    # is read.
    key_file = find_key(args.report_drill, args.report_key) or key_path(args.report_drill)
    check_output(
        args.report_output,
        [*args.result_files, args.report_drill, key_file, args.report_db],
    )
    drill = load_drill(args.report_drill)
    key = load_key(key_file, drill)
    refused = 0
    records: dict[str, list[Result]] = {}  # per trainee, result files first, then the store
    for path in args.result_files:
        try:
            result = read_result(path, drill)
        except InputError as err:
            print(f"quiz: {err}", file=sys.stderr)
            refused += 1
            continue
        if result.trainee in records:
            print(f"quiz: {path}: refused: a second result for {result.trainee!r}", file=sys.stderr)
            refused += 1
            continue
        records[result.trainee] = [result]
    if args.report_db is not None:
        from quiz.store import ScoreStore

        store = ScoreStore.open(args.report_db, read_only=True)
        try:
            answers = store.drill_answers(drill.drill.id)
        finally:
            store.close()
        for result in results_from_store(answers, drill):
            records.setdefault(result.trainee, []).append(result)
    # The same attempt counts from the files and from the store (docs/reports.md): the latest
    # finished one, else the latest; a trainee with other attempts is named on one line.
    graded = []
    for trainee_records in records.values():
        counted = attempt_that_counts(trainee_records)
        if counted.set_aside:
            print(f"quiz: {one_line(conflict_line(counted, drill))}", file=sys.stderr)
        graded.append(grade(counted.result, drill, key))
    if not graded:
        # Nothing to report: the previous report, if any, stays as it was.
        raise InputError(
            str(args.report_output),
            f"not written: no result to report ({refused} refused)"
            if refused
            else "not written: no result files given, and none in --db",
        )
    data = summary(graded, drill, key)
    fmt = args.report_format
    text = {
        "csv": lambda: to_csv(data),
        "answers-csv": lambda: answers_csv(graded),
        "json": lambda: to_json(data),
        "md": lambda: to_markdown(data),
        "html": lambda: to_html(data),
        "xapi": lambda: to_xapi(graded, drill, key),
    }[fmt]()
    write_atomic(args.report_output, text)
    print(f"{len(graded)} result(s) reported, {refused} refused: {args.report_output}")
    return EXIT_PROBLEMS if refused else 0


def _bank(args: argparse.Namespace) -> int:
    from quiz.bank import to_gift, to_moodle_xml
    from quiz.files import check_output, folder_files, write_atomic

    questions = _questions(args.bank_questions)
    question_set = _find_set(questions, args.set_id)
    check_output(args.bank_output, folder_files(questions, ".toml"))
    text = to_gift(question_set) if args.bank_format == "gift" else to_moodle_xml(question_set)
    write_atomic(args.bank_output, text)
    _channels_notice(questions.parent / "seeds")
    print(f"{count(len(question_set.questions), 'question')} written to {args.bank_output}")
    return 0


def _app(args: argparse.Namespace) -> int:
    from quiz.ui.app import run_app

    trainee = trainee_name(args.trainee, "--trainee") if args.trainee else None
    # With the case library's material when --seeds gives it.
    return run_app(_questions(args.questions), args.db, trainee, seeds=args.app_seeds)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
