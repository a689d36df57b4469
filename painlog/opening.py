"""Opening the diary in a thread of its own while the app loads Qt.

The storage modules and SQLite's checks of the file (about 30 ms for a ten-year diary, of which SQLite's
quick_check takes 13 ms outside the GIL) overlap with the import of PySide6 instead of following it.
No Qt here: this starts before Qt is imported.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from painlog.session import DiarySession
    from painlog.storage.errors import DiaryError
    from painlog.storage.lock import DiaryLock


class DiaryOpening:
    """A diary being opened; `session()` waits for it and hands it to the calling thread.

    The diary's lock (one painlog at a time) is taken first; it stays held until `release()`, also while
    the app recovers a diary that could not be opened.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock: DiaryLock | None = None
        self._session: DiarySession | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._open, name="painlog: open diary", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        try:
            from painlog.storage.lock import acquire

            self.lock = acquire(self.path)
            from painlog.session import DiarySession

            self._session = DiarySession(self.path, handed_over=True)
        except BaseException as error:  # raised again in the thread that asks for the session
            self._error = error

    def problem(self) -> DiaryError | None:
        """Waits for the opening; why the diary cannot be opened (a sentence), else None."""
        from painlog.storage.errors import DiaryError

        self._thread.join()
        return self._error if isinstance(self._error, DiaryError) else None

    def release(self) -> None:
        """Give up the diary's lock (when the app ends)."""
        if self.lock is not None:
            self.lock.release()

    def session(self) -> DiarySession:
        """The open session; raises what opening raised (a DiaryError says why the diary cannot be opened)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._session is not None
        return self._session
