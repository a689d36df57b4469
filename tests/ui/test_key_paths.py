"""Every action has a key path: each menu opens by Alt and a letter, each command in it has a letter or a
shortcut, the pages are Ctrl+1 … Ctrl+6, days move by Alt+arrows, and Help ▸ Keyboard lists the keys."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from painlog.ui import dialogs

TODAY = date.today()
README = Path(__file__).parents[2] / "README.md"


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" in a menu text, or None."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_every_menu_and_command_has_a_letter_or_a_shortcut(window):
    menus = [a for a in window.menuBar().actions() if a.menu() is not None]
    letters = [mnemonic(a.text()) for a in menus]
    assert None not in letters, [a.text() for a in menus]
    assert len(set(letters)) == len(letters), letters  # Alt+letter opens one menu, not the first of two
    for menu_action in menus:
        items = [a for a in menu_action.menu().actions() if not a.isSeparator()]
        for item in items:
            assert mnemonic(item.text()) or not item.shortcut().isEmpty(), item.text()
        own = [mnemonic(a.text()) for a in items if mnemonic(a.text())]
        assert len(set(own)) == len(own), (menu_action.text(), own)


def test_ctrl_and_a_number_opens_each_page(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for number, title in ((2, "History"), (3, "Trends"), (4, "Therapies"), (5, "Visits & goals"),
                          (6, "How I'm coping"), (1, "Today")):  # fmt: skip
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key(Qt.Key.Key_0 + number),
                       Qt.KeyboardModifier.ControlModifier)  # fmt: skip
        assert window.navigation.currentItem().text() == title
        assert QApplication.focusWidget() is window.navigation  # Tab goes on into the page


def test_alt_and_the_arrows_move_a_day(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.today_page
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day == TODAY - timedelta(days=1)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.day == TODAY


def test_help_keyboard_lists_the_keys(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_keys", lambda parent, text: shown.append(text))
    window.keys_action.trigger()
    (text,) = shown
    for needed in ("Tab", "Delete clears", "2026-11-20", "F4", "Ctrl+S: Save this day", "Ctrl+1: 1 Today",
                   "Ctrl+5: 5 Visits & goals", "Alt+Left: Previous day", "Ctrl+L: Log a flare"):  # fmt: skip
        assert needed in text, needed


def test_the_readme_has_a_keyboard_list():
    text = README.read_text(encoding="utf-8")
    assert "## Keyboard" in text
    section = text.split("## Keyboard", 1)[1].split("\n## ", 1)[0]
    for needed in ("Tab", "Ctrl+S", "Ctrl+1", "Ctrl+6", "F4", "Delete", "Alt+Left", "F1"):
        assert needed in section, needed
