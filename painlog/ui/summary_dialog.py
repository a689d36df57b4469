"""The visit summary dialog: pick the period, the sections and the language (the app's by default: a patient's
Spanish app may print the doctor's English summary), then preview, print or save it as PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from painlog.domain import clock
from painlog.domain.visits import last_visit
from painlog.languages import LANGUAGE_KEY, LANGUAGES, resolve, translator_for
from painlog.report.document import page_layout, page_size_for_locale, print_summary
from painlog.report.pdf_file import SummaryWriteError, write_procedure_pdf, write_summary_pdf
from painlog.report.procedure_results import report_choices
from painlog.report.sources import DiarySource
from painlog.report.summary import VisitSummary, build_summary
from painlog.storage.errors import DiaryError
from painlog.ui import dialogs
from painlog.ui.form_dialog import choice_input, choose, chosen, date_input, date_of
from painlog.ui.plain_text import plain_label
from painlog.ui.style import set_tone
from painlog.ui.words import refusal, tr
from painlog.wording import QT_TR_NOOP

SECTION_WORDS = {
    "therapy": QT_TR_NOOP("Therapy changes and whether they helped"),
    "medication": QT_TR_NOOP("How medication was taken (adherence, as-needed use)"),
    "effects": QT_TR_NOOP("Side effects and where it hurt"),
    "patient": QT_TR_NOOP("Goals"),
}


class SummaryDialog(QDialog):
    def __init__(self, parent: QWidget | None, source: DiarySource, *, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Visit summary"))
        self._source = source
        self._today = today
        visit = last_visit(source.visits.all(), today)
        self._since = visit.day if visit else None

        period = QGroupBox(tr("Period"))
        self.since_visit = QRadioButton(
            tr("Since the last visit ({day})").format(day=visit.day.isoformat()) if visit
            else tr("Since the last visit (none recorded yet)")
        )  # fmt: skip
        self.since_visit.setEnabled(visit is not None)
        self.last_30 = QRadioButton(tr("Last 30 days"))
        self.last_90 = QRadioButton(tr("Last 90 days"))
        self.custom = QRadioButton(tr("From"))
        self.custom_start = date_input(today - timedelta(days=29), latest=clock.latest_day())
        self.custom_end = date_input(today, latest=clock.latest_day())
        self.custom_start.setAccessibleName(tr("First day of the summary"))
        self.custom_end.setAccessibleName(tr("Last day of the summary"))
        group = QButtonGroup(self)
        for button in (self.since_visit, self.last_30, self.last_90, self.custom):
            group.addButton(button)
        (self.since_visit if visit else self.last_30).setChecked(True)
        custom_row = QHBoxLayout()
        for widget in (self.custom, self.custom_start, QLabel(tr("to")), self.custom_end):
            custom_row.addWidget(widget)
        custom_row.addStretch(1)
        box = QVBoxLayout(period)
        for button in (self.since_visit, self.last_30, self.last_90):
            box.addWidget(button)
        box.addLayout(custom_row)

        sections = QGroupBox(tr("After the first page, include"))
        self.sections = {key: QCheckBox(tr.known(words)) for key, words in SECTION_WORDS.items()}
        section_box = QVBoxLayout(sections)
        for box_widget in self.sections.values():
            box_widget.setChecked(True)
            section_box.addWidget(box_widget)

        header = QGroupBox(tr("Printed in the header (optional, kept in your diary)"))
        self.patient = QLineEdit(source.settings.get("patient_name"))
        self.birth = QLineEdit(source.settings.get("birth_date"))
        self.birth.setPlaceholderText(tr("for example 1961-04-02"))
        form = QFormLayout(header)
        form.addRow(tr("Your name"), self.patient)
        form.addRow(tr("Date of birth"), self.birth)
        self.language = choice_input(LANGUAGES)
        self.language.setAccessibleName(tr("Language of the summary"))
        choose(self.language, resolve(source.settings.get(LANGUAGE_KEY)))
        form.addRow(tr("Language of the summary"), self.language)

        self.preview_button = QPushButton(tr("Preview…"))
        self.print_button = QPushButton(tr("Print…"))
        self.pdf_button = QPushButton(tr("Save as PDF…"))
        close = QPushButton(tr("Close"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for action in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addWidget(action)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.message = plain_label()
        self.message.setWordWrap(True)

        procedures = QGroupBox(tr("A procedure diary on a page of its own"))
        self.procedure = QComboBox()
        self.procedure.setAccessibleName(tr("Procedure diary to print"))
        for label, kind, key in report_choices(source, tr):
            self.procedure.addItem(label, (kind, key))
        self.procedure_pdf_button = QPushButton(tr("Save its page as PDF…"))
        self.procedure_pdf_button.clicked.connect(self.save_procedure_pdf)
        row = QHBoxLayout(procedures)
        row.addWidget(self.procedure, 1)
        row.addWidget(self.procedure_pdf_button)
        procedures.setVisible(self.procedure.count() > 0)

        layout = QVBoxLayout(self)
        for part in (period, sections, header, procedures):
            layout.addWidget(part)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def period(self) -> tuple[date, date]:
        today = self._today
        if self.since_visit.isChecked() and self._since is not None:
            return self._since, today
        if self.last_90.isChecked():
            return today - timedelta(days=89), today
        if self.custom.isChecked():
            return date_of(self.custom_start), date_of(self.custom_end)
        return today - timedelta(days=29), today

    def chosen_language(self) -> str:
        return chosen(self.language) or "en"

    def chosen_sections(self) -> frozenset[str]:
        return frozenset(key for key, box in self.sections.items() if box.isChecked())

    def _prepare(self) -> tuple[date, date] | None:
        """Keep the header settings and check the period; None (with a message) when it cannot be used."""
        start, end = self.period()
        if start > end:
            self._say(tr("The first day comes after the last one; change the dates."), "error")
            return None
        try:  # only what was changed: a read-only window makes summaries of the header as the diary keeps it
            for key, field in (("patient_name", self.patient), ("birth_date", self.birth)):
                if field.text() != self._source.settings.get(key):
                    self._source.settings.set(key, field.text())
        except DiaryError as error:
            self._say(refusal(error), "error")
            return None
        return start, end

    def summary(self) -> VisitSummary | None:
        period = self._prepare()
        if period is None:
            return None
        return build_summary(self._source, *period, made=self._today, patient=self.patient.text().strip(),
                             birth_date=self.birth.text().strip(), sections=self.chosen_sections())  # fmt: skip

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(page_size_for_locale()))
        return printer

    def preview(self) -> None:
        summary = self.summary()
        if summary is not None:
            words = translator_for(self.chosen_language())
            dialogs.show_print_preview(self, self._printer(), lambda printer: print_summary(summary, printer, words))

    def print_(self) -> None:
        summary = self.summary()
        if summary is None:
            return
        printer = self._printer()
        if dialogs.ask_print(self, printer):
            print_summary(summary, printer, translator_for(self.chosen_language()))
            self._say(tr("Sent to the printer."), "saved")

    def save_pdf(self) -> None:
        period = self._prepare()
        if period is None:
            return
        start, end = period
        chosen = self._ask_pdf(tr("Save the visit summary"), f"pain-summary-{end.isoformat()}.pdf")
        if chosen is None:
            return
        out, replace = chosen
        try:
            pages = write_summary_pdf(self._source, start, end, out, made=self._today,
                                      sections=self.chosen_sections(), replace=replace,
                                      language=self.chosen_language())  # fmt: skip
        except (SummaryWriteError, DiaryError) as error:
            self._say(refusal(error), "error")
            return
        self._say(tr("Saved %n page(s) to {path}.", None, pages).format(path=out), "saved")

    def save_procedure_pdf(self) -> None:
        """The chosen block diary, follow-ups or stimulator trial as one page (as `painlog summary --procedure`)."""
        chosen = self.procedure.currentData()
        if chosen is None:
            return
        kind, key = chosen
        asked = self._ask_pdf(tr("Save the procedure diary"), f"pain-procedure-{self._today.isoformat()}.pdf")
        if asked is None:
            return
        out, replace = asked
        try:
            ids = {"procedure_id": key} if kind == "procedure" else {"trial_id": key}
            _, title = write_procedure_pdf(self._source, out, made=self._today, replace=replace,
                                           language=self.chosen_language(), **ids)  # fmt: skip
        except (SummaryWriteError, DiaryError) as error:
            self._say(refusal(error), "error")
            return
        self._say(tr("Saved the {title} to {path}.").format(title=title, path=out), "saved")

    def _ask_pdf(self, title: str, name: str) -> tuple[Path, bool] | None:
        """Where to save a PDF (".pdf" added when left out), and whether replacing it was agreed: the save dialog
        asked before replacing the name it returned, not one with ".pdf" added."""
        path = dialogs.ask_save_path(self, title, str(Path.home() / name), tr("PDF (*.pdf)"))
        if path is None:
            return None
        out = path if path.lower().endswith(".pdf") else path + ".pdf"
        return Path(out), out == path

    def _say(self, text: str, tone: str) -> None:
        set_tone(self.message, tone)
        self.message.setText(text)

    @classmethod
    def open_for(cls, parent: QWidget | None, source: DiarySource, *, today: date) -> None:
        dialogs.run_modal(cls(parent, source, today=today))
