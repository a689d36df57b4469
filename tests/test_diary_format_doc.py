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


def test_the_language_setting_is_documented_with_its_values():
    from painlog.languages import LANGUAGE_KEY, LANGUAGES

    text = files("painlog.resources").joinpath("diary-format.md").read_text(encoding="utf-8")
    settings = text.split("<!-- columns: settings -->")[1].split("<!-- columns:")[0]
    assert f"`{LANGUAGE_KEY}` (" in settings
    assert all(f"`{code}`" in settings for code in LANGUAGES)
