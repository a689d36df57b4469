"""What the app acknowledged survives the process being killed, and a killed import leaves nothing behind.

Each test runs the real code in a child process and kills it with SIGKILL at random moments.
"""

import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest

from painlog.storage.diary import open_diary
from painlog.storage.tables import dump

WRITER = """
import sys
from datetime import date, timedelta
from painlog.domain.checkin import CheckIn
from painlog.storage.diary import open_diary
diary = open_diary(sys.argv[1])
start = int(sys.argv[2])
for n in range(start, start + 5000):
    day = date(2026, 1, 1) - timedelta(days=n)
    diary.checkins.save(CheckIn(day, n % 11, 3, 4, 5, note="x" * (n % 300)))
    print(day.isoformat(), flush=True)  # acknowledged only after save() returned
"""

IMPORTER = """
import sys
from painlog.session import DiarySession
session = DiarySession(sys.argv[1])
plan = session.read_import(sys.argv[2])
print("importing", flush=True)
session.apply_import(plan, replace_days=True)
print("done", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_every_acknowledged_save_survives_sigkill(tmp_path):
    path = tmp_path / "diary.sqlite"
    open_diary(path).close()
    rng = random.Random(20261124)
    acknowledged: list[str] = []
    for round_number in range(12):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(round_number * 5000)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        first = child.stdout.readline().strip()  # the first save, once the child has started
        assert first, f"the writer stopped before saving anything: {child.communicate()[1][-800:]}"
        lines = [first]
        deadline = time.monotonic() + rng.uniform(0.05, 0.8)
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line:
                lines.append(line.strip())
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        lines += [x for x in rest.split() if x]  # printed before the kill, still in the pipe
        acknowledged += lines
        assert lines, "the writer should have saved something before it was killed"
        with open_diary(path) as diary:
            assert diary.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {row[0] for row in diary.db.execute("SELECT date FROM checkins")}
        missing = [day for day in acknowledged if day not in stored]
        assert not missing, f"round {round_number}: acknowledged but lost: {missing[:5]}"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_an_import_killed_half_way_leaves_the_diary_exactly_as_before(tmp_path):
    from painlog import demo
    from painlog.session import DiarySession

    source = tmp_path / "source.sqlite"
    with open_diary(source) as diary:
        demo.write(diary, demo.generate(days=1500, seed=3, end=date.today() - timedelta(days=1)))
        export = DiarySession(source, diary).export("json", tmp_path / "big.json")
    pristine = tmp_path / "pristine.sqlite"
    with open_diary(pristine) as diary:
        demo.write(diary, demo.generate(days=20, seed=9))
        before = dump(diary.conn)
    complete_copy = tmp_path / "complete.sqlite"
    shutil.copyfile(pristine, complete_copy)
    session = DiarySession(complete_copy)
    session.apply_import(session.read_import(export), replace_days=True)
    complete = dump(session.diary.conn)
    session.close()
    killed_before_commit = 0
    # Loading takes ~0.1 s here: the early kills land inside its transaction, the last one usually after it.
    for round_number, delay in enumerate((0.0, 0.005, 0.01, 0.02, 0.04, 0.3)):
        target = tmp_path / f"target-{round_number}.sqlite"
        shutil.copyfile(pristine, target)
        child = subprocess.Popen([sys.executable, "-c", IMPORTER, str(target), str(export)],
                                 stdout=subprocess.PIPE, text=True)  # fmt: skip
        assert child.stdout.readline().strip() == "importing"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.communicate()
        with open_diary(target) as diary:
            after = dump(diary.conn)
            assert diary.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # Killed before its commit, the diary is as before; after it, the import is whole. Never a part.
        assert after in (before, complete), "a killed import left part of itself behind"
        killed_before_commit += after == before
    assert killed_before_commit, "no round killed the import before it finished; the test proved nothing"
