"""Writing the summary PDF to a file safely, with or without a display.

The PDF is made in memory, then written by painlog.files: under a temporary name, checked to be a whole PDF,
synced and moved into place, so a failure (a full disk) leaves no half-written file and never replaces a
good one.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from painlog.files import FileWriteError, write_bytes
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
    source: DiarySource,
    start: date,
    end: date,
    out: Path,
    *,
    made: date,
    sections: frozenset[str] | None = None,
    replace: bool = False,
    language: str = "en",
) -> int:
    """Build and write the summary of `start`..`end` to `out` (an existing file only if `replace`), in
    `language` whatever the app's is; returns the page count."""
    ensure_gui_application()
    from painlog.languages import translator_for
    from painlog.report.document import pdf_bytes
    from painlog.report.summary import SECTIONS, build_summary

    summary = build_summary(
        source, start, end, made=made,
        patient=source.settings.get("patient_name"),
        birth_date=source.settings.get("birth_date"),
        sections=sections if sections is not None else frozenset(SECTIONS),
    )  # fmt: skip
    data, pages = pdf_bytes(summary, tr=translator_for(language))
    write_bytes(out, data, replace=replace, check=is_whole_pdf)
    return pages


def write_procedure_pdf(source: DiarySource, out: Path, *, made: date, procedure_id: int | None = None,
                        trial_id: int | None = None, replace: bool = False,
                        language: str = "en") -> tuple[int, str]:  # fmt: skip
    """Write one procedure's (or trial's) report to `out`; returns its page count and title. LookupError when the
    diary has no such procedure or trial."""
    ensure_gui_application()
    from painlog.languages import translator_for
    from painlog.report.procedure_document import procedure_pdf, report_title
    from painlog.report.procedure_results import procedure_report, trial_report

    if trial_id is not None:
        report = trial_report(source, trial_id, made)
    elif procedure_id is not None:
        report = procedure_report(source, procedure_id, made)
    else:
        raise ValueError("a procedure or a trial")
    tr = translator_for(language)
    data, pages = procedure_pdf(report, tr=tr)
    write_bytes(out, data, replace=replace, check=is_whole_pdf)
    return pages, report_title(report, tr)


def is_whole_pdf(path: Path) -> bool:
    """The file starts as a PDF does and ends with the end-of-file marker, so it was written to its end."""
    with path.open("rb") as file:
        head = file.read(5)
        file.seek(max(0, path.stat().st_size - 32))
        tail = file.read()
    return head == b"%PDF-" and tail.rstrip().endswith(b"%%EOF")
