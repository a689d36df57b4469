"""Export and import: exact round trips, formula-safe CSV, FHIR codes, and every bad file refused whole."""

import json
import stat
import zipfile
from datetime import date, timedelta

import pytest

from painlog import demo
from painlog.domain.checkin import CheckIn
from painlog.exchange.tabular import ImportFileError
from painlog.session import DiarySession
from painlog.storage.tables import dump

END = date(2026, 10, 31)


@pytest.fixture
def session(diary):
    demo.write(diary, demo.generate(days=60, seed=7, end=END))
    diary.checkins.save(CheckIn(END - timedelta(days=70), 4, 4, 4, 4, note='=HYPERLINK("http://x")'))
    diary.checkins.save(CheckIn(END - timedelta(days=71), 4, 4, 4, 4, note="-3 points, café ✓"))
    diary.settings.set("patient_name", "Ana Silva")
    diary.checkins.mark_not_recorded([END - timedelta(days=69)])  # a day the patient said was not recorded
    return DiarySession(diary.path, diary)


def fresh(tmp_path, name="new.sqlite") -> DiarySession:
    return DiarySession(tmp_path / name)


def without_time(text: str) -> dict:
    document = json.loads(text)
    document.pop("exported_at")
    return document


@pytest.mark.parametrize("target", ["export.json"])
def test_json_round_trips_exactly(session, tmp_path, target):
    first = session.export("json", tmp_path / target)
    other = fresh(tmp_path)
    other.apply_import(other.read_import(first), replace_days=False)
    second = other.export("json", tmp_path / "again.json")
    assert without_time(first.read_text()) == without_time(second.read_text())
    assert dump(other.diary.conn) == dump(session.diary.conn)


@pytest.mark.parametrize("target", ["csv-folder", "export.zip"])
def test_csv_round_trips_for_every_table(session, tmp_path, target):
    first = session.export("csv", tmp_path / target)
    other = fresh(tmp_path)
    other.apply_import(other.read_import(first), replace_days=False)
    second = other.export("csv", tmp_path / ("again.zip" if target.endswith(".zip") else "again"))

    def files(path):
        if path.is_dir():
            return {p.name: p.read_bytes() for p in path.iterdir()}
        with zipfile.ZipFile(path) as archive:
            return {n: archive.read(n) for n in archive.namelist()}

    assert files(first) == files(second)
    assert set(files(first)) == {f"{t}.csv" for t in dump(session.diary.conn)}


def test_csv_neutralises_formulas_and_opens_as_utf8(session, tmp_path):
    folder = session.export("csv", tmp_path / "csv")
    text = (folder / "checkins.csv").read_bytes().decode("utf-8")
    assert text.startswith("\ufeffdate,pain_avg,")
    assert '\'=HYPERLINK(""http://x"")' in text  # a spreadsheet shows it, never runs it
    assert "'-3 points, café ✓" in text


def test_exports_and_their_folders_are_owner_only(session, tmp_path):
    for kind, name in (("json", "a.json"), ("csv", "b.zip"), ("fhir", "c.json"), ("csv", "folder")):
        out = session.export(kind, tmp_path / name)
        assert stat.S_IMODE(out.stat().st_mode) == (0o700 if out.is_dir() else 0o600)
        for inner in out.iterdir() if out.is_dir() else ():
            assert stat.S_IMODE(inner.stat().st_mode) == 0o600


def test_fhir_is_a_collection_bundle_of_coded_observations(session, tmp_path):
    bundle = json.loads(session.export("fhir", tmp_path / "fhir.json").read_text())
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    resources = [e["resource"] for e in bundle["entry"][1:]]  # the first is the Patient (tests/exchange/test_fhir.py)
    # The demo's screens are QuestionnaireResponses (tests/exchange/test_fhir.py reads them); all else Observations.
    assert {o["resourceType"] for o in resources} == {"Observation", "QuestionnaireResponse", "Procedure"}
    observations = [o for o in resources if o["resourceType"] == "Observation"]
    by_code = {}
    for o in observations:
        by_code.setdefault(o["code"].get("coding", [{"code": o["code"]["text"]}])[0]["code"], []).append(o)
    screens = session.diary.screens.all()
    assert len([o for o in resources if o["resourceType"] == "QuestionnaireResponse"]) == len(screens)
    assert len(by_code["44261-6"]) == len([s for s in screens if s.instrument == "PHQ-9"])
    days = session.diary.checkins.count()
    for code in ("75893-8", "91145-3", "91146-1", "91147-9", "91148-7"):
        assert len(by_code[code]) == days
    # Pain severity: one a day, and one for each rating after a block and each follow-up (part of a Procedure).
    daily = [o for o in by_code["72514-3"] if "partOf" not in o]
    assert len(daily) == days
    first = session.diary.checkins.all()[0]
    pain = next(o for o in by_code["72514-3"] if o["effectiveDateTime"] == first.day.isoformat())
    assert pain["valueInteger"] == first.pain_avg
    assert pain["category"][0]["coding"][0]["code"] == "survey"
    peg = next(o for o in by_code["91147-9"] if o["effectiveDateTime"] == first.day.isoformat())
    assert peg["valueQuantity"] == {"value": first.peg, "unit": "{score}", "system": "http://unitsofmeasure.org",
                                    "code": "{score}"}  # fmt: skip
    urls = {e["fullUrl"] for e in bundle["entry"]}
    assert all(m["reference"] in urls for o in by_code["91148-7"] for m in o["hasMember"])


def test_days_already_there_are_kept_or_replaced_as_chosen(session, tmp_path):
    export = session.export("json", tmp_path / "e.json")
    other = fresh(tmp_path)
    day = session.diary.checkins.all()[0].day
    other.diary.checkins.save(CheckIn(day, 9, 9, 9, 1))
    plan = other.read_import(export)
    assert plan.days_already_there == (day.isoformat(),)
    report = other.apply_import(plan, replace_days=False)
    assert report.skipped_days == 1 and other.diary.checkins.get(day).pain_avg == 9
    report = other.apply_import(other.read_import(export), replace_days=True)
    assert report.replaced_days == session.diary.checkins.count()
    assert other.diary.checkins.get(day) == session.diary.checkins.get(day)


def test_marks_travel_and_a_check_in_wins_over_an_imported_mark(session, tmp_path):
    export = session.export("json", tmp_path / "e.json")
    marked = END - timedelta(days=69)
    other = fresh(tmp_path)
    other.diary.checkins.save(CheckIn(marked, 5, 5, 5, 5))  # this diary has the day recorded
    other.apply_import(other.read_import(export), replace_days=False)
    assert other.diary.checkins.not_recorded_days() == set()  # the mark came, but the check-in wins
    assert other.diary.db.execute("SELECT date FROM unrecorded_days").fetchall() == [(marked.isoformat(),)]
    assert session.diary.checkins.not_recorded_days() == {marked}
    report = other.apply_import(other.read_import(export), replace_days=True)  # a mark already here stays
    assert "unrecorded_days" not in report.added


def csv_folder(session, tmp_path):
    return session.export("csv", tmp_path / "csv")


def edit(path, replace: tuple[str, str] | None = None, append: str | None = None, raw: bytes | None = None):
    if raw is not None:
        path.write_bytes(raw)
        return
    text = path.read_text(encoding="utf-8-sig")
    if replace:
        assert replace[0] in text
        text = text.replace(replace[0], replace[1], 1)
    if append:
        text += append
    path.write_text(text, encoding="utf-8")


UNKNOWN_LOCATION = '2020-01-01,5,,,4,4,4,,,"[""tail""]",[],,0,t,t\r\n'
BAD_FILES = {
    "wrong header": (lambda f: edit(f / "checkins.csv", replace=("pain_avg", "pain")), "the header should be"),
    "wrong type": (lambda f: edit(f / "checkins.csv", append="2020-01-01,five,,,4,4,4,,,[],[],,0,t,t\r\n"),
                   "pain_avg should be a whole number"),
    "out of range": (lambda f: edit(f / "checkins.csv", append="2020-01-01,11,,,4,4,4,,,[],[],,0,t,t\r\n"),
                     "Average pain must be from 0 to 10, not 11"),
    "future day": (lambda f: edit(f / "checkins.csv", append="2999-01-01,5,,,4,4,4,,,[],[],,0,t,t\r\n"),
                   "future"),
    "future mark": (lambda f: edit(f / "unrecorded_days.csv", append="2999-01-01,t\r\n"),
                    "cannot be marked as not recorded yet"),
    "duplicate day": (lambda f: edit(f / "checkins.csv", append=(f / "checkins.csv").read_text(
        encoding="utf-8-sig").splitlines()[1] + "\r\n"), "listed 2 times"),
    "1 MB note": (lambda f: edit(f / "checkins.csv", append="2020-01-01,5,,,4,4,4,,,[],[]," + "x" * 1_000_000
                                 + ",0,t,t\r\n"), "characters are too many"),
    "not UTF-8": (lambda f: edit(f / "episodes.csv", raw=b"id,at\r\n1,\xff\xfe\r\n"), "not UTF-8"),
    "unknown table": (lambda f: (f / "photos.csv").write_text("a\n1\n"), "not a painlog table"),
    "unknown location": (lambda f: edit(f / "checkins.csv", append=UNKNOWN_LOCATION),
                         "Unknown locations: tail"),
    "broken link": (lambda f: edit(f / "doses.csv", append="999,999,2020-01-01T08:00:00,1.0,mg,0,0,,,\r\n"),
                    "FOREIGN KEY"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(BAD_FILES), ids=list(BAD_FILES))
def test_a_bad_import_file_is_refused_whole_with_a_clear_reason(session, tmp_path, case):
    folder = csv_folder(session, tmp_path)
    spoil, words = BAD_FILES[case]
    spoil(folder)
    other = fresh(tmp_path)
    other.diary.checkins.save(CheckIn(date(2019, 5, 5), 3, 3, 3, 3))
    before = dump(other.diary.conn)
    with pytest.raises(ImportFileError) as caught:
        other.apply_import(other.read_import(folder), replace_days=True)
    assert any(words in problem for problem in caught.value.problems), caught.value.problems
    assert dump(other.diary.conn) == before  # nothing half-written


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe{", "not UTF-8"),
        (b'{"format": "something-else"}', "not a painlog export"),
        (b'{"format": "painlog-export", "version": 99, "tables": {}}', "newer painlog"),
        (
            b'{"format": "painlog-export", "version": 1, "tables": {"checkins": [{"date": "2020-01-01", "oops": 1}]}}',
            "unexpected 'oops'",
        ),
    ],
)
def test_bad_json_files_are_refused(tmp_path, content, words):
    path = tmp_path / "e.json"
    path.write_bytes(content)
    other = fresh(tmp_path)
    with pytest.raises(ImportFileError, match=words):
        other.read_import(path)


def test_a_full_disk_during_export_is_a_clear_error_and_leaves_nothing(session, tmp_path, monkeypatch):
    import painlog.files as files

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "write", full)
    for kind, name in (("json", "a.json"), ("csv", "b.zip"), ("csv", "folder")):
        with pytest.raises(OSError, match="disk is full") as caught:
            session.export(kind, tmp_path / name)
        assert f"so {tmp_path / name} was not written" in str(caught.value)  # never a temporary name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diary.sqlite", "diary.sqlite-shm", "diary.sqlite-wal"]


def test_importing_the_same_export_twice_adds_nothing_the_second_time(session, tmp_path):
    export = session.export("json", tmp_path / "e.json")
    other = fresh(tmp_path)
    other.apply_import(other.read_import(export), replace_days=False)
    once = dump(other.diary.conn)
    plan = other.read_import(export)
    assert plan.expected.added == {} and plan.expected.already_there > 0
    assert dump(other.diary.conn) == once  # the preview was a trial, rolled back
    other.apply_import(plan, replace_days=False)
    assert dump(other.diary.conn) == once
