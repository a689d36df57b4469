"""The languages painlog speaks, and loading their translations (Qt's .qm files, shipped in the wheel as
painlog/resources/translations/): for the app, installed on the application with Qt's own translations of
standard buttons; for a summary printed in another language, a translator passed to the report.

Qt Core only: the command line uses this for `painlog summary --language`, without widgets.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from painlog.wording import Translator

LANGUAGE_KEY = "language"  # in the diary's settings: "system" (or absent), "en" or "es"
LANGUAGES = {"en": "English", "es": "Español"}  # each in its own language, as a language menu shows them
CHOICES = ("system", *LANGUAGES)
LOCALES = {"en": "en_US", "es": "es_US"}  # Spanish as US clinics write it: decimal point, Letter paper


def resolve(choice: str | None) -> str:
    """The language code for a setting: a language painlog has, else the system's when painlog has it, else
    English."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def qm_file(language: str) -> str:
    """The path of painlog's compiled translations for `language` ("" for English, the source language)."""
    if language == "en":
        return ""
    found = resources.files("painlog.resources") / "translations" / f"painlog_{language}.qm"
    return str(found) if found.is_file() else ""


def _loaded(language: str) -> QTranslator | None:
    path = qm_file(language)
    translator = QTranslator()
    return translator if path and translator.load(path) else None


def translator_for(language: str) -> Translator:
    """The words of `language` for a summary or a command, whatever the app's language is."""
    loaded = _loaded(language)
    if loaded is None:
        return Translator(language)

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return loaded.translate(context, text, disambiguation, n) or ""  # the closure keeps the QTranslator alive

    return Translator(language, lookup)


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make `language` the app's: painlog's words, Qt's standard buttons (OK, Cancel …) and the locale that
    numbers and dates follow. Returns the translators installed (keep them: Qt does not own them)."""
    system = QLocale.system().name().split("_")[0]
    if language != ("en" if system in ("C", "en") else system):  # the system's own locale when it speaks it
        QLocale.setDefault(QLocale(LOCALES[language]))
    installed = []
    qt_own = QTranslator(app)
    if language != "en" and qt_own.load(QLocale(LOCALES[language]), "qtbase", "_",
                                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):  # fmt: skip
        app.installTranslator(qt_own)
        installed.append(qt_own)
    own = _loaded(language)
    if own is not None:
        own.setParent(app)
        app.installTranslator(own)
        installed.append(own)
    return installed


def uninstall(app: QCoreApplication, installed: list[QTranslator]) -> None:
    for translator in installed:
        app.removeTranslator(translator)
