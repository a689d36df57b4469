"""The command line as a user runs it: real subprocesses, exit codes, and one plain sentence on errors."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from painlog import __version__
from tests.damage import wreck_checkins_page


def painlog(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "painlog", *args], capture_output=True, text=True, timeout=120, env=env
    )


def assert_one_sentence(result: subprocess.CompletedProcess) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("painlog: ") and lines[0].endswith(".")
    assert "Traceback" not in result.stderr


def table_dump(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})") if not c[1].endswith("_at")]
        return conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1").fetchall()
    finally:
        conn.close()


def test_version():
    result = painlog("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"painlog {__version__}"


def test_demo_writes_a_realistic_diary_and_check_finds_it_healthy(tmp_path):
    path = tmp_path / "demo.sqlite"
    result = painlog("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "180-day demo diary" in result.stdout
    checkins = table_dump(path, "checkins")
    assert 150 <= len(checkins) < 180  # a few missed days, never zeros for them
    assert any(row[-1] == 1 for row in checkins)  # some notes marked for the doctor
    assert len(table_dump(path, "episodes")) > 10

    checked = painlog("check", "--db", str(path))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Integrity check: ok" in checked.stdout
    assert "No problems found." in checked.stdout


def test_demo_is_deterministic_for_a_seed(tmp_path):
    first, second, other = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"
    for path, seed in ((first, "5"), (second, "5"), (other, "6")):
        assert painlog("demo", "--db", str(path), "--days", "60", "--seed", seed).returncode == 0
    assert table_dump(first, "checkins") == table_dump(second, "checkins")
    assert table_dump(first, "episodes") == table_dump(second, "episodes")
    assert table_dump(first, "checkins") != table_dump(other, "checkins")


def test_demo_refuses_a_diary_with_entries_unless_forced(tmp_path):
    path = tmp_path / "mine.sqlite"
    assert painlog("demo", "--db", str(path), "--days", "10").returncode == 0
    before = table_dump(path, "checkins")
    refused = painlog("demo", "--db", str(path), "--days", "30")
    assert_one_sentence(refused)
    assert "--force" in refused.stderr
    assert table_dump(path, "checkins") == before
    forced = painlog("demo", "--db", str(path), "--days", "30", "--force")
    assert forced.returncode == 0
    assert len(table_dump(path, "checkins")) > len(before)


def test_the_db_can_come_from_the_environment(tmp_path):
    path = tmp_path / "env.sqlite"
    import os

    result = painlog("demo", "--days", "5", env={**os.environ, "PAINLOG_DB": str(path)})
    assert result.returncode == 0
    assert path.exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("demo", "--days", "many"), "whole number"),
        (("demo", "--days", "0"), "1 to 36500"),
        (("frobnicate",), "invalid choice"),
        (("check", "--db", "/nonexistent/diary.sqlite"), "There is no diary"),
    ],
)
def test_usage_errors_are_one_sentence(args, words):
    result = painlog(*args)
    assert_one_sentence(result)
    assert words in result.stderr


def test_check_and_demo_refuse_foreign_files_without_changing_them(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a diary\n")
    for command in ("check", "demo"):
        result = painlog(command, "--db", str(text))
        assert_one_sentence(result)
        assert "not a painlog diary" in result.stderr
    assert text.read_text() == "not a diary\n"


def test_check_reports_problems_with_a_non_zero_exit(tmp_path):
    path = tmp_path / "diary.sqlite"
    assert painlog("demo", "--db", str(path), "--days", "5").returncode == 0
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO doses (therapy_id, taken_at) VALUES (7, '2026-01-01T08:00:00')")
    conn.commit()
    conn.close()
    result = painlog("check", "--db", str(path))
    assert result.returncode == 1
    assert "PROBLEM" in result.stdout and "missing row of therapies" in result.stdout


def test_summary_writes_the_pdf_headless(tmp_path):
    import os

    from pypdf import PdfReader

    path = tmp_path / "demo.sqlite"
    assert painlog("demo", "--db", str(path), "--days", "120").returncode == 0
    out = tmp_path / "summary.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = painlog("summary", "--db", str(path), "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    assert "Wrote the visit summary" in result.stdout
    # Page 1 at a glance; the 120-day demo's details (five therapy changes, three medications, screens and
    # PGIC answers) take two more pages at most.
    assert len(PdfReader(out).pages) <= 3
    assert "visit summary" in PdfReader(out).pages[0].extract_text().replace("\t", " ")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--from", "2026-02-30"), "YYYY-MM-DD"),
        (("--from", "2026-05-01", "--to", "2026-04-01"), "comes after"),
        (("--to", "2999-01-01"), "in the future"),
        (("--out", "/nonexistent-folder/s.pdf"), "does not exist"),
    ],
)
def test_summary_errors_are_one_sentence(tmp_path, args, words):
    path = tmp_path / "d.sqlite"
    assert painlog("demo", "--db", str(path), "--days", "5").returncode == 0
    if "--out" not in args:
        args = (*args, "--out", str(tmp_path / "s.pdf"))
    result = painlog("summary", "--db", str(path), *args)
    assert_one_sentence(result)
    assert words in result.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_backup_export_import_and_restore_from_the_command_line(tmp_path):
    import json
    import stat

    diary = tmp_path / "diary.sqlite"
    assert painlog("demo", "--db", str(diary), "--days", "40").returncode == 0
    made = painlog("backup", "--db", str(diary))
    assert made.returncode == 0 and "Backed up the diary to" in made.stdout
    backup = Path(made.stdout.split(" to ", 1)[1].strip().rstrip("."))
    assert backup.parent.name == "backups" and stat.S_IMODE(backup.stat().st_mode) == 0o600
    copy = tmp_path / "copy.sqlite"
    assert painlog("backup", "--db", str(diary), "--out", str(copy)).returncode == 0
    again = painlog("backup", "--db", str(diary), "--out", str(copy))
    assert_one_sentence(again)
    assert "already exists" in again.stderr

    for kind, out in (("json", "e.json"), ("csv", "e.zip"), ("fhir", "f.json")):
        result = painlog("export", "--db", str(diary), "--format", kind, "--out", str(tmp_path / out))
        assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "f.json").read_text())["type"] == "collection"
    other = tmp_path / "other.sqlite"
    imported = painlog("import", "--db", str(other), str(tmp_path / "e.zip"))
    assert imported.returncode == 0 and "Imported" in imported.stdout
    assert table_dump(other, "checkins") == table_dump(diary, "checkins")
    twice = painlog("import", "--db", str(other), str(tmp_path / "e.json"))
    assert "days already in the diary were kept" in twice.stdout

    conn = sqlite3.connect(diary)
    conn.execute("DELETE FROM episodes")
    conn.commit()
    conn.close()
    restored = painlog("restore", "--db", str(diary), str(backup))
    assert restored.returncode == 0, restored.stderr
    assert len(table_dump(diary, "episodes")) > 0


def test_import_of_a_bad_file_changes_nothing_and_lists_the_rows(tmp_path):
    diary = tmp_path / "diary.sqlite"
    assert painlog("demo", "--db", str(diary), "--days", "5").returncode == 0
    before = table_dump(diary, "checkins")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "painlog-export", "version": 1, "tables": {"checkins": [{"date": "2020-01-01", '
                   '"pain_avg": 12, "enjoyment": 1, "activity": 1, "mood": 1}, {"date": "2999-01-01", "pain_avg": 1, '
                   '"enjoyment": 1, "activity": 1, "mood": 1}]}}')  # fmt: skip
    result = painlog("import", "--db", str(diary), str(bad))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith("painlog: Nothing was imported: bad.json: checkins row 1:")
    assert "bad.json: checkins row 2" in result.stderr and "Traceback" not in result.stderr
    assert table_dump(diary, "checkins") == before


def test_a_damaged_diary_points_at_its_newest_backup(tmp_path):
    diary = tmp_path / "diary.sqlite"
    assert painlog("demo", "--db", str(diary), "--days", "60").returncode == 0
    assert painlog("backup", "--db", str(diary)).returncode == 0
    wreck_checkins_page(diary)
    result = painlog("check", "--db", str(diary))
    assert result.returncode == 1
    opened = painlog("export", "--db", str(diary), "--format", "json", "--out", str(tmp_path / "x.json"))
    assert_one_sentence(opened)
    assert "newest backup" in opened.stderr and "painlog restore" in opened.stderr


def test_opening_the_app_without_a_screen_says_so(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = painlog("--db", str(tmp_path / "d.sqlite"), env=env)
    if sys.platform.startswith("linux"):
        assert_one_sentence(result)
        assert "no screen" in result.stderr


def test_export_summary_and_backup_refuse_an_existing_file_unless_forced(tmp_path):
    diary = tmp_path / "diary.sqlite"
    assert painlog("demo", "--db", str(diary), "--days", "20").returncode == 0
    for command in (("export", "--format", "json"), ("summary",), ("backup",)):
        out = tmp_path / f"{command[0]}.out"
        out.write_bytes(b"the person's own file")
        refused = painlog(*command, "--db", str(diary), "--out", str(out))
        assert_one_sentence(refused)
        assert refused.stderr == (
            f"painlog: {out} already exists, so painlog left it unchanged; choose another name, "
            "or add --force to replace it.\n"
        )
        assert out.read_bytes() == b"the person's own file"
        forced = painlog(*command, "--db", str(diary), "--out", str(out), "--force")
        assert forced.returncode == 0, forced.stderr
        assert out.read_bytes() != b"the person's own file"


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and device nodes")
def test_export_never_writes_over_a_device_or_a_folder(tmp_path):
    import os
    import stat

    diary = tmp_path / "diary.sqlite"
    assert painlog("demo", "--db", str(diary), "--days", "5").returncode == 0
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    targets = [pipe, tmp_path]
    device = tmp_path / "null"
    try:  # a copy of /dev/null's node (root may make one; elsewhere the FIFO stands for it)
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets.append(device)
    except OSError:
        pass
    for target in targets:
        for force in ((), ("--force",)):
            result = painlog("export", "--db", str(diary), "--format", "json", "--out", str(target), *force)
            assert_one_sentence(result)
            assert "not a file, so painlog did not write to it" in result.stderr
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    if device in targets:
        assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_restore_into_a_folder_that_does_not_exist_is_one_plain_sentence(tmp_path):
    diary = tmp_path / "diary.sqlite"
    assert painlog("demo", "--db", str(diary), "--days", "5").returncode == 0
    copy = tmp_path / "copy.sqlite"
    assert painlog("backup", "--db", str(diary), "--out", str(copy)).returncode == 0
    missing = tmp_path / "missing" / "diary.sqlite"
    result = painlog("restore", "--db", str(missing), str(copy))
    assert_one_sentence(result)
    assert f"The folder {missing.parent} does not exist" in result.stderr and "Errno" not in result.stderr
    assert not missing.parent.exists()


def test_a_summary_may_end_on_a_day_already_begun_elsewhere(tmp_path):
    """After a flight west, the day recorded at home is "tomorrow" here, yet it has begun and can be summarised."""
    from datetime import UTC, datetime, timedelta

    path = tmp_path / "d.sqlite"
    assert painlog("demo", "--db", str(path), "--days", "5").returncode == 0
    day_in_kiritimati = (datetime.now(UTC) + timedelta(hours=14)).date()
    env = {**os.environ, "TZ": "Pacific/Pago_Pago"}
    out = tmp_path / "s.pdf"
    result = painlog("summary", "--db", str(path), "--to", day_in_kiritimati.isoformat(), "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    tomorrow_there = day_in_kiritimati + timedelta(days=1)
    result = painlog("summary", "--db", str(path), "--to", tomorrow_there.isoformat(), "--out", str(out), "--force")
    assert "in the future" in result.stderr


def test_summary_of_one_procedure_diary_and_a_clear_message_for_an_unknown_one(tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "demo.sqlite"
    assert painlog("demo", "--db", str(path), "--days", "180").returncode == 0
    out = tmp_path / "block.pdf"
    unknown = painlog("summary", "--db", str(path), "--procedure", "99", "--out", str(out))
    assert unknown.returncode != 0 and not out.exists()
    assert "this diary has no procedure 99; it has procedures " in unknown.stderr
    assert "(Medial branch block, " in unknown.stderr and "trials 1 (Spinal cord stimulator, " in unknown.stderr
    block_id = unknown.stderr.split(" (Medial branch block")[0].rsplit(" ", 1)[1]
    done = painlog("summary", "--db", str(path), "--procedure", block_id, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Wrote the Diagnostic block diary — Medial branch block (1 page)" in done.stdout
    assert len(PdfReader(out).pages) == 1
    trial = painlog("summary", "--db", str(path), "--trial", "1", "--out", str(tmp_path / "trial.pdf"))
    assert trial.returncode == 0 and "Stimulator trial diary" in trial.stdout
    both = painlog("summary", "--db", str(path), "--trial", "1", "--procedure", "1", "--out", str(tmp_path / "x.pdf"))
    assert both.returncode != 0 and "give --procedure or --trial, not both" in both.stderr


def test_an_import_says_one_of_a_kind_in_the_singular(tmp_path):
    from datetime import date, timedelta

    from painlog.domain.checkin import CheckIn
    from painlog.domain.therapy import Regimen, Therapy
    from painlog.storage.diary import open_diary

    source, other, out = tmp_path / "one.sqlite", tmp_path / "other.sqlite", tmp_path / "one.json"
    day = date.today() - timedelta(days=3)
    with open_diary(source) as diary:
        diary.checkins.save(CheckIn(day=day, pain_avg=4, enjoyment=3, activity=3, mood=6))
        first = Regimen(0, day, dose_amount=300, dose_unit="mg", route="oral", times_per_day=3)
        diary.therapies.add(Therapy("medication", "Gabapentin", "gabapentin"), first)
    assert painlog("export", "--db", str(source), "--format", "json", "--out", str(out)).returncode == 0
    imported = painlog("import", "--db", str(other), str(out)).stdout
    assert "1 check-in" in imported and "1 therapy" in imported and "1 regimen" in imported
    assert "therapies" not in imported and "check-ins" not in imported
    again = painlog("import", "--db", str(other), str(out)).stdout
    assert "; 1 day already in the diary was kept" in again
