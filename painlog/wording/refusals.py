"""The domain's refusals (painlog.domain.errors.ValidationError) and the known problems of the diary and of the
files painlog writes (a KnownProblemError with a template, such as storage's DiaryError; painlog.files'
FileWriteError) in the reader's language: the error gives its sentence as an English template marked for
translation, with its values; this says it."""

from __future__ import annotations

from painlog.domain.errors import KnownProblemError, ValidationError
from painlog.files import FileWriteError
from painlog.storage.failures import Phrase
from painlog.wording.translator import Translator


def refusal(error: Exception, tr: Translator) -> str:
    """One sentence for `error`: from its template and values (a value that is a marked word, such as a field's
    name or a part of a sentence, translated too); an error without a template as its own sentence (English).
    It ends as the English sentence does (with a full stop or without)."""
    if not isinstance(error, ValidationError | KnownProblemError | FileWriteError) or not error.template:
        return str(error)
    text = said(Phrase(error.template, error.values), tr)
    text = text[:1].upper() + text[1:] if error.template.startswith("{") else text
    return text + "." if str(error).endswith(".") and not text.endswith(".") else text


def said(phrase: Phrase, tr: Translator) -> str:
    """A template in the reader's language, its values too: a marked word, or a Phrase of its own."""
    values = {key: _value(value, tr) for key, value in phrase.values.items()}
    return tr.known(phrase.template).format(**values) if values else tr.known(phrase.template)


def _value(value: object, tr: Translator) -> object:
    if isinstance(value, Phrase):
        return said(value, tr)
    return tr.known(value) if isinstance(value, str) else value
