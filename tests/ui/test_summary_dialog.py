"""The visit summary dialog: choose a period, save a PDF (save-file dialog replaced), preview and print."""

from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from painlog import demo
from painlog.ui import dialogs
from painlog.ui.summary_dialog import SummaryDialog
from tests.ui.conftest import click

TODAY = date.today()


def test_save_the_summary_as_pdf_from_the_menu(window, qtbot, diary, drive_dialog, monkeypatch, tmp_path):
    demo.write(diary, demo.generate(days=120, seed=3))
    out = tmp_path / "for-dr-reyes"  # no suffix: .pdf is added
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(out))
    seen = {}

    def steps(dialog):
        click(qtbot, dialog.last_90)
        qtbot.keyClicks(dialog.patient, "Ana Silva")
        click(qtbot, dialog.sections["medication"])  # leave that section out
        click(qtbot, dialog.pdf_button)
        seen["message"] = dialog.message.text()
        dialog.accept()

    drive_dialog(SummaryDialog, steps)
    window.summary_action.trigger()
    pdf = tmp_path / "for-dr-reyes.pdf"
    assert seen["message"] == f"Saved {len(PdfReader(pdf).pages)} pages to {pdf}."  # not "page(s)"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert f"{(TODAY - timedelta(days=89)).isoformat()} to {TODAY.isoformat()} (90 days)" in text
    assert "Ana Silva" in text
    assert "How medication was taken" not in text and "Questions for this visit" in text
    assert diary.settings.get("patient_name") == "Ana Silva"


def test_preview_and_print_draw_the_same_document(window, qtbot, diary, drive_dialog, monkeypatch, tmp_path):
    demo.write(diary, demo.generate(days=60, seed=4))
    drawn = []

    def preview(parent, printer, paint):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        paint(printer)
        drawn.append("preview")

    def print_dialog(parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    monkeypatch.setattr(dialogs, "show_print_preview", preview)
    monkeypatch.setattr(dialogs, "ask_print", print_dialog)

    def steps(dialog):
        click(qtbot, dialog.preview_button)
        click(qtbot, dialog.print_button)
        dialog.accept()

    drive_dialog(SummaryDialog, steps)
    window.show_page(window.visits_page)
    click(qtbot, window.visits_page.summary_button)
    assert drawn == ["preview"]
    for name in ("preview.pdf", "printed.pdf"):
        pages = PdfReader(tmp_path / name).pages
        text = " ".join(pages[0].extract_text().split())
        assert "Pain diary — visit summary" in text
        assert f"page 1 of {len(pages)}" in text and "What needs attention" in text  # the running footer too


def test_a_procedure_diary_is_saved_on_a_page_of_its_own(window, qtbot, diary, drive_dialog, monkeypatch, tmp_path):
    demo.write(diary, demo.generate(days=180, seed=3))
    out = tmp_path / "block.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(out))
    seen = {}

    def steps(dialog):
        labels = [dialog.procedure.itemText(n) for n in range(dialog.procedure.count())]
        seen["labels"] = labels
        dialog.procedure.setCurrentIndex(next(n for n, label in enumerate(labels) if "Medial branch block" in label))
        click(qtbot, dialog.procedure_pdf_button)
        seen["message"] = dialog.message.text()
        dialog.accept()

    drive_dialog(SummaryDialog, steps)
    window.summary_action.trigger()
    assert any(label.startswith("Spinal cord stimulator trial, ") for label in seen["labels"])
    assert any(label.startswith("Radiofrequency ablation, ") for label in seen["labels"])
    assert seen["message"] == f"Saved the Diagnostic block diary — Medial branch block to {out}."
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and "peak relief" in " ".join(reader.pages[0].extract_text().split())


def test_without_procedure_diaries_the_choice_is_not_shown(window, qtbot, diary, drive_dialog):
    seen = {}

    def steps(dialog):
        seen["shown"] = dialog.procedure.parentWidget().isVisibleTo(dialog)
        dialog.accept()

    drive_dialog(SummaryDialog, steps)
    window.summary_action.trigger()
    assert seen["shown"] is False
