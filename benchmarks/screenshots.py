"""Every page of painlog as a person would see it, written to PNG files for a person to look at.

Each look runs in a process of its own, on an offscreen screen of its own size and scaling (Qt reads both when
it starts): the 1180×860 window at 100 % in light colours, a 1920×1080 screen at 150 % in dark colours, and a
1366×768 laptop at 100 % and at 125 %. The window is placed as painlog places it, on a demo diary.

    python benchmarks/screenshots.py [--out out/screenshots]

Writes <look>-<page>.png (the Trends page once per tab, and Today with the keyboard's focus on a tick box) and
<look>-dialog-<name>.png of each main dialog (tests/ui/gallery.py), and prints each file's name and pixel size;
with --empty, <look>-empty-<page>.png of a diary with nothing in it yet (what a new patient sees first); with
--language es, the app in Spanish (the files named <look>-es-…), the diary's language setting; with --dialogs,
<look>-<dialog>.png of the Settings dialog and the first-run reminder question, in light and dark colours at 100 %
and 150 %.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# name: (screen width and height in device pixels, logical DPI: 96 is 100 %, 120 is 125 %, 144 is 150 %, colours)
LOOKS = {
    "light-100": ((1920, 1080), 96, "light"),
    "dark-150": ((1920, 1080), 144, "dark"),
    "laptop-1366x768-100": ((1366, 768), 96, "light"),
    "laptop-1366x768-125": ((1366, 768), 120, "light"),
}
DIALOG_LOOKS = {
    "light-100": ((1920, 1080), 96, "light"),
    "dark-100": ((1920, 1080), 96, "dark"),
    "light-150": ((1920, 1080), 144, "light"),
    "dark-150": ((1920, 1080), 144, "dark"),
}
PAGES = ("today", "history", "trends", "trends-did-it-help", "trends-patterns", "therapies", "visits", "coping")


def shoot(look: str, out: Path, empty: bool = False, language: str = "") -> None:
    """In this process, on the screen Qt was started with: build the window and grab each page."""
    from PySide6.QtWidgets import QApplication

    from painlog import demo
    from painlog.app import build_window
    from painlog.session import DiarySession
    from painlog.storage.diary import open_diary
    from painlog.ui.style import apply_style

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    prefix = f"{language}-" if language else ""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "diary.sqlite"
        with open_diary(path) as diary:
            if not empty:
                demo.write(diary, demo.generate(days=180, seed=1))
            diary.settings.set("appearance", LOOKS[look][2])
            diary.settings.set("language", language)
        session = DiarySession(path)
        window = build_window(session)
        window.show()
        for page in PAGES:
            index = {"today": 0, "history": 1, "therapies": 3, "visits": 4, "coping": 5}.get(page, 2)
            window.navigation.setCurrentRow(index)
            if page.startswith("trends"):
                window.trends_page.tabs.setCurrentIndex({"trends": 0, "trends-did-it-help": 1}.get(page, 2))
            for _ in range(5):  # layouts settle, charts draw, a resized chart is laid out again (after 150 ms)
                app.processEvents()
                time.sleep(0.06)
            app.processEvents()
            image = window.grab()
            target = out / f"{look}-{prefix}{'empty-' if empty else ''}{page}.png"
            image.save(str(target))
            print(f"{target} {image.width()}×{image.height()} pixels, window {window.width()}×{window.height()}")
        if not empty:
            shoot_keyboard_focus(app, window, out / f"{look}-{prefix}today-keyboard.png")
            shoot_dialogs(app, window, out, f"{look}-{prefix}")
            shoot_missed_days(app, window, out, f"{look}-{prefix}")
        window.close_without_asking()
        session.close()


def shoot_dialogs(app, window, out: Path, name: str) -> None:  # noqa: ANN001 - a QApplication and the window
    """Each main dialog over the window, as it opens (tests/ui/gallery.py builds them as the app does)."""
    from datetime import date

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.ui.gallery import main_dialogs

    for dialog_name, dialog in main_dialogs(window, date.today()):
        dialog.show()
        for _ in range(3):
            app.processEvents()
            time.sleep(0.05)
        image = dialog.grab()
        target = out / f"{name}dialog-{dialog_name}.png"
        image.save(str(target))
        print(f"{target} {image.width()}×{image.height()} pixels")
        dialog.done(0)
        dialog.deleteLater()
        app.processEvents()


def shoot_reminder_dialogs(look: str, out: Path, language: str = "") -> None:
    """The Settings dialog and the first-run reminder question, as a new patient first sees them."""
    from datetime import time as clock_time

    from PySide6.QtWidgets import QApplication

    from painlog.app import build_window
    from painlog.session import DiarySession
    from painlog.storage.diary import open_diary
    from painlog.ui.desktop_notice import tray_available
    from painlog.ui.reminder_question import ReminderQuestionDialog
    from painlog.ui.settings_dialog import SettingsDialog
    from painlog.ui.style import apply_style

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "diary.sqlite"
        with open_diary(path) as diary:
            diary.settings.set("appearance", DIALOG_LOOKS[look][2])
            diary.settings.set("language", language)
        session = DiarySession(path)
        window = build_window(session)
        window.show()
        made = {"settings": SettingsDialog(window, session.diary.settings, "GB"),
                "first-run-question": ReminderQuestionDialog(window, clock_time(20, 0), tray_available())}  # fmt: skip
        for name, dialog in made.items():
            grab_dialog(app, dialog, out / f"{look}-{name}.png")
        window.close_without_asking()
        session.close()


def grab_dialog(app, dialog, target: Path) -> None:  # noqa: ANN001 - a QApplication and a QDialog
    """Show `dialog`, let it settle, save it as `target`, and close it."""
    dialog.show()
    for _ in range(3):
        app.processEvents()
        time.sleep(0.06)
    image = dialog.grab()
    image.save(str(target))
    print(f"{target} {image.width()}×{image.height()} pixels, ratio {image.devicePixelRatio()}")
    dialog.close()
    dialog.deleteLater()


def shoot_missed_days(app, window, out: Path, look: str) -> None:  # noqa: ANN001 - a QApplication and the window
    """The question asked on opening a diary with days missing, in light and in dark colours: three days since the
    last entry, and more than fourteen (the list scrolls)."""
    from datetime import date, timedelta

    from painlog.domain.keeping import missed_days
    from painlog.ui.missed_days_dialog import MissedDaysDialog

    today = date.today()
    for scheme in ("light", "dark"):
        window.view.choose_appearance(scheme)
        for name, gap in (("3-days", 3), ("many-days", 20)):
            missed = missed_days([today - timedelta(days=gap + 1)], today)
            dialog = MissedDaysDialog(window, missed, today, lambda days: None)
            grab_dialog(app, dialog, out / f"{look}missed-{name}-{scheme}.png")


def shoot_keyboard_focus(app, window, target: Path) -> None:  # noqa: ANN001 - a QApplication and the window
    """Today with the keyboard's focus on the first tick box, reached by Tab presses as a person would."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QCheckBox

    window.navigation.setCurrentRow(0)
    window.activateWindow()
    window.navigation.setFocus()
    for _ in range(60):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        if isinstance(QApplication.focusWidget(), QCheckBox):
            break
    for _ in range(3):
        app.processEvents()
        time.sleep(0.06)
    image = window.grab()
    image.save(str(target))
    print(f"{target} {image.width()}×{image.height()} pixels, focus on {QApplication.focusWidget().text()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("out/screenshots"))
    parser.add_argument("--empty", action="store_true", help="a new, empty diary instead of the demo diary")
    parser.add_argument(
        "--language", choices=("en", "es"), default="", help="the app's language (default: the computer's)"
    )
    parser.add_argument("--dialogs", action="store_true", help="the Settings dialog and the first-run question")
    parser.add_argument("--look", choices={**LOOKS, **DIALOG_LOOKS}, help=argparse.SUPPRESS)  # a child's own look
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.look:
        if args.dialogs:
            shoot_reminder_dialogs(args.look, args.out, args.language)
        else:
            shoot(args.look, args.out, args.empty, args.language)
        return 0
    failed = 0
    for look, ((width, height), dpi, _) in (DIALOG_LOOKS if args.dialogs else LOOKS).items():
        screen = {"name": look, "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": dpi,
                  "logicalBaseDpi": 96}  # fmt: skip
        config = args.out / f"{look}-screen.json"
        config.write_text(json.dumps({"screens": [screen]}))
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config.resolve()}", "MPLBACKEND": "Agg"}
        command = [sys.executable, __file__, "--look", look, "--out", str(args.out), *(["--empty"] * args.empty),
                   *(["--language", args.language] if args.language else []),
                   *(["--dialogs"] * args.dialogs)]  # fmt: skip
        failed |= subprocess.run(command, env=env).returncode
        config.unlink()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
