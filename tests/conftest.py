"""Shared fixtures. Qt runs headless and matplotlib without a display, set before anything imports them."""

import os
from pathlib import Path

# Four screens, so one test run can place a window on a 1280×720 laptop, or at 125 % and 150 % display scaling
# (a logical DPI above 96 is how Windows scales), as well as on the desktop screen every window opens on.
SCREENS = Path(__file__).parent / "fixtures" / "screens.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"
os.environ.setdefault("MPLBACKEND", "Agg")

import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402

from painlog.storage.diary import Diary, open_diary  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def diary_path(tmp_path: Path) -> Path:
    return tmp_path / "diary.sqlite"


@pytest.fixture
def diary(diary_path: Path) -> Iterator[Diary]:
    with open_diary(diary_path) as opened:
        yield opened


@pytest.fixture(autouse=True)
def _no_unmocked_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would block a headless test forever: fail instead, naming the dialog."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail(f"a test opened a modal dialog without replacing it: {args[:1]}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("about", "question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse)
    for name in ("getText", "getInt", "getItem", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, refuse)


@pytest.fixture
def drive_dialog(monkeypatch: pytest.MonkeyPatch, qtbot) -> Callable[[type, Callable], None]:  # noqa: ANN001
    """Replace `cls.exec` so the next dialog of that class is shown, driven by `steps`, and closed.

    `steps(dialog)` types and clicks like a person; exec then returns the dialog's result.
    """

    def install(cls: type, steps: Callable) -> None:
        def run(dialog) -> int:  # noqa: ANN001
            qtbot.addWidget(dialog)
            dialog.show()
            steps(dialog)
            return dialog.result()

        monkeypatch.setattr(cls, "exec", run)

    return install
