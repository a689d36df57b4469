"""The question asked when the diary is open in another painlog, driven like a person would."""

import pytest
from PySide6.QtWidgets import QMessageBox

from painlog.ui import dialogs


@pytest.mark.parametrize(
    ("can_show", "click", "expected"),
    [
        (True, "Show the open painlog", dialogs.InUse.SHOW),
        (True, "Open read-only", dialogs.InUse.READ_ONLY),
        (False, "Open read-only", dialogs.InUse.READ_ONLY),
        (True, "Close", dialogs.InUse.QUIT),
    ],
)
def test_the_in_use_question_offers_its_choices(qtbot, monkeypatch, can_show, click, expected):
    seen = {}

    def run(box):
        qtbot.addWidget(box)
        seen["buttons"] = [button.text().replace("&", "") for button in box.buttons()]
        seen["text"] = box.text()
        next(b for b in box.buttons() if b.text().replace("&", "") == click).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", run)
    problem = (
        "/home/me/diary.sqlite is already open in another painlog (process 41 on desk, open since 2026-11-26 09:00)."
    )
    assert dialogs.ask_diary_in_use(None, problem, can_show) is expected
    assert seen["text"] == problem
    assert ("Show the open painlog" in seen["buttons"]) is can_show
