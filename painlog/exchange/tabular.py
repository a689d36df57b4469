"""painlog's own export formats: JSON (the whole diary, versioned) and CSV (one file per table).

Both keep every column of the published format, so an export imported into an empty diary gives back the
same diary. CSV cells that a spreadsheet would run as a formula (starting with = + - @, tab or return) are
written with a leading apostrophe, which import removes again.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from painlog import __version__
from painlog.files import write_bytes, write_folder
from painlog.storage.tables import Column, Row

FORMAT = "painlog-export"
FORMAT_VERSION = 1
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_FIELD_LIMIT = 4_000_000  # read long cells whole, so the row check can say how long they are


class ImportFileError(ValueError):
    """A file that is not a painlog export, or rows that are not valid; `problems` lists each one."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if len(problems) == 1 else f"{len(problems)} problems in the import file")
        self.problems = problems


# ----- JSON ---------------------------------------------------------------------------------------------


def to_json(tables: dict[str, list[Row]], migrations: list[str], now: datetime) -> str:
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "painlog": __version__,
        "migrations": migrations,
        "exported_at": now.isoformat(timespec="seconds"),
        "tables": tables,
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def write_json(
    out: Path, tables: dict[str, list[Row]], migrations: list[str], now: datetime, *, replace: bool = False
) -> Path:
    return write_bytes(out, to_json(tables, migrations, now).encode("utf-8"), replace=replace)


def read_json(path: Path, schema: dict[str, list[Column]]) -> dict[str, list[Row]]:
    name = path.name
    try:
        document = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise ImportFileError([f"{name} is not UTF-8 text, so it is not a painlog export"]) from None
    except json.JSONDecodeError as error:
        raise ImportFileError([f"{name} is not valid JSON (line {error.lineno}: {error.msg})"]) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFileError([f"{name} is not a painlog export (its format is not {FORMAT!r})"])
    if not isinstance(document.get("version"), int) or document["version"] > FORMAT_VERSION:
        raise ImportFileError([f"{name} was made by a newer painlog (format {document.get('version')}); update first"])
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportFileError([f"{name} has no tables"])
    problems = []
    result: dict[str, list[Row]] = {}
    for table, rows in tables.items():
        if table not in schema:
            problems.append(f"{name}: unknown table {table!r}")
            continue
        if not isinstance(rows, list):
            problems.append(f"{name}: {table} is not a list of rows")
            continue
        known = {c.name for c in schema[table]}
        result[table] = []
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict) or set(row) - known:
                extra = ", ".join(sorted(set(row) - known)) if isinstance(row, dict) else "not an object"
                problems.append(f"{name}: {table} row {number}: unexpected {extra}")
                continue
            result[table].append(row)
    if problems:
        raise ImportFileError(problems)
    return result


# ----- CSV ----------------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if isinstance(value, str) and _looks_like_formula(text) else text


def _looks_like_formula(text: str) -> bool:
    """A formula, or a cell that already starts with the apostrophes that guard one (so import can undo
    exactly one)."""
    return text.lstrip("'").startswith(FORMULA_STARTS)


def table_csv(rows: list[Row], names: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(n)) for n in names])
    return buffer.getvalue()


def write_csv(
    out: Path, tables: dict[str, list[Row]], schema: dict[str, list[Column]], *, replace: bool = False
) -> Path:
    """A folder of CSV files, or a .zip of them when `out` ends in .zip (UTF-8 with a byte-order mark, so
    spreadsheets open the accents correctly)."""
    texts = {
        f"{table}.csv": "\ufeff" + table_csv(rows, [c.name for c in schema[table]]) for table, rows in tables.items()
    }
    if Path(out).suffix.lower() == ".zip":
        packed = io.BytesIO()
        with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in texts.items():
                archive.writestr(name, text.encode("utf-8"))
        return write_bytes(out, packed.getvalue(), replace=replace)

    def write_files(folder: Path) -> None:
        for name, text in texts.items():
            write_bytes(folder / name, text.encode("utf-8"))

    return write_folder(out, write_files, replace=replace)


def read_csv(path: Path, schema: dict[str, list[Column]]) -> dict[str, list[Row]]:
    """A folder or .zip of painlog CSV files; each file is checked against its table's header."""
    if path.is_dir():
        files = {p.name: p.read_bytes() for p in sorted(path.iterdir()) if p.suffix.lower() == ".csv"}
    else:
        try:
            with zipfile.ZipFile(path) as archive:
                files = {Path(n).name: archive.read(n) for n in archive.namelist() if n.lower().endswith(".csv")}
        except zipfile.BadZipFile:
            files = {path.name: path.read_bytes()}
    if not files:
        raise ImportFileError([f"{path.name} holds no CSV files"])
    problems: list[str] = []
    tables: dict[str, list[Row]] = {}
    for name, data in files.items():
        table = Path(name).stem
        if table not in schema:
            problems.append(f"{name}: not a painlog table (expected one of {', '.join(schema)})")
            continue
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            problems.append(f"{name}: not UTF-8 text (a byte at position {error.start} cannot be read)")
            continue
        tables[table] = _rows(name, text, schema[table], problems)
    if problems:
        raise ImportFileError(problems)
    return tables


def _rows(name: str, text: str, columns: list[Column], problems: list[str]) -> list[Row]:
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        problems.append(f"{name}: empty file, expected the header {', '.join(c.name for c in columns)}")
        return []
    expected = [c.name for c in columns]
    if header != expected:
        problems.append(f"{name}: the header should be {', '.join(expected)} (found {', '.join(header)})")
        return []
    rows = []
    try:
        for number, cells in enumerate(reader, start=1):
            if len(cells) != len(columns):
                problems.append(f"{name} row {number}: {len(cells)} cells, expected {len(columns)}")
                continue
            row: Row = {}
            for column, cell in zip(columns, cells, strict=True):
                try:
                    row[column.name] = _value(column, cell)
                except ValueError:
                    problems.append(
                        f"{name} row {number}: {column.name} should be a {column.type.lower()}, not {cell!r}"
                    )
            rows.append(row)
    except csv.Error as error:
        problems.append(f"{name}: cannot be read as CSV ({error})")
    return rows


def _value(column: Column, cell: str) -> Any:
    if cell == "":
        return "" if column.type == "TEXT" and column.required else None
    if column.type == "INTEGER":
        return int(cell)
    if column.type == "REAL":
        return float(cell)
    if cell.startswith("'") and _looks_like_formula(cell[1:]):
        return cell[1:]
    return cell
