"""What was read from the diary has an id; saying so once, instead of `int | None` everywhere it is used."""

from __future__ import annotations

from typing import Protocol


class Stored(Protocol):
    @property
    def id(self) -> int | None: ...


def stored_id(item: Stored) -> int:
    """The id of something read from the diary, which always has one; one without is a bug in painlog."""
    if item.id is None:
        raise ValueError(f"this {type(item).__name__} was not read from the diary, so it has no id")
    return item.id
