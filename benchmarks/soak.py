"""A patient who never stops: drives the real painlog window through thousands of events and reports whether
the process stayed up, what went wrong, and whether Python's reference count of None drifted.

One click never shows a binding that leaks or frees a reference per call (PySide6 6.12.0 on CPython 3.11 drops
one reference to None on every Qt call that returns nothing; the app aborts after a few thousand repaints).
This does: mouse moves over every control (hover repaints), digits, Tab and arrow keys, page switches, saves,
day changes, and the dialogs opened, used and closed, in a random but seeded order.

By hand: `python benchmarks/soak.py --events 200000` (about an hour). tests/ui/test_soak.py runs a short one in
a subprocess, so a crash of the interpreter is a failed test, not a dead test run.
Prints one line `soak: <events> events in <s> s, None refcount drift <d>, <problems> problems` and exits 1 on
any problem (an exception in a slot, an error dialog, a drift of None's reference count).
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

# A fall of None's reference count is a binding freeing None (6.12.0 on 3.11 loses one per void call, thousands
# a second, and aborts). A rise is the app's own objects made once and kept (fonts, text layouts, matplotlib's
# caches, filled by whatever a timer draws during a hover): 23 to 3,036 over 3,000 events depending on the seed
# and the machine's load, so a rise is reported, not judged; what piles up is caught by the widget count.
DRIFT_LIMIT = 200
STEP_LIMIT = 60  # seconds one action may take before the run is called hung


class Patient:
    """Random but reproducible use of the main window; every action is what a person can do."""

    def __init__(self, window, rng: random.Random, problems: list[str]) -> None:  # noqa: ANN001 - a MainWindow
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.window = window
        self.rng = rng
        self.problems = problems
        self.actions: list[tuple[int, Callable[[], None]]] = [
            (50, self.move_mouse),
            (18, self.press_key),
            (8, self.switch_page),
            (6, self.answer_and_save),
            (6, self.click_button),
            (4, self.change_day),
            (4, self.open_dialog),
            (4, self.idle),
        ]
        self._weights = [weight for weight, _ in self.actions]

        # None's reference count across hovering and typing alone: these load no data and fill no cache, so a
        # binding that frees (or keeps) a reference to None per call shows here undiluted.
        self.quiet_drift = 0
        self._quiet = {self.move_mouse, self.press_key}

    def step(self) -> None:
        (action,) = self.rng.choices([action for _, action in self.actions], weights=self._weights)
        before = sys.getrefcount(None)
        action()
        self.settle()
        if action in self._quiet:
            self.quiet_drift += sys.getrefcount(None) - before

    def settle(self) -> None:
        """What the event loop does between two of a person's actions, objects scheduled for deletion included
        (processEvents alone never deletes them)."""
        from PySide6.QtCore import QCoreApplication, QEvent

        self.app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # ----- the actions ----------------------------------------------------------------------------------

    def visible_widgets(self, root=None) -> list:  # noqa: ANN001
        from PySide6.QtWidgets import QWidget

        root = root or self.window
        return [w for w in root.findChildren(QWidget) if w.isVisible() and w.width() > 0 and w.height() > 0]

    def move_mouse(self, root=None) -> None:  # noqa: ANN001
        from PySide6.QtCore import QPoint
        from PySide6.QtTest import QTest

        widgets = self.visible_widgets(root)
        if not widgets:
            return
        widget = self.rng.choice(widgets)
        for _ in range(self.rng.randint(1, 6)):  # a short glide across it
            point = QPoint(self.rng.randrange(widget.width()), self.rng.randrange(widget.height()))
            QTest.mouseMove(widget, point)

    def press_key(self, root=None) -> None:  # noqa: ANN001
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        target = QApplication.focusWidget() or root or self.window
        keys = [*(getattr(Qt.Key, f"Key_{n}") for n in range(10)), Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
                Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
                Qt.Key.Key_End, Qt.Key.Key_Space, Qt.Key.Key_A, Qt.Key.Key_Backspace]  # fmt: skip
        QTest.keyClick(target, self.rng.choice(keys))

    def switch_page(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        navigation = self.window.navigation
        row = self.rng.randrange(navigation.count())
        rect = navigation.visualItemRect(navigation.item(row))
        QTest.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def answer_and_save(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        page = self.window.today_page
        self.window.show_page(page)
        for scale in page.scales.values():
            if self.rng.random() < 0.8:
                number = self.rng.randint(scale.low, scale.high)
                QTest.mouseClick(scale.boxes, Qt.MouseButton.LeftButton, pos=scale.boxes.box_rect(number).center())
        self.window.save_action.trigger()

    def click_button(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QAbstractButton

        page = self.window.pages.currentWidget()
        buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]
        if buttons:
            QTest.mouseClick(self.rng.choice(buttons), Qt.MouseButton.LeftButton)

    def change_day(self) -> None:
        page = self.window.today_page
        self.window.show_page(page)
        self.rng.choice((page.previous_button, page.next_button, page.today_button)).click()

    def open_dialog(self) -> None:
        self.rng.choice(
            (self.window.flare_action, self.window.as_needed_action, self.window.summary_action,
             self.window.side_effect_action)
        ).trigger()  # fmt: skip

    def idle(self) -> None:
        time.sleep(0.005)

    # ----- modal dialogs: shown, used for a moment, closed as a person would ---------------------------

    def run_dialog(self, dialog) -> int:  # noqa: ANN001
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        dialog.show()
        for _ in range(self.rng.randint(3, 15)):
            if self.rng.random() < 0.6:
                self.move_mouse(dialog)
            else:
                self.press_key(dialog)
            self.app.processEvents()
            if not dialog.isVisible():  # a key closed it
                return dialog.result()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        self.app.processEvents()
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()


def install_dialogs(patient: Patient, problems: list[str]) -> None:
    """Modal loops would stop the robot: each dialog of painlog's own runs inside the robot's loop instead, and
    each question of painlog.ui.dialogs gets an answer a person might give."""
    from PySide6.QtWidgets import QDialog

    from painlog.ui import dialogs

    rng = patient.rng
    QDialog.exec = lambda self: patient.run_dialog(self)  # type: ignore[method-assign]

    def missed_days_answer(parent, missed, today, mark):  # noqa: ANN001, ANN202 - as dialogs.ask_missed_days
        """Perhaps the first day marked "didn't record"; then the last day to fill in, or "Not now"."""
        if rng.random() < 0.5:
            mark(missed.days[:1])
        return rng.choice((None, missed.days[-1]))

    answers: dict[str, Callable[..., object]] = {
        "ask_save_changes": lambda *a: rng.choice(list(dialogs.Unsaved)),
        "confirm": lambda *a: rng.random() < 0.3,
        "show_error": lambda parent, title, text: problems.append(f"error dialog: {title}: {text}"),
        "show_about": lambda *a: None,
        "show_keys": lambda *a: None,
        "ask_text": lambda *a: rng.choice(("forgot", "felt sick", None)),
        "ask_save_path": lambda *a: None,
        "ask_open_path": lambda *a: None,
        "show_print_preview": lambda *a: None,
        "ask_print": lambda *a: False,
        "ask_restore_after_error": lambda *a: None,
        "ask_discard": lambda *a: rng.random() < 0.7,
        "ask_changed_elsewhere": lambda *a: rng.choice(list(dialogs.Elsewhere)),
        "ask_diary_in_use": lambda *a: dialogs.InUse.QUIT,
        "show_crisis": lambda *a: None,
        "ask_go_on": lambda *a: rng.random() < 0.5,
        "show_still_running": lambda *a: None,
        "ask_missed_days": missed_days_answer,
    }
    questions = {name for name in vars(dialogs) if name.startswith(("ask_", "show_", "confirm"))}
    if questions - set(answers):  # a new question would wait forever for a person: name it instead
        problems.append(f"the soak does not answer {', '.join(sorted(questions - set(answers)))}")
    for name, answer in answers.items():
        setattr(dialogs, name, answer)


# What the offscreen platform says about itself (it has no window manager); nothing painlog can act on.
PLATFORM_NOISE = ("does not support propagateSizeHints", "does not support raise", "does not support grabbing")


def install_message_handler(problems: list[str]) -> None:
    """Qt's own warnings are problems too (the test suite fails on them), except the offscreen platform's."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handle(kind: QtMsgType, context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not any(noise in message for noise in PLATFORM_NOISE):
            problems.append(f"Qt {kind.name}: {message}")

    qInstallMessageHandler(handle)


@dataclass
class SoakResult:
    events: int
    seconds: float
    quiet_drift: int  # None's reference count change over the hover and key events after the warm-up
    widgets_after_warm_up: int
    widgets_at_end: int
    peak_memory_mb: float
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"soak: {self.events} events in {self.seconds:.1f} s, None refcount drift over hover and keys after "
            f"warm-up {self.quiet_drift}, widgets {self.widgets_after_warm_up} after warm-up and "
            f"{self.widgets_at_end} at the end, peak memory {self.peak_memory_mb:.0f} MB, {len(self.problems)} problems"
        )


def soak(events: int, seed: int, folder: Path, report_every: int = 0) -> SoakResult:
    """Run `events` actions on a window over a demo diary in `folder`."""
    from PySide6.QtWidgets import QApplication

    from painlog import demo
    from painlog.app import build_window
    from painlog.session import DiarySession
    from painlog.storage.diary import open_diary

    problems: list[str] = []

    def hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        problems.append("".join(traceback.format_exception(kind, value, tb)).strip())

    sys.excepthook = hook  # Qt hands exceptions raised in slots and event handlers to sys.excepthook
    install_message_handler(problems)
    app = QApplication.instance() or QApplication([])
    from painlog.ui.style import apply_style

    apply_style(app)  # as the app starts: fonts, palette, and the guard that keeps the wheel off fields
    path = folder / "soak-diary.sqlite"
    with open_diary(path) as diary:
        demo.write(diary, demo.generate(days=120, seed=seed))
    session = DiarySession(path)
    window = build_window(session)
    window.resize(1180, 800)
    window.show()
    app.processEvents()
    patient = Patient(window, random.Random(seed), problems)
    install_dialogs(patient, problems)
    warm_up = min(events // 5, 1000)  # every page and dialog built once
    widgets_after_warm_up = 0
    start = time.perf_counter()
    done = 0
    for done in range(1, events + 1):
        faulthandler.dump_traceback_later(STEP_LIMIT, exit=True)  # a hang (an unanswered modal) ends the run
        patient.step()
        if done == warm_up:  # from here on, what is made once (tooltips, caches) is made
            widgets_after_warm_up = len(QApplication.allWidgets())
            patient.quiet_drift = 0
        if report_every and done % report_every == 0:
            print(f"  {done} events, {time.perf_counter() - start:.0f} s, None drift over hover and keys "
                  f"{patient.quiet_drift}, {len(QApplication.allWidgets())} widgets, {peak_memory_mb():.0f} MB",
                  flush=True)  # fmt: skip
        if problems:
            break
    faulthandler.cancel_dump_traceback_later()
    result = SoakResult(done, time.perf_counter() - start, patient.quiet_drift, widgets_after_warm_up,
                        len(QApplication.allWidgets()), peak_memory_mb(), problems)  # fmt: skip
    window.close_without_asking()
    session.close()
    if result.quiet_drift < -DRIFT_LIMIT:
        problems.append(f"None's reference count fell by {-result.quiet_drift} over hover and key events alone "
                        "(a Qt binding that frees None: see pyproject.toml)")  # fmt: skip
    if result.widgets_at_end > result.widgets_after_warm_up * 1.5 + 50:
        problems.append(f"widgets pile up: {result.widgets_after_warm_up} after warm-up, {result.widgets_at_end} "
                        "at the end (something made per use is never deleted)")  # fmt: skip
    return result


def peak_memory_mb() -> float:
    import resource

    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--report-every", type=int, default=0, help="print progress every N events")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = soak(args.events, args.seed, Path(folder), args.report_every)
    print(result.line(), flush=True)
    for problem in result.problems:
        print(problem, flush=True)
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
