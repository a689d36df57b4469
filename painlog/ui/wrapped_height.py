"""A dialog of word-wrapped sentences is never shorter than its sentences need at its width.

Qt sizes a top-level window from its minimum size hint, which does not know how many lines a wrapped label takes
at the window's width; on a larger text size or scaling, the last lines were cut off (seen on the crisis screen
at 150 %). Call `fit_height` from the dialog's resizeEvent; it also takes back height nobody needs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height(dialog: QWidget, width: int) -> None:
    """Keep `dialog` at least as tall as its layout needs at `width`."""
    layout = dialog.layout()
    needed = layout.heightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
    if needed > 0 and dialog.minimumHeight() != needed:
        dialog.setMinimumHeight(needed)
        dialog.resize(width, needed)
