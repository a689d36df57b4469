"""The domain's refusals (painlog.domain.errors.ValidationError) in the reader's language: the domain gives the
rule's sentence as an English template marked for translation, with its values; this says it."""

from __future__ import annotations

from painlog.domain.errors import ValidationError
from painlog.wording.translator import Translator


def refusal(error: Exception, tr: Translator) -> str:
    """One sentence for `error`: a ValidationError from its template and values (a value that is a marked word,
    such as a field's name, translated too); any other known error as its own sentence."""
    if not isinstance(error, ValidationError):
        return str(error)
    values = {key: tr.known(value) if isinstance(value, str) else value for key, value in error.values.items()}
    text = tr.known(error.template).format(**values) if values else tr.known(error.template)
    return text[:1].upper() + text[1:] if error.template.startswith("{") else text
