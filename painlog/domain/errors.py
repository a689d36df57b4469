"""The one error the domain raises: a value a person entered that cannot be right."""


class ValidationError(ValueError):
    """A value that breaks a rule of the diary, with the field it belongs to.

    The message is a plain sentence a patient can act on; `field` lets a form point at the input.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
