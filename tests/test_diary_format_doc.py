"""The diary format is documented in a file shipped with painlog, and that document matches the real schema."""

import re
from importlib.resources import files

from painlog.storage.diary import open_diary


def documented_columns() -> dict[str, list[str]]:
    text = files("painlog.resources").joinpath("diary-format.md").read_text(encoding="utf-8")
    tables: dict[str, list[str]] = {}
    for section in re.split(r"<!-- columns: ", text)[1:]:
        name, body = section.split(" -->", 1)
        body = body.split("\n### ")[1] if "\n### " in body else body
        rows = re.findall(r"^\| ([a-z_]+) \|", body, flags=re.M)
        tables[name] = [row for row in rows if row != "column"]
    return tables


def test_every_table_and_column_of_a_new_diary_is_documented_in_order(diary_path):
    with open_diary(diary_path) as diary:
        names = [
            row[0]
            for row in diary.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != '_sqlite_migrations' ORDER BY name"
            )
        ]
        actual = {name: [c[1] for c in diary.conn.execute(f"PRAGMA table_info([{name}])")] for name in names}
    assert documented_columns() == actual


def test_the_readme_points_at_the_shipped_document_not_outside_the_repository():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme
    assert "resources/diary-format.md" in readme


def test_every_settings_key_painlog_keeps_is_documented():
    from painlog.domain import prompts
    from painlog.ui import coping_words, view_settings

    text = files("painlog.resources").joinpath("diary-format.md").read_text(encoding="utf-8")
    settings_row = next(line for line in text.splitlines() if line.startswith("| key |"))
    keys = [value for module in (prompts, coping_words, view_settings) for name, value in vars(module).items()
            if name.endswith("_KEY") and isinstance(value, str)]  # fmt: skip
    assert {"reminder_on", "reminder_time", "reminder_asked", "reminder_last_shown", "reminder_snoozed_until",
            "tray_told", "dose_follow_ups_asked", "screens_every_days"} <= set(keys)  # fmt: skip
    assert [key for key in keys if f"`{key}`" not in settings_row] == []


def test_the_language_setting_is_documented_with_its_values():
    from painlog.languages import LANGUAGE_KEY, LANGUAGES

    text = files("painlog.resources").joinpath("diary-format.md").read_text(encoding="utf-8")
    settings = text.split("<!-- columns: settings -->")[1].split("<!-- columns:")[0]
    assert f"`{LANGUAGE_KEY}` (" in settings
    assert all(f"`{code}`" in settings for code in LANGUAGES)
