"""Log or edit a flare: time, intensity, where, what it felt like, what set it off and what helped."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from painlog.domain import clock
from painlog.domain.episode import Episode
from painlog.domain.errors import ValidationError
from painlog.domain.vocabulary import LOCATIONS, QUALITIES
from painlog.ui.body_drawing import BodyDrawing, beside
from painlog.ui.code_checklist import CodeChecklist
from painlog.ui.entry_dialog import EntryDialog
from painlog.ui.form_dialog import datetime_input, moment_of
from painlog.ui.modal import run_modal
from painlog.ui.plain_text import plain_label
from painlog.ui.scale_input import ScaleInput
from painlog.ui.section import Section
from painlog.ui.style import set_tone
from painlog.ui.words import location_word, quality_word, refusal, tr
from painlog.wording import QT_TR_NOOP


class EpisodeDialog(EntryDialog):
    what = QT_TR_NOOP("this flare")

    def __init__(self, parent: QWidget | None, *, day: date, episode: Episode | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit flare") if episode else tr("Log a flare"))
        self._latest = clock.latest_moment()
        self.result_episode: Episode | None = None

        start = episode.at if episode else clock.moment_on(day, clock.now(), self._latest)
        self.when = datetime_input(start, latest=self._latest)
        self.intensity = ScaleInput("intensity", required=True)
        self.locations = CodeChecklist(LOCATIONS, location_word, columns=3)
        self.location_drawing = BodyDrawing(self.locations, location_word, lines=11)  # as tall as the list
        self.qualities = CodeChecklist(QUALITIES, quality_word, columns=4)
        self.trigger = QLineEdit()
        self.trigger.setPlaceholderText(tr("for example: lifting, a long drive, cold weather"))
        self.helped = QLineEdit()
        self.helped.setPlaceholderText(tr("for example: heat, rest, a walk"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.error = plain_label()
        set_tone(self.error, "error")
        self.error.setWordWrap(True)

        when = QFormLayout()
        when.addRow(tr("When"), self.when)
        form = QFormLayout()
        form.addRow(tr("What set it off?"), self.trigger)
        form.addRow(tr("What helped?"), self.helped)
        form.addRow(tr("Note"), self.note)
        where = Section(tr("Where (optional)"))
        where.content.addWidget(beside(self.location_drawing, self.locations))
        feel = Section(tr("What it felt like (optional)"))
        feel.content.addWidget(self.qualities)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(when)
        layout.addWidget(self.intensity)
        layout.addWidget(where)
        layout.addWidget(feel)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if episode:
            self.intensity.set_value(episode.intensity)
            self.locations.set_codes(episode.locations)
            self.location_drawing.refresh()
            self.qualities.set_codes(episode.qualities)
            self.trigger.setText(episode.trigger)
            self.helped.setText(episode.helped)
            self.note.setPlainText(episode.note)
        self.intensity.setFocus()

    def accept(self) -> None:
        """Close only with a valid episode; otherwise say what is wrong and stay open."""
        if self.intensity.value() is None:
            self.error.setText(tr("Please choose how strong the pain is (0 to 10)."))
            return
        try:
            self.result_episode = Episode(
                at=moment_of(self.when),
                intensity=self.intensity.value(),  # type: ignore[arg-type]
                locations=self.locations.codes(),
                qualities=self.qualities.codes(),
                trigger=self.trigger.text().strip(),
                helped=self.helped.text().strip(),
                note=self.note.toPlainText().strip(),
            ).validated(self._latest.replace(second=59))
        except ValidationError as error:
            self.error.setText(refusal(error))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, day: date, episode: Episode | None = None) -> Episode | None:
        """Show the dialog modally; the episode entered, or None if cancelled."""
        dialog = cls(parent, day=day, episode=episode)
        accepted = run_modal(dialog) == QDialog.DialogCode.Accepted
        return dialog.result_episode if accepted else None
