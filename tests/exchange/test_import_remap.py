"""Importing into a diary that already has other therapies: ids are remapped and every row follows its own."""

import json
from datetime import date, timedelta

import pytest

from painlog import demo
from painlog.domain.therapy import Regimen, SideEffect, Therapy
from painlog.exchange.tabular import ImportFileError
from painlog.session import DiarySession

END = date(2026, 10, 31)


def by_therapy(diary) -> dict[str, dict[str, list[tuple]]]:
    """Each therapy's regimens, doses and side effects by content (ids left out), under its name."""
    names = {t.id: t.name for t in diary.therapies.all()}
    result: dict[str, dict[str, list[tuple]]] = {name: {} for name in names.values()}
    for table in ("regimens", "doses", "side_effects", "procedures"):
        columns = [c for c in diary.db[table].columns_dict if c not in ("id", "therapy_id")]
        for row in diary.conn.execute(f"SELECT therapy_id, {', '.join(columns)} FROM {table} ORDER BY 2, 3"):
            if row[0] is not None:
                result[names[row[0]]].setdefault(table, []).append(tuple(row[1:]))
    return result


def test_an_import_into_a_diary_with_other_therapies_keeps_each_row_with_its_therapy(diary, tmp_path):
    demo.write(diary, demo.generate(days=60, seed=7, end=END))
    source = DiarySession(diary.path, diary)
    export = source.export("json", tmp_path / "export.json")

    target = DiarySession(tmp_path / "other.sqlite")
    own = target.diary.therapies
    four_a_day = Regimen(0, END - timedelta(days=90), dose_amount=1, dose_unit="g", times_per_day=4)
    paracetamol = own.add(Therapy("medication", "Paracetamol", "paracetamol"), four_a_day)
    own.add(Therapy("other", "Heat pad"), Regimen(0, END - timedelta(days=90), sessions_per_week=7))
    target.diary.side_effects.add(SideEffect(END - timedelta(days=80), "Heartburn", "mild", paracetamol.id))
    before = by_therapy(target.diary)
    ids = {t.id for t in diary.therapies.all()}
    assert ids & {t.id for t in own.all()}, "the imported therapy ids must collide, so they are remapped"

    target.apply_import(target.read_import(export), replace_days=False)

    after = by_therapy(target.diary)
    expected = by_therapy(diary)
    assert {name: after[name] for name in expected} == expected
    assert {name: after[name] for name in before} == before  # the diary's own therapies keep only their rows
    assert len(after) == len(expected) + len(before)


def test_an_export_made_before_schedules_imports_as_the_same_regimens(diary, tmp_path):
    demo.write(diary, demo.generate(days=60, seed=7, end=END))
    session = DiarySession(diary.path, diary)
    export = session.export("json", tmp_path / "export.json")
    document = json.loads(export.read_text(encoding="utf-8"))
    for row in document["tables"]["regimens"]:  # as painlog wrote them before migration 0004
        for column in ("schedule", "every", "weekdays"):
            del row[column]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document), encoding="utf-8")

    plan = session.read_import(old)
    assert plan.expected.added == {}  # the same regimens, not new ones beside them

    fresh = DiarySession(tmp_path / "fresh.sqlite")
    fresh.apply_import(fresh.read_import(old), replace_days=False)
    assert by_therapy(fresh.diary) == by_therapy(diary)


def test_a_csv_export_made_before_schedules_imports_as_the_same_regimens(diary, tmp_path):
    demo.write(diary, demo.generate(days=60, seed=7, end=END))
    export = DiarySession(diary.path, diary).export("csv", tmp_path / "csv")
    regimens = export / "regimens.csv"
    lines = regimens.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(",schedule,every,weekdays")
    # as painlog wrote it before migration 0004: the last three columns were not there
    regimens.write_text("\n".join(line.rsplit(",", 3)[0] for line in lines) + "\n", encoding="utf-8")

    fresh = DiarySession(tmp_path / "fresh.sqlite")
    fresh.apply_import(fresh.read_import(export), replace_days=False)
    assert by_therapy(fresh.diary) == by_therapy(diary)


def test_a_csv_missing_a_column_that_must_be_given_is_still_refused(diary, tmp_path):
    demo.write(diary, demo.generate(days=60, seed=7, end=END))
    export = DiarySession(diary.path, diary).export("csv", tmp_path / "csv")
    goals = export / "goals.csv"
    lines = goals.read_text(encoding="utf-8-sig").splitlines()
    goals.write_text("\n".join(line.split(",")[0] for line in lines) + "\n", encoding="utf-8")  # only the id
    fresh = DiarySession(tmp_path / "fresh.sqlite")
    with pytest.raises(ImportFileError, match="the header should be"):
        fresh.read_import(export)
