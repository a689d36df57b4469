"""The Settings dialog (View ▸ Settings…): how often the questionnaires are offered, which country's crisis lines
are shown, and the patient's own contact for a bad moment. Kept in the diary's settings, so they travel with it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from painlog.domain.crisis import CRISIS_LINES
from painlog.storage.errors import DiaryError
from painlog.storage.settings import SettingsRepository
from painlog.ui import coping_words as words
from painlog.ui.form_dialog import FormDialog, choice_input, choose, chosen
from painlog.ui.words import tr

OTHER_COUNTRY = "other"  # no built-in line: "your local emergency number"


class SettingsDialog(FormDialog):
    what = "these settings"

    def __init__(self, parent: QWidget | None, settings: SettingsRepository, system_country: str) -> None:
        super().__init__(parent, tr("Settings"))
        self._settings = settings
        self.every = QSpinBox()
        self.every.setRange(*words.EVERY_DAYS_RANGE)
        self.every.setSuffix(tr(" days"))
        self.every.setValue(words.every_days(settings.get(words.EVERY_DAYS_KEY)))
        self.every.setAccessibleName(tr("Offer the questionnaires every"))
        system = words.COUNTRY_WORDS.get(system_country.upper(), tr("not known"))
        options = {"": tr("As this computer is set ({country})").format(country=system)}
        options |= {code: tr(words.COUNTRY_WORDS[code]) for code in CRISIS_LINES}
        options[OTHER_COUNTRY] = tr("Another country (your local emergency number)")
        self.country = choice_input(options)
        self.country.setAccessibleName(tr("Country for crisis lines"))
        stored = settings.get(words.COUNTRY_KEY)
        choose(self.country, stored if stored == OTHER_COUNTRY else stored.upper())
        self.own_line = QLineEdit(settings.get(words.OWN_LINE_KEY))
        self.own_line.setPlaceholderText(tr("for example: my GP's nurse line, 0123 456 789"))
        self.own_line.setAccessibleName(tr("Your own contact for a bad moment"))
        self.form.addRow(tr("Offer the questionnaires every"), self.every)
        self.form.addRow(tr("Crisis lines for"), self.country)
        self.form.addRow(tr("Your own contact for a bad moment"), self.own_line)

    def value(self) -> dict[str, str]:
        return {
            words.EVERY_DAYS_KEY: str(self.every.value()),
            words.COUNTRY_KEY: chosen(self.country) or "",
            words.OWN_LINE_KEY: self.own_line.text().strip(),
        }

    @classmethod
    def edit(cls, parent: QWidget | None, settings: SettingsRepository,
             system_country: str) -> tuple[str, bool] | None:  # fmt: skip
        """Show the dialog and keep what was saved: what happened and whether it went well; None if cancelled."""
        chosen_values = cls.run(cls(parent, settings, system_country))
        if chosen_values is None:
            return None
        try:
            for key, value in chosen_values.items():
                settings.set(key, value)
        except DiaryError as error:
            return str(error), False
        return tr("Settings saved."), True
