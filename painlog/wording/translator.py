"""The translator every wording function is given: a lookup into one language's translations (Qt's
QTranslator, or the app's installed ones), with Qt's %n plural forms.

Call it as `tr("text")` or `tr("%n day(s)", None, n)`, always with the literal source text, so Qt's
`pyside6-lupdate` extracts it (it reads bare `tr(...)` calls into the context ""; tests/test_translations.py
checks that no call hides its text). A text defined elsewhere (a table of words for codes) is marked where it
is written with `QT_TR_NOOP` and looked up with `tr.known(text)`.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, source text, disambiguation, n) → the translation, or "" when there is none (QTranslator.translate)
Lookup = Callable[[str, str, "str | None", int], str]
CONTEXT = ""  # what lupdate gives a bare tr() call


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a text for extraction where it is defined; it is translated later, with `tr.known`."""
    return text


class Translator:
    """The words of one language. `lookup` is None for English, the language the source texts are written in."""

    def __init__(self, language: str = "en", lookup: Lookup | None = None) -> None:
        self._language = language
        self._lookup = lookup

    @property
    def language(self) -> str:
        """The language's code ("en", "es"): which published questionnaire wording applies."""
        return self._language

    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = self._lookup(CONTEXT, text, disambiguation, n) if self._lookup is not None else ""
        return plural(found or text, n)

    def known(self, text: str) -> str:
        """A text marked with QT_TR_NOOP where it was defined (a table's value, a constant)."""
        return self(text)


def plural(text: str, n: int) -> str:
    """Qt's %n with the count; an English source text's "(s)" and "y(-ies)" as English says them (a
    translation has its own numerus forms, so it has neither)."""
    if n < 0:
        return text
    text = text.replace("%n", str(n))
    text = text.replace("y(-ies)", "y" if n == 1 else "ies")
    return text.replace("(s)", "" if n == 1 else "s")


ENGLISH = Translator()
