"""The Settings dialog (View ▸ Settings…): the language, the daily reminder and its time, how often the
questionnaires are offered, which country's crisis lines are shown, and the patient's own contact for a bad moment,
kept in the diary's settings so they travel with it; and whether painlog starts at log-in, kept by the computer (an
autostart entry, written or removed at once)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from painlog import autostart
from painlog.domain import prompts
from painlog.domain.crisis import CRISIS_LINES
from painlog.languages import LANGUAGE_KEY, LANGUAGES, resolve
from painlog.storage.errors import DiaryError
from painlog.storage.settings import SettingsRepository
from painlog.ui import coping_words as words
from painlog.ui.desktop_notice import tray_available
from painlog.ui.form_dialog import FormDialog, choice_input, choose, chosen
from painlog.ui.reminder_question import time_input, time_of
from painlog.ui.style import set_tone
from painlog.ui.words import refusal, tr
from painlog.ui.wrapping_label import WrappingLabel
from painlog.wording import QT_TR_NOOP

NO_TRAY = QT_TR_NOOP(
    "This desktop shows no tray icons, so painlog cannot wait there for the reminder: it reminds you only while "
    "its window is open. To have it open by itself each day, tick “Start painlog when I log in”."
)
AUTOSTART_FAILED = {  # written, or removed: one whole sentence each, for the translator
    True: QT_TR_NOOP(
        "painlog could not write the entry that starts it when you log in ({path} cannot be written to), so "
        "nothing was changed; check that the folder is yours and not full."
    ),
    False: QT_TR_NOOP(
        "painlog could not remove the entry that starts it when you log in ({path} cannot be written to), so "
        "nothing was changed; check that the folder is yours and not full."
    ),
}

OTHER_COUNTRY = "other"  # no built-in line: "your local emergency number"


class SettingsDialog(FormDialog):
    what = QT_TR_NOOP("these settings")

    def __init__(self, parent: QWidget | None, settings: SettingsRepository, system_country: str,
                 start_entry: autostart.AutostartEntry | None = None) -> None:  # fmt: skip
        super().__init__(parent, tr("Settings"))
        self._settings = settings
        reminder = prompts.read_reminder(
            {key: settings.get(key) for key in prompts.reminder_settings(prompts.Reminder())}
        )
        self.reminder_on = QCheckBox(tr("Remind me each day to fill in my diary, at"))
        self.reminder_on.setChecked(reminder.on)
        self.reminder_at = time_input(reminder.at)
        self.reminder_at.setEnabled(reminder.on)
        self.reminder_on.toggled.connect(self.reminder_at.setEnabled)
        reminder_row = QWidget()
        row = QHBoxLayout(reminder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reminder_on)
        row.addWidget(self.reminder_at)
        row.addStretch(1)
        self.no_tray = WrappingLabel(tr.known(NO_TRAY))  # as tall as its lines, in a longer language too
        set_tone(self.no_tray, "hint")
        self.no_tray.setVisible(not tray_available())
        self._entry = start_entry or autostart.entry()
        self.autostart = QCheckBox(tr("Start painlog when I log in"))
        self.autostart.setChecked(autostart.is_enabled(self._entry))
        self.autostart.toggled.connect(self._start_at_log_in)
        self.autostart_message = WrappingLabel()
        self.autostart_message.hide()
        self.every = QSpinBox()
        self.every.setRange(*words.EVERY_DAYS_RANGE)
        self.every.setSuffix(tr(" days"))
        self.every.setValue(words.every_days(settings.get(words.EVERY_DAYS_KEY)))
        self.every.setAccessibleName(tr("Offer the questionnaires every"))
        found = words.COUNTRY_WORDS.get(system_country.upper())
        system = tr.known(found) if found else tr("not known")
        options = {"": tr("As this computer is set ({country})").format(country=system)}
        options |= {code: tr.known(words.COUNTRY_WORDS[code]) for code in CRISIS_LINES}
        options[OTHER_COUNTRY] = tr("Another country (your local emergency number)")
        self.country = choice_input(options)
        self.country.setAccessibleName(tr("Country for crisis lines"))
        stored = settings.get(words.COUNTRY_KEY)
        choose(self.country, stored if stored == OTHER_COUNTRY else stored.upper())
        self.own_line = QLineEdit(settings.get(words.OWN_LINE_KEY))
        self.own_line.setPlaceholderText(tr("for example: my GP's nurse line, 0123 456 789"))
        self.own_line.setAccessibleName(tr("Your own contact for a bad moment"))
        self._language = settings.get(LANGUAGE_KEY)
        languages = {"": tr("As this computer is set ({language})").format(language=LANGUAGES[resolve(None)])}
        self.language = choice_input(languages | LANGUAGES)
        self.language.setAccessibleName(tr("Language"))
        choose(self.language, self._language if self._language in LANGUAGES else "")
        self.form.addRow(tr("Language"), self.language)
        self.form.addRow(tr("Daily reminder"), reminder_row)
        self.form.addRow("", self.no_tray)
        self.form.addRow(tr("At log-in"), self.autostart)
        self.form.addRow("", self.autostart_message)
        self.form.addRow(tr("Offer the questionnaires every"), self.every)
        self.form.addRow(tr("Crisis lines for"), self.country)
        self.form.addRow(tr("Your own contact for a bad moment"), self.own_line)

    def _start_at_log_in(self, on: bool) -> None:
        """Written or removed at once (it is the computer's, not the diary's); a failure puts the tick back."""
        try:
            (autostart.enable if on else autostart.disable)(self._entry)
        except OSError:
            text = tr.known(AUTOSTART_FAILED[on]).format(path=self._entry.path.parent)
            set_tone(self.autostart_message, "error")
            self.autostart.blockSignals(True)
            self.autostart.setChecked(not on)
            self.autostart.blockSignals(False)
        else:
            text = (tr("painlog will start in the tray when you log in.") if on
                    else tr("painlog will no longer start when you log in."))  # fmt: skip
            set_tone(self.autostart_message, "saved")
        self.autostart_message.setText(text)
        self.autostart_message.show()

    def value(self) -> dict[str, str]:
        return {
            prompts.REMINDER_ON_KEY: "1" if self.reminder_on.isChecked() else "0",
            prompts.REMINDER_TIME_KEY: f"{time_of(self.reminder_at):%H:%M}",
            prompts.REMINDER_ASKED_KEY: "1",  # chosen here: the first-run question is not asked any more
            LANGUAGE_KEY: chosen(self.language) or "",
            words.EVERY_DAYS_KEY: str(self.every.value()),
            words.COUNTRY_KEY: chosen(self.country) or "",
            words.OWN_LINE_KEY: self.own_line.text().strip(),
        }

    @classmethod
    def edit(cls, parent: QWidget | None, settings: SettingsRepository,
             system_country: str) -> tuple[str, bool] | None:  # fmt: skip
        """Show the dialog and keep what was saved: what happened and whether it went well; None if cancelled."""
        dialog = cls(parent, settings, system_country)
        chosen_values = cls.run(dialog)
        if chosen_values is None:
            return None
        before = dialog._language if dialog._language in LANGUAGES else ""
        try:
            for key, value in chosen_values.items():
                settings.set(key, value)
        except DiaryError as error:
            return refusal(error), False
        if chosen_values[LANGUAGE_KEY] != before:
            return tr("Settings saved. painlog shows the new language the next time it starts."), True
        return tr("Settings saved."), True
