"""The command line: argument parsing, and each headless command as one small function.

Errors are one plain sentence on stderr with a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from painlog import __version__
from painlog.app import diary_path
from painlog.domain.errors import ValidationError
from painlog.files import FileExistsRefusedError, FileWriteError
from painlog.storage.errors import DiaryError

if TYPE_CHECKING:
    from painlog.storage.lock import DiaryLock

EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_BUG = 70
REPLACE_HELP = "replace the file given with --out if it exists (default: refuse)"


class UsageError(Exception):
    """The command line itself is wrong (a bad option value)."""


class RefusedError(Exception):
    """The command was understood but cannot be done (a file that exists, an import with bad rows)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see 'painlog --help')")


def build_parser() -> argparse.ArgumentParser:
    db = _Parser(add_help=False)
    db.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the diary file (default: $PAINLOG_DB, else the per-user data folder)",
    )
    parser = _Parser(
        prog="painlog",
        description="A private daily pain diary. With no command, opens the app.",
        parents=[db],
    )
    parser.add_argument("--version", action="version", version=f"painlog {__version__}")
    parser.add_argument("--background", action="store_true",
                        help="open the app in the system tray, without its window (as started at log-in)")  # fmt: skip
    parser.set_defaults(run=_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", parents=[db], help="write a realistic demo diary")
    demo.add_argument("--days", type=_days, default=180, help="how many days (default 180)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same diary")
    demo.add_argument("--force", action="store_true", help="replace the entries of a non-empty diary")
    demo.set_defaults(run=_demo)

    check = commands.add_parser("check", parents=[db], help="check the diary's integrity and schema")
    check.set_defaults(run=_check)

    summary = commands.add_parser("summary", parents=[db], help="write the visit summary as a PDF")
    summary.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD",
                         help="first day (default: the last visit, else 30 days ago)")  # fmt: skip
    summary.add_argument("--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD", help="last day (default: today)")
    summary.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the PDF")
    summary.add_argument(
        "--procedure",
        type=int,
        metavar="ID",
        help="instead: one procedure diary's report (a block's sheet, follow-ups after an ablation)",
    )
    summary.add_argument("--trial", type=int, metavar="ID", help="instead: one stimulator trial's report")
    summary.add_argument("--force", action="store_true", help=REPLACE_HELP)
    summary.add_argument(
        "--language",
        choices=("en", "es"),
        help="the summary's language (default: the app's, as set in the diary or on this computer)",
    )
    summary.set_defaults(run=_summary)

    export = commands.add_parser("export", parents=[db], help="export the diary as CSV, JSON or FHIR")
    export.add_argument("--format", required=True, choices=("csv", "json", "fhir"))
    export.add_argument("--out", required=True, type=Path, metavar="PATH",
                        help="a file (json, fhir, csv ending in .zip) or a new folder (csv)")  # fmt: skip
    export.add_argument("--force", action="store_true", help=REPLACE_HELP)
    export.set_defaults(run=_export)

    imports = commands.add_parser("import", parents=[db], help="import painlog's own CSV or JSON export")
    imports.add_argument("file", type=Path, metavar="FILE", help="a .json export, or a CSV folder or .zip")
    imports.add_argument("--replace-existing", action="store_true",
                         help="replace days already in the diary (default: keep them)")  # fmt: skip
    imports.set_defaults(run=_import)

    backup = commands.add_parser("backup", parents=[db], help="write a consistent copy of the diary")
    backup.add_argument("--out", type=Path, metavar="FILE", help="default: the backups folder beside the diary")
    backup.add_argument("--force", action="store_true", help=REPLACE_HELP)
    backup.set_defaults(run=_backup)

    restore = commands.add_parser("restore", parents=[db], help="put a backup in place of the diary")
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="a backup file")
    restore.set_defaults(run=_restore)
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, not {text!r}") from None


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if not 1 <= days <= 36500:
        raise argparse.ArgumentTypeError(f"expected 1 to 36500 days, not {days}")
    return days


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return args.run(args)
    except UsageError as error:
        return _fail(str(error), EXIT_USAGE)
    except (DiaryError, ValidationError, RefusedError) as error:
        return _fail(str(error), EXIT_PROBLEM)
    except FileExistsRefusedError as error:
        return _fail(f"{str(error).rstrip('.')}, or add --force to replace it", EXIT_PROBLEM)
    except FileWriteError as error:  # files the person named: already one plain sentence
        return _fail(str(error), EXIT_PROBLEM)
    except OSError as error:  # any other file problem: its words, without an errno
        where = f"{error.filename}: " if error.filename else ""
        return _fail(f"painlog could not use {where}{(error.strerror or str(error)).lower()}", EXIT_PROBLEM)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the promise is: never a traceback
        return _fail(f"unexpected error ({type(error).__name__}: {error}); please report it", EXIT_BUG)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _was(n: int) -> str:
    return "was" if n == 1 else "were"


def _fail(message: str, code: int) -> int:
    print(f"painlog: {message.rstrip('.')}.", file=sys.stderr)
    return code


def _path(args: argparse.Namespace) -> Path:
    return diary_path(getattr(args, "db", None))


def _gui(args: argparse.Namespace) -> int:
    import os

    from painlog.app import run_gui

    headless = not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    if sys.platform.startswith("linux") and headless:
        raise RefusedError(
            "There is no screen to open the app on (DISPLAY is not set); the commands summary, export, import, "
            "backup, restore and check work without one"
        )
    return run_gui(_path(args), background=getattr(args, "background", False))


def _demo(args: argparse.Namespace) -> int:
    from painlog import demo
    from painlog.storage.diary import open_diary

    path = _path(args)
    with _holding_lock(path), open_diary(path) as diary:
        if not diary.is_empty():
            if not args.force:
                raise DiaryError(
                    f"The diary at {path} already has entries, so painlog demo left it alone. "
                    "Choose another file with --db, or add --force to replace its entries with demo data"
                )
            diary.clear()
        content = demo.generate(days=args.days, seed=args.seed)
        demo.write(diary, content)
    print(
        f"Wrote a {args.days}-day demo diary to {path}: "
        f"{_count(len(content.checkins), 'check-in')}, {_count(len(content.episodes), 'flare')}, "
        f"{_count(len(content.therapy.therapies), 'therapy', 'therapies')}, "
        f"{_count(len(content.therapy.visits), 'visit')}."
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from painlog.storage.check import check_diary

    path = _existing(args)
    report = check_diary(path)
    print(f"Diary: {path}")
    for line in report.findings:
        print(f"  {line}")
    for line in report.problems:
        print(f"  PROBLEM: {line}")
    if report.ok:
        print("No problems found.")
        return 0
    print(f"{_count(len(report.problems), 'problem')} found. Restore a backup, or keep this file for a repair.")
    return EXIT_PROBLEM


def _summary(args: argparse.Namespace) -> int:
    from painlog.report.pdf_file import write_summary_pdf
    from painlog.report.summary import default_period
    from painlog.storage.diary import open_diary

    path = _existing(args)
    from painlog.domain import clock

    today = clock.today()
    if args.procedure is not None or args.trial is not None:
        return _procedure_summary(args, path, today)
    with open_diary(path) as diary:
        start, end = default_period(diary.visits.all(), today)
        if args.start or args.end:
            end = args.end or today
            start = args.start or end - timedelta(days=29)
        if end > clock.latest_day():  # a day already begun somewhere (recorded before a flight west) is allowed
            raise UsageError(f"--to {end.isoformat()} is in the future; the summary can only cover days until today")
        if start > end:
            raise UsageError(f"--from {start.isoformat()} comes after --to {end.isoformat()}")
        pages = write_summary_pdf(diary, start, end, args.out, made=today, replace=args.force,
                                  language=_language(args, diary))  # fmt: skip
    print(
        f"Wrote the visit summary for {start.isoformat()} to {end.isoformat()} ({_count(pages, 'page')}) to {args.out}."
    )
    return 0


def _language(args: argparse.Namespace, diary) -> str:  # noqa: ANN001 - an open Diary
    """--language, else the language the app shows this diary in (its setting, else this computer's)."""
    from painlog.languages import LANGUAGE_KEY, resolve

    return args.language or resolve(diary.settings.get(LANGUAGE_KEY))


def _procedure_summary(args: argparse.Namespace, path: Path, today: date) -> int:
    """`summary --procedure ID` or `--trial ID`: that diary's one-page report."""
    from painlog.report.pdf_file import write_procedure_pdf
    from painlog.report.procedure_results import listing
    from painlog.storage.diary import open_diary

    if args.procedure is not None and args.trial is not None:
        raise UsageError("give --procedure or --trial, not both")
    if args.start or args.end:
        raise UsageError("a procedure's report covers the whole procedure diary; leave out --from and --to")
    with open_diary(path) as diary:
        try:
            pages, title = write_procedure_pdf(diary, args.out, made=today, procedure_id=args.procedure,
                                               trial_id=args.trial, replace=args.force,
                                               language=_language(args, diary))  # fmt: skip
        except LookupError:
            what = f"procedure {args.procedure}" if args.procedure is not None else f"trial {args.trial}"
            raise UsageError(f"this diary has no {what}; it has {listing(diary)}") from None
    print(f"Wrote the {title} ({_count(pages, 'page')}) to {args.out}.")
    return 0


def _holding_lock(path: Path) -> DiaryLock:
    """Commands that write take the diary's lock: they refuse while the app has the diary open (the sentence
    names it), and the app waits for them. Commands that only read need no lock."""
    from painlog.storage.lock import acquire

    return acquire(path)


def _existing(args: argparse.Namespace) -> Path:
    from painlog.storage.places import check_place

    path = _path(args)
    check_place(path)  # a link to a drive that is not plugged in says so
    if not path.exists():
        raise DiaryError(f"There is no diary at {path}")
    return path


def _export(args: argparse.Namespace) -> int:
    from painlog.session import DiarySession

    session = DiarySession(_existing(args))
    try:
        out = session.export(args.format, args.out, replace=args.force)
    finally:
        session.close()
    print(f"Exported the diary as {args.format.upper()} to {out}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from painlog.exchange.tabular import ImportFileError
    from painlog.session import DiarySession

    with _holding_lock(_path(args)):
        session = DiarySession(_path(args))
        try:
            report = session.apply_import(session.read_import(args.file), replace_days=args.replace_existing)
        except ImportFileError as error:
            for problem in error.problems[1:20]:
                print(f"  {problem}", file=sys.stderr)
            more = f" (and {len(error.problems) - 20} more)" if len(error.problems) > 20 else ""
            raise RefusedError(f"Nothing was imported: {error.problems[0]}{more}") from error
        finally:
            session.close()
    from painlog.storage.check import ROW_WORDS

    added = ", ".join(_count(n, *ROW_WORDS.get(table, (table.replace("_", " "),) * 2))
                      for table, n in report.added.items() if n) or "nothing new"  # fmt: skip
    kept, replaced, there = report.skipped_days, report.replaced_days, report.already_there
    kept_words = f"; {_count(kept, 'day')} already in the diary {_was(kept)} kept" if kept else ""
    replaced_words = f"; {_count(replaced, 'day')} {_was(replaced)} replaced" if replaced else ""
    same = f"; {_count(there, 'entry', 'entries')} {_was(there)} already in the diary" if there else ""
    print(f"Imported {added}{kept_words}{replaced_words}{same}.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from datetime import datetime

    from painlog.storage.backup_folder import make_backup
    from painlog.storage.consistent_copy import backup_to
    from painlog.storage.diary import open_diary

    with open_diary(_existing(args)) as diary:
        if args.out is None:
            out = make_backup(diary.conn, diary.path, datetime.now())
        else:
            out = backup_to(diary.conn, args.out, replace=args.force)
    print(f"Backed up the diary to {out}.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from datetime import datetime

    from painlog.storage.backup_folder import require_folder, restore
    from painlog.storage.diary import open_diary
    from painlog.storage.lock import refuse_if_in_use

    path = _path(args)
    if not args.backup.is_file():
        raise RefusedError(
            f"There is no backup file at {args.backup}, so nothing was restored; give the path of a backup file"
        )
    require_folder(path)  # before the lock, which would make it
    with _holding_lock(path):
        refuse_if_in_use(path)  # a program with an SQLite lock would go on writing to the diary moved aside
        aside = restore(path, args.backup, datetime.now())
        open_diary(path).close()  # brings an older backup up to this painlog's schema
    kept = f" The diary as it was before is kept as {aside}." if aside else ""
    print(f"Restored {args.backup.name} to {path}.{kept}")
    return 0
