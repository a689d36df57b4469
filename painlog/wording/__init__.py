"""Every word painlog shows, by what it holds: the 0–10 questions (scales), the names of the diary's codes
(clinical), sentences built from values (sentences), procedure diaries (procedures), mood screens (screens),
the domain's refusals (refusals), the visit summary's fixed lines (notes) and the File menu's words (menus).

No Qt: the app, the visit summary and the command line share these. Each function that words something takes
the `Translator` for the language wanted (`tr`), so the summary can be printed in a language other than the
app's, and nothing depends on which module was imported first.
"""

from painlog.wording.translator import ENGLISH, QT_TR_NOOP, Translator

__all__ = ["ENGLISH", "QT_TR_NOOP", "Translator"]
