"""Started as a child process by run.py: show a window, print when it is on screen, and quit.

`painlog DB` starts the real app exactly as the `painlog` command does; `bare` shows an empty QMainWindow,
the baseline of what any PySide6 app costs; `floor DB` shows the same empty window after paying only what any
window of painlog must: Qt's namespace of enums (touched by any alignment, focus policy or key), one date field
(the first spin box Qt makes) and the diary opened by painlog's storage layer in a thread, checks included.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def shown(window: object) -> None:
    from PySide6.QtWidgets import QApplication

    print("shown", flush=True)
    QApplication.instance().quit()


def main() -> int:
    mode = sys.argv[1]
    if mode in ("bare", "floor"):
        if mode == "floor":
            from pathlib import Path

            from painlog.opening import DiaryOpening

            opening = DiaryOpening(Path(sys.argv[2]))
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1180, 860)
        if mode == "floor":
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDateEdit

            window.setCentralWidget(QDateEdit(alignment=Qt.AlignmentFlag.AlignLeft))
            opening.session()  # open, as painlog's window needs it; closed with the process
        window.show()
        QTimer.singleShot(0, lambda: shown(window))
        return app.exec()
    from pathlib import Path

    from painlog.app import run_gui

    code = run_gui(Path(sys.argv[2]), after_show=shown)
    if "matplotlib" in sys.modules:
        print("matplotlib was loaded at start-up", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
