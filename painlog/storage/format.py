"""The diary file's published format: its migration names, tables and columns (DESIGN.md §2b).

Kept apart from schema.py so that opening an up-to-date diary needs no sqlite-utils import: start-up stays
fast, and sqlite-utils is loaded only when a migration is pending or a tool (check, export) needs it.
"""

MIGRATION_SET = "painlog"

# Every migration this painlog knows, in order. schema.py registers exactly these; a diary that lists a
# name not here was written by a newer painlog.
KNOWN_MIGRATIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_relief_time_and_sessions",
    "0003_settings",
    "0004_regimen_schedule",
    "0005_questionnaires",
    "0006_procedure_diaries",
    "0007_unrecorded_days",
)

# The columns of each table: DESIGN.md §2b plus those later migrations added; `painlog check` verifies them.
PUBLISHED_COLUMNS: dict[str, tuple[str, ...]] = {
    "checkins": (
        "date", "pain_avg", "pain_worst", "pain_least", "enjoyment", "activity", "mood", "sleep_hours",
        "sleep_quality", "locations", "qualities", "note", "for_doctor", "created_at", "updated_at",
    ),
    "episodes": ("id", "at", "intensity", "locations", "qualities", "trigger", "helped", "note"),
    "therapies": ("id", "kind", "name", "ingredient", "target", "prescriber", "notes"),
    "regimens": (
        "id", "therapy_id", "start_date", "end_date", "dose_amount", "dose_unit", "route", "times_per_day",
        "prn", "max_per_day", "instructions", "stop_reason", "sessions_per_week", "schedule", "every", "weekdays",
    ),
    "procedures": ("id", "therapy_id", "date", "site", "relief_percent", "notes", "relief_at"),
    "doses": (
        "id", "therapy_id", "taken_at", "amount", "dose_unit", "prn", "skipped", "skip_reason",
        "pain_before", "pain_after",
    ),
    "side_effects": ("id", "date", "therapy_id", "description", "severity"),
    "visits": ("id", "date", "clinician", "questions", "outcome"),
    "goals": ("id", "text", "start_date", "status", "achieved_date"),
    "settings": ("key", "value"),
    "questionnaires": ("id", "date", "instrument", "answers", "total", "difficulty"),
    "impressions": ("id", "date", "answer", "since_date", "visit_id", "regimen_id"),
    "block_diaries": (
        "id", "procedure_id", "block_at", "usual_pain", "activities", "anaesthetic", "expected_hours_low",
        "expected_hours_high", "times",
    ),
    "block_ratings": ("id", "procedure_id", "minutes", "rated_at", "pain", "activity"),
    "follow_ups": ("id", "procedure_id", "after_days", "date", "pain", "relief_percent"),
    "trials": ("id", "therapy_id", "start_date", "end_date"),
    "trial_days": ("id", "trial_id", "date", "relief_percent", "activities", "walked_minutes"),
    "unrecorded_days": ("date", "marked_at"),
}  # fmt: skip


DIARY_TABLES = tuple(PUBLISHED_COLUMNS)
