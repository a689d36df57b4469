"""The diary's known problems (storage's DiaryError) said in the app's language: storage gives an English template
and its values, painlog.wording.refusals says it in Spanish; str() stays the English sentence the command line
prints."""

import json
import sqlite3
from datetime import date, datetime

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage import lock, places
from painlog.storage.checkins import DayChangedElsewhereError
from painlog.storage.diary import open_diary
from painlog.storage.errors import DiaryError, DiaryInUseError, DiaryUnwritableError, DiaryWriteError
from painlog.storage.writes import write_transaction
from painlog.wording import ENGLISH
from painlog.wording.refusals import refusal


@pytest.fixture
def spanish(qapp):
    from painlog.languages import translator_for

    return translator_for("es")


def test_a_read_only_diary_is_said_in_spanish(spanish, diary_path, monkeypatch):
    open_diary(diary_path).close()
    monkeypatch.setattr(places, "_writable", lambda path: False)  # the tests run as root: simulate the permissions
    with pytest.raises(DiaryUnwritableError) as refused:
        open_diary(diary_path)
    assert refusal(refused.value, spanish) == (
        f"painlog no puede escribir en {diary_path} ni en su carpeta: es solo de lectura, o usted no tiene permiso. "
        "Copie el diario a una carpeta en la que pueda escribir, o cambie sus permisos; no se cambió nada."
    )
    assert (
        str(refused.value)
        == refusal(refused.value, ENGLISH)
        == (
            f"painlog cannot write to {diary_path} or its folder: it is read-only, or you lack permission. Copy the "
            "diary to a folder you can write to, or change its permissions; nothing was changed."
        )
    )


def test_a_diary_in_use_by_a_painlog_on_another_computer_is_said_in_spanish(spanish, diary_path):
    diary_path.with_name("diary.sqlite.lock").write_text(
        json.dumps({"program": "painlog", "pid": 4242, "host": "el-portatil", "since": "2026-11-01T09:30:00"})
    )
    with pytest.raises(DiaryInUseError) as refused:
        lock.acquire(diary_path)
    assert refusal(refused.value, spanish) == (
        f"{diary_path} está abierto en otro painlog (proceso 4242 en el-portatil, abierto desde el 2026-11-01 09:30). "
        "Primero cierre painlog allí y luego vuelva a intentarlo (si painlog ya no funciona en el-portatil, elimine "
        f"{diary_path}.lock); no se cambió nada"
    )
    assert str(refused.value) == (
        f"{diary_path} is open in another painlog (process 4242 on el-portatil, open since 2026-11-01 09:30). "
        "Close painlog there first, then try again (if painlog no longer runs on el-portatil, delete "
        f"{diary_path}.lock); nothing was changed"
    )


def test_the_app_says_in_spanish_that_the_diary_is_open_elsewhere(spanish, diary_path):
    holder = lock.Holder(4242, "el-portatil", datetime(2026, 11, 1, 9, 30))
    assert refusal(lock.open_elsewhere(diary_path, holder), spanish) == (
        f"{diary_path} ya está abierto en otro painlog (proceso 4242 en el-portatil, abierto desde el "
        "2026-11-01 09:30). Solo un painlog a la vez puede cambiar un diario."
    )


def test_a_write_in_a_read_only_window_is_refused_in_spanish(spanish, diary_path):
    open_diary(diary_path).close()
    with open_diary(diary_path, read_only=True) as diary, pytest.raises(DiaryWriteError) as refused:
        diary.settings.set("patient_name", "Ana")
    assert refusal(refused.value, spanish) == (
        "Esta ventana muestra el diario solo para lectura porque otro painlog lo tiene abierto, así que no se guardó "
        "nada. Haga el cambio en la otra ventana de painlog"
    )


def test_a_write_the_drive_refuses_is_said_in_spanish_with_the_diary_named_in_spanish(spanish, tmp_path):
    path = tmp_path / "read-only.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    with pytest.raises(DiaryWriteError) as refused, write_transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    assert refusal(refused.value, spanish) == (
        "painlog no tiene permiso para escribir en el diario, así que no se guardó nada; revise sus permisos o elija "
        "otra carpeta"
    )
    assert str(refused.value) == (
        "painlog may not write in the diary, so nothing was saved; check its permissions or choose another folder"
    )


def test_a_day_changed_elsewhere_is_said_in_spanish(spanish):
    deleted = DayChangedElsewhereError(date(2026, 11, 20), None, None)
    assert refusal(deleted, spanish) == (
        "El 2026-11-20 se cambió en otro lugar después de que usted lo abrió: se eliminó su registro."
    )
    stored = CheckIn(day=date(2026, 11, 20), pain_avg=4, enjoyment=3, activity=3, mood=5)
    saved = DayChangedElsewhereError(date(2026, 11, 20), stored, "2026-11-20T14:05:00")
    assert refusal(saved, spanish) == (
        "El 2026-11-20 se cambió en otro lugar después de que usted lo abrió: otra ventana u otro programa lo "
        "guardó a las 14:05 del 2026-11-20."
    )
    assert str(saved) == (
        "2026-11-20 was changed elsewhere since you opened it: another window or program saved it at 14:05 on "
        "2026-11-20."
    )


def test_a_problem_without_a_template_is_said_as_it_is(spanish):
    assert refusal(DiaryError("A sentence of its own."), spanish) == "A sentence of its own."


def test_a_file_that_is_no_diary_is_said_in_spanish(spanish, diary_path):
    diary_path.write_bytes(b"")
    with pytest.raises(DiaryError) as refused:
        open_diary(diary_path)
    assert refusal(refused.value, spanish) == (
        f"{diary_path} es un archivo vacío (0 bytes), no un diario de painlog. painlog no lo cambió."
    )
    assert str(refused.value) == (
        f"{diary_path} is an empty file (0 bytes), not a painlog diary. painlog left it unchanged."
    )


def test_a_file_the_full_disk_refused_is_said_in_spanish_with_the_file_named(spanish, tmp_path, monkeypatch):
    import errno

    from painlog import files

    out = tmp_path / "resumen.pdf"

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "write", full)
    with pytest.raises(files.FileWriteError) as refused:
        files.write_bytes(out, b"%PDF-1.4 %%EOF")
    assert refusal(refused.value, spanish) == (
        f"El disco está lleno, así que no se escribió {out} y no se cambió nada; libere espacio y vuelva a intentarlo."
    )
    assert str(refused.value) == (
        f"The disk is full, so {out} was not written and nothing was changed; free some space and try again."
    )


def test_a_copy_of_the_diary_another_program_locked_is_said_in_spanish(spanish, tmp_path):
    from painlog.storage import consistent_copy
    from tests import sqlite_failures

    target = tmp_path / "copia.sqlite"
    refused = consistent_copy._not_copied(sqlite_failures.locked(tmp_path), target)
    assert refusal(refused, spanish) == (
        f"{tmp_path} está en uso por otro programa o ventana de painlog, así que no se escribió la copia {target} y "
        "no se cambió nada; espere un momento y vuelva a intentarlo"
    )
