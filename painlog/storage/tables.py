"""The diary's tables as plain rows, for export, and loading rows back in one transaction, for import.

Row ids are kept when they are free and remapped when they are taken, with the links that point at them
(a therapy's regimens, procedures, doses and side effects) following, so an export imported into an empty
diary gives back exactly the same diary.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from painlog.domain.therapy import implied_schedule
from painlog.storage.format import PUBLISHED_COLUMNS
from painlog.storage.writes import write_transaction

Row = dict[str, Any]
# The columns that point at another table's row: when that row's id is remapped on import, they follow.
LINKS = {
    "therapy_id": "therapies",
    "regimen_id": "regimens",
    "visit_id": "visits",
    "procedure_id": "procedures",
    "trial_id": "trials",
}
KEYED = {"checkins": "date", "settings": "key", "unrecorded_days": "date"}  # rows identified by a natural key


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # INTEGER, REAL or TEXT
    required: bool
    filled: bool = False  # the database fills it when a row leaves it out (nullable or with a default)


def columns(conn: sqlite3.Connection) -> dict[str, list[Column]]:
    """The published columns of each table with their SQLite type and whether they may be empty."""
    result = {}
    for table, names in PUBLISHED_COLUMNS.items():
        info = {row[1]: row for row in conn.execute(f"PRAGMA table_info([{table}])")}
        result[table] = [
            Column(n, (info[n][2] or "TEXT").upper(), bool(info[n][3]) or bool(info[n][5]),
                   not info[n][5] and (not info[n][3] or info[n][4] is not None))
            for n in names
        ]  # fmt: skip
    return result


def dump(conn: sqlite3.Connection) -> dict[str, list[Row]]:
    """Every row of every published table, columns in published order, in a stable order."""
    result = {}
    for table, names in PUBLISHED_COLUMNS.items():
        order = KEYED.get(table, "id")
        cursor = conn.execute(f"SELECT {', '.join(names)} FROM [{table}] ORDER BY {order}")
        result[table] = [dict(zip(names, row, strict=True)) for row in cursor]
    return result


@dataclass
class LoadReport:
    added: dict[str, int] = field(default_factory=dict)
    replaced_days: int = 0
    skipped_days: int = 0
    already_there: int = 0  # rows identical to one in the diary (an export imported twice adds nothing)
    problems: list[tuple[str, int, str]] = field(default_factory=list)  # (table, row number from 1, reason)


class ImportRejectedError(Exception):
    """Rows the database refused; nothing of the import was kept."""

    def __init__(self, problems: list[tuple[str, int, str]]) -> None:
        super().__init__(f"{len(problems)} row(s) refused")
        self.problems = problems


def existing_days(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT date FROM checkins")}


class _TrialOverError(Exception):
    """Raised to roll back a trial load."""


def preview(conn: sqlite3.Connection, tables: dict[str, list[Row]], *, replace_days: bool) -> LoadReport:
    """What `load` would do, found by doing it and rolling it back; the diary is left as it was."""
    try:
        with write_transaction(conn):
            report = load(conn, tables, replace_days=replace_days)
            raise _TrialOverError
    except _TrialOverError:
        return report


def load(conn: sqlite3.Connection, tables: dict[str, list[Row]], *, replace_days: bool) -> LoadReport:
    """Insert every row in one transaction: all of them, or (ImportRejectedError) none.

    A row identical to one already in the diary (but for its id) is not added again; among identical rows
    the one with the same id is its twin, so each therapy's regimens follow their own therapy.
    """
    report = LoadReport()
    new_ids: dict[str, dict[Any, Any]] = {table: {} for table in LINKS.values()}
    with write_transaction(conn):
        for table in PUBLISHED_COLUMNS:
            same = _existing_rows(conn, table) if table not in KEYED else {}
            for number, row in enumerate(tables.get(table, []), start=1):
                row = _upgraded(table, dict(row))
                for column, target in LINKS.items():
                    if row.get(column) is not None:
                        row[column] = new_ids[target].get(row[column], row[column])
                twins = same.get(_content(table, row), [])
                twin = row.get("id") if row.get("id") in twins else (twins[0] if twins else None)
                if twin is not None:
                    report.already_there += 1
                    new_id = twin
                else:
                    try:
                        new_id = _insert(conn, table, row, replace_days, report)
                    except sqlite3.Error as error:
                        report.problems.append((table, number, str(error)))
                        continue
                if table in new_ids:
                    new_ids[table][row.get("id")] = new_id
        if report.problems:
            raise ImportRejectedError(report.problems)  # rolls the transaction back
    return report


def _upgraded(table: str, row: Row) -> Row:
    """A row from an export made before a column existed, given the value the migration gave such rows."""
    if table == "regimens" and "schedule" not in row:
        row["schedule"] = implied_schedule(bool(row.get("prn")), row.get("times_per_day"))
        row.setdefault("weekdays", "[]")
    return row


def _content(table: str, row: Row) -> tuple[Any, ...]:
    return tuple(row.get(n) for n in PUBLISHED_COLUMNS[table] if n != "id")


def _existing_rows(conn: sqlite3.Connection, table: str) -> dict[tuple[Any, ...], list[int]]:
    """The ids of the rows with each content: identical rows (two same doses, say) are kept apart by id."""
    names = [n for n in PUBLISHED_COLUMNS[table] if n != "id"]
    result: dict[tuple[Any, ...], list[int]] = {}
    for row in conn.execute(f"SELECT id, {', '.join(names)} FROM [{table}] ORDER BY id"):
        result.setdefault(tuple(row[1:]), []).append(row[0])
    return result


def _insert(conn: sqlite3.Connection, table: str, row: Row, replace_days: bool, report: LoadReport) -> Any:
    names = [n for n in PUBLISHED_COLUMNS[table] if n in row]
    if table in KEYED:
        key = KEYED[table]
        exists = conn.execute(f"SELECT 1 FROM [{table}] WHERE {key} = ?", [row[key]]).fetchone()
        if exists and (table != "checkins" or not replace_days):  # a setting or a mark already here stays
            report.skipped_days += table == "checkins"
            return row[key]
        if exists:
            assignments = ", ".join(f"{n} = ?" for n in names if n != key)
            conn.execute(f"UPDATE [{table}] SET {assignments} WHERE {key} = ?",
                         [row[n] for n in names if n != key] + [row[key]])  # fmt: skip
            report.replaced_days += 1
            return row[key]
    elif row.get("id") is not None and conn.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row["id"]]).fetchone():
        names = [n for n in names if n != "id"]  # the id is taken: a new one is given
    cursor = conn.execute(
        f"INSERT INTO [{table}] ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", [row[n] for n in names]
    )
    report.added[table] = report.added.get(table, 0) + 1
    return row.get(KEYED.get(table, ""), cursor.lastrowid) if table in KEYED else cursor.lastrowid
