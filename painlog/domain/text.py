"""How much text one field of the diary holds: one limit for what the app saves and what an import accepts.

A note of a few pages is a diary; a cell of megabytes is a damaged or hostile file. Both the forms (through
each record's `validated()`) and the import (for every text cell) check against this one number, so whatever
the app saved, its own export brings back.
"""

from __future__ import annotations

from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.scales import field_name

MAX_TEXT = 100_000  # characters in one field (a note, a description, a visit's questions together)


def check_text(fields: dict[str, str | None]) -> None:
    """Raise ValidationError naming the first field whose text is longer than MAX_TEXT."""
    for field, value in fields.items():
        if value is not None and len(value) > MAX_TEXT:
            name = field_name(field)
            raise ValidationError(
                field,
                QT_TR_NOOP("{count} characters are too many for {name}; at most {most} fit."),
                count=format(len(value), ","),
                name=name,
                most=format(MAX_TEXT, ","),
            )
