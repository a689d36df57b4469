"""The painlog that has a diary open answers a second one started on the same diary: the second asks it to
come to the front (through a local socket named after the diary), then quits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow

from painlog.storage.lock import instance_name
from painlog.ui.words import tr
from painlog.wording import QT_TR_NOOP

SHOW = b"show\n"
WAIT_MS = 3000
NO_ANSWER = QT_TR_NOOP(
    "The painlog that has this diary open did not answer. Find its window and close it, then open the diary "
    "again; nothing was changed."
)


def answer_for(path: Path) -> QLocalServer | None:
    """Listen for a second painlog on the same diary; None if the socket cannot be made (then it cannot
    bring this window forward, and offers to open the diary read-only instead)."""
    name = instance_name(path)
    QLocalServer.removeServer(name)  # one left by a painlog that crashed: this one holds the diary's lock
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        return None
    server.newConnection.connect(lambda: _answer(server))
    return server


def _answer(server: QLocalServer) -> None:
    while (socket := server.nextPendingConnection()) is not None:
        socket.readyRead.connect(lambda s=socket: _read(s))
        socket.disconnected.connect(socket.deleteLater)


def _read(socket: QLocalSocket) -> None:
    if bytes(socket.readAll().data()).startswith(SHOW.strip()):
        bring_to_front()


def bring_to_front() -> None:
    """Show painlog's window on top of the others (after a restore it is a new window), also when it waits in the
    tray."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and getattr(widget, "in_tray", False):
            widget.bring_back()  # type: ignore[attr-defined]
        elif isinstance(widget, QMainWindow) and widget.isVisible():
            if widget.isMinimized():
                widget.showNormal()
            widget.raise_()
            widget.activateWindow()


def no_answer() -> str:
    return tr.known(NO_ANSWER)


def bring_forward(path: Path) -> bool:
    """Ask the painlog that has `path` open to come to the front; False if it does not answer."""
    socket = QLocalSocket()
    socket.connectToServer(instance_name(path))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(SHOW)
    sent = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return sent
