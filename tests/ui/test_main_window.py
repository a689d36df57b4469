from PySide6.QtWidgets import QApplication

from painlog.ui import dialogs
from painlog.ui.style import apply_style


def test_the_packaged_stylesheet_and_icon_load(qapp):
    apply_style(qapp)
    assert "ScaleInput QPushButton:checked" in qapp.styleSheet()
    assert not qapp.windowIcon().isNull()
    assert qapp.font().pointSize() >= 12
    QApplication.instance().setStyleSheet("")


def test_navigation_switches_pages_and_the_window_names_the_diary(window, qtbot, diary_path):
    assert window.pages.currentWidget() is window.today_page
    window.navigation.setCurrentRow(1)
    assert window.pages.currentWidget() is window.history_page
    assert str(diary_path) in window.statusBar().currentMessage()


def test_about_goes_through_its_dialog_function(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_about", lambda parent, version: shown.append(version))
    about = next(a for a in window.menuBar().actions()[-1].menu().actions() if "About" in a.text())
    about.trigger()
    assert shown == [__import__("painlog").__version__]
