"""A diary opened read-only beside the painlog that has it open: everything reads, every write is refused with
one sentence, and nothing reaches the file."""

from datetime import date

import pytest

from painlog.domain.checkin import CheckIn
from painlog.session import DiarySession
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryWriteError
from tests.holder import OtherProgram

SENTENCE = "This window shows the diary read-only, because another painlog has it open, so nothing was saved."


def test_every_write_of_a_read_only_diary_is_refused_in_one_sentence(diary_path, tmp_path):
    with open_diary(diary_path) as diary:
        diary.checkins.save(CheckIn(date(2026, 11, 1), 4, 3, 3, 6, note="kept"))
        session = DiarySession(diary_path, diary)
        export = session.export("json", tmp_path / "e.json")
    with OtherProgram(diary_path):
        watching = DiarySession(diary_path, read_only=True)
        diary = watching.diary
        assert diary.checkins.get(date(2026, 11, 1)).note == "kept"
        writes = [
            lambda: diary.checkins.save(CheckIn(date(2026, 11, 2), 8, 8, 8, 2)),
            lambda: diary.checkins.delete(date(2026, 11, 1)),
            diary.clear,
            lambda: watching.apply_import(watching.read_import(export), replace_days=True),
        ]
        for write in writes:
            with pytest.raises(DiaryWriteError) as refused:
                write()
            assert str(refused.value).startswith(SENTENCE)
        assert watching.auto_backup() is None  # the painlog that has the diary makes the daily backup
        made = watching.backup_now()  # a copy only reads
        assert made.exists()
    with pytest.raises(DiaryWriteError, match="read-only"):  # the other painlog has closed, but this one
        watching.restore(made)  # still does not hold the diary
    watching.close()
    with open_diary(diary_path) as diary:
        assert [(c.day, c.note) for c in diary.checkins.all()] == [(date(2026, 11, 1), "kept")]
