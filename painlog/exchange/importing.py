"""Importing painlog's own JSON or CSV export: read, check every row, preview, then load all or nothing."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from painlog.domain import clock
from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.text import check_text
from painlog.domain.therapy import Regimen
from painlog.exchange.reading import is_zip, problem, read_file, read_folder, read_zip
from painlog.exchange.tabular import ImportFileError, read_csv, read_json
from painlog.storage import records
from painlog.storage.diary import Diary
from painlog.storage.failures import Phrase
from painlog.storage.tables import (
    Column,
    ImportRejectedError,
    LoadReport,
    Row,
    columns,
    existing_days,
    load,
    preview,
)

INTEGERS = range(-(2**63), 2**63)  # what SQLite stores as an INTEGER


@dataclass(frozen=True)
class ImportPlan:
    """What an import would add, shown to the person before anything is written."""

    source: Path
    tables: dict[str, list[Row]]
    days_already_there: tuple[str, ...]
    expected: LoadReport  # what loading would add (found by a rolled-back trial), days kept


def read_export(path: Path, diary: Diary) -> ImportPlan:
    """Read and check an export file; raises ImportFileError listing every problem (file, row, reason)."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ImportFileError([problem(QT_TR_NOOP("There is no file or folder at {path}"), path=path)])
    if not (path.is_file() or path.is_dir()):
        raise ImportFileError([problem(QT_TR_NOOP("{path} is neither a file nor a folder"), path=path)])
    schema = columns(diary.conn)
    try:
        if path.is_dir():
            tables = read_csv(path.name, read_folder(path), schema)
        elif is_zip(path):
            tables = read_csv(path.name, read_zip(path), schema)
        elif _is_json(path):
            tables = read_json(path.name, read_file(path), schema)
        else:
            tables = read_csv(path.name, {path.name: read_file(path)}, schema)
    except OSError as error:
        unreadable = QT_TR_NOOP("Cannot read {path}: {reason}")
        raise ImportFileError([problem(unreadable, path=path, reason=error.strerror or error)]) from error
    where = _where(path)
    problems = check_rows(tables, schema, today=clock.latest_day(), now=clock.latest_moment(), where=where)
    if problems:
        raise ImportFileError(problems)
    present = existing_days(diary.conn)
    already = tuple(sorted(r["date"] for r in tables.get("checkins", []) if r["date"] in present))
    try:
        expected = preview(diary.conn, tables, replace_days=False)
    except ImportRejectedError as error:
        raise ImportFileError(_refused(error, where)) from error
    return ImportPlan(path, tables, already, expected)


def apply(plan: ImportPlan, diary: Diary, *, replace_days: bool) -> LoadReport:
    """Load the plan's rows in one transaction: all of them or none."""
    try:
        return load(diary.conn, plan.tables, replace_days=replace_days)
    except ImportRejectedError as error:
        raise ImportFileError(_refused(error, _where(plan.source))) from error


def _is_json(path: Path) -> bool:
    with path.open("rb") as file:
        return path.suffix.lower() == ".json" or file.read(1) == b"{"


def _where(path: Path) -> Callable[[str], str]:
    """How a problem names the place of a table: the JSON file, or the table's CSV file."""
    if path.is_file() and not is_zip(path) and _is_json(path):
        return lambda table: f"{path.name}: {table}"
    return lambda table: f"{table}.csv"


ROW_PROBLEM = QT_TR_NOOP("{where} row {number}: {reason}")


def _refused(error: ImportRejectedError, where: Callable[[str], str]) -> list[Phrase]:
    return [problem(ROW_PROBLEM, where=where(table), number=number, reason=reason)
            for table, number, reason in error.problems]  # fmt: skip


def _regimen(row: Row) -> Regimen:
    if row.get("schedule") is not None and bool(row.get("prn")) != (row.get("schedule") == "as_needed"):
        raise ValidationError("prn", QT_TR_NOOP("prn should be 1 exactly when the schedule is as_needed."))
    return records.regimen(row).validated()


def _unrecorded_day(row: Row, today: date) -> date:
    day = records.day(row.get("date"))
    if day > today:
        raise ValidationError("date", QT_TR_NOOP("A day in the future cannot be marked as not recorded yet."))
    return day


# Each table's rows as the diary would read them (storage.records), checked by the domain's own rules.
CHECKS: dict[str, Callable[[Row, date, datetime], object]] = {
    "checkins": lambda row, today, now: records.checkin(row).validated(today),
    "episodes": lambda row, today, now: records.episode(row).validated(now),
    "therapies": lambda row, today, now: records.therapy(row).validated(),
    "regimens": lambda row, today, now: _regimen(row),
    "procedures": lambda row, today, now: records.procedure(row).validated(today),
    "doses": lambda row, today, now: records.dose(row).validated(now),
    "side_effects": lambda row, today, now: records.side_effect(row).validated(today),
    "visits": lambda row, today, now: records.visit(row).validated(),
    "goals": lambda row, today, now: records.goal(row).validated(),
    "unrecorded_days": lambda row, today, now: _unrecorded_day(row, today),
}


def check_rows(
    tables: dict[str, list[Row]],
    schema: dict[str, list[Column]],
    *,
    today: date,
    now: datetime,
    where: Callable[[str], str] = str,
) -> list[Phrase]:
    """Every value checked for what SQLite can store in its column, then every row by the same rules the app
    applies; each problem names its file, row and reason."""
    problems: list[Phrase] = []
    for table, rows in tables.items():
        check = CHECKS.get(table)
        for number, row in enumerate(rows, start=1):
            wrong = [p for p in (value_problem(c, row.get(c.name)) for c in schema[table]) if p]
            try:
                if wrong:
                    problems.append(problem(ROW_PROBLEM, where=where(table), number=number, reason=wrong[0]))
                elif check is not None:
                    check(row, today, now)
            except ValidationError as error:
                problems.append(problem(ROW_PROBLEM, where=where(table), number=number, reason=error))
            except (TypeError, ValueError):  # a combination no rule foresaw: still one plain sentence
                unfit = QT_TR_NOOP("{where} row {number}: its values do not fit together as a diary entry")
                problems.append(problem(unfit, where=where(table), number=number))
    days = Counter(str(r.get("date")) for r in tables.get("checkins", []))
    twice = QT_TR_NOOP("{where}: the day {day} is listed {times} times")
    problems += [problem(twice, where=where("checkins"), day=day, times=n) for day, n in sorted(days.items()) if n > 1]
    return problems


def value_problem(column: Column, value: Any) -> Phrase | ValidationError | None:
    """Why `value` cannot be stored in `column` as the app would store it, or None when it can."""
    if value is None:
        return None
    name = column.name
    if column.type in ("INTEGER", "REAL"):
        number = int | float if column.type == "REAL" else int
        if isinstance(value, bool) or not isinstance(value, number):
            if column.type == "INTEGER":
                return problem(QT_TR_NOOP("{name} must be a whole number"), name=name)
            return problem(QT_TR_NOOP("{name} must be a number"), name=name)
        if (isinstance(value, int) and value not in INTEGERS) or (
            isinstance(value, float) and not math.isfinite(value)
        ):
            return problem(QT_TR_NOOP("{name} is a number too large to store"), name=name)
        return None
    if not isinstance(value, str):
        return problem(QT_TR_NOOP("{name} must be text"), name=name)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return problem(QT_TR_NOOP("{name} holds a character that is not valid text"), name=name)
    try:
        check_text({name: value})
    except ValidationError as error:
        return error
    return None
