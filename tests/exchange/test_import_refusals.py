"""Files that are not what they claim: each refused whole with one plain sentence naming the file and the row.

No Python exception name, no memory blown on a zip bomb, no "newer painlog" for a damaged version field.
"""

import io
import json
import re
import time
import tracemalloc
import zipfile
from datetime import date

import pytest

from painlog.domain.checkin import CheckIn
from painlog.exchange.tabular import ImportFileError
from painlog.session import DiarySession
from painlog.storage.tables import dump

PYTHONIC = re.compile(r"Error\b|Exception|Traceback|errno|<class|\bstr\b|\bint\b|surrogates not allowed")


def row(**changes) -> dict:
    """A valid check-in row of the JSON export, with some values changed."""
    base = {"date": "2020-01-01", "pain_avg": 5, "pain_worst": None, "pain_least": None, "enjoyment": 4,
            "activity": 4, "mood": 4, "sleep_hours": None, "sleep_quality": None, "locations": "[]",
            "qualities": "[]", "note": "", "for_doctor": 0, "created_at": "t", "updated_at": "t"}  # fmt: skip
    return base | changes


def document(rows: list[dict], version: object = 1) -> str:
    return json.dumps({"format": "painlog-export", "version": version, "tables": {"checkins": rows}})


def refusal(tmp_path, name: str, content: bytes | str) -> list[str]:
    """Import `content` saved as `name` into a diary holding one day; return the problems it was refused with."""
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    session = DiarySession(tmp_path / "diary.sqlite")
    session.diary.checkins.save(CheckIn(date(2019, 5, 5), 3, 3, 3, 3))
    before = dump(session.diary.conn)
    try:
        with pytest.raises(ImportFileError) as caught:
            session.apply_import(session.read_import(path), replace_days=True)
        assert dump(session.diary.conn) == before
    finally:
        session.close()
    for problem in caught.value.problems:
        assert not PYTHONIC.search(problem), problem
    return caught.value.problems


DEEP = "[" * 100_000 + "]" * 100_000
DEEP_CELL = "[" * 5_000 + "]" * 5_000  # short enough for a text cell
JSON_CASES = {
    "deeply nested": ('{"format": "painlog-export", "version": 1, "tables": {"checkins": ' + DEEP + "}}",
                      "export.json is nested too deeply"),
    "deep list in a text cell": (document([row(locations=DEEP_CELL)]), "export.json: checkins row 1: locations"),
    "10^23": (document([row(), row(date="2020-01-02", pain_avg=10**23)]),
              "export.json: checkins row 2: pain_avg is a number too large"),
    "5000 digits": (document([row()]).replace('"pain_avg": 5', '"pain_avg": ' + "9" * 5000),
                    "export.json: checkins row 1: pain_avg is a number too large"),
    "list for a note": (document([row(note=["a", "b"])]), "export.json: checkins row 1: note must be text"),
    "number for a note": (document([row(note=5)]), "export.json: checkins row 1: note must be text"),
    "text for a number": (document([row(mood="4")]), "export.json: checkins row 1: mood must be a whole number"),
    "float for a whole number": (document([row(mood=4.5)]),
                                 "export.json: checkins row 1: mood must be a whole number"),
    "lone surrogate": (document([row(note="\ud800")]),
                       "export.json: checkins row 1: note holds a character that is not valid text"),
    "NaN": (document([row()]).replace('"sleep_hours": null', '"sleep_hours": NaN'), "export.json is not valid JSON"),
    "version as text": (document([row()], version="1"), "export.json is not a painlog export, or it is damaged"),
    "version zero": (document([row()], version=0), "export.json is not a painlog export, or it is damaged"),
    "a row that is a list": ('{"format": "painlog-export", "version": 1, "tables": {"checkins": [[1]]}}',
                             "export.json: checkins row 1"),
    "dose amount as text": (
        '{"format": "painlog-export", "version": 1, "tables": {"therapies": [{"id": 1, "kind": "medication", '
        '"name": "x"}], "regimens": [{"id": 1, "therapy_id": 1, "start_date": "2020-01-01", "dose_amount": "a"}]}}',
        "export.json: regimens row 1: dose_amount must be a number"),
    "as needed but prn 0": (
        '{"format": "painlog-export", "version": 1, "tables": {"therapies": [{"id": 1, "kind": "medication", '
        '"name": "x"}], "regimens": [{"id": 1, "therapy_id": 1, "start_date": "2020-01-01", "prn": 0, '
        '"schedule": "as_needed"}]}}',
        "export.json: regimens row 1: prn should be 1 exactly when the schedule is as_needed"),
    "weekly on no day": (
        '{"format": "painlog-export", "version": 1, "tables": {"therapies": [{"id": 1, "kind": "medication", '
        '"name": "x"}], "regimens": [{"id": 1, "therapy_id": 1, "start_date": "2020-01-01", "schedule": "weekly", '
        '"weekdays": "[\\"someday\\"]"}]}}',
        "export.json: regimens row 1: Unknown day of the week: someday"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(JSON_CASES), ids=list(JSON_CASES))
def test_a_damaged_json_export_is_refused_with_one_plain_sentence(tmp_path, case):
    content, words = JSON_CASES[case]
    problems = refusal(tmp_path, "export.json", content)
    assert any(p.startswith(words) for p in problems), problems
    assert "newer" not in " ".join(problems)


def test_a_note_longer_than_the_app_accepts_is_refused_by_name(tmp_path):
    from painlog.domain.text import MAX_TEXT

    problems = refusal(tmp_path, "export.json", document([row(note="x" * (MAX_TEXT + 1))]))
    assert problems == [
        f"export.json: checkins row 1: {MAX_TEXT + 1:,} characters are too many for the note; at most {MAX_TEXT:,} fit."
    ]


def test_a_number_outside_sqlites_range_in_a_csv_is_refused_by_name(tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    header = "id,kind,name,ingredient,target,prescriber,notes\r\n"
    (folder / "therapies.csv").write_text(header + f"{2**63},medication,x,,,,\r\n", encoding="utf-8")
    assert refused(tmp_path, folder) == ["therapies.csv row 1: id is a number too large to store"]


def refused(tmp_path, path) -> list[str]:
    """The problems reading `path` for import into an empty diary was refused with."""
    session = DiarySession(tmp_path / "other.sqlite")
    try:
        with pytest.raises(ImportFileError) as caught:
            session.read_import(path)
    finally:
        session.close()
    return caught.value.problems


def exported_zip(tmp_path) -> bytes:
    session = DiarySession(tmp_path / "source.sqlite")
    session.diary.checkins.save(CheckIn(date(2020, 1, 1), 5, 4, 4, 4, note="x" * 3000))
    out = session.export("csv", tmp_path / "source.zip")
    session.close()
    return out.read_bytes()


def test_a_truncated_zip_is_called_damaged_not_a_wrong_table(tmp_path):
    whole = exported_zip(tmp_path)
    problems = refusal(tmp_path, "export.zip", whole[: len(whole) // 2])
    assert problems == ["export.zip is not a complete zip file; it may have been cut short or damaged"]


def bomb(path, megabytes: int, *, declared: int | None = None) -> None:
    """A zip whose checkins.csv unpacks to `megabytes` MB of zeros (written in 1 MB pieces, cheaply)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("checkins.csv", "w") as member:
        member.write(b"date,pain_avg\r\n")
        for _ in range(megabytes):
            member.write(bytes(1 << 20))
    if declared is not None:  # lie about the size in both headers, as a hostile file would
        data = bytearray(path.read_bytes())
        for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            at = data.index(signature)
            data[at + offset : at + offset + 4] = declared.to_bytes(4, "little")
        path.write_bytes(bytes(data))


@pytest.mark.parametrize("declared", [None, 1000], ids=["honest sizes", "lying sizes"])
def test_a_zip_bomb_is_refused_fast_and_in_little_memory(tmp_path, declared):
    path = tmp_path / "bomb.zip"
    bomb(path, 200, declared=declared)
    assert path.stat().st_size < 1_000_000
    session = DiarySession(tmp_path / "diary.sqlite")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ImportFileError) as caught:
            session.read_import(path)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        session.close()
    assert elapsed < 5 and peak < 30_000_000, (elapsed, peak)
    assert caught.value.problems == [
        "bomb.zip would unpack to more than 100 MB, which no painlog export does"
        if declared is None
        else "bomb.zip is not a complete zip file; it may have been cut short or damaged"
    ]


def test_a_file_or_folder_larger_than_any_export_is_refused_before_reading(tmp_path):
    from painlog.exchange.reading import MAX_IMPORT_BYTES

    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no disk used, and nothing may read it whole
    folder = tmp_path / "csv"
    folder.mkdir()
    for table in ("checkins", "doses"):
        with (folder / f"{table}.csv").open("wb") as file:
            file.truncate(MAX_IMPORT_BYTES // 2 + 1)
    tracemalloc.start()
    try:
        assert refused(tmp_path, path) == ["huge.json is larger than 100 MB, more than any painlog export"]
        assert refused(tmp_path, folder) == ["csv holds more than 100 MB of CSV files, more than any painlog export"]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 30_000_000, peak  # far below the 100 MB that reading either would take


def test_the_readme_states_the_limits_and_the_empty_text_convention_the_code_applies():
    from pathlib import Path

    from painlog.domain.text import MAX_TEXT
    from painlog.exchange.reading import MAX_IMPORT_BYTES, MAX_RATIO, RATIO_FREE
    from painlog.exchange.tabular import MAX_DEPTH

    readme = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())
    assert f"at most {MAX_TEXT:,} characters" in readme
    assert f"at most {MAX_IMPORT_BYTES // 1_000_000} MB" in readme
    assert f"more than {RATIO_FREE // 1_000_000} MB that would unpack to more than {MAX_RATIO} times" in readme
    assert f"nested more than {MAX_DEPTH} levels" in readme
    assert 'A missing value (NULL) is an empty cell; an empty text is `""`' in readme


def test_a_zip_entry_packed_far_tighter_than_any_diary_is_refused_by_its_ratio(tmp_path):
    path = tmp_path / "tight.zip"
    bomb(path, 50)  # under the size limit, but 50 MB of zeros pack about a thousand to one
    (problem,) = refused(tmp_path, path)
    assert problem.startswith("tight.zip: checkins.csv would unpack to ")
    assert problem.endswith(" times its packed size, which no painlog export does")


class Endless(io.RawIOBase):
    """A stream that never ends, like a header that lies or a device file."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[:] = bytes(len(buffer))
        return len(buffer)


def test_reading_stops_at_the_budget_whatever_the_stream_claims():
    from painlog.exchange.reading import read_bounded

    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match="endless.csv is larger than"):
            read_bounded(io.BufferedReader(Endless()), "endless.csv is larger than 5 MB", budget=5_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 15_000_000, peak


def test_the_command_line_says_nothing_was_imported_in_one_sentence(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "export.json"
    path.write_text(document([row(), row(date="2020-01-02", note=["a"])]), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "painlog", "import", "--db", str(tmp_path / "d.sqlite"), str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "painlog: Nothing was imported: export.json: checkins row 2: note must be text.\n"
