"""`painlog check`: what SQLite and our schema say about a diary, without changing it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from painlog.storage.errors import DiaryDamagedError
from painlog.storage.format import KNOWN_MIGRATIONS, PUBLISHED_COLUMNS
from painlog.storage.identity import applied_migrations, damage_summary, inspect, reading_uri
from painlog.storage.lock import held_elsewhere
from painlog.storage.places import check_place


@dataclass
class CheckReport:
    path: Path
    findings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_diary(path: Path) -> CheckReport:
    """Run header, identity, integrity, foreign-key and schema checks; DiaryError if not a diary.

    Read-only throughout: a check must never change the file it checks, nor its -wal and -shm.
    """
    report = CheckReport(path)
    check_place(path)
    live = held_elsewhere(path) is not None
    try:
        applied = inspect(path, live=live)
    except DiaryDamagedError as error:
        report.problems.append(str(error))
        return report
    if not applied:
        report.findings.append("An SQLite database without any tables: painlog would make it a new diary.")
        return report
    conn = sqlite3.connect(reading_uri(path, live=live), uri=True)  # its -wal is its own: inspect said so
    with Database(conn) as db:
        _integrity(db, report)
        _foreign_keys(db, report)
        _schema(db, report)
        if report.ok:
            _counts(db, report)
    return report


def _integrity(db: Database, report: CheckReport) -> None:
    try:
        rows = [row[0] for row in db.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        report.problems.append(f"SQLite cannot read the file: {error}.")
        return
    if rows == ["ok"]:
        report.findings.append("Integrity check: ok.")
    else:
        report.problems.append(f"Integrity check: {damage_summary(rows)}.")


def _foreign_keys(db: Database, report: CheckReport) -> None:
    rows = db.execute("PRAGMA foreign_key_check").fetchall()
    if not rows:
        report.findings.append("Links between tables (foreign keys): ok.")
    for table, rowid, parent, _ in rows:
        report.problems.append(f"Row {rowid} of {table} points to a missing row of {parent}.")


def _schema(db: Database, report: CheckReport) -> None:
    applied = applied_migrations(db.conn)
    pending = [name for name in KNOWN_MIGRATIONS if name not in applied]
    if pending:
        report.findings.append(
            f"Schema: {applied[-1]}; painlog will update it ({', '.join(pending)}) when it next opens it."
        )
    else:
        report.findings.append(f"Schema: {applied[-1]} (up to date).")
    names = set(db.table_names())
    expected = _columns_after(applied)
    for table, columns in expected.items():
        if table not in names:
            report.problems.append(f"Table {table} is missing.")
            continue
        missing = [c for c in columns if c not in db[table].columns_dict]
        if missing:
            report.problems.append(f"Table {table} lacks the columns {', '.join(missing)}.")
    if not any(p.startswith("Table ") for p in report.problems):
        report.findings.append(f"Tables: all {len(expected)} published tables and columns present.")


def _columns_after(applied: list[str]) -> dict[str, tuple[str, ...]]:
    """The tables and columns a diary has once `applied` ran: a diary awaiting an update lacks only what the
    pending migrations add, and that is no problem."""
    if all(name in applied for name in KNOWN_MIGRATIONS):
        return PUBLISHED_COLUMNS
    from painlog.storage.schema import STEPS

    model = Database(sqlite3.connect(":memory:"))
    for name, step in STEPS:
        if name in applied:
            step(model)
    present = set(model.table_names())
    return {t: tuple(c for c in cols if c in model[t].columns_dict) for t, cols in PUBLISHED_COLUMNS.items()
            if t in present}  # fmt: skip


# What one row of each table is, singular and plural: "1 procedure", "3 check-ins".
ROW_WORDS = {
    "checkins": ("check-in", "check-ins"), "episodes": ("flare", "flares"), "therapies": ("therapy", "therapies"),
    "regimens": ("regimen", "regimens"), "procedures": ("procedure", "procedures"), "doses": ("dose", "doses"),
    "side_effects": ("side effect", "side effects"), "visits": ("visit", "visits"), "goals": ("goal", "goals"),
    "settings": ("setting", "settings"), "unrecorded_days": ("day marked not recorded", "days marked not recorded"),
}  # fmt: skip


def _counts(db: Database, report: CheckReport) -> None:
    present = set(db.table_names())
    counts = []
    for table in (t for t in PUBLISHED_COLUMNS if t in present):
        n = db[table].count
        one, many = ROW_WORDS.get(table, (table.replace("_", " "),) * 2)
        counts.append(f"{n} {one if n == 1 else many}")
    report.findings.append(f"Entries: {', '.join(counts)}.")
