"""Choosing the language in View ▸ Settings: kept in the diary, said to show from the next start, and the
summary dialog offering the app's language by default and the other on request."""

from painlog.languages import LANGUAGE_KEY
from tests.ui.conftest import choose_by_keys, press_save


def test_the_language_chosen_in_settings_is_kept_and_shows_from_the_next_start(window, diary, qtbot, drive_dialog):
    from painlog.ui.settings_dialog import SettingsDialog

    def steps(dialog: SettingsDialog) -> None:
        choose_by_keys(qtbot, dialog.language, "Español")
        press_save(qtbot, dialog)

    drive_dialog(SettingsDialog, steps)
    window.settings_action.trigger()
    assert diary.settings.get(LANGUAGE_KEY) == "es"
    assert window.statusBar().currentMessage() == (
        "Settings saved. painlog shows the new language the next time it starts."
    )


def test_like_the_computer_removes_the_setting(window, diary, qtbot, drive_dialog):
    from painlog.ui.settings_dialog import SettingsDialog

    diary.settings.set(LANGUAGE_KEY, "es")

    def steps(dialog: SettingsDialog) -> None:
        choose_by_keys(qtbot, dialog.language, "As this computer is set")
        press_save(qtbot, dialog)

    drive_dialog(SettingsDialog, steps)
    window.settings_action.trigger()
    assert diary.settings.get(LANGUAGE_KEY) == ""  # absent: the computer's language
    assert "new language" in window.statusBar().currentMessage()


def test_the_summary_dialog_offers_the_app_s_language_and_the_other(window, diary, qtbot):
    from datetime import date

    from painlog.ui.summary_dialog import SummaryDialog

    diary.settings.set(LANGUAGE_KEY, "es")
    dialog = SummaryDialog(window, window._repositories, today=date.today())  # noqa: SLF001
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == "es"
    choose_by_keys(qtbot, dialog.language, "English")
    assert dialog.chosen_language() == "en"
