"""A patient who saves a day in Kiritimati (UTC+14) and reopens the diary in Pago Pago (UTC-11) the same moment.

Each step runs in its own Python with TZ set, as a person would start painlog after flying. In Pago Pago the
day saved is "tomorrow" by the local calendar, yet it has begun somewhere: it can be saved again, its dose gets
its pain-after, its export imports, and nothing moves to another day.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

if not Path("/usr/share/zoneinfo/Pacific/Kiritimati").exists():
    pytest.skip("this system has no time zone database", allow_module_level=True)

AT_HOME = """
import json, sys
from datetime import datetime
from pathlib import Path
from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.therapy import Dose, Regimen, Therapy
from painlog.storage.diary import open_diary
with open_diary(Path(sys.argv[1])) as diary:
    now = datetime.now().replace(microsecond=0)
    day = now.date()
    diary.checkins.save(CheckIn(day, 5, 4, 4, 6, note="before the flight"))
    therapy = diary.therapies.add(Therapy("medication", "Oxycodone IR"), Regimen(0, day, prn=True, max_per_day=4))
    dose = diary.doses.add(Dose(therapy.id, now, 5, "mg", prn=True, pain_before=7))
    diary.episodes.add(Episode(now, 8))
    print(json.dumps({"day": day.isoformat(), "taken_at": now.isoformat(), "dose": dose.id}))
"""

AFTER_FLYING = """
import dataclasses, json, sys
from datetime import date, datetime
from pathlib import Path
from painlog.domain.checkin import CheckIn
from painlog.session import DiarySession
home = json.loads(sys.argv[3])
day = date.fromisoformat(home["day"])
session = DiarySession(Path(sys.argv[1]))
diary = session.diary
local_today = date.today().isoformat()
diary.checkins.save(dataclasses.replace(diary.checkins.get(day), note="after the flight", pain_avg=4))
dose = next(d for d in diary.doses.on_day(day) if d.id == home["dose"])
diary.doses.update(dataclasses.replace(dose, pain_after=3))
exported = session.export("json", Path(sys.argv[2]) / "export.json")
other = DiarySession(Path(sys.argv[2]) / "other.sqlite")
report = other.apply_import(other.read_import(exported), replace_days=False)
print(json.dumps({
    "local_today": local_today,
    "checkin": [diary.checkins.get(day).pain_avg, diary.checkins.get(day).note],
    "dose": [d.taken_at.isoformat() for d in diary.doses.on_day(day)] + [diary.doses.on_day(day)[0].pain_after],
    "imported_days": [c.day.isoformat() for c in other.diary.checkins.all()],
    "imported_doses": [d.taken_at.isoformat() for d in other.diary.doses.on_day(day)],
}))
"""


def run_in(zone: str, script: str, *args: str) -> dict:
    env = {**os.environ, "TZ": zone}
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_day_saved_in_kiritimati_is_saved_again_dosed_and_imported_in_pago_pago(tmp_path):
    diary = tmp_path / "diary.sqlite"
    home = run_in("Pacific/Kiritimati", AT_HOME, str(diary))
    away = run_in("Pacific/Pago_Pago", AFTER_FLYING, str(diary), str(tmp_path), json.dumps(home))
    assert away["local_today"] < home["day"]  # the calendar in Pago Pago is a day behind: the day is "tomorrow"
    assert away["checkin"] == [4, "after the flight"]
    assert away["dose"] == [home["taken_at"], 3]  # same wall-clock time, same day, pain after added
    assert away["imported_days"] == [home["day"]]
    assert away["imported_doses"] == [home["taken_at"]]
