"""Showing a dialog modally, the one way every dialog is shown (its own module, so a dialog's module and the
small functions in dialogs.py that show it need not import each other)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """Show `dialog` modally and schedule its deletion: a dialog made with a parent would otherwise live, with
    all its widgets, as long as the main window (the soak test found hundreds of them after a day's use)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
