"""The questions a presenter may put to the person, as the answers it can get back (the view words them)."""

from __future__ import annotations

from enum import Enum


class Unsaved(Enum):
    """Leaving a form with unsaved changes: save them first, throw them away, or stay."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Elsewhere(Enum):
    """Saving over a version written elsewhere meanwhile: show that one, keep mine over it, or do nothing yet."""

    RELOAD = "reload"
    KEEP_MINE = "keep mine"
    CANCEL = "cancel"
