"""Started as a child process by run.py: show a window, print when it is on screen, and quit.

`painlog DB` starts the real app exactly as the `painlog` command does; `bare` shows an empty QMainWindow,
the baseline of what any PySide6 app costs.
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
    if mode == "bare":
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1180, 860)
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
