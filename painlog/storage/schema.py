"""The diary's schema, created and changed only through sqlite-utils Migrations.

Table and column names are a published format (DESIGN.md §2b): add, never rename without a migration that
keeps the data. Each migration is recorded in `_sqlite_migrations` under the set name "painlog"; a diary
listing a name this module does not know was written by a newer painlog.
"""

import sqlite3
from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from painlog.domain.block_diary import ACTIVITY_RESULTS
from painlog.domain.impressions import PGIC_ANSWERS
from painlog.domain.screens import INSTRUMENTS
from painlog.domain.therapy import implied_schedule
from painlog.domain.vocabulary import GOAL_STATUSES, SCHEDULES, SEVERITIES, STOP_REASONS, THERAPY_KINDS
from painlog.storage.format import KNOWN_MIGRATIONS, MIGRATION_SET

MIGRATIONS = Migrations(MIGRATION_SET)
STEPS: list[tuple[str, Callable[[Database], None]]] = []  # (name, function), in order


def migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Register a migration; its name must be listed in format.KNOWN_MIGRATIONS, in order."""
    if name not in KNOWN_MIGRATIONS:
        raise ValueError(f"migration {name} is missing from format.KNOWN_MIGRATIONS")

    def register(function: Callable[[Database], None]) -> Callable[[Database], None]:
        STEPS.append((name, function))
        MIGRATIONS(name=name)(function)  # registers it (and returns it unchanged)
        return function

    return register


def apply_migrations(conn: sqlite3.Connection) -> None:
    """Bring the diary on `conn` to this painlog's schema, each migration in its own transaction."""
    MIGRATIONS.apply(Database(conn))


def _scale(column: str, *, required: bool, high: int = 10) -> str:
    """An INTEGER column that holds a whole number from 0 to `high` (NULL only when optional)."""
    null = " NOT NULL" if required else ""
    return (
        f"{column} INTEGER{null} CHECK ({column} IS NULL OR "
        f"(typeof({column}) = 'integer' AND {column} BETWEEN 0 AND {high}))"
    )


def _flag(column: str) -> str:
    return f"{column} INTEGER NOT NULL DEFAULT 0 CHECK ({column} IN (0, 1))"


def _json_list(column: str) -> str:
    return f"{column} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid({column}) AND json_type({column}) = 'array')"


_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
_DATETIME = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]*'"


def _one_of(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    null = f"{column} IS NULL OR " if nullable else ""
    return f"CHECK ({null}{column} IN ({listed}))"


@migration("0001_initial")
def initial(db: Database) -> None:
    """Every table of DESIGN.md §2b, with CHECK constraints on scales, dates and codes."""
    statements = [
        f"""CREATE TABLE checkins (
            date TEXT PRIMARY KEY NOT NULL CHECK (date {_DATE}),
            {_scale("pain_avg", required=True)},
            {_scale("pain_worst", required=False)},
            {_scale("pain_least", required=False)},
            {_scale("enjoyment", required=True)},
            {_scale("activity", required=True)},
            {_scale("mood", required=True)},
            sleep_hours REAL CHECK (sleep_hours IS NULL OR
                (typeof(sleep_hours) IN ('real', 'integer') AND sleep_hours BETWEEN 0 AND 24)),
            {_scale("sleep_quality", required=False)},
            {_json_list("locations")},
            {_json_list("qualities")},
            note TEXT NOT NULL DEFAULT '',
            {_flag("for_doctor")},
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (pain_worst IS NULL OR pain_worst >= pain_avg),
            CHECK (pain_least IS NULL OR pain_least <= pain_avg)
        )""",
        f"""CREATE TABLE episodes (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL CHECK (at {_DATETIME}),
            {_scale("intensity", required=True)},
            {_json_list("locations")},
            {_json_list("qualities")},
            trigger TEXT NOT NULL DEFAULT '',
            helped TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX episodes_at ON episodes (at)",
        f"""CREATE TABLE therapies (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL {_one_of("kind", THERAPY_KINDS)},
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            ingredient TEXT,
            target TEXT,
            prescriber TEXT,
            notes TEXT NOT NULL DEFAULT ''
        )""",
        f"""CREATE TABLE regimens (
            id INTEGER PRIMARY KEY,
            therapy_id INTEGER NOT NULL REFERENCES therapies (id),
            start_date TEXT NOT NULL CHECK (start_date {_DATE}),
            end_date TEXT CHECK (end_date IS NULL OR (end_date {_DATE} AND end_date >= start_date)),
            dose_amount REAL CHECK (dose_amount IS NULL OR dose_amount > 0),
            dose_unit TEXT,
            route TEXT,
            times_per_day INTEGER CHECK (times_per_day IS NULL OR times_per_day >= 0),
            {_flag("prn")},
            max_per_day INTEGER CHECK (max_per_day IS NULL OR max_per_day > 0),
            instructions TEXT NOT NULL DEFAULT '',
            stop_reason TEXT {_one_of("stop_reason", STOP_REASONS, nullable=True)}
        )""",
        "CREATE INDEX regimens_therapy ON regimens (therapy_id, start_date)",
        f"""CREATE TABLE procedures (
            id INTEGER PRIMARY KEY,
            therapy_id INTEGER NOT NULL REFERENCES therapies (id),
            date TEXT NOT NULL CHECK (date {_DATE}),
            site TEXT NOT NULL DEFAULT '',
            {_scale("relief_percent", required=False, high=100)},
            notes TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX procedures_therapy ON procedures (therapy_id, date)",
        f"""CREATE TABLE doses (
            id INTEGER PRIMARY KEY,
            therapy_id INTEGER NOT NULL REFERENCES therapies (id),
            taken_at TEXT NOT NULL CHECK (taken_at {_DATETIME}),
            amount REAL CHECK (amount IS NULL OR amount >= 0),
            dose_unit TEXT,
            {_flag("prn")},
            {_flag("skipped")},
            skip_reason TEXT,
            {_scale("pain_before", required=False)},
            {_scale("pain_after", required=False)}
        )""",
        "CREATE INDEX doses_taken_at ON doses (taken_at)",
        "CREATE INDEX doses_therapy ON doses (therapy_id, taken_at)",
        f"""CREATE TABLE side_effects (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date {_DATE}),
            therapy_id INTEGER REFERENCES therapies (id),
            description TEXT NOT NULL CHECK (length(trim(description)) > 0),
            severity TEXT NOT NULL {_one_of("severity", SEVERITIES)}
        )""",
        "CREATE INDEX side_effects_date ON side_effects (date)",
        f"""CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date {_DATE}),
            clinician TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT ''
        )""",
        f"""CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            start_date TEXT NOT NULL CHECK (start_date {_DATE}),
            status TEXT NOT NULL DEFAULT 'active' {_one_of("status", GOAL_STATUSES)},
            achieved_date TEXT CHECK (achieved_date IS NULL OR achieved_date {_DATE})
        )""",
    ]
    for statement in statements:
        db.execute(statement)


@migration("0002_relief_time_and_sessions")
def relief_time_and_sessions(db: Database) -> None:
    """When the patient judged a procedure's relief; how many sessions a week a course has."""
    db.execute(f"ALTER TABLE procedures ADD COLUMN relief_at TEXT CHECK (relief_at IS NULL OR relief_at {_DATETIME})")
    db.execute(
        "ALTER TABLE regimens ADD COLUMN sessions_per_week INTEGER "
        "CHECK (sessions_per_week IS NULL OR sessions_per_week BETWEEN 1 AND 21)"
    )


@migration("0003_settings")
def settings(db: Database) -> None:
    """The patient's own settings (name and date of birth for the summary header) travel with the diary."""
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")


@migration("0004_regimen_schedule")
def regimen_schedule(db: Database) -> None:
    """How often a regimen's doses are due (vocabulary.SCHEDULES), its interval and its weekdays.

    Every existing regimen keeps its meaning: prn = 1 is "as_needed", times_per_day above 0 is "times_a_day";
    a course without doses (physical therapy) has no schedule. prn and times_per_day stay, kept in step.
    """
    statements = [
        f"ALTER TABLE regimens ADD COLUMN schedule TEXT {_one_of('schedule', SCHEDULES, nullable=True)}",
        "ALTER TABLE regimens ADD COLUMN every INTEGER "
        "CHECK (every IS NULL OR (typeof(every) = 'integer' AND every > 0))",
        f"ALTER TABLE regimens ADD COLUMN {_json_list('weekdays')}",  # of vocabulary.WEEKDAYS: "mon" … "sun"
    ]
    for statement in statements:
        db.execute(statement)
    for regimen_id, prn, times in db.execute("SELECT id, prn, times_per_day FROM regimens").fetchall():
        db.execute("UPDATE regimens SET schedule = ? WHERE id = ?", [implied_schedule(bool(prn), times), regimen_id])


@migration("0005_questionnaires")
def questionnaires(db: Database) -> None:
    """The mood and anxiety screens (PHQ-9/PHQ-2, GAD-7/GAD-2) and the PGIC answers (as labels).

    `answers` is the JSON list of item answers 0–3 in the instrument's order; `total` their sum, kept for
    tools that read the file. A PGIC answer is about the time since the visit before `visit_id`, or since a
    regimen started (`regimen_id`); `since_date` is that day.
    """
    statements = [
        f"""CREATE TABLE questionnaires (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date {_DATE}),
            instrument TEXT NOT NULL {_one_of("instrument", tuple(INSTRUMENTS))},
            answers TEXT NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'array'),
            {_scale("total", required=True, high=27)},
            {_scale("difficulty", required=False, high=3)}
        )""",
        "CREATE INDEX questionnaires_date ON questionnaires (date)",
        f"""CREATE TABLE impressions (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date {_DATE}),
            answer TEXT NOT NULL {_one_of("answer", PGIC_ANSWERS)},
            since_date TEXT NOT NULL CHECK (since_date {_DATE} AND since_date <= date),
            visit_id INTEGER REFERENCES visits (id),
            regimen_id INTEGER REFERENCES regimens (id),
            CHECK (visit_id IS NULL OR regimen_id IS NULL)
        )""",
        "CREATE INDEX impressions_date ON impressions (date)",
    ]
    for statement in statements:
        db.execute(statement)


@migration("0006_procedure_diaries")
def procedure_diaries(db: Database) -> None:
    """A diagnostic block's timed sheet and its ratings, follow-ups after an ablation or injection, and
    stimulator trials with their days (painlog.domain.block_diary, follow_ups, stimulator_trial)."""
    statements = [
        f"""CREATE TABLE block_diaries (
            id INTEGER PRIMARY KEY,
            procedure_id INTEGER NOT NULL UNIQUE REFERENCES procedures (id),
            block_at TEXT NOT NULL CHECK (block_at {_DATETIME}),
            usual_pain INTEGER NOT NULL CHECK (typeof(usual_pain) = 'integer' AND usual_pain BETWEEN 1 AND 10),
            {_json_list("activities")},
            anaesthetic TEXT NOT NULL DEFAULT '',
            expected_hours_low INTEGER CHECK (expected_hours_low IS NULL OR expected_hours_low BETWEEN 1 AND 48),
            expected_hours_high INTEGER CHECK (expected_hours_high IS NULL OR
                (expected_hours_high BETWEEN 1 AND 48 AND expected_hours_high >= expected_hours_low)),
            times TEXT NOT NULL CHECK (json_valid(times) AND json_type(times) = 'array'
                AND json_array_length(times) > 0)
        )""",
        f"""CREATE TABLE block_ratings (
            id INTEGER PRIMARY KEY,
            procedure_id INTEGER NOT NULL REFERENCES procedures (id),
            minutes INTEGER NOT NULL CHECK (typeof(minutes) = 'integer' AND minutes > 0),
            rated_at TEXT NOT NULL CHECK (rated_at {_DATETIME}),
            {_scale("pain", required=True)},
            activity TEXT {_one_of("activity", ACTIVITY_RESULTS, nullable=True)},
            UNIQUE (procedure_id, minutes)
        )""",
        f"""CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            procedure_id INTEGER NOT NULL REFERENCES procedures (id),
            after_days INTEGER NOT NULL CHECK (typeof(after_days) = 'integer' AND after_days > 0),
            date TEXT NOT NULL CHECK (date {_DATE}),
            {_scale("pain", required=True)},
            {_scale("relief_percent", required=False, high=100)},
            UNIQUE (procedure_id, after_days)
        )""",
        f"""CREATE TABLE trials (
            id INTEGER PRIMARY KEY,
            therapy_id INTEGER NOT NULL REFERENCES therapies (id),
            start_date TEXT NOT NULL CHECK (start_date {_DATE}),
            end_date TEXT NOT NULL CHECK (end_date {_DATE} AND end_date >= start_date)
        )""",
        f"""CREATE TABLE trial_days (
            id INTEGER PRIMARY KEY,
            trial_id INTEGER NOT NULL REFERENCES trials (id),
            date TEXT NOT NULL CHECK (date {_DATE}),
            {_scale("relief_percent", required=False, high=100)},
            activities TEXT NOT NULL DEFAULT '',
            walked_minutes INTEGER CHECK (walked_minutes IS NULL OR
                (typeof(walked_minutes) = 'integer' AND walked_minutes BETWEEN 0 AND 1440)),
            UNIQUE (trial_id, date)
        )""",
    ]
    for statement in statements:
        db.execute(statement)


@migration("0007_unrecorded_days")
def unrecorded_days(db: Database) -> None:
    """Days the patient marked "didn't record" when asked about missed days: neither recorded nor missed.

    A check-in on the same day wins over its mark (painlog.domain.keeping); the mark stays, with when it was made.
    """
    db.execute(
        f"""CREATE TABLE unrecorded_days (
            date TEXT PRIMARY KEY NOT NULL CHECK (date {_DATE}),
            marked_at TEXT NOT NULL
        )"""
    )
