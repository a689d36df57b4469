"""A marker for the English words the domain holds as data (the published questionnaires' items and answers,
the names of fields): `QT_TR_NOOP("…")` returns its text unchanged, and Qt's lupdate extracts it, so the
wording layer (painlog.wording) can translate it with `tr.known(text)`. The domain itself stays free of Qt and
of any translator."""


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    return text
