"""The main dialogs, built over an open window the way the app builds them, for looking at (the screenshots) and
for layout checks (tests/ui/test_stretched_words.py). Shown without exec(), so nothing waits for a person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from PySide6.QtWidgets import QDialog, QWidget

PAGES = {"today": 0, "history": 1, "trends": 2, "therapies": 3, "visits": 4, "coping": 5}


def main_dialogs(window: QWidget, today: date) -> Iterator[tuple[str, QDialog]]:
    """(name, dialog) for each main dialog, one at a time: the caller shows, checks and closes it."""
    from painlog.domain.crisis import crisis_resources
    from painlog.domain.screens import GAD7, PHQ9
    from painlog.ui.crisis_dialog import CrisisDialog
    from painlog.ui.dose_dialog import AsNeededDoseDialog
    from painlog.ui.episode_dialog import EpisodeDialog
    from painlog.ui.questionnaire_dialog import QuestionnaireDialog
    from painlog.ui.settings_dialog import SettingsDialog
    from painlog.ui.summary_dialog import SummaryDialog
    from painlog.ui.therapy_dialogs import SideEffectDialog, TherapyDialog

    repositories = window._repositories  # noqa: SLF001 - the window's own diary, as its menus use it
    therapies = repositories.therapies.all()
    makers = {
        "summary": lambda: SummaryDialog(window, repositories, today=today),
        "settings": lambda: SettingsDialog(window, repositories.settings, "US"),
        "therapy": lambda: TherapyDialog(window, today=today),
        "side-effect": lambda: SideEffectDialog(window, therapies=list(therapies), today=today),
        "flare": lambda: EpisodeDialog(window, day=today, episode=None),
        "as-needed-dose": lambda: AsNeededDoseDialog(
            window,
            choices=[c for c in repositories.therapies.current_regimens(today) if c[1].prn],
            moment=datetime.now(),
        ),
        "phq9": lambda: QuestionnaireDialog(window, PHQ9, day=today, on_self_harm=lambda _parent: None),
        "gad7": lambda: QuestionnaireDialog(window, GAD7, day=today, on_self_harm=lambda _parent: None),
        "crisis": lambda: CrisisDialog(window, crisis_resources("US", "Dr Reyes' nurse line 555 0100")),
    }
    for name, make in makers.items():
        yield name, make()


def retire(window: QWidget) -> None:
    """Close a test's main window for good: its day-checking timers stop and it is deleted now, so nothing of
    it runs later against a diary the test has closed."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    window.today_page.refresh()  # drop what the test left unsaved, so closing asks nothing
    window.close()
    for timer in window.findChildren(QTimer):
        timer.stop()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
