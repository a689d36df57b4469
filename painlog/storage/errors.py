"""Known problems with a diary file, each a plain sentence that says what to do.

These are expected conditions (a foreign file, a full disk), not bugs: the CLI prints them as one line and
the app shows them in a dialog.
"""

from collections.abc import Mapping

from painlog.domain.errors import KnownProblemError, filled


class DiaryError(KnownProblemError):
    """Base of every known storage problem; str() is the sentence shown to the person.

    `problem` is the sentence without `hint`, the command-line advice (restore this backup with `painlog
    restore …`) that the app replaces with its own offer of the backups.

    With `values`, `problem` is an English template (marked with QT_TR_NOOP where it is written) that they fill:
    the app says it in its language (painlog.wording.refusals), the command line in English (str()).
    """

    def __init__(self, problem: str, hint: str = "", *, values: Mapping[str, object] | None = None) -> None:
        if values is not None:
            self.template, self.values = problem, dict(values)
            problem = filled(problem, values)
        super().__init__(problem + hint)
        self.problem = problem
        self.hint = hint


class NotADiaryError(DiaryError):
    """The file is not SQLite, or is SQLite but not a painlog diary; it was not changed."""


class DiaryTooNewError(DiaryError):
    """A newer painlog wrote this diary; it was not changed."""


class DiaryDamagedError(DiaryError):
    """SQLite reports the file as damaged; it was not changed."""


class DiaryUnwritableError(DiaryError):
    """The file or its folder cannot be written (read-only, permissions)."""


class DiaryWriteError(DiaryError):
    """A write was refused (disk full, a constraint); nothing of it was kept."""


class DiaryLockedError(DiaryError):
    """Another program holds a lock on the diary; it was not changed."""


class StrayWalError(NotADiaryError):
    """The diary is fine, but the -wal file beside it belongs to another database; nothing was changed."""


class DiaryLinkError(DiaryError):
    """The diary's path is a link whose target is missing, or a loop of links; nothing was created."""


class DiaryInUseError(DiaryLockedError):
    """Another painlog has the diary open (its lock file says which); nothing was changed."""
