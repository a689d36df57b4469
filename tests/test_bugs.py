"""A bug in the app is printed in full for a report and said once on screen, never passed over in silence."""

import sqlite3
import sys

from painlog.bugs import BUG_SENTENCE, BUG_TITLE, reporting_bugs


def raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:  # noqa: BLE001 - the test needs it with its traceback
        return caught


def test_an_unhandled_bug_is_printed_and_said_once_and_the_hook_is_put_back(capsys):
    shown = []
    before = sys.excepthook
    bug = raised(sqlite3.OperationalError("no such column: nope"))
    with reporting_bugs(lambda title, sentence: shown.append((title, sentence))):
        sys.excepthook(type(bug), bug, bug.__traceback__)
    assert shown == [(BUG_TITLE, BUG_SENTENCE)]
    printed = capsys.readouterr().err
    assert "Traceback" in printed and "no such column: nope" in printed
    assert sys.excepthook is before


def test_a_bug_while_the_sentence_is_shown_is_only_printed(capsys):
    shown = []

    def show(title: str, sentence: str) -> None:
        shown.append(sentence)
        second = raised(ValueError("while showing"))
        sys.excepthook(ValueError, second, second.__traceback__)

    first = raised(RuntimeError("first"))
    with reporting_bugs(show):
        sys.excepthook(RuntimeError, first, first.__traceback__)
    assert shown == [BUG_SENTENCE]
    assert "while showing" in capsys.readouterr().err


def test_the_sentence_names_no_exception_and_says_what_was_kept():
    assert "Error" not in BUG_SENTENCE and "everything saved before it is kept" in BUG_SENTENCE
