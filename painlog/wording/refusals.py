"""The domain's refusals (painlog.domain.errors.ValidationError) and the diary's known problems (a
KnownProblemError with a template, such as storage's DiaryError) in the reader's language: the error gives its
sentence as an English template marked for translation, with its values; this says it."""

from __future__ import annotations

from painlog.domain.errors import KnownProblemError, ValidationError
from painlog.wording.translator import Translator


def refusal(error: Exception, tr: Translator) -> str:
    """One sentence for `error`: from its template and values (a value that is a marked word, such as a field's
    name or a part of a sentence, translated too); an error without a template as its own sentence (English)."""
    if not isinstance(error, ValidationError | KnownProblemError) or not error.template:
        return str(error)
    values = {key: tr.known(value) if isinstance(value, str) else value for key, value in error.values.items()}
    text = tr.known(error.template).format(**values) if values else tr.known(error.template)
    return text[:1].upper() + text[1:] if error.template.startswith("{") else text
