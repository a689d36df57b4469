"""A procedure's diaries: a block's timed sheet and ratings, follow-ups, and stimulator trials with their days."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date, datetime

from painlog.domain.block_diary import BlockDiary, TimedRating
from painlog.domain.follow_ups import FollowUp
from painlog.domain.stimulator_trial import Trial, TrialDay
from painlog.storage.rows import to_local_iso
from painlog.storage.writes import write_transaction


class ProcedureDiaryRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # ----- a diagnostic block's sheet ----------------------------------------------------------------

    def save_sheet(self, sheet: BlockDiary) -> BlockDiary:
        """Store (or replace) what the patient set down before the block; its ratings stay."""
        sheet.validated()
        low, high = sheet.expected_hours or (None, None)
        values = [sheet.procedure_id, to_local_iso(sheet.block_at), sheet.usual_pain,
                  json.dumps([a.strip() for a in sheet.activities if a.strip()]), sheet.anaesthetic.strip(), low, high,
                  json.dumps(list(sheet.times))]  # fmt: skip
        with write_transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO block_diaries (procedure_id, block_at, usual_pain, activities, anaesthetic, "
                "expected_hours_low, expected_hours_high, times) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (procedure_id) DO UPDATE SET block_at = excluded.block_at, "
                "usual_pain = excluded.usual_pain, activities = excluded.activities, "
                "anaesthetic = excluded.anaesthetic, expected_hours_low = excluded.expected_hours_low, "
                "expected_hours_high = excluded.expected_hours_high, times = excluded.times",
                values,
            )
        return sheet

    def sheet(self, procedure_id: int) -> BlockDiary | None:
        row = self._conn.execute(
            "SELECT block_at, usual_pain, activities, anaesthetic, expected_hours_low, expected_hours_high, times "
            "FROM block_diaries WHERE procedure_id = ?",
            [procedure_id],
        ).fetchone()
        if row is None:
            return None
        block_at, usual, activities, anaesthetic, low, high, times = row
        expected = (low, high) if low is not None and high is not None else None
        return BlockDiary(procedure_id, datetime.fromisoformat(block_at), usual, tuple(json.loads(activities)),
                          anaesthetic, expected, tuple(json.loads(times)))  # fmt: skip

    def sheets(self) -> list[BlockDiary]:
        ids = [row[0] for row in self._conn.execute("SELECT procedure_id FROM block_diaries ORDER BY block_at")]
        return [s for s in (self.sheet(i) for i in ids) if s is not None]

    def rate(self, rating: TimedRating) -> TimedRating:
        """Store one rating of the sheet (one per time: a second one for the same time replaces it)."""
        sheet = self.sheet(rating.procedure_id)
        if sheet is None:
            raise LookupError(rating.procedure_id)
        rating.validated(sheet)
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO block_ratings (procedure_id, minutes, rated_at, pain, activity) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (procedure_id, minutes) DO UPDATE SET rated_at = excluded.rated_at, "
                "pain = excluded.pain, activity = excluded.activity RETURNING id",
                [rating.procedure_id, rating.minutes, to_local_iso(rating.rated_at), rating.pain,
                 rating.activity or None],
            )  # fmt: skip
            (row_id,) = cursor.fetchone()
        return dataclasses.replace(rating, id=row_id)

    def ratings(self, procedure_id: int) -> list[TimedRating]:
        rows = self._conn.execute(
            "SELECT id, minutes, rated_at, pain, activity FROM block_ratings WHERE procedure_id = ? ORDER BY minutes",
            [procedure_id],
        )
        return [
            TimedRating(procedure_id, minutes, datetime.fromisoformat(at), pain, activity or "", row_id)
            for row_id, minutes, at, pain, activity in rows
        ]

    # ----- follow-ups --------------------------------------------------------------------------------

    def add_follow_up(self, follow_up: FollowUp, procedure_day: date, kind: str) -> FollowUp:
        follow_up.validated(procedure_day, kind)
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO follow_ups (procedure_id, after_days, date, pain, relief_percent) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (procedure_id, after_days) DO UPDATE SET date = excluded.date, pain = excluded.pain, "
                "relief_percent = excluded.relief_percent RETURNING id",
                [follow_up.procedure_id, follow_up.after_days, follow_up.day.isoformat(), follow_up.pain,
                 follow_up.relief_percent],
            )  # fmt: skip
            (row_id,) = cursor.fetchone()
        return dataclasses.replace(follow_up, id=row_id)

    def follow_ups(self, procedure_id: int) -> list[FollowUp]:
        rows = self._conn.execute(
            "SELECT id, after_days, date, pain, relief_percent FROM follow_ups WHERE procedure_id = ? "
            "ORDER BY after_days",
            [procedure_id],
        )
        return [FollowUp(procedure_id, after, date.fromisoformat(day), pain, relief, row_id)
                for row_id, after, day, pain, relief in rows]  # fmt: skip

    # ----- stimulator trials -------------------------------------------------------------------------

    def add_trial(self, trial: Trial) -> Trial:
        trial.validated()
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO trials (therapy_id, start_date, end_date) VALUES (?, ?, ?)",
                [trial.therapy_id, trial.start.isoformat(), trial.end.isoformat()],
            )
        return dataclasses.replace(trial, id=cursor.lastrowid)

    def trials(self, therapy_id: int | None = None) -> list[Trial]:
        where, params = ("WHERE therapy_id = ?", [therapy_id]) if therapy_id is not None else ("", [])
        rows = self._conn.execute(
            f"SELECT id, therapy_id, start_date, end_date FROM trials {where} ORDER BY start_date", params
        )
        return [Trial(therapy, date.fromisoformat(start), date.fromisoformat(end), trial_id)
                for trial_id, therapy, start, end in rows]  # fmt: skip

    def save_day(self, day: TrialDay) -> TrialDay:
        """Store one trial day (a second entry for the same day replaces it)."""
        trial = next((t for t in self.trials() if t.id == day.trial_id), None)
        if trial is None:
            raise LookupError(day.trial_id)
        day.validated(trial)
        with write_transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO trial_days (trial_id, date, relief_percent, activities, walked_minutes) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (trial_id, date) DO UPDATE SET "
                "relief_percent = excluded.relief_percent, activities = excluded.activities, "
                "walked_minutes = excluded.walked_minutes RETURNING id",
                [day.trial_id, day.day.isoformat(), day.relief_percent, day.activities.strip(), day.walked_minutes],
            )
            (row_id,) = cursor.fetchone()
        return dataclasses.replace(day, id=row_id)

    def days(self, trial_id: int) -> list[TrialDay]:
        rows = self._conn.execute(
            "SELECT id, date, relief_percent, activities, walked_minutes FROM trial_days WHERE trial_id = ? "
            "ORDER BY date",
            [trial_id],
        )
        return [TrialDay(trial_id, date.fromisoformat(day), relief, activities, walked, row_id)
                for row_id, day, relief, activities, walked in rows]  # fmt: skip
