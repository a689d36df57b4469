"""The domain's refusals (painlog.domain.errors.ValidationError) and the known problems of the diary and of the
files painlog writes (a KnownProblemError with a template, such as storage's DiaryError; painlog.files'
FileWriteError) in the reader's language: the error gives its sentence as an English template marked for
translation, with its values; this says it."""

from __future__ import annotations

from painlog.domain.errors import KnownProblemError, ValidationError, opening_capital
from painlog.files import FileWriteError
from painlog.storage.failures import Phrase
from painlog.wording.translator import Translator


def refusal(error: Exception, tr: Translator) -> str:
    """One sentence for `error`: from its template and values (a ValidationError's text values are marked words,
    a field's name, translated too; another error's values when they are a Phrase); an error without a template
    as its own sentence (English).
    It ends as the English sentence does (with a full stop or without)."""
    if not isinstance(error, ValidationError | KnownProblemError | FileWriteError) or not error.template:
        return str(error)
    if isinstance(error, ValidationError):  # its text values are marked words: a field's name
        values = {key: tr.known(value) if isinstance(value, str) else value for key, value in error.values.items()}
        text = tr.known(error.template).format(**values) if values else tr.known(error.template)
    else:
        text = said(Phrase(error.template, error.values), tr)
    text = opening_capital(text, error.template, error.values)
    return text + "." if str(error).endswith(".") and not text.endswith(".") else text


def said(phrase: Phrase | str, tr: Translator) -> str:
    """A template in the reader's language, its values too when they are a Phrase of their own or a refusal (an
    import's problem, say); a value that is plain text (a name, a path) and a plain sentence (no Phrase) as they
    are."""
    if not isinstance(phrase, Phrase):
        return phrase
    values = {key: _value(value, tr) for key, value in phrase.values.items()}
    return tr.known(phrase.template).format(**values) if values else tr.known(phrase.template)


def _value(value: object, tr: Translator) -> object:
    if isinstance(value, Phrase):
        return said(value, tr)
    if isinstance(value, Exception):
        return refusal(value, tr)
    return value
