"""Saying what happened after an action, in a page's message line: done, or the plain reason it was not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from painlog.domain.errors import ValidationError
from painlog.storage.errors import DiaryError
from painlog.ui.style import set_tone
from painlog.ui.words import refusal


def say(label: QLabel, text: str, tone: str) -> None:
    """Show `text` in a message line, literally: it may quote what the patient typed."""
    set_tone(label, tone)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(full_stop(text))


def full_stop(text: str) -> str:
    """A sentence ends with its full stop; storage's sentences leave it off (the command line adds its own)."""
    text = text.rstrip()
    return text + "." if text and text[-1] not in ".!?…" else text


def attempt(label: QLabel, write: Callable[[], object], done: str) -> bool:
    """Run a write; a refusal (a rule, a full disk) is shown as its sentence and nothing of it is kept."""
    try:
        write()
    except (ValidationError, DiaryError) as error:
        say(label, refusal(error), "error")
        return False
    say(label, done, "saved")
    return True
