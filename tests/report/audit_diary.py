"""The audit diary: every row written with plain SQL (no painlog code but the empty schema), so the figures the
summary prints can be checked against arithmetic done by hand in tests/report/test_audit.py.

The period audited is 2026-03-01 to 2026-03-30 (30 days); the previous period 2026-01-30 to 2026-02-28.
The summary is made on 2026-04-01, and the diary holds check-ins after the period that no figure may use.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

START, END, MADE = date(2026, 3, 1), date(2026, 3, 30), date(2026, 4, 1)
STAMP = "2026-04-01T09:00:00+00:00"
# Days written later than that evening: Mar 3 the next day (on time), Mar 7 two days and Mar 21 five days
# later (late), Feb 10 three days later (late, but before the period).
LATE = {date(2026, 3, 3): 1, date(2026, 3, 7): 2, date(2026, 3, 21): 5, date(2026, 2, 10): 3}
NOTE_WORDS = 300
LONG_NOTE = " ".join(f"word{i}" for i in range(NOTE_WORDS))


def feb_pain(day: int) -> int:
    """Feb 1..20: 5 on odd days, 6 on even days."""
    return 5 if day % 2 else 6


def mar_pain(day: int) -> int:
    """Mar 1..15: 4; Mar 16..25: 3."""
    return 4 if day <= 15 else 3


def write_audit_diary(path: Path) -> None:
    """Rows by plain SQL into a diary whose schema painlog made (open_diary on an empty path, then closed)."""
    from painlog.storage.diary import open_diary

    open_diary(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")

    def checkin(day: date, pain: int, enjoyment: int, activity: int, mood: int, **more: object) -> None:
        # Written that evening, unless LATE says how many days later (later than the next day is "late").
        written = f"{(day + timedelta(days=LATE.get(day, 0))).isoformat()}T21:00:00+00:00"
        row = {"date": day.isoformat(), "pain_avg": pain, "enjoyment": enjoyment, "activity": activity,
               "mood": mood, "created_at": written, "updated_at": STAMP, **more}  # fmt: skip
        conn.execute(
            f"INSERT INTO checkins ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )

    # Previous period: Feb 1..20 recorded (20 of 30 days).
    for d in range(1, 21):
        checkin(date(2026, 2, d), feb_pain(d), 5, 6, 4)
    # This period: Mar 1..25 recorded (25 of 30 days).
    for d in range(1, 26):
        more: dict[str, object] = {}
        if d <= 20:
            more["pain_worst"] = 5 if d <= 15 else 6  # 15 × 5 + 5 × 6 = 105 over 20 days = 5.25
            more["pain_least"] = 2 if mar_pain(d) > 2 else None
        if d <= 8:
            more["sleep_hours"] = 6.5 if d <= 4 else 6.0  # 4 × 6.5 + 4 × 6.0 = 50 over 8 = 6.25
            more["sleep_quality"] = 5
        if d == 10:
            more["note"], more["for_doctor"] = LONG_NOTE, 1
        checkin(date(2026, 3, d), mar_pain(d), 4, 3, 7, **more)
    # After the period: pain 9 every day in April, which no figure of the March summary may use.
    for d in range(1, 21):
        checkin(date(2026, 4, d), 9, 9, 9, 1)

    def therapy(kind: str, name: str, ingredient: str | None = None) -> int:
        cursor = conn.execute("INSERT INTO therapies (kind, name, ingredient, target, prescriber) VALUES "
                              "(?, ?, ?, 'low back pain', 'Dr Audit')", [kind, name, ingredient])  # fmt: skip
        return int(cursor.lastrowid)

    def regimen(therapy_id: int, start: str, end: str | None, amount: float, unit: str, times: int | None,
                *, prn: int = 0, most: int | None = None, stop: str | None = None) -> None:  # fmt: skip
        conn.execute(
            "INSERT INTO regimens (therapy_id, start_date, end_date, dose_amount, dose_unit, route, times_per_day, "
            "prn, max_per_day, stop_reason) VALUES (?, ?, ?, ?, ?, 'oral', ?, ?, ?, ?)",
            [therapy_id, start, end, amount, unit, times, prn, most, stop],
        )

    gabapentin = therapy("medication", "Gabapentin", "gabapentin")
    regimen(gabapentin, "2026-01-10", "2026-03-04", 300, "mg", 3)
    regimen(gabapentin, "2026-03-05", None, 600, "mg", 3)
    naproxen = therapy("medication", "Naproxen", "naproxen")
    regimen(naproxen, "2026-01-05", "2026-03-10", 500, "mg", 2, stop="side_effects")
    oxycodone = therapy("medication", "Oxycodone", "oxycodone")
    regimen(oxycodone, "2026-01-01", None, 10, "mg", 3)
    tramadol = therapy("medication", "Tramadol", "tramadol")
    regimen(tramadol, "2026-01-01", None, 50, "mg", 2)
    oxycodone_ir = therapy("medication", "Oxycodone IR", "oxycodone")
    regimen(oxycodone_ir, "2026-03-16", None, 5, "mg", None, prn=1, most=4)
    conn.execute("UPDATE regimens SET schedule = 'as_needed' WHERE therapy_id = ?", [oxycodone_ir])

    def dose(therapy_id: int, at: str, amount: float, *, prn: int = 0, skipped: int = 0,
             before: int | None = None, after: int | None = None) -> None:  # fmt: skip
        conn.execute(
            "INSERT INTO doses (therapy_id, taken_at, amount, dose_unit, prn, skipped, skip_reason, pain_before, "
            "pain_after) VALUES (?, ?, ?, 'mg', ?, ?, ?, ?, ?)",
            [therapy_id, at, amount, prn, skipped, "felt sick" if skipped else None, before, after],
        )

    # Gabapentin's dose log, kept on Mar 20..24 only: 3 taken a day, but on Mar 24 one of the 3 skipped.
    for d in range(20, 25):
        for hour in (8, 14, 20):
            dose(gabapentin, f"2026-03-{d}T{hour:02d}:00:00", 600, skipped=int(d == 24 and hour == 20))
    # As-needed oxycodone: three doses, two rated before and after.
    dose(oxycodone_ir, "2026-03-17T10:00:00", 5, prn=1, before=8, after=5)
    dose(oxycodone_ir, "2026-03-20T11:00:00", 5, prn=1, before=7, after=4)
    dose(oxycodone_ir, "2026-03-22T09:00:00", 5, prn=1, before=6)
    injection = therapy("injection", "Epidural steroid injection")
    conn.execute("INSERT INTO procedures (therapy_id, date, site, relief_percent, notes, relief_at) VALUES "
                 "(?, '2026-03-02', 'L4-L5', 60, '', '2026-03-16T10:00:00')", [injection])  # fmt: skip
    conn.execute("INSERT INTO side_effects (date, therapy_id, description, severity) VALUES "
                 "('2026-03-12', ?, 'Fell at home after feeling dizzy', 'severe')", [oxycodone])  # fmt: skip
    conn.execute("INSERT INTO visits (date, clinician, questions, outcome) VALUES "
                 "('2026-02-26', 'Dr Audit', '', 'start the injection plan')")  # fmt: skip
    conn.execute("INSERT INTO visits (date, clinician, questions, outcome) VALUES "
                 "('2026-04-10', 'Dr Audit', 'Can I lower the oxycodone?', '')")  # fmt: skip
    # Days marked "didn't record": Mar 26..28 count (3); Mar 25 has a check-in, which wins; Feb 25 is before.
    for day in ("2026-02-25", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28"):
        conn.execute("INSERT INTO unrecorded_days (date, marked_at) VALUES (?, ?)", [day, STAMP])
    conn.execute("INSERT INTO settings (key, value) VALUES ('patient_name', 'Ana Audit'), "
                 "('birth_date', '1950-01-02')")  # fmt: skip
    conn.commit()
    conn.close()


def days_between(first: date, last: date) -> int:
    return (last - first).days + 1


assert days_between(START, END) == 30 and START - timedelta(days=30) == date(2026, 1, 30)
