"""Writing the summary PDF to a file safely, with or without a display.

The PDF is written beside its destination under a temporary name and moved into place (painlog.files), so a
failure leaves no half-written file and never replaces a good one.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from painlog.files import FileWriteError, write_file
from painlog.report.sources import DiarySource

SummaryWriteError = FileWriteError  # what a failed summary raises: one plain sentence


def ensure_gui_application() -> None:
    """Qt needs an application object for fonts and PDF; without a display, use the offscreen platform.

    A QApplication (not just a QGuiApplication), so widgets can still be made later in the same process.
    """
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui_application.app = QApplication([])  # type: ignore[attr-defined]


def write_summary_pdf(
    source: DiarySource, start: date, end: date, out: Path, *, made: date, sections: frozenset[str] | None = None
) -> int:
    """Build and write the summary of `start`..`end` to `out`; returns the page count."""
    ensure_gui_application()
    from painlog.report.document import write_pdf
    from painlog.report.summary import SECTIONS, build_summary

    summary = build_summary(
        source, start, end, made=made,
        patient=source.settings.get("patient_name"),
        birth_date=source.settings.get("birth_date"),
        sections=sections if sections is not None else frozenset(SECTIONS),
    )  # fmt: skip
    pages: list[int] = []
    write_file(out, lambda partial: pages.append(write_pdf(summary, partial)))
    return pages[0]
