"""painlog in Spanish: the app in the language its diary keeps, and a summary printed in a language other than
the app's (the patient's Spanish app, the doctor's English summary, and the other way round)."""

import os
import subprocess
import sys
import tempfile
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from painlog.languages import LANGUAGE_KEY
from tests.ui.gallery import retire


def painlog(*args: str, lang: str = "C") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env |= {"LANG": lang, "LC_ALL": lang, "LANGUAGE": ""}
    # Run from outside the source tree: `python -m` puts the working folder first on sys.path, and the source
    # painlog/ has no `resources` (the wheel maps resources/ there), so the installed painlog must be the one run.
    return subprocess.run([sys.executable, "-m", "painlog", *args], capture_output=True, text=True, timeout=180,
                          env=env, cwd=tempfile.gettempdir())  # fmt: skip


def pdf_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages).replace("\t", " ").replace("\n", " ")


@pytest.fixture
def spanish_diary(diary):
    diary.settings.set(LANGUAGE_KEY, "es")
    return diary


@pytest.fixture
def spanish_window(spanish_diary, qtbot, qapp):
    from painlog.app import build_window, use_language
    from painlog.session import DiarySession

    window = build_window(DiarySession(spanish_diary.path, spanish_diary))
    window.show()
    qtbot.waitExposed(window)
    yield window
    retire(window)
    use_language(qapp, "en")  # the next test in English again, in the locale it started with
    QLocale.setDefault(QLocale.system())


def test_the_diary_s_language_shows_on_today(spanish_window):
    page = spanish_window.today_page
    assert spanish_window.menuBar().actions()[0].text() == "&Archivo"
    assert page.scales["pain_avg"].accessibleName().startswith("Dolor promedio hoy")
    words = {label.text() for label in page.findChildren(type(page.title))}
    assert "Dolor promedio hoy" in " ".join(words)
    assert QLocale().toString(date(2026, 11, 26), QLocale.FormatType.LongFormat).endswith("de 2026")


def test_the_summary_prints_in_spanish_when_asked_while_the_app_is_english(tmp_path):
    path = tmp_path / "demo.sqlite"
    assert painlog("demo", "--db", str(path), "--days", "60").returncode == 0
    out = tmp_path / "resumen.pdf"
    result = painlog("summary", "--db", str(path), "--language", "es", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Diario del dolor — resumen para la consulta" in text
    assert "Dolor promedio (0–10, menos es mejor)" in text
    assert "Average pain" not in text and "visit summary" not in text


def test_the_summary_follows_the_diary_s_language_and_english_can_still_be_asked_for(tmp_path):
    import sqlite3

    path = tmp_path / "demo.sqlite"
    assert painlog("demo", "--db", str(path), "--days", "60").returncode == 0
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO settings (key, value) VALUES (?, 'es')", [LANGUAGE_KEY])
    spanish, english = tmp_path / "es.pdf", tmp_path / "en.pdf"
    assert painlog("summary", "--db", str(path), "--out", str(spanish)).returncode == 0
    assert painlog("summary", "--db", str(path), "--language", "en", "--out", str(english)).returncode == 0
    assert "resumen para la consulta" in pdf_text(spanish)
    assert "visit summary" in pdf_text(english) and "resumen" not in pdf_text(english)


def test_an_unknown_language_is_refused_in_one_sentence(tmp_path):
    result = painlog(
        "summary", "--db", str(tmp_path / "d.sqlite"), "--language", "fr", "--out", str(tmp_path / "x.pdf")
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr


def test_an_import_s_problems_are_shown_in_spanish(spanish_window, tmp_path, monkeypatch):
    import json

    from painlog.ui import dialogs

    export = tmp_path / "export.json"
    row = {"date": "2020-01-01", "pain_avg": 5, "pain_worst": 11, "enjoyment": 4, "activity": 4, "mood": 4}
    export.write_text(json.dumps({"format": "painlog-export", "version": 1, "tables": {"checkins": [row, row]}}))
    shown = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: str(export))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    spanish_window.import_action.trigger()
    assert shown == [(
        "No se importó nada",
        "export.json: checkins, fila 1: Peor dolor debe ser de 0 a 10, no 11.\n"
        "export.json: checkins, fila 2: Peor dolor debe ser de 0 a 10, no 11.\n"
        "export.json: checkins: el día 2020-01-01 aparece 2 veces",
    )]  # fmt: skip


def test_the_diary_s_refusal_is_said_in_spanish_on_today_and_on_therapies(spanish_window, tmp_path):
    """The pages word the refusal the presenter passes on (an error, not its English sentence)."""
    from painlog.presenters import therapies
    from painlog.presenters.today import Outcome, Said
    from painlog.storage.identity import locked

    refused = locked(tmp_path / "diario.sqlite")
    spanish = (
        f"{tmp_path / 'diario.sqlite'} está en uso por otro programa, que lo ha bloqueado. Cierre ese programa (o la "
        "otra ventana de painlog) y vuelva a intentarlo; el diario no se cambió."
    )
    spanish_window.today_page.say(Said(Outcome.REFUSED, str(refused), error=refused))
    assert spanish_window.today_page.message.text() == spanish
    page = spanish_window.therapies_page
    page.say(therapies.Said(therapies.Line.TOP, None, str(refused), refused))
    assert spanish in [label.text() for label in page.findChildren(type(spanish_window.today_page.message))]


def test_a_file_that_is_no_diary_is_said_in_spanish_when_the_app_opens_it(qapp, tmp_path, monkeypatch):
    from painlog import app
    from painlog.ui import dialogs

    path = tmp_path / "notas.sqlite"
    path.write_bytes(b"")
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    app.use_language(qapp, "es")
    try:
        assert app.open_session(path) is None
    finally:
        app.use_language(qapp, "en")
        QLocale.setDefault(QLocale.system())
    assert shown == [(
        "painlog no puede abrir el diario",
        f"{path} es un archivo vacío (0 bytes), no un diario de painlog. painlog no lo cambió.",
    )]  # fmt: skip
