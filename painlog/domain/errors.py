"""The domain's errors: a value a person entered that cannot be right, and the known problems of a diary.

The known problems are defined here, not in storage, so that code deciding what a page does
(painlog/presenters) can tell them from bugs without importing storage; storage raises their subclasses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from painlog.domain.checkin import CheckIn


class ValidationError(ValueError):
    """A value that breaks a rule of the diary, with the field it belongs to.

    The message is a plain sentence a patient can act on; `field` lets a form point at the input.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class KnownProblemError(Exception):
    """An expected problem with the diary (a full disk, a lock, another writer), not a bug: str() is the plain
    sentence to show, and nothing of the change it stopped was kept. storage's DiaryError is one."""


class ChangedElsewhereError(KnownProblemError):
    """The day is no longer the version a form opened with: another window or program wrote it since.

    `stored` is the version there now (None: its entry was deleted), for the person to choose between it and theirs.
    """

    stored: CheckIn | None
