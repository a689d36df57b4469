"""Reading an import file into memory within limits, before anything parses it.

Ten years of a diary export to a few megabytes, so a file, folder or zip that holds (or would unpack to) more
than MAX_IMPORT_BYTES is refused. A zip is judged first by what its entries declare, their sizes and how
tightly they are packed, then read in pieces that stop at the limit, so a zip bomb costs neither time nor
memory.
"""

from __future__ import annotations

import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import IO

MAX_IMPORT_BYTES = 100_000_000  # everything one import reads, unpacked
MAX_RATIO = 100  # an entry this many times larger unpacked than packed is a bomb, not a diary …
RATIO_FREE = 1_000_000  # … once it unpacks to more than this (a short file of one repeated note packs tighter)
CHUNK = 1 << 20


class ImportFileError(ValueError):
    """A file that is not a painlog export, or rows that are not valid; `problems` lists each one."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if len(problems) == 1 else f"{len(problems)} problems in the import file")
        self.problems = problems


LIMIT = f"{MAX_IMPORT_BYTES // 1_000_000} MB"


def _file_too_large(name: str) -> str:
    return f"{name} is larger than {LIMIT}, more than any painlog export"


def _unpacks_too_large(name: str) -> str:
    return f"{name} would unpack to more than {LIMIT}, which no painlog export does"


def read_bounded(file: IO[bytes], refusal: str, budget: int = MAX_IMPORT_BYTES) -> bytes:
    """All of `file`, refused with the sentence `refusal` as soon as it passes `budget` bytes (a size on disk
    or in a zip's header can lie)."""
    pieces = []
    while piece := file.read(min(CHUNK, budget + 1)):
        budget -= len(piece)
        if budget < 0:
            raise ImportFileError([refusal])
        pieces.append(piece)
    return b"".join(pieces)


def read_file(path: Path) -> bytes:
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ImportFileError([_file_too_large(path.name)])
    with path.open("rb") as file:
        return read_bounded(file, _file_too_large(path.name))


def read_folder(path: Path) -> dict[str, bytes]:
    """The CSV files of a folder, by name."""
    refusal = f"{path.name} holds more than {LIMIT} of CSV files, more than any painlog export"
    found = [item for item in sorted(path.iterdir()) if item.suffix.lower() == ".csv" and item.is_file()]
    if sum(item.stat().st_size for item in found) > MAX_IMPORT_BYTES:
        raise ImportFileError([refusal])
    files, budget = {}, MAX_IMPORT_BYTES
    for item in found:
        with item.open("rb") as file:
            files[item.name] = read_bounded(file, refusal, budget)
        budget -= len(files[item.name])
    return files


def is_zip(path: Path) -> bool:
    if path.suffix.lower() == ".zip":
        return True
    with path.open("rb") as file:
        return file.read(4) == b"PK\x03\x04"


def read_zip(path: Path) -> dict[str, bytes]:
    """The CSV entries of a zip, by file name, each checked by its declared size and packing before reading."""
    name = path.name
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ImportFileError([_file_too_large(name)])
    try:
        with zipfile.ZipFile(path) as archive:
            entries = [e for e in archive.infolist() if e.filename.lower().endswith(".csv") and not e.is_dir()]
            _check_declared(name, entries)
            files, budget = {}, MAX_IMPORT_BYTES
            for entry in entries:
                with archive.open(entry) as member:
                    data = files[Path(entry.filename).name] = read_bounded(member, _unpacks_too_large(name), budget)
                budget -= len(data)
            return files
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise ImportFileError([f"{name} is not a complete zip file; it may have been cut short or damaged"]) from None
    except NotImplementedError:
        raise ImportFileError(
            [f"{name} is packed in a way painlog cannot read; unpack it and import the folder"]
        ) from None
    except RuntimeError:  # zipfile's word for an entry that needs a password
        raise ImportFileError([f"{name} is protected by a password; unpack it and import the folder"]) from None


def _check_declared(name: str, entries: list[zipfile.ZipInfo]) -> None:
    if sum(e.file_size for e in entries) > MAX_IMPORT_BYTES:
        raise ImportFileError([_unpacks_too_large(name)])
    twice = [n for n, count in Counter(Path(e.filename).name for e in entries).items() if count > 1]
    if twice:
        raise ImportFileError([f"{name} holds {twice[0]} more than once"])
    for entry in entries:
        if entry.file_size > RATIO_FREE and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise ImportFileError([
                f"{name}: {entry.filename} would unpack to {entry.file_size // max(entry.compress_size, 1):,} times "
                "its packed size, which no painlog export does"
            ])  # fmt: skip
