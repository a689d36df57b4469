"""The Settings dialog (View ▸ Settings…): the language, how often the questionnaires are offered, which
country's crisis lines are shown, and the patient's own contact for a bad moment. Kept in the diary's settings,
so they travel with it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from painlog.domain.crisis import CRISIS_LINES
from painlog.languages import LANGUAGE_KEY, LANGUAGES, resolve
from painlog.storage.errors import DiaryError
from painlog.storage.settings import SettingsRepository
from painlog.ui import coping_words as words
from painlog.ui.form_dialog import FormDialog, choice_input, choose, chosen
from painlog.ui.words import tr
from painlog.wording import QT_TR_NOOP

OTHER_COUNTRY = "other"  # no built-in line: "your local emergency number"


class SettingsDialog(FormDialog):
    what = QT_TR_NOOP("these settings")

    def __init__(self, parent: QWidget | None, settings: SettingsRepository, system_country: str) -> None:
        super().__init__(parent, tr("Settings"))
        self._settings = settings
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
        self.form.addRow(tr("Offer the questionnaires every"), self.every)
        self.form.addRow(tr("Crisis lines for"), self.country)
        self.form.addRow(tr("Your own contact for a bad moment"), self.own_line)

    def value(self) -> dict[str, str]:
        return {
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
            return str(error), False
        if chosen_values[LANGUAGE_KEY] != before:
            return tr("Settings saved. painlog shows the new language the next time it starts."), True
        return tr("Settings saved."), True
