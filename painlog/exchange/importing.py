"""Importing painlog's own JSON or CSV export: read, check every row, preview, then load all or nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from painlog.domain import clock
from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ValidationError
from painlog.domain.therapy import Dose, Procedure, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit
from painlog.exchange.tabular import ImportFileError, read_csv, read_json
from painlog.storage.diary import Diary
from painlog.storage.tables import ImportRejectedError, LoadReport, Row, columns, existing_days, load, preview

MAX_TEXT = 20_000  # characters in one note or description; a longer cell is a broken file, not a diary


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
        raise ImportFileError([f"There is no file or folder at {path}"])
    schema = columns(diary.conn)
    try:
        if path.is_file() and (path.suffix.lower() == ".json" or path.read_bytes()[:1] == b"{"):
            tables = read_json(path, schema)
        else:
            tables = read_csv(path, schema)
    except OSError as error:
        raise ImportFileError([f"Cannot read {path}: {error.strerror or error}"]) from error
    json_file = path.is_file() and path.suffix.lower() == ".json"

    def where(table: str) -> str:
        return f"{path.name}: {table}" if json_file else f"{table}.csv"

    problems = check_rows(tables, today=clock.latest_day(), now=clock.latest_moment(), where=where)
    if problems:
        raise ImportFileError(problems)
    present = existing_days(diary.conn)
    already = tuple(sorted(r["date"] for r in tables.get("checkins", []) if r["date"] in present))
    try:
        expected = preview(diary.conn, tables, replace_days=False)
    except ImportRejectedError as error:
        raise ImportFileError(
            [f"{table} row {number}: {reason}" for table, number, reason in error.problems]
        ) from error
    return ImportPlan(path, tables, already, expected)


def apply(plan: ImportPlan, diary: Diary, *, replace_days: bool) -> LoadReport:
    """Load the plan's rows in one transaction: all of them or none."""
    try:
        return load(diary.conn, plan.tables, replace_days=replace_days)
    except ImportRejectedError as error:
        raise ImportFileError(
            [f"{table} row {number}: {reason}" for table, number, reason in error.problems]
        ) from error


def _text(value: Any, field: str) -> str:
    text = "" if value is None else str(value)
    if len(text) > MAX_TEXT:
        raise ValidationError(field, f"{field} is {len(text):,} characters long; at most {MAX_TEXT:,} are accepted.")
    return text


def _day(value: Any, field: str = "date") -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, f"{field} should be a date as YYYY-MM-DD, not {value!r}.") from None


def _moment(value: Any, field: str) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, f"{field} should be a date and time, not {value!r}.") from None


def _codes(value: Any, field: str) -> tuple[str, ...]:
    import json

    try:
        codes = json.loads(value) if isinstance(value, str) else value
    except json.JSONDecodeError:
        raise ValidationError(field, f"{field} should be a JSON list, not {value!r}.") from None
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise ValidationError(field, f"{field} should be a JSON list of names, not {value!r}.")
    return tuple(codes)


def _checkin(r: Row, today: date, now: datetime) -> None:
    CheckIn(
        day=_day(r.get("date")),
        pain_avg=r.get("pain_avg"),
        enjoyment=r.get("enjoyment"),
        activity=r.get("activity"),
        mood=r.get("mood"),
        pain_worst=r.get("pain_worst"),
        pain_least=r.get("pain_least"),
        sleep_hours=r.get("sleep_hours"),
        sleep_quality=r.get("sleep_quality"),
        locations=_codes(r.get("locations", "[]"), "locations"),
        qualities=_codes(r.get("qualities", "[]"), "qualities"),
        note=_text(r.get("note"), "note"),
        for_doctor=bool(r.get("for_doctor")),
    ).validated(today)


def _episode(r: Row, today: date, now: datetime) -> None:
    Episode(
        at=_moment(r.get("at"), "at"),
        intensity=r.get("intensity"),
        locations=_codes(r.get("locations", "[]"), "locations"),
        qualities=_codes(r.get("qualities", "[]"), "qualities"),
        note=_text(r.get("note"), "note"),
    ).validated(now)


def _therapy(r: Row, today: date, now: datetime) -> None:
    Therapy(
        kind=str(r.get("kind")), name=_text(r.get("name"), "name"), notes=_text(r.get("notes"), "notes")
    ).validated()


def _regimen(r: Row, today: date, now: datetime) -> None:
    Regimen(
        therapy_id=0,
        start=_day(r.get("start_date"), "start_date"),
        end=_day(r["end_date"], "end_date") if r.get("end_date") else None,
        dose_amount=r.get("dose_amount"),
        route=r.get("route"),
        times_per_day=r.get("times_per_day"),
        prn=bool(r.get("prn")),
        max_per_day=r.get("max_per_day"),
        sessions_per_week=r.get("sessions_per_week"),
        stop_reason=r.get("stop_reason"),
    ).validated()


def _procedure(r: Row, today: date, now: datetime) -> None:
    Procedure(
        0,
        _day(r.get("date")),
        relief_percent=r.get("relief_percent"),
        relief_at=_moment(r["relief_at"], "relief_at") if r.get("relief_at") else None,
        notes=_text(r.get("notes"), "notes"),
    ).validated(today)


def _dose(r: Row, today: date, now: datetime) -> None:
    Dose(
        0,
        _moment(r.get("taken_at"), "taken_at"),
        amount=r.get("amount"),
        prn=bool(r.get("prn")),
        skipped=bool(r.get("skipped")),
        skip_reason=_text(r.get("skip_reason"), "skip_reason"),
        pain_before=r.get("pain_before"),
        pain_after=r.get("pain_after"),
    ).validated(now)


def _side_effect(r: Row, today: date, now: datetime) -> None:
    SideEffect(_day(r.get("date")), _text(r.get("description"), "description"), str(r.get("severity"))).validated(today)


def _visit(r: Row, today: date, now: datetime) -> None:
    _day(r.get("date"))
    Visit(
        _day(r.get("date")),
        outcome=_text(r.get("outcome"), "outcome"),
        questions=tuple(q for q in _text(r.get("questions"), "questions").splitlines() if q),
    ).validated()


def _goal(r: Row, today: date, now: datetime) -> None:
    Goal(
        _text(r.get("text"), "text"),
        _day(r.get("start_date"), "start_date"),
        str(r.get("status") or "active"),
        _day(r["achieved_date"], "achieved_date") if r.get("achieved_date") else None,
    ).validated()


CHECKS: dict[str, Callable[[Row, date, datetime], None]] = {
    "checkins": _checkin,
    "episodes": _episode,
    "therapies": _therapy,
    "regimens": _regimen,
    "procedures": _procedure,
    "doses": _dose,
    "side_effects": _side_effect,
    "visits": _visit,
    "goals": _goal,
}


def check_rows(
    tables: dict[str, list[Row]], *, today: date, now: datetime, where: Callable[[str], str] = str
) -> list[str]:
    """Every row checked by the same rules the app applies; each problem names its file, row and reason."""
    problems = []
    for table, rows in tables.items():
        check = CHECKS.get(table)
        for number, row in enumerate(rows, start=1):
            if check is None:
                continue
            try:
                check(row, today, now)
            except ValidationError as error:
                problems.append(f"{where(table)} row {number}: {error.message}")
            except (TypeError, ValueError) as error:
                problems.append(f"{where(table)} row {number}: {error}")
    days = Counter(str(r.get("date")) for r in tables.get("checkins", []))
    problems += [f"{where('checkins')}: the day {day} is listed {n} times" for day, n in sorted(days.items()) if n > 1]
    return problems
