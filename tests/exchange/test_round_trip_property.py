"""Export then import is the identity: for every value the app can store, in JSON, a CSV folder and a CSV zip.

The diary is written the way the app writes it (through the repositories, after their validation), with long
notes, empty and missing text, non-BMP characters, newlines, commas and quotes, and the ends of every scale.
"""

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.text import MAX_TEXT
from painlog.domain.therapy import Dose, Procedure, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit
from painlog.domain.vocabulary import (
    GOAL_STATUSES,
    LOCATIONS,
    PROCEDURE_KINDS,
    QUALITIES,
    ROUTES,
    SEVERITIES,
    STOP_REASONS,
    THERAPY_KINDS,
)
from painlog.session import DiarySession
from painlog.storage.diary import open_diary
from painlog.storage.tables import dump

TODAY = date.today()
FORMATS = (("json", "export.json"), ("csv", "csv-folder"), ("csv", "export.zip"))

tricky = st.sampled_from(
    ["", " ", "'=x", "=1+1", "-2 points", "''@a", "'plain", 'say "hi", then go', "line\nbreak\r\nand\rmore",
     "😀 𝄞 non-BMP", "NULL", "\\N", "\x00", ",", '"', '""']
)  # fmt: skip
text = tricky | st.text(max_size=30)
long_text = st.sampled_from(["é😀" * (MAX_TEXT // 2), "x" * MAX_TEXT, 'a,\n"' * (MAX_TEXT // 4)])
note = text | long_text
# what the app refuses blank (names, descriptions, goals); SQLite's length() stops at a NUL character
filled = text.filter(lambda t: t.split("\x00")[0].strip())
day = st.dates(date(2000, 1, 1), TODAY)
moment = st.datetimes(datetime(2000, 1, 1), datetime.now() - timedelta(minutes=1)).map(
    lambda m: m.replace(microsecond=0)
)
scale = st.integers(0, 10)
codes = st.lists(st.sampled_from(LOCATIONS), unique=True, max_size=3).map(tuple)
kinds = st.lists(st.sampled_from(QUALITIES), unique=True, max_size=3).map(tuple)
amount = st.none() | st.floats(min_value=0, exclude_min=True, allow_nan=False, allow_infinity=False)


@st.composite
def checkins(draw):
    pain = draw(scale)
    text_of_note = draw(note)
    return CheckIn(
        day=draw(day), pain_avg=pain, enjoyment=draw(scale), activity=draw(scale), mood=draw(scale),
        pain_worst=draw(st.none() | st.integers(pain, 10)), pain_least=draw(st.none() | st.integers(0, pain)),
        sleep_hours=draw(st.none() | st.integers(0, 240).map(lambda tenths: tenths / 10)),
        sleep_quality=draw(st.none() | scale), locations=draw(codes), qualities=draw(kinds), note=text_of_note,
        for_doctor=draw(st.booleans()) and bool(text_of_note.strip()),
    )  # fmt: skip


episodes = st.builds(Episode, at=moment, intensity=scale, locations=codes, qualities=kinds, trigger=text,
                     helped=text, note=note)  # fmt: skip
therapies = st.builds(Therapy, kind=st.sampled_from(THERAPY_KINDS), name=filled, ingredient=st.none() | text,
                      target=text, prescriber=text, notes=note)  # fmt: skip


@st.composite
def regimen(draw, therapy_id: int, start: date, end: date | None):
    prn = draw(st.booleans())
    return Regimen(
        therapy_id, start, end, dose_amount=draw(amount), dose_unit=draw(st.none() | text),
        route=draw(st.none() | st.sampled_from(ROUTES)),
        times_per_day=None if prn else draw(st.none() | st.integers(0, 24)), prn=prn,
        max_per_day=draw(st.none() | st.integers(1, 24)), sessions_per_week=draw(st.none() | st.integers(1, 21)),
        instructions=draw(text), stop_reason=draw(st.none() | st.sampled_from(STOP_REASONS)) if end else None,
    )  # fmt: skip


@st.composite
def procedure(draw, therapy_id: int):
    when = draw(day)
    relief = draw(st.none() | st.integers(0, 100))
    relief_at = draw(st.none() | st.just(datetime.combine(when, datetime.min.time()) + timedelta(hours=20)))
    relief_at = relief_at if relief_at is not None and relief_at < datetime.now() else None
    return Procedure(therapy_id, when, site=draw(text), relief_percent=relief, relief_at=relief_at, notes=draw(note))


@st.composite
def dose(draw, therapy_id: int):
    prn = draw(st.booleans())
    skipped = not prn and draw(st.booleans())
    return Dose(
        therapy_id, draw(moment), amount=draw(st.none() | st.floats(0, 1e6, allow_nan=False)),
        dose_unit=draw(st.none() | text), prn=prn, skipped=skipped, skip_reason=draw(filled if skipped else text),
        pain_before=draw(st.none() | scale), pain_after=draw(st.none() | scale),
    )  # fmt: skip


one_line = filled.filter(lambda t: "\n" not in t)
visits = st.builds(Visit, day=st.dates(date(2000, 1, 1), TODAY + timedelta(days=400)), clinician=text,
                   questions=st.lists(one_line, max_size=3).map(tuple), outcome=note)  # fmt: skip


@st.composite
def goals(draw):
    start = draw(day)
    status = draw(st.sampled_from(GOAL_STATUSES))
    achieved = (
        draw(st.just(start) | st.none()) if status != "achieved" else start + timedelta(days=draw(st.integers(0, 30)))
    )
    return Goal(draw(filled), start, status, achieved)


def write(diary, draw) -> None:
    """Fill `diary` as the app would (through its repositories), drawing each value as it goes."""
    for checkin in draw(st.lists(checkins(), max_size=4, unique_by=lambda c: c.day)):
        diary.checkins.save(checkin)
    for episode in draw(st.lists(episodes, max_size=3)):
        diary.episodes.add(episode)
    therapy_ids = []
    for therapy in draw(st.lists(therapies, max_size=3)):
        stored = diary.therapies.add(therapy)
        therapy_ids.append(stored.id)
        gaps = draw(st.lists(st.integers(0, 2000), max_size=2))
        if therapy.kind in PROCEDURE_KINDS:
            for _ in gaps:
                diary.therapies.add_procedure(draw(procedure(stored.id)))
            continue
        start = date(2000, 1, 1)
        for number, gap in enumerate(gaps):  # regimens one after another, the last maybe still running
            end = None if number == len(gaps) - 1 and gap % 2 else start + timedelta(days=gap)
            diary.therapies.start_regimen(draw(regimen(stored.id, start, end)))
            start = (end or start) + timedelta(days=1)
        for _ in range(draw(st.integers(0, 2))):
            diary.doses.add(draw(dose(stored.id)))
    for when, description, severity, linked in draw(
        st.lists(st.tuples(day, filled, st.sampled_from(SEVERITIES), st.booleans()), max_size=2)
    ):
        therapy_id = therapy_ids[0] if linked and therapy_ids else None
        diary.side_effects.add(SideEffect(when, description, severity, therapy_id))
    for visit in draw(st.lists(visits, max_size=2)):
        diary.visits.save(visit)
    for goal in draw(st.lists(goals(), max_size=2)):
        diary.goals.save(goal)
    names = st.sampled_from(["patient_name", "birth_date", "x"])
    for key, value in draw(st.dictionaries(names, filled, max_size=2)).items():
        diary.settings.set(key, value)


SLOW_IS_FINE = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]


@settings(max_examples=12, deadline=None, suppress_health_check=SLOW_IS_FINE)
@given(st.data())
def test_export_then_import_gives_back_every_row_and_a_second_import_adds_nothing(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("diary")
    with open_diary(folder / "source.sqlite") as diary:
        write(diary, data.draw)
        source = DiarySession(diary.path, diary)
        rows = dump(diary.conn)
        for kind, name in FORMATS:
            exported = source.export(kind, folder / name)
            target = DiarySession(folder / f"{name}.sqlite")
            try:
                target.apply_import(target.read_import(exported), replace_days=False)
                assert dump(target.diary.conn) == rows
                again = target.read_import(exported).expected
                assert again.added == {}, (kind, name, again)
            finally:
                target.close()
            into_source = source.read_import(exported).expected
            assert into_source.added == {}, (kind, name, into_source)
        assert dump(diary.conn) == rows  # previews are trials, rolled back


def test_a_note_as_long_as_the_app_allows_round_trips_through_json(diary, tmp_path):
    diary.checkins.save(CheckIn(date(2020, 1, 1), 5, 4, 4, 4, note="n" * 25_000))
    exported = DiarySession(diary.path, diary).export("json", tmp_path / "e.json")
    target = DiarySession(tmp_path / "target.sqlite")
    target.apply_import(target.read_import(exported), replace_days=False)
    assert target.diary.checkins.get(date(2020, 1, 1)).note == "n" * 25_000
    target.close()


def test_csv_keeps_an_empty_text_apart_from_a_missing_one(diary, tmp_path):
    diary.therapies.add(Therapy("medication", "Pregabalin", ingredient=None, target=""))
    session = DiarySession(diary.path, diary)
    folder = session.export("csv", tmp_path / "csv")
    lines = (folder / "therapies.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == '1,medication,Pregabalin,,"","",""'  # ingredient NULL; target, prescriber, notes empty
    plan = session.read_import(folder)
    assert plan.expected.added == {} and plan.expected.already_there == 1


def test_identical_therapies_keep_their_own_regimens_when_imported_again(diary, tmp_path):
    for start in (date(2020, 1, 1), date(2021, 1, 1)):
        stored = diary.therapies.add(Therapy("medication", "Gabapentin"))
        diary.therapies.start_regimen(Regimen(stored.id, start, dose_amount=300.0, dose_unit="mg"))
    session = DiarySession(diary.path, diary)
    for kind, name in (("json", "e.json"), ("csv", "e.zip")):
        plan = session.read_import(session.export(kind, tmp_path / name))
        assert plan.expected.added == {} and plan.expected.already_there == 4
