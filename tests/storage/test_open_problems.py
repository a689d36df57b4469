"""A diary that is locked, read-only, truncated or empty gets a plain sentence and is left untouched."""

import sqlite3

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage import diary as diary_module
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryDamagedError, DiaryLockedError, DiaryUnwritableError, NotADiaryError
from tests import sqlite_failures


def make(path, days: int = 30) -> bytes:
    from datetime import date, timedelta

    with open_diary(path) as diary:
        for n in range(days):
            diary.checkins.save(CheckIn(date(2026, 1, 1) - timedelta(days=n), 5, 5, 5, 5, note="n" * 200))
    return path.read_bytes()


def test_a_diary_locked_by_another_program_is_refused_with_what_to_do(diary_path, monkeypatch):
    make(diary_path)
    monkeypatch.setattr(diary_module, "OPEN_TIMEOUT", 0.2)
    other = sqlite3.connect(diary_path)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DiaryLockedError, match="in use by another program"):
            open_diary(diary_path)
    finally:
        other.rollback()
        other.close()


def test_a_read_only_diary_is_refused_before_anything_is_written(diary_path, monkeypatch):
    before = make(diary_path)
    monkeypatch.setattr(diary_module.os, "access", lambda path, mode: False)
    with pytest.raises(DiaryUnwritableError, match="read-only"):
        open_diary(diary_path)
    assert diary_path.read_bytes() == before


def test_a_truncated_diary_is_refused_untouched(diary_path):
    data = make(diary_path, days=200)
    cut = data[: len(data) // 2]
    diary_path.write_bytes(cut)
    with pytest.raises((DiaryDamagedError, NotADiaryError)):
        open_diary(diary_path)
    assert diary_path.read_bytes() == cut


def test_a_header_only_file_is_refused(tmp_path):
    path = tmp_path / "short.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 10)
    with pytest.raises((DiaryDamagedError, NotADiaryError)):
        open_diary(path)


def test_a_diary_with_damaged_pages_is_one_sentence_with_how_many_problems(diary_path):
    from tests.damage import wreck_checkins_index

    make(diary_path, days=200)
    damaged = wreck_checkins_index(diary_path)
    conn = sqlite3.connect(f"{diary_path.as_uri()}?immutable=1", uri=True)
    rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    conn.close()
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    assert len(lines) > 20  # SQLite's own report is dozens of lines
    with pytest.raises(DiaryDamagedError) as refused:
        open_diary(diary_path)
    sentence = str(refused.value)
    assert "\n" not in sentence
    assert f"found {len(lines)} problems, the first: “{lines[0].rstrip('.')}”" in sentence
    assert "left it unchanged" in sentence and "painlog restore" in sentence
    assert len(sentence) < 400
    assert diary_path.read_bytes() == damaged


def test_check_says_in_one_line_what_sqlite_found_in_a_damaged_diary(diary_path):
    from painlog.storage.check import check_diary
    from tests.damage import wreck_checkins_index

    make(diary_path, days=200)
    damaged = wreck_checkins_index(diary_path)
    report = check_diary(diary_path)
    assert not report.ok
    assert len(report.problems) == 1 and "problems, the first:" in report.problems[0]
    assert "\n" not in report.problems[0]
    assert diary_path.read_bytes() == damaged


def test_check_on_a_blank_sqlite_file_says_what_it_is(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "blank.sqlite"
    sqlite3.connect(path).execute("PRAGMA user_version = 1").connection.close()
    before = path.read_bytes()
    result = subprocess.run([sys.executable, "-m", "painlog", "check", "--db", str(path)],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "without any tables" in result.stdout and result.stderr == ""
    assert path.read_bytes() == before


def failing_while_configured(monkeypatch, error: sqlite3.Error) -> None:
    """SQLite fails as the diary is set up, after it was found sound a moment before."""

    def configure(conn: sqlite3.Connection) -> None:
        raise error

    monkeypatch.setattr(diary_module, "_configure", configure)


def test_a_diary_locked_as_it_is_set_up_is_refused_by_its_name(diary_path, monkeypatch):
    make(diary_path)
    failing_while_configured(monkeypatch, sqlite_failures.locked(diary_path.parent))
    with pytest.raises(DiaryLockedError) as refused:
        open_diary(diary_path)
    assert str(refused.value) == (
        f"{diary_path} is in use by another program, which has locked it. Close that program (or the other painlog "
        "window) and try again; the diary was not changed."
    )


def test_a_diary_damaged_as_it_is_set_up_says_how_to_put_a_copy_back(diary_path, monkeypatch):
    make(diary_path)
    failing_while_configured(monkeypatch, sqlite_failures.corrupt(diary_path.parent))
    with pytest.raises(DiaryDamagedError) as refused:
        open_diary(diary_path)
    problem = f"{diary_path} is damaged (database disk image is malformed). painlog left it unchanged."
    assert refused.value.problem == problem
    assert str(refused.value) == (
        f"{problem} If you have a copy of the diary elsewhere, put it back with: painlog restore --db {diary_path} COPY"
    )


def test_a_diary_sqlite_cannot_open_to_write_says_where(diary_path, monkeypatch):
    from painlog.storage.format import KNOWN_MIGRATIONS

    make(diary_path)
    monkeypatch.setattr(diary_module, "inspect", lambda path, live: list(KNOWN_MIGRATIONS))

    error = sqlite_failures.cannot_open(diary_path.parent)  # SQLite's own, with its result code

    def cannot_open(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(diary_module.sqlite3, "connect", cannot_open)
    with pytest.raises(DiaryUnwritableError) as refused:
        open_diary(diary_path)
    assert str(refused.value) == (
        f"painlog cannot write beside {diary_path} (unable to open database file). Check that the drive is connected "
        "and writable, then try again; nothing was changed."
    )


def test_a_diary_another_painlog_has_open_is_inspected_as_in_use(diary_path, monkeypatch):
    from tests.holder import OtherProgram

    make(diary_path)
    inspect = diary_module.inspect
    lives = []

    def recorded(path, *, live: bool) -> list[str]:
        lives.append(live)
        return inspect(path, live=live)

    monkeypatch.setattr(diary_module, "inspect", recorded)
    open_diary(diary_path).close()
    with OtherProgram(diary_path):  # its lock file says it has the diary open
        open_diary(diary_path).close()
    assert lives == [False, True]


def test_a_diary_is_tied_to_its_thread_unless_handed_over(diary_path):
    import threading

    make(diary_path)
    errors = []

    def read(diary) -> None:
        try:
            diary.checkins.all()
        except sqlite3.ProgrammingError as error:
            errors.append(error)

    for handed_over in (False, True):
        diary = open_diary(diary_path, handed_over=handed_over) if handed_over else open_diary(diary_path)
        assert diary.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        worker = threading.Thread(target=read, args=(diary,))
        worker.start()
        worker.join()
        diary.close()
    assert len(errors) == 1  # only the diary not handed over refused the other thread
