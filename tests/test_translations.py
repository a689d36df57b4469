"""The translation pipeline: every text extraction can see, every text translated into Spanish, the committed
.ts and .qm files current, Qt's plural forms, and the translations shipped with the installed package."""

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

from painlog import translations
from painlog.wording import ENGLISH

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "painlog_es.ts"
QM = TS.with_suffix(".qm")
TRANSLATING = {"tr", "QT_TR_NOOP"}  # the calls lupdate reads (painlog.wording.translator)
LOOKUP = ROOT / "painlog" / "ui" / "words.py"  # the one place that hands a variable to Qt: the translator itself
needs_qt_tools = pytest.mark.skipif(shutil.which("pyside6-lupdate") is None and not translations.tool(
    "pyside6-lupdate").startswith("/"), reason="Qt's lupdate is not installed")  # fmt: skip


def hidden_texts(source: str, name: str = "x.py") -> list[str]:
    """Every tr() / QT_TR_NOOP() / translate() call whose text is not a plain string literal, or that sits inside
    an f-string: lupdate reads neither a variable, nor an f-string, nor a call within one."""
    found = []
    tree = ast.parse(source)
    in_fstrings = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if called in TRANSLATING:
            text = node.args[0]
        elif (
            called == "translate" and isinstance(func, ast.Attribute) and ast.unparse(func.value) == "QCoreApplication"
        ):
            text = node.args[1] if len(node.args) > 1 else node.args[0]
        else:
            continue
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)) or id(node) in in_fstrings:
            found.append(f"{name}:{node.lineno}: {ast.unparse(node)[:90]}")
    return found


def test_the_check_finds_a_variable_an_fstring_a_call_in_one_and_a_hidden_translate():
    code = (
        'tr(words)\ntr(f"{n} days")\nQCoreApplication.translate("", text)\ntr("fine")\ntr.known(words)\n'
        "f\"<h2>{tr('Goals')}</h2>\"\n"
    )
    assert [line.split(":")[1] for line in hidden_texts(code)] == ["1", "2", "3", "6"]


def test_every_translated_text_is_a_literal_extraction_can_see():
    found = []
    for path in sorted((ROOT / "painlog").rglob("*.py")):
        if path != LOOKUP:
            found += hidden_texts(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == [], "use a literal, or mark the text with QT_TR_NOOP and look it up with tr.known():\n" + (
        "\n".join(found)
    )


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_every_text_has_a_finished_spanish_translation_with_the_same_placeholders():
    problems = []
    found = messages(TS)
    assert len(found) > 900  # the whole app, not a sample
    for message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"not translated: {source!r}")
            continue
        if message.get("numerus") == "yes" and (len(forms) != 2 or not all("%n" in f for f in forms)):
            problems.append(f"Spanish has two plural forms, each with %n: {source!r}")
        for form in forms:
            if set(re.findall(r"\{\w+\}", form)) != set(re.findall(r"\{\w+\}", source)) or "(s)" in form:
                problems.append(f"placeholders differ: {source!r} → {form!r}")
    assert problems == []


@needs_qt_tools
def test_the_committed_translation_sources_are_current(tmp_path):
    """lupdate over today's code changes nothing in the committed .ts, and prints no warning."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    said = translations.update(copy, "es")
    assert "warning" not in said.lower(), said
    assert copy.read_bytes() == TS.read_bytes(), "run `python -m painlog.translations` and translate what is new"


@needs_qt_tools
def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    fresh = tmp_path / QM.name
    translations.release(TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "run `python -m painlog.translations`"


def test_the_installed_package_ships_the_compiled_translations():
    shipped = resources.files("painlog.resources") / "translations" / "painlog_es.qm"
    assert shipped.is_file() and shipped.read_bytes() == QM.read_bytes()


def test_plural_forms_for_one_and_three_in_both_languages(qapp):
    from painlog.languages import translator_for

    spanish = translator_for("es")
    assert (spanish("%n day(s)", None, 1), spanish("%n day(s)", None, 3)) == ("1 día", "3 días")
    assert spanish("%n point(s) lower than on {day} ({total}).", None, 1) == "1 punto menos que el {day} ({total})."
    assert spanish("%n point(s) lower than on {day} ({total}).", None, 3) == "3 puntos menos que el {day} ({total})."
    assert (ENGLISH("%n day(s)", None, 1), ENGLISH("%n day(s)", None, 3)) == ("1 day", "3 days")
    assert (ENGLISH("%n entry(-ies)", None, 1), ENGLISH("%n entry(-ies)", None, 3)) == ("1 entry", "3 entries")


def test_a_text_with_no_translation_is_shown_as_written(qapp):
    from painlog.languages import translator_for

    assert translator_for("es")("A sentence nobody translated") == "A sentence nobody translated"


def test_english_and_an_unknown_setting_need_no_file_and_spanish_has_one():
    from painlog.languages import qm_file, resolve

    assert qm_file("en") == "" and qm_file("es").endswith("painlog_es.qm")
    assert resolve("es") == "es" and resolve("en") == "en"


def test_the_domain_s_refusals_are_said_in_the_reader_s_language(qapp):
    """The domain gives a rule's English template and its values; the wording layer says it in Spanish, the
    field's name too (and in English as the domain wrote it)."""
    from datetime import date

    from painlog.domain.checkin import CheckIn
    from painlog.domain.errors import ValidationError
    from painlog.languages import translator_for
    from painlog.wording.refusals import refusal

    day = date(2026, 11, 2)
    with pytest.raises(ValidationError) as worst:
        CheckIn(day=day, pain_avg=5, pain_worst=11, enjoyment=4, activity=4, mood=6).validated(day)
    with pytest.raises(ValidationError) as missing:
        CheckIn(day=day, pain_avg=5, enjoyment=None, activity=4, mood=6).validated(day)
    spanish = translator_for("es")
    assert refusal(worst.value, spanish) == "Peor dolor debe ser de 0 a 10, no 11."
    assert refusal(missing.value, spanish) == "Interferencia con el disfrute de la vida: es obligatorio responder."
    assert refusal(worst.value, ENGLISH) == worst.value.message == "Worst pain must be from 0 to 10, not 11."
    assert refusal(ValueError("A sentence of its own."), spanish) == "A sentence of its own."


def test_every_text_the_visit_summary_and_a_procedure_report_look_up_is_in_the_translation_file(qapp, diary):
    """The report's words at run time: a text it asks for that extraction never saw (a tr() inside an f-string,
    say) would print in English on a Spanish summary."""
    from datetime import date, timedelta

    from painlog import demo
    from painlog.report.document import pdf_bytes
    from painlog.report.procedure_document import procedure_pdf
    from painlog.report.procedure_results import procedure_report, report_choices, trial_report
    from painlog.report.summary import build_summary
    from painlog.wording import Translator

    looked_up: set[str] = set()

    def record(context: str, text: str, disambiguation: str | None, n: int) -> str:
        looked_up.add(text)
        return ""

    recording = Translator("es", record)
    demo.write(diary, demo.generate(days=120, seed=3))
    today = date.today()
    pdf_bytes(build_summary(diary, today - timedelta(days=89), today, made=today), tr=recording)
    for _label, kind, key in report_choices(diary, recording):
        report = procedure_report(diary, key, today) if kind == "procedure" else trial_report(diary, key, today)
        procedure_pdf(report, tr=recording)
    known = {message.findtext("source") for message in messages(TS)}
    assert len(looked_up) > 150  # the whole summary was made
    assert sorted(looked_up - known) == []


def test_a_questionnaire_is_shown_only_in_its_published_words(qapp):
    """The PHQ-9 and PHQ-2 in Pfizer's Spanish; the GAD-7 and GAD-2, with no official Spanish in painlog yet, in
    English with a note that says why; in English, every form as it is."""
    from painlog.domain.screens import ANSWERS, GAD7, PHQ9
    from painlog.languages import translator_for
    from painlog.wording.screens import in_english_note, instrument_words

    spanish = translator_for("es")
    assert instrument_words(PHQ9.code, spanish).known(PHQ9.items[0]) == "Poco interés o placer en hacer cosas"
    assert instrument_words(PHQ9.code, spanish).known(ANSWERS[0]) == "Ningún día"
    assert instrument_words(GAD7.code, spanish).known(GAD7.items[0]) == "Feeling nervous, anxious or on edge"
    assert instrument_words(GAD7.code, spanish).known(ANSWERS[0]) == "Not at all"
    assert in_english_note(GAD7.code, spanish).startswith("Este cuestionario se muestra en inglés")
    assert in_english_note(PHQ9.code, spanish) == "" and in_english_note(GAD7.code, ENGLISH) == ""
