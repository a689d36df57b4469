"""painlog's own export formats: JSON (the whole diary, versioned) and CSV (one file per table).

Both keep every column of the published format, so an export imported into an empty diary gives back the
same diary. In CSV a missing value is an empty cell and an empty text is `""` (see csv_cells.py). CSV cells
that a spreadsheet would run as a formula (starting with = + - @, tab or return) are written with a leading
apostrophe, which import removes again. Reading turns a file into typed rows, or into one plain sentence per
problem; the rows' values are checked afterwards (importing.py).
"""

from __future__ import annotations

import io
import json
import math
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from painlog import __version__
from painlog.domain.marks import QT_TR_NOOP
from painlog.exchange.csv_cells import CsvSyntaxError, csv_line, csv_rows
from painlog.exchange.reading import ImportFileError, problem
from painlog.files import write_bytes, write_folder
from painlog.storage.failures import Phrase
from painlog.storage.rows import nesting_depth
from painlog.storage.tables import Column, Row

__all__ = ["ImportFileError", "read_csv", "read_json", "write_csv", "write_json"]

FORMAT = "painlog-export"
FORMAT_VERSION = 1
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_DEPTH = 8  # a painlog export nests four deep: document, tables, rows, row


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


def read_json(name: str, data: bytes, schema: dict[str, list[Column]]) -> dict[str, list[Row]]:
    document = _parse_json(name, data)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        foreign = QT_TR_NOOP("{name} is not a painlog export (its format is not {format})")
        raise ImportFileError([problem(foreign, name=name, format=repr(FORMAT))])
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        unversioned = QT_TR_NOOP(
            "{name} is not a painlog export, or it is damaged (its version is not a format number)"
        )
        raise ImportFileError([problem(unversioned, name=name)])
    if version > FORMAT_VERSION:
        newer = QT_TR_NOOP("{name} was made by a newer painlog (format {version}); update first")
        raise ImportFileError([problem(newer, name=name, version=version)])
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportFileError([problem(QT_TR_NOOP("{name} has no tables"), name=name)])
    problems: list[Phrase] = []
    result: dict[str, list[Row]] = {}
    for table, rows in tables.items():
        if table not in schema:
            problems.append(problem(QT_TR_NOOP("{name}: unknown table {table}"), name=name, table=repr(table)))
            continue
        if not isinstance(rows, list):
            problems.append(problem(QT_TR_NOOP("{name}: {table} is not a list of rows"), name=name, table=table))
            continue
        known = {c.name for c in schema[table]}
        result[table] = []
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                not_named = QT_TR_NOOP("{name}: {table} row {number} is not a row of named values")
                problems.append(problem(not_named, name=name, table=table, number=number))
            elif set(row) - known:
                unexpected = ", ".join(map(repr, sorted(set(row) - known)))
                extra = QT_TR_NOOP("{name}: {table} row {number}: unexpected {columns}")
                problems.append(problem(extra, name=name, table=table, number=number, columns=unexpected))
            else:
                result[table].append(row)
    if problems:
        raise ImportFileError(problems)
    return result


def _parse_json(name: str, data: bytes) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        not_text = QT_TR_NOOP("{name} is not UTF-8 text, so it is not a painlog export")
        raise ImportFileError([problem(not_text, name=name)]) from None
    if nesting_depth(text) > MAX_DEPTH:
        raise ImportFileError([problem(QT_TR_NOOP("{name} is nested too deeply to be a painlog export"), name=name)])
    try:
        return json.loads(text, parse_int=whole_number, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        invalid = QT_TR_NOOP("{name} is not valid JSON (line {line}: {reason})")
        raise ImportFileError([problem(invalid, name=name, line=error.lineno, reason=error.msg)]) from None
    except _ConstantError as error:
        constant = QT_TR_NOOP("{name} is not valid JSON ({word} is not a number JSON allows)")
        raise ImportFileError([problem(constant, name=name, word=error.word)]) from None


class _ConstantError(ValueError):
    def __init__(self, word: str) -> None:
        super().__init__(word)
        self.word = word


def _no_constant(word: str) -> Any:
    raise _ConstantError(word)


OUT_OF_RANGE = 2**64  # outside SQLite's 64-bit integers, so the row check refuses it by name


def whole_number(digits: str) -> int:
    """A whole number from its digits; one longer than any 64-bit number becomes one just out of range (int()
    itself refuses 4,300 digits and more with a Python message)."""
    if len(digits.lstrip("-")) > 20:
        return -OUT_OF_RANGE if digits.startswith("-") else OUT_OF_RANGE
    return int(digits)


# ----- CSV ----------------------------------------------------------------------------------------------


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return "'" + value if _looks_like_formula(value) else value
    return str(value)  # the shortest text that reads back as the same number


def _looks_like_formula(text: str) -> bool:
    """A formula, or a cell that already starts with the apostrophes that guard one (so import can undo
    exactly one)."""
    return text.lstrip("'").startswith(FORMULA_STARTS)


def table_csv(rows: list[Row], names: list[str]) -> str:
    return csv_line(list(names)) + "".join(csv_line([_cell(row.get(n)) for n in names]) for row in rows)


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


def read_csv(source: str, files: dict[str, bytes], schema: dict[str, list[Column]]) -> dict[str, list[Row]]:
    """The painlog CSV files of a folder or zip (`source`), by name; each checked against its table's header."""
    if not files:
        raise ImportFileError([problem(QT_TR_NOOP("{name} holds no CSV files"), name=source)])
    problems: list[Phrase] = []
    tables: dict[str, list[Row]] = {}
    for name, data in files.items():
        table = Path(name).stem
        if table not in schema:
            foreign = QT_TR_NOOP("{name}: not a painlog table (expected one of {tables})")
            problems.append(problem(foreign, name=name, tables=", ".join(schema)))
            continue
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            not_text = QT_TR_NOOP("{name}: not UTF-8 text (a byte at position {position} cannot be read)")
            problems.append(problem(not_text, name=name, position=error.start))
            continue
        tables[table] = _rows(name, text, schema[table], problems)
    if problems:
        raise ImportFileError(problems)
    return tables


def _rows(name: str, text: str, columns: list[Column], problems: list[Phrase]) -> list[Row]:
    expected = [c.name for c in columns]
    rows: list[Row] = []
    try:
        lines = csv_rows(text)
        header = next(lines, None)
        if header is None:
            empty = QT_TR_NOOP("{name}: empty file, expected the header {header}")
            problems.append(problem(empty, name=name, header=", ".join(expected)))
            return []
        # An export made before a migration added columns (always at the end) lacks them: they are left to
        # the values the migration gave older rows.
        missing = columns[len(header) :]
        if not header or header != expected[: len(header)] or not all(c.filled for c in missing):
            found = ", ".join(cell or "" for cell in header)
            wrong = QT_TR_NOOP("{name}: the header should be {header} (found {found})")
            problems.append(problem(wrong, name=name, header=", ".join(expected), found=found))
            return []
        present = columns[: len(header)]
        for number, cells in enumerate(lines, start=1):
            if len(cells) != len(present):
                cells_wrong = QT_TR_NOOP("{name} row {number}: {cells} cells, expected {expected}")
                problems.append(problem(cells_wrong, name=name, number=number, cells=len(cells), expected=len(present)))
                continue
            row: Row = {}
            for column, cell in zip(present, cells, strict=True):
                try:
                    row[column.name] = _value(column, cell)
                except ValueError:
                    if column.type == "INTEGER":
                        kind = QT_TR_NOOP("{name} row {number}: {column} should be a whole number, not {cell}")
                    else:
                        kind = QT_TR_NOOP("{name} row {number}: {column} should be a number, not {cell}")
                    problems.append(problem(kind, name=name, number=number, column=column.name, cell=repr(cell)))
            rows.append(row)
    except CsvSyntaxError as error:
        quote = QT_TR_NOOP("{name} row {number}: cannot be read as CSV (a quote where a cell cannot have one)")
        problems.append(problem(quote, name=name, number=error.row))
    return rows


_WHOLE = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def _value(column: Column, cell: str | None) -> Any:
    if cell is None:
        # an old export wrote empty texts as empty cells too: a column that cannot be missing meant ""
        return "" if column.type == "TEXT" and column.required else None
    if column.type == "INTEGER":
        if not _WHOLE.fullmatch(cell):
            raise ValueError(cell)
        return whole_number(cell)
    if column.type == "REAL":
        if not _DECIMAL.fullmatch(cell) or not math.isfinite(float(cell)):
            raise ValueError(cell)
        return float(cell)
    if cell.startswith("'") and _looks_like_formula(cell[1:]):
        return cell[1:]
    return cell
