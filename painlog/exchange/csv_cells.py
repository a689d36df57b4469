"""CSV that keeps a missing value apart from an empty text, as sqlite3's `.mode csv` and PostgreSQL's CSV COPY do.

A missing value (NULL) is an empty cell; an empty text is a quoted empty cell, `""`. Every other cell is
quoted only when it holds a comma, a quote or a line break (RFC 4180). Python's csv module before 3.12 reads
both kinds of empty cell as the same empty text, so these few lines read and write the cells themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NEEDS_QUOTES = re.compile(r'[,"\r\n]')
_CELL = re.compile(r'"([^"]*+(?:""[^"]*+)*+)"|([^,"\r\n]*+)')


class CsvSyntaxError(ValueError):
    """A quote where a cell cannot have one (text after a closing quote, or a quote never closed)."""

    def __init__(self, row: int) -> None:
        super().__init__(f"row {row}")
        self.row = row  # counted from 0, the header


def csv_line(cells: list[str | None]) -> str:
    return ",".join(_quoted(cell) for cell in cells) + "\r\n"


def _quoted(cell: str | None) -> str:
    if cell is None:
        return ""
    if cell == "" or _NEEDS_QUOTES.search(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv_rows(text: str) -> Iterator[list[str | None]]:
    """Each row's cells: text, or None for an unquoted empty cell. Blank lines are skipped."""
    pos, end, row = 0, len(text), 0
    while pos < end:
        cells: list[str | None] = []
        while True:
            match = _CELL.match(text, pos)
            assert match is not None  # the second alternative matches the empty string
            quoted, plain = match.groups()
            cells.append(quoted.replace('""', '"') if quoted is not None else plain or None)
            pos = match.end()
            if pos == end or text[pos] in "\r\n":
                break
            if text[pos] != ",":
                raise CsvSyntaxError(row)
            pos += 1
        pos += 2 if text.startswith("\r\n", pos) else 1
        if cells != [None]:
            yield cells
            row += 1
