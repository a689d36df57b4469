"""One painlog at a time per diary: a second app started on it says which program has it open, and either
brings that one to the front or opens the diary read-only, where every page shows, nothing invites a change and
every save is refused."""

import json
import os
import subprocess
import sys
from datetime import date

from painlog import app
from painlog.domain.checkin import CheckIn
from painlog.storage.diary import open_diary
from painlog.ui import dialogs
from tests.holder import OtherProgram
from tests.ui.conftest import answer


def a_diary(path) -> None:
    with open_diary(path) as diary:
        diary.checkins.save(CheckIn(date(2026, 11, 1), 4, 3, 3, 6, note="the first window's"))


def rows(path) -> list[tuple]:
    with open_diary(path) as diary:
        return diary.db.execute("SELECT date, pain_avg, note FROM checkins ORDER BY date").fetchall()


def test_the_app_holds_the_diarys_lock_while_open_and_gives_it_up_on_close(qapp, tmp_path):
    path = tmp_path / "diary.sqlite"
    seen = {}

    def look(window):
        seen["lock"] = json.loads(path.with_name("diary.sqlite.lock").read_text())
        window.close()

    assert app.run_gui(path, after_show=look) == 0
    assert seen["lock"]["pid"] == os.getpid()
    assert not path.with_name("diary.sqlite.lock").exists()


def test_a_second_app_opens_the_diary_read_only_and_refuses_every_save(qapp, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    before = rows(path)
    asked, seen = [], {}

    def ask(parent, problem, can_show):
        asked.append((problem, can_show))
        return dialogs.InUse.READ_ONLY

    monkeypatch.setattr(dialogs, "ask_diary_in_use", ask)

    def use(window):
        seen["title"] = window.windowTitle()
        for page in (window.history_page, window.trends_page, window.therapies_page, window.visits_page):
            window.show_page(page)
            seen.setdefault("pages", []).append(window.current_page() is page and page.isVisible())
        window.show_page(window.today_page)
        for field, value in (("pain_avg", 8), ("enjoyment", 7), ("activity", 7), ("mood", 2)):
            answer(qtbot, window.today_page, field, value)
        seen["changed"] = window.today_page.is_dirty() or window.save_action.isEnabled()  # nothing invites it
        window.open_day(date(2026, 11, 1))
        window.today_page.save()  # were Save reached all the same, storage refuses it
        seen["said"] = window.today_page.message.text()
        window.close()  # nothing to ask about on closing

    with OtherProgram(path) as first:
        assert app.run_gui(path, after_show=use) == 0
        assert path.with_name("diary.sqlite.lock").exists()  # still the first painlog's
    ((problem, can_show),) = asked
    assert f"process {first.pid} on" in problem and "already open" in problem and can_show
    assert seen["title"] == "diary (read-only)"  # the diary's name; Qt adds " — painlog" once
    assert seen["pages"] == [True, True, True, True]
    assert not seen["changed"]
    assert "read-only" in seen["said"] and "nothing was saved" in seen["said"]
    assert seen["said"].endswith("Make the change in the other painlog window.")
    assert rows(path) == before


FIRST_APP = """
import os, sys
from pathlib import Path
from painlog import app
from painlog.ui import instance

def brought_to_front():
    print("brought to front", flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.instance().quit()

def answer_for(path, listen=instance.answer_for):
    server = listen(path)
    print("listening", flush=True)
    return server

instance.bring_to_front = brought_to_front
instance.answer_for = answer_for
sys.exit(app.run_gui(Path(sys.argv[1])))
"""


def test_a_second_app_can_bring_the_first_to_the_front_and_quit(qapp, monkeypatch, tmp_path):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen([sys.executable, "-c", FIRST_APP, str(path)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert first.stdout.readline().strip() == "listening"
        monkeypatch.setattr(dialogs, "ask_diary_in_use", lambda parent, problem, can_show: dialogs.InUse.SHOW)
        assert app.run_gui(path) == 0
        assert first.stdout.readline().strip() == "brought to front"
        assert first.wait(timeout=30) == 0
    finally:
        first.kill()
    assert not path.with_name("diary.sqlite.lock").exists()  # the first app gave it up when it closed


def test_quitting_at_the_question_opens_nothing(qapp, monkeypatch, tmp_path):
    path = tmp_path / "diary.sqlite"
    a_diary(path)
    monkeypatch.setattr(dialogs, "ask_diary_in_use", lambda parent, problem, can_show: dialogs.InUse.QUIT)
    with OtherProgram(path):
        assert app.run_gui(path) == 1
