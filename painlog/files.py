"""The one way painlog writes a file: backups, restore copies, exports, summary PDFs and saved charts.

Each file is
1. written under a temporary name beside its destination, owner-only (0600 whatever the umask);
2. checked (its size, and what the caller knows of its content: a PDF's ends, a sound SQLite file);
3. synced to disk, then moved into place, and the folder synced after the move where the platform allows;
4. never put over a name that already exists unless the person asked to replace it (the command line's
   --force, or a save dialog's own "replace?" question), and never over something that is not a regular
   file (a device, a folder, a link to one).
A failure leaves nothing half-written and the destination as it was; the error is one plain sentence.

Standard library only, and painlog's one list of failures a person can act on (storage.failures, itself standard
library only): storage, exchange, report and ui all use it, and it imports none of them (nor Qt, nor sqlite3).
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from painlog.storage.failures import QT_TR_NOOP, Failure, Phrase, failure_of
from painlog.storage.failures import words as failure_words

OWNER_ONLY = 0o600
NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EMLINK, errno.EXDEV}


class FileWriteError(OSError):
    """A file could not be written; str() is the sentence to show, and nothing half-written was left.

    As a DiaryError's: `template` is that sentence in English (marked with QT_TR_NOOP), `values` fill it, for the
    app to say it in its language (painlog.wording.refusals).
    """

    def __init__(self, template: str, values: dict[str, object] | None = None, *, end: str = "") -> None:
        """`end`: a full stop after a template that has none (storage.failures' sentences)."""
        super().__init__((template.format(**values) if values else template) + end)
        self.template, self.values = template, values or {}

    def __str__(self) -> str:
        return str(self.args[0])


class FileExistsRefusedError(FileWriteError):
    """The destination exists and replacing it was not asked for; it was left as it was."""


class FileIncompleteError(FileWriteError):
    """The written file failed its check (incomplete or damaged), so it was not put in place."""


def write_file(
    out: Path,
    fill: Callable[[Path], None],
    *,
    replace: bool = False,
    unique: bool = False,
    check: Callable[[Path], bool] | None = None,
) -> Path:
    """Call `fill(partial)` to fill an owner-only temporary file, check it, sync it and move it to `out`.

    `replace`: the person asked to replace an existing file of that name. `unique`: if the name is taken,
    use the first free `<stem>-2<suffix>`, `-3` … instead (for backups, whose names carry a time that can
    repeat). Returns where the file was put.
    """
    out = destination(out, may_exist=replace or unique)
    with staged(out, fill, check=check, may_exist=replace or unique) as pending:
        return place(pending, out, replace=replace, unique=unique)


def write_bytes(
    out: Path,
    data: bytes,
    *,
    replace: bool = False,
    unique: bool = False,
    check: Callable[[Path], bool] | None = None,
) -> Path:
    """`data` as the file `out` (see write_file); every write error, a full disk included, is seen."""

    def complete(partial: Path) -> bool:
        return partial.stat().st_size == len(data) and (check is None or check(partial))

    return write_file(out, lambda partial: _write_all(partial, data), replace=replace, unique=unique, check=complete)


@contextmanager
def staged(
    out: Path, fill: Callable[[Path], None], *, check: Callable[[Path], bool] | None = None, may_exist: bool = False
) -> Iterator[Path]:
    """A filled, checked and synced temporary file beside `out`, removed on leaving unless it was placed.

    For callers that must do something between writing and placing (a restore moves the diary aside).
    """
    out = destination(out, may_exist=may_exist)
    partial: Path | None = None
    try:
        try:
            handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
            os.close(handle)
            partial = Path(name)
            os.chmod(partial, OWNER_ONLY)
            fill(partial)
            if check is not None and not check(partial):
                raise FileIncompleteError(
                    QT_TR_NOOP(
                        "{out} came out incomplete, so painlog did not keep it and nothing was changed; try again."
                    ),
                    {"out": out},
                )
            _sync(partial)
        except FileWriteError:
            raise
        except OSError as error:
            raise cannot_write(error, out) from error
        yield partial
    finally:
        if partial is not None:
            with suppress(OSError):
                partial.unlink()


def place(partial: Path, out: Path, *, replace: bool = False, unique: bool = False) -> Path:
    """Move a finished file to `out` (see write_file for `replace` and `unique`) and sync the folder."""
    try:
        if replace:
            out = destination(out, may_exist=True)
            os.replace(partial, out)
            placed = out
        else:
            placed = move_without_replacing(partial, out, unique=unique)
    except FileWriteError:
        raise
    except OSError as error:
        raise cannot_write(error, out) from error
    _sync_folder(placed.parent)
    return placed


def move_without_replacing(source: Path, target: Path, *, unique: bool = False) -> Path:
    """Rename `source` to `target`, or with `unique` to the first free `<stem>-N<suffix>`, never replacing
    anything; returns the name used. Raises FileExistsRefusedError when `target` is taken and not `unique`."""
    for number in range(1, 10_000):
        candidate = target if number == 1 else target.with_name(f"{target.stem}-{number}{target.suffix}")
        try:
            _rename_no_replace(source, candidate)
        except FileExistsError:
            if unique:
                continue
            raise _exists(target) from None
        return candidate
    raise _exists(target)


def destination(out: Path, *, may_exist: bool = False) -> Path:
    """`out` as a place to write, or a plain refusal: a missing folder, something that is not a regular file,
    or (unless `may_exist`) a file that exists. A link to a regular file stands for the file it points to."""
    out = Path(out).expanduser()
    if not out.parent.is_dir():
        raise _missing_folder(out)
    try:
        found = os.stat(out)
    except FileNotFoundError:
        if os.path.lexists(out):
            raise _not_regular(out, "a link to nothing") from None
        return out
    except OSError as error:
        raise cannot_write(error, out) from error
    if stat.S_ISDIR(found.st_mode):
        raise _not_regular(out, "a folder")
    if not stat.S_ISREG(found.st_mode):
        raise _not_regular(out, "a device or other special file")
    if not may_exist:
        raise _exists(out)
    return Path(os.path.realpath(out)) if out.is_symlink() else out


def write_folder(out: Path, fill: Callable[[Path], None], *, replace: bool = False) -> Path:
    """A new owner-only folder filled by `fill(partial)` (write each file in it with write_bytes), built aside
    and moved into place. An existing folder is used only when empty and `replace` was asked for."""
    out = Path(out).expanduser()
    if not out.parent.is_dir():
        raise _missing_folder(out)
    if os.path.lexists(out):
        if not replace:
            raise _exists(out)
        if not out.is_dir() or out.is_symlink() or any(out.iterdir()):
            raise FileWriteError(
                QT_TR_NOOP(
                    "{out} already exists and is not an empty folder, so painlog left it unchanged; choose a new name."
                ),
                {"out": out},
            )
    partial = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    try:
        fill(partial)
        if os.path.lexists(out):
            out.rmdir()
        _rename_no_replace(partial, out)
        _sync_folder(out.parent)
    except OSError as error:
        cause = error.__cause__ if isinstance(error, FileWriteError) else error
        if isinstance(cause, OSError):
            raise cannot_write(cause, out) from error  # named as the folder
        raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return out


def sentence(error: OSError, out: Path) -> str:
    """What went wrong writing `out`, as one plain sentence that says nothing was changed and what to do."""
    return str(cannot_write(error, out))


def cannot_write(error: OSError, out: Path) -> FileWriteError:
    """What went wrong writing `out` (see `sentence`), as the error to raise."""
    failure = failure_of(error)
    if failure in (Failure.FULL, Failure.READ_ONLY):
        # Full: the file that was not written; read-only: the folder, already named.
        outcome = Phrase(NOT_WRITTEN, {"out": out}) if failure is Failure.FULL else NOTHING_CHANGED
        template, values = failure_words(failure, where=out.parent, outcome=outcome)
        return FileWriteError(template, values, end=".")
    if error.errno == errno.ENOENT:
        return _missing_folder(out)
    reason = (error.strerror or str(error)).rstrip(".").lower()
    return FileWriteError(
        QT_TR_NOOP(
            "{out} could not be written ({reason}), so nothing was changed; try again or choose another folder."
        ),
        {"out": out, "reason": reason},
    )


NOT_WRITTEN = QT_TR_NOOP("{out} was not written and nothing was changed")
NOTHING_CHANGED = Phrase(QT_TR_NOOP("nothing was changed"))
NOT_REGULAR = {
    "a folder": QT_TR_NOOP("{out} is a folder, not a file, so painlog did not write to it; choose a file name."),
    "a device or other special file": QT_TR_NOOP(
        "{out} is a device or other special file, not a file, so painlog did not write to it; choose a file name."
    ),
    "a link to nothing": QT_TR_NOOP(
        "{out} is a link to nothing, not a file, so painlog did not write to it; choose a file name."
    ),
}


def _exists(out: Path) -> FileExistsRefusedError:
    return FileExistsRefusedError(
        QT_TR_NOOP("{out} already exists, so painlog left it unchanged; choose another name."), {"out": out}
    )


def _missing_folder(out: Path) -> FileWriteError:
    return FileWriteError(
        QT_TR_NOOP("The folder {folder} does not exist, so nothing was written; choose one that does."),
        {"folder": out.parent},
    )


def _not_regular(out: Path, what: str) -> FileWriteError:
    return FileWriteError(NOT_REGULAR[what], {"out": out})


def _write_all(path: Path, data: bytes) -> None:
    handle = os.open(path, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]
    finally:
        os.close(handle)


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    """After a rename, sync the folder so the new name survives a power cut (POSIX only; elsewhere skipped)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _rename_no_replace(source: Path, target: Path) -> None:
    """An atomic rename that fails with FileExistsError instead of replacing `target`.

    A hard link is the portable no-replace rename; where the file system has none (FAT, some network
    drives), check then rename (Windows' rename refuses an existing target by itself).
    """
    if source.is_dir():
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target))
        os.rename(source, target)
        return
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in NO_HARD_LINKS:
            raise
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)
