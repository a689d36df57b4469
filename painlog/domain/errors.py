"""The domain's errors: a value a person entered that cannot be right, and the known problems of a diary.

The known problems are defined here, not in storage, so that code deciding what a page does
(painlog/presenters) can tell them from bugs without importing storage; storage raises their subclasses.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from painlog.domain.checkin import CheckIn


class ValidationError(ValueError):
    """A value that breaks a rule of the diary, with the field it belongs to.

    `template` is the rule's sentence in English with {placeholders} (marked for translation where it is
    written), `values` fill them: the wording layer says it in the reader's language (painlog.wording.refusals);
    `message` is the English sentence, for the command line and the logs. `field` lets a form point at the input.
    """

    def __init__(self, field: str, template: str, **values: object) -> None:
        message = filled(template, values)
        super().__init__(message)
        self.field = field
        self.template = template
        self.values = values
        self.message = message


def filled(template: str, values: Mapping[str, object]) -> str:
    """An English template with its values: a sentence that starts with a value ("{name} is required.", "{where}
    is in use …") has its first letter written in upper case, unless that value is a file's name."""
    return opening_capital(template.format(**values) if values else template, template, values)


def opening_capital(text: str, template: str, values: Mapping[str, object]) -> str:
    """`text` (made from `template`) with an upper-case first letter when the template opens with a value, but not
    when that value is a path: "diary.sqlite" is not "Diary.sqlite" on a file system that tells them apart."""
    if not template.startswith("{") or "}" not in template:
        return text
    first = values.get(template[1 : template.index("}")].split(":")[0].split("!")[0])
    if isinstance(first, PurePath) or (isinstance(first, str) and any(mark in first for mark in "/\\.")):
        return text
    return text[:1].upper() + text[1:]


class KnownProblemError(Exception):
    """An expected problem with the diary (a full disk, a lock, another writer), not a bug: str() is the plain
    sentence to show, and nothing of the change it stopped was kept. storage's DiaryError is one.

    When `template` is set, it is that sentence in English with {placeholders} (marked for translation where it is
    written) and `values` fill them, as a ValidationError's: the wording layer says it in the reader's language
    (painlog.wording.refusals). Without it, str() is all there is, in English.
    """

    template: str = ""
    values: Mapping[str, object] = MappingProxyType({})


class ChangedElsewhereError(KnownProblemError):
    """The day is no longer the version a form opened with: another window or program wrote it since.

    `stored` is the version there now (None: its entry was deleted), for the person to choose between it and theirs.
    """

    stored: CheckIn | None
