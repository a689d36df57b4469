"""A bug in painlog, when it happens in the app: the details on stderr for a report, and one plain sentence
on screen, so a failed action never looks as if it worked.

Known problems (a full disk, a locked diary, a rule the entry breaks) are sentences where they happen; this is
for everything else, which storage raises as it is (painlog.storage.failures). The command line has its own
catch-all (painlog.cli.main). No Qt here: the app passes in how to show the sentence.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

BUG_TITLE = "painlog ran into a bug"
BUG_SENTENCE = (
    "painlog ran into a problem it did not expect, so what you just did may not have been done; everything saved "
    "before it is kept. Please report what you did; closing painlog and opening it again is safe"
)


@contextmanager
def reporting_bugs(show: Callable[[str, str], None]) -> Iterator[None]:
    """While inside, an exception nothing handled (in a Qt slot, say) is printed in full and said on screen by
    `show(title, sentence)`; while that sentence is shown, a second bug is only printed."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        nonlocal showing
        traceback.print_exception(kind, error, trace, file=sys.stderr)
        if isinstance(error, KeyboardInterrupt) or showing:
            return
        showing = True
        try:
            show(BUG_TITLE, BUG_SENTENCE)
        finally:
            showing = False

    before, sys.excepthook = sys.excepthook, hook
    try:
        yield
    finally:
        sys.excepthook = before
