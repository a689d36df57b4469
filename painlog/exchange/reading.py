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
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from painlog.domain.marks import QT_TR_NOOP
from painlog.storage.failures import Phrase

MAX_IMPORT_BYTES = 100_000_000  # everything one import reads, unpacked
MAX_RATIO = 100  # an entry this many times larger unpacked than packed is a bomb, not a diary …
RATIO_FREE = 1_000_000  # … once it unpacks to more than this (a short file of one repeated note packs tighter)
CHUNK = 1 << 20


class ImportFileError(ValueError):
    """A file that is not a painlog export, or rows that are not valid; `problems` lists each one in English (for
    the command line), `phrases` the same as templates and values, for the app to say in its language."""

    def __init__(self, problems: Sequence[Phrase | str]) -> None:
        self.phrases = list(problems)
        self.problems = [str(problem) for problem in problems]
        many = f"{len(problems)} problems in the import file"
        super().__init__(self.problems[0] if len(problems) == 1 else many)


def problem(template: str, **values: object) -> Phrase:
    """One problem of an import: `template` marked with QT_TR_NOOP where it is written, and its values."""
    return Phrase(template, values)


LIMIT = f"{MAX_IMPORT_BYTES // 1_000_000} MB"


def _file_too_large(name: str) -> Phrase:
    return problem(QT_TR_NOOP("{name} is larger than {limit}, more than any painlog export"), name=name, limit=LIMIT)


def _unpacks_too_large(name: str) -> Phrase:
    return problem(
        QT_TR_NOOP("{name} would unpack to more than {limit}, which no painlog export does"), name=name, limit=LIMIT
    )


def read_bounded(file: IO[bytes], refusal: Phrase, budget: int = MAX_IMPORT_BYTES) -> bytes:
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
    refusal = problem(
        QT_TR_NOOP("{name} holds more than {limit} of CSV files, more than any painlog export"),
        name=path.name,
        limit=LIMIT,
    )
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
        cut = QT_TR_NOOP("{name} is not a complete zip file; it may have been cut short or damaged")
        raise ImportFileError([problem(cut, name=name)]) from None
    except NotImplementedError:
        packed = QT_TR_NOOP("{name} is packed in a way painlog cannot read; unpack it and import the folder")
        raise ImportFileError([problem(packed, name=name)]) from None
    except RuntimeError:  # zipfile's word for an entry that needs a password
        locked = QT_TR_NOOP("{name} is protected by a password; unpack it and import the folder")
        raise ImportFileError([problem(locked, name=name)]) from None


def _check_declared(name: str, entries: list[zipfile.ZipInfo]) -> None:
    if sum(e.file_size for e in entries) > MAX_IMPORT_BYTES:
        raise ImportFileError([_unpacks_too_large(name)])
    twice = [n for n, count in Counter(Path(e.filename).name for e in entries).items() if count > 1]
    if twice:
        raise ImportFileError([problem(QT_TR_NOOP("{name} holds {file} more than once"), name=name, file=twice[0])])
    for entry in entries:
        if entry.file_size > RATIO_FREE and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            bomb = QT_TR_NOOP(
                "{name}: {file} would unpack to {times} times its packed size, which no painlog export does"
            )
            times = f"{entry.file_size // max(entry.compress_size, 1):,}"
            raise ImportFileError([problem(bomb, name=name, file=entry.filename, times=times)])
