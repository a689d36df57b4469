"""Page 1's "Mood, anxiety and global impression" lines: the latest PHQ and GAD with band, change and date, and
the PGIC answers of the period. Left out when the patient has none of them."""

from __future__ import annotations

from html import escape

from painlog.report.summary import Impressed, VisitSummary
from painlog.wording import Translator
from painlog.wording.clinical import word
from painlog.wording.screens import TOPIC_WORDS, describe_answer, describe_standing
from painlog.wording.sentences import describe_regimen


def screens_html(s: VisitSummary, tr: Translator) -> str:
    rows = []  # (label, cell as HTML)
    for topic, found in (("depression", s.depression), ("anxiety", s.anxiety)):
        if found is not None:
            rows.append((word(TOPIC_WORDS, topic, tr), escape(describe_standing(found, tr))))
    answers = [_impression(i, tr) for i in s.impressions]
    if answers:
        rows.append((tr("Global impression of change (PGIC)"), "<br>".join(answers)))
    if not rows:
        return ""
    body = "".join(f"<tr><td width='34%'>{escape(label)}</td><td>{cell}</td></tr>" for label, cell in rows)
    return f'<table class="grid" width="100%" style="margin-top: 8px">{body}</table>'


def _impression(found: Impressed, tr: Translator) -> str:
    """ "<b>Much improved</b> (2026-11-02, since the visit on 2026-08-01)"."""
    i = found.impression
    if found.therapy is not None and found.regimen is not None:
        about = tr("since {therapy} {dose} from {day}").format(
            therapy=found.therapy.name, dose=describe_regimen(found.regimen, tr), day=i.since.isoformat()
        )
    elif i.visit_id is not None:
        about = tr("since the visit on {day}").format(day=i.since.isoformat())
    else:
        about = tr("since {day}").format(day=i.since.isoformat())
    return f"<b>{escape(describe_answer(i.answer, tr))}</b> ({escape(i.day.isoformat())}, {escape(about)})"
