"""Writing the summary PDF to a file safely, with or without a display.

The PDF is written beside its destination under a temporary name and moved into place, so a failure leaves
no half-written file and never replaces a good one.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from painlog.report.sources import DiarySource

SUMMARY_KEYS = ("patient_name", "birth_date")


class SummaryWriteError(OSError):
    """The PDF could not be written where asked; the sentence says why."""


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
    out = Path(out).expanduser()
    if out.is_dir():
        raise SummaryWriteError(f"{out} is a folder; give a file name such as summary.pdf")
    if not out.parent.is_dir():
        raise SummaryWriteError(f"The folder {out.parent} does not exist")
    partial = out.with_name(f".{out.name}.partial")
    try:
        with open(partial, "wb"):
            pass
    except OSError as error:
        raise SummaryWriteError(f"Cannot write {out}: {error.strerror or error}") from error
    ensure_gui_application()
    from painlog.report.document import write_pdf
    from painlog.report.summary import SECTIONS, build_summary

    summary = build_summary(
        source, start, end, made=made,
        patient=source.settings.get("patient_name"),
        birth_date=source.settings.get("birth_date"),
        sections=sections if sections is not None else frozenset(SECTIONS),
    )  # fmt: skip
    try:
        pages = write_pdf(summary, partial)
        os.chmod(partial, 0o600)
        os.replace(partial, out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise SummaryWriteError(f"Cannot write {out}: {error.strerror or error}") from error
    return pages
