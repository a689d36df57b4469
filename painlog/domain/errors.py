"""The one error the domain raises: a value a person entered that cannot be right."""

from __future__ import annotations


class ValidationError(ValueError):
    """A value that breaks a rule of the diary, with the field it belongs to.

    `template` is the rule's sentence in English with {placeholders} (marked for translation where it is
    written), `values` fill them: the wording layer says it in the reader's language (painlog.wording.refusals);
    `message` is the English sentence, for the command line and the logs. `field` lets a form point at the input.
    """

    def __init__(self, field: str, template: str, **values: object) -> None:
        message = template.format(**values) if values else template
        if template.startswith("{"):  # "{name} is required.", the name written in lower case
            message = message[:1].upper() + message[1:]
        super().__init__(message)
        self.field = field
        self.template = template
        self.values = values
        self.message = message
