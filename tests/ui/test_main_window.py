from PySide6.QtWidgets import QApplication

from painlog.ui import dialogs
from painlog.ui.style import apply_icon, apply_style


def test_the_packaged_icon_loads_and_type_is_large(qapp):
    font, palette = qapp.font(), qapp.palette()
    apply_style(qapp)
    apply_icon(qapp)
    assert qapp.windowIcon().availableSizes() or not qapp.windowIcon().pixmap(64, 64).isNull()
    assert qapp.font().pointSize() >= 12
    QApplication.setFont(font)
    QApplication.setPalette(palette)


def test_navigation_switches_pages_and_the_window_names_the_diary(window, qtbot, diary_path):
    assert window.pages.currentWidget() is window.today_page
    window.navigation.setCurrentRow(1)
    assert window.current_page() is window.history_page
    assert str(diary_path) in window.statusBar().currentMessage()
    assert window.windowTitle() == "diary"  # its file's name; the system adds " — painlog", not painlog again


def test_about_goes_through_its_dialog_function(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_about", lambda parent, version: shown.append(version))
    about = next(a for a in window.menuBar().actions()[-1].menu().actions() if "About" in a.text())
    about.trigger()
    assert shown == [__import__("painlog").__version__]
