"""painlog under long use: the real window driven through thousands of a patient's events (benchmarks/soak.py),
in a process of its own so that an interpreter abort is a failed test rather than a dead test run."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[2]
SOAK_EVENTS = 3000


def test_the_window_survives_thousands_of_events_without_drift_or_piling_up():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "soak.py"), "--events", str(SOAK_EVENTS), "--seed", "7"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert f"soak: {SOAK_EVENTS} events" in result.stdout
    assert "0 problems" in result.stdout


def test_void_qt_calls_leave_none_alone(qtbot):
    """The binding itself: PySide6 6.12.0 on CPython 3.11 lowers None's reference count on each call that
    returns nothing, until the interpreter aborts (pyproject.toml excludes it)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.update()
    assert abs(sys.getrefcount(None) - before) < 50


@pytest.mark.parametrize("action", ["flare_action", "summary_action"])
def test_a_closed_dialog_does_not_live_on_with_the_window(window, qtbot, drive_dialog, action):
    from PySide6.QtWidgets import QDialog

    from painlog.ui.episode_dialog import EpisodeDialog
    from painlog.ui.summary_dialog import SummaryDialog

    kind = EpisodeDialog if action == "flare_action" else SummaryDialog
    drive_dialog(kind, lambda dialog: dialog.reject())
    for _ in range(3):
        getattr(window, action).trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QDialog) == []
