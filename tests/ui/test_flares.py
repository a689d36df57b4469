from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from painlog.domain.episode import Episode
from painlog.ui import dialogs
from painlog.ui.episode_dialog import EpisodeDialog
from tests.ui.conftest import click


def save_button(dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_log_a_flare_from_the_menu_and_see_it_with_the_day(window, qtbot, diary, drive_dialog):
    def steps(dialog):
        qtbot.keyClick(dialog.intensity, Qt.Key.Key_8)
        click(qtbot, dialog.locations.boxes["lower_back"])
        click(qtbot, dialog.qualities.boxes["stabbing"])
        qtbot.keyClicks(dialog.trigger, "lifting the laundry basket")
        qtbot.keyClicks(dialog.helped, "heat pad")
        qtbot.keyClicks(dialog.note, "lasted an hour")
        click(qtbot, save_button(dialog))

    drive_dialog(EpisodeDialog, steps)
    window.flare_action.trigger()

    rows = diary.db.execute("SELECT at, intensity, locations, qualities, trigger, helped, note FROM episodes")
    (at, intensity, locations, qualities, trigger, helped, note), *rest = rows.fetchall()
    assert rest == []
    assert at.startswith(date.today().isoformat())
    assert (intensity, locations, qualities) == (8, '["lower_back"]', '["stabbing"]')
    assert (trigger, helped, note) == ("lifting the laundry basket", "heat pad", "lasted an hour")
    listed = window.today_page.flare_list.item(0).text()
    assert "pain 8/10" in listed and "trigger: lifting the laundry basket" in listed


def test_a_flare_without_intensity_is_not_saved_and_the_dialog_says_why(window, qtbot, diary, drive_dialog):
    seen = {}

    def steps(dialog):
        click(qtbot, save_button(dialog))
        seen["error"] = dialog.error.text()
        seen["visible"] = dialog.isVisible()
        dialog.reject()

    drive_dialog(EpisodeDialog, steps)
    click(qtbot, window.today_page.log_flare_button)
    assert "how strong" in seen["error"]
    assert seen["visible"]
    assert diary.db["episodes"].count == 0


def test_a_flare_on_a_past_day_defaults_to_that_day_and_can_be_edited(window, qtbot, diary, drive_dialog):
    page = window.today_page
    click(qtbot, page.previous_button)
    yesterday = date.today() - timedelta(days=1)

    drive_dialog(EpisodeDialog, lambda d: (qtbot.keyClicks(d.intensity, "6"), click(qtbot, save_button(d))))
    click(qtbot, page.log_flare_button)
    (at,) = diary.db.execute("SELECT at FROM episodes").fetchone()
    assert at == f"{yesterday.isoformat()}T12:00:00"

    def edit(dialog):
        assert dialog.intensity.value() == 6
        qtbot.keyClick(dialog.intensity, Qt.Key.Key_Right)
        click(qtbot, save_button(dialog))

    drive_dialog(EpisodeDialog, edit)
    click(qtbot, page.edit_flare_button)
    assert diary.db.execute("SELECT intensity FROM episodes").fetchall() == [(7,)]


def test_delete_a_flare_after_confirming(window, qtbot, diary, monkeypatch):
    diary.episodes.add(Episode(at=datetime.now().replace(hour=0, minute=1), intensity=5))
    window.today_page.refresh()
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, action: True)
    click(qtbot, window.today_page.delete_flare_button)
    assert diary.db["episodes"].count == 0
    assert "No flares" in window.today_page.flare_list.item(0).text()
